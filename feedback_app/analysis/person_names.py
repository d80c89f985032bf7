"""Find people's names in free text: a first-name list combined with context and capitalisation.

First names come from the US census lists shipped in the `names` package (MIT) plus
`data/uk_first_names.txt` (UK names the census lists lack). Names that are also common English
words ("Will", "Hope", "Mark") need context: a title ("Dr Patel"), a role ("paramedic Sarah"), a
family word ("my son Daniel"), "called"/"named"/"my name is", or a capital letter mid-sentence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Census entries that are words first and names (almost) never in UK feedback.
_NEVER = _words("""
aide alpha an angelic angle bee blanch bong brain buck bud buddy buster caprice carmine carry
celesta chance cherish chi chin china christen conception coy curt delta desire diamond dick dimple
dirk dung earnest echo else emerald era ester fairy fanny forest gala gay genesis golden ha hang hue
hung in ivory julienne junior karma king lady lean lien loan long lore love ma manual maple
margarita marine marquis marry marvel maxima meta mi min miss moon my noble novella nu numbers
omega pa pansy pasty pearly pinkie ping precious prince princess queen romaine rosette royal sang
sari savanna season see shad shin so son song soon sparkle spring star stormy sun sung sunshine
tad tawny temple tequila tiara tiny van velvet viva wan ward wen windy yen yon young yuk ok na le
tai tia ta nana nan jesus easter sunday january september lourdes man many major bunny sultana yaw
""")

# Names that are also everyday words: a name only with context or a capital mid-sentence.
_AMBIGUOUS = _words("""
abbey ally amber art aura barb basil beau bell belle berry bill birdie blossom bob bonnie bonny
brandy brook brooks camellia candy carol charity chastity cherry chuck clay clement cliff coral
dahlia
daisy dale dawn dean dell destiny dolly don dot dotty drew dusty earl ebony ed eddy emery faith
fawn fern flora foster frank freeman gale garland garnet garret gene genie ginger glen glory grace
grant guy hank harmony hazel heath heather herb holly honey hope hunter hyacinth iris ivy jade
jarred jasmine jay jewel joy ken kit kitty lacy lance lane laurel lea liberty lily magnolia marina
marlin mark mason max melody mercy merry mica miles misty mo myrtle newton noel nova olive opal
page pat patience patsy patty pearl peg penny piper porter prudence randy raven ray reed rhea rich
rob robin rocky rod roman rose rosemary rosy ruby rusty sage sandy savannah scarlet sherry sibyl
sierra sol sonny sterling sue sunny tam tanner trent troy valentine vi viola violet wade walker
warren will willow
""")

# Names that are months, seasons or common proper nouns: a name only with explicit context.
_CONTEXT_ONLY = _words(
    "april may june august jan eve angel chase crystal trinity summer autumn winter christian"
)

# First names that are also places: not a name after "in", "at", "from" ...
_PLACES = _words(
    "chester clifton preston stanley carlton lincoln barry victoria sydney florence "
    "shirley beverley austin paris tyrone chelsea ashley darwin sherwood kingston "
    "jersey wellington hamilton milton bradford dudley clayton ashton kendal nelson darwen "
    "kent devon brent milford"
)
_PLACE_PREPOSITIONS = _words("in at from to near into towards around outside via")

# A name followed by one of these is a place or organisation ("Hope House", "Ruby Ward").
_ORG_FOLLOWERS = _words("""
hospital house ward centre center unit trust road street lane avenue station court foundation
hospice clinic surgery practice team service services suite college university school church
curie macmillan
park square close drive way gardens place terrace hall building lodge wing block medical health
care home homes hotel estate infirmary crescent grove green bridge tower towers project charity
society network partnership group line helpline cafe café
""")
_ORG_PRECEDERS = _words("st saint port fort mount lake queen king prince princess royal lady")

# Capitalised words that are never the start or part of a name.
_STOP = _words("""
i a an the and or but if when while as at by for from in into of on onto to with without about
after before during since until than then so very really just also too not no yes my our your his
her their its me we us you he she they it this that these those there here who whom whose what
which where why how all both each every some any many much more most few other another such own
same was were is are be been being am has have had do does did done would shall should can
could might must let get got please thanks thank thankyou cheers hi hello dear regards kind
best yours sorry ok okay great good excellent amazing brilliant lovely fantastic absolutely
nurse nurses paramedic paramedics doctor doctors dr gp police officer officers crew ambulance nhs
staff team service services hospital ward trust council street road section act mental health
crisis samaritans mind rethink monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december christmas god lord
mum dad son daughter mother father brother sister husband wife partner friend practitioner
student worker handler manager control room car unit suite pc dc ds di sgt pcso mr mrs ms miss
never still always now today nothing everything everyone everybody nobody someone overall however
although because since though maybe perhaps hopefully unfortunately sadly again only even once
tonight yesterday tomorrow afterwards meanwhile sometimes somehow whilst unless anyway instead
otherwise eventually suddenly i've i'm i'd i'll
well much more less lots plenty yet already soon later last first next new old other ive im id
""")
# Words after a lower-case name that show it is used as one ("sarah was lovely").
_NAME_FOLLOWERS = _words("""
was is were and has had did came come called rang phoned said says helped listened explained
stayed made went took from the always really who
""")

# After a capitalised everyday-word name ("Grace", "Will"), these show it is used as a name.
_AMBIGUOUS_FOLLOWERS = _NAME_FOLLOWERS | {"", "^", "&"}
# After an everyday-word name that starts a sentence: only a person does these.
_ACTION_FOLLOWERS = _words("""
came rang phoned said helped listened explained stayed went took from called who arrived sat
talked spoke rings calls phones listens explains helps
""")

_TITLES_ANY_CASE = _words("dr mr mrs ms mx prof")
_SURNAME_FOLLOWERS = (
    _NAME_FOLLOWERS | _ACTION_FOLLOWERS | _words("gave told asked prescribed examined") | {""}
)
_TITLES_CASED = _words(
    "Doctor Professor Nurse Sister Matron PC DC DS DI DCI Sgt Sergeant "
    "Constable Inspector Officer PCSO Rev Reverend Father Cllr Councillor "
    "Dame Sir Lord"
)
_ARTICLES = _words("a an the")
_ROLES = _words("""
paramedic nurse doctor dr gp medic clinician practitioner technician handler worker coordinator
co-ordinator consultant psychiatrist psychologist therapist counsellor manager lead volunteer
driver student sergeant inspector constable officer colleague receptionist dispatcher sister
matron midwife carer crew physio emt ecp amhp cpn hca eca aap rmn keyworker
""")
_FAMILY = _words("""
son daughter husband wife partner mum mom mother dad father brother sister boyfriend girlfriend
fiance fiancé fiancee fiancée grandson granddaughter nan nana gran granny grandma grandad grandpa
grandmother grandfather uncle aunt auntie aunty niece nephew friend mate carer child kid baby
cousin stepson stepdaughter stepdad stepmum neighbour flatmate housemate colleague ex
""")
_POSSESSIVES = _words("my our his her their your")
_PERSON_NOUNS = _words(
    "man woman lady guy bloke girl boy chap fella gentleman someone somebody "
    "person nurse paramedic doctor officer worker student one"
)
_SEEN = _words("seen helped visited assessed treated supported looked cared met called rang")
_THANKS = _words("thanks thank thankyou cheers praise tell shoutout kudos credit congrats")
# Text-speak read as the word it stands for: "thank u to sophie n kieran".
_TEXT_SPEAK = {"u": "you", "ya": "you", "n": "and"}
_THANKS_BEFORE_TO = frozenset({("you", "thank"), ("out", "shout")})
# Lower-case words that follow a title without being a surname: "the dr said", "dr appointment".
_NOT_SURNAME = _words("""
said says told tells asked asks came comes gave gives rang rings phoned called prescribed wrote sent
thought thinks wants needs didn't doesn't wasn't isn't won't wouldn't couldn't will would could
should can may might must appointment appointments letter note notes office visit visits referral
knows knew saw sees put gets got who which that reckons
""")
_NOT_SURNAME_ENDINGS = ("ed", "ing", "ly", "'s", "’s")
# Titles before which an unlisted lower-case word may be a surname; not "ms" (multiple sclerosis).
_SURNAME_TITLES = _words("dr mr mrs prof")

_LETTER = r"[^\W\d_]"  # any letter, accented ones included ("Siân", "Zoë")
# Letters with apostrophes among or after them, hyphenated parts joined: "O'Brien's", "Ella-Rose".
_TOKEN = re.compile(rf"{_LETTER}+(?:['’]+{_LETTER}*)*(?:-{_LETTER}+(?:['’]+{_LETTER}*)*)*")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O'|O’|D')(?=[^\W\d_])")
_JOINING_GAPS = frozenset({" ", ", ", ",", " (", "(", ": ", " - ", " – "})
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


class _Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str
    cap: bool  # written like a name: "Sarah", "McDonald", "O'Brien", "Ella-Rose"
    form: str  # as looked up in the first-name list (see _lookup_form)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The lower-case first-name list (loaded once)."""
    found: set[str] = set()
    census = resources.files("names")
    for filename in ("dist.male.first", "dist.female.first"):
        text = census.joinpath(filename).read_text(encoding="ascii")
        found.update(line.split(maxsplit=1)[0].lower() for line in text.splitlines() if line)
    extra = resources.files("feedback_app.analysis").joinpath("data/uk_first_names.txt")
    for line in extra.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            found.update(line.split())
    return frozenset(found - _NEVER)


