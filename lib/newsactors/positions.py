"""Positions: who said, thought or did what, found from cues and the parse.

`extract_positions(doc, actors)` yields one `Position` per speaker per cue. A cue is a word listed
in `cues.csv`, or any other verb, noun or adjective predicate whose evidence (`cue_evidence`: the
word, its frame, its speaker) adds up in `cue_weights.csv`. Each position the rules then find
(`candidate_positions`) is kept when its own evidence (`position_evidence`: the cue's, who holds
it, what it says, the clause the cue stands in) adds up in `position_weights.csv`; acts are not
weighed, nor positions whose cue's own phrase names an actor ("denials from Moscow", "the
concerns raised by NATO"). The forms it reads:

- verb cues with a subject ("Singh stated that ..."), a passive agent ("the concerns raised by
  NATO"), a relative pronoun ("Moscow, which dismissed ..."), a name after the verb ("“...,” said
  retired surgeon Ben Carson") or a subject they share with the verb they hang from ("...,
  labeling it a direct threat"; "refrained from denying"; "ended by saying"; "the voters saying");
- adjective and noun predicates ("she is wary of the deal", "voters are confident that ...",
  "she was a critic of the deal"), the word after "be" being the cue;
- positions whose holder the sentence leaves unnamed, given with no speaker: an agentless
  passive ("the bill is expected to pass"), a question's participle ("Asked about the polls, she
  said ..."; "Asked by a reporter" names the asker) and the writer's impression ("the plan seems
  to work"); and, weighed with evidence of their own, positions the sentence names no one for
  ("contests known as Super Tuesday", "the plan drew criticism");
- noun cues with a source ("denials from Moscow", "Russia's denial");
- "according to X", and "in a new poll" (the documents of `source_nouns.csv`);
- direct quotes in every layout: before or after the cue, split around it, after a colon
  ("Sanders: ...", a transcript's turn "“PENCE: ...”"), signed with a dash ("“...” ― Pat Lee"),
  and a quote in the next sentence carrying on the last speaker;
- coordinated speakers ("Austin and Blinken are scheduled to meet"): one position each.

Two things are left out on purpose: a cue inside a quotation (the quoted speaker's words, not a
position of its own), and a position reported as part of what another says ("polls show that
voters say ...", "the poll noted that voters who said ..."), which is the outer position's
content; a participle or a verb coordinated beside it ("posted a message, saying ...") is a
position of its own.

Speakers are resolved through the `ActorIndex` (`coref` has linked pronouns, descriptions and
appositives to their actors there): a pronoun to its person, a capital to its state, a document to
its author ("a statement by X"), a group noun to a group ("Ukrainian officials", "organizers of
the rally") or to its state ("South Korea's government"). A speaker that is no actor (a memo, a
poll) keeps its words as its name and an empty kind.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, fields
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from .actors import (
    GROUP, PERSON, STATE, Actor, ActorIndex, doc_text, entity_bounds, sentence_bounds, sentence_index, sentence_of,
)
from .coref import document_author, group_of_phrase, titled_appositive
from .lexicons import Lexicon, load_lexicon, read_table
from .stance import FROM_OBJECT, PLAIN, code_stance

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "intj")  # intj: "said no"
OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass", "pobj", "dative")
TOPIC_PREPS = ("as", "about", "over", "on", "of", "against", "for", "that", "with", "to")
RELATIVE_PRONOUNS = ("which", "who", "that", "whom")
# "She ended by saying ...": the doer of the -ing verb after these is the subject of the clause
SUBJECT_SHARING_PREPS = ("by", "after", "before", "while", "when", "without", "in", "since")
ANIMATE_KINDS = (PERSON, STATE, GROUP, "organisation")


@dataclass
class Position:
    speaker: str
    speaker_kind: str
    speaker_role: str
    speaker_affiliation: str
    cue: str
    stance: str
    cameo: str
    target: str
    content: str
    quote_type: str
    sentence: int
    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    negated: bool = False
    modality: str = ""
    speaker_text: str = ""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]


@dataclass
class Cue:
    tokens: list[Token]  # the words of the cue, contiguous: "refrained from denying"
    head: Token  # the word whose parse gives speaker, object and content
    stance: str
    kind: str  # verb | noun | according | source | colon | dash


# --- quotations ---------------------------------------------------------------------------------

_OPENING = ("“", '"', "''", "``")
_CLOSING = {"“": ("”", '"'), '"': ('"', "”"), "''": ("''", "”"), "``": ("''", "”")}  # mixed marks happen
_MARK = re.compile(r"''|``|[“”\"]")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of double-quoted passages, paragraph by paragraph.

    Quotation marks are curly (“ ”), straight (") or doubled apostrophes ('' ''), a style some
    wires use. Unbalanced marks never raise: an opening mark left open at a paragraph's end closes
    there, which is also how news text continues a quote into the next paragraph.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        offset = paragraph.start()
        opened: tuple[str, int] | None = None  # the opening mark and where the quote starts
        for mark in _MARK.finditer(paragraph.group()):
            char, start, end = mark.group(), offset + mark.start(), offset + mark.end()
            if opened is not None and char in _CLOSING[opened[0]]:
                if start - opened[1] > 1:
                    spans.append((opened[1], start))
                opened = None
            elif char in _OPENING and (opened is None or char == opened[0] == "“"):
                opened = (char, end)  # a stray second “ starts the quote again from the newer one
        if opened is not None and paragraph.end() - opened[1] > 1:
            spans.append((opened[1], paragraph.end()))
    return spans


# --- cues --------------------------------------------------------------------------------------


def find_cues(sent: Span, lexicon: Lexicon, quotes: list[tuple[int, int]] = ()) -> list[Cue]:
    """The cues of a sentence, each word in at most one cue.

    A cue inside a quotation is left out: it belongs to the quoted words of the speaker who is
    quoted ("'I think we will win,' she said" is her position, not a second one of "I").
    """
    cues = [cue for cue in _candidate_cues(sent, lexicon) if not in_quote(cue.head, quotes) or _turn_label(cue, quotes)]
    widened = {t.i for cue in cues if len(cue.tokens) > 1 for t in cue.tokens}
    # "declined to comment" is one cue: drop "declined" found on its own
    return [cue for cue in cues if len(cue.tokens) > 1 or cue.head.i not in widened]


def in_quote(token: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in quotes)


def _turn_label(cue: Cue, quotes: list[tuple[int, int]]) -> bool:
    """Is the cue a transcript's speaker label opening a quotation ("“PENCE: Well, ...”")? The
    quotation is the transcript's, and the label says whose turn it is."""
    if cue.kind != "colon":
        return False
    speaker = _colon_speaker(cue.head)
    return speaker is not None and any(start == speaker.start_char for start, _ in quotes)


def _candidate_cues(sent: Span, lexicon: Lexicon) -> Iterator[Cue]:
    taken: set[int] = set()
    for cue in _phrase_cues(sent, lexicon):
        taken.update(t.i for t in cue.tokens)
        yield cue
    for token in sent:
        if token.i in taken:
            continue
        if _dash_speaker(token) is not None:  # checked first: a tagger may take a dash for a word
            yield Cue([token], token, "state", "dash")
            continue
        word = word_cue(token, lexicon)
        if word is not None:
            if _weighs_in(word, lexicon):
                yield word
        elif token.text == ":" and token.i > token.doc[0].i and _colon_speaker(token) is not None:
            yield Cue([token], token, "state", "colon")
        elif _source_phrase(token, lexicon) is not None:
            yield Cue([token], token, "state", "source")


