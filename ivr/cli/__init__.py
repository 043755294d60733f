"""The `ivr` command (also `python -m ivr`): one module per area of commands.

The command-line entry point: may import any area, ivr.runtime and ivr.web (the
simulator, the app factory). Nothing below imports it.
"""
from ivr.cli import audit, deploy, line, messages, notices, privacy, prompts, recordings, staff, stats, worker  # noqa: F401  (each adds its commands to main)
from ivr.cli.group import main

__all__ = ["main"]
