"""`ivr prompts`: check the content, build and inspect the prompts' audio."""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field

import click

from ivr.cli.group import main
from ivr.cli.common import catalogue, fail, prompts_count
from ivr.call.translations import translations
from ivr.common.polish import plural
from ivr.config import Settings

log = logging.getLogger(__name__)


@main.group()
def prompts() -> None:
    """Check and build the prompts' audio."""


@prompts.command()
@click.option("--quiet", is_flag=True, help="Only report problems.")
@click.option("--strict", is_flag=True, help="Exit 1 if any prompt has pronunciation warnings (e.g. before a deploy).")
def check(quiet: bool, strict: bool) -> None:
    """Validate the content and show every prompt written → spoken, with what the voice may say wrong;
    then each translation (prompts/uk.toml): every key missing, every placeholder or number that differs."""
    settings = Settings.from_env()
    entries = catalogue(settings)
    warned = [entry for entry in entries if entry.leftovers]
    _echo_entries(entries, quiet)
    failed = []
    for lang in translations(settings.content_dir):
        outcome = check_translation(settings, lang, quiet)
        warned += outcome.warned
        if outcome.errors:
            failed.append(outcome)
    # Leftovers are warnings: the voice still says something sensible. --strict makes them an error.
    click.echo(f"Treści poprawne: {prompts_count(len(entries))}, z uwagami: {len(warned)}.")
    for outcome in failed:
        click.echo(f"Sprawdzenie nie przeszło: tłumaczenie {outcome.file} ma {outcome.errors} "
                   f"{plural(outcome.errors, 'błąd', 'błędy', 'błędów')} (wymienione wyżej).", err=True)
    if failed:
        sys.exit(1)
    if strict and warned:
        click.echo(f"Sprawdzenie nie przeszło (--strict): {prompts_count(len(warned))} z uwagami do wymowy. "
                   "Proszę poprawić teksty albo podać ich wymowę.", err=True)
        sys.exit(1)


def _echo_entries(entries, quiet: bool, prefix: str = "") -> None:
    for entry in entries:
        if not quiet or entry.leftovers:
            click.echo(f"[{prefix}{entry.id}]")
            click.echo(f"  napisane:  {' / '.join(entry.text.splitlines())}")
            click.echo(f"  mówione:   {' / '.join(entry.spoken.splitlines())}")
            if entry.leftovers:
                click.echo("  UWAGA, głos może źle przeczytać:")
                for leftover in entry.leftovers:
                    click.echo(f"    - {warning_line(leftover)}")


@dataclass
class TranslationCheck:
    file: str
    errors: int = 0  # missing texts, differing placeholders or numbers, a file that does not load
    warned: list = field(default_factory=list)  # its prompts with pronunciation warnings


def check_translation(settings: Settings, lang: str, quiet: bool) -> TranslationCheck:
    """Print what a translation lacks or says differently, then its prompts as `check` does."""
    from ivr.call.content import ContentError
    from ivr.call.content_errors import describe
    from ivr.call.languages import LANGUAGES
    from ivr.call.translations import compare_files, polish_line

    language = LANGUAGES[lang]
    outcome = TranslationCheck(language.file)
    try:
        gaps = compare_files(settings.content_dir, lang)
    except ContentError as exc:
        click.echo(f"Tłumaczenie {language.name_pl_locative} ({language.file}): {describe(exc)}")
        outcome.errors = 1
        return outcome
    for gap in gaps:
        log.warning("translation %s: %s", language.file, gap.english(lang))
    errors = [gap for gap in gaps if gap.is_error]
    if gaps:
        click.echo(f"Tłumaczenie {language.name_pl_locative} ({language.file}): "
                   f"braki i różnice względem pl.toml: {len(errors)}, ogłoszenia bez tłumaczenia: {len(gaps) - len(errors)}.")
        for gap in gaps:
            click.echo(f"  - {polish_line(gap, lang)}")
    try:
        entries = translation_catalogue(settings, lang)
    except ContentError as exc:
        log.error("translation %s does not load: %s", language.file, exc)
        click.echo(f"Tłumaczenie {language.name_pl_locative} się nie wczytuje: {describe(exc)}")
        outcome.errors = max(1, len(errors))
        return outcome
    outcome.errors = len(errors)
    outcome.warned = [entry for entry in entries if entry.leftovers]
    _echo_entries(entries, quiet, prefix=f"{lang}:")
    if not quiet:
        click.echo(f"Tłumaczenie {language.name_pl_locative} ({language.file}): {prompts_count(len(entries))}, "
                   f"z uwagami: {len(outcome.warned)}, braki: {len(errors)}.")
    return outcome


