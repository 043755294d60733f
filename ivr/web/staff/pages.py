"""The staff pages: home, prompts, hours, history, audio build, phone simulator, messages."""
from __future__ import annotations

import difflib
import tomllib
from datetime import datetime, timezone
from typing import Any, Callable, Mapping

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for

from ivr.audio.voices import voice_label, voices
from ivr.call.content import WEEKDAY_KEYS, ContentError
from ivr.staff.content_store import ConflictError, ContentUnreadable, HistoryNotFound, Snapshot
from ivr.common.polish import MONTH_GENITIVE
from ivr.call.schedule import WARSAW
from ivr.audio.build import status as audio_status
from ivr.audio.speech_rate import AIM, FAST, per_second_pl
from ivr.web.staff import hours_form, messages_page, voice_form
from ivr.web.staff.blueprint import bp, services
from ivr.web.staff.auth import current_login
from ivr.web.staff.build_job import ENGINE_CHOICES
from ivr.web.staff.pronunciation import WARNED_SAVE, advice, example_values, prompt_review
from ivr.web.staff.editing import (
    VOICE_FIELDS, VOICE_KEYS, WEEKDAY_NAMES, display_value, edit, field_label, placeholders_for, polish_message, prompt_title, split_error,
)

ENGINE_LABELS = {
    "auto": "Automatycznie: naturalny głos Google, a gdy jest niedostępny – głos robota (espeak)",
    "azure": "Tylko naturalny głos (Azure)",
    "google": "Tylko naturalny głos (Google Cloud)",
    "gtts": "Tylko naturalny głos Google",
    "espeak": "Tylko głos robota, bez internetu (espeak): szybki, ale brzmi sztucznie – gorsza jakość",
}


def _runtime():
    return current_app.extensions["ivr"]


# ---------------------------------------------------------------- template helpers


def when(moment: datetime | None) -> str:
    """'30 listopada 2026, 10:32' in Warsaw time."""
    if moment is None:
        return "—"
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone(WARSAW)
    return f"{local.day} {MONTH_GENITIVE[local.month]} {local.year}, {local:%H:%M}"


def author(login: str) -> str:
    from ivr.staff.content_store import BY_HAND

    return "zmiana w pliku (poza stronami)" if login == BY_HAND else login


bp.add_app_template_filter(when, "when")
bp.add_app_template_filter(author, "author")
bp.add_app_template_filter(advice, "advice")


@bp.app_context_processor
def _staff_globals() -> dict:
    return {"prompt_title": prompt_title, "weekday_names": WEEKDAY_NAMES, "content_warning": content_warning}


def content_warning() -> str | None:
    """The staff pages' warning while pl.toml does not load: why, and what the line says instead."""
    from ivr.call.content_errors import error_parts

    runtime = current_app.extensions.get("ivr")
    fallback = getattr(runtime, "content_fallback", None)
    if fallback is None:
        return None
    _path, _key, detail = error_parts(fallback.problem)
    key = _key and f" (pole {field_label(_key)})"
    used = fallback.used
    if used.kind == "history":
        instead = f"na ostatniej dobrej wersji z historii zmian ({when(used.saved_at)}, {author(used.login)})"
    elif used.kind == "shipped":
        instead = "na treści dostarczonej z programem przy instalacji (historia zmian nie ma dobrej wersji)"
    else:
        instead = "na treści wczytanej wcześniej"
    return (f"Pliku z treścią pl.toml nie da się wczytać{key}: {polish_message(detail)} "
            f"Linia telefoniczna działa dalej {instead}. Proszę przywrócić dobrą wersję na stronie "
            "„Historia zmian” albo poprosić administratora o poprawienie pliku (ivr prompts check).")


def field_id(key: str) -> str:
    return "pole-" + key.replace(".", "-").replace("_", "-")


bp.add_app_template_global(field_id, "field_id")


