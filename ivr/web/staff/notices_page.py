"""Staff page "Ogłoszenia": dated notices callers hear after the status ([[notices]]).

A list of active, upcoming and expired notices with their days in Polish, and a form to
add or edit one: the dates as clerks type them (24 grudnia, 24 XII, 24.12, 24.12.2026,
2026-12-24, "od poniedziałku", "do końca miesiąca": ivr.spoken.dates), each shown back in
words ("Od: poniedziałek, 7 grudnia 2026"); a day given in relative words is shown for a
check before it is saved. The
spoken form and the pronunciation warnings before saving ("Sprawdź wymowę" shows them
without saving), saved through the content store like every other change (history,
conflicts, validation by the loader).

A notice may be given in Ukrainian too ("Treść po ukraińsku", optional): kept in uk.toml as a
[[notices]] table with the same days (ivr.call.notices.pair_dates pairs them), saved together with
the Polish one (both files or neither). Without it, Ukrainian callers hear one sentence that there
is news in Polish and that key 0 reaches a person (notice_in_polish in uk.toml).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import abort, current_app, flash, redirect, render_template, request, url_for

from ivr.call.content import MAX_NOTICE_TEXT, ContentError, parse_content
from ivr.call.notices import Notice, pair_dates
from ivr.common.polish import MONTH_GENITIVE
from ivr.spoken.dates import DateProblem, parse_date, written
from ivr.staff.content_store import ConflictError, ContentUnreadable, replace_tables, save_together
from ivr.web.staff.auth import current_login
from ivr.web.staff.blueprint import bp, services
from ivr.web.staff.editing import polish_message, split_error
from ivr.web.staff.pages import BrokenFile, audio_state, load_saved, read_content
from ivr.web.staff.pronunciation import WARNED_SAVE, notice_review

FIELDS = ("text", "from", "to", "spoken")
UK = "uk"
UK_FIELD = "text_uk"  # the Ukrainian text of the notice (uk.toml), optional
LABELS = {"text": "Treść ogłoszenia", "from": "Pierwszy dzień", "to": "Ostatni dzień", "spoken": "Wymowa (nieobowiązkowo)",
          UK_FIELD: "Treść po ukraińsku (nieobowiązkowo)"}
UK_HINT = ("Tłumaczenie treści na ukraiński, jeśli ktoś w ośrodku je przygotował (można je wkleić). "
           "Gdy to pole jest puste, dzwoniący, którzy wybrali rozmowę po ukraińsku, nie usłyszą treści ogłoszenia, "
           "tylko jedno zdanie po ukraińsku – podane niżej.")
# What the notice_in_polish sentences say, for clerks who do not read Ukrainian.
IN_POLISH_MEANING = {
    "notice_in_polish": "Jest ważne ogłoszenie po polsku. Aby dowiedzieć się o nim od pracownika, proszę nacisnąć zero.",
    "notice_in_polish_closed": ("Jest ważne ogłoszenie po polsku. Pracowników teraz nie ma: aby zostawić im "
                                "wiadomość, proszę nacisnąć zero."),
}
DATE_HINT = ("Np. 7 grudnia, 7 XII, 7.12, 07.12.2026 albo słowami: „od poniedziałku”, „od jutra”. "
             "Data bez roku to najbliższy taki dzień.")
TO_HINT = ("Ostatni dzień, w który ogłoszenie jest odtwarzane (włącznie), np. 24 grudnia, 24.12 "
           "albo „do końca miesiąca”.")
UNDERSTOOD = {"from": "Od", "to": "Do"}


def _runtime():
    return current_app.extensions["ivr"]


def polish_day(day: date) -> str:
    """'8 grudnia 2026'."""
    return f"{day.day} {MONTH_GENITIVE[day.month]} {day.year}"


def _rows(raw: dict) -> list[dict]:
    """The [[notices]] tables as the file has them (dates as dates)."""
    rows = raw.get("notices", [])
    return [dict(row) for row in rows] if isinstance(rows, list) else []


@dataclass
class Listed:
    number: int
    notice: Notice
    state: str  # "active" | "upcoming" | "expired"
    audio: dict | None
    uk_text: str | None = None  # its Ukrainian text, if any


@bp.get("/notices")
def notices():
    _snapshot, raw = read_content()
    runtime = _runtime()
    today = runtime.now().date()
    listed = []
    for number, notice in enumerate(runtime.content.notices, start=1):
        state = "active" if notice.active_on(today) else "expired" if notice.expired_on(today) else "upcoming"
        audio = audio_state(runtime.catalogue.notice(notice)) if state != "expired" else None
        listed.append(Listed(number, notice, state, audio))
    groups = [(title, [item for item in listed if item.state == state]) for state, title in (
        ("active", "Trwają"), ("upcoming", "Zaplanowane"), ("expired", "Minęły (nie są odtwarzane; można je usunąć)"))]
    translated = _translations(_rows(raw), _uk_rows())
    for item in listed:
        item.uk_text = translated[item.number - 1] if item.number - 1 < len(translated) else None
    saved = request.args.get("zapisano", type=int)
    return render_template("staff/notices.html", groups=groups, polish_day=polish_day, base=_snapshot.version,
                           uk_base=_uk_version(), in_polish=in_polish_sentences(),
                           saved=saved if any(item.number == saved for item in listed) else None)


def _uk_snapshot():
    """uk.toml's text and data, or None when there is no readable translation."""
    try:
        return read_content(UK)
    except (ContentUnreadable, BrokenFile):
        return None


