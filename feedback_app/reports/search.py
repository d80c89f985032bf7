"""Free-text search over comments: PostgreSQL full-text search, or LIKE on SQLite.

PostgreSQL: ``to_tsvector('english', comment.text) @@ websearch_to_tsquery('english', :q)``,
which a GIN index on that exact expression serves (words are stemmed: "waiting" finds "waited").
Elsewhere (SQLite in development and tests): every word or "quoted phrase" must appear, a word
with a leading ``-`` must not; matching is case-insensitive, on substrings, without stemming.
"""

import re

from sqlalchemy import ColumnElement, and_, func, literal_column, not_, true

TERM = re.compile(r'(-?)"([^"]+)"|(-?)(\S+)')
LIKE_SPECIALS = re.compile(r"([\\%_])")


def search_condition(column: ColumnElement[str], query: str, dialect: str) -> ColumnElement[bool]:
    """A condition matching ``column`` against the search ``query`` for the given dialect."""
    if dialect == "postgresql":
        # 'english' as literal SQL, so the expression matches the index's expression exactly.
        document = func.to_tsvector(literal_column("'english'"), column)
        wanted = func.websearch_to_tsquery(literal_column("'english'"), query)
        return document.bool_op("@@")(wanted)
    return like_condition(column, query)


def search_terms(query: str) -> list[tuple[str, bool]]:
    """(text, wanted) pairs: a phrase in quotes is one term, ``-term`` is unwanted; a bare OR
    (which web search treats as "either") is dropped, so both sides are required."""
    terms = []
    for match in TERM.finditer(query):
        negated = bool(match.group(1) or match.group(3))
        text = (match.group(2) or match.group(4) or "").strip()
        if text and text.lower() != "or":
            terms.append((text, not negated))
    return terms


def like_condition(column: ColumnElement[str], query: str) -> ColumnElement[bool]:
    parts = []
    for text, wanted in search_terms(query):
        pattern = "%" + LIKE_SPECIALS.sub(r"\\\1", text) + "%"
        match = column.ilike(pattern, escape="\\")
        parts.append(match if wanted else not_(match))
    return and_(*parts) if parts else true()