def audio_state(entry, lang: str = "pl") -> dict:
    """Whether a catalogue entry has current audio, and its URL (a translation's in its namespace)."""
    audio = _runtime().audio_of(lang)
    name = audio.file_for(entry.id, entry.spoken)
    manifest = audio.entry(entry.id) or {}
    if name:
        state = "current"
    elif manifest:
        state = "stale"
    else:
        state = "missing"
    return {
        "id": entry.id,
        "text": entry.text,
        "spoken": entry.spoken,
        "state": state,
        "url": (url_for("audio.serve", name=name) if lang == "pl"
                else url_for("audio.serve_language", lang=lang, name=name)) if name else None,
        "engine": manifest.get("engine") if name else None,
        "fallback": bool(manifest.get("fallback")) if name else False,
        "voice": voice_label(manifest.get("engine"), bool(manifest.get("fallback"))) if name else None,
        "leftovers": entry.leftovers,
        "slow": entry.pace.slow,  # the "wolniej" variant (issue 25)
    }


def _variants(prompt_id: str, lang: str = "pl") -> list[dict]:
    line = _runtime().lines.get(lang) if lang != "pl" else None
    if lang != "pl" and line is None:
        return []  # the translation is not offered now: no catalogue, nothing recorded
    catalogue = line.catalogue if line else _runtime().catalogue
    return [audio_state(e, lang) for e in catalogue if e.id == prompt_id or e.id.startswith(prompt_id + ".")]


# ---------------------------------------------------------------- home


@bp.get("/")
def home():
    from ivr.audio.build import status as audio_status

    runtime = _runtime()
    report = audio_status(runtime.catalogue, runtime.settings.audio_dir)
    history = services().store.history()
    return render_template(
        "staff/home.html",
        audio=report,
        voices=voices(report),
        last_change=history[0] if history else None,
        build=services().builds.status(),
        open_messages=_open_messages_count(),
        jobs=_jobs_summary(),
    )


# ---------------------------------------------------------------- saving forms


class BrokenFile(Exception):
    pass


def read_content(lang: str = "pl") -> tuple[Snapshot, dict]:
    snapshot = services().store_for(lang).read()
    try:
        return snapshot, tomllib.loads(snapshot.text)
    except tomllib.TOMLDecodeError as exc:
        raise BrokenFile(str(exc)) from None


@bp.errorhandler(ContentUnreadable)
def _unreadable_file(exc):
    from ivr.call.content_errors import error_parts, polish_message

    return render_template("staff/error.html", title="Nie da się odczytać pliku z treścią", message=(
        f"{polish_message(error_parts(exc)[2])} Infolinia działa dalej z poprzednią treścią. Stron do edycji "
        "nie można używać, dopóki administrator nie naprawi pliku pl.toml (ivr doctor pokaże, co jest nie tak)."
    )), 503


@bp.errorhandler(BrokenFile)
def _broken_file(exc):
    return render_template("staff/error.html", title="Plik z treścią jest uszkodzony", message=(
        f"Pliku pl.toml nie da się odczytać (błąd zapisu: {exc}). Zapewne ktoś zmienił go ręcznie. "
        "Infolinia działa dalej z poprzednią treścią. Aby znów edytować, proszę przywrócić ostatnią "
        "dobrą wersję na stronie „Historia zmian” albo poprawić plik."
    )), 503