def translation_catalogue(settings: Settings, lang: str, pieces: bool = False):
    """Every prompt the line can say today in a translation (ContentError when it does not load)."""
    from ivr.call.catalogue import Catalogue
    from ivr.call.content import load_content
    from ivr.call.schedule import now_in_warsaw
    from ivr.runtime import make_schedule

    content = load_content(settings.content_dir, lang=lang)
    return Catalogue(content, make_schedule(content), now_in_warsaw().date(), pieces=pieces)


def warning_line(leftover) -> str:
    """One leftover and its suggestion, the piece named once."""
    if f"„{leftover.text}”" in leftover.suggestion:
        return leftover.suggestion
    return f"„{leftover.text}”: {leftover.suggestion}"


def warnings_summary(entries) -> list[str]:
    """The build summary's lines for prompts with leftovers: id and pieces."""
    warned = [entry for entry in entries if entry.leftovers]
    if not warned:
        return []
    lines = [f"Z uwagami do wymowy: {prompts_count(len(warned))} (szczegóły: ivr prompts check --quiet)"]
    for entry in warned:
        pieces = ", ".join(f"„{leftover.text}”" for leftover in entry.leftovers)
        lines.append(f"  - {entry.id}: {pieces}")
    return lines


ENGINE_CHOICE = click.Choice(["auto", "azure", "google", "gtts", "espeak"])
ENGINE_HELP = ("auto (default, or IVR_TTS_ENGINE): the configured official voice (Azure, Google Cloud), else Google's "
               "free voice (gTTS), else the offline espeak voice, per prompt; azure / google / gtts / espeak: that one only.")
# Who failed, in the words of the build summary.
PROVIDERS = {"azure": "Azure", "google": "Google Cloud", "gtts": "Google"}


def engine_choice(engine: str | None) -> str:
    """--engine, else IVR_TTS_ENGINE, else auto."""
    import os

    chosen = engine or os.environ.get("IVR_TTS_ENGINE", "").strip().lower() or "auto"
    if chosen not in ENGINE_CHOICE.choices:
        fail(f"Nieznany głos w IVR_TTS_ENGINE: „{chosen}”. Dozwolone: {', '.join(ENGINE_CHOICE.choices)}.")
    return chosen


def money(amount: float) -> str:
    return f"{amount:.2f}".replace(".", ",")


def characters_lines(report) -> list[str]:
    """Characters sent to each engine that takes text over the network, and the cost of the paid ones."""
    parts = []
    for engine, count in report.characters.items():
        if engine == "espeak" or not count:
            continue
        cost = report.cost(engine)
        price = report.prices.get(engine)
        if cost is None:
            parts.append(f"{engine} {count} (bezpłatnie)")
        else:
            parts.append(f"{engine} {count} (szacunkowy koszt {money(cost)} USD przy cenie {money(price)} USD "
                         "za milion znaków)")
    return [f"Wysłane znaki: {'; '.join(parts)}."] if parts else []


def _reasons(errors, most: int = 3) -> list[str]:
    """Distinct technical reasons, the informative ones first ("skipped" says only that Google was down)."""
    found = list(dict.fromkeys(errors))
    found.sort(key=lambda e: "skipped" in e)
    return found[:most]


@prompts.command("build")
@click.option("--engine", type=ENGINE_CHOICE, default=None, help=ENGINE_HELP)
@click.option("--jobs", type=click.IntRange(1, 32), default=4, show_default=True, help="Requests to the voice engine at the same time.")
@click.option("--lang", "langs", type=click.Choice(["pl", "uk", "all"]), default="pl", show_default=True,
              help="Which language's audio: pl, uk (into audio/uk/), or all. Every build first checks that each "
                   "translation (prompts/uk.toml) has every prompt, and refuses otherwise.")
