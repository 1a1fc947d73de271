"""Replay the native extractor's trimming steps to learn which rule removed each block.

``select.trim_steps`` is the trimming as data: (rule name, step) pairs run in order. Running
them again on the same blocks gives the same result, and comparing each step's input with
its output (by identity) names the rule behind every removal. The "edge debris" step may cut
a leading paragraph of several lines into one new block per line; those lines are traced back
to the paragraph they came from, which counts as kept if any of its lines is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cleannews.extractors.native.select import ANY_PAGE, PageKind, split_lines, trim_steps
from cleannews.extractors.native.thresholds import Thresholds
from cleannews.extractors.native.walk import Scored
from cleannews.options import Focus


@dataclass
class TrimTrace:
    """removed: id of a block -> the rule that removed it whole; lines_removed: id of a block
    cut into lines -> (line, rule) for each line that went; final: what trimming left, with
    owner mapping each final item's id to the block it is (or is a line of)."""

    removed: dict[int, str] = field(default_factory=dict)
    lines_removed: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    final: list[Scored] = field(default_factory=list)
    owner: dict[int, Scored] = field(default_factory=dict)

    def survives(self, item: Scored) -> bool:
        return any(self.owner[id(line)] is item for line in self.final)


def trace_trim(kept: list[Scored], focus: Focus, limits: Thresholds,
               kind: PageKind = ANY_PAGE) -> TrimTrace:
    trace = TrimTrace(owner={id(item): item for item in kept})
    current = kept
    for rule, step in trim_steps(focus, limits, any(item.post_header for item in kept), kind):
        after = step(current)
        after_ids = {id(item) for item in after}
        split = _adopt_lines(trace, current, after, after_ids, rule)
        for item in current:
            if id(item) in after_ids or id(item) in split:
                continue
            origin = trace.owner[id(item)]
            if origin is item:
                trace.removed[id(item)] = rule
            else:
                trace.lines_removed.setdefault(id(origin), []).append((item.text, rule))
        current = after
    trace.final = current
    return trace


def _adopt_lines(trace: TrimTrace, before: list[Scored], after: list[Scored],
                 after_ids: set[int], rule: str) -> dict[int, Scored]:
    """Give each new line block in ``after`` its paragraph among those gone from ``before``;
    record the paragraph's other lines as removed by ``rule``. Returns the paragraphs that were
    cut (a paragraph none of whose lines is left is simply gone, removed whole)."""
    new = [item for item in after if id(item) not in trace.owner]
    if not new:
        return {}
    gone = [item for item in before if id(item) not in after_ids]
    cut: dict[int, Scored] = {}
    pending = {id(item): [line.text for line in split_lines(item)] for item in gone}
    for line in new:
        for item in gone:
            texts = pending[id(item)]
            if item.chain == line.chain and line.text in texts:
                texts.remove(line.text)
                trace.owner[id(line)] = trace.owner[id(item)]
                cut[id(item)] = item
                break
    for key in cut:
        origin = trace.owner[key]
        for text in pending[key]:
            trace.lines_removed.setdefault(id(origin), []).append((text, rule))
    return cut
