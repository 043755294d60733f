"""The SMS text line: keyword replies with the live status, for deaf and
hard-of-hearing residents.

May import: ivr.call (content, schedule, phrases, word matching), ivr.spoken (the Polish
dictionary, to tell a Polish word), ivr.common. Polish and Ukrainian (issue 33).
"""
