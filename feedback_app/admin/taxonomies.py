"""Managing taxonomies: switching them on and off, editing themes, importing and exporting
codebooks. Every change to a taxonomy's themes saves a new version; old versions never change.
"""

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from feedback_app.admin.training import REANALYSE_JOB
from feedback_app.analysis import codebook
from feedback_app.analysis.taxonomy import Taxonomy as AnalysisTaxonomy
from feedback_app.analysis.taxonomy import taxonomy_from_dict, taxonomy_to_dict
from feedback_app.extensions import db
from feedback_app.models import Job, Taxonomy, TaxonomyVersion, User
from feedback_app.tagging.taxonomies import (
    ensure_built_in_taxonomies,
    latest_version,
    save_new_version,
)
from feedback_app.workshops.services import uk_time


class TaxonomyError(ValueError):
    """A reason a taxonomy change cannot be made, worded for the person making it."""


@dataclass(frozen=True)
class ThemeFields:
    """A theme as an administrator writes it (the slug is made from the name when new)."""

    name: str
    description: str
    phrases: list[str]
    exclusions: list[str]
    category: str | None = None


def list_taxonomies() -> list[Taxonomy]:
    ensure_built_in_taxonomies()
    return list(db.session.scalars(select(Taxonomy).order_by(Taxonomy.id)))


def version_authors(taxonomy: Taxonomy) -> dict[int, str]:
    """User id -> e-mail address of the people who saved the taxonomy's versions."""
    ids = {v.created_by_id for v in taxonomy.versions if v.created_by_id is not None}
    if not ids:
        return {}
    return dict(db.session.execute(select(User.id, User.email).where(User.id.in_(ids))).all())


def slugify(text: str) -> str:
    return codebook.slugify(text)[:60].strip("-") or "theme"


def unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def set_enabled(taxonomy: Taxonomy, enabled: bool) -> None:
    """Switch a taxonomy on or off. One must stay on: the analysis of every comment (redaction,
    risk, sentiment) runs alongside the first enabled taxonomy."""
    if not enabled and taxonomy.enabled:
        others = db.session.scalar(
            select(func.count(Taxonomy.id)).where(Taxonomy.enabled, Taxonomy.id != taxonomy.id)
        )
        if not others:
            raise TaxonomyError(
                f"Switch another taxonomy on before switching {taxonomy.name} off: "
                "feedback is always tagged with at least one"
            )
    taxonomy.enabled = enabled
    db.session.commit()


def themes_of(version: TaxonomyVersion) -> list[dict[str, Any]]:
    return list(version.definition.get("themes", []))


def find_theme(taxonomy: Taxonomy, slug: str) -> dict[str, Any] | None:
    return next((t for t in themes_of(latest_version(taxonomy)) if t["slug"] == slug), None)


def save_theme(
    taxonomy: Taxonomy, slug: str | None, fields: ThemeFields, user_id: int | None
) -> TaxonomyVersion:
    """Change the theme ``slug`` (or add a new one when None) as a new version."""
    definition = copy.deepcopy(latest_version(taxonomy).definition)
    themes: list[dict[str, Any]] = definition.setdefault("themes", [])
    clash = next(
        (
            t
            for t in themes
            if t["slug"] != slug and str(t.get("name", "")).casefold() == fields.name.casefold()
        ),
        None,
    )
    if clash:
        raise TaxonomyError(f"There is already a theme called {clash['name']}")
    values = {
        "name": fields.name,
        "description": fields.description,
        "category": fields.category or None,
        "phrases": fields.phrases,
        "exclusions": fields.exclusions,
    }
    if slug is None:
        # "new" is taken by the add-a-theme page's address.
        new_slug = unique(slugify(fields.name), {t["slug"] for t in themes} | {"new"})
        themes.append({"slug": new_slug, **values})
        note = f"Added the theme “{fields.name}”"
    else:
        theme = next((t for t in themes if t["slug"] == slug), None)
        if theme is None:
            raise TaxonomyError("That theme is not in the latest version")
        note = f"Changed the theme “{theme.get('name', slug)}”"
        theme.update(values)
    return save_definition(taxonomy, definition, user_id, note)


