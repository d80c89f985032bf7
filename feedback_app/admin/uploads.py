"""Uploaded files kept between a preview and its confirmation.

The preview shows what a file holds; the confirm step parses the same file again on the server,
so nothing the browser sends back is trusted but a random token. Files live in the instance
folder (never under static), named only by that token, and are removed once confirmed or after
a day. The person's session notes which tokens are theirs, so one person cannot confirm
another's upload.
"""

import contextlib
import re
import secrets
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

MAX_AGE_SECONDS = 24 * 60 * 60
MAX_REMEMBERED = 5
SESSION_KEY = "admin_uploads"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class UploadExpired(LookupError):
    """The token names no kept upload (already used, cleared, or never made)."""


def keep(folder: Path, data: bytes) -> str:
    """Store ``data`` under a new random token; returns the token."""
    folder.mkdir(parents=True, exist_ok=True)
    clear_old(folder)
    token = secrets.token_urlsafe(24)
    path = folder / f"{token}.upload"
    path.write_bytes(data)
    path.chmod(0o600)
    return token


def path_of(folder: Path, token: str) -> Path:
    if not _TOKEN.match(token or ""):
        raise UploadExpired(token)
    path = folder / f"{token}.upload"
    if not path.is_file():
        raise UploadExpired(token)
    return path


def read(folder: Path, token: str) -> bytes:
    return path_of(folder, token).read_bytes()


def discard(folder: Path, token: str) -> None:
    with contextlib.suppress(UploadExpired):
        path_of(folder, token).unlink(missing_ok=True)


def clear_old(folder: Path, max_age: float = MAX_AGE_SECONDS) -> None:
    """Remove uploads nobody confirmed (they may hold feedback text)."""
    cutoff = time.time() - max_age
    for path in folder.glob("*.upload"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def remember(store: MutableMapping[str, Any], token: str, details: dict[str, Any]) -> None:
    """Note in the person's session that this upload is theirs (the last few only)."""
    kept = dict(store.get(SESSION_KEY, {}))
    kept[token] = details
    store[SESSION_KEY] = dict(list(kept.items())[-MAX_REMEMBERED:])


def recall(store: MutableMapping[str, Any], token: str) -> dict[str, Any]:
    """What was noted for an upload of this person's; UploadExpired if it is not theirs."""
    details = store.get(SESSION_KEY, {}).get(token)
    if details is None:
        raise UploadExpired(token)
    return details


def forget(store: MutableMapping[str, Any], token: str) -> None:
    kept = dict(store.get(SESSION_KEY, {}))
    kept.pop(token, None)
    store[SESSION_KEY] = kept