def build_prompts(engine: str | None, jobs: int, langs: str) -> None:
    """Build the audio of every prompt (only what changed) and publish it."""
    from ivr.audio.build import BuildLocked, build, language_audio_dir

    engine = engine_choice(engine)
    settings = Settings.from_env()
    entries = list(catalogue(settings, pieces=True))
    translated = refuse_incomplete_translations(settings, pieces=True)
    wanted = [lang for lang in ("uk",) if langs in (lang, "all")]
    for lang in wanted:
        if lang not in translated:
            fail(f"Nie można nagrać komunikatów: brak pliku prompts/{lang}.toml.")
    ok = True
    if langs != "uk":
        try:
            with click.progressbar(length=len(entries), label="Nagrywanie komunikatów",
                                   item_show_func=lambda item: item) as bar:
                report = build(entries, settings.audio_dir, engine_name=engine, jobs=jobs,
                               progress=lambda result: bar.update(1, result.id), probe=True)
        except BuildLocked:
            fail(f"W folderze {settings.audio_dir} trwa już inne nagrywanie. Spróbuj ponownie, gdy się zakończy.")
        except ValueError as exc:  # an official voice chosen without its key or with a bad endpoint
            fail(f"Nie można użyć głosu „{engine}”: {exc}. Ustawienia opisuje docs/audio.md.")
        echo_report(report, entries, settings, engine=engine)
        ok = report.ok
    for lang in wanted:  # each translation into its own namespace: audio/uk/
        ok = build_language(translated[lang], language_audio_dir(settings.audio_dir, lang), engine, jobs, lang,
                            settings) and ok
    if not ok:
        sys.exit(1)


def refuse_incomplete_translations(settings: Settings, pieces: bool = False) -> dict:
    """lang -> its catalogue, for every translation in the content folder; a translation that does
    not load (a prompt the line can play has no text in it) stops the build: in Polish for staff,
    in English in the log."""
    from ivr.call.content import ContentError
    from ivr.call.content_errors import describe
    from ivr.call.languages import LANGUAGES

    found = {}
    for lang in translations(settings.content_dir):
        try:
            found[lang] = list(translation_catalogue(settings, lang, pieces=pieces))
        except ContentError as exc:
            log.error("build refused: translation %s does not load: %s", LANGUAGES[lang].file, exc)
            fail(f"Nie można nagrać komunikatów: tłumaczenie {LANGUAGES[lang].name_pl_locative} jest niepełne "
                 f"albo błędne: {describe(exc)} Szczegóły: ivr prompts check.")
    return found


def build_language(entries, audio_dir, engine: str, jobs: int, lang: str, settings: Settings) -> bool:
    """Build one translation's audio into its own folder and print what happened, as for Polish;
    whether every prompt has audio."""
    from ivr.audio.build import BuildLocked, build
    from ivr.call.languages import LANGUAGES

    label = f"Nagrywanie komunikatów ({LANGUAGES[lang].name_pl_locative})"
    try:
        with click.progressbar(length=len(entries), label=label, item_show_func=lambda item: item) as bar:
            report = build(entries, audio_dir, engine_name=engine, jobs=jobs,
                           progress=lambda result: bar.update(1, result.id), probe=True, lang=lang)
    except BuildLocked:
        fail(f"W folderze {audio_dir} trwa już inne nagrywanie. Spróbuj ponownie, gdy się zakończy.")
    except ValueError as exc:
        fail(f"Nie można użyć głosu „{engine}”: {exc}. Ustawienia opisuje README, część „Audio prompts”.")
    click.echo(f"{LANGUAGES[lang].name_pl_locative.capitalize()} ({audio_dir}):")
    echo_report(report, entries, replace_audio_dir(settings, audio_dir), engine=engine)
    return report.ok


def replace_audio_dir(settings: Settings, audio_dir) -> Settings:
    from dataclasses import replace

    return replace(settings, audio_dir=audio_dir)


