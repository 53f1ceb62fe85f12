"""A document as the features see it, and the words they show about an id.

Internally positions count code points (as YAML marks do); ``TextDoc`` converts them to and
from the client's units (UTF-16 by default in LSP) with functions the server provides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lsprotocol import types as lsp

from argmap.lsp.yamlindex import Occurrence, Pos, Span
from argmap.mdtext import markdown_text as md
from argmap.model import ARGUMENT_WEIGHT, CLAIM_WEIGHT, ArgumentMap


@dataclass
class TextDoc:
    uri: str
    lines: list[str]
    to_client: Callable[[Pos], lsp.Position] = lambda pos: lsp.Position(*pos)
    from_client: Callable[[lsp.Position], Pos] = lambda p: (p.line, p.character)

    @classmethod
    def plain(cls, uri: str, text: str) -> TextDoc:
        """Positions in code points on both sides (tests, and clients that negotiated UTF-32)."""
        return cls(uri, text.split("\n"))

    @classmethod
    def encoded(cls, uri: str, text: str, units: Callable[[str], int]) -> TextDoc:
        """Client positions in code units of the negotiated encoding; ``units`` counts them in a string."""
        lines = text.split("\n")

        def to_client(pos: Pos) -> lsp.Position:
            line, column = pos
            if line >= len(lines) or lines[line].isascii():
                return lsp.Position(line, column)
            return lsp.Position(line, units(lines[line][:column]))

        def from_client(position: lsp.Position) -> Pos:
            if position.line >= len(lines) or lines[position.line].isascii():
                return (position.line, position.character)
            count = 0
            for column, character in enumerate(lines[position.line]):
                if count >= position.character:
                    return (position.line, column)
                count += units(character)
            return (position.line, len(lines[position.line]))

        return cls(uri, lines, to_client, from_client)

    def range(self, span: Span) -> lsp.Range:
        return lsp.Range(self.to_client(span.start), self.to_client(span.end))

    def location(self, span: Span) -> lsp.Location:
        return lsp.Location(self.uri, self.range(span))


def describe(occurrence: Occurrence, amap: ArgumentMap | None) -> str | None:
    """Markdown about the id: a claim's text, speaker and quote; an argument's structure; a speaker."""
    if amap is None:
        return None
    if occurrence.space == "speaker":
        return _describe_speaker(occurrence.id, amap)
    if occurrence.id in amap.claims:
        return _describe_claim(occurrence.id, amap)
    if occurrence.id in amap.arguments:
        return _describe_argument(occurrence.id, amap)
    return None


def _describe_claim(cid: str, amap: ArgumentMap) -> str:
    claim = amap.claims[cid]
    kind = "implicit claim" if claim.implicit else "claim"
    parts = [f"**{md(cid)}** ({kind})", md(claim.text) or "*(no text)*"]
    if claim.speaker:
        parts.append(f"— {speaker_markdown(claim.speaker, amap)}")
    if claim.quote:
        parts.append("> " + md(claim.quote))
    if claim.note:
        parts.append(f"*Note:* {md(claim.note)}")
    parts.append(_weight(claim.weight, CLAIM_WEIGHT))
    return "\n\n".join(parts)


def _weight(weight: float | None, default: float) -> str:
    return f"*Weight:* {weight:g}" if weight is not None else f"*Weight:* {default:g} (the default)"


def _describe_argument(aid: str, amap: ArgumentMap) -> str:
    arg = amap.arguments[aid]
    title = f"**{md(aid)}** (argument{': ' + md(arg.label) if arg.label else ''})"
    premises = ", ".join(md(p) for p in arg.premises) or "*(no premises)*"
    parts = [title, f"{premises} **{md(arg.relation)}** {md(arg.target)}"]
    if arg.scheme:
        parts.append(f"*Scheme:* {md(arg.scheme)}")
    if arg.speaker:
        parts.append(f"— {speaker_markdown(arg.speaker, amap)}")
    if arg.note:
        parts.append(f"*Note:* {md(arg.note)}")
    parts.append(_weight(arg.weight, ARGUMENT_WEIGHT))
    return "\n\n".join(parts)


def _describe_speaker(sid: str, amap: ArgumentMap) -> str | None:
    speaker = amap.speakers.get(sid)
    if speaker is None:
        return None
    claims = sum(1 for c in amap.claims.values() if c.speaker == sid)
    lines = [f"**{md(sid)}** (speaker): {md(speaker.name)}"]
    if speaker.role:
        lines.append(md(speaker.role))
    lines.append(f"{claims} claim{'s' if claims != 1 else ''}")
    return "\n\n".join(lines)


def speaker_markdown(sid: str, amap: ArgumentMap) -> str:
    speaker = amap.speakers.get(sid)
    if speaker is None:
        return f"{md(sid)} (unknown speaker)"
    return md(f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name)


def summary(node_id: str, amap: ArgumentMap | None) -> str:
    """One line for a completion item's detail or a symbol: the claim's text, or the argument's shape."""
    if amap is None:
        return ""
    if node_id in amap.claims:
        return amap.claims[node_id].text or ""
    arg = amap.arguments.get(node_id)
    if arg is None:
        return ""
    shape = f"{', '.join(arg.premises)} {arg.relation} {arg.target}"
    return f"{arg.label}: {shape}" if arg.label else shape