def _save_form(keys: list[str], render: Callable[..., Any], done_url: str,
               submitted: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
               shown: Mapping[str, str] | None = None, warn: bool = False, saved_message: str | None = None,
               lang: str = "pl", extra_check: Callable[[Any], Mapping[str, str]] | None = None):
    """Validate and save a form of content fields; on trouble, render it again with messages.
    `submitted` replaces the raw form fields, `errors` are found before the loader's own,
    `shown` is what the form shows again; `warn`: the saved text has pronunciation warnings.
    `lang`: the language file the fields are in (uk.toml is checked with pl.toml's facts);
    `extra_check(edit)`: more errors by field, found on the edited text (placeholders of a translation)."""
    store = services().store_for(lang)
    submitted = dict(submitted) if submitted is not None else {key: request.form.get(key, "") for key in keys}
    base = request.form.get("base", "")
    snapshot, raw = read_content(lang)
    if base != snapshot.version:
        return _conflict(snapshot, raw, submitted, render, lang)
    facts = tomllib.loads(services().store.read().text) if lang != "pl" else None
    result = edit(snapshot.text, store.path, submitted, lang=lang, facts=facts)
    if result.ok and result.text is not None and extra_check:
        result.errors.update(extra_check(result))
    if errors or not result.ok:
        return render(raw=raw, base=snapshot.version, values=shown or submitted, errors={**result.errors, **(errors or {})},
                      general=result.general), 422
    if result.text is None:
        flash("Nic nie zmieniono: formularz jest taki sam jak zapisana treść.", "info")
        return redirect(done_url)
    try:
        content, _entry = store.save(result.text, base, current_login())
    except ConflictError:
        snapshot, raw = read_content(lang)
        return _conflict(snapshot, raw, submitted, render, lang)
    except ContentError as exc:  # the store validates again; should not differ from edit()
        key, message = split_error(exc, store.path)
        return render(raw=raw, base=snapshot.version, values=submitted, errors={},
                      general=[f"{field_label(key)}: {polish_message(message)}"]), 422
    load_saved(content)
    flash(
        saved_message or
        "Zapisano zmiany. Linia telefoniczna już używa nowej treści. Nagrania zmienionych tekstów "
        "trzeba wygenerować ponownie – do tego czasu czyta je lektor Twilio. Poprzednią wersję można "
        "przywrócić na stronie „Historia zmian”.",
        "success",
    )
    if warn:
        flash(WARNED_SAVE, "warning")
    return redirect(done_url)


def load_saved(content) -> None:
    """The line uses a just-saved content now. A translation (uk.toml) is part of the line built
    from pl.toml: the line is built again from the Polish file, which takes the new translation."""
    if content.lang == "pl":
        _runtime().load_saved(content)
        return
    store = services().store
    try:
        polish = store.validate(store.read().text)
    except ContentError:  # pl.toml itself is broken: the line keeps its content; the next check logs it
        return
    _runtime().load_saved(polish)


def _conflict(snapshot: Snapshot, raw: dict, submitted: Mapping[str, str], render, lang: str = "pl"):
    newest = services().store_for(lang).history()
    entry = newest[0] if newest else None
    who = f" ({author(entry.login)}, {when(entry.saved_at)})" if entry else ""
    mine = {k: v for k, v in submitted.items() if v.strip() != display_value(raw, k)}
    message = (
        f"Nie zapisano zmian: w tym czasie ktoś inny zapisał nowszą wersję treści{who}. "
        "Formularz pokazuje teraz tę nowszą wersję. Państwa niezapisane teksty są niżej – "
        "proszę nanieść zmiany jeszcze raz i zapisać."
    )
    return render(raw=raw, base=snapshot.version, values=None, errors={}, general=[],
                  conflict=message, mine=mine), 409


# ---------------------------------------------------------------- prompts


def with_examples(text: str, values: Mapping[str, str]) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    """A text's pieces with each {placeholder} as the example it stands for (piece, placeholder name),
    and a note per placeholder used: (example, what the line puts there)."""
    import re

    from ivr.web.staff.editing import PLACEHOLDER_HELP

    pieces, notes = [], {}
    last = 0
    for found in re.finditer(r"\{([a-z_]+)\}", text):
        name = found[1]
        example = values.get(name)
        if example is None:
            continue  # unknown: shown as typed (the edit page explains)
        pieces.append((text[last:found.start()], None))
        example = " ".join(example.split())
        pieces.append((example, name))
        notes.setdefault(name, (example, PLACEHOLDER_HELP.get(name, "")))
        last = found.end()
    pieces.append((text[last:], None))
    return pieces, list(notes.values())


