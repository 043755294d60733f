"""Where the voice pauses in a spoken form, and how long: one plan for the built audio and for
Twilio's <Say> (as SSML <break>), from the [voice] pace (ivr.common.pace).

- between the lines of a text (menu options, blocks): the option pause;
- between the sentences of a line: the sentence pause;
- between the groups of a dictated number ("sześćdziesiąt jeden, osiemset siedemnaście, ...",
  a postcode "sześćdziesiąt trzy, zero zero pięć") and after "Proszę przygotować kartkę":
  the dictation pause, so a caller can write each group down.
"""
from __future__ import annotations

import re

from ivr.common.pace import Pace
from ivr.spoken.normalize import split_sentences

# The words of the cardinals 0-999 (how the spoken form says each group of a number), and "plus"
# of an international number's country code.
NUMBER_WORDS = frozenset("""
zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście
trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia
trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt
sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset plus
""".split())
# A sentence after which the caller reaches for a pen: the dictation pause follows it.
DICTATION_CUES = ("przygotować kartkę", "przygotować coś do pisania")
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def is_number_group(text: str) -> bool:
    """Only number words ("osiemset siedemnaście"), at least one."""
    words = _words(text)
    return bool(words) and all(w in NUMBER_WORDS for w in words)


def dictation_pieces(sentence: str) -> list[str]:
    """A sentence cut at the commas between the groups of a dictated number; other commas stay."""
    chunks = sentence.split(", ")
    pieces = [chunks[0]]
    for chunk in chunks[1:]:
        before, after = _words(pieces[-1]), _words(chunk)
        if before and after and before[-1] in NUMBER_WORDS and after[0] in NUMBER_WORDS:
            pieces[-1] += ","
            pieces.append(chunk)
        else:
            pieces[-1] += ", " + chunk
    return pieces


def is_cue(sentence: str) -> bool:
    folded = " ".join(sentence.lower().split())
    return any(cue in folded for cue in DICTATION_CUES)


def plan(spoken: str, pace: Pace) -> tuple[list[str], list[int]]:
    """The pieces the voice says, and the pause (ms) after each but the last."""
    pieces: list[str] = []
    pauses: list[int] = []
    for line in spoken.splitlines():
        for i, sentence in enumerate(split_sentences(line)):
            for j, piece in enumerate(dictation_pieces(sentence)):
                if pieces:
                    if j:
                        pause = pace.dictation_pause_ms
                    elif i:
                        pause = pace.sentence_pause_ms
                    else:
                        pause = pace.option_pause_ms
                    if is_cue(pieces[-1]):
                        pause = max(pause, pace.dictation_pause_ms)
                    pauses.append(pause)
                pieces.append(piece)
    return pieces, pauses


_CUE_END = re.compile(r"(?:" + "|".join(re.escape(c) for c in DICTATION_CUES) + r")[^.!?\n]*[.!?]\s*", re.IGNORECASE)


def spoken_chunks(spoken: str, pace: Pace) -> list[tuple[str, int]]:
    """The spoken form cut where the voice must pause to let a caller write (between the groups
    of a number, after "Proszę przygotować kartkę"), each chunk with the pause after it (0: none).
    The chunks joined give back `spoken` exactly (for Twilio's <Say> with SSML <break>)."""
    cuts: dict[int, int] = {}
    for found in _CUE_END.finditer(spoken):
        cuts[found.end()] = pace.dictation_pause_ms
    for found in re.finditer(r", ", spoken):
        before, after = _words(spoken[:found.start()][-40:]), _words(spoken[found.end():][:40])
        line_before = spoken[:found.start()].rsplit("\n", 1)[-1]
        if before and after and before[-1] in NUMBER_WORDS and after[0] in NUMBER_WORDS and _words(line_before):
            cuts[found.end()] = pace.dictation_pause_ms
    chunks, start = [], 0
    for at in sorted(cuts):
        if start < at < len(spoken.rstrip()):
            chunks.append((spoken[start:at], cuts[at]))
            start = at
    chunks.append((spoken[start:], 0))
    return chunks
