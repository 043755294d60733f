"""The pace of the line's voice: tempo and pauses, from the `[voice]` table of the content file.

One place for every engine and the fallback voice: mastering applies `tempo` with ffmpeg's
`atempo` (pitch kept) unless the engine slows speech itself (SSML prosody), and the TwiML
builder turns the same values into `<prosody rate>` and `<break>` for Twilio's `<Say>`.

    pace_for(voice, slow=False) -> Pace   # the tempo and pauses a prompt is built / spoken with

The slow variant ("wolniej" on the line) is SLOW_TEMPO of the tempo with SLOW_PAUSES times
the pauses.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

# What [voice] may hold: name -> (lowest, highest). Outside these a caller hears a broken line
# (too fast to follow, or pauses that sound like a dropped call: over about 3 s).
LIMITS = {
    "tempo": (0.6, 1.2),
    "sentence_pause_ms": (200, 2000),
    "option_pause_ms": (300, 2500),
    "dictation_pause_ms": (500, 3000),
}
SLOW_TEMPO = 0.8  # "wolniej": about 0.8 of the set tempo
SLOW_PAUSES = 1.5  # ... with longer pauses
MAX_PAUSE_MS = 3000  # never longer than this, even slowed


@dataclass(frozen=True)
class Pace:
    """Tempo (1.0 = the engine's own speed) and the pauses, in milliseconds."""

    # Defaults measured on the offline build (README "Pace"): median <= 4.0 syllables a second.
    tempo: float = 0.85
    sentence_pause_ms: int = 600  # between sentences of one line
    option_pause_ms: int = 900  # between menu options (lines of a text)
    dictation_pause_ms: int = 1000  # between the groups of a number, after "Proszę przygotować kartkę"
    slow: bool = False  # the "wolniej" variant

    def key(self) -> str:
        """Everything that shapes the sound, for content hashes and the manifest."""
        return ",".join(f"{f.name}={getattr(self, f.name)}" for f in fields(self))

    @property
    def ssml_rate(self) -> str:
        """The tempo as SSML's <prosody rate> ("85%")."""
        return f"{round(self.tempo * 100)}%"


DEFAULT_PACE = Pace()


def pace_for(voice: Pace, slow: bool = False) -> Pace:
    """The tempo and pauses to build or speak with: the [voice] settings, or their slow variant."""
    if not slow or voice.slow:
        return voice
    return replace(
        voice,
        tempo=round(voice.tempo * SLOW_TEMPO, 3),
        sentence_pause_ms=min(MAX_PAUSE_MS, round(voice.sentence_pause_ms * SLOW_PAUSES)),
        option_pause_ms=min(MAX_PAUSE_MS, round(voice.option_pause_ms * SLOW_PAUSES)),
        dictation_pause_ms=min(MAX_PAUSE_MS, round(voice.dictation_pause_ms * SLOW_PAUSES)),
        slow=True,
    )


def problems(values: dict) -> dict[str, str]:
    """English messages for values of [voice] out of LIMITS or of the wrong type, by name."""
    found = {}
    for name, value in values.items():
        if name not in LIMITS:
            found[name] = f"unknown key (allowed: {', '.join(LIMITS)})"
            continue
        low, high = LIMITS[name]
        number_type = (int, float) if name == "tempo" else (int,)
        if isinstance(value, bool) or not isinstance(value, number_type):
            found[name] = "must be a number" if name == "tempo" else "must be a whole number of milliseconds"
        elif not low <= value <= high:
            found[name] = f"must be between {low} and {high}"
    return found


def from_table(values: dict) -> Pace:
    """A Pace from a checked [voice] table (problems() found nothing); missing keys keep their defaults."""
    return replace(DEFAULT_PACE, **{k: (float(v) if k == "tempo" else int(v)) for k, v in values.items()})
