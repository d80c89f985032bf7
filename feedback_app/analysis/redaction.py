"""Find and redact personal details in feedback text.

Kinds: NAME PHONE EMAIL NHS_NUMBER POSTCODE ADDRESS DATE_OF_BIRTH.

Choices worth knowing:
- The public help lines we show people (999, 111, 116 123, 0800 1111, CALM, Papyrus, SANEline,
  the National Domestic Abuse Helpline, Mind's infoline) are never redacted.
- A 10-digit number is an NHS number when its Modulus 11 check digit is right, or whenever it
  follows the words "NHS number"; otherwise it is a phone number only if it looks like one.
- A postcode's outward half alone ("E14") is redacted only after "postcode": on its own it names an
  area of thousands of homes and is easily confused with roads (M6), vitamins (B12) and so on.
- Dates are redacted only when introduced as a date of birth (DOB, date of birth, born on), or
  after "birthday"/"birth date" when they include a year.
- A street address needs a house or flat number and a street word ("12 Acacia Avenue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from feedback_app.analysis.person_names import find_names

PLACEHOLDERS = {
    "NAME": "[NAME]",
    "PHONE": "[PHONE]",
    "EMAIL": "[EMAIL]",
    "NHS_NUMBER": "[NHS NUMBER]",
    "POSTCODE": "[POSTCODE]",
    "ADDRESS": "[ADDRESS]",
    "DATE_OF_BIRTH": "[DATE OF BIRTH]",
}
# When two findings overlap, the more specific kind wins.
_PRIORITY = ("EMAIL", "NHS_NUMBER", "DATE_OF_BIRTH", "PHONE", "POSTCODE", "ADDRESS", "NAME")


@dataclass(frozen=True)
class PersonalDetail:
    kind: str
    start: int  # character offsets in the original text
    end: int


# An apostrophe only between letters in the local part: "j.o'neill@...".
_EMAIL = re.compile(
    r"(?:[A-Za-z0-9._%+\-]|(?<=[A-Za-z])['’](?=[A-Za-z]))+"
    r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
)

_DIGIT = re.compile(r"\d")
_NHS = re.compile(r"(?<![\w+\-])(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?![\w\-])")
_NHS_CONTEXT = re.compile(r"nhs\b[^\n\d]{0,25}$", re.IGNORECASE)
_DIALLING_CODE = re.compile(r"(?:\+|\b00)\d{1,3}[ \-]?(?:\(0\)[ \-]?)?$")

# A dot may come just before a number after a letter ("tel.0207..."), not after a digit ("2.5").
_PHONE = re.compile(
    r"(?<![\w@/+\-])(?<![^A-Za-z]\.)(?:\+|00)?\(?\d[\d()]*(?:[ .\-]{1,2}\(?\d[\d()]*)*"
)
_PHONE_GROUP = re.compile(r"[+\d()]+")
_EXTENSION = re.compile(r",?\s*(?:ext\.?|extension|x)\s?\d{1,5}\b", re.IGNORECASE)
_HELP_LINES = frozenset(
    {"08001111", "0800585858", "08000684141", "03003047000", "03001233393", "08082000247"}
)

# Royal Mail never uses C I K M O V in the inward half; people making up or mistyping an
# upper-case postcode do, so the stricter letters apply to lower-case text only.
_POSTCODE = re.compile(r"\b([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.IGNORECASE)
_STRICT_INWARD = re.compile(r"\d[abd-hjlnp-uw-z]{2}")
_OUTWARD_AFTER_POSTCODE = re.compile(
    r"\bpost ?code\s*(?:is|was|:|-)?\s*([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?(?: ?\d[A-Z]{2})?)\b",
    re.IGNORECASE,
)
_NOT_INWARD = frozenset(["st", "nd", "rd", "th", "mg", "ml", "kg", "km", "am", "pm", "hr", "hrs"])

_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Court|Ct|Crescent|Cres|Way|Gardens|Gdns|"
    "Place|Pl|Terrace|Grove|Walk|Hill|Square|Sq|Mews|Row|Parade|Rise|Vale|Green|Wharf|Yard|"
    "Boulevard|Gate|Villas|Heights|Mount|Quay|Croft|Fold|Meadows?|Wynd|Brow|Park|View|Chase"
)
_STREET_WORDS_LOWER = (
    "road|street|avenue|lane|close|drive|crescent|gardens|terrace|grove|mews|square"
)
# "1 the avenue": street words that name a street on their own after "the".
_THE_STREET_WORDS = "avenue|green|crescent|drive|close|grove|parade|mews|square|terrace|broadway"
# Welsh street names put the street word first: "16 Heol y Nant", "11 Ffordd Las".
_WELSH_STREET = (
    r"(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Maes|Clos|Teras|Llys|Plas|Parc)\s+"
    r"(?:(?:y|yr|'r)\s+)?[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?"
)
_FLAT = r"(?:(?:Flat|flat|Apartment|apartment|Apt|Unit|unit)\s+\d{1,4}[A-Za-z]?,?\s+)"
_ROOM = r"(?:(?:Room|room)\s+\d{1,4}[A-Za-z]?,\s+)"  # in a hostel: "Room 4, 58 Grange Avenue"
_HOUSE = r"\d{1,4}[A-Za-z]?,?\s+"
_CAP_WORD = r"(?:(?:St\.?|Saint)\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?\s+"
_LOW_WORD = r"(?:st\.?\s+)?(?!(?:the|a|an|of|to|in|on|at|and|or|for|my|his|her|our|your|their|hours?|mins?|minutes|days|weeks|months|years|times|other|same|best|wrong|whole|long)\b)[a-z]{3,}(?:['’]s)?\s+"  # noqa: E501
# Every address starts with a house number or Flat/Apartment/Unit: the lookahead lets the search
# pass over other places quickly.
_ADDRESS = re.compile(
    r"(?=[\dFfAaUuRr])(?:"
    rf"(?:{_FLAT}(?:{_HOUSE})?|{_ROOM}?{_HOUSE})(?:{_CAP_WORD}){{1,3}}(?:{_STREET_WORDS})\b"
    rf"|{_FLAT}?{_HOUSE}(?:{_LOW_WORD}){{1,2}}(?:{_STREET_WORDS_LOWER})\b"
    rf"|{_FLAT}?{_HOUSE}the\s+(?:{_THE_STREET_WORDS})\b"
    rf"|{_FLAT}?{_HOUSE}{_WELSH_STREET}"
    rf"|{_FLAT}?{_HOUSE}[A-Z][a-z]+(?:way|gate)\b"  # one-word streets: "109 Kingsway"
    rf"|{_FLAT}(?:{_HOUSE})?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
    r")"
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NUMERIC_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
_DAY_MONTH_YEAR = rf"{_DAY}(?:\s+of)?\s+{_MONTH},?\s+(?:\d{{4}}|'?\d{{2}})"
_MONTH_DAY_YEAR = rf"{_MONTH}\s+{_DAY},?\s+\d{{4}}"
_DATE_WITH_YEAR = rf"(?:{_NUMERIC_DATE}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})(?![\w/])"
_DATE = (
    rf"(?:{_NUMERIC_DATE}|{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}|{_MONTH}\s+{_DAY})(?![\w/])"
)
_DATE_OF_BIRTH = re.compile(
    rf"(?:\bdate\s+of\s+birth|\bd\.?\s?o\.?\s?b\b\.?|\bborn(?:\s+on)?)"
    rf"(?:\s+(?:is|was|as|=)|\s*[:\-])?\s*(?:the\s+)?({_DATE})",
    re.IGNORECASE,
)
# "Birthday" and "birth date" also introduce other dates ("my birthday on 3rd May"): need a year.
_BIRTHDAY = re.compile(
    rf"\b(?:birthday|birth\s?date)(?:\s+(?:is|was|=)|\s*[:\-])?\s*(?:on\s+)?(?:the\s+)?"
    rf"({_DATE_WITH_YEAR})",
    re.IGNORECASE,
)


def _nhs_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return check != 10 and (0 if check == 11 else check) == int(digits[9])


def _find_nhs(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _NHS.finditer(text):
        digits = "".join(match.groups())
        if _NHS_CONTEXT.search(text, 0, match.start()) or (
            _nhs_checksum_ok(digits)
            and not _DIALLING_CODE.search(text, 0, match.start())
            and not (digits[0] == "0" and _is_phone(match.group()))
        ):
            found.append(("NHS_NUMBER", match.start(), match.end()))
    return found


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("+") and not digits.startswith("44"):
        return 8 <= len(digits) <= 15
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and candidate.startswith("+"):
        digits = digits[2:]
    else:
        if digits.startswith("7") and len(digits) == 10 and re.match(r"7\d{3,4}\b", candidate):
            return True  # a mobile number written without its leading 0
        return (
            digits[:1] == "0"
            and digits[1:2] != "0"
            and len(digits) in (10, 11)
            and (digits not in _HELP_LINES)
        )
    national = digits if digits.startswith("0") else "0" + digits
    return len(national) in (10, 11) and national[1:2] != "0"


def _find_phones(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _PHONE.finditer(text):
        groups = list(_PHONE_GROUP.finditer(match.group()))
        # Try the whole run of digit groups first, then drop trailing groups ("... 900123 2 times").
        for count in range(len(groups), 0, -1):
            end = groups[count - 1].end()
            candidate = match.group()[:end].rstrip("(")
            if candidate.count("(") == candidate.count(")") and _is_phone(candidate):
                start = match.start()
                if candidate[0] == "(" and candidate[-1] == ")" and candidate.count("(") == 1:
                    start, candidate = start + 1, candidate[1:-1]  # "(07700 900505)": brackets
                end = start + len(candidate)
                extension = _EXTENSION.match(text, end)  # "0117 496 0666 ext. 301"
                found.append(("PHONE", start, extension.end() if extension else end))
                break
    return found


def _find_postcodes(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _POSTCODE.finditer(text):
        inward = match.group(2)
        if not inward[1:].isupper() and (
            inward[1:] in _NOT_INWARD or not _STRICT_INWARD.fullmatch(inward)
        ):
            continue
        found.append(("POSTCODE", match.start(), match.end()))
    for match in _OUTWARD_AFTER_POSTCODE.finditer(text):
        found.append(("POSTCODE", match.start(1), match.end(1)))
    return found


def _find_regex(
    kind: str, pattern: re.Pattern[str], text: str, group: int = 0
) -> list[tuple[str, int, int]]:
    return [(kind, m.start(group), m.end(group)) for m in pattern.finditer(text)]


def find_personal_details(text: str) -> list[PersonalDetail]:
    """Every personal detail in the text: non-overlapping, sorted by position."""
    candidates: list[tuple[str, int, int]] = []
    if "@" in text:
        candidates += _find_regex("EMAIL", _EMAIL, text)
    if _DIGIT.search(text):  # each kind below needs a digit
        candidates += _find_nhs(text)
        candidates += _find_regex("DATE_OF_BIRTH", _DATE_OF_BIRTH, text, group=1)
        candidates += _find_regex("DATE_OF_BIRTH", _BIRTHDAY, text, group=1)
        candidates += _find_phones(text)
        candidates += _find_postcodes(text)
        candidates += _find_regex("ADDRESS", _ADDRESS, text)
    candidates += [("NAME", start, end) for start, end in find_names(text)]
    candidates.sort(key=lambda c: (_PRIORITY.index(c[0]), c[1] - c[2]))
    taken: list[PersonalDetail] = []
    for kind, start, end in candidates:
        if all(end <= d.start or start >= d.end for d in taken):
            taken.append(PersonalDetail(kind, start, end))
    return _join_address_parts(text, sorted(taken, key=lambda d: d.start))


def _join_address_parts(text: str, details: list[PersonalDetail]) -> list[PersonalDetail]:
    """One address, not two, for "Flat 11, Nelson House, 88 Dock Street"."""
    joined: list[PersonalDetail] = []
    for detail in details:
        last = joined[-1] if joined else None
        if (
            last
            and last.kind == detail.kind == "ADDRESS"
            and text[last.end : detail.start].strip(" ") in ("", ",")
        ):
            joined[-1] = PersonalDetail("ADDRESS", last.start, detail.end)
        else:
            joined.append(detail)
    return joined


def redact(text: str) -> str:
    """The text with each personal detail replaced by a placeholder such as [PHONE]."""
    parts = []
    position = 0
    for detail in find_personal_details(text):
        parts.append(text[position : detail.start])
        parts.append(PLACEHOLDERS[detail.kind])
        position = detail.end
    parts.append(text[position:])
    return "".join(parts)
