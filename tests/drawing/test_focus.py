"""argmap render --focus ID --depth N on the seed map: only that claim and what leads to it,
as many argument levels deep as asked, described in <desc> as drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from argmap.cli import app
from support.drawing import SVG, svg_groups
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
pytestmark = needs_dot


def focused(*options: str) -> bytes:
    result = runner.invoke(app, ["render", str(SEED), "-o", "-", "-f", "svg", *options])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def claims_in(svg: bytes) -> set[str]:
    return {i.removeprefix("claim-") for i in svg_groups(svg) if i.startswith("claim-")}


def test_depth_counts_argument_levels_below_the_focus():
    stays_out = {"nato-stays-out-unless-attacked"}
    level1 = stays_out | {"no-treaty-obligation", "sloan-posture"}
    level2 = level1 | {"article5-collective-defence", "article5-members-only", "ukraine-not-member"}
    assert claims_in(focused("--focus", "nato-stays-out-unless-attacked", "--depth", "0")) == stays_out
    assert claims_in(focused("--focus", "nato-stays-out-unless-attacked", "--depth", "1")) == level1
    assert claims_in(focused("--focus", "nato-stays-out-unless-attacked", "--depth", "2")) == level2
    assert claims_in(focused("--focus", "nato-stays-out-unless-attacked")) == level2  # no depth: all of it


def test_objections_lead_to_a_claim_too():
    assert claims_in(focused("--focus", "no-nfz-or-troops", "--depth", "1")) == {
        "no-nfz-or-troops",
        "biden-no-troops",
        "support-other-ways",
        "nfz-step-to-troops",
        "us-not-planning-war",
        "no-steps-toward-unwanted-war",
        "nato-stays-out-unless-attacked",
        "no-member-attacked",
        "admin-deescalate",
        "intervention-escalates",
        "less-blood",
    }


def test_the_description_covers_only_the_focused_part():
    root = ET.fromstring(focused("--focus", "no-treaty-obligation"))
    desc = next(root.iter(f"{SVG}desc")).text
    assert desc.startswith("(unstated) NATO's treaty does not oblige its members")
    assert "Ukraine does not belong to NATO." in desc and "Biden" not in desc


def test_an_unknown_focus_is_a_usage_error():
    result = runner.invoke(app, ["render", str(SEED), "-o", "-", "--focus", "no-such-claim"])
    assert result.exit_code == 2 and "no-such-claim" in result.output
    assert (
        runner.invoke(app, ["render", str(SEED), "-o", "-", "--focus", "no-nfz-or-troops", "--depth", "-1"]).exit_code
        == 2
    )
