"""Taxonomies: the themes the tagger looks for, each with the phrases that suggest it.

Phrase syntax (see ``themes.py`` for how matching works):
- Words are normalised and stemmed like the feedback text, so "listened to" also matches
  "listening to" and "A and E" matches "A&E", "ED" and "casualty".
- Between two words one filler word ("the", "my", "really", ...) may be skipped; "him", "her",
  "them", "his" and "their" are interchangeable ("talked him down" matches "talked her down").
- ``...`` between words allows a gap of up to four words in the same sentence:
  "took ... to ae" matches "took my son to A&E".
- ``<num>`` matches any number ("six", "6", "a few", "an"); ``<night>`` a night-time clock time
  ("3am", "11pm", "midnight").
- A leading ``!`` marks a presence phrase: when negated ("no police were involved") it does not
  count, because the thing itself is absent. Without ``!`` a negated phrase still counts:
  "not listened to" is about being listened to.
- A leading ``?`` marks a weak cue: on its own it is not enough to tag the theme, but it adds to
  other cues and to a trained model.
Exclusions use the same syntax but match whole words, not stems ("closely" must not rule out
"closed"); an exclusion cancels the theme's phrase matches it overlaps ("bed rest" cancels
"bed"), not the rest of the sentence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_TAXONOMY_FILE = Path(__file__).parent / "data" / "ambulance_mental_health.json"


@dataclass(frozen=True)
class ThemeDefinition:
    slug: str
    name: str
    description: str
    phrases: tuple[str, ...]  # phrases that suggest the theme
    exclusions: tuple[str, ...]  # phrases that rule it out
    category: str | None = None  # parent category (e.g. a QDC category)


@dataclass(frozen=True)
class Taxonomy:
    name: str
    version: int
    themes: tuple[ThemeDefinition, ...]

    @property
    def slugs(self) -> list[str]:
        return [theme.slug for theme in self.themes]


def _strings(value: Any, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{field} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def taxonomy_from_dict(data: dict[str, Any]) -> Taxonomy:
    """Build a taxonomy from its JSON form; raises ValueError when the shape is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        raise ValueError("a taxonomy needs a list of themes")
    themes = []
    seen: set[str] = set()
    for raw in data["themes"]:
        if not isinstance(raw, dict) or not str(raw.get("slug") or "").strip():
            raise ValueError("every theme needs a slug")
        slug = str(raw["slug"]).strip()
        if slug in seen:
            raise ValueError(f"theme {slug!r} appears twice")
        seen.add(slug)
        category = raw.get("category")
        themes.append(
            ThemeDefinition(
                slug=slug,
                name=str(raw.get("name") or slug),
                description=str(raw.get("description") or ""),
                phrases=_strings(raw.get("phrases"), f"{slug}: phrases"),
                exclusions=_strings(raw.get("exclusions"), f"{slug}: exclusions"),
                category=str(category) if category else None,
            )
        )
    return Taxonomy(
        name=str(data.get("name") or "Untitled taxonomy"),
        version=int(data.get("version") or 1),
        themes=tuple(themes),
    )


def taxonomy_to_dict(taxonomy: Taxonomy) -> dict[str, Any]:
    """The JSON form (the shape of the shipped data file)."""
    return {
        "name": taxonomy.name,
        "version": taxonomy.version,
        "themes": [
            {
                "slug": t.slug,
                "name": t.name,
                "description": t.description,
                "category": t.category,
                "phrases": list(t.phrases),
                "exclusions": list(t.exclusions),
            }
            for t in taxonomy.themes
        ],
    }


def load_taxonomy_file(path: str | Path) -> Taxonomy:
    with open(path, encoding="utf-8") as handle:
        return taxonomy_from_dict(json.load(handle))


@lru_cache(maxsize=1)
def load_default_taxonomy() -> Taxonomy:
    """The shipped ambulance mental health taxonomy (loaded once)."""
    return load_taxonomy_file(DEFAULT_TAXONOMY_FILE)