def _uk_rows() -> list[dict] | None:
    found = _uk_snapshot()
    return _rows(found[1]) if found else None


def _uk_version() -> str:
    found = _uk_snapshot()
    return found[0].version if found else ""


def _dates(row: dict) -> tuple:
    return (str(row.get("from")), str(row.get("to")))


def _pairs(rows: list[dict], uk_rows: list[dict] | None) -> list[int | None]:
    """For each Polish row, the index of its Ukrainian row (same days), or None."""
    if uk_rows is None:
        return [None] * len(rows)
    return pair_dates([_dates(r) for r in rows], [_dates(r) for r in uk_rows])


def _translations(rows: list[dict], uk_rows: list[dict] | None) -> list[str | None]:
    return [uk_rows[i].get("text") if i is not None else None for i in _pairs(rows, uk_rows)]


def in_polish_sentences() -> list[tuple[str, str, str]]:
    """(when, the Ukrainian sentence, what it says in Polish) of what Ukrainian callers hear for a
    notice without a Ukrainian text."""
    line = _runtime().lines.get(UK)
    if line is None:
        return []
    prompts = line.content.prompts
    return [(when, prompts[pid].text, IN_POLISH_MEANING[pid])
            for pid, when in (("notice_in_polish", "gdy ośrodek jest otwarty"),
                              ("notice_in_polish_closed", "gdy ośrodek jest zamknięty"))
            if pid in prompts]


@bp.route("/notices/new", methods=["GET", "POST"], endpoint="notices_new")
@bp.route("/notices/<int:number>", methods=["GET", "POST"], endpoint="notices_edit")
def notice_form(number: int | None = None):
    snapshot, raw = read_content()
    rows = _rows(raw)
    if number is not None and not 1 <= number <= len(rows):
        abort(404)
    uk = _uk_snapshot()
    uk_rows = _rows(uk[1]) if uk else None
    pairs = _pairs(rows, uk_rows)
    if request.method == "GET":
        values = _form_values(rows[number - 1]) if number else {name: "" for name in FIELDS}
        paired = pairs[number - 1] if number else None
        values[UK_FIELD] = str(uk_rows[paired].get("text", "")) if paired is not None else ""
        return _render(number, values, snapshot.version, uk_base=uk[0].version if uk else "", uk_ok=uk is not None)
    values = {name: request.form.get(name, "").strip() for name in (*FIELDS, UK_FIELD)}
    uk_base = request.form.get("base_uk", "")
    row, errors, relative = _row_from(values, _runtime().now().date())
    if len(values[UK_FIELD]) > MAX_NOTICE_TEXT:
        errors[UK_FIELD] = polish_message(
            f"notice too long ({len(values[UK_FIELD])} characters, at most {MAX_NOTICE_TEXT})")
    check = request.form.get("action") == "check"
    shown = dict(uk_base=uk_base, uk_ok=uk is not None)
    if errors:
        return _render(number, values, request.form.get("base", ""), errors=errors, **shown), 422
    if check:
        return _render(number, values, request.form.get("base", ""), checked=True, **shown)
    if relative:
        # Words such as "od poniedziałku": the days understood are shown for a check, as dates, before saving.
        confirmed = {**values, **{name: _written_short(row[name]) for name in relative}}
        return _render(number, confirmed, request.form.get("base", ""), confirm=True, **shown)
    new_rows = rows[:]
    if number:
        new_rows[number - 1] = row
    else:
        new_rows.append(row)
    uk_text = None
    uk_row_number = None
    if uk is not None:
        new_uk = (uk_rows or [])[:]
        paired = pairs[number - 1] if number else None
        if values[UK_FIELD]:
            uk_row = {"text": values[UK_FIELD], "from": row["from"], "to": row["to"]}
            if paired is not None:
                kept = new_uk[paired]
                if kept.get("text") != uk_row["text"]:  # a hand-written spoken form is of the old text
                    kept = {k: v for k, v in kept.items() if k != "spoken"}
                new_uk[paired] = {**kept, **uk_row}
                uk_row_number = paired + 1
            else:
                new_uk.append(uk_row)
                uk_row_number = len(new_uk)
        elif paired is not None:
            del new_uk[paired]  # cleared: Ukrainian callers hear that there is news in Polish
        if new_uk != uk_rows:
            uk_text = replace_tables(uk[0].text, "notices", new_uk)
    return _save(replace_tables(snapshot.text, "notices", new_rows), number, number or len(new_rows), values,
                 uk_text=uk_text, uk_row_number=uk_row_number)


