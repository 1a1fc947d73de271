"""From what the native extractor decided (a NativeRun) to one ExplainedBlock per page part.

Every reason given here is a step the extractor really took, read from the run: the box
that made a block boilerplate (``Choice.boiler``, the block's ``named_at``), the chosen
container (``Choice.candidates``), the appended stories and teasers it set aside
(``Choice.story``, ``Choice.kept``), the trimming rule that removed it (replayed in trim.py),
the elements the walk skipped unread (``WalkResult.dropped``), and the headline that the
pipeline moves to ``Article.title``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cleannews.blocks import Block, Code, Figure, Heading, ListBlock, Paragraph, Quote, Table
from cleannews.explain.categories import DROPPED, KEPT, TRIM_CATEGORIES, box_category, hidden_how
from cleannews.explain.model import ExplainedBlock
from cleannews.explain.trim import TrimTrace, trace_trim
from cleannews.extractors.native import NativeRun
from cleannews.extractors.native.select import Choice, PageKind, stages
from cleannews.extractors.native.thresholds import Thresholds
from cleannews.extractors.native.walk import Dropped, Scored, WalkResult
from cleannews.options import Options
from cleannews.pipeline import drop_title_heading

_KINDS: dict[type, str] = {Heading: "heading", Paragraph: "paragraph", ListBlock: "list", Quote: "quote",
                           Code: "code", Table: "table", Figure: "figure"}


def block_tag(block: Block) -> str:
    """The HTML element a block stands for."""
    if isinstance(block, Heading):
        return f"h{block.level}"
    if isinstance(block, ListBlock):
        return "ol" if block.ordered else "ul"
    return {Paragraph: "p", Quote: "blockquote", Code: "pre", Table: "table", Figure: "figure"}[type(block)]


@dataclass(frozen=True)
class Verdict:
    decision: str
    category: str
    rule: str
    note: str = ""
    dropped_lines: tuple[str, ...] = ()


class Judge:
    """Reads one NativeRun and says, for each walked block, what became of it and why."""

    def __init__(self, run: NativeRun, options: Options, limits: Thresholds, title: str | None) -> None:
        self.walked: WalkResult = run.walked
        self.limits = limits
        self.choice: Choice | None = run.choice
        choice = self.choice
        self.candidates = {id(item) for item in choice.candidates} if choice else set()
        self.story = {id(item) for item in choice.story} if choice else set()
        self.kept = {id(item) for item in choice.kept} if choice else set()
        kind = PageKind.of(run.walked, options)
        self.trace = trace_trim(choice.kept, options.focus, limits, kind) if choice else TrimTrace()
        # The block the pipeline moves to Article.title; or, for a paragraph cut into lines,
        # the line it moves (the paragraph stays body for its other lines).
        self.title_owner: Scored | None = None
        self.title_line: dict[int, str] = {}
        found = self._title_line(title)
        if found is not None:
            owner, line = found
            if sum(1 for kept in self.trace.final if self.trace.owner[id(kept)] is owner) == 1:
                self.title_owner = owner
            else:
                self.title_line[id(owner)] = line.text
        stage = next((s for s in stages(limits) if choice and s.name == choice.stage), None)
        self.stage = stage

    # -- naming boxes ------------------------------------------------------------------------------

    def box(self, element: int) -> str:
        """A container as the report names it: <tag> 'tag:class' (the extractor's box signature)."""
        tag = self.walked.tags[element]
        kind = self.walked.box_kinds.get(element)
        return f"<{tag}> box '{kind}'" if kind else f"<{tag}>"

    def box_category(self, element: int) -> tuple[str, str]:
        tag = self.walked.tags[element]
        found = self.walked.box_names.get(element) if self.walked.box_names is not None else None
        if found is not None:
            names, role = found
            return box_category(tag, names, role)
        kind = self.walked.box_kinds.get(element, "")
        return box_category(tag, kind.partition(":")[2].lower())

    def container(self) -> str:
        assert self.choice is not None
        return self.box(self.choice.container)

    # -- verdicts ----------------------------------------------------------------------------------

    def score(self, item: Scored, boiler: bool) -> float | None:
        if self.stage is None:
            return None
        if boiler:
            return round(-self.limits.boilerplate_weight * item.chars, 2)
        return round(self.stage.value(item, self.limits), 2)

    def verdict(self, index: int, item: Scored) -> Verdict:
        choice = self.choice
        if choice is None:
            return Verdict(DROPPED, "outside", "no container was chosen: the page has no block of prose")
        key = id(item)
        if choice.boiler[index]:
            box = item.chain[item.named_at]
            category, why = self.box_category(box)
            return Verdict(DROPPED, category, f"in {self.box(box)} ({why}): boilerplate")
        if key not in self.candidates:
            return Verdict(DROPPED, "outside", f"outside the chosen container {self.container()} "
                                               f"({choice.stage} stage)")
        if key not in self.story:
            return Verdict(DROPPED, "other-story",
                           "another story appended after the one with the page's <h1>")
        if key not in self.kept:
            return Verdict(DROPPED, "related", "a related-story teaser: a small box of linked headlines "
                                               "in the container")
        trace = self.trace
        if key in trace.removed:
            rule = trace.removed[key]
            return Verdict(DROPPED, TRIM_CATEGORIES.get(rule, "trimmed"), f"trim: {rule}")
        lines = trace.lines_removed.get(key, [])
        if not trace.survives(item):  # cut into lines, each trimmed by some rule
            rule = lines[-1][1]
            return Verdict(DROPPED, TRIM_CATEGORIES.get(rule, "trimmed"), f"trim: {rule} (line by line)")
        notes = [f"line {text!r} dropped by trim: {rule}" for text, rule in lines]
        dropped_lines = tuple(text for text, _ in lines)
        if key in self.title_line:
            notes.append(f"line {self.title_line[key]!r} is the Article's title, not repeated in the body")
            dropped_lines += (self.title_line[key],)
        note = "; ".join(notes)
        where = ("in the chosen container " if choice.container in item.chain
                 else "in a sibling, with prose of its own, of the chosen container ") + self.container()
        if item is self.title_owner:
            return Verdict(KEPT, "title", "the headline: it is the Article's title, so the body does not "
                                          "repeat it", note, dropped_lines)
        return Verdict(KEPT, "body", f"{where} ({choice.stage} stage)", note, dropped_lines)

    def _title_line(self, title: str | None) -> tuple[Scored, Scored] | None:
        """(walked block, final block) the pipeline drops from the top of the body as the title."""
        final = self.trace.final
        blocks = tuple(item.block for item in final)
        rest = drop_title_heading(blocks, title)
        if len(rest) == len(blocks):
            return None
        index = next((i for i, block in enumerate(rest) if block is not blocks[i]), len(rest))
        return self.trace.owner[id(final[index])], final[index]

    # -- blocks --------------------------------------------------------------------------------------

    def walked_block(self, index: int, item: Scored) -> ExplainedBlock:
        verdict = self.verdict(index, item)
        boiler = self.choice is not None and self.choice.boiler[index]
        tags = self.walked.tags
        return ExplainedBlock(
            kind=_KINDS[type(item.block)], tag=block_tag(item.block), text=item.text,
            decision=verdict.decision, category=verdict.category, rule=verdict.rule,
            score=self.score(item, boiler), chain=tuple(tags[element] for element in item.chain),
            chars=item.chars, link_chars=item.link_chars,
            in_container=self.choice is not None and self.choice.container in item.chain,
            dropped_lines=verdict.dropped_lines, note=verdict.note)

    def dropped_element(self, element: Dropped) -> ExplainedBlock:
        if element.reason == "hidden":
            category, rule = "hidden", f"hidden by {hidden_how(element.names)}: skipped unread"
        else:
            category, why = box_category(element.tag, element.names)
            if element.reason == "chrome":
                share = f"{self.limits.wrapper_text_share:.0%}"
                rule = (f"a small <{element.tag}> box ({why}) holding under {share} of the page's text: "
                        "skipped unread")
            elif element.reason == "nested":
                rule = f"a <{element.tag}> box ({why}) inside a heading or list item: skipped unread"
            else:
                rule = f"an inline or list-item <{element.tag}> ({why}): skipped unread"
        return ExplainedBlock(kind="element", tag=element.tag, text=element.text, decision=DROPPED,
                              category=category, rule=rule, chars=len(element.text))


def explain_blocks(run: NativeRun, options: Options, limits: Thresholds,
                   title: str | None) -> tuple[ExplainedBlock, ...]:
    """Every walked block and every element skipped unread, in document order."""
    return tuple(_in_order(Judge(run, options, limits, title), run.walked))


def _in_order(judge: Judge, walked: WalkResult) -> Iterator[ExplainedBlock]:
    dropped = iter(walked.dropped or ())
    pending = next(dropped, None)
    for index, item in enumerate(walked.blocks):
        while pending is not None and pending.position <= index:
            yield judge.dropped_element(pending)
            pending = next(dropped, None)
        yield judge.walked_block(index, item)
    while pending is not None:
        yield judge.dropped_element(pending)
        pending = next(dropped, None)
