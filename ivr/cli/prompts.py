"""`ivr prompts`: check the content, build and inspect the prompts' audio."""
from __future__ import annotations

import sys

import click

from ivr.cli.group import main
from ivr.cli.common import catalogue, fail, prompts_count
from ivr.config import Settings


@main.group()
def prompts() -> None:
    """Check and build the prompts' audio."""


@prompts.command()
@click.option("--quiet", is_flag=True, help="Only report problems.")
@click.option("--strict", is_flag=True, help="Exit 1 if any prompt has pronunciation warnings (e.g. before a deploy).")
def check(quiet: bool, strict: bool) -> None:
    """Validate the content and show every prompt written → spoken, with what the voice may say wrong."""
    entries = catalogue(Settings.from_env())
    warned = [entry for entry in entries if entry.leftovers]
    for entry in entries:
        if not quiet or entry.leftovers:
            click.echo(f"[{entry.id}]")
            click.echo(f"  napisane:  {' / '.join(entry.text.splitlines())}")
            click.echo(f"  mówione:   {' / '.join(entry.spoken.splitlines())}")
            if entry.leftovers:
                click.echo("  UWAGA, głos może źle przeczytać:")
                for leftover in entry.leftovers:
                    click.echo(f"    - {warning_line(leftover)}")
    # Leftovers are warnings: the voice still says something sensible. --strict makes them an error.
    click.echo(f"Treści poprawne: {prompts_count(len(entries))}, z uwagami: {len(warned)}.")
    if strict and warned:
        click.echo(f"Sprawdzenie nie przeszło (--strict): {prompts_count(len(warned))} z uwagami do wymowy. "
                   "Proszę poprawić teksty albo podać ich wymowę.", err=True)
        sys.exit(1)


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
def build_prompts(engine: str | None, jobs: int) -> None:
    """Build the audio of every prompt (only what changed) and publish it."""
    from ivr.audio.build import BuildLocked, build

    engine = engine_choice(engine)
    settings = Settings.from_env()
    entries = list(catalogue(settings, pieces=True))
    try:
        with click.progressbar(length=len(entries), label="Nagrywanie komunikatów",
                               item_show_func=lambda item: item) as bar:
            report = build(entries, settings.audio_dir, engine_name=engine, jobs=jobs,
                           progress=lambda result: bar.update(1, result.id), probe=True)
    except BuildLocked:
        fail(f"W folderze {settings.audio_dir} trwa już inne nagrywanie. Spróbuj ponownie, gdy się zakończy.")
    except ValueError as exc:  # an official voice chosen without its key or with a bad endpoint
        fail(f"Nie można użyć głosu „{engine}”: {exc}. Ustawienia opisuje README, część „Audio prompts”.")
    echo_report(report, entries, settings, engine=engine)
    if not report.ok:
        sys.exit(1)


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


def say_audio(spoken: str, path: str, engine: str, pace=None) -> None:
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
            wav, used = render_prompt(spoken, make_engine(name)), name
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