@bp.post("/notices/<int:number>/delete")
def notices_delete(number: int):
    snapshot, raw = read_content()
    rows = _rows(raw)
    if not 1 <= number <= len(rows):
        abort(404)
    if request.form.get("confirmed") != "1":
        # Asked once, on a page of its own (no JavaScript needed).
        row = rows[number - 1]
        return render_template("staff/notice_delete.html", number=number, base=request.form.get("base", ""),
                               base_uk=request.form.get("base_uk", ""),
                               text=row.get("text", ""), first=row.get("from"), last=row.get("to"),
                               polish_day=lambda d: polish_day(d) if isinstance(d, date) else str(d or ""))
    text = replace_tables(snapshot.text, "notices", rows[:number - 1] + rows[number:])
    changes = [(services().store, text, request.form.get("base", ""))]
    uk = _uk_snapshot()
    if uk is not None:
        uk_rows = _rows(uk[1])
        paired = _pairs(rows, uk_rows)[number - 1]
        if paired is not None:  # its Ukrainian text goes with it (both kept in the history)
            changes.append((services().store_for(UK), replace_tables(uk[0].text, "notices",
                                                                       uk_rows[:paired] + uk_rows[paired + 1:]),
                            request.form.get("base_uk", "")))
    try:
        (content, _entry), *_ = save_together(changes, current_login())
    except ConflictError:
        flash("Nie usunięto: w tym czasie ktoś zapisał nowszą wersję treści. Proszę spróbować jeszcze raz.", "error")
        return redirect(url_for("staff.notices")), 303
    _runtime().load_saved(content)
    flash("Usunięto ogłoszenie. Dzwoniący już go nie usłyszą. Gdyby było jeszcze potrzebne, można je przywrócić "
          "na stronie „Historia zmian” (wersja sprzed usunięcia, przycisk „Przywróć tę wersję”).", "success")
    return redirect(url_for("staff.notices")), 303


def _form_values(row: dict) -> dict:
    def shown(value) -> str:
        return f"{value.day}.{value.month:02d}.{value.year}" if isinstance(value, date) else str(value or "")

    return {name: shown(row.get(name)) for name in FIELDS}


def _written_short(day: date) -> str:
    return f"{day.day}.{day.month:02d}.{day.year}"


def understood(values: dict, today: date) -> dict[str, str]:
    """"Od: poniedziałek, 7 grudnia 2026" for each date field the parser understands."""
    found, days = {}, {}
    for name in ("from", "to"):
        try:
            days[name] = parse_date(values.get(name, ""), days.get("from", today), relative=True)
        except DateProblem:
            continue
        found[name] = f"{UNDERSTOOD[name]}: {written(days[name])}"
    return found


