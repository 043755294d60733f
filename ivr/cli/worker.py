"""`ivr worker`: works the job table and drains the spool (ivr.jobs), beside the web
server (systemd: deploy/ivr-worker.service; `make run` starts one too)."""
from __future__ import annotations

import logging
import signal
import threading

import click

from ivr.cli.group import main
from ivr.config import Settings

# A worker waits longer for a lock than a webhook: nobody is on the line.
WORKER_DB_TIMEOUT = 10


def build_worker(settings: Settings, name: str | None = None):
    """The worker of these settings: its queue, the spool, and the messages area's handlers."""
    from ivr.jobs.worker import Worker
    from ivr.messages import work
    from ivr.messages.desk import MessageDesk

    desk = MessageDesk.from_settings(settings, timeout=WORKER_DB_TIMEOUT, retries=1)  # jobs retry with backoff
    return Worker(desk.jobs, desk.spool, work.handlers(desk, settings), name=name,
                  housekeeping=work.housekeeping(desk))


@main.command()
@click.option("--once", is_flag=True, help="Drain the spool and work every due job, then stop.")
def worker(once: bool) -> None:
    """Work the jobs (SMS, staff notices, recordings) and drain the spool until SIGTERM."""
    logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    the_worker = build_worker(Settings.from_env())
    if once:
        the_worker.drain_spool()
        while the_worker.work_one():
            pass
        return
    stop = threading.Event()

    def finish(signum, frame) -> None:  # the job in hand is finished, then the loop ends
        logging.getLogger(__name__).info("signal %s: stopping after the current job", signum)
        stop.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    the_worker.run(stop)
