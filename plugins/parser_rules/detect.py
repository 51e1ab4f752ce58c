"""Is there a committed order? Commit and retreat signals over the customer's sentences.

A commit is an order phrase ("po du", "I'll take", "vorrei", "ich möchte"), a bare item list, or
delivery details (address or phone) given by the customer. A retreat is hesitation ("po e
mendoj", "I'll think about it", "ci penso"), a cancellation or a wholesale/quote request. The
order stands when the last commit comes after the last retreat. Messages about an earlier
purchase (returns, complaints, "where is my order") do not commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.parser_rules.lexicon import word_set
from plugins.parser_rules.segments import Sentence, starts_like_question

_TOPICS = word_set("variant_topics")


@dataclass
class Timeline:
    commits: list[tuple[int, int, float]] = field(
        default_factory=list
    )  # (message, position, strength)
    retreats: list[tuple[int, int]] = field(default_factory=list)
    past_messages: set[int] = field(default_factory=set)

    def commit(self, msg: int, pos: int, strength: float = 1.0) -> None:
        self.commits.append((msg, pos, strength))

    def retreat(self, msg: int, pos: int) -> None:
        self.retreats.append((msg, pos))

    def decided(self) -> tuple[bool, float]:
        strong = [(m, p) for m, p, s in self.commits if s >= 1.0]
        if not strong:
            return False, 0.0
        last_commit = max(strong)
        last_retreat = max(self.retreats) if self.retreats else (-1, -1)
        ok = last_commit > last_retreat
        total = sum(s for _m, _p, s in self.commits)
        return ok, min(1.0, 0.4 + 0.15 * total)


def past_message(sentences: list[Sentence]) -> bool:
    """A message about an earlier purchase: a return, a complaint, a delivery status."""
    return any(s.has("past") or s.has("complaint") for s in sentences)


def read_merchant(tl: Timeline, sent: Sentence) -> None:
    """The merchant declines ("mi dispiace, solo Albania", "out of stock"): a retreat."""
    for s, _e in sent.intents.get("decline", ()):
        tl.retreat(sent.message, sent.start + sent.toks[s].start)


def read_sentence(
    tl: Timeline,
    sent: Sentence,
    named_items: bool,
    has_items: bool,
    past: bool,
    counted: bool = True,
) -> None:
    pos = sent.start
    question = sent.question or starts_like_question(sent) and not sent.has("order")
    for kind in ("hesitate", "cancel", "inquiry"):
        if kind == "cancel" and named_items:
            continue  # "annullate il rossetto": an item is dropped, the order stands
        if kind == "hesitate" and has_items and any(t.text in _TOPICS for t in sent.toks):
            continue  # "the flavour I'll tell you tomorrow": the variant is open, not the order
        for s, _e in sent.intents.get(kind, ()):
            if kind == "cancel" and sent.toks[s].text == "mos" and not has_items:
                continue
            tl.retreat(sent.message, pos + sent.toks[s].start)
    if past:
        return
    for s, _e in sent.intents.get("order", ()):
        if named_items or has_items:
            tl.commit(
                sent.message,
                pos + sent.toks[s].start,
                1.0 if (named_items or not question) else 0.5,
            )
    if named_items and not question and counted:
        # a bare list ("raft muri i zi x2, ora muri x1") commits when it counts or picks variants
        tl.commit(sent.message, pos + sent.toks[0].start, 1.0)
    if has_items and sent.has("agree") and not question:
        tl.commit(sent.message, pos, 0.5)