def _tokens(text: str, matches: list[str]) -> list[_Token]:
    """The tokens of ``text``, given the words that ``_TOKEN.findall`` found in it."""
    out = []
    start = 0
    for matched in matches:
        # No letter lies between two matches, so the next match is the first copy of its text.
        start = text.index(matched, start)
        word, lower, cap, form = _word_forms(matched)
        out.append(_Token(word, start, start + len(word), lower, cap, form))
        start += len(matched)
    return out


@lru_cache(maxsize=65536)
def _word_forms(matched: str) -> tuple[str, str, bool, str]:
    """A matched word without a possessive "'s" or trailing apostrophes; its lower case; whether
    it is written like a name; its first-name lookup form. Cached: words recur across texts."""
    word = matched
    if word[-2:] in ("'s", "’s") and len(word) > 2:
        word = word[:-2]
    word = word.rstrip("'’")
    lower = word.lower()
    return word, lower, _is_name_case(word), _lookup_form(lower)


@lru_cache(maxsize=65536)
def _may_matter(matched: str) -> bool:
    """Whether a matched word could be a name that _accept takes (two letters or more, written
    like a name or a listed first name, no everyday word), or a title that a name or an initial
    may follow. A quick test that spares a text with no such word the closer look: keep it in
    step with _accept."""
    word, lower, cap, form = _word_forms(matched)
    if lower in _TITLES_ANY_CASE or word in _TITLES_CASED:
        return True  # "Dr A. Sharma", "dr singh"
    return len(word) > 1 and (cap or form in first_names()) and not _is_word_not_name(lower)