def word_cue(token: Token, lexicon: Lexicon) -> Cue | None:
    """The cue a word would make, whether or not its evidence accepts it: a verb, a noun or an
    adjective predicate ("she is wary of the deal", never "a wary look"). Its stance is the one
    `cues.csv` gives the word, else a plain statement."""
    lemma = _lemma(token, lexicon)
    if _copula(token):
        return None  # "were optimistic", "is a critic of": the predicate is the cue
    if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound", "aux", "auxpass"):
        return _widen(Cue([token], token, lexicon.verb_cues.get(lemma, PLAIN), "verb"), lexicon)
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return Cue([token], token, lexicon.adjective_cues.get(lemma, PLAIN), "verb")
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and lemma in lexicon.noun_cues):
        return Cue([token], token, lexicon.noun_cues.get(lemma, PLAIN), "noun")
    return None


def _copula(token: Token) -> bool:
    """Is the word a "be" linking its subject to a predicate adjective or noun?"""
    return token.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in token.children)


def _weighs_in(cue: Cue, lexicon: Lexicon) -> bool:
    """Is a word a cue here? A word listed in `cues.csv` is; any other word when its evidence
    adds up in `cue_weights.csv` ("made the case that", "spoke about")."""
    if listed_kind(cue.head, lexicon) != "none":
        return True
    if any(c.dep_ == "xcomp" and listed_kind(c, lexicon) != "none" for c in cue.head.children):
        return False  # "chose not to believe it", "went on to say": the listed cue is the position
    return lexicon.cue_weights.accepts(cue_evidence(cue, lexicon))


def listed_kind(token: Token, lexicon: Lexicon) -> str:
    """The word's kind in `cues.csv` (speech, cognition, act ...) for its part of speech, or "none"."""
    lemma = _lemma(token, lexicon)
    table = {"NOUN": lexicon.noun_cues, "PROPN": lexicon.noun_cues, "ADJ": lexicon.adjective_cues}.get(token.pos_, lexicon.verb_cues)
    return lexicon.cue_kinds.get(lemma, "none") if lemma in table else "none"


def cue_evidence(cue: Cue, lexicon: Lexicon) -> list[str]:
    """What a word shows of being a cue, as the names `cue_weights.csv` weighs: the word, its
    place in the parse, who would hold the position, what the word governs ("frame": a clause, an
    infinitive, a preposition) and quotation marks beside it."""
    token = cue.head
    word = f"{_lemma(token, lexicon)}/{_WORD_CLASS.get(token.pos_, 'other')}"
    heads = speaker_heads(cue)
    if heads:
        speaker = _speaker_class(heads[0])
    else:
        speaker = "unnamed" if has_unnamed_speaker(cue, lexicon) else "none"
    frame = _frame(token)
    evidence = [
        f"word={word}", f"dep={token.dep_}", f"tag={token.tag_}",
        f"speaker={speaker}", f"frame={frame}", f"word+frame={word}/{frame}", f"word+speaker={word}/{speaker}",
    ]
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:
        evidence.append(f"word+object={word}/{obj.lemma_.lower()}")
    start, end = sentence_bounds(token)
    doc = token.doc
    if any(doc[i].is_quote for i in range(max(start, token.i - 3), min(end, token.i + 4))):
        evidence.append("quote=beside")
    return evidence


def position_evidence(
    cue: Cue, speakers: list[tuple[Span, Actor | None]], content: list[Token], quotes: list[tuple[int, int]], lexicon: Lexicon
) -> list[str]:
    """What a position the rules found shows of being one, as the names `position_weights.csv`
    weighs: its cue's evidence (`cue_evidence`) and whether `cues.csv` lists the word ("listed"),
    who holds it ("holder": an actor's kind, "unresolved" words, someone "unnamed"),
    what it says ("content": direct, indirect, mixed; its length and first word), the clause the
    cue stands in (relative, conditional, passive, governed by another cue, a question, the
    headline) and the words beside it."""
    token, sent = cue.head, sentence_of(cue.head)
    word = f"{_lemma(token, lexicon)}/{_WORD_CLASS.get(token.pos_, 'other')}"
    listed = listed_kind(token, lexicon)
    holder, pronoun = _holder(speakers)
    quoted = quote_type(content, quotes) if content else "none"
    size = _size(len(content))
    ancestors = list(token.ancestors)
    relative = any(t.dep_ in ("relcl", "acl") for t in [token, *ancestors[:3]])
    governed = any(listed_kind(t, lexicon) != "none" for t in ancestors[:2])
    mark = next((c.lower_ for c in token.children if c.dep_ == "mark"), "none")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    path = f"{token.dep_}<{token.head.dep_}"
    before = token.doc[token.i - 1].lower_ if token.i > sent.start else "^"
    after = token.doc[token.i + 1].lower_ if token.i + 1 < sent.end else "$"
    quote_in_sentence = any(t.is_quote for t in sent)
    clausal = any(t.pos_ in ("VERB", "AUX") for t in content)
    speaker = speakers[0][0] if speakers else None
    return cue_evidence(cue, lexicon) + [
        f"listed={listed}", f"holder={holder}", f"pronoun={pronoun}", f"holders={min(len(speakers), 2)}",
        f"holder+word={speaker.root.lemma_.lower() if speaker is not None else 'none'}",
        f"holder+after={speaker is not None and speaker.start > token.i}",
        f"content={quoted}", f"content+size={size}", f"content+clause={clausal}",
        f"content+opens={content[0].lower_ if content else 'none'}",
        f"content+after={bool(content) and content[0].i > token.i}",
        f"cue+words={min(len(cue.tokens), 3)}", f"path={path}", f"relative={relative}", f"mark={mark}",
        f"passive={passive}", f"governed={governed}", f"root={token.dep_ == 'ROOT'}",
        f"headline={_in_headline(token)}",
        f"question={sent.text.rstrip().endswith('?')}", f"sentence+quote={quote_in_sentence}",
        f"sentence+size={_size(len(sent))}", f"before={before}", f"after={after}",
        f"sentence+cues={min(sum(listed_kind(t, lexicon) != 'none' for t in sent), 3)}",
        f"word+dep={word}/{token.dep_}", f"word+holder={word}/{holder}", f"word+content={word}/{quoted}",
        f"word+pronoun={word}/{pronoun}", f"word+before={word}/{before}", f"word+after={word}/{after}",
        f"head+dep={token.head.lemma_.lower()}/{token.dep_}",
        f"listed+dep={listed}/{token.dep_}", f"listed+holder={listed}/{holder}",
        f"listed+content={listed}/{quoted}", f"listed+path={listed}/{path}", f"listed+size={listed}/{size}",
        f"listed+passive={listed}/{passive}", f"listed+mark={listed}/{mark}", f"listed+governed={listed}/{governed}",
        f"listed+tag={listed}/{token.tag_}", f"listed+quote={listed}/{quote_in_sentence}",
        f"listed+clause={listed}/{clausal}",
    ]


