"""Polish grammar tables shared by the spoken and written forms.

Only what no library gives: num2words cannot inflect ordinals by gender and
case, and the weekday and month forms are fixed words.
"""

# Monday = 0, as in datetime.weekday().
WEEKDAY_NOMINATIVE = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
WEEKDAY_GENITIVE = ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli")
# "on Monday": w + accusative, "we" before a word starting with w-.
WEEKDAY_ON = ("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę")

# January = 1; index 0 unused.
MONTH_GENITIVE = (
    "", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)
