"""The content loader's errors in Polish, for staff pages, `ivr prompts check` and `ivr doctor`.

The loader (ivr.call.content) raises ContentError("<file>: [<key>] <message>") in
English, for developers and logs; `polish_message` gives the message in plain Polish,
`describe` the whole error (file, key, message) for an administrator's console.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from ivr.call.content import SMS_LONGEST_CALLBACK_DAY, ContentError
from ivr.common.polish import plural


def split_error(exc: ContentError | str, path: Path | None = None) -> tuple[str, str]:
    """(content key, message) of a loader error "<file>: [<key>] <message>"."""
    message = str(exc)
    if path is not None and message.startswith(f"{path}: "):
        message = message[len(f"{path}: "):]
    else:
        match = re.search(r": (?=\[)", message)
        if match:
            message = message[match.end():]
    found = re.match(r"^\[([^\]]+)\] (.*)$", message, re.DOTALL)
    if found:
        return found[1], found[2]
    return "", message


# ---------------------------------------------------------------- Polish messages


def _sms(n: int) -> str:
    return plural(n, "SMS", "SMS-y", "SMS-ów")


def _characters(n: int) -> str:
    return plural(n, "znak", "znaki", "znaków")


def _unrepr(token: str) -> str:
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError):
        return token
    return str(value)


def _clock(value: str) -> str:
    return value[1:] if len(value) == 5 and value.startswith("0") else value


def _day(iso: str) -> str:
    """'2026-12-08' -> '8.12.2026'."""
    year, month, day = iso.split("-")
    return f"{int(day)}.{month}.{year}"


def _language(code: str) -> str:
    """'uk' -> 'po ukraińsku'."""
    from ivr.call.languages import LANGUAGES

    found = LANGUAGES.get(code)
    return found.name_pl_locative if found else code


def _quote(value: str) -> str:
    return f"„{value}”"


_REPR = r"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)"

_RULES: list[tuple[re.Pattern, Any]] = [
    (re.compile(rf"^{_REPR} must look like \"8:00-16:00\"$"),
     lambda m: f"{_quote(_unrepr(m[1]))} – godziny należy wpisać w postaci 8:00-16:00."),
    (re.compile(rf"^{_REPR} is not a time like 8:00$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest godziną w postaci 8:00."),
    (re.compile(rf"^{_REPR} is not a valid time$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest poprawną godziną (godziny 0–23, minuty 0–59)."),
    (re.compile(r"^opening (\d\d:\d\d) is not before closing (\d\d:\d\d)$"),
     lambda m: f"Godzina otwarcia ({_clock(m[1])}) musi być wcześniejsza niż godzina zamknięcia ({_clock(m[2])})."),
    (re.compile(r"^no opening hours on any day$"),
     lambda m: "Ośrodek musi być otwarty przynajmniej w jeden dzień tygodnia."),
    (re.compile(r"^must be a list of dates like \"2026-12-31\"$"),
     lambda m: "Należy podać listę dat w postaci RRRR-MM-DD, np. 2026-12-31."),
    (re.compile(rf"^{_REPR} is not a date like \"2026-12-31\"$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest datą w postaci RRRR-MM-DD, np. 2026-12-31."),
    (re.compile(r"^must fit in one SMS: it takes (\d+) \((\d+) characters\)$"),
     lambda m: f"Podziękowanie musi się zmieścić w jednym SMS-ie, a zajęłoby {m[1]} {_sms(int(m[1]))} "
               f"({m[2]} {_characters(int(m[2]))})."),
    (re.compile(rf"^{_REPR} is no real day$"),
     lambda m: f"{_quote(_unrepr(m[1]))} – taki dzień nie istnieje (proszę sprawdzić dzień i miesiąc)."),
    (re.compile(r"^missing text$"), lambda m: "Tekst nie może być pusty."),
    (re.compile(r"^missing in (\w+) \(every text of pl\.toml needs a translation\)$"),
     lambda m: f"Brak tłumaczenia ({_language(m[1])}): każdy tekst z pliku pl.toml musi mieć tłumaczenie, "
               "inaczej dzwoniący nie usłyszałby tego komunikatu w swoim języku."),
    (re.compile(r"^facts are written only in pl\.toml: remove this section$"),
     lambda m: "Dane ośrodka (adres, telefony, godziny, tempo głosu) wpisuje się tylko w pliku pl.toml. "
               "Proszę usunąć tę sekcję z tłumaczenia."),
    (re.compile(r"^unknown language '(\w+)' \(known: (.*)\)$"),
     lambda m: f"Nieznany język „{m[1]}” (dostępne: {m[2]})."),
    (re.compile(r"^must be text$"), lambda m: "Należy wpisać tekst."),
    (re.compile(r"^text too long \((\d+) characters, at most (\d+)\)$"),
     lambda m: f"Tekst jest za długi: ma {m[1]} {_characters(int(m[1]))}, "
               f"a może mieć najwyżej {m[2]}."),
    (re.compile(r"^unknown placeholder \{(.*)\}$"),
     lambda m: f"Nieznany znacznik {{{m[1]}}}. Dozwolone znaczniki są wymienione przy polu."),
    (re.compile(r"^the content file is missing$"), lambda m: "Brak pliku z treścią."),
    (re.compile(r"^cannot be read: it is a folder, not a file$"),
     lambda m: "Nie da się odczytać pliku z treścią: pod jego nazwą jest folder, a nie plik."),
    (re.compile(r"^cannot be read: no permission to read it$"),
     lambda m: "Nie da się odczytać pliku z treścią: brak uprawnień do odczytu."),
    (re.compile(r"^cannot be read \((.*)\)$", re.DOTALL),
     lambda m: f"Nie da się odczytać pliku z treścią ({m[1]})."),
    (re.compile(r"^not UTF-8 text \((.*)\)$", re.DOTALL),
     lambda m: f"Plik nie jest tekstem w kodowaniu UTF-8 ({m[1]}). Proszę zapisać go jako UTF-8."),
    (re.compile(r"^noncharacter U\+([0-9A-F]{4,6}) at position (\d+) is not allowed$"),
     lambda m: f"Tekst zawiera niedozwolony znak (U+{m[1]}) na pozycji {m[2]}. Proszę go usunąć."),
    (re.compile(r"^cannot be filled in \((.*)\)$", re.DOTALL),
     lambda m: f"Tekstu nie da się uzupełnić ({m[1]}). Proszę sprawdzić znaczniki w nawiasach {{ }}."),
    (re.compile(r"^control character U\+([0-9A-F]{4}) at position (\d+) is not allowed$"),
     lambda m: f"Tekst zawiera niedozwolony znak sterujący (U+{m[1]}) na pozycji {m[2]}. Proszę go usunąć."),
    (re.compile(r"^unpaired surrogate U\+([0-9A-F]{4}) at position (\d+) is not allowed$"),
     lambda m: f"Tekst zawiera uszkodzony znak (U+{m[1]}) na pozycji {m[2]}. Proszę go usunąć."),
    (re.compile(r"^placeholder (\{.*\}) is not allowed: write just \{name\}$"),
     lambda m: f"Znacznik {m[1]} jest niedozwolony: znacznik wpisuje się bez dodatków, np. {{adres}}."),
    (re.compile(r"^must contain \{(.*)\}$"),
     lambda m: f"Tekst musi zawierać znacznik {{{m[1]}}}."),
    (re.compile(r"^broken braces \{ \}: .*$", re.DOTALL),
     lambda m: "Nawiasy klamrowe { } nie są sparowane. Służą tylko do znaczników, np. {adres}."),
    (re.compile(r"^must be an international number like (\S+)$"),
     lambda m: f"Numer należy wpisać w formacie międzynarodowym, np. {m[1]}."),
    (re.compile(r"^unknown key \(allowed: (.*)\)$"),
     lambda m: f"Nieznany klucz (dozwolone: {m[1]})."),
    (re.compile(r"^must be between (\S+) and (\S+)$"),
     lambda m: f"Wartość musi być między {m[1].replace('.', ',')} a {m[2].replace('.', ',')}."),
    (re.compile(r"^must be a number$"), lambda m: "Należy wpisać liczbę, np. 0,85."),
    (re.compile(r"^must be a whole number of milliseconds$"),
     lambda m: "Należy wpisać liczbę całkowitą milisekund, np. 1000."),
    (re.compile(r"^missing section$"), lambda m: "Brakuje tej sekcji."),
    (re.compile(r"^must be a section$"), lambda m: "To musi być sekcja."),
    (re.compile(r"^must be a section with text = \"\.\.\.\"$"),
     lambda m: "To musi być sekcja z tekstem (text = \"...\")."),
    (re.compile(r"^missing list of words$"), lambda m: "Brakuje listy słów."),
    (re.compile(r"^not valid TOML: (.*)$", re.DOTALL),
     lambda m: f"Plik nie jest poprawnym plikiem TOML ({m[1]})."),
    (re.compile(r"^the last day (\S+) is before the first day (\S+)$"),
     lambda m: f"Ostatni dzień ({_day(m[1])}) jest przed pierwszym dniem ({_day(m[2])})."),
    (re.compile(r"^notice too long \((\d+) sentences, at most (\d+)\)$"),
     lambda m: f"Tekst jest za długi: ma {m[1]} {plural(int(m[1]), 'zdanie', 'zdania', 'zdań')}, "
               f"a może mieć najwyżej {m[2]} – tyle dzwoniący zapamiętają."),
    (re.compile(r"^notice too long \((\d+) characters, at most (\d+)\)$"),
     lambda m: f"Tekst jest za długi: ma {m[1]} {_characters(int(m[1]))}, a może mieć najwyżej {m[2]}."),
    (re.compile(r"^missing date$"), lambda m: "Proszę podać datę."),
    (re.compile(rf"^{_REPR} is not a date like 2026-12-31$"),
     lambda m: f"{_quote(_unrepr(m[1]))} nie jest datą, np. 24.12.2026."),
    (re.compile(r"^must be a list of \[\[notices\]\] tables$"), lambda m: "Komunikaty muszą być tabelami [[notices]]."),
    (re.compile(r"^too long for one reply with the notices of (\S+): (\d+) SMS \(([^,]+), (\d+) characters\); "
                r"at most (\d+) SMS, which is (\d+) characters( with Polish letters)?$", re.DOTALL),
     lambda m: f"Z komunikatami z dnia {_day(m[1])} SMS z aktualnościami (po odpowiedzi GODZINY) zająłby "
               f"{m[2]} {_sms(int(m[2]))}, a może najwyżej {m[5]}, czyli {m[6]} {_characters(int(m[6]))}"
               + (" z polskimi literami" if m[7] else "") + ". Proszę skrócić komunikat."),
    (re.compile(r"^too long for one reply as sent with the longest day and the note about another number: (\d+) SMS "
                r"\(([^,]+), (\d+) characters\); at most (\d+) SMS, which is (\d+) characters( with Polish letters)?$",
                re.DOTALL),
     lambda m: f"Odpowiedź jest za długa: z najdłuższą datą („{SMS_LONGEST_CALLBACK_DAY}”) i zdaniem o innym "
               f"numerze w SMS-ie zajęłaby {m[1]} {_sms(int(m[1]))}, a może zajmować najwyżej {m[4]} {_sms(int(m[4]))}, "
               f"czyli {m[5]} {_characters(int(m[5]))}" + (" z polskimi literami" if m[6] else "") + "."),
    (re.compile(r"^too long for one reply(?: with the status \"(.*)\")?: (\d+) SMS \(([^,]+), (\d+) characters\); "
                r"at most (\d+) SMS, which is (\d+) characters( with Polish letters)?$", re.DOTALL),
     lambda m: "Odpowiedź jest za długa"
               + (f" (ze stanem {_quote(m[1])})" if m[1] else "")
               + f": zajęłaby {m[2]} {_sms(int(m[2]))}, "
               + f"a może zajmować najwyżej {m[5]} {_sms(int(m[5]))}, "
               + f"czyli {m[6]} {_characters(int(m[6]))}"
               + (" z polskimi literami" if m[7] else "") + "."),
]


def polish_message(message: str) -> str:
    """The loader's (English) message in Polish for staff; unknown ones are shown as they are."""
    for pattern, make in _RULES:
        found = pattern.match(message.strip())
        if found:
            return make(found)
    return f"Błąd w treści: {message}"


_FILE = re.compile(r"^(.+?\.toml): (.*)$", re.DOTALL)


def error_parts(exc: ContentError | str) -> tuple[str, str, str]:
    """(file, content key, English message) of a loader error; file and key may be empty."""
    message = str(exc).strip()
    found = _FILE.match(message)
    path, rest = (found[1], found[2]) if found else ("", message)
    key, detail = split_error(rest)
    return path, key, detail


def describe(exc: ContentError | str) -> str:
    """The whole error in Polish for an administrator: the file, the key, what is wrong.
    'prompts/pl.toml, [office.address]: Nieznany znacznik {x}. …'"""
    path, key, detail = error_parts(exc)
    where = ", ".join(part for part in (path, f"[{key}]" if key else "") if part)
    polish = polish_message(detail).replace("są wymienione przy polu", "są opisane na początku pliku pl.toml")
    return f"{where}: {polish}" if where else polish