def _holder(speakers: list[tuple[Span, Actor | None]]) -> tuple[str, str]:
    """Who holds a position, for its evidence: the kind of the actor, "unresolved" words (a memo,
    a poll) or someone the sentence leaves "unnamed"; and the pronoun naming them."""
    if not speakers:
        return "unnamed", "none"
    span, actor = speakers[0]
    pronoun = span.root.lower_ if span.root.pos_ == "PRON" else "none"
    return (actor.kind if actor is not None else "unresolved"), pronoun


def _in_headline(token: Token) -> bool:
    """Is the word on the article's first line?"""
    end = doc_text(token.doc).find("\n")
    return end < 0 or token.idx < end


def _size(n: int) -> str:
    return "0" if n == 0 else "1-5" if n <= 5 else "6-15" if n <= 15 else "16-40" if n <= 40 else "41+"


_WORD_CLASS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_SPEAKER_CLASS = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "nationality"}


def _speaker_class(head: Token) -> str:
    if head.pos_ == "PRON":
        return "pronoun"
    if head.ent_type_ in _SPEAKER_CLASS:
        return _SPEAKER_CLASS[head.ent_type_]
    return {"PROPN": "name", "NOUN": "noun"}.get(head.pos_, "other")


def _frame(token: Token) -> str:
    """What the word governs: a clause ("said that"), an infinitive ("vowed to"), an object, a
    preposition ("spoke about"), or nothing."""
    deps = {c.dep_ for c in token.children}
    if "ccomp" in deps:
        return "clause"
    if "xcomp" in deps:
        return "infinitive"
    if "dobj" in deps:
        return "object"
    prep = next((c.lower_ for c in token.children if c.dep_ == "prep"), None)
    return f"prep:{prep}" if prep else "none"


@lru_cache(maxsize=None)
def source_nouns() -> frozenset[str]:
    """Documents and findings that are sources in "in a new poll", from `source_nouns.csv`."""
    return frozenset(row["noun"] for row in read_table("source_nouns"))


def _source_phrase(token: Token, lexicon: Lexicon) -> Token | None:
    """The source of "in a new Fox News poll, Trump leads": the noun after "in", unless the phrase
    only says where a cue of its own was spoken ("said in an interview")."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    if token.i > token.head.i and _lemma(token.head, lexicon) in lexicon.verb_cues:
        return None  # "said in a poll" ("In a new poll, voters said" names the poll as a source too)
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in source_nouns():
        return None
    # one poll speaks ("in a new poll"); "leads in the polls" says where someone stands
    return noun if noun.tag_ in ("NN", "NNP") else None


def _lemma(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma, mended where the lemmatizer drops a final e ("hoping" -> "hop") or adds
    one ("retweeted" -> "retweete")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in lexicon.verb_cues:
        return lemma
    if lemma + "e" in lexicon.verb_cues:
        return lemma + "e"
    if lemma.endswith("e") and lemma[:-1] in lexicon.verb_cues:
        return lemma[:-1]
    return lemma


def _phrase_cues(sent: Span, lexicon: Lexicon) -> Iterator[Cue]:
    words = [t.lower_ for t in sent]
    lemmas = [t.lemma_.lower() for t in sent]
    present = {*words, *lemmas}
    for phrase, stance in lexicon.phrase_cues.items():
        if phrase[0] not in present:
            continue  # no word of the sentence can start it: skip the scan (most phrases, most sentences)
        n = len(phrase)
        for i in range(len(sent) - n + 1):
            if tuple(lemmas[i : i + n]) == phrase or tuple(words[i : i + n]) == phrase:
                tokens = list(sent[i : i + n])
                kind = "according" if phrase == ("according", "to") else "verb"
                yield Cue(tokens, tokens[0], stance, kind)
            elif lemmas[i] == phrase[0] and sent[i].pos_ == "VERB":
                children = [c for c in sent[i].children if c.lemma_.lower() in phrase[1:] and c.dep_ in ("prt", "prep")]
                if len(children) == n - 1:
                    yield Cue(sorted([sent[i], *children], key=lambda t: t.i), sent[i], stance, "verb")


def _widen(cue: Cue, lexicon: Lexicon) -> Cue:
    """Take in the verbs that govern a cue: "refrained from denying", "are scheduled to meet"."""
    head = cue.head
    governor = head.head
    if head.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
    if governor.i != head.i and head.dep_ in ("xcomp", "pcomp") and (
        governor.lemma_ in lexicon.negating_verbs or governor.lemma_ in lexicon.modality
    ):
        span = head.doc[min(governor.i, head.i) : max(governor.i, head.i) + 1]
        return Cue(list(span), head, cue.stance, cue.kind)
    return cue


def _colon_speaker(colon: Token) -> Span | None:
    """`Pat Caddell: ...` or `Caddell continued:`: a name right before a colon; or a short noun
    phrase opening a headline-like sentence ("Clinton camp: Trump's remarks threaten ...").
    A single letter is a transcript's turn label ("Q:", "A:"), which names no one."""
    speaker = _colon_label(colon)
    return speaker if speaker is not None and sum(c.isalpha() for c in speaker.text) > 1 else None


def _colon_label(colon: Token) -> Span | None:
    doc = colon.doc
    prev = doc[colon.i - 1]
    if prev.ent_type_ == "PERSON":
        for ent in doc.ents:
            if ent.start <= prev.i < ent.end:
                return ent
    sent_start, sent_end = sentence_bounds(colon)
    opening = doc[sent_start : colon.i]
    if 0 < len(opening) <= 4 and colon.i + 3 < sent_end and opening.ents and all(
        t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") for t in opening
    ) and opening[-1].pos_ in ("PROPN", "NOUN"):
        return opening
    return _headline_speaker(colon)


_DASHES = ("―", "—", "–", "--")
_CLOSING_MARKS = tuple(sorted({mark for marks in _CLOSING.values() for mark in marks}))


def _dash_speaker(dash: Token) -> Span | None:
    """The name after a quotation signed with a dash ("“...” ― Pat Lee"): a dash right after the
    closing mark, then a capitalised name of at most four words closing its line or clause."""
    text = dash.text
    if not text.endswith(_DASHES):
        return None  # most words: ruled out before anything else is looked at
    doc = dash.doc
    mark = next((m for m in _CLOSING_MARKS if text.startswith(m)), "")
    if text[len(mark):] not in _DASHES:
        return None
    if not mark:
        before = next((t for t in reversed(doc[max(0, dash.i - 3) : dash.i]) if not t.is_space), None)
        if before is None or before.text not in _CLOSING_MARKS:
            return None
    name = []
    for token in doc[dash.i + 1 : dash.i + 8]:
        if token.is_space and not name:
            continue
        if not token.text[:1].isupper() or token.is_punct or len(name) == 4:
            break
        name.append(token)
    if not name or name[-1].pos_ != "PROPN":
        return None
    after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space or "\n" in after.whitespace_):
        return None
    return doc[name[0].i : name[-1].i + 1]


