"""Teaching features built on the model: reveal order, worksheets and grading (``diff``).

The outline lives in ``argmap.drawing.outline`` (the renderer uses it for the SVG ``<desc>``).
Nothing here imports Graphviz; the commands combine these plans with the renderer.
"""
