"""Claims: the quantities an article reports, with their qualifiers and who reported them.

"an estimated 10,000 North Korean soldiers" -> value 10000, unit "soldiers", qualifier
"estimated", source the speaker whose position contains it ("U.S. Department of Defense").
"Initially estimated at 3,000" -> value 3000, qualifier "initially estimated at", unit carried
over from the claim just before it. Qualifiers come from `data/lexicons/claim_qualifiers.csv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from spacy.tokens import Doc, Span

from .docs import sentence_index
from .lexicons import Lexicon, load_lexicon
from .positions import Position

QUANTITY_LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A hedge stands at most this many words before its number: "initially estimated at" and an article.
QUALIFIER_WINDOW = 4


@dataclass
class Claim:
    value: str
    unit: str
    qualifier: str
    source: str
    sentence: int
    start_char: int
    end_char: int
    text: str = ""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def number_value(text: str, lexicon: Lexicon) -> str:
    """"an estimated 10,000" -> "10000"; "2.5 million" -> "2500000" (`number_scales.csv`); no
    digits -> the words."""
    match = _NUMBER.search(text)
    if not match:
        return text.strip()
    value = float(match.group().replace(",", ""))
    for word, scale in lexicon.number_scales.items():
        if word in text.lower():
            value *= scale
    return f"{value:f}".rstrip("0").rstrip(".")


def extract_claims(doc: Doc, positions: list[Position], lexicon: Lexicon | None = None) -> list[Claim]:
    lexicon = lexicon or load_lexicon()
    claims: list[Claim] = []
    for ent in doc.ents:
        if ent.label_ not in QUANTITY_LABELS or not _NUMBER.search(ent.text):
            continue
        if ent.label_ == "CARDINAL" and re.fullmatch(r"(1[89]|20)\d\d", ent.text.strip()):
            continue  # a bare year
        number = next((t for t in reversed(ent) if t.like_num), ent.root)
        unit = _unit(ent, number)
        if not unit and claims and claims[-1].sentence >= sentence_index(ent[0]) - 1:
            unit = claims[-1].unit  # "Initially estimated at 3,000": the unit of the claim before
        claims.append(
            Claim(
                value=number_value(ent.text, lexicon),
                unit=unit,
                qualifier=_qualifier(ent, lexicon),
                source=_source(ent, positions),
                sentence=sentence_index(ent[0]),
                start_char=ent.start_char,
                end_char=ent.end_char,
                text=ent.text,
            )
        )
    return claims


def _unit(ent: Span, number) -> str:
    if ent.label_ in ("MONEY", "PERCENT", "QUANTITY"):
        return ent.label_.lower() if ent.label_ != "QUANTITY" else ent.text.split()[-1]
    head = number.head if number.dep_ == "nummod" else ent.root.head if ent.root.dep_ == "nummod" else None
    return head.text if head is not None and head.pos_ in ("NOUN", "PROPN") else ""


def _qualifier(ent: Span, lexicon: Lexicon) -> str:
    """The hedge before a number, inside the entity or just before it: "initially estimated at"."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - QUALIFIER_WINDOW) : ent.start].text.lower()
    inside = doc[ent.start : ent.end].text.lower()
    for qualifier in lexicon.qualifiers:
        q = qualifier.lower()
        if re.search(rf"(^|\s){re.escape(q)}\s", inside + " ") and not inside.startswith(tuple("0123456789")):
            return _with_adverb(ent, qualifier, lexicon, inside=True)
        if re.search(rf"(^|\s){re.escape(q)}$", before.strip()):
            return _with_adverb(ent, qualifier, lexicon, inside=False)
    return ""


def _with_adverb(ent: Span, qualifier: str, lexicon: Lexicon, inside: bool) -> str:
    """Keep an adverb that times the hedge: "initially estimated at"."""
    doc = ent.doc
    words = qualifier.split()
    start = ent.start if inside else ent.start - len(words)
    first = doc[start] if 0 <= start < len(doc) else None
    while first is not None and first.lower_ in lexicon.grammar["determiner"]:
        start += 1
        first = doc[start]
    prev = doc[start - 1] if start > ent.sent.start else None
    if prev is not None and prev.pos_ == "ADV" and prev.dep_ == "advmod":
        return f"{prev.lower_} {qualifier}"
    return qualifier


def _source(ent: Span, positions: list[Position]) -> str:
    """Who reports a number: the speaker whose content holds it."""
    for position in positions:
        if position.content_start <= ent.start_char < position.content_end:
            return position.speaker
    return ""
