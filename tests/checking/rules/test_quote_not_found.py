import pytest

from argmap.checking import sourcetext
from support.rulecheck import found, messages, write_map

RULE = "quote-not-found"
ARTICLE = (
    "\ufeffThe press secretary said a no\u2011fly zone \u201cwould require implementation\u201d \u2014 and\n"
    "that it\u2019s   something we are not planning to be a part of.\n"
)


def _map(quote: str) -> str:
    quoted = quote.replace("'", "''")
    return f"title: t\nsource:\n  text: article.txt\nclaims:\n  a:\n    text: x\n    quote: '{quoted}'\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "quote",
    [
        "would require implementation",
        'a no-fly zone "would require implementation" - and',  # straight quotes, hyphen for dashes
        "it's something we are not planning",  # straight apostrophe, single spaces
        "a no-fly zone ... implementation",  # an elision
        "said [...] would require",
    ],
)
def test_quotes_found_after_normalising(folder, quote):
    path = write_map(folder, _map(quote))
    assert found(_map(quote), RULE, path=str(path)) == []


def test_missing_quote_at_its_value_with_the_closest_passage(folder):
    path = write_map(folder, _map("would require deployment"))
    assert found(_map("would require deployment"), RULE, path=str(path)) == [(RULE, 7, 12)]
    assert messages(_map("would require deployment"), RULE, path=str(path)) == [
        'quote not found in the source text `article.txt`; the closest passage is "“would require implementation”"'
    ]


def test_case_matters_and_the_message_says_so(folder):
    quote = "Would require implementation"
    path = write_map(folder, _map(quote))
    assert messages(_map(quote), RULE, path=str(path)) == [
        'quote not found in the source text `article.txt`; it occurs with different case: "would require implementation"'
    ]


def test_elided_parts_must_be_in_order(folder):
    quote = "implementation ... a no-fly zone"
    path = write_map(folder, _map(quote))
    assert messages(_map(quote), RULE, path=str(path))[0].startswith(
        'part of the quote ("a no-fly zone") not found in the source text `article.txt`'
    )


def test_nothing_close_means_no_passage(folder):
    quote = "Zebras graze quietly"
    path = write_map(folder, _map(quote))
    assert messages(_map(quote), RULE, path=str(path)) == ["quote not found in the source text `article.txt`"]


def test_command_line_text_replaces_source_text(folder, tmp_path_factory):
    other = tmp_path_factory.mktemp("other") / "other.txt"
    other.write_text("Zebras graze quietly.", encoding="utf-8")
    path = write_map(folder, _map("Zebras graze"))
    assert found(_map("Zebras graze"), RULE, path=str(path), source_text=other) == []
    assert found(_map("would require"), RULE, path=str(path), source_text=other) == [(RULE, 7, 12)]


def test_without_a_source_text_quotes_are_not_checked():
    assert found("title: t\nclaims:\n  a:\n    text: x\n    quote: anything\n", RULE) == []


def test_missing_source_text_is_only_source_text_missing(tmp_path):
    path = write_map(tmp_path, _map("anything"))
    assert found(_map("anything"), RULE, path=str(path)) == [("source-text-missing", 3, 9)]


def test_a_source_text_that_is_not_utf8(tmp_path):
    (tmp_path / "article.txt").write_bytes(b"caf\xe9 society")
    path = write_map(tmp_path, _map("anything"))
    assert messages(_map("anything"), "source-text-missing", path=str(path)) == [
        "source text `article.txt` is not UTF-8 text (undecodable bytes at byte offset 3); quotes are not checked"
    ]


def test_normalising_white_space_quotes_and_dashes():
    assert (
        sourcetext.normalise(" \u201cA\u201d\u00a0 \u2018b\u2019 \u2014 c\u2013d\n e \u2026 ") == "\"A\" 'b'-c-d e ..."
    )


def test_the_text_is_read_once_per_version(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("one", encoding="utf-8")
    assert sourcetext.read(article) == ("one", "one")
    hits = sourcetext._read_cached.cache_info().hits
    sourcetext.read(article)
    assert sourcetext._read_cached.cache_info().hits == hits + 1
    article.write_text("two words", encoding="utf-8")
    assert sourcetext.read(article)[1] == "two words"
