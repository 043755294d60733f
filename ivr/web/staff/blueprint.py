"""The staff blueprint and the services its pages share (content store, accounts, builds)."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, current_app
from flask_wtf.csrf import CSRFProtect

from ivr.staff.access_log import AccessLog
from ivr.staff.accounts import StaffAccounts
from ivr.staff.content_store import ContentStore
from ivr.web.staff.build_job import BuildJob

bp = Blueprint("staff", __name__, url_prefix="/staff")
# Routes only an admin may use (checked on the server for every request, ivr.web.staff.auth.guard):
# the access log and residents' data requests. Everything else is the daily work of any staff account.
ADMIN_ENDPOINTS = {"staff.audit", "staff.privacy", "staff.privacy_export", "staff.privacy_erase"}
csrf = CSRFProtect()
SESSION_HOURS = 8
# A whole content file with room to spare; the rest of the app keeps the webhooks' small limit.
STAFF_MAX_BODY = 2 * 1024 * 1024


@dataclass
class StaffServices:
    store: ContentStore
    accounts: StaffAccounts
    builds: BuildJob
    audit: AccessLog | None = None  # who did what (ivr.staff.access_log)
    translations: dict[str, ContentStore] | None = None  # lang -> the store of its file (uk.toml)

    def store_for(self, lang: str) -> ContentStore:
        """The store of a language's content file (Polish: `store`)."""
        if lang == self.store.lang:
            return self.store
        if self.translations is None:
            self.translations = {}
        if lang not in self.translations:
            self.translations[lang] = ContentStore(self.store.content_dir, lang=lang)
        return self.translations[lang]


def services() -> StaffServices:
    return current_app.extensions["ivr_staff"]
