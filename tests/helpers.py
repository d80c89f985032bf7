"""Test-client helpers: fetch a page and check it, and post a form with its real CSRF token."""

import re
from collections import Counter
from html.parser import HTMLParser

from flask.testing import FlaskClient
from werkzeug.test import TestResponse


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.extend(value for name, value in attrs if name == "id" and value)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False if tag == "title" else self._in_title

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def get_page(client: FlaskClient, url: str, status: int = 200) -> str:
    """GET a page, check its status, that it has a title and no duplicate ids; return the HTML."""
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return check_page(response)


def check_page(response: TestResponse) -> str:
    html = response.get_data(as_text=True)
    parser = _PageParser()
    parser.feed(html)
    duplicates = [i for i, n in Counter(parser.ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert parser.title.strip(), "page has no title"
    return html


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', html)
    assert match, "form has no CSRF token"
    return match.group(1)


def post_form(
    client: FlaskClient, url: str, data: dict[str, object], form_url: str | None = None
) -> TestResponse:
    """Open the form page as a browser would, then post ``data`` with the page's CSRF token."""
    html = get_page(client, form_url or url)
    return client.post(url, data={"csrf_token": csrf_token(html), **data})
