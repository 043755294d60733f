"""The `ivr` command group; each module of ivr.cli adds its commands to it."""
from __future__ import annotations

import logging

import click

from ivr.common import logs


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log more.")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line (also IVR_LOG_FORMAT=json).")
def main(verbose: bool, log_json: bool) -> None:
    """Information line of OPS Kleszczewo."""
    logs.configure(level=logging.DEBUG if verbose else logging.WARNING, fmt="json" if log_json else None)
