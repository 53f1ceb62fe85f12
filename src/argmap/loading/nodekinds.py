"""What a composed YAML node is: the tags and the id pattern the readers test, and the words
a message uses for a node (`kind`)."""

from __future__ import annotations

import re

from argmap.loading.pyyaml import yaml

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")


def kind(node: yaml.Node, quote: bool = True) -> str:
    """What the node is, for a message; its text only when ``quote`` (never for a whole file:
    a served or embedded /etc/passwd is one long text)."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == NULL_TAG:
        return "empty"
    return f"`{node.value}`" if quote else "a single text"
