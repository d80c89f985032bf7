from datetime import UTC, datetime


def utcnow() -> datetime:
    """Timezone-aware now, used as a column default (a function, evaluated per row)."""
    return datetime.now(UTC)
