"""Call statistics: how many call, what they reach, where they struggle, without keeping
who called. The voice and SMS webhooks hand events to a batched recorder (record); the
statistics are counted from the events and from the daily counts they are folded into
after 13 months (tally, report, purge).

No phone number and no speech text is ever stored: a call is a keyed hash of its CallSid.

May import: ivr.database, ivr.common, ivr.config. Written to by ivr.web (through
ivr.runtime); read by ivr.cli and the staff pages.
"""
