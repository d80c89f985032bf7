"""Taxonomies in the database: the built-in ones, versions, and their analysis form."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from feedback_app.analysis.codebook import load_qdc_v7_taxonomy
from feedback_app.analysis.taxonomy import Taxonomy as AnalysisTaxonomy
from feedback_app.analysis.taxonomy import (
    load_default_taxonomy,
    taxonomy_from_dict,
    taxonomy_to_dict,
)
from feedback_app.extensions import db
from feedback_app.models import Taxonomy, TaxonomyVersion

DEFAULT_KEY = "ambulance-mh"
# key -> (display name, loader of the shipped definition, enabled on first run)
BUILT_IN: dict[str, tuple[str, Callable[[], Any], bool]] = {
    DEFAULT_KEY: ("Ambulance mental health themes", load_default_taxonomy, True),
    "qdc-v7": ("NHS FFT QDC framework (v7)", load_qdc_v7_taxonomy, False),
}


def ensure_built_in_taxonomies() -> None:
    """Load the shipped taxonomies into the database the first time they are needed.

    Two first requests may race to do it: each taxonomy goes in under a savepoint, so the loser
    of the race just finds the winner's row."""
    existing = set(db.session.scalars(select(Taxonomy.key)))
    missing = [key for key in BUILT_IN if key not in existing]
    for key in missing:
        name, load, enabled = BUILT_IN[key]
        taxonomy = Taxonomy(key=key, name=name, enabled=enabled)
        taxonomy.versions.append(
            TaxonomyVersion(number=1, definition=taxonomy_to_dict(load()), note="Shipped")
        )
        try:
            with db.session.begin_nested():
                db.session.add(taxonomy)
        except IntegrityError:
            pass
    if missing:
        db.session.commit()


def default_taxonomy() -> Taxonomy:
    ensure_built_in_taxonomies()
    return db.session.scalars(select(Taxonomy).filter_by(key=DEFAULT_KEY)).one()


def enabled_taxonomies() -> list[Taxonomy]:
    ensure_built_in_taxonomies()
    return list(db.session.scalars(select(Taxonomy).filter_by(enabled=True).order_by(Taxonomy.id)))


def latest_version(taxonomy: Taxonomy) -> TaxonomyVersion:
    return taxonomy.versions[-1]


_parsed: dict[tuple[int, str], AnalysisTaxonomy] = {}


def analysis_taxonomy(version: TaxonomyVersion) -> AnalysisTaxonomy:
    """The analysis form of a stored version, parsed once: versions never change."""
    key = (version.id, version.created_at.isoformat())
    if key not in _parsed:
        _parsed[key] = taxonomy_from_dict({**version.definition, "version": version.number})
    return _parsed[key]


def theme_names(taxonomy: Taxonomy) -> dict[str, str]:
    """Slug -> display name, from the latest version."""
    return {t["slug"]: t["name"] for t in latest_version(taxonomy).definition["themes"]}


def save_new_version(
    taxonomy: Taxonomy, definition: dict[str, Any], user_id: int | None, note: str
) -> TaxonomyVersion:
    """Every change makes a new version; older versions stay as they were."""
    version = TaxonomyVersion(
        number=latest_version(taxonomy).number + 1,
        definition=definition,
        note=note,
        created_by_id=user_id,
    )
    taxonomy.versions.append(version)
    db.session.commit()
    return version
