"""The YAML loader classes argmap composes with: libyaml's C one when PyYAML was built with it
(about ten times faster than the pure-Python one; both give the same marks, so problems point
at the same place), else PyYAML's own; either with a quicker tag resolver.

The composer calls back into Python to resolve each scalar's tag: for each scalar, PyYAML
looks two tables up and concatenates two lists of patterns, though most scalars (an id, a
sentence, a quoted text) start with a character no pattern can match. ``resolve`` below
follows PyYAML's rules for a scalar without that work, and hands everything else (a
collection, a loader with path resolvers or a pattern for any first character) to PyYAML's
own method, so each node gets exactly the tag the safe loader gives it.
"""

from __future__ import annotations

from argmap.loading.pyyaml import yaml

_SCALAR = yaml.ScalarNode
_pyyaml_resolve = yaml.resolver.BaseResolver.resolve


class _QuickResolve:
    yaml_implicit_resolvers: dict
    yaml_path_resolvers: dict
    DEFAULT_SCALAR_TAG: str

    def resolve(self, kind, value, implicit):
        patterns = self.yaml_implicit_resolvers
        if kind is not _SCALAR or self.yaml_path_resolvers or None in patterns:
            return _pyyaml_resolve(self, kind, value, implicit)
        if implicit[0]:  # a plain scalar: the patterns for its first character
            for tag, regexp in patterns.get(value[0] if value else "", ()):
                if regexp.match(value):
                    return tag
        return self.DEFAULT_SCALAR_TAG


class PythonLoader(_QuickResolve, yaml.SafeLoader):
    """PyYAML's pure-Python safe composer."""


CLoader: type | None = type("CLoader", (_QuickResolve, yaml.CSafeLoader), {}) if yaml.__with_libyaml__ else None
Loader: type = CLoader or PythonLoader
