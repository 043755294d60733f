"""Staff page "Ogłoszenia": dated notices callers hear after the status ([[notices]]).

A list of active, upcoming and expired notices with their days in Polish, and a form to
add or edit one: the dates as clerks type them (24 grudnia, 24 XII, 24.12, 24.12.2026,
2026-12-24, "od poniedziałku", "do końca miesiąca": ivr.spoken.dates), each shown back in
words ("Od: poniedziałek, 7 grudnia 2026"); a day given in relative words is shown for a
check before it is saved. The
spoken form and the pronunciation warnings before saving ("Sprawdź wymowę" shows them
without saving), saved through the content store like every other change (history,
conflicts, validation by the loader).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import abort, current_app, flash, redirect, render_template, request, url_for

from ivr.call.content import MAX_NOTICE_TEXT, ContentError, parse_content
from ivr.call.notices import Notice
from ivr.common.polish import MONTH_GENITIVE
from ivr.spoken.dates import DateProblem, parse_date, written
from ivr.staff.content_store import ConflictError, replace_tables
from ivr.web.staff.auth import current_login
from ivr.web.staff.blueprint import bp, services
from ivr.web.staff.editing import polish_message, split_error
from ivr.web.staff.pages import audio_state, read_content
from ivr.web.staff.pronunciation import WARNED_SAVE, notice_review

FIELDS = ("text", "from", "to", "spoken")
LABELS = {"text": "Treść ogłoszenia", "from": "Pierwszy dzień", "to": "Ostatni dzień", "spoken": "Wymowa (nieobowiązkowo)"}
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
    saved = request.args.get("zapisano", type=int)
    return render_template("staff/notices.html", groups=groups, polish_day=polish_day, base=_snapshot.version,
                           saved=saved if any(item.number == saved for item in listed) else None)


@bp.route("/notices/new", methods=["GET", "POST"], endpoint="notices_new")
@bp.route("/notices/<int:number>", methods=["GET", "POST"], endpoint="notices_edit")
def notice_form(number: int | None = None):
    snapshot, raw = read_content()
    rows = _rows(raw)
    if number is not None and not 1 <= number <= len(rows):
        abort(404)
    if request.method == "GET":
        values = _form_values(rows[number - 1]) if number else {name: "" for name in FIELDS}
        return _render(number, values, snapshot.version)
    values = {name: request.form.get(name, "").strip() for name in FIELDS}
    row, errors, relative = _row_from(values, _runtime().now().date())
    check = request.form.get("action") == "check"
    if errors:
        return _render(number, values, request.form.get("base", ""), errors=errors), 422
    if check:
        return _render(number, values, request.form.get("base", ""), checked=True)
    if relative:
        # Words such as "od poniedziałku": the days understood are shown for a check, as dates, before saving.
        shown = {**values, **{name: _written_short(row[name]) for name in relative}}
        return _render(number, shown, request.form.get("base", ""), confirm=True)
    new_rows = rows[:]
    if number:
        new_rows[number - 1] = row
    else:
        new_rows.append(row)
    return _save(replace_tables(snapshot.text, "notices", new_rows), number, number or len(new_rows), values)


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
                               text=row.get("text", ""), first=row.get("from"), last=row.get("to"),
                               polish_day=lambda d: polish_day(d) if isinstance(d, date) else str(d or ""))
    text = replace_tables(snapshot.text, "notices", rows[:number - 1] + rows[number:])
    try:
        content, _entry = services().store.save(text, request.form.get("base", ""), current_login())
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


def _save(text: str, number: int | None, row_number: int, values: dict):
    """Save through the store; the loader's objections are shown at their fields."""
    store = services().store
    base = request.form.get("base", "")
    try:
        content, _entry = store.save(text, base, current_login())
    except ConflictError:
        return _render(number, values, store.read().version, general=[
            "Nie zapisano: w tym czasie ktoś inny zapisał nowszą wersję treści. "
            "Proszę sprawdzić listę ogłoszeń i zapisać jeszcze raz."]), 409
    except ContentError as exc:
        key, message = split_error(exc, store.path)
        prefix, _, field = key.rpartition(".")
        if prefix == f"notices.{row_number}" and field in FIELDS:
            return _render(number, values, base, errors={field: polish_message(message)}), 422
        return _render(number, values, base, general=[polish_message(message)]), 422
    _runtime().load_saved(content)
    flash("Zapisano ogłoszenie. Dzwoniący usłyszą je w podanych dniach – głosem lektora Twilio, dopóki "
          "nagrania nie zostaną wygenerowane ponownie (strona „Nagrania”).", "success")
    if notice_review(content, values["text"], values["spoken"]).leftovers:
        # Saved all the same (staff may know better), but back on its page with the warnings.
        flash(WARNED_SAVE, "warning")
        return redirect(url_for("staff.notices_edit", number=row_number, zapisano=1, _anchor="zapisano")), 303
    # The saved notice in the list, with the message next to it.
    return redirect(url_for("staff.notices", zapisano=row_number, _anchor="zapisano")), 303


def _render(number, values, base, errors=None, general=None, checked=False, confirm=False):
    return render_template(
        "staff/notice_edit.html", number=number, values=values, base=base, errors=errors or {},
        general=general or [], labels=LABELS, review=notice_review(_runtime().content, values["text"], values["spoken"]),
        checked=checked, date_hint=DATE_HINT, to_hint=TO_HINT, confirm=confirm,
        saved=request.method == "GET" and request.args.get("zapisano") == "1",
        understood=understood(values, _runtime().now().date()),
    )
