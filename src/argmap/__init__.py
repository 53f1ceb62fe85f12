"""argmap: argument maps written as YAML, checked for consistency and drawn with Graphviz."""

__version__ = "0.1.0"


def load(source, **options):
    """A map for Jupyter: ``argmap.load("arguments/x.yaml", focus="c1")`` or a map in YAML;
    the notebook shows the returned object as the diagram. See ``argmap.embed.jupyter``."""
    from argmap.embed.jupyter import load as load_map

    return load_map(source, **options)


def load_ipython_extension(ipython) -> None:
    """``%load_ext argmap``: adds the ``%%argmap`` cell magic."""
    from argmap.embed.jupyter import load_ipython_extension as register

    register(ipython)
