"""Round fifty of issue 23 (bench/fresh50): families in trouble, told to an office that is no emergency service, beside
the same homes with harm now. A person put out of the house (`senses.fifty_put_out_of_home`, danger); fear said of
coping or of an office's step (`senses.fifty_fear_not_danger`), one gone away and silent
(`senses.fifty_gone_away_silent`) and, beside care, the condition after a fall or an old parent who cannot cope alone
(`senses.fifty_care_not_danger`): no danger; no worker wanted (`senses.fifty_none_wanted`); a worker to talk with
"them", the family (`senses.fifty_talk_with_them`); a grandchild living with the caller where no matter is named
(`senses.fifty_grandchild_living_with_me`); a transfer asked before a visit told
(`senses.fifty_put_through_before_visit`); a known word heard only near a list's word
(`senses.fifty_known_word_near_only`); a menu's option missed and asked again; drinking in the past beside the line's
word recalled (`senses.fifty_past_or_recalled`); list entries for the social workers, care, a visit and gambling. Each
reading is played through the real /voice webhooks (exact TwiML for the safety route and for a few answers), beside the
near inputs that must not change. The sentences are this round's own phrasings of each kind, not the corpus rows."""
from __future__ import annotations

import pytest

from conftest import FRIDAY_EVENING, TUESDAY_OPEN
from test_speech_rules import check, not_danger, same, say_in, topic
from test_speech_round_nine import danger_open
from test_speech_round_ten import danger_closed


# -- a person put out of the house (senses.fifty_put_out_of_home) ---------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("main", "zięć wypchnął teściową na dwór i nie wpuszcza jej z powrotem"),
    ("contact", "syn pijany ją wyrzucił za drzwi i ona tam stoi w samym swetrze"),
    ("about", "on babcię wystawił na zewnątrz i zamknął się w środku"),
])
def test_a_person_put_out_of_the_house_is_danger(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == danger_open(app)


def test_a_person_put_out_of_the_house_after_hours_exact_twiml(make_app, post):
    app = make_app(FRIDAY_EVENING)
    assert say_in(post, app, "main", "mąż mnie wypchnął na dwór i zamknął drzwi") == danger_closed(app)


@pytest.mark.parametrize("words", [
    "wyrzuciłam śmieci za drzwi i zamknęłam",  # a thing put out
    "wypchnął wózek na dwór bo w sieni ciasno",
    "wypchnęłam go na dwór żeby się przewietrzył",  # the caller did it
    "matka wyrzuciła śmieci na dwór",  # the subject before the verb, a thing after it
    "nie wypchnął jej na dwór tylko pokrzyczał i poszedł spać",
])
def test_things_put_out_or_by_the_caller_are_no_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert not_danger(app, say_in(post, app, "main", words))


# -- fear of coping or of an office's step (senses.fifty_fear_not_danger) ------------------------------------------

@pytest.mark.parametrize("node, words, item", [
    ("main", "tata po chemii wraca do domu i boimy się że nie damy rady z opieką", "care"),
    ("main", "w sprawie komisji alkoholowej bo szwagier pije a siostra boi się sama złożyć wniosek", "addiction"),
])
def test_fear_of_coping_or_of_a_step_is_the_matter_not_danger(make_app, post, node, words, item):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, item)


@pytest.mark.parametrize("words", [
    "boję się że nie damy rady bo on nas zabije",  # a threat beside it
    "siostra boi się zgłosić na policję że ją bije",
    "boję się wracać do domu",
    "boję się że mnie zabije",
    "boję się prosić o pomoc bo mąż się dowie",  # asking for help, feared: no office's step
])
def test_fear_of_harm_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- gone away and silent (senses.fifty_gone_away_silent) -----------------------------------------------------------

def test_one_gone_away_and_silent_is_no_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "syn wyjechał do anglii i się nie odzywa a wnuki u mnie mieszkają i nie wiem co z papierami"
    assert say_in(post, app, "main", words) == topic(app, "social_work")


@pytest.mark.parametrize("words", ["mama się nie odzywa i leży na podłodze", "sąsiad od wczoraj się nie odzywa",
                                   "mąż wyjechał na ryby i od rana się nie odzywa"])
def test_one_silent_at_home_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- beside care: after an illness, an old parent who cannot cope alone (senses.fifty_care_not_danger) -------------