def _headline_speaker(colon: Token) -> Span | None:
    """The capitalised name opening a headline line before a colon ("Poll: Trump ties Clinton",
    "Lynch: No outside influence"), whatever sentence the parser put it in."""
    doc = colon.doc
    line_start, line_end = line_bounds(doc, colon.idx)
    text = doc_text(doc)
    marks = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip("".join(_OPENING)))
    line_start += marks  # a transcript's turn in quotation marks: “PENCE: ...”
    rest = text[colon.idx + 1 : line_end].split()
    opening = [t for t in doc[max(0, colon.i - 5) : colon.i] if t.idx >= line_start]
    if not opening or len(opening) > 4 or len(rest) < 3 or opening[0].idx != line_start:
        return None
    # a turn's name in capitals may be tagged as an adjective
    named = opening[-1].pos_ in ("PROPN", "NOUN") or (marks and opening[-1].text.isupper())
    if not all(t.text[:1].isupper() or t.pos_ == "PART" for t in opening) or not named:
        return None
    return doc[opening[0].i : colon.i]


# --- speakers ----------------------------------------------------------------------------------


def speaker_heads(cue: Cue) -> list[Token]:
    """The word(s) naming who holds the position, following the parse up to a subject."""
    heads = _parsed_speaker_heads(cue)
    if heads or (lost := _lost_subject(cue)) is None:
        return heads
    return _conjuncts(lost)


def _parsed_speaker_heads(cue: Cue) -> list[Token]:
    if cue.kind == "according":
        objects = [c for t in cue.tokens for c in t.children if c.dep_ == "pobj"]
        return _conjuncts(objects[0]) if objects else []
    if cue.kind == "source":
        return [_source_phrase(cue.head, load_lexicon())]
    if cue.kind == "noun":
        return _noun_source(cue.head)
    if cue.kind == "colon":
        ent = _colon_speaker(cue.head)
        return [ent.root] if ent is not None else []
    if cue.kind == "dash":
        return [_dash_speaker(cue.head)[-1]]
    verb = cue.head
    if _gives_an_impression(cue):
        return []  # "the plan seems to work": the writer's impression, about the plan
    for _ in range(4):  # climb at most a few clauses: "..., labeling it", "warned and criticized"
        subject = _subject(verb)
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if verb.dep_ in ("acl", "advcl") and agent is not None and subject is None:
            return _conjuncts(agent)  # "the concerns raised by NATO", "Asked by a reporter, she said"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and subject is None:
            return [verb.head]  # "the voters saying they want a ban"
        if subject is not None and subject.dep_ == "nsubjpass" and agent is not None:
            return _conjuncts(agent)  # "was condemned by the UN"
        if subject is not None and subject.dep_ == "nsubjpass" and verb.i == cue.head.i:
            return []  # "the migrants were blamed": what is blamed, not who blames
        if subject is not None:
            return _conjuncts(subject)
        if verb.i == cue.head.i and (inverted := _inverted_subject(verb)) is not None:
            return _conjuncts(inverted)  # "“...,” said retired neurosurgeon Ben Carson, asked ..."
        if not _shares_subject(verb, cue):
            return []
        if (governing := _coordinated_cue(verb)) is not None:
            verb = governing  # "said his attacks have worked and said ...": the second "said" is the speaker's
            continue
        if (controller := _object_controller(verb)) is not None:
            # a cue makes its object speak ("urged voters to say no"); other verbs put people to
            # acts ("positioned troops to support the attack"), which are no positions
            return _conjuncts(controller) if _is_cue(verb.head) else []
        verb = verb.head
    return []


def _lost_subject(cue: Cue) -> Token | None:
    """The subject of a finite verb that the parser hung elsewhere ("The town spent $57 million,
    city council records show"): the name or noun right before the verb, past adverbs and commas."""
    verb = cue.head
    if cue.kind != "verb" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "advcl", "conj", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = verb.doc[sentence_bounds(verb)[0] : verb.i]
    word = next((t for t in reversed(before) if t.pos_ not in ("ADV", "AUX", "PART") and t.text != ","), None)
    if word is None or word.pos_ not in ("NOUN", "PROPN", "PRON") or word.tag_ in ("WP", "WDT"):
        return None
    return None if word.dep_ in ("nsubj", "nsubjpass") else word  # another verb's subject


