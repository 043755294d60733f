"""Notices staff add for a span of days, and the closures the line announces by itself:
validation, the days they are heard, the call through the real webhooks, SMS, audio."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from conftest import edit_content, post as _post, warsaw  # noqa: F401  (post: the fixture)
from ivr.call.catalogue import Catalogue
from ivr.call.content import ContentError, load_content
from ivr.call.notices import ClosureRun, Notice, closure_days_short, closure_days_text, coming_closures
from ivr.runtime import make_schedule

FOOD = "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności."
SENIOR = "Zapraszamy na Dzień Seniora w piątek o 16:00 w świetlicy."


def notices_toml(*notices: tuple[str, str, str]) -> str:
    return "".join(f'\n[[notices]]\ntext = "{text}"\nfrom = {first}\nto = {last}\n' for text, first, last in notices)


def add_notices(content_dir, *notices) -> None:
    path = content_dir / "pl.toml"
    path.write_text(path.read_text(encoding="utf-8") + notices_toml(*notices), encoding="utf-8")


def heard(response) -> list[str]:
    root = ET.fromstring(response.get_data())
    return ["".join(el.itertext()) for el in root.iter() if el.tag in {"Say", "Play"}]


def said(app, post, at_path="/voice"):
    """The texts the caller hears (the fallback voice reads the written form's spoken form)."""
    response = post(app, at_path)
    assert response.status_code == 200
    return heard(response)


# -- validation ---------------------------------------------------------------

@pytest.mark.parametrize("toml, key, message", [
    (notices_toml((FOOD, "2026-12-12", "2026-12-08")), "notices.1.to", "before the first day"),
    ('\n[[notices]]\ntext = ""\nfrom = 2026-12-08\nto = 2026-12-12\n', "notices.1.text", "missing text"),
    ('\n[[notices]]\ntext = "   "\nfrom = 2026-12-08\nto = 2026-12-12\n', "notices.1.text", "must be text"),
    ('\n[[notices]]\nfrom = 2026-12-08\nto = 2026-12-12\n', "notices.1.text", "missing text"),
    ('\n[[notices]]\ntext = "Zbiórka."\nto = 2026-12-12\n', "notices.1.from", "missing date"),
    ('\n[[notices]]\ntext = "Zbiórka."\nfrom = "12.12"\nto = 2026-12-12\n', "notices.1.from", "is not a date"),
    ('\n[[notices]]\ntext = "Zbiórka."\nfrom = 2026-12-08\nto = 2026-12-12\nkiedy = 1\n', "notices.1.kiedy", "unknown key"),
    (notices_toml(("Raz. Dwa. Trzy. Cztery.", "2026-12-08", "2026-12-12")), "notices.1.text", "4 sentences, at most 3"),
    (notices_toml((FOOD, "2026-12-08", "2026-12-12"), ("a" * 401, "2026-12-08", "2026-12-12")),
     "notices.2.text", "401 characters, at most 400"),
])
def test_a_bad_notice_is_refused_naming_its_key(content_dir, toml, key, message):
    path = content_dir / "pl.toml"
    path.write_text(path.read_text(encoding="utf-8") + toml, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_content(content_dir)
    assert f"[{key}]" in str(error.value) and message in str(error.value)


def test_three_sentences_and_abbreviations_are_accepted(content_dir):
    text = "W środę 24 grudnia ośrodek jest nieczynny. Zapraszamy do pokoju nr 3 przy ul. Poznańskiej 5. Informacje pod tel. 61 817 61 30."
    add_notices(content_dir, (text, "2026-12-01", "2026-12-31"))
    assert load_content(content_dir).notices == (Notice(text, date(2026, 12, 1), date(2026, 12, 31)),)


def test_notices_that_together_overflow_an_sms_are_refused(content_dir):
    long = "Zbiórka żywności odbędzie się w sobotę przed szkołą podstawową w Kleszczewie, od dziewiątej do czternastej."
    add_notices(content_dir, (long, "2026-12-08", "2026-12-12"))
    load_content(content_dir)  # one alone fits in 3 SMS
    add_notices(content_dir, (long.replace("sobotę", "niedzielę"), "2026-12-10", "2026-12-20"))
    with pytest.raises(ContentError) as error:
        load_content(content_dir)
    assert "[notices.2.text] too long for one reply with the notices of 2026-12-10" in str(error.value)


def test_notices_on_different_days_do_not_add_up(content_dir):
    long = "Zbiórka żywności odbędzie się w sobotę przed szkołą podstawową w Kleszczewie, od dziewiątej do czternastej."
    add_notices(content_dir, (long, "2026-12-08", "2026-12-12"), (long, "2026-12-13", "2026-12-20"))
    assert len(load_content(content_dir).notices) == 2


# -- which days ----------------------------------------------------------------

@pytest.mark.parametrize("day, active", [
    (date(2026, 12, 7), False), (date(2026, 12, 8), True), (date(2026, 12, 12), True), (date(2026, 12, 13), False),
])
def test_a_notice_is_heard_from_its_first_to_its_last_day(make_app, post, content_dir, day, active):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"))
    texts = said(make_app(warsaw(day.year, day.month, day.day, 10, 0)), post)
    assert (FOOD in texts) is active
    assert ("Ważna informacja." in texts) is active


def test_overlapping_notices_are_heard_in_the_files_order_after_one_lead_in(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"), (SENIOR, "2026-12-10", "2026-12-11"))
    app = make_app(warsaw(2026, 12, 10, 10, 0))
    texts = said(app, post)
    status = texts.index("Ośrodek jest teraz otwarty, do piętnastej.")
    # Issue 24: the person hint first, then one notice before the menu, the rest under the hours item.
    assert texts[status + 2:status + 5] == [
        "Ważna informacja.",
        "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności.",
        "Pozostałe ogłoszenia są pod klawiszem jeden, przy godzinach otwarcia.",
    ]
    assert texts.count("Ważna informacja.") == 1
    # The menu follows, then the Ukrainian line's offer (issue 33).
    assert texts[-2].endswith("Proszę wybrać teraz.") and texts[-1] == "Українською — натисніть вісім."
    hours = heard(post(app, "/voice/answer?node=main", {"Digits": "1"}))
    assert hours[1:4] == [
        "Ważna informacja.",
        "W sobotę przed szkołą w Kleszczewie odbędzie się zbiórka żywności.",
        "Zapraszamy na Dzień Seniora w piątek o szesnastej w świetlicy.",
    ]
    assert hours.count("Ważna informacja.") == 1


def test_nine_in_the_main_menu_and_the_hours_item_repeat_the_notices(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"))
    app = make_app(warsaw(2026, 12, 9, 10, 0))
    again = heard(post(app, "/voice/answer?node=main", {"Digits": "9"}))
    assert again[:2] == ["Ważna informacja.", FOOD] and again[-1].endswith("Proszę wybrać teraz.")
    hours = heard(post(app, "/voice/answer?node=main", {"Digits": "1"}))
    assert hours[:3] == ["Ośrodek jest teraz otwarty, do piętnastej.", "Ważna informacja.", FOOD]


def test_an_expired_notice_stays_in_the_file_and_is_never_played(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-11-01", "2026-11-07"))
    assert len(load_content(content_dir).notices) == 1
    assert FOOD not in said(make_app(warsaw(2026, 12, 9, 10, 0)), post)


# -- coming closures --------------------------------------------------------------

def closures(content, at, schedule=None):
    schedule = schedule or make_schedule(content)
    return coming_closures(schedule, content.weekly, at)


@pytest.fixture(scope="module")
def shipped():
    from ivr.config import ROOT

    return load_content(ROOT / "prompts")


@pytest.mark.parametrize("at, runs", [
    # Christmas 2026: Thursday 24 and Friday 25 December, grouped.
    (warsaw(2026, 12, 21, 10, 0), [ClosureRun(date(2026, 12, 24), date(2026, 12, 25))]),
    (warsaw(2026, 12, 17, 10, 0), [ClosureRun(date(2026, 12, 24), date(2026, 12, 24))]),  # 7 days ahead: 24 only
    (warsaw(2026, 12, 16, 10, 0), []),  # 24 December is 8 days away
    # Year end: New Year's Day (Friday) and Epiphany (Wednesday) in one week.
    (warsaw(2026, 12, 30, 10, 0), [ClosureRun(date(2027, 1, 1), date(2027, 1, 1)),
                                   ClosureRun(date(2027, 1, 6), date(2027, 1, 6))]),
    # Easter Monday 2027 is 29 March.
    (warsaw(2027, 3, 25, 10, 0), [ClosureRun(date(2027, 3, 29), date(2027, 3, 29))]),
    # Weekends are no news.
    (warsaw(2026, 11, 30, 10, 0), []),
])
def test_closed_working_days_of_the_coming_week(shipped, at, runs):
    assert list(closures(shipped, at)) == runs


def test_staff_closure_days_group_with_holidays(content_dir):
    edit_content(content_dir, "closures = []", 'closures = ["2026-12-23", "2026-12-31"]')
    content = load_content(content_dir)
    assert list(closures(content, warsaw(2026, 12, 21, 10, 0))) == [ClosureRun(date(2026, 12, 23), date(2026, 12, 25))]
    assert list(closures(content, warsaw(2026, 12, 28, 10, 0))) == [ClosureRun(date(2026, 12, 31), date(2027, 1, 1))]


def test_closures_already_in_the_status_are_not_said_twice(shipped):
    # Wednesday 23 December after closing: the status says "zapraszamy w poniedziałek".
    assert closures(shipped, warsaw(2026, 12, 23, 16, 0)) == ()
    # The same day while open: Thursday and Friday are news.
    assert closures(shipped, warsaw(2026, 12, 23, 10, 0)) == (ClosureRun(date(2026, 12, 24), date(2026, 12, 25)),)
    # Tuesday 5 January in the evening: we open on Thursday (Epiphany on Wednesday), said by the status.
    assert closures(shipped, warsaw(2027, 1, 5, 18, 0)) == ()


@pytest.mark.parametrize("runs, spoken_days, sms_days", [
    ([ClosureRun(date(2026, 12, 31), date(2026, 12, 31))], "w czwartek, 31 grudnia,", "czw. 31.12"),
    ([ClosureRun(date(2026, 12, 23), date(2026, 12, 25))], "od środy, 23 grudnia, do piątku, 25 grudnia,", "śr.–pt. 23–25.12"),
    ([ClosureRun(date(2026, 12, 31), date(2027, 1, 1))], "od czwartku, 31 grudnia, do piątku, 1 stycznia,",
     "czw.–pt. 31.12–1.01"),
    ([ClosureRun(date(2027, 1, 1), date(2027, 1, 1)), ClosureRun(date(2027, 1, 6), date(2027, 1, 6))],
     "w piątek, 1 stycznia, oraz w środę, 6 stycznia,", "pt. 1.01, śr. 6.01"),
])
def test_closure_days_in_words_and_in_short(runs, spoken_days, sms_days):
    assert closure_days_text(runs) == spoken_days
    assert closure_days_short(runs) == sms_days


def test_the_caller_hears_the_coming_closure_after_the_status(make_app, post):
    texts = said(make_app(warsaw(2026, 12, 28, 10, 0)), post)
    assert texts[1] == "Ośrodek jest teraz otwarty, do szesnastej."  # then the person hint (issue 24)
    assert texts[3] == "Uwaga: w piątek, pierwszego stycznia, ośrodek będzie nieczynny."
    texts = said(make_app(warsaw(2026, 12, 21, 10, 0)), post)
    assert texts[3] == ("Uwaga: od czwartku, dwudziestego czwartego grudnia, do piątku, dwudziestego piątego grudnia, "
                        "ośrodek będzie nieczynny.")


def test_no_closure_sentence_when_the_status_already_says_it(make_app, post):
    texts = said(make_app(warsaw(2026, 12, 23, 16, 0)), post)
    assert texts[1] == "Ośrodek jest teraz zamknięty. Zapraszamy w poniedziałek od ósmej."
    assert not any(t.startswith("Uwaga") for t in texts)


# -- SMS ---------------------------------------------------------------------------

def post_sms(app, body: str):
    from conftest import sign

    form = {"MessageSid": "SM123", "From": "+48606902915", "To": "+48225550100", "Body": body}
    headers = {"X-Twilio-Signature": sign("http://localhost/sms", form)}
    response = app.test_client().post("/sms", data=form, headers=headers)
    return [child.text for child in ET.fromstring(response.get_data())]


def test_godziny_gets_a_second_sms_with_closures_and_notices(make_app, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-18", "2026-12-23"))
    replies = post_sms(make_app(warsaw(2026, 12, 21, 10, 0)), "GODZINY")
    assert replies[0].startswith("Teraz otwarte do 16:00.\n")
    assert replies[1] == f"Nieczynne: czwartek 24 i piątek 25 grudnia.\n{FOOD}"


def test_no_news_means_one_sms(make_app):
    assert len(post_sms(make_app(warsaw(2026, 12, 1, 10, 0)), "GODZINY")) == 1
    assert len(post_sms(make_app(warsaw(2026, 12, 21, 10, 0)), "ADRES")) == 1  # news goes with the hours only


def test_every_news_sms_of_the_shipped_content_fits_in_three_segments(shipped):
    from ivr.common.sms_segments import MAX_SEGMENTS, count
    from ivr.textline.replies import TextLine

    textline = TextLine(shipped, make_schedule(shipped))
    for offset in range(0, 400, 1):
        day = date(2026, 12, 1).toordinal() + offset
        moment = warsaw(*date.fromordinal(day).timetuple()[:3], 10, 0)
        news = textline.news(moment)
        assert news is None or count(news).count <= MAX_SEGMENTS


@pytest.fixture
def fake_twilio():
    import responses

    from conftest import TOKEN
    from fake_twilio import FakeTwilio

    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield FakeTwilio(mock, auth_token=TOKEN).register_messages()


def _sent_bodies(store, fake) -> list[str]:
    """Every SMS the worker sends for the jobs queued so far."""
    from types import SimpleNamespace

    from ivr.jobs.queue import JobQueue
    from ivr.jobs.worker import Worker
    from ivr.messages import work

    worker = Worker(JobQueue(store), None, work.handlers(None, SimpleNamespace(line_number="+48225550100"),
                                                         client_factory=fake.client))
    while worker.work_one():
        pass
    return [r.form["Body"] for r in fake.posts()]


@pytest.fixture
def job_store(tmp_path):
    from ivr.messages.store import Store

    store = Store(f"sqlite:///{tmp_path / 'jobs.sqlite3'}")
    yield store
    store.engine.dispose()


def test_key_five_texts_the_news_after_the_facts(fake_twilio, job_store):
    from ivr.jobs.queue import JobQueue
    from ivr.messages.outbound import InfoSender

    news = {warsaw(2026, 12, 21, 10, 0): "Nieczynne: czwartek 24 i piątek 25 grudnia.", warsaw(2026, 12, 1, 10, 0): None}
    sender = InfoSender(JobQueue(job_store), "+48225550100", text=lambda: "Ośrodek Pomocy Społecznej", news=news.get)
    assert sender.send_info("+48606111222", warsaw(2026, 12, 21, 10, 0)) == "sent"
    assert _sent_bodies(job_store, fake_twilio) == ["Ośrodek Pomocy Społecznej", "Nieczynne: czwartek 24 i piątek 25 grudnia."]
    assert sender.send_info("+48606111333", warsaw(2026, 12, 1, 10, 0)) == "sent"
    assert len(_sent_bodies(job_store, fake_twilio)) == 3  # no news that day: the facts alone


def test_a_failed_news_sms_leaves_the_facts_sent(fake_twilio, job_store):
    from ivr.jobs.queue import JobQueue
    from ivr.messages.outbound import InfoSender

    def broken_news(now):
        raise RuntimeError("news broke")

    sender = InfoSender(JobQueue(job_store), "+48225550100", text=lambda: "Fakty", news=broken_news)
    assert sender.send_info("+48606111444", warsaw(2026, 12, 28, 10, 0)) == "sent"
    assert _sent_bodies(job_store, fake_twilio) == ["Fakty"]
    # The news failing at Twilio leaves the facts sent: they are separate jobs.
    sender = InfoSender(JobQueue(job_store), "+48225550100", text=lambda: "Fakty", news=lambda now: "Nieczynne: pt. 1.01.")
    assert sender.send_info("+48606111555", warsaw(2026, 12, 28, 10, 0)) == "sent"
    fake_twilio.fail_next("invalid_number")
    assert _sent_bodies(job_store, fake_twilio)[-1] == "Nieczynne: pt. 1.01."
    assert fake_twilio.messages[-1]["body"] == "Nieczynne: pt. 1.01." and len(fake_twilio.messages) == 2


# -- audio catalogue --------------------------------------------------------------

def test_the_catalogue_records_current_and_coming_notices_and_no_expired_one(content_dir):
    add_notices(content_dir, ("Stary komunikat.", "2026-11-01", "2026-11-20"), (FOOD, "2026-11-25", "2026-12-12"),
                (SENIOR, "2027-01-10", "2027-01-15"))
    content = load_content(content_dir)
    catalogue = Catalogue(content, make_schedule(content), date(2026, 12, 1))
    texts = {entry.text for entry in catalogue if entry.id.startswith("notice.")}
    assert texts == {FOOD, SENIOR}
    assert catalogue.notice(content.notices[1]).spoken == FOOD
    assert catalogue.notice(content.notices[2]).spoken == "Zapraszamy na Dzień Seniora w piątek o szesnastej w świetlicy."


def test_the_catalogue_has_every_closure_sentence_of_the_next_400_days(shipped):
    catalogue = Catalogue(shipped, make_schedule(shipped), date(2026, 12, 1))
    closures_ = {entry.text for entry in catalogue if entry.id.startswith("closure.")}
    assert "Uwaga: od czwartku, 24 grudnia, do piątku, 25 grudnia, ośrodek będzie nieczynny." in closures_
    assert "Uwaga: w piątek, 1 stycznia, oraz w środę, 6 stycznia, ośrodek będzie nieczynny." in closures_
    assert "Uwaga: w poniedziałek, 29 marca, ośrodek będzie nieczynny." in closures_  # Easter Monday 2027
    # Every closure a call can meet in those days is in the catalogue.
    schedule = make_schedule(shipped)
    for offset in range(400):
        day = date.fromordinal(date(2026, 12, 1).toordinal() + offset)
        for hour in (0, 10, 18):
            runs = coming_closures(schedule, shipped.weekly, warsaw(day.year, day.month, day.day, hour, 0))
            if runs:
                assert catalogue.entry("closure", {"dni": closure_days_text(runs)}).id in catalogue.entries


def test_ivr_notices_list_shows_what_a_caller_hears_at_the_moment(content_dir, monkeypatch):
    from click.testing import CliRunner

    from ivr.cli import main

    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-22"), ("Stary.", "2026-11-01", "2026-11-02"),
                (SENIOR, "2027-01-10", "2027-01-15"))
    monkeypatch.setenv("IVR_CONTENT_DIR", str(content_dir))
    result = CliRunner().invoke(main, ["notices", "list", "--at", "2026-12-21 10:00"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"1. 08.12.2026–22.12.2026 (trwa): {FOOD}",
        "2. 01.11.2026–02.11.2026 (minął): Stary.",
        f"3. 10.01.2027–15.01.2027 (zaplanowany): {SENIOR}",
        "",
        "Dzwoniący 21.12.2026 10:00 słyszy po informacji o godzinach otwarcia:",
        "  Uwaga: od czwartku, 24 grudnia, do piątku, 25 grudnia, ośrodek będzie nieczynny.",
        "  Ważna informacja.",
        f"  {FOOD}",
        "SMS z aktualnościami po odpowiedzi GODZINY:",
        "  Nieczynne: czwartek 24 i piątek 25 grudnia.",
        f"  {FOOD}",
    ]
    quiet = CliRunner().invoke(main, ["notices", "list", "--at", "2026-12-01 10:00"])
    assert quiet.output.splitlines()[-2:] == ["  (nic więcej)", "Bez SMS-a z aktualnościami."]


# -- edges (issue 35) ---------------------------------------------------------------


def test_a_notice_is_active_through_its_last_day_and_expired_only_after_it():
    notice = Notice(FOOD, date(2026, 12, 8), date(2026, 12, 12))
    assert [notice.active_on(date(2026, 12, d)) for d in (7, 8, 12, 13)] == [False, True, True, False]
    assert [notice.expired_on(date(2026, 12, d)) for d in (7, 12, 13)] == [False, False, True]


def test_a_one_day_notice_is_accepted_heard_that_day_only_and_recorded(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-09", "2026-12-09"))
    content = load_content(content_dir)
    assert content.notices == (Notice(FOOD, date(2026, 12, 9), date(2026, 12, 9)),)
    assert FOOD in said(make_app(warsaw(2026, 12, 9, 10, 0)), post)
    assert FOOD not in said(make_app(warsaw(2026, 12, 10, 10, 0)), post)
    catalogue = Catalogue(content, make_schedule(content), date(2026, 12, 9))
    assert FOOD in {entry.text for entry in catalogue if entry.id.startswith("notice.")}


@pytest.mark.parametrize("build_day, recorded", [(date(2026, 12, 12), True), (date(2026, 12, 13), False)])
def test_a_notice_is_still_recorded_by_a_build_on_its_last_day(content_dir, build_day, recorded):
    # The nightly build of its last day must keep its audio: callers hear it until midnight.
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"))
    content = load_content(content_dir)
    catalogue = Catalogue(content, make_schedule(content), build_day)
    assert (FOOD in {entry.text for entry in catalogue if entry.id.startswith("notice.")}) is recorded


def test_a_notice_is_heard_on_its_last_day_until_midnight(make_app, post, content_dir):
    add_notices(content_dir, (FOOD, "2026-12-08", "2026-12-12"))
    assert FOOD in said(make_app(warsaw(2026, 12, 12, 23, 59)), post)
    assert FOOD not in said(make_app(warsaw(2026, 12, 13, 0, 0)), post)


def test_a_weekday_the_office_never_opens_is_no_closure_news():
    # An office closed every Wednesday: an ordinary Wednesday is not "nieczynne" news.
    from ivr.call.schedule import Hours, Schedule
    from datetime import time

    weekly = {day: Hours(time(8), time(15)) for day in (0, 1, 3, 4)}
    schedule = Schedule(weekly)
    assert coming_closures(schedule, weekly, warsaw(2026, 11, 30, 10, 0)) == ()
    # ... while a holiday on a day it does open still is.
    assert coming_closures(schedule, weekly, warsaw(2026, 12, 21, 10, 0)) == (
        ClosureRun(date(2026, 12, 24), date(2026, 12, 25)),)


def test_a_saturday_opening_is_no_working_day_for_closure_news():
    # Closures are announced for Monday to Friday only, even if the office also opens on Saturdays.
    from ivr.call.schedule import Hours, Schedule
    from datetime import time

    weekly = {day: Hours(time(8), time(12)) for day in range(6)}
    schedule = Schedule(weekly)
    # Saturday 26 December 2026 is a holiday (second day of Christmas) on an opening Saturday.
    assert coming_closures(schedule, weekly, warsaw(2026, 12, 21, 10, 0)) == (
        ClosureRun(date(2026, 12, 24), date(2026, 12, 25)),)
