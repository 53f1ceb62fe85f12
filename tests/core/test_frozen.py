"""quick_init: the same constructor as the frozen dataclass's own, only quicker."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from argmap.frozen import quick_init
from argmap.model import Argument, Claim
from argmap.problems import Location


@dataclasses.dataclass(frozen=True, slots=True)
class Plain:
    name: str
    size: int = 3
    tags: dict = dataclasses.field(default_factory=dict)


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class Quick:
    name: str
    size: int = 3
    tags: dict = dataclasses.field(default_factory=dict)


@pytest.mark.parametrize(
    "args, kwargs", [(("a",), {}), (("a", 5), {}), ((), {"name": "a", "tags": {"x": 1}}), (("a",), {"size": 0})]
)
def test_same_values_as_the_dataclass_constructor(args, kwargs):
    plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(quick)


def test_a_default_factory_makes_a_new_value_each_time():
    assert Quick("a").tags is not Quick("b").tags


def test_wrong_arguments_are_refused_as_before():
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Quick("a", colour="red")  # type: ignore[call-arg]


def test_still_frozen_comparable_and_picklable():
    quick = Quick("a", 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.size = 4  # type: ignore[misc]
    assert quick == Quick("a", 2) and quick != Quick("a", 4)
    assert pickle.loads(pickle.dumps(quick)) == quick
    assert dataclasses.replace(quick, size=9) == Quick("a", 9)


def test_the_model_classes_use_it():
    where = {"text": Location("m.yaml", 3, 9)}
    claim = Claim(Location("m.yaml", 2, 3), where, id="c", text="Rain.")
    assert (claim.location, claim.where, claim.id, claim.text, claim.tags, claim.implicit) == (
        Location("m.yaml", 2, 3),
        where,
        "c",
        "Rain.",
        (),
        False,
    )
    assert Argument(Location("m.yaml")).where == {} and Argument(Location("m.yaml")).relation == "supports"
    assert Location("m.yaml", 2) < Location("m.yaml", 2, 5) < Location("m.yaml", 3)


def test_refuses_a_class_it_would_build_wrongly():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        size: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass(frozen=True)
    class WithoutSlots:
        size: int

    for cls in (Checked, WithoutSlots):
        with pytest.raises(TypeError):
            quick_init(cls)
