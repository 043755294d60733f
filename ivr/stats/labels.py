"""Polish names of what the statistics count, for `ivr stats` and the staff page."""
from __future__ import annotations

# Nodes and choices of ivr.call.flow, as staff read them.
NODE_LABELS = {
    "main": "Menu główne",
    "hours": "Godziny otwarcia (1)",
    "contact": "Adres i telefony (2)",
    "about": "W czym pomaga ośrodek (3)",
    "social_work": "Praca socjalna (3, 1)",
    "benefits": "Świadczenia (3, 2)",
    "programmes": "Bezrobocie, zdrowie, urzędy (3, 3)",
    "food": "Zbiórki żywności (3, 4)",
    "addiction": "Alkohol i uzależnienia (4)",
    "sms": "SMS z informacjami (5)",
    "person": "Łączenie z pracownikiem (0)",
    "leave_word": "Wiadomość albo oddzwonienie",
    "message": "Nagrywanie wiadomości",
    "callback": "Potwierdzenie oddzwonienia",
    "done": "Po zapisaniu: można się rozłączyć",
}
# Topics of the SMS line (ivr.textline.replies): the keywords residents write.
SMS_LABELS = {
    "hours": "GODZINY",
    "contact": "ADRES, TELEFON",
    "help": "POMOC",
    "addiction": "ALKOHOL",
    "thanks": "podziękowanie",
    "privacy": "RODO (ochrona danych)",
    "menu": "inne (lista słów)",
    "carrier": "STOP, START i inne (odpowiada Twilio)",
}
TRANSFER_LABELS = {"answered": "odebrane", "busy": "zajęte", "no_answer": "nikt nie odebrał", "failed": "nieudane"}
WEEKDAYS = ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.")  # "1".."7"


def node_label(name: str) -> str:
    return NODE_LABELS.get(name, name)


def sms_label(name: str) -> str:
    return SMS_LABELS.get(name, name)
