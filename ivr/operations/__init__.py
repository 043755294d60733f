"""Running the line on a server: the checks of `ivr doctor`, the Twilio number's
webhooks (`ivr twilio connect`), and backups of the database, content and recordings.

May import: ivr.runtime, the areas (ivr.audio, ivr.staff, ivr.call, ...), ivr.database,
ivr.common and ivr.config. Only ivr.cli imports it.
"""
