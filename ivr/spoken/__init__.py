"""Polish text to its spoken form: the rules the voices need (numbers, dates, hours,
abbreviations, phone numbers, Roman numerals, units, contacts), numerals inflected from the
SGJP dictionary (morfeusz2, in inflection.py), and the leftovers check staff are warned with
(review.py).

May import: ivr.common only.
"""
