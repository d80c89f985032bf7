"""Settings from the environment; development, test and production differences in one place."""

import os
import secrets
import warnings
from datetime import timedelta
from pathlib import Path
from typing import Any


class ConfigError(RuntimeError):
    """Raised when the environment does not describe a safe configuration."""


def normalise_database_url(url: str) -> str:
    """Make plain ``postgres://`` / ``postgresql://`` URLs use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_config(instance_path: str, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Build the Flask configuration from environment variables and optional overrides."""
    env = os.environ
    overrides = overrides or {}
    production = (overrides.get("ENV") or env.get("FLASK_ENV", "development")) == "production"
    default_db = "sqlite:///" + str(Path(instance_path) / "feedback.sqlite3")
    redis_url = env.get("REDIS_URL")
    config: dict[str, Any] = {
        "ENV": "production" if production else "development",
        "SECRET_KEY": env.get("SECRET_KEY"),
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(env.get("DATABASE_URL", default_db)),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "REDIS_URL": redis_url,
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": production,
        "PERMANENT_SESSION_LIFETIME": timedelta(minutes=int(env.get("SESSION_IDLE_MINUTES", "30"))),
        "SESSION_REFRESH_EACH_REQUEST": True,
        "WTF_CSRF_TIME_LIMIT": None,
        "REPORTS_DIR": env.get("REPORTS_DIR", str(Path(instance_path) / "reports")),
    }
    config.update(overrides)
    if not config["SECRET_KEY"]:
        if config["ENV"] == "production":
            raise ConfigError("SECRET_KEY must be set when FLASK_ENV=production.")
        warnings.warn(
            "SECRET_KEY is not set: using a random development key (sessions end on restart).",
            stacklevel=2,
        )
        config["SECRET_KEY"] = secrets.token_hex(32)
    return config
