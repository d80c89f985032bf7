"""Labelled data for training: read an uploaded CSV against a taxonomy, summarise it for the
preview, and store its rows as training items once an administrator confirms.

Reading is the analysis package's job (``read_labelled_csv``); this module adds what the
database knows: theme names, and which texts this taxonomy already has.
"""

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from feedback_app.analysis.labelled import LabelledFile, read_labelled_csv
from feedback_app.extensions import db
from feedback_app.models import Taxonomy, TrainingItem
from feedback_app.tagging.taxonomies import theme_names

PROBLEMS_SHOWN = 50
QUESTION_TYPES = {
    "what_good": "what went well",
    "could_improve": "what could be better",
    "other": "another question",
    None: "not given",
}


@dataclass(frozen=True)
class Summary:
    """What the preview page shows about a labelled file."""

    columns: list[tuple[str, str]]  # (column in the file, what it was read as)
    usable: int  # rows that would be stored
    already_stored: int  # usable rows whose text this taxonomy already has
    theme_counts: list[tuple[str, int]]  # (theme name, rows labelled with it), most first
    unlabelled: int  # usable rows with no theme: they teach "none of these"
    question_types: list[tuple[str, int]]  # (question answered, rows), most first


def preview(taxonomy: Taxonomy, data: bytes) -> LabelledFile:
    """Read the file against the taxonomy's latest themes; nothing is stored. Raises
    LabelledDataError for a file that cannot be read at all."""
    return read_labelled_csv(data, list(theme_names(taxonomy)))


def stored_texts(taxonomy: Taxonomy) -> set[str]:
    return set(db.session.scalars(select(TrainingItem.text).filter_by(taxonomy_id=taxonomy.id)))


def summarise(taxonomy: Taxonomy, labelled: LabelledFile) -> Summary:
    names = theme_names(taxonomy)
    stored = stored_texts(taxonomy)
    themes = Counter(slug for row in labelled.rows for slug in set(row.labels))
    question_types = Counter(QUESTION_TYPES[row.question_type] for row in labelled.rows)
    columns = [
        (column, f"the theme “{names[slug]}” (1 = has it)" if slug in names else meaning)
        for column, meaning in labelled.mapping
        for slug in [labelled.theme_columns.get(column)]
    ]
    return Summary(
        columns=columns,
        usable=len(labelled.rows),
        already_stored=sum(row.text in stored for row in labelled.rows),
        theme_counts=[(names.get(slug, slug), count) for slug, count in themes.most_common()],
        unlabelled=sum(not row.labels for row in labelled.rows),
        question_types=question_types.most_common(),
    )


def store(taxonomy: Taxonomy, labelled: LabelledFile) -> int:
    """Add the file's usable rows as training items, skipping texts already stored for this
    taxonomy (so confirming the same file twice adds nothing); returns how many were added."""
    seen = stored_texts(taxonomy)
    added = 0
    for row in labelled.rows:
        if row.text in seen:
            continue
        seen.add(row.text)
        db.session.add(
            TrainingItem(
                taxonomy_id=taxonomy.id,
                text=row.text,
                labels=sorted(set(row.labels)),
                question_type=row.question_type,
                sentiment=row.sentiment,
                source="import",
            )
        )
        added += 1
    db.session.commit()
    return added
