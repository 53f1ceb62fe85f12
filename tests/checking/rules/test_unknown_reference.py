from support.rulecheck import found, messages

RULE = "unknown-reference"

GOOD = """
title: t
speakers:
  ann: Ann
claims:
  rain:
    text: It will rain.
    speaker: ann
    supports: umbrella
  umbrella: Take one.
  cold: It is cold.
  data:
    text: Cold rain is common here.
    supports: r
arguments:
  r:
    premises: [rain, cold]
    supports: umbrella
    speaker: ann
"""

BAD = """
title: t
speakers:
  ann: Ann
claims:
  rain:
    text: It will rain.
    speaker: anne
    supports: umbrela
  umbrella: Take one.
arguments:
  r:
    premises: [rain, wind]
    supports: umbrella
    speaker: bob
"""


def test_defined_ids_pass():
    assert found(GOOD, RULE) == []


def test_each_unknown_id_at_its_value():
    assert found(BAD, RULE) == [(RULE, 7, 14), (RULE, 8, 15), (RULE, 12, 22), (RULE, 14, 14)]
    assert messages(BAD, RULE) == [
        "unknown speaker `anne`; did you mean `ann`?",
        "unknown target `umbrela`; did you mean `umbrella`?",
        "unknown premise `wind`",
        "unknown speaker `bob`",
    ]


def test_ids_are_case_sensitive():
    text = "title: t\nclaims:\n  rain:\n    text: x\n    supports: Umbrella\n  umbrella: y\n"
    assert found(text, RULE) == [(RULE, 5, 15)]
    assert messages(text, RULE) == ["unknown target `Umbrella`; did you mean `umbrella`?"]


def test_a_premise_must_be_a_claim_not_an_argument():
    text = """
    title: t
    claims:
      a: x
      b: y
    arguments:
      r1:
        premises: [a]
        supports: b
      r2:
        premises: [r1]
        supports: b
    """
    assert found(text, RULE) == [(RULE, 10, 16)]
    assert "premise `r1` is an argument, but premises must be claims" in messages(text, RULE)[0]


def test_speaker_in_a_map_without_speakers():
    text = "title: t\nclaims:\n  a:\n    text: x\n    speaker: ann\n"
    assert messages(text, RULE) == ["unknown speaker `ann` (the map has no `speakers:`)"]


def test_the_claim_or_speaker_a_misspelling_meant_is_not_also_unused():
    text = """
    title: t
    speakers:
      ann: Ann
      bob: Bob
    claims:
      rain:
        text: x
        speaker: anne
        supports: umbrela
      umbrella: y
    """
    assert found(text, RULE) == [("unused-speaker", 4, 3), (RULE, 8, 14), (RULE, 9, 15)]


def test_target_in_a_shorthand_list_points_at_the_item():
    text = "title: t\nclaims:\n  a:\n    text: x\n    attacks: [b, nope]\n  b: y\n"
    assert found(text, RULE) == [(RULE, 5, 18)]
