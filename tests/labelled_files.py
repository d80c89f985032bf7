"""Labelled CSV files for the admin's labelled-data and training pages, and the steps that
upload, confirm and train on them (shared by the integration and browser tests)."""

import csv
import io
import random
import re

from tests.helpers import csrf_token, get_page

BASE = "/staff/admin/taxonomies/ambulance-mh"

# Pieces of comments for three themes; each labelled row joins one to two pieces at random.
PIECES = {
    "out-of-hours": [
        "at 3am there was nobody to call",
        "the crisis team was closed over the weekend",
        "on a bank holiday every service was shut",
        "at night the only option was 999",
        "out of hours the helpline never answered",
        "late on a Sunday evening no one could help",
    ],
    "police-partnership": [
        "the police waited with us until the crew arrived",
        "officers and paramedics worked well together",
        "the police were first on scene and very calm",
        "a section 136 meant hours in the back of a police car",
        "the joint response car with police was brilliant",
        "the officer stayed while the paramedic talked to my son",
    ],
    "staff-attitude": [
        "the paramedic was kind and treated me with dignity",
        "the crew were compassionate and never judged me",
        "I felt dismissed and looked down on",
        "they were respectful and gentle with my mum",
        "the staff were rude and made me feel like a nuisance",
        "she was caring and patient the whole time",
    ],
}
FILLER = ["Honestly,", "To be fair", "Looking back", "Overall", "I think", "Sadly"]


def labelled_csv(rows: int = 90, seed: int = 7) -> list[dict[str, str]]:
    """Rows of a labelled file with one 0/1 column a theme and a question type column."""
    chooser = random.Random(seed)
    result = []
    for number in range(rows):
        themes = chooser.sample(sorted(PIECES), k=1 + (number % 4 == 0))
        parts = [chooser.choice(PIECES[theme]) for theme in themes]
        text = f"{chooser.choice(FILLER)} {' and '.join(parts)} (visit {number})."
        row = {"text": text, "question_type": chooser.choice(["what_good", "could_improve"])}
        row.update({slug: "1" if slug in themes else "0" for slug in PIECES})
        result.append(row)
    return result


# Sentences for a sentiment on the FFT scale (1 very good .. 5 very poor). Some praise is what
# the lexicon misreads ("nothing was too much trouble" reads as a complaint).
SENTIMENT_PIECES = {
    "1": [
        "nothing was too much trouble",
        "they took the pain away",
        "it is hard to fault anything they did",
        "they never made me feel like a burden",
    ],
    "2": ["the crew were brilliant", "I am so grateful for their kindness"],
    "3": [
        "I was taken to the local hospital",
        "the ambulance arrived after about an hour",
        "they gave me a leaflet about the crisis line",
        "a paramedic rang me back the next day",
    ],
    "4": ["nobody listened to me", "the call handler hung up on me"],
    "5": ["we waited eight hours on the floor", "it was the worst night of my life"],
}
WHEN = ["Last month", "On Tuesday", "In March", "This year", "Last winter", "On the night"]
MISREAD_PRAISE = "Nothing was too much trouble for the paramedics."


def sentiment_rows(rows: int = 60, scores: str = "13524", seed: int = 3) -> list[dict[str, str]]:
    """Rows labelled only with a sentiment score (no theme), for the themes' columns."""
    chooser = random.Random(seed)
    result = []
    for number in range(rows):
        score = scores[number % len(scores)]
        text = f"{chooser.choice(WHEN)} {chooser.choice(SENTIMENT_PIECES[score])} (call {number})."
        row = {"text": text, "question_type": "", "sentiment": score}
        row.update(dict.fromkeys(PIECES, "0"))
        result.append(row)
    return result


def with_sentiments(rows: int = 60, scores: str = "13524") -> bytes:
    """The 90 theme rows (sentiment left blank) and ``rows`` rows with a sentiment."""
    themed = [{**row, "sentiment": ""} for row in labelled_csv()]
    return as_csv(themed + sentiment_rows(rows, scores))


def as_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def upload(client, content: bytes, filename: str = "labelled.csv"):
    page = get_page(client, f"{BASE}/labelled")
    return client.post(
        f"{BASE}/labelled",
        data={"csrf_token": csrf_token(page), "labelled": (io.BytesIO(content), filename)},
        content_type="multipart/form-data",
    )


def confirm(client, preview_html: str):
    token = re.search(r'name="token" value="([^"]+)"', preview_html).group(1)
    return client.post(
        f"{BASE}/labelled/confirm",
        data={"csrf_token": csrf_token(preview_html), "token": token},
    )


def press(client, url: str, page: str):
    """Press a one-button form on ``page``."""
    return client.post(url, data={"csrf_token": csrf_token(get_page(client, page))})
