"""argmap: argument maps written as YAML, checked for consistency and drawn with Graphviz."""

__version__ = "0.1.0"
