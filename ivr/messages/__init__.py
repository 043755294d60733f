"""Messages and call-backs callers leave, and the SMS the line sends during a call.

store (the messages tables), recordings (download, verify, delete on Twilio),
staff_notice (the SMS that tells staff), outbound (the information SMS of key 5),
bridge and bridge_store ("Oddzwoń": ring a staff phone, then the resident) and
desk (the one object the web layer and the CLI use).

May import: ivr.common, ivr.database, ivr.config. Not ivr.call, ivr.staff or ivr.textline.
"""
