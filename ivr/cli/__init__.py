"""The `ivr` command (also `python -m ivr`): one module per area of commands."""
from __future__ import annotations

import logging

import click


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log more.")
def main(verbose: bool) -> None:
    """Information line of OPS Kleszczewo."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


# Each module adds its commands to `main`.
from ivr.cli import line, messages, prompts, staff  # noqa: E402,F401
