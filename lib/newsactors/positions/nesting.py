"""Nesting: a position reported as part of what another says is that one's content, not a
position of its own.

In "Polls show that voters say the economy is weak" the article reports what the polls show, the
voters' words inside it; so too one that describes someone named inside it ("the poll noted that
73 percent of Democrats who said they backed Sanders now back Clinton"). One in a clause of its
own stays: a prepositional clause ("confirmed that troops moved, in what officials describe as an
intervention"), a participle or a verb coordinated beside it ("posted a message, saying ..."), or
one naming who holds the thing the other position is about ("downplayed the concerns raised by
NATO": NATO's concerns are its own), or a relative clause telling what a named actor did to a
thing the other mentions ("with the exception of Cyprus, which Turkey does not recognize").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..docs import line_bounds, preposition_objects
from ..lexicons import Lexicon
from .content import OBJECT_DEPS
from .forms import coordinated_cue, participle_with_agent
from .quotes import article_quotes
from .records import Position


def outermost(
    doc: Doc, positions: list[Position], reporters: list[Position], lexicon: Lexicon, acts: list[Position] = ()
) -> list[Position]:
    """The positions not reported inside what one of the `reporters` (any position but an act)
    says, and the `acts` of a named actor wherever they are told: "the Federal Aviation Office has
    *suspended* Mahan's permit, German officials said" is the office's act, whoever reports it.
    An act a quotation tells is part of the quoted words ('"We *banned* them," she said')."""
    quotes = article_quotes(doc, lexicon)
    standing = {id(p) for p in acts if p.speaker_kind and quotes.containing(p.cue_start) is None}
    def reported_within(p: Position, q: Position) -> bool:
        if p is q or not (q.content_start <= p.cue_start and p.cue_end <= q.content_end):
            return False
        token = _token_at(doc, p.cue_start)
        same_speaker = (p.speaker_start, p.speaker_end) == (q.speaker_start, q.speaker_end)
        if token is not None and (_said_beside(token, same_speaker, lexicon) or _done_to_the_thing(token, lexicon)):
            return False
        while token is not None and token.head.i != token.i:
            if token.dep_ == "pcomp" or _names_holder_of_object(token, q, lexicon):
                return False
            token = token.head
            if q.cue_start <= token.idx < q.cue_end:
                return True
        return False

    # a content lies within one paragraph, so only the reporters whose content starts in the
    # paragraph of a position's cue can hold it
    by_paragraph: dict[int, list[Position]] = {}
    for q in reporters:
        if q.content_start >= 0:
            by_paragraph.setdefault(line_bounds(doc, q.content_start)[0], []).append(q)

    def holders(p: Position) -> list[Position]:
        return by_paragraph.get(line_bounds(doc, p.cue_start)[0], []) if p.cue_start >= 0 else []

    return [p for p in positions if id(p) in standing or not any(reported_within(p, q) for q in holders(p))]


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at a character offset (a cue's start), None for none. Looked up
    where needed: a dict of every token's start costs more than all the lookups of an article."""
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char >= 0 else None
    return span[0] if span is not None and span[0].idx == char else None


def _names_holder_of_object(verb: Token, position: Position, lexicon: Lexicon) -> bool:
    """Is a verb a participle naming who holds the thing a position is about, its object ("the
    concerns raised by NATO"), or one of an object that names its maker ("joined the calls *by
    United Kingdom officials* asking ...")? A relative clause describing the object ("posted
    messages in which the group urged attacks") is part of what the position reports."""
    noun = verb.head
    maker_named = verb.dep_ == "acl" and bool(preposition_objects(noun, lexicon.grammar["agent_preposition"]))
    return (
        (participle_with_agent(verb) or maker_named) and noun.dep_ in OBJECT_DEPS
        and position.cue_start <= noun.head.idx < position.cue_end
    )


def _done_to_the_thing(cue: Token, lexicon: Lexicon) -> bool:
    """Is a cue a relative clause telling what a named actor did to the thing it describes
    ("Cyprus, *which Turkey does not recognize*", "the strike, *which was approved by* Trump")? It
    is that actor's own position, an aside beside what the other says; a clause the thing holds
    ("messages *in which* the group urged attacks") is part of what is reported."""
    if cue.dep_ != "relcl":
        return False
    relative = next((c for c in cue.children if c.lower_ in lexicon.grammar["relative_pronoun"]), None)
    holder = next((c for c in cue.children if c.dep_ == "nsubj" and c.pos_ != "PRON" or c.dep_ == "agent"), None)
    return relative is not None and relative.dep_ in ("dobj", "nsubjpass") and holder is not None


def _said_beside(cue: Token, same_speaker: bool, lexicon: Lexicon) -> bool:
    """Is a cue a clause set beside another position rather than reported in it? A participle
    ("posted a comment, saying ...") or a verb coordinated by the same speaker ("noted ... and
    added ...") says something of its own."""
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "prep") or coordinated_cue(cue, lexicon) is not None:
        return True
    return same_speaker and cue.dep_ == "conj"
