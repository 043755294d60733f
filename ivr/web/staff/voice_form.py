"""The [voice] settings on the Nagrania page: the pace callers hear now (measured on the built
recordings) and the pace a new tempo would give, before it is saved. The routes are in pages.py."""
from __future__ import annotations

from pathlib import Path

from ivr.audio.speech_rate import AIM, FAST, per_second_pl, rates, summary
from ivr.web.staff.editing import _number

REBUILD_STARTED = (
    "Zapisano nowe tempo i przerwy. Wszystkie komunikaty są teraz nagrywane od nowa – postęp widać niżej. "
    "Do końca nagrywania dzwoniący słyszą dotychczasowe nagrania."
)
REBUILD_WAITING = (
    "Trwa już inne generowanie nagrań; po jego zakończeniu proszę wygenerować nagrania jeszcze raz, "
    "aby wszystkie miały nowe tempo."
)
NO_ESTIMATE = "Nie da się oszacować tempa: brak nagrań albo tempo nie jest liczbą od 0,6 do 1,2."


def measured_pace(report, audio_dir: Path) -> dict | None:
    """The pace of the recordings callers hear now (an ivr.audio.build.StatusReport): median,
    the fastest prompt, how many are fast. The slow "wolniej" variants and number pieces aside."""
    normal = {k: v for k, v in report.files.items() if not k.endswith(".slow") and not k.startswith("number.")}
    all_rates = list(rates(normal, audio_dir).values())
    found = summary(all_rates)
    if found is None:
        return None
    median, fastest = found
    return {"median": median, "median_text": per_second_pl(median), "fastest": fastest.id,
            "fastest_text": per_second_pl(fastest.per_second), "fast": sum(r.fast for r in all_rates)}


def estimate(measured: dict | None, old_tempo: float, submitted: str) -> str:
    """The median pace a new tempo would give, in Polish: speech time scales with 1 / tempo."""
    tempo = _number(" ".join(submitted.split()))
    if measured is None or isinstance(tempo, str) or not 0.6 <= tempo <= 1.2:
        return NO_ESTIMATE
    median = measured["median"] * tempo / old_tempo
    verdict = ("w sam raz dla starszych słuchaczy" if median <= AIM else
               "trochę za szybko dla starszych słuchaczy" if median <= FAST else "za szybko dla starszych słuchaczy")
    return (f"Przy tempie {submitted.strip()} połowa komunikatów będzie mówiona nie szybciej niż około "
            f"{per_second_pl(median)} – {verdict} (teraz: {measured['median_text']}).")
