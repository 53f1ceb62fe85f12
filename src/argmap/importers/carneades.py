"""Carneades 4 argument graphs (YAML: ``statements``, ``arguments``, ``assumptions``,
``issues``) to an argmap map.

* A statement becomes a claim. Carneades accepts a statement only when it is assumed or
  an applicable argument concludes it, so a statement that is not an assumption gets
  ``assumed: false`` (it needs support); an assumption gets ``assumed: true``.
* An argument becomes an argument supporting its conclusion. Premises given as a mapping
  (Toulmin roles such as ``datum``/``warrant``) keep their order; the roles go into a
  comment. An argument without premises gets an implicit, assumed ``…-grounds`` claim,
  since argmap arguments need one. ``undercutter: S`` becomes "S attacks the argument".
  A ``convergent`` argument becomes one argument per premise (each premise alone suffices).
* An issue's positions are alternatives: each argument for one position also attacks the
  others (an extra ``…-against-…`` argument with the same premises and undercutter).
* Weights for the gradual semantics (``evaluate --semantics df-quad``): an argument takes its
  scheme's constant weight (``argument_schemes: [{id, weight: {constant: w}}]``), a statement
  weight 1 when it is an assumption and 0 when it needs support.
* Proof standards, weighing functions, the rest of argument and issue schemes and ``language``
  have no counterpart in argmap; each is reported as a warning and left out. So is a cycle of
  support (argmap's ``circular-support`` rule forbids it).

The file is read with PyYAML's safe loader: a tag such as ``!!python/object`` is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from argmap.importers.builder import MapBuilder
from argmap.importers.carneades_graph import CarneadesGraph
from argmap.importers.common import Reporter, decode_text, mapping_at
from argmap.loading.loader import resource_problem
from argmap.loading.pyyaml import yaml
from argmap.loading.yamlsource import LOADER, gc_paused

SUFFIXES = (".yml",)
KNOWN = {
    "meta",
    "statements",
    "arguments",
    "assumptions",
    "issues",
    "tests",
    "language",
    "argument_schemes",
    "issue_schemes",
}


def sniff(data: bytes) -> bool:
    head = data[:65536].decode("utf-8", "ignore")
    return bool(re.search(r"(?m)^(statements|arguments|assumptions):", head)) and "conclusion:" in head


@dataclass
class Conversion:
    yaml_text: str
    problems: list
    ids: dict[str, str] = field(default_factory=dict)  # Carneades statement/argument id -> argmap id


@gc_paused()  # many small objects, no cycles: collections only slow it down (quadratic-like)
def import_map(data: bytes, path: str) -> tuple[str, list]:
    result = convert(data, path)
    return result.yaml_text, result.problems


def convert(data: bytes, path: str) -> Conversion:
    reporter = Reporter(path)
    doc = _read(data, reporter)
    if doc is None:
        return Conversion("", reporter.problems)
    meta = mapping_at(doc, "meta")
    builder = MapBuilder(
        title=str(meta.get("title") or f"{PurePath(path).stem} (imported from Carneades)"), reporter=reporter
    )
    builder.header.append(f"Imported by argmap from the Carneades 4 file {PurePath(path).name}.")
    description = meta.get("notes") or meta.get("note") or meta.get("source")
    builder.description = " ".join(str(description).split()) if description else None
    graph = CarneadesGraph(doc, builder)
    graph.run()
    _note_tests(doc.get("tests"), builder)
    return Conversion(builder.finish(), reporter.problems, graph.ids)


def _read(data: bytes, reporter: Reporter) -> dict | None:
    text = decode_text(data, reporter)
    if text is None:
        return None
    refused = resource_problem(text, reporter.path)  # before constructing: an alias bomb stays one
    if refused:
        reporter.error(refused.message, line=refused.location.line)
        return None
    try:
        doc = yaml.load(text, Loader=LOADER)  # libyaml when present: the pure-Python reader took 10 s a MB
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reporter.error(f"not readable Carneades YAML: {exc.problem or exc}", line=mark.line + 1 if mark else 1)
        return None
    except (yaml.YAMLError, RecursionError) as exc:
        reporter.error(f"not readable Carneades YAML: {exc}")
        return None
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        reporter.error("a Carneades graph is a mapping with `statements` and `arguments`")
        return None
    unknown = [str(key) for key in doc if key not in KNOWN]
    if unknown and not any(key in doc for key in ("statements", "arguments", "assumptions")):
        reporter.error(f"not a Carneades graph: no `statements`, `arguments` or `assumptions`, but `{unknown[0]}`")
        return None
    for key in unknown:
        reporter.warn(f"`{key}` is not part of a Carneades 4 graph; left out", rf"(?m)^{re.escape(key)}\s*:")
    return doc


def _note_tests(tests, builder: MapBuilder) -> None:
    if isinstance(tests, dict):
        for label in ("in", "out", "undecided"):
            if tests.get(label):
                builder.header.append(f"Carneades expects {label}: {', '.join(map(str, tests[label]))}")