def save_definition(
    taxonomy: Taxonomy, definition: dict[str, Any], user_id: int | None, note: str
) -> TaxonomyVersion:
    """Check the definition parses, then store it as the next version."""
    try:
        parsed = taxonomy_from_dict(definition)
    except ValueError as error:
        raise TaxonomyError(f"The taxonomy is not valid: {error}") from error
    definition = {**taxonomy_to_dict(parsed), "name": taxonomy.name}
    definition["version"] = latest_version(taxonomy).number + 1
    return save_new_version(taxonomy, definition, user_id, note[:300])


def parse_codebook(data: bytes, filename: str) -> AnalysisTaxonomy:
    """Read a CSV or REFI-QDA .qdc codebook; raises codebook.CodebookError."""
    if filename.lower().endswith(".qdc"):
        return codebook.taxonomy_from_qdc(data)
    return codebook.taxonomy_from_csv(data)


def import_codebook(
    parsed: AnalysisTaxonomy, target: str, name: str | None, user_id: int | None
) -> Taxonomy:
    """Store an imported codebook: a new taxonomy (switched off until an administrator switches
    it on), or a new version of the taxonomy whose key is ``target``."""
    definition = taxonomy_to_dict(parsed)
    check_import_target(target, name)
    if target != "new":
        taxonomy = db.session.scalars(select(Taxonomy).filter_by(key=target)).one()
        save_definition(taxonomy, definition, user_id, "Imported from a codebook file")
        return taxonomy
    name = " ".join((name or parsed.name).split())[:120]
    keys = set(db.session.scalars(select(Taxonomy.key)))
    taxonomy = Taxonomy(key=unique(slugify(name), keys), name=name, enabled=False)
    definition.update(name=name, version=1)
    taxonomy.versions.append(
        TaxonomyVersion(
            number=1,
            definition=definition,
            note="Imported from a codebook file",
            created_by_id=user_id,
        )
    )
    db.session.add(taxonomy)
    db.session.commit()
    return taxonomy


def check_import_target(target: str, name: str | None) -> None:
    """Raise TaxonomyError unless ``target`` names a taxonomy we have, or is "new" with a name
    no other taxonomy has."""
    if target != "new":
        if db.session.scalar(select(Taxonomy).filter_by(key=target)) is None:
            raise TaxonomyError("That taxonomy no longer exists")
        return
    name = " ".join((name or "").split())
    if not name:
        raise TaxonomyError("Enter a name for the new taxonomy")
    if db.session.scalar(select(Taxonomy).where(func.lower(Taxonomy.name) == name.lower())):
        raise TaxonomyError(f"There is already a taxonomy called {name}: choose another name")


def export_codebook(taxonomy: Taxonomy, kind: str) -> tuple[bytes, str, str]:
    """(file contents, download name, media type) of the latest version as CSV or .qdc."""
    version = latest_version(taxonomy)
    parsed = taxonomy_from_dict({**version.definition, "version": version.number})
    stem = f"{taxonomy.key}-v{version.number}"
    if kind == "qdc":
        return codebook.taxonomy_to_qdc(parsed), f"{stem}.qdc", "application/xml"
    return codebook.taxonomy_to_csv(parsed), f"{stem}.csv", "text/csv"


def needs_reanalysis() -> bool:
    """True when an enabled taxonomy changed after the last re-analysis was started."""
    last = db.session.scalar(
        select(func.max(Job.created_at)).where(
            Job.kind == REANALYSE_JOB, Job.status.in_(("queued", "running", "done"))
        )
    )
    changed = db.session.scalar(
        select(func.max(TaxonomyVersion.created_at))
        .join(Taxonomy)
        .where(Taxonomy.enabled, TaxonomyVersion.number > 1)
    )
    return changed is not None and (last is None or uk_time(changed) > uk_time(last))
