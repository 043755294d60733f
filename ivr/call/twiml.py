"""The only module that builds TwiML, with the `twilio` package.

A prompt plays its pre-generated audio when there is some, otherwise Twilio's
Polish voice says its spoken form, so the line works before any audio is built. That voice
speaks at the line's pace too: SSML <prosody rate> from the [voice] tempo (slower still in a
"wolniej" call), and <break> at the dictation pauses (ivr.spoken.pauses).
"""
from __future__ import annotations

from typing import Callable

from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import Dial, Gather, VoiceResponse

from ivr.call.flow import Play, Step
from ivr.call.languages import language, say_attributes
from ivr.common.pace import DEFAULT_PACE, Pace, pace_for
from ivr.spoken.pauses import spoken_chunks

SAY = say_attributes("pl")  # {"language": "pl-PL", "voice": "Polly.Ewa"}; a prompt's own language: say_attributes
GATHER_TIMEOUT = 10  # seconds after the prompt ends; Twilio's default 5 s is too short for older callers
DIAL_TIMEOUT = 25  # about five rings before the transfer counts as unanswered
SLOW_PAUSE = 1  # seconds between prompts for a caller who is struggling
MESSAGE_MAX_LENGTH = 120  # seconds: a message is at most two minutes
MESSAGE_SILENCE = 10  # seconds of silence that end a message: older callers pause to find a document
ANY_KEY = "1234567890*#"  # any key ends a message
BRIDGE_KEY_TIMEOUT = 8  # seconds the staff member has to press 1 after the whisper

AudioUrl = Callable[[Play], "str | None"]


def voice(
    step: Step, *, next_url: str, dial_url: str, audio_url: AudioUrl,
    record_url: str | None = None, recording_callback: str | None = None, pace: Pace = DEFAULT_PACE,
) -> str:
    """record_url: where the Record verb posts (the flow's state in its query);
    recording_callback: the absolute URL of the recording status webhook."""
    response = VoiceResponse()
    if step.action == "gather" and step.digits > 1:  # a phone number typed on the keypad, ended by #
        gather = Gather(input="dtmf", timeout=GATHER_TIMEOUT, num_digits=step.digits, finish_on_key="#",
                        action=next_url, method="POST", action_on_empty_result=True)
        _speak(gather, step, audio_url, pace)
        response.append(gather)
        response.redirect(next_url, method="POST")
    elif step.action == "gather":
        gather = Gather(
            input="dtmf speech",
            language=language(step.state.lang).speech,  # the call's language: "pl-PL", "uk-UA"
            hints=", ".join(step.hints) or None,
            timeout=GATHER_TIMEOUT,
            speech_timeout="auto",
            num_digits=1,
            action=next_url,
            method="POST",
            action_on_empty_result=True,
        )
        _speak(gather, step, audio_url, pace)
        response.append(gather)
        # Reached only if Twilio ends the Gather without posting: ask again, never hang up.
        response.redirect(next_url, method="POST")
    elif step.action == "dial":
        _speak(response, step, audio_url, pace)
        response.dial(step.dial, timeout=DIAL_TIMEOUT, action=dial_url, method="POST")
    elif step.action == "record":
        if not record_url or not recording_callback:
            raise ValueError("a record step needs record_url and recording_callback")
        _speak(response, step, audio_url, pace)
        response.record(
            action=record_url,
            method="POST",
            max_length=MESSAGE_MAX_LENGTH,
            timeout=MESSAGE_SILENCE,
            finish_on_key=ANY_KEY,
            play_beep=True,
            recording_status_callback=recording_callback,
            recording_status_callback_method="POST",
        )
        # Twilio goes on here, without posting the action, when nothing was recorded.
        response.redirect(record_url, method="POST")
    elif step.action == "hangup":
        _speak(response, step, audio_url, pace)
        response.hangup()
    else:
        raise ValueError(f"no TwiML for the step action {step.action!r}")
    return str(response)


def _speak(verb, step: Step, audio_url: AudioUrl, pace: Pace) -> None:
    for index, play in enumerate(step.prompts):
        if step.slow and index:
            verb.pause(length=SLOW_PAUSE)
        if play.pieces:  # a number dictated at call time: its built pieces, or all of it said
            urls = [audio_url(piece) for piece in play.pieces]
            if all(urls):
                for url in urls:
                    verb.play(url)
                continue
        url = audio_url(play) if not play.pieces else None
        if url:
            verb.play(url)
        else:
            say(verb, play.spoken, pace_for(pace, play.slow), play.lang)


def say(verb, spoken: str, pace: Pace = DEFAULT_PACE, lang: str = "pl") -> None:
    """Twilio's voice of `lang` says `spoken` at the line's pace: <prosody rate> of the tempo,
    <break> where a caller writes a number down."""
    prosody = verb.say(**say_attributes(lang)).prosody(rate=pace.ssml_rate)
    for text, pause_ms in spoken_chunks(spoken, pace):
        prosody.append(text)
        if pause_ms:
            prosody.break_(time=f"{pause_ms}ms")


def apology(spoken: str, retry_url: str) -> str:
    """When the line itself fails: a spoken apology and a fresh start, never silence."""
    response = VoiceResponse()
    say(response, spoken)
    response.redirect(retry_url, method="POST")
    return str(response)


def message(*texts: str) -> str:
    """An SMS reply; no texts gives an empty response (Twilio then sends nothing)."""
    response = MessagingResponse()
    for text in texts:
        response.message(text)
    return str(response)


# -- "Oddzwoń": the staff phone's side of a call-back bridge (ivr/messages/bridge.py) ----------


def bridge_whisper(spoken: str, key_url: str, cancelled: str) -> str:
    """What the staff member hears on answering: the whisper, said twice (the start is easily
    missed while lifting the receiver), a key at any moment; no key posts an empty one."""
    response = VoiceResponse()
    gather = Gather(
        input="dtmf", num_digits=1, timeout=BRIDGE_KEY_TIMEOUT, action=key_url, method="POST",
        action_on_empty_result=True,
    )
    gather.say(spoken, **SAY)
    gather.pause(length=SLOW_PAUSE)
    gather.say(spoken, **SAY)
    response.append(gather)
    response.say(cancelled, **SAY)  # reached only if Twilio ends the Gather without posting
    response.hangup()
    return str(response)


def bridge_dial(
    spoken: str, number: str, *, caller_id: str, action_url: str, status_url: str, timeout: int,
) -> str:
    """Connect the staff member to the resident, who sees the line's own number."""
    response = VoiceResponse()
    response.say(spoken, **SAY)
    dial = Dial(caller_id=caller_id, timeout=timeout, action=action_url, method="POST")
    dial.number(number, status_callback_event="answered completed", status_callback=status_url,
                status_callback_method="POST")
    response.append(dial)
    return str(response)


def bridge_end(spoken: str | None = None) -> str:
    """A last sentence to the staff member, if any, and the end of the call."""
    response = VoiceResponse()
    if spoken:
        response.say(spoken, **SAY)
    response.hangup()
    return str(response)
