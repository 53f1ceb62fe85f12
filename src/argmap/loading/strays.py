"""A claim indented one level too far in, under the claim before it:

    ban:
      text: Schools should ban phones.
      distract:                      # meant as a claim of its own
      text: Phones distract pupils.  # so `text` is now given twice in `ban`

YAML reads ``distract`` as an (empty) field of ``ban`` and every field after it as repeated
fields of ``ban``. One mistake, one problem: the "unknown field" and "duplicate key"
problems it causes are replaced by one that says what happened.
"""

from __future__ import annotations

from collections.abc import Collection

from argmap.loading.nodekinds import ID_PATTERN, NULL_TAG
from argmap.loading.nodereader import NodeReader
from argmap.loading.pyyaml import yaml


def stray_claim(mapping: yaml.MappingNode, fields: Collection[str]) -> yaml.ScalarNode | None:
    """The key of a claim nested in ``mapping`` by its indentation: not a field name, no
    value, and followed by a field the mapping already has."""
    seen: set[str] = set()
    for index, (key, value) in enumerate(mapping.value):
        if not isinstance(key, yaml.ScalarNode):
            return None
        if key.value not in fields and ID_PATTERN.match(key.value) and _empty(value):
            later = {k.value for k, _ in mapping.value[index + 1 :] if isinstance(k, yaml.ScalarNode)}
            return key if later & seen else None
        seen.add(key.value)
    return None


def _empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG


def report_stray_claim(r: NodeReader, key: yaml.ScalarNode, owner: str, since: int) -> None:
    """Replace the problems ``key`` caused (those reported from index ``since`` on, at or after
    its line) by one."""
    line = key.start_mark.line + 1
    r.problems[since:] = [
        p for p in r.problems[since:] if p.location.line < line or p.rule not in ("schema", "duplicate-key")
    ]
    r.report(
        key,
        f"`{key.value}:` is indented like a field of claim `{owner}`, so the fields below it are read "
        f"as `{owner}`'s again: if `{key.value}` is a claim of its own, indent it like `{owner}:`",
    )