TRANSLATION = "uk"  # the language shown beside Polish on the prompt pages
# For clerks who may not read Ukrainian: what the Ukrainian column is, and what its checks do.
TRANSLATION_NOTE = (
    "Tekst po ukraińsku wpisuje lub wkleja osoba, która zna ten język (np. tłumacz). Nie trzeba go "
    "rozumieć, aby go zapisać: program sprawdza, czy ma te same znaczniki (w nawiasach klamrowych) i te same "
    "liczby co tekst polski, i nie zapisze tekstu, który się z nim nie zgadza."
)


def missing_translation_note(prompt_id: str) -> str:
    """What a missing Ukrainian text means for callers, in a clerk's words."""
    from ivr.call.content import OPTIONAL_PROMPTS

    if prompt_id in OPTIONAL_PROMPTS:
        return "Ten tekst jest nieobowiązkowy: dopóki go nie ma, infolinia po prostu go pomija."
    return ("Dopóki go nie ma, infolinia nie mówi po ukraińsku: wszyscy dzwoniący, także z numerów ukraińskich, "
            "słyszą ją po polsku.")


def _translation_raw() -> dict | None:
    """uk.toml's data, or None when it cannot be read (the pages then say the translation is missing)."""
    try:
        return read_content(TRANSLATION)[1]
    except (ContentUnreadable, BrokenFile):
        return None


def _translated_content(lang: str):
    """The content of a translation the line uses now, or None when it is not offered."""
    line = _runtime().lines.get(lang)
    return line.content if line is not None else None


@bp.get("/prompts")
def prompts():
    snapshot, raw = read_content()
    content = _runtime().content
    today = _runtime().now().date()
    other_raw = _translation_raw()
    other = _translated_content(TRANSLATION)
    from ivr.call.content import TRANSLATION_PROMPTS

    items = []
    for prompt_id in [*raw.get("prompts", {}), *TRANSLATION_PROMPTS]:
        uk_only = prompt_id in TRANSLATION_PROMPTS
        variants = _variants(prompt_id, TRANSLATION if uk_only else "pl")
        text = display_value(raw, f"prompts.{prompt_id}.text")
        pieces, notes = with_examples(text, {**content.values, **example_values(content, prompt_id, today)})
        translated = display_value(other_raw, f"prompts.{prompt_id}.text") if other_raw is not None else ""
        uk_pieces = []
        if translated:
            base = other or content
            uk_pieces, _ = with_examples(translated, {**base.values, **example_values(base, prompt_id, today)})
        items.append({
            "id": prompt_id,
            "title": prompt_title(prompt_id),
            "text": text, "pieces": pieces, "notes": notes,
            "spoken": display_value(raw, f"prompts.{prompt_id}.spoken"),
            "variants": variants,
            "leftovers": list(dict.fromkeys(left for v in variants for left in v["leftovers"])),
            "uk_text": translated, "uk_pieces": uk_pieces, "uk_only": uk_only,
            "uk_missing": missing_translation_note(prompt_id) if not translated else None,
        })
    saved = request.args.get("zapisano")
    return render_template("staff/prompts.html", items=items, missing=[i for i in items if i["uk_missing"]],
                           translation_note=TRANSLATION_NOTE,
                           saved=saved if any(item["id"] == saved for item in items) else None)


def _field_name(lang: str, key: str) -> str:
    """The form field of a content key: the Polish key itself, a translation's prefixed ("uk.prompts.x.text")."""
    return key if lang == "pl" else f"{lang}.{key}"


def _placeholder_errors(prompt_id: str, lang: str):
    """For a translation: its text must keep pl.toml's placeholders and numbers (callers would
    hear no number, or another one), checked on the edited text before it is saved."""
    from ivr.call.translations import NUMBERS, PLACEHOLDERS, compare, polish_line

    def check(result) -> dict[str, str]:
        polish = tomllib.loads(services().store.read().text)
        mine = {"prompts": {prompt_id: tomllib.loads(result.text).get("prompts", {}).get(prompt_id, {})}}
        ours = {"prompts": {prompt_id: polish.get("prompts", {}).get(prompt_id, {})}}
        gaps = [g for g in compare(ours, mine) if g.kind in (PLACEHOLDERS, NUMBERS)]
        if not gaps:
            return {}
        message = " ".join(polish_line(g, lang).split("] ", 1)[1] + "." for g in gaps)
        return {f"prompts.{prompt_id}.text": message[0].upper() + message[1:]}

    return check