def echo_report(report, entries, settings, brief: bool = False, engine: str = "auto") -> None:
    """What a build did, in Polish. `brief` (the start of `ivr serve --build`): only problems,
    and nothing when there is none (the start's summary names the voice)."""
    import textwrap

    from ivr.common.polish import plural

    backups = list(dict.fromkeys(r.engine for r in report.results if r.status == "fell_back")) or ["espeak"]
    if not brief:
        click.echo(f"Zbudowano: {len(report.built)}, bez zmian: {len(report.reused)}, "
                   f"głos zapasowy ({', '.join(backups)}): {len(report.fell_back)}, "
                   f"błędy: {len(report.failed) + len(report.kept)}.")
        for line in characters_lines(report):
            click.echo(line)
        from ivr.audio.build import status as audio_status
        from ivr.audio.voices import summary_line

        after = audio_status(entries, settings.audio_dir)
        click.echo(summary_line(after))  # which voice callers hear, in one line
        pace = pace_line(after, settings.audio_dir)
        if pace:
            click.echo(pace)
        for line in warnings_summary(entries):
            click.echo(line)
    for notice in report.notices:
        click.echo(f"Uwaga: {notice}", err=True)
    if report.fell_back and not brief:
        main_voice = PROVIDERS.get(_main_engine(engine), "Google")
        click.echo(f"Głosem zapasowym ({', '.join(backups)}) nagrano {prompts_count(len(report.fell_back))}, "
                   f"bo {main_voice} nie zadziałał; następne budowanie znów spróbuje {main_voice}.")
        if len(report.fell_back) <= FALLBACK_IDS_SHOWN:
            click.echo(textwrap.fill(", ".join(report.fell_back), width=100, initial_indent="  Komunikaty: ",
                                     subsequent_indent="    ", break_on_hyphens=False))
        else:
            click.echo("  Lista komunikatów: ivr prompts status")
        for reason in _reasons(report.errors[pid] for pid in report.fell_back):
            click.echo(f"  Szczegóły techniczne: {reason}")
    if report.kept:
        click.echo("Nie udało się nagrać nowego głosu; zostaje poprzednie nagranie z tymi samymi słowami:", err=True)
        for prompt_id in report.kept:
            click.echo(f"  - {prompt_id}: {report.errors.get(prompt_id, '')}", err=True)
    if report.failed:
        click.echo("Bez nagrania (linia przeczyta te komunikaty głosem zastępczym):", err=True)
        for prompt_id in report.failed:
            click.echo(f"  - {prompt_id}: {report.errors.get(prompt_id, '')}", err=True)
    if report.removed and not brief:
        n = len(report.removed)
        click.echo(f"Usunięto {n} {plural(n, 'stary plik', 'stare pliki', 'starych plików')} z nagraniami.")


# More prompts than this on the fallback voice are not listed one by one (ivr prompts status does).
FALLBACK_IDS_SHOWN = 10


def _is_normal(prompt_id: str) -> bool:
    """A prompt as callers normally hear it: not a slow "wolniej" variant, not a piece of a number."""
    return not prompt_id.endswith(".slow") and not prompt_id.startswith("number.")


def pace_line(report, audio_dir) -> str | None:
    """'Tempo: mediana 3,6 sylaby/s, najszybszy goodbye (4,2 sylaby/s); za szybkich (powyżej 4,5): 0.'"""
    from ivr.audio.speech_rate import FAST, per_second_pl, rates, summary

    found = rates({k: v for k, v in report.files.items() if _is_normal(k)}, audio_dir)
    median_fastest = summary(found.values())
    if median_fastest is None:
        return None
    median, fastest = median_fastest
    fast = sum(r.fast for r in found.values())
    return (f"Tempo mowy: mediana {per_second_pl(median)}, najszybszy {fastest.id} ({per_second_pl(fastest.per_second)}); "
            f"za szybkich (powyżej {per_second_pl(FAST)}): {fast}.")