@pytest.mark.parametrize("words", [
    "pytam o usługi opiekuńcze bo tata po złamaniu nogi leży i sam nie wstanie do toalety",
    "chodzi o opiekunkę bo babcia sobie nie radzi sama w domu od kiedy wróciła ze szpitala",
])
def test_a_condition_after_an_illness_beside_care_is_care(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "care")


@pytest.mark.parametrize("words", [
    "mama złamała biodro i leży na podłodze potrzebna opiekunka",  # the fall itself
    "dziecko samo w domu zostało a ja pytam o opiekunkę",
    "mama po pobiciu leży w domu potrzebna opiekunka",  # violence, not a fall
    "babcia sobie nie radzi sama w domu a syn ją bije potrzebna opiekunka",
])
def test_the_event_itself_or_harm_beside_care_is_still_danger(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == danger_open(app)


# -- no worker wanted (senses.fifty_none_wanted) --------------------------------------------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "nie nie potrzebuję żadnego pracownika"),
    ("main", "nie chcę żadnej pani z opieki u siebie"),
])
def test_no_worker_wanted_is_no_transfer(make_app, post, node, words):
    app = make_app(TUESDAY_OPEN)
    assert "<Dial" not in say_in(post, app, node, words)


@pytest.mark.parametrize("words", ["a nie ma żadnego pracownika teraz proszę połączyć", "chcę z pracownikiem"])
def test_a_worker_asked_for_beside_none_is_still_a_transfer(make_app, post, words):
    assert same(make_app, post, "main", words, "chcę rozmawiać z pracownikiem")


# -- a worker to talk with them, the family (senses.fifty_talk_with_them) -------------------------------------------

@pytest.mark.parametrize("words", [
    "czy pani z opieki mogłaby z nimi porozmawiać bo syn z synową się kłócą",
    "chciałabym żeby pracownik z opieki z nimi pogadał bo wnuk nie chodzi do szkoły",
])
def test_a_worker_to_talk_with_the_family_is_the_social_work_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == topic(app, "social_work")


@pytest.mark.parametrize("words", ["proszę mnie połączyć z panią z opieki", "chcę porozmawiać z pracownikiem"])
def test_a_worker_asked_for_the_caller_is_still_a_transfer(make_app, post, words):
    assert same(make_app, post, "about", words, "chcę rozmawiać z pracownikiem")


# -- a grandchild living with the caller (senses.fifty_grandchild_living_with_me) and the lists ---------------------

@pytest.mark.parametrize("node, words, item", [
    ("main", "wnuk u mnie mieszka od zimy a osiemset plus dalej idzie na syna", "child_benefit"),
    ("about", "wnuczka mieszka u mnie i nie wiem kto ma podpisywać w szkole czy wy w tym pomagacie", "social_work"),
    ("main", "syn wyszedł z więzienia i nie ma nic trzeba go jakoś pokierować", "social_work"),
    ("benefits", "żeby ktoś z gminy przyjechał i zobaczył w jakich warunkach mieszkamy", "social_work"),
    ("main", "czy ktoś z opieki mógłby zajrzeć do sąsiada bo sam jest i nie wiem czy sobie radzi", "social_work"),
    ("about", "tata po chemii czy jest ktoś kto by przychodził do domu pomagać", "care"),
])
def test_the_matters_told_in_everyday_words(make_app, post, node, words, item):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, node, words) == topic(app, item)


@pytest.mark.parametrize("words, reference", [
    ("mieszkam u wnuczki i chciałam zapytać czy jutro jesteście", "czy jutro jesteście"),
    ("wnuczka mieszka w poznaniu a ja chciałam o dodatek węglowy", "dodatek węglowy"),
])
def test_the_caller_living_with_a_grandchild_or_one_living_elsewhere_keeps_its_matter(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


def test_a_grandchild_living_with_the_caller_and_danger_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "wnuczka u mnie mieszka bo ojciec ją bił") == danger_open(app)


def test_a_long_story_of_no_worker_wanted_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "nie nie dziękuję nie chcę żadnego pracownika u nas wszystko dobrze to szwagierka wymyśliła te historie"
    assert say_in(post, app, "about", words) == check(app)


# -- a transfer asked, the visit told after it (senses.fifty_put_through_before_visit) ------------------------------

