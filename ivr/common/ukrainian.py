"""Ukrainian grammar tables shared by the spoken and written forms (the Ukrainian line).

The counterpart of ivr.common.polish: only what no library gives. num2words (lang "uk")
gives cardinals and nominative masculine ordinals; the hours need feminine genitive and
locative ordinals ("з восьмої", "о восьмій") and the dates masculine genitive ones
("п'ятого грудня"), which are fixed words.
"""

# Monday = 0, as in datetime.weekday().
WEEKDAY_NOMINATIVE = ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя")
# "з понеділка": з + genitive.
WEEKDAY_GENITIVE = ("понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", "неділі")
# "по п'ятницю", "у середу": accusative.
WEEKDAY_ACCUSATIVE = ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю")
# "on Monday": у + accusative.
WEEKDAY_ON = tuple(f"у {day}" for day in WEEKDAY_ACCUSATIVE)

# January = 1; index 0 unused. "5 грудня": the month in the genitive.
MONTH_GENITIVE = (
    "", "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)

_UNITS_FEMININE = ("", "перш", "друг", "трет", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят")
_TEENS_STEM = ("десят", "одинадцят", "дванадцят", "тринадцят", "чотирнадцят", "п'ятнадцят",
               "шістнадцят", "сімнадцят", "вісімнадцят", "дев'ятнадцят")
_TENS_CARDINAL = ("", "", "двадцять", "тридцять")
_TENS_STEM = ("", "", "двадцят", "тридцят")


def _stem(n: int) -> tuple[str, str]:
    """(words before the last, the last word's stem) of the ordinal n (1-39)."""
    if n < 10:
        return "", _UNITS_FEMININE[n]
    if n < 20:
        return "", _TEENS_STEM[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "", _TENS_STEM[tens]
    return _TENS_CARDINAL[tens] + " ", _UNITS_FEMININE[unit]


def _soft(stem: str) -> bool:
    """"трет-" is the one soft stem: третя, третьої, третій, третього."""
    return stem == "трет"


def ordinal(n: int, form: str) -> str:
    """The ordinal n (1-39) in one form: 'f_nom' (перша), 'f_gen' (першої), 'f_loc' (першій),
    'm_gen' (першого), 'm_nom' (перший), 'n_acc' (перше: "по перше січня")."""
    if not 1 <= n <= 39:
        raise ValueError(f"ordinal {n} out of range 1-39")
    before, stem = _stem(n)
    soft = _soft(stem)
    ending = {
        "f_nom": "я" if soft else "а",
        "f_gen": "ьої" if soft else "ої",
        "f_loc": "ій",
        "m_gen": "ього" if soft else "ого",
        "m_nom": "ій" if soft else "ий",
        "n_acc": "є" if soft else "е",
    }[form]
    return before + stem + ending


# Clock hours 1-24 as feminine ordinals ("година восьма"): nominative, genitive ("з восьмої",
# "до восьмої") and locative ("о восьмій"); index 0 is midnight.
HOUR_NOMINATIVE = ("нуль", *(ordinal(h, "f_nom") for h in range(1, 25)))
HOUR_GENITIVE = ("нуля", *(ordinal(h, "f_gen") for h in range(1, 25)))
HOUR_LOCATIVE = ("нулю", *(ordinal(h, "f_loc") for h in range(1, 25)))

# Days of the month 1-31 as masculine genitive ordinals ("п'ятого грудня"); index 0 unused.
DAY_GENITIVE = ("", *(ordinal(d, "m_gen") for d in range(1, 32)))
# After "по" (up to and including): the neuter accusative ("по двадцять шосте грудня").
DAY_ACCUSATIVE = ("", *(ordinal(d, "n_acc") for d in range(1, 32)))


def plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form for a count, as in Polish: 1 хвилина, 2-4 хвилини, 5+ хвилин, 11-14 хвилин."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many
