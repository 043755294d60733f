"""Shared helpers every area may use: atomic files, privacy masking, Polish grammar
tables, caller numbers, the Twilio REST client, SMS segment arithmetic.

May import: nothing of ivr but ivr.config.
"""
