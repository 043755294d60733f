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

# Clock hours 0-24 as feminine ordinals ("godzina ósma"): nominative, and the
# genitive, which is also the locative ("od ósmej", "o ósmej").
HOUR_NOMINATIVE = (
    "zero", "pierwsza", "druga", "trzecia", "czwarta", "piąta", "szósta",
    "siódma", "ósma", "dziewiąta", "dziesiąta", "jedenasta", "dwunasta",
    "trzynasta", "czternasta", "piętnasta", "szesnasta", "siedemnasta",
    "osiemnasta", "dziewiętnasta", "dwudziesta", "dwudziesta pierwsza",
    "dwudziesta druga", "dwudziesta trzecia", "dwudziesta czwarta",
)
HOUR_GENITIVE = (
    "zero", "pierwszej", "drugiej", "trzeciej", "czwartej", "piątej", "szóstej",
    "siódmej", "ósmej", "dziewiątej", "dziesiątej", "jedenastej", "dwunastej",
    "trzynastej", "czternastej", "piętnastej", "szesnastej", "siedemnastej",
    "osiemnastej", "dziewiętnastej", "dwudziestej", "dwudziestej pierwszej",
    "dwudziestej drugiej", "dwudziestej trzeciej", "dwudziestej czwartej",
)

# Days of the month 1-31 as masculine ordinals; index 0 unused.
# Nominative: "dziś jest dwudziesty czwarty"; genitive: "dwudziestego czwartego grudnia".
DAY_NOMINATIVE = (
    "", "pierwszy", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy",
    "ósmy", "dziewiąty", "dziesiąty", "jedenasty", "dwunasty", "trzynasty",
    "czternasty", "piętnasty", "szesnasty", "siedemnasty", "osiemnasty",
    "dziewiętnasty", "dwudziesty", "dwudziesty pierwszy", "dwudziesty drugi",
    "dwudziesty trzeci", "dwudziesty czwarty", "dwudziesty piąty",
    "dwudziesty szósty", "dwudziesty siódmy", "dwudziesty ósmy",
    "dwudziesty dziewiąty", "trzydziesty", "trzydziesty pierwszy",
)
DAY_GENITIVE = (
    "", "pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego",
    "siódmego", "ósmego", "dziewiątego", "dziesiątego", "jedenastego", "dwunastego",
    "trzynastego", "czternastego", "piętnastego", "szesnastego", "siedemnastego",
    "osiemnastego", "dziewiętnastego", "dwudziestego", "dwudziestego pierwszego",
    "dwudziestego drugiego", "dwudziestego trzeciego", "dwudziestego czwartego",
    "dwudziestego piątego", "dwudziestego szóstego", "dwudziestego siódmego",
    "dwudziestego ósmego", "dwudziestego dziewiątego", "trzydziestego",
    "trzydziestego pierwszego",
)

# Masculine genitive ordinals of round numbers, for years ("dwa tysiące
# dwudziestego szóstego roku"): tens 20-90, hundreds 100-900, thousands 1000-9000,
# indexed by the leading digit.
TENS_GENITIVE = (
    "", "", "dwudziestego", "trzydziestego", "czterdziestego", "pięćdziesiątego",
    "sześćdziesiątego", "siedemdziesiątego", "osiemdziesiątego", "dziewięćdziesiątego",
)
HUNDREDS_GENITIVE = (
    "", "setnego", "dwusetnego", "trzechsetnego", "czterechsetnego", "pięćsetnego",
    "sześćsetnego", "siedemsetnego", "osiemsetnego", "dziewięćsetnego",
)
THOUSANDS_GENITIVE = (
    "", "tysięcznego", "dwutysięcznego", "trzytysięcznego", "czterotysięcznego",
    "pięciotysięcznego", "sześciotysięcznego", "siedmiotysięcznego",
    "ośmiotysięcznego", "dziewięciotysięcznego",
)


def plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form for a count: 1 komunikat, 2-4 komunikaty, 5+ komunikatów,
    22 komunikaty, 12 komunikatów (12-14 take the "many" form; so does 0)."""
    n = abs(n)
    if n == 1:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def minutes_seconds(seconds: int) -> str:
    """A call's or a message's length as staff read it: '45 s', '3 min 12 s', '2 min'."""
    minutes, rest = divmod(max(0, int(seconds)), 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