@bp.route("/prompts/<prompt_id>", methods=["GET", "POST"])
def prompt_edit(prompt_id: str):
    """One prompt in both languages, side by side: each language its own form (its own version,
    save and check), so saving one leaves the other file as it is."""
    from ivr.call.content import TRANSLATION_PROMPTS

    _snapshot, raw = read_content()
    uk_only = prompt_id in TRANSLATION_PROMPTS  # a sentence only the Ukrainian line says
    if prompt_id not in raw.get("prompts", {}) and not uk_only:
        abort(404)
    languages = (TRANSLATION,) if uk_only else ("pl", TRANSLATION)
    keys = [f"prompts.{prompt_id}.text", f"prompts.{prompt_id}.spoken"]
    today = _runtime().now().date()
    posted = request.form.get("jezyk", "pl") if request.method == "POST" else None
    if posted not in (None, *languages):
        abort(400)

    def content_of(lang):
        return _runtime().content if lang == "pl" else (_translated_content(lang) or _polish_as(lang))

    def review_of(lang, values):
        content = content_of(lang)
        return prompt_review(content, prompt_id, values[keys[0]], values[keys[1]],
                             example_values(content, prompt_id, today))

    def side(lang, raw, base, values=None, errors=None, general=None, conflict=None, mine=None, checked=False):
        """One language's column: its values, messages and recordings."""
        unreadable = raw is None
        values = values or {k: display_value(raw or {}, k) for k in keys}
        content = content_of(lang)
        name = lambda key: _field_name(lang, key)  # noqa: E731
        return {
            "lang": lang, "names": [name(k) for k in keys], "base": base, "unreadable": unreadable,
            "fields": {name(k): v for k, v in values.items()},
            "errors": {name(k): v for k, v in (errors or {}).items()}, "general": general or [],
            "conflict": conflict, "mine": {name(k): v for k, v in (mine or {}).items()},
            "review": review_of(lang, values), "examples": example_values(content, prompt_id, today),
            "checked": checked, "variants": _variants(prompt_id, lang),
            "missing": (missing_translation_note(prompt_id) if lang != "pl" and not values[keys[0]].strip() else None),
            "offered": lang == "pl" or _translated_content(lang) is not None,
            "suffix": "" if lang == "pl" else f"-{lang}",
        }

    def page(sides, status=200):
        labels = {}
        for each in sides.values():
            where = "" if each["lang"] == "pl" else " po ukraińsku"
            labels |= {each["names"][0]: f"Tekst{where}", each["names"][1]: f"Wymowa{where} (nieobowiązkowo)"}
        posted_side = sides.get(posted or languages[0])
        return render_template(
            "staff/prompt_edit.html", prompt_id=prompt_id, title=prompt_title(prompt_id), sides=sides,
            labels=labels, shown=posted_side, placeholders=placeholders_for(prompt_id),
            translation_note=TRANSLATION_NOTE,
            saved=request.method == "GET" and request.args.get("zapisano") == "1",
            saved_lang=request.args.get("jezyk", "pl"),
        ), status

    def fresh(lang):
        try:
            snapshot, raw = read_content(lang)
        except (ContentUnreadable, BrokenFile):
            if lang == "pl":
                raise
            return side(lang, None, "")
        return side(lang, raw, snapshot.version)

    def render_for(lang):
        """The render callback of _save_form for one language: the other column as saved."""
        def render(raw, base, values=None, errors=None, general=None, conflict=None, mine=None, checked=False):
            sides = {code: fresh(code) for code in languages if code != lang}
            sides[lang] = side(lang, raw, base, values, errors, general, conflict, mine, checked)
            html, _ = page({code: sides[code] for code in languages})
            return html
        return render

    if request.method == "GET":
        return page({code: fresh(code) for code in languages})
    lang = posted
    submitted = {key: request.form.get(_field_name(lang, key), "") for key in keys}
    render = render_for(lang)
    if request.form.get("action") == "check":
        return _check_prompt(submitted, render, lang)
    # Compared with the Polish text, which a sentence only the translation says does not have.
    extra = _placeholder_errors(prompt_id, lang) if lang != "pl" and not uk_only else None
    if review_of(lang, submitted).leftovers:
        # Saved all the same (staff may know better), but back on this page with its warnings.
        done = url_for("staff.prompt_edit", prompt_id=prompt_id, zapisano=1, jezyk=None if lang == "pl" else lang, _anchor="zapisano")
        return _save_form(keys, render, done, submitted, warn=True, lang=lang, extra_check=extra)
    # The saved prompt in the list, with the message next to it (the list is long).
    done = url_for("staff.prompts", zapisano=prompt_id, _anchor="zapisano")
    return _save_form(keys, render, done, submitted, lang=lang, extra_check=extra)


