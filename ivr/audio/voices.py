"""Which voice callers hear for each prompt, in a clerk's words: the staff pages and the
build's summary line (`ivr prompts build`, run by `make run`) say the same thing.

Three voices: the natural Google voice of a built recording; the robotic offline voice
(espeak) of a recording made when Google could not be reached (or chosen by hand); and
Twilio's reader, which speaks the text live when a prompt has no current recording.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ivr.common.polish import plural

GOOGLE = "google"
ROBOT_FALLBACK = "robot_fallback"
ROBOT_CHOSEN = "robot_chosen"
TWILIO = "twilio"

LABELS = {
    GOOGLE: "naturalny głos Google",
    ROBOT_FALLBACK: "głos robota – gorsza jakość, bo Google był niedostępny",
    ROBOT_CHOSEN: "głos robota – gorsza jakość, wybrany przy generowaniu nagrań",
    TWILIO: "lektor Twilio – czyta tekst na bieżąco, bo nie ma aktualnego nagrania",
}


@dataclass(frozen=True)
class Voice:
    key: str
    label: str
    count: int
    ids: list[str] = field(default_factory=list)  # the prompts, where the page names them


def voices(report) -> list[Voice]:
    """The voices callers hear now (an ivr.audio.build.StatusReport), each with its prompts;
    only those used, the natural voice first."""
    robot = {prompt_id for prompt_id, _ in report.espeak}
    twilio = list(report.missing) + list(report.stale)
    fell_back = [pid for pid, fallback in report.espeak if fallback]
    chosen = [pid for pid, fallback in report.espeak if not fallback]
    found = [
        Voice(GOOGLE, LABELS[GOOGLE], report.current - len(robot)),
        Voice(ROBOT_FALLBACK, LABELS[ROBOT_FALLBACK], len(fell_back), fell_back),
        Voice(ROBOT_CHOSEN, LABELS[ROBOT_CHOSEN], len(chosen), chosen),
        Voice(TWILIO, LABELS[TWILIO], len(twilio), twilio),
    ]
    return [voice for voice in found if voice.count]


def robotic(report) -> int:
    """How many prompts callers hear in the robotic voice."""
    return len(report.espeak)


def prompts_word(n: int) -> str:
    return f"{n} {plural(n, 'komunikat', 'komunikaty', 'komunikatów')}"


def summary_line(report) -> str:
    """One line: 'Dzwoniący słyszą: naturalny głos Google – 63 komunikaty; głos robota … – 12 komunikatów.'"""
    parts = [f"{voice.label} – {prompts_word(voice.count)}" for voice in voices(report)]
    return "Dzwoniący słyszą: " + ("; ".join(parts) if parts else "brak komunikatów") + "."
