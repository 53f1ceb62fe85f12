"""The Sphinx extension's public name: ``extensions = ["argmap.sphinx"]`` in ``conf.py``.
An adapter like the rest of ``argmap.embed``; the code is in ``argmap.embed.sphinx``."""

from argmap.embed.sphinx import setup

__all__ = ["setup"]
