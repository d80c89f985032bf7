"""What a PDF report says, from comments built in memory (no database)."""

from datetime import datetime
from itertools import count

import pytest

from feedback_app.models import Comment, Feedback, Tag
from feedback_app.reports import pdf_data
from feedback_app.reports.pdf_data import (
    ThemeSummary,
    appendix_notes,
    findings,
    pick_quotes,
    summarise_voices,
    theme_sections,
)
from feedback_app.reports.queries import Change, ThemeCount

TAXONOMY = 1
NAMES = {"waiting": "Waiting", "kindness": "Kindness", "police": "Police"}
ids = count(1)


def comment(
    text: str,
    themes=(),
    *,
    voice: str = "patient",
    source: str = "form",
    consent: bool = True,
    sentiment: str | None = "neutral",
    risk: str = "none",
    taxonomy: int = TAXONOMY,
) -> Comment:
    feedback = Feedback(voice=voice, source=source, consent_to_quote=consent)
    made = Comment(
        id=next(ids), text=text, redacted=text, sentiment_label=sentiment, risk_level=risk
    )
    made.feedback = feedback
    for spec in themes:
        slug, confidence, status = (spec, 0.8, "suggested") if isinstance(spec, str) else spec
        made.tags.append(
            Tag(taxonomy_id=taxonomy, theme_slug=slug, confidence=confidence, status=status)
        )
    return made


def counted(slug: str, count: int = 1, change: Change | None = None, **sentiment: int):
    """A theme as the dashboard's ``summary`` counts it."""
    return ThemeCount(slug, NAMES.get(slug, slug), count, sentiment, (), change)


def quotes_of(comments, slug="waiting"):
    (section,) = theme_sections([counted(slug)], comments, TAXONOMY)
    return [q.text for q in section.quotes]


def test_sections_keep_the_dashboard_counts_order_and_changes():
    themes = [
        counted("waiting", 3, Change(3, 1), negative=2, mixed=1, positive=0),
        counted("kindness", 2, None, positive=2),
        counted("police", 0, Change(0, 4)),  # raised only in the previous period
    ]
    sections = theme_sections(themes, [], TAXONOMY)
    assert [(s.name, s.count, s.change) for s in sections] == [
        ("Waiting", 3, "▲ 2 (+200%)"),
        ("Kindness", 2, None),
    ]
    assert sections[0].sentiment == {"negative": 2, "mixed": 1}
    assert sections[0].quotes == []


def test_only_open_tags_of_the_taxonomy_bring_quotes():
    comments = [
        comment("A reviewer rejected this theme for this text.", [("waiting", 0.9, "rejected")]),
        comment("Tagged in another taxonomy, not this one.", ["waiting"], taxonomy=2),
        comment("Suggested by the tagger and still open.", ["waiting"]),
    ]
    assert quotes_of(comments) == ["Suggested by the tagger and still open."]


def test_quotes_come_only_from_people_who_agreed_or_workshop_notes():
    comments = [
        comment("No consent was given for this one to be quoted.", ["waiting"], consent=False),
        comment(
            "A workshop note can always be quoted in the report.",
            ["waiting"],
            consent=False,
            source="workshop",
        ),
        comment("This person ticked the box to allow quoting it.", ["waiting"]),
    ]
    assert quotes_of(comments) == [
        "A workshop note can always be quoted in the report.",
        "This person ticked the box to allow quoting it.",
    ]


def test_urgent_risk_comments_are_never_quoted():
    comments = [
        comment("A comment that shows someone may be at risk now.", ["waiting"], risk="urgent")
    ]
    assert quotes_of(comments) == []


def test_quotes_prefer_reviewed_tags_then_confidence_and_different_voices():
    comments = [
        comment("Low confidence tag on this comment text.", [("waiting", 0.3, "suggested")]),
        comment("High confidence tag on this patient text.", [("waiting", 0.95, "suggested")]),
        comment("Another patient, also very confident here.", [("waiting", 0.9, "suggested")]),
        comment(
            "A reviewer accepted this one, medium score.",
            [("waiting", 0.5, "accepted")],
            voice="staff",
        ),
        comment(
            "Police comment with a middling confidence.",
            [("waiting", 0.6, "suggested")],
            voice="police",
        ),
    ]
    # One per voice first (accepted, then by confidence), in order of preference.
    assert quotes_of(comments) == [
        "A reviewer accepted this one, medium score.",
        "High confidence tag on this patient text.",
        "Police comment with a middling confidence.",
    ]


def test_quotes_are_neither_too_short_nor_too_long_nor_repeated():
    long_text = "word " * 100
    comments = [
        comment("Too short.", ["waiting", "kindness"]),
        comment(long_text, ["waiting"]),
        comment("The same words said twice in the report.", ["waiting", "kindness"]),
        comment("the same  words said twice in the report.", ["waiting"], voice="staff"),
    ]
    themes = theme_sections([counted("waiting"), counted("kindness")], comments, TAXONOMY)
    quoted = [q.text for t in themes for q in t.quotes]
    assert quoted == ["The same words said twice in the report."]


