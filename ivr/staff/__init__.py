"""What office staff change: the content store (validated saves, history, conflicts)
and the staff accounts (passwords, lock-out, sessions).

May import: ivr.call (to validate content), ivr.database, ivr.common.
"""