def _is_name_case(word: str) -> bool:
    """Written like a name: "Sarah", "McDonald", "O'Brien", "Ella-Rose", "Siân"."""
    if word.islower():  # most words: no capital to start a name
        return False
    for part in word.split("-"):
        part = _NAME_PREFIX.sub("", part)
        rest = part[1:].replace("'", "").replace("’", "")
        if not (part[:1].isupper() and rest == rest.lower()):
            return False
    return True


def _lookup_form(lower: str) -> str:
    """Hyphenated first names ("Ella-Rose") are looked up by their first part, accents dropped."""
    first = lower.split("-", 1)[0]
    if first.isascii():
        return first
    return unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()


def _word_before(toks: list[_Token], j: int) -> str:
    """Token j in lower case, text-speak spelt out; "" before the text starts."""
    return _TEXT_SPEAK.get(toks[j].lower, toks[j].lower) if j >= 0 else ""


def _context(text: str, toks: list[_Token], i: int, names_before: set[int]) -> str | None:
    """How strongly the words before token i suggest that it is a person's name."""
    if i == 0:
        return None
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    p1, p2, p3 = (_word_before(toks, j) for j in (i - 1, i - 2, i - 3))
    if (p1 in _TITLES_ANY_CASE or prev.text in _TITLES_CASED) and gap.strip() in ("", "."):
        return "title"
    if gap not in _JOINING_GAPS:
        return None
    if p1 in ("named", "name's", "names", "aka") or (p1 in ("is", "was") and p2 == "name"):
        return "strong"
    if p1 == "as" and p2 == "known":
        return "strong"
    if p1 == "called":
        return "strong" if p2 in _PERSON_NOUNS or p2 in ("is", "was", "he's", "she's") else "weak"
    if p1 in _ROLES:
        return "medium"
    if p1.endswith("s") and p1[:-1] in _ROLES:  # "the paramedics, Chris and Sam"
        return "weak"
    if p1 in _FAMILY and any(t.lower in _POSSESSIVES for t in toks[max(0, i - 4) : i - 1]):
        return "medium"
    if p1 in ("i'm", "im", "i’m") or (p1 == "am" and p2 == "i") or (p1 == "is" and p2 == "this"):
        return "weak"
    if p1 == "by" and p2 in _SEEN:  # "seen by Abbie"
        return "weak"
    if p1 in _THANKS or (p1 == "you" and p2 in ("thank", "to")) or (p1 == "to" and p2 in _THANKS):
        return "weak"
    if (p1 == "out" and p2 == "shout") or (p1 == "to" and (p2, p3) in _THANKS_BEFORE_TO):
        return "weak"  # "shout out to Tendai", "thank u to Sophie"
    if (i - 2) in names_before and (p1 in ("and", "&") or gap.strip() in (",", "&")):
        return "weak"
    if (i - 1) in names_before and gap.strip() in (",", "&"):
        return "weak"
    return None


