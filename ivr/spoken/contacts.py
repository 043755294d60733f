"""Contacts read out so that a caller can write them down: e-mail and www addresses
("małpa", "kropka", "pe el"), bank account numbers in their groups; and emoji, which
a voice must never read ("choinka bożonarodzeniowa")."""
from __future__ import annotations

import re
from collections.abc import Mapping

from ivr.spoken.phone_numbers import say_digits

__all__ = ["bank_accounts", "emails", "emoji", "emoji_in", "long_addresses", "web_addresses"]

# Pictographs, dingbats, flags, variation selectors and joiners.
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0E\uFE0F\u200D\u20E3"
    "\U000E0020-\U000E007F]+")


def emoji(text: str) -> str:
    """Drop emoji and pictographs: "Wesołych Świąt! 🎄" -> "Wesołych Świąt! "."""
    return _EMOJI.sub(" ", text) if _EMOJI.search(text) else text


def emoji_in(text: str) -> list[str]:
    """The emoji of a text, each once, in order."""
    return list(dict.fromkeys(m[0] for m in _EMOJI.finditer(text) if m[0].strip("\ufe0e\ufe0f\u200d\u20e3")))


# Domain endings said letter by letter, or as a word Poles say.
_TLD = {"pl": "pe el", "eu": "e u", "com": "kom", "org": "org", "net": "net", "info": "info",
        "gov": "gov", "edu": "edu"}
_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
_DOMAIN = rf"{_LABEL}(?:\.{_LABEL})*\.(?:{'|'.join(_TLD)})"
_EMAIL = re.compile(rf"(?<![\w.@-])(?P<local>[a-zA-Z0-9](?:[\w.+-]*[a-zA-Z0-9])?)@(?P<domain>{_DOMAIN})(?![\w@-]|\.\w)")
_WWW = re.compile(
    rf"(?<![\w./@-])(?P<scheme>https?://)?(?P<domain>(?:www\.)?{_DOMAIN})"
    r"(?P<path>/[\w./%?=&-]*[\w/])?/?(?![\w/@-]|\.\w)")
_SIGNS = {".": " kropka ", "-": " myślnik ", "_": " podkreślnik ", "+": " plus "}
# A letter alone in an address ("k.wisniewska@…", an initial) is said by its name: "ka kropka …".
_LETTER_NAMES = dict(zip("abcdefghijklmnopqrstuvwxyz",
                         "a be ce de e ef gie ha i jot ka el em en o pe ku er es te u fau wu iks igrek zet".split()))


def _say(address: str, acronyms: Mapping[str, str] | None = None) -> str:
    labels = re.split(r"([.\-_+])", address.lower())
    if labels and labels[-1] in _TLD and len(labels) > 1 and labels[-2] == ".":
        labels[-1] = _TLD[labels[-1]]
    if labels and labels[0] == "www":
        labels[0] = "wu wu wu"
    return "".join(_SIGNS.get(p) or (_LETTER_NAMES.get(p, p) if len(p) == 1 else _unsayable(p, acronyms)
                                     or _one_digit_after(p) or p) for p in labels)


# Round twenty-three: one digit after a label's letters is said as a number after the word ("bartel2" -> "bartel dwa";
# was left, and warned); two or more ("kowalski12": "dwanaście" or "jeden dwa"?) stay left, and warned.
_WORD_AND_DIGIT = re.compile(r"(?P<word>[a-z]{2,})(?P<digit>[0-9])")


def _one_digit_after(label: str) -> str | None:
    m = _WORD_AND_DIGIT.fullmatch(label)
    return f"{m['word']} {say_digits(m['digit'])}" if m else None


# round nineteen: an acronym of the table as an address's label no one can say as a word: with no vowel ("pcpr",
# "nfz") or a cluster of three consonants or more at its start ("gkrpa", "pfron"; "sz", "cz", "rz", "ch", "dz" count
# as one). Other labels with no vowel ("wp", "np", "ms") are left to the engine, which spells them (round six).
_VOWEL = re.compile("[aeiouy]")
_OPENING_CLUSTER = re.compile(r"(?:sz|cz|rz|ch|dz|[bcdfghjklmnpqrstvwxz]){3}")


def _unsayable(label: str, acronyms: Mapping[str, str] | None) -> str | None:
    """"gkrpa" -> the table's "gie-ka-er-pe-a", "pfron" -> "pe-fron", "pcpr" -> "pe-ce-pe-er"; None for a label said
    as written ("ops", "kleszczewo", "zus") or outside the table ("wp")."""
    if not acronyms or not label.isalpha() or not label.isascii() or (
            _VOWEL.search(label) and not _OPENING_CLUSTER.match(label)):
        return None
    return acronyms.get(label.upper()) or next((v for k, v in acronyms.items() if k.lower() == label), None)


def emails(text: str, acronyms: Mapping[str, str] | None = None) -> str:
    """ops@kleszczewo.pl -> ops małpa kleszczewo kropka pe el."""
    return _EMAIL.sub(lambda m: f"{_say(m['local'], acronyms)} małpa {_say(m['domain'], acronyms)}", text)


def web_addresses(text: str, acronyms: Mapping[str, str] | None = None) -> str:
    """www.kleszczewo.pl -> wu wu wu kropka kleszczewo kropka pe el. A path is said with
    "ukośnik", but staff are warned about it (review() reports long addresses)."""
    def say(m: re.Match) -> str:
        spoken = _say(m["domain"], acronyms)
        for part in (m["path"] or "").strip("/").split("/"):
            if part:
                spoken += " ukośnik " + _say(part, acronyms)
        return spoken
    return _WWW.sub(say, text)



def long_addresses(text: str) -> list[str]:
    """Web addresses of a written text with a scheme or a path: too long to note down by ear."""
    return [m[0] for m in _WWW.finditer(text) if m["scheme"] or m["path"]]


_ACCOUNT = re.compile(r"(?<![\w+])(?:PL\s?)?(?P<digits>[0-9]{2}(?:\s?[0-9]{4}){6})(?![\w])")


def bank_accounts(text: str) -> str:
    """12 1020 3040 ... (26 digits) -> the check pair, then each group of four as two pairs."""
    def say(m: re.Match) -> str:
        digits = re.sub(r"\s", "", m["digits"])
        groups = [digits[:2]] + [digits[i:i + 4] for i in range(2, 26, 4)]
        spoken = [say_digits(groups[0])]
        spoken += [f"{say_digits(g[:2])} {say_digits(g[2:])}" for g in groups[1:]]
        return ", ".join(spoken)
    return _ACCOUNT.sub(say, text)
