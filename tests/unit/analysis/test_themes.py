"""Theme tagging by phrase rules: evidence, negation, exclusions, weak cues, phrase syntax."""

from __future__ import annotations

import pytest

from feedback_app.analysis import analyse
from feedback_app.analysis.phrases import PhraseSet, compile_phrase
from feedback_app.analysis.taxonomy import taxonomy_from_dict
from feedback_app.analysis.text import prepare
from feedback_app.analysis.themes import REPORT_FROM


def slugs(text: str, **kwargs) -> list[str]:
    return [t.slug for t in analyse(text, **kwargs).themes]


def small_taxonomy(**themes: dict) -> object:
    return taxonomy_from_dict(
        {"themes": [{"slug": slug.replace("_", "-"), **spec} for slug, spec in themes.items()]}
    )


def matches(phrase: str, text: str) -> list[str]:
    compiled = compile_phrase(phrase, "key")
    assert compiled is not None
    doc = prepare(text)
    return [m.evidence(doc) for m in PhraseSet([compiled]).find(doc)]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("We waited nearly five hours for the ambulance to arrive.", "response-time"),
        ("The officers stayed with us until the crew came.", "police-partnership"),
        ("They took my son to A&E and we sat in a corridor all night.", "ed-conveyance"),
        ("Nobody listened to a word I said.", "communication-involvement"),
        ("The paramedic was so kind and treated me with dignity.", "staff-attitude"),
        ("Nobody rang to follow up after they left.", "referral-follow-up"),
        (
            "They had no idea about my crisis plan, nobody could see my records.",
            "information-sharing",
        ),
        ("He was handcuffed and detained under section 136.", "restraint-detention"),
        ("They didn't get an interpreter for my mum.", "equality-accessibility"),
    ],
)
def test_default_taxonomy_tags_common_feedback(text: str, slug: str) -> None:
    assert slug in slugs(text)


def test_evidence_is_quoted_from_the_text() -> None:
    text = "Honestly the crew were KIND, but we WAITED for hours on the kitchen floor."
    themes = analyse(text).themes
    assert themes
    for theme in themes:
        assert theme.evidence
        assert all(quote in text for quote in theme.evidence)
        assert 0 < theme.confidence <= 1
    assert [t.confidence for t in themes] == sorted((t.confidence for t in themes), reverse=True)


def test_negated_presence_phrase_does_not_tag() -> None:
    assert "police-partnership" not in slugs("No police were involved at any point.")
    assert "police-partnership" in slugs("The police were involved at every point.")


def test_negated_ordinary_phrase_still_tags_with_the_negator_as_evidence() -> None:
    [theme] = [
        t for t in analyse("I was not listened to.").themes if t.slug == "communication-involvement"
    ]
    assert any(quote.lower().startswith("not") for quote in theme.evidence)


def test_exclusion_rules_the_theme_out_for_its_sentence_only() -> None:
    taxonomy = small_taxonomy(bed_shortage={"phrases": ["bed", "beds"], "exclusions": ["bed rest"]})
    assert slugs("The doctor prescribed bed rest.", taxonomy=taxonomy) == []
    assert slugs("There were no beds anywhere.", taxonomy=taxonomy) == ["bed-shortage"]
    assert slugs("I was on bed rest. There were no beds.", taxonomy=taxonomy) == ["bed-shortage"]


def test_one_weak_cue_is_not_enough_but_two_are() -> None:
    taxonomy = small_taxonomy(phones={"phrases": ["?phone", "?line", "phone line"]})
    assert slugs("The phone rang.", taxonomy=taxonomy) == []
    assert slugs("The phone rang and the line was bad.", taxonomy=taxonomy) == ["phones"]
    [theme] = analyse("The phone line was bad.", taxonomy=taxonomy).themes
    assert theme.confidence >= REPORT_FROM


def test_phrases_match_spelling_variants_and_word_forms() -> None:
    assert matches("taken to ae", "They took him to the emergency department") == [
        "took him to the emergency department"
    ]
    assert matches("listened to", "she was listening to me") == ["listening to"]
    assert matches("felt judged", "I feel so judged") == ["feel so judged"]


def test_common_misspellings_match() -> None:
    assert matches("waited <num> hours", "wated 6 hrs 4 an ambulence") == ["wated 6 hrs"]
    assert matches("no referral", "no referal was ever made") == ["no referal"]
    assert "staff-attitude" in slugs("the paramedic was dismisive and unproffesional")


def test_third_person_pronouns_are_interchangeable_but_first_person_is_not() -> None:
    assert matches("talked him down", "she talked her down") == ["talked her down"]
    assert matches("talked him down", "they talked them down") == ["talked them down"]
    assert matches("spoke to his family", "they spoke to their family") == ["spoke to their family"]
    assert matches("asked me", "they asked him") == []
    assert matches("talked him down", "she talked me down") == []


def test_gap_number_and_night_placeholders() -> None:
    assert matches("took ... to ae", "they took my son straight to A&E") == [
        "took my son straight to A&E"
    ]
    assert matches("took ... to ae", "they took my son. Then we went to A&E") == []
    assert matches("waited <num> hours", "we waited 6 hours") == ["waited 6 hours"]
    assert matches("waited <num> hours", "we waited six hours") == ["waited six hours"]
    assert matches("at <night>", "the crew came at 3am") == ["at 3am"]
    assert matches("at <night>", "the crew came at 3pm") == []


def test_only_one_filler_word_is_skipped() -> None:
    assert matches("sent away", "they sent him away") == ["sent him away"]
    assert matches("sent away", "they sent the poor lad away") == []


def test_empty_and_punctuation_only_text() -> None:
    assert analyse("").themes == []
    assert analyse("?!...").themes == []
