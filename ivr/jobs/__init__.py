"""Work that leaves the webhooks: a durable job table in the line's database (queue),
a local append-only spool for what must not be lost when the database cannot take it in
time (spool), and the loop of `ivr worker` that works both (worker).

Below the areas that enqueue work (messages); knows nothing of what a job does: the
worker is given one handler per kind (ivr.messages.work). May import ivr.database and
ivr.common only."""