def _subject(verb: Token) -> Token | None:
    """The verb's subject; when the parser gave it two, the one in the verb's own paragraph that
    is no time of day (a live blog's "12:15 p.m.:" line is glued to the next sentence)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    text = doc_text(verb.doc)
    own = [
        s for s in subjects
        if s.ent_type_ not in ("TIME", "DATE") and "\n" not in text[min(s.idx, verb.idx) : max(s.idx, verb.idx)]
    ]
    return (own or subjects or [None])[0]


def has_unnamed_speaker(cue: Cue, lexicon: Lexicon) -> bool:
    """Is a cue said or thought by someone the sentence leaves unnamed? An agentless passive ("the
    bill is expected to pass", "she was asked about the polls") or a question verb's participle
    opening a sentence ("Asked about the polls, she said ..."): the asker is the unnamed reporter."""
    head = cue.head
    if _gives_an_impression(cue):
        # "appeared on television" gives no impression: one needs something that seems so
        return any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd") for c in head.children)
    # a sentence's opening participle may be tagged as a past tense: "Asked what it means, she said"
    if cue.kind != "verb" or head.tag_ != "VBN" and not (head.tag_ == "VBD" and head.dep_ == "advcl"):
        return False
    deps = {c.dep_ for c in head.children}
    if "agent" in deps:
        return False
    if deps & {"auxpass", "nsubjpass"}:
        return True
    # "Initially estimated at 3,000, the increase ..." is no position: only a question is put so
    return head.dep_ == "advcl" and "nsubj" not in deps and lexicon.cue_kinds.get(head.lemma_) == "question"


def _gives_an_impression(cue: Cue) -> bool:
    """Is the cue a verb of impression ("seems", "appears"), whose subject is what it is about?"""
    return cue.kind == "verb" and load_lexicon().cue_kinds.get(cue.head.lemma_) == "impression"


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker named right after a verb placed before it ("“...,” said X"), when the parser
    hung that name elsewhere: the first name or noun after the verb, before any punctuation."""
    sent_start, sent_end = sentence_bounds(verb)
    before = verb.doc[max(sent_start, verb.i - 2) : verb.i]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not any(t.is_quote for t in before):
        return None
    for token in verb.doc[verb.i + 1 : min(verb.i + 6, sent_end)]:
        if token.is_punct:
            return None
        if token.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("compound", "amod"):
            return token
    return None


def _coordinated_cue(verb: Token) -> Token | None:
    """The cue verb a subjectless conjunct really joins when the parser hung it on the clause that
    cue governs: in "He said the attacks have worked and said that ..." the second "said" agrees
    in tense with the first, not with "have worked". Agreement in tense decides, as it does for
    readers: "said voters want change and demand action" keeps "demand" with "want"."""
    if verb.dep_ != "conj" or _subject(verb) is not None:
        return None
    clause = verb.head
    governing = clause.head
    if clause.dep_ != "ccomp" or not _is_cue(governing) or verb.tag_ == clause.tag_ or verb.tag_ != governing.tag_:
        return None
    return governing


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_cue(token: Token) -> bool:
    lexicon = load_lexicon()
    return _lemma(token, lexicon) in lexicon.verb_cues


def _object_controller(verb: Token) -> Token | None:
    """The object who does what an infinitive says when the verb above names one: in "urged
    voters to say no" the voters say it, not the one who urges."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _shares_subject(verb: Token, cue: Cue) -> bool:
    """Does a clause with no subject of its own take that of the clause it hangs from?"""
    if verb.i in {t.i for t in cue.tokens} and verb.i != cue.head.i:
        return True  # inside a widened cue: "refrained from denying"
    if verb.dep_ == "conj":
        return True  # "have long warned ... and criticized"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return True  # "..., labeling it a direct threat"
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and _infinitive(verb):
        return True  # "chose not to believe it"
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and _infinitive(verb) and not _is_cue(verb.head):
        return True  # "came on the show to talk about it" (but "meet them to discuss it" is the meeting's)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return True  # "have begun urging the party"
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        return True  # climbing from "to say" to "are more likely"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SUBJECT_SHARING_PREPS:
        return True  # "followed that by saying" (but "criticized allies for not responding")
    if verb.dep_ == "prep" and verb.lower_ in SUBJECT_SHARING_PREPS and verb.head.pos_ in ("VERB", "AUX"):
        return True  # climbing from "by saying" to "followed"
    if verb.dep_ in ("xcomp", "pcomp", "prep"):
        return verb.head.i in {t.i for t in cue.tokens}
    return False


def _noun_source(noun: Token) -> list[Token]:
    """Who a noun cue belongs to: "denials from Moscow", "Russia's denial", "Russian denials"."""
    if noun.dep_ in SUBJECTS and noun.head.lemma_ in load_lexicon().verb_cues:
        return []  # "a statement said ...": the statement is the speaker of "said"
    if noun.dep_ == "attr" and _copula(noun.head) and (subject := _subject(noun.head)) is not None:
        return _conjuncts(subject)  # "she was a booster of Romney"
    for child in noun.children:
        if child.dep_ == "poss":
            return _conjuncts(child)
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return _conjuncts(objects[0])
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return [child]
    return []


def _conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def speaker_span(head: Token) -> Span:
    """The noun phrase naming the speaker, without the clauses hanging off it."""
    doc = head.doc
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in ("cc", "conj", "punct", "appos"):
            start = child.i + 1
    end = head.i + 1
    for ent_start, ent_end in entity_bounds(doc):
        if ent_start <= head.i < ent_end:
            start, end = min(start, ent_start), max(end, ent_end)
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a dash or a quotation mark the parse hung on the name
    return doc[start:end]


def resolve_speaker(span: Span, actors: ActorIndex, lexicon: Lexicon) -> Actor | None:
    head = span.root
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        # "Moscow, which dismissed reports": the words say "which", the speaker is Moscow
        return resolve_speaker(speaker_span(head.head.head), actors, lexicon)
    # "a statement by X": X speaks; "X Bank president Jane Doe said": Doe, whatever the parse
    actor = titled_appositive(head, actors) or actors.actor_at(head) or document_author(head, actors)
    if actor is not None:
        return actor
    lemma = head.lemma_.lower()
    if lemma in lexicon.groups:
        of_phrase = group_of_phrase(head)
        owner = next((a for t in [*span, *(of_phrase or [])] if (a := actors.actor_at(t)) is not None and a.kind != PERSON), None)
        if owner is not None and lexicon.groups[lemma] and owner.kind == STATE:
            return owner  # "South Korea's government" is South Korea
        affiliation = (owner.affiliation or owner.name) if owner is not None else ""
        return actors.group(span, affiliation, of_phrase)
    return actors.actor_in(span)


# --- content and objects -----------------------------------------------------------------------


def cue_objects(cue: Cue) -> list[Token]:
    """The words a cue is about: its object, the "as"/"over" phrase, a noun cue itself."""
    head = cue.head
    out: list[Token] = []
    if cue.kind == "noun":
        out.append(head)
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        out.append(head.head)  # "the concerns raised by NATO"
    for child in head.children:
        if child.dep_ in OBJECT_DEPS and child.dep_ != "nsubjpass" or (child.dep_ == "nsubjpass" and cue.kind == "verb"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("NOUN", "ADJ"):
            out.append(child)  # "labeling it a direct threat"
    return out


def content_tokens(cue: Cue, quotes: list[tuple[int, int]]) -> list[Token]:
    """What is said: a quotation beside the cue, else the cue's complement clause or object
    (with any quotation inside it), else for a cue dropped into a sentence ("X, they say, Y"),
    the rest of the sentence."""
    head = cue.head
    doc = head.doc
    if cue.kind in ("according", "source"):
        rest = _rest_of_sentence(cue)
        before = [t for t in rest if t.i < cue.tokens[0].i]
        after = [t for t in rest if t.i > cue.tokens[-1].i]
        return before if len(before) >= len(after) else after
    if cue.kind == "colon":
        # what follows the colon to the end of its line, however the parser cut the sentences
        _, line_end = line_bounds(doc, head.idx)
        return [t for t in doc[head.i + 1 :] if t.idx < line_end and not t.is_space]
    if cue.kind == "dash":
        return _signed_quote(cue.head, quotes)
    beside, governed = _quotes_for(cue, quotes)
    clause = _complement(cue)
    if beside and _runs_past(clause, beside):
        # "said “it gets me mad” every time he thinks of it": the clause goes beyond the quote
        return sorted({t.i: t for t in [*clause, *beside]}.values(), key=lambda t: t.i)
    if beside:
        return beside
    if governed:
        return sorted({t.i: t for t in [*clause, *governed]}.values(), key=lambda t: t.i)
    if not clause and (head.dep_ == "parataxis" or _said_after(cue)):
        return _rest_of_sentence(cue)
    return clause or _quote_just_before(cue, quotes)


def _said_after(cue: Cue) -> bool:
    """Is a cue with no complement put after what it reports: at the end of its sentence ("...,
    she said.") or in an "as" clause ("..., as her aides noted")?"""
    head = cue.head
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
        return True
    sent_start, sent_end = sentence_bounds(head)
    after = head.doc[head.right_edge.i + 1 : sent_end]
    before = head.doc[sent_start : head.left_edge.i]
    return all(t.is_punct or t.is_space for t in after) and sum(not t.is_punct for t in before) >= 3


def _runs_past(clause: list[Token], quote: list[Token]) -> bool:
    """Does a clause take in a quotation and run on into the words right outside its marks,
    before or after ("described them as “all very good”", not "told reporters: “...”")?"""
    indices = {t.i for t in clause}
    if not quote or quote[0].i not in indices:
        return False
    doc = quote[0].doc
    before = next((t for t in reversed(doc[: quote[0].i]) if not t.is_quote), None)
    after = next((t for t in doc[quote[-1].i + 1 :] if not t.is_quote and not t.is_space), None)
    return any(t is not None and t.i in indices and not t.is_punct for t in (before, after))


def _cue_children(cue: Cue) -> list[Token]:
    """The words hanging off a cue; a phrase's complement may hang off any of its words
    ("called for the troops to leave")."""
    words = {t.i for t in cue.tokens}
    owners = cue.tokens if cue.kind == "verb" else [cue.head]
    return [c for t in owners for c in t.children if c.i not in words]


def _complement(cue: Cue) -> list[Token]:
    """The cue's complement clause, object or topic phrase ("said that ...", "warned of ...")."""
    tokens: list[Token] = []
    for child in _cue_children(cue):
        # a topic follows the cue: "On Twitter, X said ..." says where, not what
        topic = child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and child.i > cue.head.i
        if child.dep_ in CONTENT_DEPS or topic or (
            cue.kind == "noun" and child.dep_ in ("acl", "relcl")
        ):
            tokens += [t for t in child.subtree if t.i != (child.i if child.dep_ == "prep" else -1)]
    passive_subject = [c for c in cue.head.children if c.dep_ == "nsubjpass"]
    has_agent = any(c.dep_ == "agent" for c in cue.head.children)
    if passive_subject and has_agent and not _clausal(tokens):
        # "the report was dismissed by the minister on Monday": what is dismissed is the subject
        tokens = list(passive_subject[0].subtree)
    elif passive_subject and not has_agent:
        # "the bill is expected to pass": with no one named, the whole clause is what is expected
        tokens = [*passive_subject[0].subtree, *tokens]
    elif _gives_an_impression(cue):
        tokens = [t for c in cue.head.children if c.dep_ == "nsubj" for t in c.subtree] + tokens
    elif cue.head.dep_ == "acl" and cue.head.tag_ == "VBN" and not tokens:
        # "the concerns raised by NATO": what is raised is the noun the participle describes
        noun = cue.head.head
        tokens = list(noun.doc[noun.left_edge.i : cue.head.i])
    tokens = _without_asides(tokens, cue)
    words = [t for t in tokens if t.tag_ not in ("WP", "WDT")]
    # "a candidate who many members oppose": the relative pronoun alone stands for what is opposed
    return sorted(words or tokens, key=lambda t: t.i)


def _without_asides(tokens: list[Token], cue: Cue) -> list[Token]:
    """The content without what the writer adds after a comma: a clause about a word in it
    ("the reason, which had been planned for months"), an apposition ("Bush, the former
    governor"), a participle or another clause reporting something of its own ("..., calling them
    boring", "..., and three-quarters said ..."). Those are the writer's, not what the speaker
    said."""
    cut: set[int] = set()
    for token in tokens:
        comma = token.left_edge.i - 1
        if token.i != cue.head.i and comma >= 0 and token.doc[comma].text == "," and _aside(token):
            cut.update(t.i for t in token.subtree)
            cut.add(comma)
    return [t for t in tokens if t.i not in cut]


def _aside(token: Token) -> bool:
    """A participle or a coordinated verb is an aside only when it reports something of its own
    ("..., saying ...", "..., and three-quarters said ..."); otherwise it goes on with what is said
    ("will lay out his case, possibly highlighting the issues")."""
    if token.dep_ in ("relcl", "appos"):
        return True
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return _is_cue(token)
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
        return any(t.pos_ in ("VERB", "AUX") and _is_cue(t) for t in token.subtree)
    return False


def _clausal(tokens: list[Token]) -> bool:
    return any(t.dep_ in ("ccomp", "xcomp") for t in tokens)


def _rest_of_sentence(cue: Cue) -> list[Token]:
    skip = {t.i for tok in cue.tokens for t in tok.subtree}
    return [t for t in sentence_of(cue.head) if t.i not in skip and not t.is_punct and not t.is_space]


def _quotes_for(cue: Cue, quotes: list[tuple[int, int]]) -> tuple[list[Token], list[Token]]:
    """The quoted passages a cue introduces: those right beside it ("“...,” she said, “...”"),
    else those in its own clause (not ones it sits inside, nor ones another cue introduces)."""
    sent = sentence_of(cue.head)
    cue_char = cue.head.idx
    beside: list[Span] = []
    governed: list[Span] = []
    for start, end in quotes:
        if start <= cue_char < end or end <= sent.start_char or start >= sent.end_char:
            continue
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or sum(not t.is_punct for t in span) < 3:
            continue  # scare-quoted words ("illegal", "fake news") are part of an indirect content
        if _adjacent(cue, span):
            beside.append(span)
        elif any(_governs(cue.head, t) for t in span if sent.start <= t.i < sent.end):
            governed.append(span)
    words = lambda spans: [t for span in spans for t in span if not t.is_space]  # noqa: E731
    return words(beside), words(governed)


def _quote_just_before(cue: Cue, quotes: list[tuple[int, int]]) -> list[Token]:
    """A quotation ending right where the cue's sentence starts ("“... AGAIN!” he tweeted"), when
    the cue is close to the sentence start."""
    sent = sentence_of(cue.head)
    for start, end in quotes:
        if end <= sent.start_char and not doc_text(sent.doc)[end : sent.start_char].strip(" ”\"'!?.,"):
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and _adjacent(cue, span):
                return [t for t in span if not t.is_space]
    return []


def _signed_quote(dash: Token, quotes: list[tuple[int, int]]) -> list[Token]:
    """The quotation a dash signs: the one ending right before it, else (its opening mark
    mistyped) what its line holds before the dash."""
    doc = dash.doc
    text = doc_text(doc)
    line_start, _ = line_bounds(doc, dash.idx)
    for start, end in quotes:
        if end <= dash.idx + len(dash) and not text[end : dash.idx].strip(" \u00a0" + "".join(_CLOSING_MARKS)):
            line_start = start
            break
    span = doc.char_span(line_start, dash.idx, alignment_mode="expand")
    return [t for t in span or () if not (t.is_space or t.is_quote) and t.i != dash.i]


def _governs(cue: Token, token: Token) -> bool:
    """Is the token in the cue's clause, with no other cue verb or subject in between?"""
    verb_cues = load_lexicon().verb_cues
    for ancestor in token.ancestors:
        if ancestor.i == cue.i:
            return True
        if ancestor.dep_ in SUBJECTS or (ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in verb_cues):
            return False
    return False


def _adjacent(cue: Cue, quote: Span) -> bool:
    """A quote right before `, said X` or right after `X said:`, set off from the cue by nothing
    but the speaker and punctuation (not "said Friday that it would “have been cool”")."""
    doc = quote.doc
    cue_words = {t.i for t in cue.tokens}
    between = [t for t in doc[min(quote.end, cue.tokens[0].i) : max(quote.start, cue.tokens[-1].i + 1)] if t.i not in cue_words]
    return len(between) <= 8 and not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ == "that" for t in between)


def _in_paragraph(anchor: Token, tokens: list[Token]) -> list[Token]:
    """The tokens in the anchor's paragraph: a sentence the parser ran across a line break does
    not carry what is said into the next paragraph."""
    start, end = line_bounds(anchor.doc, anchor.idx)
    return [t for t in tokens if start <= t.idx < end]


def line_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """Start and end offsets of the line (a paragraph, in news text) holding character `index`."""
    text = doc_text(doc)
    end = text.find("\n", index)
    return text.rfind("\n", 0, index) + 1, len(text) if end < 0 else end


def _to_closing_mark(content: list[Token], quotes: list[tuple[int, int]]) -> list[Token]:
    """Content that ends inside a quotation runs on to its closing mark: the quoted words are
    said as a whole ("according to the paper, “...check. Very few are barred.”")."""
    if not content:
        return content
    last = content[-1]
    end = next((e for s, e in quotes if s <= last.idx < e), None)
    if end is None:
        return content
    doc = last.doc
    return [*content, *(t for t in doc[last.i + 1 :] if t.idx < end and not t.is_space)]


def _paragraph_after_colon(cue: Cue) -> list[Token]:
    """What a cue ending its paragraph with a colon introduces: the next paragraph ("Cruz
    continued:" followed by the quotation)."""
    doc = cue.head.doc
    text = doc_text(doc)
    end = text.find("\n", cue.tokens[-1].idx)
    if end < 0 or not text[cue.tokens[-1].idx : end].rstrip().endswith(":"):
        return []
    start = end + len(text[end:]) - len(text[end:].lstrip())
    _, stop = line_bounds(doc, start)
    return [t for t in doc if start <= t.idx < stop and not t.is_space]


def quote_type(content: list[Token], quotes: list[tuple[int, int]]) -> str:
    if not content:
        return "none"
    inside = sum(any(s <= t.idx < e for s, e in quotes) for t in content if not t.is_punct)
    words = sum(1 for t in content if not t.is_punct)
    if words and inside >= words * 0.9:
        return "direct"
    return "mixed" if inside else "indirect"


def target_text(cue: Cue, objects: list[Token], content: list[Token]) -> str:
    """What the position is about: the cue's object, else the subject of its content clause."""
    candidates = [
        o for o in objects if o.i != cue.head.i and o.pos_ in ("NOUN", "PROPN", "PRON") and o.tag_ not in ("WP", "WDT")
    ]
    if not candidates and content:
        candidates = [t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in {c.i for c in content}][:1]
    if not candidates:
        return ""
    return _span_text(_phrase(candidates[0]))


def _phrase(token: Token) -> list[Token]:
    """A noun phrase without the clauses and coordinated verbs hanging off it."""
    cut = {c.i for c in token.children if c.dep_ in ("relcl", "acl", "appos", "punct") or (c.dep_ == "conj" and c.pos_ == "VERB")}
    skip = {t.i for c in token.children if c.i in cut for t in c.subtree}
    tokens = [t for t in token.subtree if t.i not in skip]
    return [t for t in tokens if tokens[0].i <= t.i <= token.i or all(u.i not in skip for u in token.doc[token.i : t.i + 1])]


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")


# --- the extractor -------------------------------------------------------------------------------


def extract_positions(doc: Doc, actors: ActorIndex, lexicon: Lexicon | None = None) -> list[Position]:
    """The positions of an article: the rules' candidates, those reported inside another's left
    out, the rest weighed (in that order, the order the weights were fitted in), then quotations
    carried on from the last speaker."""
    lexicon = lexicon or load_lexicon()
    quotes = quotation_spans(doc_text(doc))
    candidates = candidate_positions(doc, actors, lexicon, quotes)
    positions = [p for p, evidence in candidates if evidence is None or lexicon.position_weights.accepts(evidence)]
    quoted = [(p.content_start, p.content_end) for p, _ in candidates]
    positions += _carried_quotes(doc, quotes, positions, quoted, actors)
    positions.sort(key=lambda p: (p.cue_start if p.cue_start >= 0 else p.content_start, p.speaker_start))
    return positions


def candidate_positions(
    doc: Doc, actors: ActorIndex, lexicon: Lexicon, quotes: list[tuple[int, int]] | None = None
) -> list[tuple[Position, list[str] | None]]:
    """Every position the rules find that is not reported inside another's (`outermost`), with
    the evidence `position_weights.csv` weighs it by; None for what is not weighed: an act (the
    weights are fitted on PolNeAR, which annotates speech and thought only) and a position whose
    actor its cue's own phrase names (`_holder_in_phrase`)."""
    if quotes is None:
        quotes = quotation_spans(doc_text(doc))
    candidates: list[tuple[Position, list[str] | None]] = []
    reporters: list[Position] = []
    for sent in doc.sents:
        for cue in find_cues(sent, lexicon, quotes):
            heads = speaker_heads(cue)
            objects = cue_objects(cue)
            content = _in_paragraph(cue.head, content_tokens(cue, quotes)) or _paragraph_after_colon(cue)
            content = _to_closing_mark(content, quotes)
            if cue.kind == "colon" and not content:
                continue
            negated, modality = _negation(cue, lexicon), _modality(cue, lexicon)
            base = cue.stance
            stance = code_stance(base, objects, content, negated, modality, lexicon)
            if stance is None:
                continue
            act = lexicon.cue_kinds.get(cue.head.lemma_) == "act"
            # Anyone or anything may say or show something ("a memo released Friday", "polls show");
            # an act or a light verb ("raises alarms") needs an actor behind it.
            needs_actor = base == FROM_OBJECT or act
            speakers = []
            for head in heads:
                span = speaker_span(head)
                actor = resolve_speaker(span, actors, lexicon)
                if actor is None and needs_actor and head.pos_ != "PRON":
                    continue  # "This development raises alarms": an abstract subject holds no position
                speakers.append((span, actor))
            if heads and not speakers or not heads and needs_actor:
                continue
            named_nowhere = not heads and not has_unnamed_speaker(cue, lexicon)
            if named_nowhere and not _may_go_unnamed(cue):
                continue
            if act or _holder_in_phrase(cue, heads) and all(actor is not None for _, actor in speakers):
                evidence = None
            else:
                evidence = position_evidence(cue, speakers, content, quotes, lexicon)
                if named_nowhere:
                    evidence += _speakerless_evidence(cue, lexicon)
            for span, actor in speakers or [(None, None)]:
                position = _position(cue, span, actor, stance, objects, content, quotes)
                candidates.append((position, evidence))
                if not act:  # an act reports nobody's words
                    reporters.append(position)
    kept = {id(p) for p in outermost(doc, [p for p, _ in candidates], reporters)}
    return [(p, evidence) for p, evidence in candidates if id(p) in kept]


def _holder_in_phrase(cue: Cue, heads: list[Token]) -> bool:
    """Does the cue's own phrase name who holds the position: a possessive, "from" or "by", a
    nationality ("Russia's denials", "denials from Moscow", "Russian denials"), the agent of a
    participle ("the concerns raised by NATO")? PolNeAR's annotators mark such a phrase as an
    attribution only some of the time; the project counts it a position by its form when the name
    is an actor's (not "criticism from the start"). `heads` are the cue's `speaker_heads`: a noun
    cue's come from its own phrase only."""
    return bool(heads) and (cue.kind == "noun" or cue.kind == "verb" and _participle_with_agent(cue.head))


def _may_go_unnamed(cue: Cue) -> bool:
    """Can a cue hold a position when the sentence names no one for it: a noun ("faced
    criticism") or a verb in its clause ("contests known as Super Tuesday"); not a verb of
    impression with nothing that seems so ("appeared on television"), nor a participle opening a
    sentence that puts no question ("Initially estimated at 3,000, the crowd grew")."""
    if cue.kind == "noun":
        return True
    return cue.kind == "verb" and not _gives_an_impression(cue) and cue.head.dep_ != "advcl"


def _speakerless_evidence(cue: Cue, lexicon: Lexicon) -> list[str]:
    """Evidence for a position whose holder the sentence names nowhere, not even as someone
    unnamed ("eleven contests known as Super Tuesday", "faced criticism"): PolNeAR annotates such
    attributions without a source, and how often depends on the word and its place."""
    return ["speakerless=True", f"speakerless+word={_lemma(cue.head, lexicon)}", f"speakerless+dep={cue.head.dep_}"]


def outermost(doc: Doc, positions: list[Position], reporters: list[Position]) -> list[Position]:
    """Drop a position reported as part of what one of the `reporters` (any position but an act)
    says: in "Polls show that voters say the economy is weak" the article reports what the polls
    show, the voters' words inside it; so too one that describes someone named inside it ("the
    poll noted that 73 percent of Democrats who said they backed Sanders now back Clinton").
    One in a clause of its own stays: a prepositional clause ("confirmed that troops moved, in
    what officials describe as an intervention"), a participle (`_said_beside`), or one naming who
    holds the thing the other position is about ("downplayed the concerns raised by NATO": NATO's
    concerns are its own)."""
    starts = {t.idx: t for t in doc}

    def reported_within(p: Position, q: Position) -> bool:
        if p is q or not (q.content_start <= p.cue_start and p.cue_end <= q.content_end):
            return False
        token = starts.get(p.cue_start)
        same_speaker = (p.speaker_start, p.speaker_end) == (q.speaker_start, q.speaker_end)
        if token is not None and _said_beside(token, same_speaker):
            return False
        while token is not None and token.head.i != token.i:
            if token.dep_ == "pcomp" or _names_holder_of_object(token, q):
                return False
            token = token.head
            if q.cue_start <= token.idx < q.cue_end:
                return True
        return False

    return [p for p in positions if not any(reported_within(p, q) for q in reporters)]


def _names_holder_of_object(verb: Token, position: Position) -> bool:
    """Is a verb a participle naming who holds the thing a position is about, its object ("the
    concerns raised by NATO")? A relative clause describing the object ("posted messages in which
    the group urged attacks") is part of what the position reports."""
    noun = verb.head
    return _participle_with_agent(verb) and noun.dep_ in OBJECT_DEPS and position.cue_start <= noun.head.idx < position.cue_end


def _participle_with_agent(verb: Token) -> bool:
    """A participle describing a noun and naming who does it: "the concerns raised by NATO"."""
    return verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)


