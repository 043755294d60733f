"""Every word list a clerk can edit has a title in plain Polish, not the fallback built from its
key ("Słowa dla wyboru „not meant”"): a list added to prompts/pl.toml without one fails here."""
from __future__ import annotations

import tomllib

from ivr.config import ROOT
from ivr.web.staff.editing import WORD_TITLES, word_list_title


def test_every_word_list_in_the_content_has_a_polish_title():
    words = tomllib.loads((ROOT / "prompts" / "pl.toml").read_text(encoding="utf-8"))["words"]
    untitled = [key for key in words if key not in WORD_TITLES]
    assert untitled == []
    assert word_list_title("no_such_list").startswith("Słowa dla wyboru")  # the fallback the test guards against