def _polish_as(lang: str):
    """The Polish content under another language's code: the facts and acronyms for the preview of
    a translation the line does not offer now (its file is missing or incomplete)."""
    from dataclasses import replace

    return replace(_runtime().content, lang=lang)


def _check_prompt(submitted: Mapping[str, str], render, lang: str = "pl"):
    """"Sprawdź wymowę": the form again as typed, its spoken form and warnings; nothing saved.
    The loader's objections are shown too, so a check finds everything a save would refuse."""
    snapshot, raw = read_content(lang)
    facts = tomllib.loads(services().store.read().text) if lang != "pl" else None
    result = edit(snapshot.text, services().store_for(lang).path, submitted, lang=lang, facts=facts)
    base = request.form.get("base", "")  # the version the form was opened on: a later save still sees a conflict
    status = 200 if result.ok else 422
    return render(raw=raw, base=base, values=submitted, errors=result.errors, general=result.general, checked=True), status


# ---------------------------------------------------------------- hours


HOURS_KEYS = hours_form.DAY_KEYS + [hours_form.CLOSURES]


@bp.route("/hours", methods=["GET", "POST"])
def hours():
    def render(raw, base, values=None, errors=None, general=None, conflict=None, mine=None):
        values = values or {k: display_value(raw, k) for k in HOURS_KEYS}
        closures = hours_form.closure_fields(values)
        content = _runtime().content
        labels = {**{f"hours.{d}": WEEKDAY_NAMES[d] for d in WEEKDAY_KEYS}, "hours.closures": "Dodatkowe dni zamknięcia"}
        labels |= {key: f"Dzień zamknięcia nr {n}" for n, (key, _) in enumerate(closures, 1)}
        return render_template(
            "staff/hours.html", days=WEEKDAY_KEYS, values=values, errors=errors or {}, general=general or [],
            base=base, conflict=conflict, mine=mine or {}, spoken_hours=content.values.get("godziny", ""),
            labels=labels, closures=closures, formats=hours_form.FORMATS,
        )

    if request.method == "POST":
        today = datetime.now(WARSAW).date()
        submitted, errors, shown = hours_form.read(request.form, today)
        return _save_form(HOURS_KEYS, render, url_for("staff.hours"), submitted, errors, shown)
    snapshot, raw = read_content()
    return render(raw, snapshot.version)


# ---------------------------------------------------------------- history


HISTORY_SUMMARIES = 60  # the newest versions get a line of what changed in them


def _version_text(store, name: str) -> str | None:
    try:
        return store.read_version(name)
    except HistoryNotFound:
        return None


def _history_lang(value: str | None) -> str:
    """The language of a history page: ?jezyk=uk, or a version's file name ("uk.<time>.<login>.toml")."""
    from ivr.call.languages import LANGUAGES

    code = (value or "pl").split(".")[0]
    return code if code in LANGUAGES else "pl"


