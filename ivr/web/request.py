"""The line's request class: Flask's, with the two costs every Twilio webhook paid for nothing.

- An url-encoded body (every webhook Twilio posts) is parsed as werkzeug parses it (the same limited
  stream, the same `parse_qsl`, the same empty form when the body is not UTF-8), without building
  werkzeug's general form parser object for each request. Other bodies take Flask's own way.
- The scheme-and-host URL (the signature's base, the TwiML cache's key) is worked out once per
  scheme and host, not once per request."""
from __future__ import annotations

import functools
from urllib.parse import parse_qsl

from flask import Request as FlaskRequest
from werkzeug.sansio.utils import get_current_url
from werkzeug.utils import cached_property

URLENCODED = "application/x-www-form-urlencoded"


class Request(FlaskRequest):
    def _load_form_data(self) -> None:
        if "form" in self.__dict__:
            return
        if self.want_form_data_parsed and self.mimetype == URLENCODED:
            stream = self._get_stream_for_parsing()  # limited to the content length and MAX_CONTENT_LENGTH
            try:
                items = parse_qsl(stream.read().decode(), keep_blank_values=True, errors="werkzeug.url_quote")
            except ValueError:  # not UTF-8: werkzeug's parser gives an empty form too
                items = []
            storage = self.parameter_storage_class
            self.__dict__.update(stream=stream, form=storage(items), files=storage())
            return
        super()._load_form_data()

    @cached_property
    def host_url(self) -> str:
        return _host_url(self.scheme, self.host)  # `host` still checks the trusted hosts on each request


@functools.lru_cache(maxsize=64)
def _host_url(scheme: str, host: str) -> str:
    return get_current_url(scheme, host)
