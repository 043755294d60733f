"""gunicorn settings of the line (systemd runs `gunicorn -c deploy/gunicorn.conf.py`).

The line's own INFO logs reach stderr, and so the journal, one line per event with
callers' numbers masked; IVR_LOG_FORMAT=json makes each line one JSON object.
Bind address, worker and thread counts come from the environment file (IVR_BIND,
IVR_WORKERS, IVR_THREADS). Threaded workers (gthread): one slow request holds one thread,
never a whole worker, so it cannot stall the other callers. Nothing slow runs in a request
anyway: Twilio's API and recordings are jobs for `ivr worker` (deploy/ivr-worker.service).
"""
import os

from ivr.common import logs
from ivr.config import refuse_bad_settings

# A typo in a setting (IVR_WORKERS=dwa) stops the start here with the doctor's words (exit
# status 2, which ivr.service does not restart on), never a traceback.
refuse_bad_settings()

wsgi_app = "ivr:create_app()"
bind = os.environ.get("IVR_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("IVR_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("IVR_THREADS", "8"))
timeout = 30
# Behind Caddy on the same machine: trust its X-Forwarded-* headers only from localhost.
forwarded_allow_ips = "127.0.0.1,::1"
# No access log: Caddy keeps one, and webhook paths carry nothing worth a second copy.
# IVR_ACCESS_LOG=1 in the environment file turns one on (to stderr, so the journal).
# (gunicorn logs access whenever logconfig_dict is set; gunicorn_config follows `accesslog`.)
accesslog = "-" if logs.access_log_wanted() else None
logconfig_dict = logs.gunicorn_config(access_log=accesslog is not None)


def post_worker_init(worker):
    """Start-up work of the SMS line in each worker, before its first request (ivr.textline.joined.load)."""
    from ivr.textline import joined

    joined.load()
