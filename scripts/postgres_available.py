"""Exit 0 if the PostgreSQL server in the URL given answers within a few seconds, else 1."""

import sys

import sqlalchemy as sa

from feedback_app.config import normalise_database_url

try:
    url = normalise_database_url(sys.argv[1])
    engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
    with engine.connect() as connection:
        connection.execute(sa.text("SELECT 1"))
except sa.exc.OperationalError as error:
    print(f"PostgreSQL unavailable: {error.orig}", file=sys.stderr)
    sys.exit(1)