def _row_from(values: dict, today: date) -> tuple[dict, dict, list[str]]:
    """The [[notices]] table for the form, the errors of its fields (Polish), and the date
    fields given in relative words ("od poniedziałku"), which are shown for a check first."""
    errors, relative = {}, []
    if not values["text"]:
        errors["text"] = "Proszę wpisać treść ogłoszenia."
    for name in ("text", "spoken"):  # before anything normalizes it (issue 34, N4)
        if len(values[name]) > MAX_NOTICE_TEXT:
            errors[name] = polish_message(
                f"notice too long ({len(values[name])} characters, at most {MAX_NOTICE_TEXT})")
    days = {}
    for name in ("from", "to"):
        if not values[name]:
            errors[name] = "Proszę podać datę."
            continue
        base = days.get("from", today)
        try:
            # A date without a year: the next such day, counted from the first day for the last one.
            days[name] = parse_date(values[name], base, relative=True)
        except DateProblem as problem:
            errors[name] = (f"„{problem.text}” – taki dzień nie istnieje." if problem.impossible
                            else f"„{problem.text}” nie jest datą. {DATE_HINT}")
            continue
        try:
            parse_date(values[name], base)
        except DateProblem:
            relative.append(name)
    row = {"text": values["text"], **days}
    if values["spoken"]:
        row["spoken"] = values["spoken"]
    return row, errors, relative


def _save(text: str, number: int | None, row_number: int, values: dict, uk_text: str | None = None,
          uk_row_number: int | None = None):
    """Save through the store (uk.toml with it when its text changed: both or neither); the
    loader's objections are shown at their fields."""
    store = services().store
    base = request.form.get("base", "")
    uk_base = request.form.get("base_uk", "")
    changes = [(store, text, base)]
    if uk_text is not None:
        changes.append((services().store_for(UK), uk_text, uk_base))
    shown = dict(uk_base=uk_base, uk_ok=True)
    try:
        (content, _entry), *_ = save_together(changes, current_login())
    except ConflictError:
        return _render(number, values, store.read().version, general=[
            "Nie zapisano: w tym czasie ktoś inny zapisał nowszą wersję treści. "
            "Proszę sprawdzić listę ogłoszeń i zapisać jeszcze raz."], uk_base=_uk_version(), uk_ok=True), 409
    except ContentError as exc:
        uk_path = services().store_for(UK).path
        if str(exc).startswith(str(uk_path)):
            key, message = split_error(exc, uk_path)
            if uk_row_number is not None and key.startswith(f"notices.{uk_row_number}"):
                return _render(number, values, base, errors={UK_FIELD: polish_message(message)}, **shown), 422
            return _render(number, values, base, general=[f"Tekst po ukraińsku: {polish_message(message)}"], **shown), 422
        key, message = split_error(exc, store.path)
        prefix, _, field = key.rpartition(".")
        if prefix == f"notices.{row_number}" and field in FIELDS:
            return _render(number, values, base, errors={field: polish_message(message)}, **shown), 422
        return _render(number, values, base, general=[polish_message(message)], **shown), 422
    load_saved(content)
    flash("Zapisano ogłoszenie. Dzwoniący usłyszą je w podanych dniach – głosem lektora Twilio, dopóki "
          "nagrania nie zostaną wygenerowane ponownie (strona „Nagrania”).", "success")
    if notice_review(content, values["text"], values["spoken"]).leftovers:
        # Saved all the same (staff may know better), but back on its page with the warnings.
        flash(WARNED_SAVE, "warning")
        return redirect(url_for("staff.notices_edit", number=row_number, zapisano=1, _anchor="zapisano")), 303
    # The saved notice in the list, with the message next to it.
    return redirect(url_for("staff.notices", zapisano=row_number, _anchor="zapisano")), 303


def _render(number, values, base, errors=None, general=None, checked=False, confirm=False, uk_base="", uk_ok=True):
    values = {UK_FIELD: "", **values}
    return render_template(
        "staff/notice_edit.html", number=number, values=values, base=base, errors=errors or {},
        general=general or [], labels=LABELS, review=notice_review(_runtime().content, values["text"], values["spoken"]),
        checked=checked, date_hint=DATE_HINT, to_hint=TO_HINT, confirm=confirm,
        saved=request.method == "GET" and request.args.get("zapisano") == "1",
        understood=understood(values, _runtime().now().date()),
        uk_base=uk_base, uk_ok=uk_ok, uk_field=UK_FIELD, uk_hint=UK_HINT, in_polish=in_polish_sentences(),
    )
