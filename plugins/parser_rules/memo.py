"""Per-conversation memos for ``match_variant`` and ``tokenize``: while one conversation is
parsed, ``match_variant`` is asked again for the same tokens and variants (the merchant lines,
the open variants and the glosses read one merchant sentence for each line and each variant),
and a message is tokenized by the regions, the contact details and the sentences (a message of
one sentence is that sentence); the second answer is the first.

``per_conversation`` wraps the parser's entry point: it opens an empty memo for the call and
drops it when the call returns, so nothing outlives a conversation (the parser runs in a
long-lived multi-tenant worker). Outside it (a test calling ``match_variant`` directly) nothing
is kept. The memo is a ``ContextVar``: threads and tasks each see their own.

``memoised_variant_match`` is safe because ``match_variant`` is pure: its answer depends on its
arguments' values alone (the tokens, the variant specs, the window, the skipped tokens, the
preferred and current variant, the variants talked about) and on the lexicon, which is fixed;
it changes none of its arguments. The key holds the tokens by value (a tuple of immutable
``Token`` tuples: a list changed later cannot return a stale answer), the specs by identity
(``VariantSpec`` is frozen; the memo keeps the specs alive, so an identity cannot be reused
by another spec during the conversation), the skipped tokens as a frozenset. A hit is handed
out as a copy (``VariantHit`` is mutable).

``memoised_mentions`` is safe because ``find_mentions`` is pure (the product mentions of a
sentence's tokens and segment starts against a catalog index, whose own word cache only saves
work): the key holds the tokens by value, the segment starts as a frozenset and the index by
identity (kept alive by the memo). A ``Mention`` is mutable: each hand-out is a new list of
copies, with their list, dict and set fields copied too (``candidates``, ``keys``).
``take_restated_counts`` asks again for the customer's sentence ``ItemReader.read`` read.

``memoised_text`` keeps a pure function of one string (the words of a message) for the
conversation, so no message text outlives its parse in a process-wide cache.
``memoised_values`` (of which ``memoised_text`` is the one-string use) keeps any pure function of
hashable positional arguments the same way: ``variants._window_keys``, the variant words of one
window of tokens (a tuple of ``Token`` tuples and a tuple of indices), read once and asked again
for each product's variants; its dicts are shared, and ``match_variant`` copies them.

``memoised_sentences`` is safe because ``split_sentences`` is pure (the sentences of one
message's text, by the message's index): the key is the index and the string; the sentences
are kept as a tuple and handed out as a new list each time. A ``Sentence`` is shared between the
callers: nothing changes one after it is made, except its own memo of intents found on first use
(``Sentence.spans``), which is the same whoever asks.

``per_sentence`` keeps the answer of a pure function of one ``Sentence`` (its tokens, raw text
and intents, which nothing changes once it is made; not ``question``, which ``open_variants``
sets on a new sub-sentence) on the sentence itself (``Sentence.facts``):
a merchant sentence is asked whether it opens a restatement by the summary reader and by the
restatement reader, which hold the same ``Sentence`` (``split_sentences`` is memoised). The
facts live and die with the sentence; ``Sentence.sub`` makes a new sentence with none.

``memoised_tokens`` is safe because ``tokenize`` is pure (the tokens of a string): the key is the
string, the tokens are kept as a tuple and handed out as a new list each time (callers may
change their list).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# entries one conversation may keep (each key holds its tokens): a hostile conversation of
# long messages stops storing there and computes the rest as without a memo
MAX_ENTRIES = 4096

_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("parser_rules_memo", default=None)
_TOKENS: ContextVar[dict[str, tuple[Any, ...]] | None] = ContextVar(
    "parser_rules_tokens", default=None
)
# the bound of the tokens memo a catalog's index build opens (None: MAX_ENTRIES, a parse's)
_TOKENS_CAP: ContextVar[int | None] = ContextVar("parser_rules_tokens_cap", default=None)
# the names a catalog's index build may keep tokenized (each name is cut at 200 characters)
BUILD_ENTRIES = 16384


def per_conversation(fn: F) -> F:
    """Open a fresh memo for each call of ``fn`` (the parse of one conversation)."""

    @wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        token = _MEMO.set({})
        tokens = _TOKENS.set({})
        try:
            return fn(*args, **kwargs)
        finally:
            _TOKENS.reset(tokens)
            _MEMO.reset(token)

    return run  # type: ignore[return-value]


def tokens_per_build(fn: F) -> F:
    """Open a fresh tokens memo (at most ``BUILD_ENTRIES`` names) for each call of ``fn`` (the
    build of one catalog's index, which tokenizes each name and alias in several passes), and
    restore the caller's when it returns: the parse that meets a new catalog keeps its own
    memo for its messages, and nothing of the catalog outlives the build."""

    @wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        tokens = _TOKENS.set({})
        cap = _TOKENS_CAP.set(BUILD_ENTRIES)
        try:
            return fn(*args, **kwargs)
        finally:
            _TOKENS_CAP.reset(cap)
            _TOKENS.reset(tokens)

    return run  # type: ignore[return-value]


def memoised_variant_match(fn: F) -> F:
    """Answer a repeated ``match_variant`` call from the conversation's memo (see above)."""

    @wraps(fn)
    def run(
        specs: Any,
        toks: Any,
        lo: int,
        hi: int,
        skip: set[int] | None = None,
        prefer: Any = None,
        among: frozenset[int] = frozenset(),
        current: Any = None,
    ) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(specs, toks, lo, hi, skip, prefer, among, current)
        held = tuple(specs)
        key = (
            tuple(map(id, held)),
            tuple(toks),
            lo,
            hi,
            frozenset(skip) if skip else None,
            prefer,
            among,
            current,
        )
        found = memo.get(key, memo)
        if found is memo:
            found = fn(specs, toks, lo, hi, skip, prefer, among, current)
            if len(memo) < MAX_ENTRIES:
                memo[key] = (held, found if found is None else _shallow(found))
            return found
        found = found[1]
        return found if found is None else _shallow(found)

    return run  # type: ignore[return-value]


def memoised_tokens(fn: F) -> F:
    """Answer a repeated ``tokenize`` call from the conversation's memo (see above)."""

    @wraps(fn)
    def run(raw: str) -> Any:
        memo = _TOKENS.get()
        if memo is None:
            return fn(raw)
        found = memo.get(raw)
        if found is None:
            toks = fn(raw)
            if len(memo) < (_TOKENS_CAP.get() or MAX_ENTRIES):
                memo[raw] = tuple(toks)
            return toks
        return list(found)

    return run  # type: ignore[return-value]


def _shallow(obj: Any) -> Any:
    """``copy.copy(obj)`` of a plain dataclass object (``VariantHit``, ``Mention``) without the
    generic copy protocol: a new object of its class with the same attributes. An object with
    no ``__dict__`` or a ``__copy__`` of its own goes through ``copy.copy``."""
    cls: Any = type(obj)
    state = getattr(obj, "__dict__", None)
    if state is None or hasattr(cls, "__copy__"):
        return copy.copy(obj)
    out = cls.__new__(cls)
    out.__dict__.update(state)
    return out


def _copied(obj: Any) -> Any:
    """A copy of a dataclass object whose list, dict and set fields are copies too."""
    out = _shallow(obj)
    for name, value in vars(obj).items():
        kind = type(value)
        if kind is list or kind is dict or kind is set:
            # ``copy.copy`` of a plain list, dict or set is its ``copy()`` (the copy module's
            # dispatch), asked here without the dispatch
            setattr(out, name, value.copy())
        elif isinstance(value, list | dict | set):
            setattr(out, name, copy.copy(value))
    return out


def memoised_mentions(fn: F) -> F:
    """Answer a repeated ``find_mentions`` call from the conversation's memo (see above)."""

    @wraps(fn)
    def run(index: Any, toks: Any, breaks: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(index, toks, breaks)
        key = (fn, id(index), tuple(toks), frozenset(breaks))
        found = memo.get(key)
        if found is None:
            out = fn(index, toks, breaks)
            if len(memo) < MAX_ENTRIES:
                memo[key] = (index, [_copied(m) for m in out])
            return out
        return [_copied(m) for m in found[1]]

    return run  # type: ignore[return-value]


def memoised_values(fn: F) -> F:
    """Answer a repeated call of a pure function of hashable values (positional arguments) from
    the conversation's memo. The answer is handed out as stored: the caller copies a mutable one
    before changing it."""

    @wraps(fn)
    def run(*args: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args)
        key = (fn, *args)
        found = memo.get(key, memo)
        if found is memo:
            found = fn(*args)
            if len(memo) < MAX_ENTRIES:
                memo[key] = found
        return found

    return run  # type: ignore[return-value]


# a pure function of one string (the words of a message)
memoised_text = memoised_values


def memoised_by_identity(fn: F) -> F:
    """Answer a repeated call of a pure function of one sequence of frozen objects (the
    ``VariantSpec`` list of a product's variants, asked by ``match_variant`` at every call) from
    the conversation's memo, keyed by the objects' identities: the memo keeps them alive (as
    ``memoised_variant_match`` does), so an identity is not reused while it lasts, and a frozen
    object's answer cannot change. Outside a conversation the function is called. The answer
    is handed out as stored: the caller must not change it."""

    @wraps(fn)
    def run(items: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(items)
        held = tuple(items)
        key = (fn, tuple(map(id, held)))
        entry = memo.get(key)
        if entry is None:
            found = fn(items)
            if len(memo) < MAX_ENTRIES:
                memo[key] = (held, found)
            return found
        return entry[1]

    return run  # type: ignore[return-value]


def per_sentence(fn: F) -> F:
    """Answer a repeated call of a pure function of one sentence from the sentence (see
    above)."""

    @wraps(fn)
    def run(sent: Any) -> Any:
        facts = sent.facts
        found = facts.get(fn, facts)
        if found is facts:
            found = facts[fn] = fn(sent)
        return found

    return run  # type: ignore[return-value]


def memoised_sentences(fn: F) -> F:
    """Answer a repeated ``split_sentences(index, text)`` from the conversation's memo."""

    @wraps(fn)
    def run(message_index: int, text: str) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return fn(message_index, text)
        key = (fn, message_index, text)
        found = memo.get(key)
        if found is None:
            found = tuple(fn(message_index, text))
            if len(memo) < MAX_ENTRIES:
                memo[key] = found
        return list(found)

    return run  # type: ignore[return-value]


def note_fact(key: Any, keep: Any) -> None:
    """Note in the conversation's memo that a pure fact holds for ``key`` (``keep``: the objects
    whose ids the key holds, kept alive with it). Outside a conversation, or with the memo full,
    nothing is noted: ``has_fact`` then answers False and the caller does the work."""
    memo = _MEMO.get()
    if memo is not None and len(memo) < MAX_ENTRIES:
        memo[key] = keep


def has_fact(key: Any) -> bool:
    """Whether ``note_fact`` noted ``key`` in this conversation."""
    memo = _MEMO.get()
    return memo is not None and key in memo
