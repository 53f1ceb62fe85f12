"""The commented starter map written by ``argmap new``."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

SCHEMA_IN_PROJECT = Path("schema/argmap.schema.json")

TEMPLATE = """\
# An argument map for argmap (format version 1). Check it with `argmap validate`,
# draw it with `argmap render`. Every field is explained below; delete what you don't need.
# yaml-language-server: $schema={schema}
argmap: 1                     # format version (optional; 1 is the only one so far)
title: {title}
description: >-               # optional free text
  What this map is about, in a sentence or two.

# source:                     # optional: the text being mapped
#   title: The article's headline
#   author: Who wrote it
#   publisher: Where it appeared
#   date: 2022-03-02          # ISO date
#   url: https://example.org/article
#   text: article.txt         # path relative to this file: lets `validate` check quotes

speakers:                     # who said what; ids are letters, digits, - and _
  alice:
    name: Alice Example       # required
    role: Teacher             # optional
  bob: Bob Example            # shorthand: a plain string is the name

claims:                       # required: id -> claim. Put the main conclusion first.
  conclusion:
    text: We should start the school day later.
    speaker: alice
  sleep:
    text: Teenagers need more sleep in the morning.
    speaker: alice
    quote: "teenagers need more sleep"   # optional: verbatim words from the source
    tags: [health]                       # optional list of labels
  later-means-more-sleep:
    text: A later start lets students sleep longer.
    implicit: true            # an unstated premise that the analyst added
    note: The argument needs this step to connect sleep to start times.
  buses:
    text: Later starts make bus schedules harder.
    speaker: bob
    attacks: conclusion       # shorthand: a one-premise argument; takes an id or a list
    weight: 0.3               # optional, 0 to 1 (default 0.5): how credible it is on its own,
                              # for `argmap evaluate --semantics df-quad`; say why in a note
  # a plain string is the claim's text:
  studies: Districts that started later saw no change in bus costs.

arguments:                    # optional: id -> argument with one or more premises
  needs-sleep:
    premises: [sleep, later-means-more-sleep]   # several premises are linked: they work together
    supports: conclusion      # exactly one of supports / attacks; the target is a claim or argument
    speaker: alice            # optional
    label: Sleep              # optional short caption
    scheme: practical-reasoning   # optional argument scheme
    note: Optional remarks for the reader.
    weight: 0.9               # optional, 0 to 1 (default 1): how good the inference is
  no-extra-cost:
    premises: [studies]
    attacks: buses            # attacking a claim rebuts it; attacking an argument undercuts it
"""


def template(title: str, path: Path | None = None) -> str:
    """The template with ``title`` quoted safely for YAML, its ``$schema`` a path relative to
    the map at ``path`` that exists (see ``schema_reference``)."""
    schema = schema_reference(path) if path is not None else SCHEMA_IN_PROJECT.as_posix()
    return TEMPLATE.format(title=json.dumps(title, ensure_ascii=False), schema=schema)


def schema_reference(path: Path) -> str:
    """The schema for a map at ``path``, relative to its folder: the project's
    ``schema/argmap.schema.json`` in that folder or above (``../schema/...`` for a map in
    ``arguments/``), else the copy installed with argmap."""
    folder = path.resolve().parent
    for above in (folder, *folder.parents):
        if (above / SCHEMA_IN_PROJECT).is_file():
            return Path(os.path.relpath(above / SCHEMA_IN_PROJECT, folder)).as_posix()
    installed = Path(str(files("argmap").joinpath("data/argmap.schema.json")))
    try:
        return Path(os.path.relpath(installed, folder)).as_posix()
    except ValueError:  # another drive (Windows)
        return installed.as_posix()
