"""A map as a Mermaid flowchart, for platforms that draw Mermaid themselves (GitHub,
GitLab, Obsidian, many wikis): ``argmap export FILE --to mermaid``.

Claims are rounded boxes (speaker in italics, speaker colours as in argmap's diagrams,
unstated premises dashed, the main conclusion thick); linked premises meet in a small
circle, a named argument is a stadium with its label; supports are arrows, attacks
dotted lines ending in a cross, a restatement (``restates:``) a dotted line labelled "restates". Mermaid wraps the texts. Every text is written with Mermaid's entity codes for
the characters that mean something to Mermaid or HTML, so it shows literally.

Options (``-O key=value``): ``direction`` (BT, TB, LR, RL; default BT), ``fenced=true``
wraps the chart in a ```` ```mermaid ```` block for Markdown.
"""

from __future__ import annotations

from argmap.drawing.themes import speaker_colours
from argmap.exporters import option_flag
from argmap.graph import premise_ids, resolved_arguments, speaker_name, unstated_label
from argmap.model import ArgumentMap

SUFFIX = ".mmd"
DIRECTIONS = ("BT", "TB", "LR", "RL")
ENTITIES = {ch: f"#{ord(ch)};" for ch in '#"<>&`|[]{}'}  # Mermaid's entity codes: decimal
ATTACK_COLOUR = "#B22222"
CLASS_STYLES = {  # as argmap's own diagrams draw them (render/themes.py, default theme)
    "claim": "fill:#FFFFFF,stroke:#4D4D4D,color:#1A1A1A",
    "implicit": "stroke-dasharray:5 4",
    "main": "stroke-width:3.5px",
    "junction": "fill:#262626,stroke:#262626,color:#FFFFFF",
    "caption": "fill:#F2F2F2,stroke:#666666,color:#1A1A1A,font-size:11px",
}


def export(amap: ArgumentMap, options: dict) -> str:
    direction = str(options.get("direction", "BT")).upper()
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    chart = _Chart(amap)
    lines = [f"flowchart {direction}", *chart.nodes(), *chart.relations(), *chart.styles()]
    text = "\n".join(lines) + "\n"
    return f"```mermaid\n{text}```\n" if option_flag(options, "fenced") else text


def label(text: str) -> str:
    """Text for a quoted Mermaid label: one line (Mermaid wraps it to the box), with entity
    codes for the characters that mean something to Mermaid or HTML."""
    return "".join(ENTITIES.get(ch, ch) for ch in " ".join(text.split()))


class _Chart:
    def __init__(self, amap: ArgumentMap):
        self.amap = amap
        self.args = list(resolved_arguments(amap, with_self_references=True))
        targeted = {a.target for a in self.args}
        self.junctions = {a.id for a in self.args if len(a.premises) > 1 or a.label or a.id in targeted}
        self.names = {cid: f"c{i}" for i, cid in enumerate(amap.claims, 1)}
        self.names.update({a.id: f"a{i}" for i, a in enumerate(self.args, 1)})
        self.attack_links: list[int] = []

    def nodes(self):
        for cid, claim in self.amap.claims.items():
            text = label(claim.text or cid)
            speaker = speaker_name(self.amap, claim.speaker)
            byline = speaker or (unstated_label(self.amap, cid) if claim.implicit else None)
            if byline:
                text += f"<br/><i>{label(byline)}</i>"
            yield f'    {self.names[cid]}("{text}")'
        for arg in self.args:
            if arg.id in self.junctions:
                shape = f'(["{label(arg.label)}"])' if arg.label else '((" "))'
                yield f"    {self.names[arg.id]}{shape}"

    def relations(self):
        links = []
        for arg in self.args:
            if arg.id in self.junctions:
                links += [(p, arg.id, "---", arg) for p in arg.premises]
                links.append((arg.id, arg.target, None, arg))
            else:
                links.append((arg.premises[0], arg.target, None, arg))
        links = [link for link in links if link[0] in self.names and link[1] in self.names]  # --force: half-read
        for index, (tail, head, style, arg) in enumerate(links):
            if style is None:
                style = "-.-x" if arg.is_attack else "-->"
            if arg.is_attack:
                self.attack_links.append(index)
            yield f"    {self.names[tail]} {style} {self.names[head]}"
        for cid, claim in self.amap.claims.items():  # a restatement: dotted, no arrowhead, not a reason
            if claim.restates in self.names and claim.restates != cid and claim.restates in self.amap.claims:
                yield f"    {self.names[cid]} -.-|restates| {self.names[claim.restates]}"

    def styles(self):
        main = set(self.amap.claims) - premise_ids(self.amap)
        members = {
            "claim": list(self.amap.claims),
            "implicit": [c for c, v in self.amap.claims.items() if v.implicit],
            "main": [c for c in self.amap.claims if c in main],
            "junction": [a.id for a in self.args if a.id in self.junctions and not a.label],
            "caption": [a.id for a in self.args if a.id in self.junctions and a.label],
        }
        for name, ids in members.items():  # `class a,b name`: commas separate nodes, one class a line
            if ids:
                yield f"    classDef {name} {CLASS_STYLES[name]}"
                yield f"    class {','.join(self.names[i] for i in ids)} {name}"
        yield from self._speaker_styles()
        if self.attack_links:
            yield f"    linkStyle {','.join(map(str, self.attack_links))} stroke:{ATTACK_COLOUR},color:{ATTACK_COLOUR}"

    def _speaker_styles(self):
        colours = speaker_colours(self.amap)
        for i, (sid, (fill, border)) in enumerate(colours.items(), 1):
            members = [self.names[c] for c, claim in self.amap.claims.items() if claim.speaker == sid]
            if members:
                yield f"    classDef speaker{i} fill:{fill},stroke:{border}"
                yield f"    class {','.join(members)} speaker{i}"
