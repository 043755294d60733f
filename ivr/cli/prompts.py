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


ENGINE_CHOICE = click.Choice(["auto", "gtts", "espeak"])
ENGINE_HELP = "auto: Google's voice, the offline espeak voice for prompts Google cannot do; gtts: Google only; espeak: offline only."


def _reasons(errors, most: int = 3) -> list[str]:
    """Distinct technical reasons, the informative ones first ("skipped" says only that Google was down)."""
    found = list(dict.fromkeys(errors))
    found.sort(key=lambda e: "skipped" in e)
    return found[:most]


@prompts.command("build")
@click.option("--engine", type=ENGINE_CHOICE, default="auto", show_default=True, help=ENGINE_HELP)
@click.option("--jobs", type=click.IntRange(1, 32), default=4, show_default=True, help="Requests to the voice engine at the same time.")
def build_prompts(engine: str, jobs: int) -> None:
    """Build the audio of every prompt (only what changed) and publish it."""
    import textwrap

    from ivr.audio.build import BuildLocked, build
    from ivr.common.polish import plural

    settings = Settings.from_env()
    entries = list(catalogue(settings, pieces=True))
    try:
        with click.progressbar(length=len(entries), label="Nagrywanie komunikatów",
                               item_show_func=lambda item: item) as bar:
            report = build(entries, settings.audio_dir, engine_name=engine, jobs=jobs,
                           progress=lambda result: bar.update(1, result.id))
    except BuildLocked:
        fail(f"W folderze {settings.audio_dir} trwa już inne nagrywanie. Spróbuj ponownie, gdy się zakończy.")
    click.echo(f"Zbudowano: {len(report.built)}, bez zmian: {len(report.reused)}, "
               f"głos zapasowy (espeak): {len(report.fell_back)}, "
               f"błędy: {len(report.failed) + len(report.kept)}.")
    from ivr.audio.build import status as audio_status
    from ivr.audio.voices import summary_line

    after = audio_status(entries, settings.audio_dir)
    click.echo(summary_line(after))  # which voice callers hear, in one line
    pace = pace_line(after, settings.audio_dir)
    if pace:
        click.echo(pace)
    for line in warnings_summary(entries):
        click.echo(line)
    if report.fell_back:
        click.echo(f"Głosem zapasowym (espeak) nagrano {prompts_count(len(report.fell_back))}, bo Google nie zadziałał; "
                   "następne budowanie znów spróbuje Google.")
        click.echo(textwrap.fill(", ".join(report.fell_back), width=100, initial_indent="  Komunikaty: ",
                                 subsequent_indent="    ", break_on_hyphens=False))
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
    if report.removed:
        n = len(report.removed)
        click.echo(f"Usunięto {n} {plural(n, 'stary plik', 'stare pliki', 'starych plików')} z nagraniami.")
    if not report.ok:
        sys.exit(1)


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


def say_audio(spoken: str, path: str, engine: str, pace=None) -> None:
    """Write the mastered audio of a spoken form, as the build would make it ([voice] `pace`)."""
    from pathlib import Path

    from ivr.audio.build import render_prompt as render
    from ivr.audio.engines import make_engine
    from ivr.audio.mastering import DEFAULT_SETTINGS

    def render_prompt(spoken, voice):
        return render(spoken, voice, DEFAULT_SETTINGS.with_pace(pace) if pace is not None else DEFAULT_SETTINGS)

    try:
        try:
            wav = render_prompt(spoken, make_engine("gtts" if engine == "auto" else engine))
            used = "gtts" if engine == "auto" else engine
        except Exception as exc:
            if engine != "auto":
                raise
            click.echo(f"Google nie zadziałał ({exc}); użyto głosu zapasowego (espeak).", err=True)
            wav, used = render_prompt(spoken, make_engine("espeak")), "espeak"
        Path(path).write_bytes(wav)
    except Exception as exc:
        click.echo(f"Nie udało się nagrać: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Zapisano nagranie: {path} (głos: {used})", err=True)
