"""Issue 24: calls that are truthful, short and finished. Each point played through the real
webhooks (signed like Twilio's requests) with exact TwiML, for the open, closed, holiday,
landline, hidden-number and foreign-number cases."""
from __future__ import annotations

import pytest

from conftest import CHRISTMAS_EVE, FRIDAY_EVENING, TUESDAY_OPEN, warsaw
from ivr.call.flow import LEAVE_WORD

MOBILE = "+48606902915"
LANDLINE = "+48618176130"
HIDDEN = "anonymous"
FOREIGN = "+4915123456789"  # a German mobile
PREMIUM = "+48701234567"  # Polish shared-cost / premium range
SAY = '<Say language="pl-PL" voice="Polly.Ewa">'
HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'
PAUSE = '<Pause length="1" />'
OPEN_UNTIL = {"godzina": "15:00"}  # Tuesday
CLOSED_UNTIL = {"kiedy": "w poniedziałek", "godzina": "8:00"}  # Friday evening


def spoken(app, prompt_id, **values):
    return app.extensions["ivr"].catalogue.entry(prompt_id, values or None).spoken


def say(app, prompt_id, **values) -> str:
    return SAY + spoken(app, prompt_id, **values) + "</Say>"


def says(app, *prompt_ids, pause=False) -> str:
    return (PAUSE if pause else "").join(say(app, p) for p in prompt_ids)


def url(node, miss=0, rounds=0, lost=0, danger=0) -> str:
    extra = (f"&amp;lost={lost}" if lost else "") + ("&amp;danger=1" if danger else "")
    return f"/voice/answer?node={node}&amp;miss={miss}&amp;rounds={rounds}{extra}"


def gather(app, node, inner, **state) -> str:
    action = url(node, **state)
    hints = ", ".join(app.extensions["ivr"].line._hints[node])
    return (
        HEAD + f'<Gather action="{action}" actionOnEmptyResult="true" hints="{hints}" input="dtmf speech" '
        'language="pl-PL" method="POST" numDigits="1" speechTimeout="auto" timeout="10">'
        + inner + f'</Gather><Redirect method="POST">{action}</Redirect></Response>'
    )


def hangup(app, *prompt_ids) -> str:
    return HEAD + says(app, *prompt_ids) + "<Hangup /></Response>"


def dial(app, *prompt_ids, danger=0) -> str:
    done = "/voice/dial-done?rounds=0" + ("&amp;danger=1" if danger else "")
    return (HEAD + says(app, *prompt_ids)
            + f'<Dial action="{done}" method="POST" timeout="25">+48618176130</Dial></Response>')


def body(post, app, path, caller=MOBILE, **form) -> str:
    return post(app, path.replace("&amp;", "&"), {"From": caller, **form}).get_data(as_text=True)


# -- first, the safety route: an unanswered transfer says the emergency numbers again ----------------


@pytest.mark.parametrize("status,failure", [("no-answer", "transfer_no_answer"), ("busy", "transfer_busy"),
                                            ("failed", "transfer_failed")])
def test_danger_whose_transfer_is_not_answered_hears_112_and_the_helpline_again(make_app, post, status, failure):
    app = make_app(TUESDAY_OPEN)
    first = body(post, app, url("main"), SpeechResult="mąż mnie bije", Confidence="0.9")
    assert first == dial(app, "danger", "transfer", danger=1)
    done = body(post, app, "/voice/dial-done?rounds=0&danger=1", DialCallStatus=status)
    inner = says(app, failure, "danger", "danger_helpline", "transfer_retry", "menu_leave_word")
    assert done == gather(app, LEAVE_WORD, inner, danger=1)
    assert "800 120 002" in app.extensions["ivr"].catalogue.entry("danger_helpline").text


def test_danger_transfer_unanswered_when_the_office_has_just_closed(make_app, post):
    app = make_app(warsaw(2026, 12, 1, 15, 1))  # Tuesday, closed at 15:00 while the caller waited
    done = body(post, app, "/voice/dial-done?rounds=0&danger=1", DialCallStatus="no-answer")
    status = say(app, "status_closed", kiedy="jutro", godzina="7:00")
    inner = says(app, "transfer_no_answer", "danger", "danger_helpline") + status + say(app, "menu_leave_word")
    assert done == gather(app, LEAVE_WORD, inner, danger=1)


def test_an_ordinary_unanswered_transfer_has_no_emergency_numbers(make_app, post):
    app = make_app(TUESDAY_OPEN)
    done = body(post, app, "/voice/dial-done?rounds=0", DialCallStatus="no-answer")
    assert done == gather(app, LEAVE_WORD, says(app, "transfer_no_answer", "transfer_retry", "menu_leave_word"))
    assert spoken(app, "danger") not in done


def test_a_retried_transfer_still_carries_the_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    again = body(post, app, url(LEAVE_WORD, danger=1), Digits="0")
    assert again == dial(app, "transfer", danger=1)
