"""Issue 35, call-back bridge: a key pressed twice must not dial twice, also when Twilio's two
posts of the Gather action arrive at the same moment (a retry while the first is still being
answered). Real threads share the app and its database; the guarded move from "calling staff"
to "connecting" must let exactly one of them answer with <Dial>. The posts are held together
after each has read the attempt (as a slow database would), so the test does not depend on
the threads' luck: a check of the state read earlier would let every one of them dial."""
from __future__ import annotations

import threading

from test_bridge import bridge_of, calls, placed, state  # noqa: F401 - fixtures
from messages_helpers import db_url, line_settings, make_line, sleeps, twilio, twilio_post  # noqa: F401
from ivr.messages import bridge_store as states

PRESSES = 6


def test_the_same_key_posted_at_the_same_moment_dials_the_resident_once(placed):  # noqa: F811
    app, result, call = placed
    call.answer()
    form = {**call._base("in-progress"), "Digits": "1"}
    start, answers = threading.Barrier(PRESSES), []
    read_together = threading.Barrier(PRESSES)
    bridge = bridge_of(app)
    real = bridge._resident_of

    def slow_resident_of(attempt):  # between reading the attempt and moving it on
        try:
            read_together.wait(timeout=10)
        except threading.BrokenBarrierError:
            pass
        return real(attempt)

    bridge._resident_of = slow_resident_of

    def press():
        start.wait()
        response = twilio_post(app, f"/bridge/{result.attempt.id}/key", form, close=False)
        answers.append((response.status_code, b"<Dial" in response.data))

    threads = [threading.Thread(target=press) for _ in range(PRESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == PRESSES and all(status == 200 for status, _ in answers)
    assert sum(dialled for _, dialled in answers) == 1, answers
    assert state(app, result) == states.CONNECTING
