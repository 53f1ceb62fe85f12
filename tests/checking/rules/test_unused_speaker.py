from support.rulecheck import found, messages

RULE = "unused-speaker"


def test_speakers_named_by_claims_or_arguments_pass():
    text = """
    title: t
    speakers:
      ann: Ann
      bob: {name: Bob}
    claims:
      a:
        text: x
        speaker: ann
      b: y
    arguments:
      r:
        premises: [a]
        supports: b
        speaker: bob
    """
    assert found(text, RULE) == []


def test_unnamed_speaker_at_its_key():
    text = "title: t\nspeakers:\n  ann: Ann\n  bob:\n    name: Bob\nclaims:\n  a:\n    text: x\n    speaker: ann\n"
    assert found(text, RULE) == [(RULE, 4, 3)]
    assert messages(text, RULE) == ["speaker `bob` is not named by any claim or argument"]


def test_not_checked_when_the_loader_could_not_read_a_speaker_field():
    text = "title: t\nspeakers:\n  ann: Ann\nclaims:\n  a:\n    text: x\n    speaker: [ann]\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["schema"]