@prompts.command("status")
def prompts_status() -> None:
    """List prompts without audio, with audio of an older text, or on the offline voice; the pace of each."""
    from ivr.audio.build import status
    from ivr.audio.speech_rate import FAST, per_second_pl, rates

    settings = Settings.from_env()
    report = status(catalogue(settings, pieces=True), settings.audio_dir)
    found = rates(report.files, settings.audio_dir)
    shown = [r for pid, r in found.items() if not pid.startswith("number.")]
    if shown:
        click.echo(f"Tempo mowy nagrań (sylaby na sekundę mowy; ZA SZYBKO: powyżej {per_second_pl(FAST)}):")
        for r in shown:
            click.echo(f"  {r.id:48} {per_second_pl(r.per_second):>13}{'  ZA SZYBKO' if r.fast else ''}")
        click.echo(pace_line(report, settings.audio_dir))
    if report.pieces:
        click.echo(f"Fragmenty numerów (odczytanie numeru dzwoniącego): nagrane {report.pieces_built} z {report.pieces}"
                   + ("." if report.pieces_built == report.pieces else
                      "; gdy brakuje fragmentu, numer czyta lektor Twilio."))
    if report.old_pace:
        click.echo(f"Nagrania w poprzednim tempie lub z poprzednimi przerwami: {prompts_count(len(report.old_pace))} "
                   "(linia je gra; ivr prompts build nagra je w nowym tempie).")
    sections = [
        ("Brak nagrania (linia czyta je głosem zastępczym)", report.missing),
        ("Nieaktualne nagranie (tekst zmieniono po nagraniu; linia czyta je głosem zastępczym)", report.stale),
        ("Głos zapasowy (espeak)", [f"{pid} (Google nie zadziałał)" if fb else pid for pid, fb in report.espeak]),
    ]
    for title, ids in sections:
        if ids:
            click.echo(f"{title}: {prompts_count(len(ids))}")
            for line in ids:
                click.echo(f"  - {line}")
    if report.missing or report.stale or report.espeak:
        click.echo(f"Aktualne nagrania: {report.current} z {report.total}. Uruchom ivr prompts build, aby nagrać "
                   "brakujące i nieaktualne komunikaty oraz ponownie spróbować głosu Google.")
    else:
        click.echo(f"Wszystkie nagrania są aktualne: {prompts_count(report.total)}.")


def _main_engine(engine: str) -> str:
    """The engine the build wanted (auto: the first of its chain)."""
    if engine != "auto":
        return engine
    from ivr.audio.build import auto_chain

    return auto_chain()[0]


def say_audio(spoken: str, path: str, engine: str, pace=None, lang: str = "pl") -> None:
    """Write the mastered audio of a spoken form, as the build would make it (auto: the build's
    chain; [voice] `pace`)."""
    from pathlib import Path

    from ivr.audio.build import auto_chain, render_prompt as render
    from ivr.audio.engines import make_engine
    from ivr.audio.mastering import DEFAULT_SETTINGS

    def render_prompt(spoken, voice):
        return render(spoken, voice, DEFAULT_SETTINGS.with_pace(pace) if pace is not None else DEFAULT_SETTINGS)

    chain = auto_chain() if engine == "auto" else [engine]
    wav, used, failures = None, None, []
    for name in chain:
        try:
            voice = make_engine(name) if lang == "pl" else make_engine(name, lang=lang)
            wav, used = render_prompt(spoken, voice), name
            break
        except Exception as exc:
            failures.append(f"{PROVIDERS.get(name, name)} nie zadziałał ({exc})")
            if name == chain[-1]:
                click.echo(f"Nie udało się nagrać: {'; '.join(failures)}", err=True)
                sys.exit(1)
    if failures:
        click.echo(f"{'; '.join(failures)}; użyto głosu zapasowego ({used}).", err=True)
    Path(path).write_bytes(wav)
    click.echo(f"Zapisano nagranie: {path} (głos: {used})", err=True)


@prompts.command("samples")
def prompts_samples() -> None:
    """Record the greeting's first sentence in each available voice (the staff simulator plays them)."""
    from ivr.audio.samples import folder, record, sample_sentence

    settings = Settings.from_env()
    outcome = record(settings.audio_dir, sample_sentence(catalogue(settings)))
    for engine, error in outcome.items():
        click.echo(f"  {engine}: " + ("nagrano" if error is None else f"nie udało się ({error})"))
    click.echo(f"Próbki głosów: {folder(settings.audio_dir)} (do odsłuchania w symulatorze na stronach pracowników).")