def test_quotes_use_redacted_text_and_redact_when_it_is_missing(monkeypatch):
    monkeypatch.setattr(pdf_data, "redact", lambda text: text.replace("07700 900123", "[PHONE]"))
    stored = comment("Call me on 07700 900123 about the wait, thanks.", ["waiting"])
    stored.redacted = "Call me on [PHONE] about the wait, thanks."
    missing = comment("Or ring 07700 900123 after six about the wait.", ["waiting"], voice="carer")
    missing.redacted = None
    assert quotes_of([stored, missing]) == [
        "Call me on [PHONE] about the wait, thanks.",
        "Or ring [PHONE] after six about the wait.",
    ]


def test_pick_quotes_marks_what_it_quoted():
    quoted: set[str] = set()
    picked = pick_quotes([comment("Quoted once and then never again.")], quoted)
    assert [q.text for q in picked] == ["Quoted once and then never again."]
    assert pick_quotes([comment("Quoted once and then never again.")], quoted) == []


def test_each_voice_gets_its_count_and_top_three_themes():
    comments = [
        comment("a", ["waiting", "kindness"], voice="staff"),
        comment("b", ["waiting"], voice="staff"),
        comment("c", ["police", "kindness"], voice="staff"),
        comment("d", ["kindness"], voice="staff"),
        comment("e", [], voice="police"),
    ]
    voices = summarise_voices(comments, TAXONOMY, NAMES)
    assert [(v.voice, v.items) for v in voices] == [("Ambulance staff", 4), ("Police", 1)]
    assert voices[0].top_themes == [("Kindness", 3), ("Waiting", 2), ("Police", 1)]
    assert voices[1].top_themes == []


def test_the_appendix_groups_every_item_by_question():
    workshop_note = comment("A workshop note.", ["waiting"], source="workshop")
    workshop_note.feedback.workshop_question_id = 7
    workshop_note.feedback.breakout_group = "Table 2"
    form_answer = comment("A form answer.", ["kindness", "waiting"])
    form_answer.question = "do_better"
    form_answer.feedback.created_at = datetime(2026, 3, 9)
    groups = appendix_notes(
        [workshop_note, form_answer], TAXONOMY, NAMES, {7: "What gets in the way?"}
    ).groups
    assert [(heading, [n.text for n in notes]) for heading, notes in groups] == [
        ("What gets in the way?", ["A workshop note."]),
        ("What could we do better?", ["A form answer."]),
    ]
    assert groups[0][1][0].detail == "Group: Table 2"
    assert groups[1][1][0].detail == "9 Mar 2026"
    assert groups[1][1][0].themes == ("Kindness", "Waiting")


def test_the_appendix_prints_only_what_may_be_quoted_and_counts_the_rest():
    comments = [
        comment("Agreed to be quoted."),
        comment("Did not agree.", consent=False),
        comment("Did not agree either.", consent=False),
        comment("Agreed, but an urgent risk.", risk="urgent"),
        comment("A workshop note.", source="workshop", consent=False),
        comment("An urgent workshop note.", source="workshop", consent=False, risk="urgent"),
    ]
    for c in comments:
        c.feedback.created_at, c.question = datetime(2026, 3, 9), "went_well"
    appendix = appendix_notes(comments, TAXONOMY, NAMES, {})
    assert [n.text for _, notes in appendix.groups for n in notes] == [
        "Agreed to be quoted.",
        "A workshop note.",
    ]
    assert (appendix.no_consent, appendix.urgent, appendix.left_out) == (2, 2, 4)
    assert [c.text for c in comments if pdf_data.may_quote(c)] == [
        "Agreed to be quoted.",
        "A workshop note.",
    ]  # the same rule as quotes


@pytest.mark.parametrize(
    ("no_consent", "urgent", "word", "expected"),
    [
        (0, 0, "comment", ""),
        (
            1,
            0,
            "comment",
            "1 comment is left out of this appendix because the person who wrote it did not "
            "agree to be quoted.",
        ),
        (
            0,
            2,
            "note",
            "2 notes are left out of this appendix because they were flagged as an urgent risk.",
        ),
        (
            3,
            1,
            "comment",
            "4 comments are left out of this appendix: 3 because the people who wrote them did "
            "not agree to be quoted, and 1 because it was flagged as an urgent risk.",
        ),
    ],
)
def test_the_appendix_says_how_many_it_left_out_and_why(no_consent, urgent, word, expected):
    appendix = pdf_data.Appendix([], no_consent=no_consent, urgent=urgent)
    assert appendix.left_out_text(word) == expected


@pytest.mark.parametrize(
    ("sentiment", "expected"),
    [
        ({"negative": 4, "positive": 1}, "Waiting drew the most criticism: 4 of its 5 notes"),
        ({"positive": 5}, "Waiting drew the most praise: 5 of its 5 notes"),
    ],
)
def test_findings_name_the_top_theme_and_the_most_criticised_or_praised(sentiment, expected):
    themes = [
        ThemeSummary("waiting", "Waiting", 5, sentiment),
        ThemeSummary("kindness", "Kindness", 1, {"positive": 1}),
    ]
    lines = findings(themes, 8, "note")
    assert lines[0] == "The theme raised most was Waiting: 5 of 8 notes (62%)."
    assert lines[1] == "Next came Kindness (1)."
    assert expected in " ".join(lines)


def test_themes_raised_too_rarely_get_no_praise_or_criticism():
    themes = [ThemeSummary("waiting", "Waiting", 2, {"negative": 2})]
    assert findings(themes, 2, "note") == [
        "The theme raised most was Waiting: 2 of 2 notes (100%)."
    ]


def test_no_findings_without_themes():
    assert findings([], 0, "note") == []