def _role_follows(text: str, toks: list[_Token], i: int) -> str | None:
    """ "Bartek the EMT", "Jo, our call handler": a role named just after the word."""
    if i + 2 >= len(toks) or text[toks[i].end : toks[i + 1].start] not in (" ", ", "):
        return None
    word = toks[i].text
    if not word.isalpha() or len(word) < 3 or word.endswith(("ly", "ing")):
        return None
    if toks[i + 1].lower not in ("the", "our"):
        return None
    for role in toks[i + 2 : i + 4]:  # "the EMT", "our call handler"; not "the Dr's attitude"
        if role.lower in _ROLES and role.lower != "crew":
            possessive = text[role.end : role.end + 1] in ("'", "’")
            return None if possessive else "strong"
    return None


def _is_word_not_name(lower: str) -> bool:
    singular = lower[:-1] if lower.endswith("s") else lower
    return (
        lower in _STOP
        or lower in _ORG_FOLLOWERS
        or lower in _FAMILY
        or singular in _FAMILY
        or singular in _ROLES
    )


def _is_lower_surname(lower: str, next_lower: str) -> bool:
    """ "dr singh was kind": a lower-case word after a title, when it is no common word."""
    return (
        len(lower) >= 3
        and next_lower in _SURNAME_FOLLOWERS
        and lower not in _NOT_SURNAME
        and lower not in _PERSON_NOUNS
        and not lower.endswith(_NOT_SURNAME_ENDINGS)
    )


def _accept(
    tok: _Token, context: str | None, sentence_start: bool, title_case: bool, next_lower: str
) -> bool:
    """Decide whether a single token is a name, given its context."""
    form = tok.form
    listed = form in first_names()
    plain = listed and form not in _AMBIGUOUS and form not in _CONTEXT_ONLY and form not in _PLACES
    if context == "title" and len(tok.text) == 1 and tok.text.isupper():
        return tok.text != "I" or next_lower == "^"  # an initial ("Dr A. Sharma"), not "Dr I saw"
    if len(tok.text) < 2 or _is_word_not_name(tok.lower):
        return False
    if any(c.isupper() for c in tok.text[1:]) and not tok.cap:  # "TED", "IRIs"
        return context in ("title", "strong", "medium") and plain
    if not tok.cap:
        if context == "title" and not listed:
            return _is_lower_surname(tok.lower, next_lower)
        if context in ("title", "strong", "medium", "weak") or next_lower in _NAME_FOLLOWERS:
            return plain and (len(tok.text) > 2 or context is not None)
        return False
    if context in ("title", "strong"):
        return True
    if context == "medium":  # "paramedic Olu", but not "psychiatrist Dismiss the woman"
        return listed or next_lower in _AMBIGUOUS_FOLLOWERS
    if context == "weak":
        return listed and form not in _CONTEXT_ONLY
    if sentence_start or title_case:  # "Frank from the crisis line", not "Will the car come"
        return plain or (listed and form not in _CONTEXT_ONLY and next_lower in _ACTION_FOLLOWERS)
    # Mid-sentence capitals: "Grace and Sandra were fab", but not "Doctor needs sacking Will sue".
    return plain or (listed and form not in _CONTEXT_ONLY and next_lower in _AMBIGUOUS_FOLLOWERS)


