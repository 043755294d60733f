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


def build_worker(settings: Settings, name: str | None = None, housekeeping: bool = True):
    """The worker of these settings: its queue, the spool, and the messages area's handlers.
    Without `housekeeping` (a helper thread) it leaves the spool and the rounds to the first."""
    from ivr.jobs.worker import Worker, worker_id
    from ivr.messages import work
    from ivr.messages.desk import MessageDesk

    desk = MessageDesk.from_settings(settings, timeout=WORKER_DB_TIMEOUT, retries=1)  # jobs retry with backoff
    return Worker(desk.jobs, desk.spool if housekeeping else None, work.handlers(desk, settings), name=name or worker_id(),
                  housekeeping=work.housekeeping(desk) if housekeeping else None)


@main.command()
@click.option("--once", is_flag=True, help="Drain the spool and work every due job, then stop.")
@click.option("--threads", default=1, show_default=True, type=click.IntRange(1, 16),
              help="Jobs worked at the same time (each claims its own; a slow API then holds only one).")
@click.option("--quiet", is_flag=True, help="Only warnings and errors (make run: the server prints the summary).")
def worker(once: bool, threads: int, quiet: bool) -> None:
    """Work the jobs (SMS, staff notices, recordings) and drain the spool until SIGTERM."""
    from ivr.config import refuse_bad_settings

    refuse_bad_settings()
    if not quiet:
        logging.getLogger().setLevel(min(logging.getLogger().level, logging.INFO))
    settings = Settings.from_env()
    the_worker = build_worker(settings)
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
    helpers = [threading.Thread(target=build_worker(settings, f"{the_worker.name}/{n}", housekeeping=False).run,
                                args=(stop,), name=f"ivr-worker-{n}") for n in range(1, threads)]
    for helper in helpers:
        helper.start()
    the_worker.run(stop)
    for helper in helpers:
        helper.join()