@pytest.mark.parametrize("node, words", [
    ("about", "proszę mnie połączyć z panią kasią ona była u nas na wywiadzie w zeszłym tygodniu"),
    ("main", "połącz mnie z pracownikiem co był u nas na wywiadzie"),
])
def test_a_transfer_asked_before_a_visit_told_is_a_transfer(make_app, post, node, words):
    assert same(make_app, post, node, words, "chcę rozmawiać z pracownikiem")


@pytest.mark.parametrize("words", [
    "żeby pani przyjechała do mnie na wywiad proszę połączyć",  # the visit first
    "z panią basią żeby przyjechała do mnie na wywiad",  # no request to put through
])
def test_a_visit_asked_beside_a_person_is_still_the_social_work_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "social_work")


# -- a known word heard only near a list's word (senses.fifty_known_word_near_only) ---------------------------------

@pytest.mark.parametrize("words", [
    "osiemset plus idzie na syna a wnuk u mnie czy można to przepisać na mnie",
    "czy trzeba przepisać osiemset plus na babcię",
])
def test_a_known_word_near_a_list_word_beside_a_matter_is_that_matter(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "child_benefit")


@pytest.mark.parametrize("words, reference", [
    ("osiemset plus dostaję ale mąż wszystko przepija", "mąż przepija"),  # the list's own word, named last
    ("czy jest jakaś zapomoga bo mi świnie padły", "zapomoga"),  # a list lemma weighing less
])
def test_list_words_are_kept(make_app, post, words, reference):
    assert same(make_app, post, "main", words, reference)


# -- an option of the menu just read, missed and asked again (round thirty-seven's reading in a menu) --------------

@pytest.mark.parametrize("words", [
    "nie dosłyszałam co tam było o tym jedzeniu proszę jeszcze raz",
    "za szybko pani mówi nie usłyszałam co z tymi posiłkami niech pani powtórzy",
])
def test_a_menu_option_missed_and_asked_again_repeats_the_menu(make_app, post, words):
    assert same(make_app, post, "about", words, "proszę powtórzyć") or same(
        make_app, post, "about", words, "za szybko, proszę powtórzyć")


@pytest.mark.parametrize("words, item", [
    ("jedzenie proszę bo nie dosłyszałam wcześniej", "food"),  # no repeat asked after it
    ("nie dosłyszałam ale chcę o posiłkach", "food"),
])
def test_an_option_chosen_beside_not_catching_is_that_option(make_app, post, words, item):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "about", words) == topic(app, item)


def test_danger_beside_a_repeat_asked_is_still_danger(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "nie dosłyszałam co z jedzeniem bo on mnie bije proszę powtórzyć"
    assert say_in(post, app, "about", words) == danger_open(app)


# -- scratch cards (prompts/pl.toml addiction) -----------------------------------------------------------------------

@pytest.mark.parametrize("words", ["mąż ciągle kupuje te zdrapki i nic nie zostaje", "babcia całą rentę w zdrapki"])
def test_scratch_cards_are_the_addiction_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "addiction")


def test_coal_lacking_alone_is_still_heating(make_app, post):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", "brakuje mi na opał na zimę") == topic(app, "heating")


# -- drinking in the past and the line's word recalled (senses.fifty_past_or_recalled) ------------------------------

@pytest.mark.parametrize("words", [
    "dziadek pił dawno temu, pani o tym piciu mówiła to mi się przypomniało",
    "teść pił lata temu ale nie żyje już ja tylko tak bo pani o alkoholu wspomniała",
])
def test_drinking_long_ago_and_the_line_recalled_is_no_addiction_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) != topic(app, "addiction")


@pytest.mark.parametrize("words", ["ojciec pił lata temu a teraz znowu pije", "mąż pił dawno temu i o alkoholu chcę"])
def test_drinking_now_or_asked_about_is_still_the_addiction_item(make_app, post, words):
    app = make_app(TUESDAY_OPEN)
    assert say_in(post, app, "main", words) == topic(app, "addiction")


def test_a_beating_long_ago_beside_the_line_recalled_is_asked_about(make_app, post):
    app = make_app(TUESDAY_OPEN)
    words = "ojciec pił i bił matkę trzydzieści lat temu ja tylko wspominam bo pani o alkoholu powiedziała"
    assert say_in(post, app, "main", words) == check(app)
