"""The call and its content: what the line says and how a call moves.

content (the validated pl.toml), schedule (opening status in Warsaw time), phrases
(status and hours sentences), catalogue (every prompt the line can play), understand
(word matching for speech and SMS), flow (the call as data and pure functions) and
twiml (the only TwiML builder).

May import: ivr.spoken, ivr.common, ivr.config. Knows nothing of HTTP, audio files,
the database or the other areas.
"""
