"""Which voice callers hear for each prompt, in a clerk's words: the staff pages and the
build's summary line (`ivr prompts build`, run by `make run`) say the same thing.

The voices: the natural neural voices of a contract (Azure, Google Cloud), Google's free
voice (gTTS; also as a stand-in when the contracted voice was unavailable), the robotic offline
voice (espeak) of a recording made when no natural voice could be reached (or chosen by hand);
and Twilio's reader, which speaks the text live when a prompt has no current recording.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ivr.common.polish import plural

AZURE = "azure"
GOOGLE_CLOUD = "google_cloud"
GOOGLE = "google"
GOOGLE_FALLBACK = "google_fallback"
ROBOT_FALLBACK = "robot_fallback"
ROBOT_CHOSEN = "robot_chosen"
TWILIO = "twilio"

LABELS = {
    AZURE: "naturalny głos (Azure)",
    GOOGLE_CLOUD: "naturalny głos (Google Cloud)",
    GOOGLE: "naturalny głos Google",
    GOOGLE_FALLBACK: "naturalny głos Google (bezpłatny) – zastępczo, bo głos z umowy był niedostępny",
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
    engines = getattr(report, "engines", {})  # id -> (engine, fallback) of current recordings
    by = {key: [pid for pid, (engine, fallback) in engines.items() if test(engine, fallback)]
          for key, test in ((AZURE, lambda e, f: e == "azure"), (GOOGLE_CLOUD, lambda e, f: e == "google"),
                            (GOOGLE_FALLBACK, lambda e, f: e == "gtts" and f))}
    others = sum(len(ids) for ids in by.values())
    found = [
        Voice(AZURE, LABELS[AZURE], len(by[AZURE]), by[AZURE]),
        Voice(GOOGLE_CLOUD, LABELS[GOOGLE_CLOUD], len(by[GOOGLE_CLOUD]), by[GOOGLE_CLOUD]),
        Voice(GOOGLE, LABELS[GOOGLE], report.current - len(robot) - others),
        Voice(GOOGLE_FALLBACK, LABELS[GOOGLE_FALLBACK], len(by[GOOGLE_FALLBACK]), by[GOOGLE_FALLBACK]),
        Voice(ROBOT_FALLBACK, LABELS[ROBOT_FALLBACK], len(fell_back), fell_back),
        Voice(ROBOT_CHOSEN, LABELS[ROBOT_CHOSEN], len(chosen), chosen),
        Voice(TWILIO, LABELS[TWILIO], len(twilio), twilio),
    ]
    return [voice for voice in found if voice.count]


def voice_label(engine: str | None, fallback: bool = False) -> str | None:
    """One recording's voice in a clerk's words (the Nagrania page names it next to the player)."""
    if engine == "azure":
        return LABELS[AZURE]
    if engine == "google":
        return LABELS[GOOGLE_CLOUD]
    if engine == "gtts":
        return LABELS[GOOGLE_FALLBACK] if fallback else LABELS[GOOGLE]
    if engine == "espeak":
        return "głos robota (espeak) – gorsza jakość" + (", bo naturalny głos był niedostępny" if fallback else "")
    return None


def robotic(report) -> int:
    """How many prompts callers hear in the robotic voice."""
    return len(report.espeak)


def prompts_word(n: int) -> str:
    return f"{n} {plural(n, 'komunikat', 'komunikaty', 'komunikatów')}"


def summary_line(report) -> str:
    """One line: 'Dzwoniący słyszą: naturalny głos Google – 63 komunikaty; głos robota … – 12 komunikatów.'"""
    parts = [f"{voice.label} – {prompts_word(voice.count)}" for voice in voices(report)]
    return "Dzwoniący słyszą: " + ("; ".join(parts) if parts else "brak komunikatów") + "."
