"""Evidence: what a word shows of being a cue, and a found position of being one, as the names
the two weight tables of `data/weights/` weigh (`weights.py` adds them up).

The names are the tables' keys: a change to how one is written must go with a refit
(`make weights`), or the weights no longer apply.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import Actor
from ..docs import doc_text, is_passive, sentence_bounds, sentence_of
from ..lexicons import Lexicon
from .quotes import NO_CONTENT, Quotes, quote_type
from .records import Cue
from .speakers import speaker_heads
from .words import NOT_LISTED, lemma_of, listed_kind

WORD_CLASS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
SPEAKER_CLASS = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "nationality"}
# A quotation mark this many words either side of a word counts as beside it.
QUOTE_NEARBY = 3
# Ancestors looked at for a relative clause around the cue, and for a cue governing it.
RELATIVE_DEPTH = 3
GOVERNOR_DEPTH = 2
# Counts are capped where more says nothing new to the weights: one holder or several ...
MAX_HOLDERS = 2
MAX_CUE_WORDS = 3  # "said", "called for", "refrained from denying"
MAX_SENTENCE_CUES = 3
# Length buckets for contents and sentences, in words: a few words, a clause, a long sentence.
SIZE_BUCKETS = ((0, "0"), (5, "1-5"), (15, "6-15"), (40, "16-40"))
LONGEST_BUCKET = "41+"


def cue_evidence(cue: Cue, lexicon: Lexicon) -> list[str]:
    """What a word shows of being a cue, as the names `cue_weights.csv` weighs: the word, its
    place in the parse, who would hold the position, what the word governs ("frame": a clause, an
    infinitive, a preposition) and quotation marks beside it."""
    token = cue.head
    word = _word(token, lexicon)
    heads = speaker_heads(cue, lexicon)
    if heads:
        speaker = _speaker_class(heads[0])
    else:
        speaker = "unnamed" if cue.form.unnamed_speaker(cue, lexicon) else "none"
    frame = _frame(token)
    evidence = [
        *_word_evidence(token, word),
        f"speaker={speaker}", f"frame={frame}", f"word+frame={word}/{frame}", f"word+speaker={word}/{speaker}",
    ]
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:
        evidence.append(f"word+object={word}/{obj.lemma_.lower()}")
    start, end = sentence_bounds(token)
    doc = token.doc
    if any(doc[i].is_quote for i in range(max(start, token.i - QUOTE_NEARBY), min(end, token.i + QUOTE_NEARBY + 1))):
        evidence.append("quote=beside")
    return evidence


def may_be_cue(cue: Cue, lexicon: Lexicon) -> bool:
    """Could `cue_evidence` get the word accepted? Its word, dependency and tag are looked up at
    once; for the evidence that takes a look around the parse (speaker, frame, object, quotes)
    the best weight of each kind stands in. Most words fall short even so, and need no look."""
    token = cue.head
    word = _word(token, lexicon)
    to_come = ["speaker=", "frame=", f"word+frame={word}/", f"word+speaker={word}/", f"word+object={word}/", "quote="]
    return lexicon.cue_weights.may_accept(_word_evidence(token, word), to_come)


def _word_evidence(token: Token, word: str) -> list[str]:
    """The evidence of the word itself: what it is, its dependency and its tag."""
    return [f"word={word}", f"dep={token.dep_}", f"tag={token.tag_}"]


def position_evidence(
    cue: Cue, speakers: list[tuple[Span, Actor | None]], content: list[Token], quotes: Quotes, lexicon: Lexicon
) -> list[str]:
    """What a position the rules found shows of being one, as the names `position_weights.csv`
    weighs: its cue's evidence (`cue_evidence`) and whether `cues.csv` lists the word ("listed"),
    who holds it ("holder": an actor's kind, "unresolved" words, someone "unnamed"),
    what it says ("content": direct, indirect, mixed; its length and first word), the clause the
    cue stands in (relative, conditional, passive, governed by another cue, a question, the
    headline) and the words beside it."""
    token, sent = cue.head, sentence_of(cue.head)
    word = _word(token, lexicon)
    listed = listed_kind(token, lexicon)
    holder, pronoun = _holder(speakers)
    quoted = quote_type(content, quotes) if content else NO_CONTENT
    size = _size(len(content))
    ancestors = list(token.ancestors)
    relative = any(t.dep_ in ("relcl", "acl") for t in [token, *ancestors[:RELATIVE_DEPTH]])
    governed = any(listed_kind(t, lexicon) != NOT_LISTED for t in ancestors[:GOVERNOR_DEPTH])
    mark = next((c.lower_ for c in token.children if c.dep_ == "mark"), "none")
    passive = is_passive(token)
    path = f"{token.dep_}<{token.head.dep_}"
    before = token.doc[token.i - 1].lower_ if token.i > sent.start else "^"
    after = token.doc[token.i + 1].lower_ if token.i + 1 < sent.end else "$"
    quote_in_sentence = any(t.is_quote for t in sent)
    clausal = any(t.pos_ in ("VERB", "AUX") for t in content)
    speaker = speakers[0][0] if speakers else None
    sentence_cues = min(_listed_in_sentence(sent, lexicon), MAX_SENTENCE_CUES)
    return cue_evidence(cue, lexicon) + [
        f"listed={listed}", f"holder={holder}", f"pronoun={pronoun}", f"holders={min(len(speakers), MAX_HOLDERS)}",
        f"holder+word={speaker.root.lemma_.lower() if speaker is not None else 'none'}",
        f"holder+after={speaker is not None and speaker.start > token.i}",
        f"content={quoted}", f"content+size={size}", f"content+clause={clausal}",
        f"content+opens={content[0].lower_ if content else 'none'}",
        f"content+after={bool(content) and content[0].i > token.i}",
        f"cue+words={min(len(cue.tokens), MAX_CUE_WORDS)}", f"path={path}", f"relative={relative}", f"mark={mark}",
        f"passive={passive}", f"governed={governed}", f"root={token.dep_ == 'ROOT'}",
        f"headline={_in_headline(token)}",
        f"question={sent.text.rstrip().endswith('?')}", f"sentence+quote={quote_in_sentence}",
        f"sentence+size={_size(len(sent))}", f"before={before}", f"after={after}",
        f"sentence+cues={sentence_cues}",
        f"word+dep={word}/{token.dep_}", f"word+holder={word}/{holder}", f"word+content={word}/{quoted}",
        f"word+pronoun={word}/{pronoun}", f"word+before={word}/{before}", f"word+after={word}/{after}",
        f"head+dep={token.head.lemma_.lower()}/{token.dep_}",
        f"listed+dep={listed}/{token.dep_}", f"listed+holder={listed}/{holder}",
        f"listed+content={listed}/{quoted}", f"listed+path={listed}/{path}", f"listed+size={listed}/{size}",
        f"listed+passive={listed}/{passive}", f"listed+mark={listed}/{mark}", f"listed+governed={listed}/{governed}",
        f"listed+tag={listed}/{token.tag_}", f"listed+quote={listed}/{quote_in_sentence}",
        f"listed+clause={listed}/{clausal}",
    ]


def _listed_in_sentence(sent: Span, lexicon: Lexicon) -> int:
    """How many words of the sentence `cues.csv` lists, counted once per sentence and lexicon:
    a sentence of many cues would otherwise be counted again for each."""
    counts = sent.doc.user_data.setdefault("newsactors_listed_in_sentence", {})
    key = (id(lexicon), sent.start)
    if key not in counts:
        counts[key] = sum(listed_kind(t, lexicon) != NOT_LISTED for t in sent)
    return counts[key]


def speakerless_evidence(cue: Cue, lexicon: Lexicon) -> list[str]:
    """Evidence for a position whose holder the sentence names nowhere, not even as someone
    unnamed ("eleven contests known as Super Tuesday", "faced criticism"): PolNeAR annotates such
    attributions without a source, and how often depends on the word and its place."""
    return ["speakerless=True", f"speakerless+word={lemma_of(cue.head, lexicon)}", f"speakerless+dep={cue.head.dep_}"]


def _word(token: Token, lexicon: Lexicon) -> str:
    return f"{lemma_of(token, lexicon)}/{WORD_CLASS.get(token.pos_, 'other')}"


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
    return next((name for most, name in SIZE_BUCKETS if n <= most), LONGEST_BUCKET)


def _speaker_class(head: Token) -> str:
    if head.pos_ == "PRON":
        return "pronoun"
    if head.ent_type_ in SPEAKER_CLASS:
        return SPEAKER_CLASS[head.ent_type_]
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
