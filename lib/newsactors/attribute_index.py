"""The English model's attribute rules (its tag map and exceptions), applied by dictionary lookups.

The model's `attribute_ruler` runs a spaCy `Matcher` with every one of its ~180 rules over every
token, which takes about a tenth of the whole parse. Nearly all those rules look at one token and
ask for exact values ({"TAG": "NN"}, {"LOWER": "'s", "TAG": "POS"}), so here they are looked up: the
rules are grouped by the attributes they test, each group a dictionary from the token's values to
the rules they meet. Only the few rules that span two tokens or test a regular expression go
through a `Matcher`. The rules then apply as in the ruler: in the order they were added, a later
rule's attribute overriding an earlier one's, so every token gets the same POS, morphology and
lemma as from the model's own ruler (tests/test_pipeline.py compares the two).
"""
from __future__ import annotations

import itertools
from operator import itemgetter

import numpy as np
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import normalize_token_attrs
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

SET_OPERATOR = "IN"  # {"TAG": {"IN": ["VBP", "VBZ"]}}: one of several values, looked up as each of them


class IndexedAttributeRuler:
    """An `AttributeRuler` with the same rules and results; `add_patterns` takes its `patterns`."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.attrs: list[dict] = []  # per rule, in the order added: the attributes it sets
        self.indices: list[int] = []  # per rule: which token of its match it sets
        self.columns: list[int] = []  # the token attributes the lookups read, as spaCy attribute ids
        self.groups: dict[tuple[int, ...], dict] = {}  # columns tested -> their values -> rules
        self.matcher = Matcher(vocab)  # the rules no lookup can take
        self.merged: dict[tuple[int, ...], dict] = {}  # rules met by a token -> the attributes they set
        self.known: dict[tuple[int, ...], list] = {}  # columns tested -> per column, the values of the group

    def add_patterns(self, patterns: list[dict]) -> None:
        for pattern in patterns:
            self.add(pattern["patterns"], pattern.get("attrs", {}), pattern.get("index", 0))

    def add(self, patterns: list[list[dict]], attrs: dict, index: int = 0) -> None:
        rule = len(self.attrs)
        self.attrs.append(normalize_token_attrs(self.vocab, attrs))
        self.indices.append(index)
        self.merged.clear()
        self.known.clear()
        for pattern in patterns:
            keys = self._lookup_keys(pattern)
            if keys is None:
                self.matcher.add(str(rule), [pattern])
                continue
            tested, value_sets = keys
            group = self.groups.setdefault(tested, {})
            for values in itertools.product(*value_sets):
                group.setdefault(values if len(values) > 1 else values[0], []).append(rule)

    def _lookup_keys(self, pattern: list[dict]):
        """The columns a one-token pattern of exact values tests and the values it accepts for
        each; None for a pattern only a Matcher can take."""
        if len(pattern) != 1:
            return None
        tested, value_sets = [], []
        for name, value in sorted(pattern[0].items()):
            attr = IDS.get(name.upper())
            if attr is None:
                return None
            if isinstance(value, dict):
                if set(value) != {SET_OPERATOR}:
                    return None
                values = [self._value_id(v) for v in value[SET_OPERATOR]]
            else:
                values = [self._value_id(value)]
            if attr not in self.columns:
                self.columns.append(attr)
            tested.append(self.columns.index(attr))
            value_sets.append(values)
        return tuple(tested), value_sets

    def _value_id(self, value) -> int:
        """A value as `Doc.to_array` gives it: a string's hash, a flag's 0 or 1."""
        return int(value) if isinstance(value, (bool, int)) else self.vocab.strings.add(value)

    def __call__(self, doc: Doc) -> Doc:
        met = self._rules_met(doc)
        for i, rules in enumerate(met):
            if rules:
                set_token_attrs(doc[i], self._merged(tuple(sorted(rules))))
        return doc

    def _rules_met(self, doc: Doc) -> list[list[int]]:
        met: list[list[int]] = [[] for _ in range(len(doc))]
        values = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        for tested, table in self.groups.items():
            # Only tokens whose every tested value occurs in some rule of the group are looked up:
            # a vectorised first pass that leaves out most tokens for rules on words ("LOWER").
            candidates = np.ones(len(doc), dtype=bool)
            for column, known in zip(tested, self._known_values(tested), strict=True):
                candidates &= np.isin(values[:, column], known)
            tokens = np.flatnonzero(candidates)
            values_of = itemgetter(*range(len(tested)))
            for i, row in zip(tokens.tolist(), values[np.ix_(tokens, tested)].tolist(), strict=True):
                rules = table.get(values_of(row))
                if rules:
                    met[i].extend(rules)
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            met[range(start, end)[self.indices[rule]]].append(rule)
        return met

    def _known_values(self, tested: tuple[int, ...]) -> list[np.ndarray]:
        """Per column a group tests, every value some rule of the group accepts."""
        if tested not in self.known:
            keys = [key if isinstance(key, tuple) else (key,) for key in self.groups[tested]]
            self.known[tested] = [
                np.array(sorted({key[n] for key in keys}), dtype=np.uint64) for n in range(len(tested))
            ]
        return self.known[tested]

    def _merged(self, rules: tuple[int, ...]) -> dict:
        """The attributes a token meeting these rules gets: each from the last rule that sets it."""
        if rules not in self.merged:
            merged: dict = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self.merged[rules] = merged
        return self.merged[rules]
