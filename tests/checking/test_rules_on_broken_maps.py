"""Rules run on whatever the loader could build: half-read maps never crash them, and a
mistake the loader reports is not reported again by a rule."""

from __future__ import annotations

import pytest

from argmap.checking.checker import Settings, check_map
from argmap.checking.rules import REGISTRY
from support.maps import load

EVERY_RULE = Settings(enable=frozenset(rule.ID for rule in REGISTRY))

BROKEN = {
    "argument without target": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: [a]}\n",
    "target list": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: [a], supports: [b]}\n",
    "two targets": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: [a], supports: b, attacks: b}\n",
    "empty premises": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: [], supports: b}\n",
    "null premises": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: ~, supports: b}\n",
    "nested premise": "title: t\nclaims: {a: x, b: y}\narguments:\n  r: {premises: [[a]], supports: b}\n",
    "claim is a list": "title: t\nclaims:\n  a: [x]\n  b: {text: y, supports: a}\n",
    "speakers a list": "title: t\nspeakers: [a]\nclaims: {a: {text: x, speaker: a}}\n",
    "source a string": "title: t\nsource: article.txt\nclaims: {a: {text: x, quote: y}}\n",
    "source text a list": "title: t\nsource: {text: [a.txt]}\nclaims: {a: {text: x, quote: y}}\n",
    "shared id": "title: t\nclaims: {a: x, b: {text: y, supports: a}}\narguments:\n  a: {premises: [b], supports: b}\n",
    "python tag": "title: t\nclaims:\n  a: !!python/object:os.system {text: x}\n  b: {text: y, supports: a}\n",
    "null text": "title: t\nclaims:\n  a: {text: ~, supports: b}\n  b: {text: ~}\n",
    "untyped supports": "title: t\nclaims:\n  a: {text: x, supports: {b: 1}}\n  b: y\n",
}


@pytest.mark.parametrize("text", BROKEN.values(), ids=BROKEN.keys())
def test_every_rule_survives_a_half_read_map(text):
    result = load(text)
    assert result.problems, "the loader should object"
    problems = check_map(result, EVERY_RULE)  # raises nothing
    assert set(result.problems) <= set(problems)


def test_null_text_is_reported_once_per_claim():
    result = load(BROKEN["null text"])
    assert [p.rule for p in check_map(result, EVERY_RULE)] == ["schema", "schema"]


def test_a_dropped_argument_leaves_no_orphans_or_unused_speakers_behind():
    text = "title: t\nspeakers: {ann: Ann}\nclaims: {a: x, b: y}\narguments:\n  r: [a, b]\n"
    assert [p.rule for p in check_map(load(text), EVERY_RULE)] == ["schema"]
