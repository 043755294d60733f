"""Contacts read out so that a caller can write them down: e-mail and www addresses
("małpa", "kropka", "pe el"), bank account numbers in their groups; and emoji, which
a voice must never read ("choinka bożonarodzeniowa")."""
from __future__ import annotations

import re

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


def _say(address: str) -> str:
    labels = re.split(r"([.\-_+])", address.lower())
    if labels and labels[-1] in _TLD and len(labels) > 1 and labels[-2] == ".":
        labels[-1] = _TLD[labels[-1]]
    if labels and labels[0] == "www":
        labels[0] = "wu wu wu"
    return "".join(_SIGNS.get(p) or (_LETTER_NAMES.get(p, p) if len(p) == 1 else p) for p in labels)


def emails(text: str) -> str:
    """ops@kleszczewo.pl -> ops małpa kleszczewo kropka pe el."""
    return _EMAIL.sub(lambda m: f"{_say(m['local'])} małpa {_say(m['domain'])}", text)


def web_addresses(text: str) -> str:
    """www.kleszczewo.pl -> wu wu wu kropka kleszczewo kropka pe el. A path is said with
    "ukośnik", but staff are warned about it (review() reports long addresses)."""
    def say(m: re.Match) -> str:
        spoken = _say(m["domain"])
        for part in (m["path"] or "").strip("/").split("/"):
            if part:
                spoken += " ukośnik " + _say(part)
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