def _said_beside(cue: Token, same_speaker: bool) -> bool:
    """Is a cue a clause set beside another position rather than reported in it? A participle
    ("posted a comment, saying ...") or a verb coordinated by the same speaker ("noted ... and
    added ...") says something of its own."""
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj", "prep") or _coordinated_cue(cue) is not None:
        return True
    return same_speaker and cue.dep_ == "conj"


def _position(cue, span, actor, stance, objects, content, quotes) -> Position:
    """One position; `span` is None when the sentence does not name who holds it."""
    content_text = _span_text(content)
    speaker_text = span.text if span is not None else ""
    return Position(
        speaker=actor.name if actor else speaker_text,
        speaker_kind=actor.kind if actor else "",
        speaker_role=actor.role if actor else "",
        speaker_affiliation=actor.affiliation if actor else "",
        cue=cue.head.doc[cue.tokens[0].i : cue.tokens[-1].i + 1].text,
        stance=stance.label,
        cameo=stance.cameo,
        target=target_text(cue, objects, content),
        content=content_text,
        quote_type=quote_type(content, quotes) if content else "none",
        sentence=sentence_index(cue.head),
        speaker_start=span.start_char if span is not None else -1,
        speaker_end=span.end_char if span is not None else -1,
        cue_start=cue.tokens[0].idx,
        cue_end=cue.tokens[-1].idx + len(cue.tokens[-1].text),
        content_start=_content_start(content),
        content_end=_content_end(content),
        negated=stance.negated,
        modality=stance.modality,
        speaker_text=speaker_text,
    )


