"""The ``argmap`` program's entry point (``argmap`` and ``python -m argmap``).

Importing typer and the commands allocates tens of thousands of long-lived objects, and the
garbage collector would scan them again and again while a command runs. So the collector is
off while the program imports, and what the imports made is then frozen out of its sight
(``gc.freeze``) before it is switched back on: about 5 ms of a ~70 ms start. Nothing here
imports typer, so the pause covers every import.
"""

from __future__ import annotations

import gc


def main() -> None:
    gc.disable()
    try:
        from argmap.cli import prepared

        app = prepared()  # imports typer and the command that argv names
    finally:
        gc.freeze()
        gc.enable()
    app()