def _is_title_case(toks: list[_Token]) -> bool:
    """Text Like This, where a capital letter says nothing about names."""
    long_words = [t for t in toks if len(t.text) > 3]
    return len(long_words) >= 4 and sum(t.cap for t in long_words) > 0.6 * len(long_words)


def _next_word(text: str, toks: list[_Token], i: int) -> str:
    """The next word in lower case; "" at the end of a clause or text, "^" before a capital."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start].strip(" ") not in ("", "&"):
        return ""
    following = toks[i + 1]
    return "^" if following.cap and following.lower not in _STOP else following.lower


def _extension_gaps(tok: _Token) -> tuple[str, ...]:
    """Gaps allowed between parts of one name: "Sarah Jones", "J. Smith"."""
    return (" ", ". ") if len(tok.text) == 1 else (" ",)


def _is_shouting(text: str) -> bool:
    """WRITTEN ALL IN CAPITALS, where capitals say nothing about names."""
    if sum(map(str.isupper, text)) < 7:  # too few capitals for 80% of 8 or more letters
        return False
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 8 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def find_names(text: str) -> list[tuple[int, int]]:
    """Character spans of people's names (titles such as "Dr" stay outside the span)."""
    if _is_shouting(text) and len(text.lower()) == len(text):
        text = text.lower()  # judged like lower-case text: "sarah was brilliant"
    matches = _TOKEN.findall(text)
    if not any(map(_may_matter, matches)):
        return []  # about half of all texts
    return _names_in(text, matches)


def _names_in(text: str, matches: list[str]) -> list[tuple[int, int]]:
    """``find_names`` past its quick test."""
    toks = _tokens(text, matches)
    names = first_names()
    title_case = _is_title_case(toks)
    spans: list[tuple[int, int]] = []
    names_at: set[int] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        after_title = i > 0 and toks[i - 1].lower in _SURNAME_TITLES
        if not tok.cap and not after_title and tok.form not in names:
            i += 1
            continue
        context = _context(text, toks, i, names_at) or _role_follows(text, toks, i)
        gap = text[toks[i - 1].end : tok.start] if i else ""
        sentence_start = i == 0 or bool(_SENTENCE_BREAK.search(gap))
        next_lower = _next_word(text, toks, i)
        if not _accept(tok, context, sentence_start, title_case, next_lower):
            i += 1
            continue
        prev_lower = toks[i - 1].lower if i else ""
        prev_is_acronym = (  # "NHS Grace Ward", "GP. Saw", but not "our CPN Gareth"
            i > 0
            and toks[i - 1].text.isupper()
            and len(toks[i - 1].text) > 1
            and not (prev_lower in _ROLES and gap == " ")
        )
        if context != "title" and (
            prev_lower in _ORG_PRECEDERS or prev_lower in _ARTICLES or prev_is_acronym
        ):
            i += 1
            continue
        if prev_lower in _PLACE_PREPOSITIONS and tok.form in _PLACES:
            i += 1
            continue
        last = i
        while (
            last + 1 < len(toks)
            and last - i < 2
            and toks[last + 1].cap
            and toks[last + 1].lower not in _STOP
            and toks[last + 1].lower not in _ORG_FOLLOWERS
            and text[toks[last].end : toks[last + 1].start] in _extension_gaps(toks[last])
        ):
            last += 1
        after = toks[last + 1] if last + 1 < len(toks) else None
        if (
            after
            and (after.lower in _ORG_FOLLOWERS or (after.text.isupper() and len(after.text) > 1))
            and text[toks[last].end : after.start] == " "
        ):
            i = last + 1
            continue
        spans.append((tok.start, toks[last].end))
        names_at.update(range(i, last + 1))
        i = last + 1
    return spans
