"""Polish text to its spoken form: the rules the voices need (numbers, dates, hours,
abbreviations, phone numbers) and the leftovers check staff are warned with.

May import: ivr.common only.
"""