def _content_start(content: list[Token]) -> int:
    tokens = [t for t in content if not t.is_punct] or content
    return tokens[0].idx if tokens else -1


def _content_end(content: list[Token]) -> int:
    tokens = [t for t in content if not t.is_punct] or content
    return tokens[-1].idx + len(tokens[-1].text) if tokens else -1


def _negation(cue: Cue, lexicon: Lexicon) -> bool:
    if any(t.lemma_ in lexicon.negating_verbs for t in cue.tokens if t.i != cue.head.i):
        return True
    return any(c.dep_ == "neg" or c.lower_ in lexicon.negators for c in cue.head.children)


def _modality(cue: Cue, lexicon: Lexicon) -> str:
    for token in cue.tokens:
        if token.i != cue.head.i and token.lemma_ in lexicon.modality:
            return lexicon.modality[token.lemma_]
    for child in cue.head.children:
        if child.dep_ == "aux" and child.lower_ in lexicon.modality:
            return lexicon.modality[child.lower_]
    return ""


def _carried_quotes(doc, quotes, positions, quoted, actors) -> list[Position]:
    """A quotation with no cue of its own, right after a speaker's position, is theirs too.

    When it carries on a quotation in the sentence before ("“...,” he said. “...”") it extends that
    position's content; after an indirect position it is a position of its own, with no cue.
    """
    carried: list[Position] = []
    by_sentence = {p.sentence: p for p in positions}
    for start, end in quotes:
        if any(s < end and start < e for s, e in quoted):
            continue  # the content of a position found in its own sentence
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        sent = sentence_index(span[0])
        if sent in by_sentence:
            continue  # its own sentence has a position: the quote is not carried over to another
        previous = by_sentence.get(sent - 1) or by_sentence.get(sent - 2)
        if previous is None or previous.speaker_kind not in (PERSON, GROUP, STATE, "organisation", ""):
            continue
        content = [t for t in span if not t.is_space]
        if _continues(doc, previous, start, end, sent):
            _extend_content(doc, previous, _content_end(content))
            by_sentence[sent] = previous
            continue
        if not previous.speaker_kind:
            continue
        carried.append(
            Position(
                **{
                    **{k: getattr(previous, k) for k in ("speaker", "speaker_kind", "speaker_role", "speaker_affiliation")},
                    "cue": "",
                    "stance": "state",
                    "cameo": load_lexicon().stance_labels["state"].cameo,
                    "target": "",
                    "content": _span_text(content),
                    "quote_type": "direct",
                    "sentence": sent,
                    "speaker_start": previous.speaker_start,
                    "speaker_end": previous.speaker_end,
                    "cue_start": -1,
                    "cue_end": -1,
                    "content_start": _content_start(content),
                    "content_end": _content_end(content),
                    "speaker_text": previous.speaker_text,
                }
            )
        )
        by_sentence[sent] = carried[-1]
    return carried


def _continues(doc: Doc, position: Position, start: int, end: int, sentence: int) -> bool:
    """Does a quotation carry on the quoted words of a position (“...,” he said. “...”)? It must
    follow them closely: in the same paragraph or opening the next one, with little in between,
    or in the sentence right after the cue's, in its paragraph, whatever the cue's sentence says
    of the speaker (“...,” said Pat Lee, a retiree who voted early. “...”)."""
    if position.quote_type not in ("direct", "mixed") or position.cue_start < 0 or position.content_end > start:
        return False
    gap = doc_text(doc)[position.content_end : start]
    same_paragraph = "\n" not in gap
    opens_next = gap.count("\n") <= 2 and not gap.rsplit("\n", 1)[-1].strip(" “\"'`")
    if same_paragraph and sentence == position.sentence + 1:
        return True
    return (same_paragraph or opens_next) and len(gap) <= max(end - start, 40)


def _extend_content(doc: Doc, position: Position, end: int) -> None:
    """Carry a position's content on to `end`, the words between (", he said.") included."""
    position.content_end = end
    position.content = doc_text(doc)[position.content_start : end].strip(" ,")
