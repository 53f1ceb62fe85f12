"""Issue 20, items 6 and 7 through a real ``argmap serve``: DNS rebinding (a foreign Host
header), cross-origin API requests, the CSP header, a link out of the served folder, and a
non-map file whose text must never appear in a message."""

from __future__ import annotations

import http.client
import json
import os
from urllib.parse import urlsplit

import pytest

from support.browser import TIMEOUT_MS, browser_fixture
from support.serve import serving, wait_until

pytest.importorskip("uvicorn")
SECRET = "SECRET-TOKEN-4f1c9"  # in files outside the folder (and in a non-map file inside)
browser = browser_fixture()
MAP = "title: Fares\nclaims:\n  free: Buses should be free.\n"


def request(url: str, path: str, host: str | None = None, headers: dict | None = None):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    sent = {"Host": host or parts.netloc, **(headers or {})}
    connection.request("GET", path, headers=sent)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, dict(response.getheaders()), body


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    base = tmp_path_factory.mktemp("serve")
    outside = base / "outside"
    outside.mkdir()
    (outside / "private.yaml").write_text(f"token: {SECRET}\n")
    (outside / "article.txt").write_text(f"The {SECRET} is here and buses should be cheap.\n")
    maps = base / "maps"
    maps.mkdir()
    (maps / "fares.yaml").write_text(MAP)
    (maps / "notes.yaml").write_text(f"{SECRET} and more text, not a map\n")
    os.symlink(outside / "private.yaml", maps / "private.yaml")
    os.symlink("/etc/passwd", maps / "passwd.yaml")
    (maps / "quoting.yaml").write_text(
        "title: Q\nsource:\n  text: ../outside/article.txt\nclaims:\n"
        f"  a:\n    text: A.\n    quote: The {SECRET[:-1]} is here and buses should be free\n"
    )
    with serving("serve", str(maps), "--port", "0", cwd=base) as running:
        assert wait_until(
            lambda: (
                request(running.url, "/api/maps")[0] == 200
                and len(json.loads(request(running.url, "/api/maps")[2])) >= 3
            ),
            timeout=60,
        )
        yield running


def test_a_foreign_host_header_is_refused(served) -> None:
    port = urlsplit(served.url).port
    for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1.nip.io:{port}"):
        for path in ("/", "/api/maps", "/api/map/fares.yaml", "/api/events"):
            status, _, body = request(served.url, path, host=host)
            assert status == 421 and "Fares" not in body, (host, path)
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "localhost"):
        assert request(served.url, "/api/map/fares.yaml", host=host)[0] == 200, host


def test_a_cross_origin_api_request_is_refused(served) -> None:
    for headers in (
        {"Origin": "http://attacker.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ):
        status, _, body = request(served.url, "/api/map/fares.yaml", headers=headers)
        assert status == 403 and "Fares" not in body, headers
    port = urlsplit(served.url).port
    assert (
        request(
            served.url,
            "/api/map/fares.yaml",
            headers={"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"},
        )[0]
        == 200
    )


def test_every_response_has_a_content_security_policy(served) -> None:
    for path in ("/", "/static/page.js", "/api/maps", "/api/map/nothing.yaml", "/no-such-page"):
        _, headers, _ = request(served.url, path)
        policy = {k.lower(): v for k, v in headers.items()}.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy, path
    _, headers, _ = request(served.url, "/api/maps", host="attacker.example")
    assert "content-security-policy" in {k.lower() for k in headers}


def test_links_out_of_the_folder_are_not_served(served) -> None:
    keys = {m["key"] for m in json.loads(request(served.url, "/api/maps")[2])}
    assert "private.yaml" not in keys and "passwd.yaml" not in keys and "fares.yaml" in keys
    for key in ("private.yaml", "passwd.yaml", "../outside/private.yaml", "%2e%2e/outside/private.yaml"):
        status, _, body = request(served.url, f"/api/map/{key}")
        assert status == 404 and SECRET not in body and "root:" not in body, key


def test_no_message_quotes_a_file_that_is_not_a_map(served) -> None:
    status, _, body = request(served.url, "/api/map/notes.yaml")
    assert status == 200 and json.loads(body)["errors"] == 1
    assert SECRET not in body and "top level must be a mapping" in body


def test_no_passage_of_a_source_text_outside_the_folder_is_shown(served) -> None:
    status, _, body = request(served.url, "/api/map/quoting.yaml")
    problems = json.loads(body)["problems"]
    assert status == 200 and [p["rule"] for p in problems] == ["quote-not-found"]
    assert SECRET not in body and "closest passage" not in body


def test_the_page_works_under_its_policy_in_chromium(served, browser) -> None:
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    try:
        page.goto(served.url + "map/fares.yaml")
        page.wait_for_selector("#diagram svg")
        page.click("#diagram svg g.node")
        page.wait_for_selector("#details:not([hidden])")
        assert "Buses should be free." in page.inner_text("#details")
    finally:
        page.close()
    assert violations == []
