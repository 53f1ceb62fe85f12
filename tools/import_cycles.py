"""Count import cycles between argmap's modules (function-level imports included), with grimp.

Run: .venv/bin/python tools/import_cycles.py [SRC_FOLDER]   (default: src of this checkout)
Prints the number of cycles (strongly connected groups of modules that import each other,
directly or through others) and the modules in each, then the same for the top-level parts
(``argmap.drawing``, ``argmap.teaching``, a root module ...), where a cycle means two layers
lean on each other; exit 1 when there is one.
"""

from __future__ import annotations

import sys
from pathlib import Path


def cycles(graph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root) & modules)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child) & modules))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


class _Collapsed:
    """The import graph with every module folded into its top-level part (argmap.X)."""

    def __init__(self, graph) -> None:
        self.edges: dict[str, set[str]] = {}
        for module in graph.modules:
            part = self.part(module)
            self.edges.setdefault(part, set())
            for imported in graph.find_modules_directly_imported_by(module):
                if self.part(imported) != part:
                    self.edges[part].add(self.part(imported))

    @staticmethod
    def part(module: str) -> str:
        return ".".join(module.split(".")[:2])

    def find_modules_directly_imported_by(self, part: str) -> set[str]:
        return self.edges.get(part, set())


def main() -> int:
    import grimp

    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "src"
    sys.path.insert(0, str(src))
    graph = grimp.build_graph("argmap", cache_dir=None)
    modules = set(graph.modules)  # packages too: their __init__ modules import things as well
    groups = cycles(graph, modules)
    print(f"{len(groups)} import cycle(s) among {len(modules)} modules")
    for group in groups:
        print("  " + " <-> ".join(group))
    parts = _Collapsed(graph)
    part_groups = cycles(parts, set(parts.edges) - {"argmap"})
    print(f"{len(part_groups)} cycle(s) among {len(parts.edges) - 1} top-level parts")
    for group in part_groups:
        print("  " + " <-> ".join(group))
    return 1 if groups or part_groups else 0


if __name__ == "__main__":
    sys.exit(main())
