"""How well the line understands what callers say: a corpus of utterances through the real webhooks.

Each row of bench/utterances.tsv is said (as Twilio's SpeechResult) in one menu at one
moment (open, closed, holiday); the TwiML the line answers with is read back into where
the caller ended up, and compared with where they wanted to go. Prints the accuracy of
the whole corpus, of the tuning set and of the held-out set, of the negatives, and the
list of misses ("confusions"; the held-out ones only with --show-held).

Run: .venv/bin/python bench/understanding.py [--show-held]
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = Path(__file__).with_name("utterances.tsv")
CALLER = "+48606902915"
TOKEN = "bench-understanding-token"


def _moments() -> dict[str, datetime]:
    from ivr.call.schedule import WARSAW

    return {
        "open": datetime(2026, 12, 1, 10, 0, tzinfo=WARSAW),  # Tuesday, open 7-15
        "closed": datetime(2026, 11, 27, 18, 0, tzinfo=WARSAW),  # Friday evening
        "holiday": datetime(2026, 12, 25, 10, 0, tzinfo=WARSAW),  # Christmas Day, a Friday
    }


@dataclass(frozen=True)
class Utterance:
    set: str  # "dev" or "held"
    kind: str  # "pos" or "neg"
    menu: str
    moment: str
    text: str
    expected: str


@dataclass(frozen=True)
class Result:
    utterance: Utterance
    got: str

    @property
    def ok(self) -> bool:
        return self.got == self.utterance.expected


def load_corpus(path: Path = CORPUS) -> list[Utterance]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [Utterance(**row) for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


class Webhooks:
    """One line per moment, spoken to through its signed /voice/answer webhook."""

    def __init__(self, sandbox: Path):
        from ivr.config import Settings
        from ivr.web import create_app
        from ivr.web.simulator import CallSimulator

        base = replace(
            Settings.from_env(), content_dir=ROOT / "prompts", audio_dir=sandbox / "audio", public_url=None,
            auth_token=TOKEN, dev_unsigned=False, line_number=None, staff_mobile=None, account_sid="",
        )
        self.callers = {}
        for name, at in _moments().items():
            settings = replace(base, database_url=f"sqlite:///{sandbox / name}.sqlite3",
                               recordings_dir=sandbox / name / "recordings")
            app = create_app(settings, clock=lambda at=at: at)
            self.callers[name] = CallSimulator(app, caller=CALLER)
        line = next(iter(self.callers.values())).app.extensions["ivr"].line
        self._prompt_of = {entry.spoken: entry.id.split(".")[0] for entry in line.catalogue}

    def close(self) -> None:
        for simulator in self.callers.values():
            simulator.app.extensions["ivr"].messages.store.engine.dispose()

    def destination(self, u: Utterance) -> str:
        body = self.callers[u.moment].post(
            f"/voice/answer?node={u.menu}&miss=0&rounds=0", {"SpeechResult": u.text, "Confidence": "0.9"}
        )
        return self._read(body, u.menu)

    def _read(self, body: str, start: str) -> str:
        """Where the caller is after this answer, in the corpus's words."""
        root = ET.fromstring(body)
        if root.find(".//Dial") is not None:
            return "person"
        if root.find(".//Record") is not None:
            return "message"
        if root.find(".//Hangup") is not None:
            return "goodbye"
        first = self._prompt_of.get((root.find(".//Say").text or "").strip(), "?")
        if first in ("not_understood", "wrong_key"):
            return "miss"
        if first == "transfer_closed":
            return "person"
        if first.startswith("sms_"):
            return "sms"
        if first in ("callback_saved", "callback_failed"):
            return "confirm"
        if first in ("callback_number", "callback_hidden"):
            return "callback"
        node = parse_qs(urlsplit(root.find(".//Redirect").text).query)["node"][0]
        if node == start:
            return "back" if node == "main" and first == "menu_main" and start == "main" else "repeat"
        return "back" if node == "main" else node


def run(corpus: list[Utterance]) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="ivr-understanding-") as sandbox:
        hooks = Webhooks(Path(sandbox))
        try:
            return [Result(u, hooks.destination(u)) for u in corpus]
        finally:
            hooks.close()


def _equivalent(result: Result) -> bool:
    """In the main menu, "again" and "back to the main menu" are the same place."""
    u = result.utterance
    return result.ok or (u.menu == "main" and {result.got, u.expected} == {"repeat", "back"})


def accuracy(results: list[Result]) -> float:
    return sum(map(_equivalent, results)) / len(results) if results else 1.0


def report(results: list[Result], show_held: bool = False) -> str:
    parts = {
        "whole corpus": results,
        "tuning set (dev)": [r for r in results if r.utterance.set == "dev"],
        "held-out set": [r for r in results if r.utterance.set == "held"],
        "negatives": [r for r in results if r.utterance.kind == "neg"],
        "negatives, held-out": [r for r in results if r.utterance.kind == "neg" and r.utterance.set == "held"],
    }
    lines = [f"{name:22} {accuracy(rs):6.1%}  ({sum(map(_equivalent, rs))}/{len(rs)})" for name, rs in parts.items()]
    misses = [r for r in results if not _equivalent(r) and (show_held or r.utterance.set == "dev")]
    hidden = sum(1 for r in results if not _equivalent(r) and r.utterance.set == "held" and not show_held)
    lines.append("")
    lines.append(f"confusions ({len(misses)}" + (f"; {hidden} held-out not shown, see --show-held" if hidden else "") + "):")
    for r in misses:
        u = r.utterance
        lines.append(f"  [{u.set}/{u.kind}] {u.menu:10} {u.moment:7} {u.text!r}: expected {u.expected}, got {r.got}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-held", action="store_true", help="also list the held-out misses")
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)
    corpus = load_corpus()
    print(f"{len(corpus)} utterances, {sum(u.kind == 'neg' for u in corpus)} negatives, "
          f"{sum(u.set == 'held' for u in corpus)} held out")
    print(report(run(corpus), show_held=args.show_held))


if __name__ == "__main__":
    main()