@bp.get("/history")
def history():
    from ivr.web.staff.history_words import changes, summary

    lang = _history_lang(request.args.get("jezyk"))
    store = services().store_for(lang)
    snapshot = store.read()
    current = store.find_version(snapshot.version)  # the newest kept version equal to the file
    entries = store.history()
    texts = [_version_text(store, e.name) for e in entries[:HISTORY_SUMMARIES + 1]]
    summaries = {}
    for index, entry in enumerate(entries[:HISTORY_SUMMARIES]):
        newer, older = texts[index], texts[index + 1] if index + 1 < len(texts) else None
        summaries[entry.name] = summary(changes(older, newer)) if newer and older else "najstarsza zachowana wersja"
    return render_template("staff/history.html", entries=entries, current=current.name if current else None,
                           base=snapshot.version, summaries=summaries, lang=lang)


@bp.get("/history/<name>")
def history_version(name: str):
    store = services().store_for(_history_lang(name))
    try:
        text = store.read_version(name)
    except HistoryNotFound:
        abort(404)
    from ivr.web.staff.history_words import changes

    entries = store.history()
    position = next((i for i, e in enumerate(entries) if e.name == name), None)
    entry = entries[position] if position is not None else None
    previous = entries[position + 1] if position is not None and position + 1 < len(entries) else None
    previous_text = _version_text(store, previous.name) if previous else None
    snapshot = store.read()
    diff = list(difflib.unified_diff(
        snapshot.text.splitlines(), text.splitlines(), "obecna wersja", "ta wersja", lineterm="", n=2,
    ))[2:]
    return render_template(
        "staff/history_version.html", entry=entry, text=text, diff=diff,
        is_current=text == snapshot.text, base=snapshot.version,
        made=changes(previous_text, text) if previous_text is not None else None, previous=previous,
        restoring=changes(snapshot.text, text),
    )


@bp.post("/history/<name>/restore")
def history_restore(name: str):
    lang = _history_lang(name)
    store = services().store_for(lang)
    try:
        content, _entry = store.restore(name, request.form.get("base", ""), current_login())
    except HistoryNotFound:
        abort(404)
    except ConflictError:
        flash("Nie przywrócono: w tym czasie ktoś zapisał nowszą wersję treści. Proszę sprawdzić listę "
              "wersji i spróbować jeszcze raz.", "error")
        return redirect(url_for("staff.history", jezyk=None if lang == "pl" else lang)), 303
    except ContentError as exc:
        key, message = split_error(exc, store.path)
        where = f"{field_label(key)}: " if key else ""
        flash(f"Tej wersji nie można przywrócić, bo zawiera błąd. {where}{polish_message(message)}", "error")
        return redirect(url_for("staff.history_version", name=name)), 303
    load_saved(content)
    entry = next((e for e in store.history() if e.name == name), None)
    flash(f"Przywrócono wersję z {when(entry.saved_at) if entry else name}. Linia już jej używa; "
          "poprzednia wersja pozostała w historii. Proszę wygenerować nagrania.", "success")
    return redirect(url_for("staff.history", jezyk=None if lang == "pl" else lang)), 303


# ---------------------------------------------------------------- audio build


@bp.get("/audio")
def audio():
    return _render_audio()


def _render_audio(raw=None, base=None, values=None, errors=None, general=None, conflict=None, mine=None,
                  estimate=None):
    """The Nagrania page: the voices callers hear, the [voice] form with the measured pace, the build."""
    from ivr.audio.build import status as audio_status

    runtime = _runtime()
    report = audio_status(runtime.catalogue, runtime.settings.audio_dir)
    if raw is None or base is None:
        snapshot, raw = read_content()
        base = snapshot.version
    return render_template(
        "staff/audio.html", build=services().builds.status(), engines=_engine_choices(),
        audio=report, voices=voices(report), voice_fields=VOICE_FIELDS,
        voice_values=values or {key: display_value(raw, key) for key in VOICE_KEYS},
        voice_errors=errors or {}, voice_general=general or [], conflict=conflict, mine=mine or {}, base=base,
        pace=voice_form.measured_pace(report, runtime.settings.audio_dir), estimate=estimate,
        aim=per_second_pl(AIM), fast=per_second_pl(FAST),
    )


def _engine_choices() -> list[tuple[str, str]]:
    """The voices staff may choose: the official ones only when their key is set."""
    from ivr.audio.build import auto_chain
    from ivr.audio.engines import OFFICIAL
    from ivr.audio.voices import LABELS

    chain = auto_chain()
    labels = dict(ENGINE_LABELS)
    if chain[0] in OFFICIAL:
        best = LABELS["azure" if chain[0] == "azure" else "google_cloud"]
        labels["auto"] = (f"Automatycznie: {best}, a gdy jest niedostępny – naturalny głos Google, "
                          "potem głos robota (espeak)")
    return [(e, labels[e]) for e in ENGINE_CHOICES if e not in OFFICIAL or e in chain]


@bp.post("/audio/voice")
def audio_voice():
    """Save tempo and pauses, and record every prompt anew; or ("Sprawdź tempo") only show the
    pace the new tempo would give."""
    runtime = _runtime()
    before = runtime.content.voice
    if request.form.get("action") == "preview":
        submitted = {key: request.form.get(key, "") for key in VOICE_KEYS}
        measured = voice_form.measured_pace(audio_status(runtime.catalogue, runtime.settings.audio_dir),
                                            runtime.settings.audio_dir)
        return _render_audio(values=submitted, estimate=voice_form.estimate(measured, before.tempo,
                                                                            submitted["voice.tempo"]))
    response = _save_form(VOICE_KEYS, _render_audio, url_for("staff.audio"), saved_message=voice_form.REBUILD_STARTED)
    if _runtime().content.voice != before and not services().builds.start("auto", current_login()):
        flash(voice_form.REBUILD_WAITING, "info")
    return response


@bp.post("/audio/build")
def audio_build():
    engine = request.form.get("engine", "auto")
    if engine not in ENGINE_CHOICES:
        engine = "auto"
    if services().builds.start(engine, current_login()):
        flash("Rozpoczęto generowanie nagrań. Postęp widać poniżej.", "success")
    else:
        flash("Nagrania są już generowane. Drugie generowanie nie zostało uruchomione – proszę poczekać "
              "na zakończenie obecnego.", "info")
    return redirect(url_for("staff.audio")), 303


@bp.get("/audio/status.json")
def audio_status_json():
    return jsonify(services().builds.status())


# ---------------------------------------------------------------- phone simulator


@bp.get("/simulator")
def simulator():
    from ivr.web.staff.phone import simulate

    from ivr.web.staff.voice_samples import listed

    return render_template("staff/simulator.html", voice_samples=listed(_runtime()),
                           **simulate(request.args, _runtime()))


@bp.post("/simulator/clear")
def simulator_clear():
    from ivr.web.staff.phone import clear_simulated

    removed = clear_simulated(_runtime())
    flash(f"Wyczyszczono listę symulatora ({removed}). Prawdziwe wiadomości od mieszkańców pozostały bez zmian.",
          "success")
    return redirect(url_for("staff.simulator", _anchor="symulator-lista")), 303


# ---------------------------------------------------------------- messages




def _jobs_summary() -> str | None:
    """'Zadania w kolejce: 2; nieudane: 0' (ivr worker's SMS, notices, recordings), or None."""
    from sqlalchemy.exc import SQLAlchemyError

    from ivr.jobs.summary import polish_summary

    desk = _runtime().messages
    try:
        return polish_summary(desk.jobs.counts(), desk.spool.waiting() if desk.spool else 0)
    except (SQLAlchemyError, OSError):
        return None


def _open_messages_count() -> int | None:
    return messages_page.open_count()
