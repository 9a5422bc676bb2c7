"""What every step shares about a parsed article (a spaCy `Doc`).

The name of the span group the pipeline adds (`TITLE_SPANS`), and per-Doc caches of what spaCy
would otherwise rebuild on every access: the text, the sentence starts, the entity bounds. The
caches live in `doc.user_data`, so they go with the Doc and are never shared between Docs.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

TITLE_SPANS = "titles"
"""`doc.spans[TITLE_SPANS]`: the titles the pipeline's title finder found ("Secretary of State")."""

SUBJECT_DEPS = ("nsubj", "nsubjpass")
"""The dependency labels of a clause's subject, active or passive."""

CLAUSE_SUBJECT_DEPS = (*SUBJECT_DEPS, "csubj", "csubjpass", "expl")
"""A clause's own subject of any kind: also a clause ("*returning* to normal service was expected")
or the "it" or "there" of an impersonal clause."""

TIME_ENTITIES = ("DATE", "TIME")
"""The entity labels of a date or time: "banned the airline *on Monday*" names when, not whom."""

PASSIVE_PARTICIPLE_TAG = "VBN"
"""The tag of a past participle: "a lawsuit *filed* by Texas", "a moment *called* the development phase"."""
PAST_TAG = "VBD"
"""The tag of a past tense: "she *questioned* the officer"."""
MODAL_TAG = "MD"
"""The tag of a modal verb: "*will*", "*can*", "*should*"."""

PASSIVE_DEPS = ("auxpass", "nsubjpass")
"""The dependency labels that make a verb passive: "*was* condemned", "*Turkey* was condemned"."""

PLURAL_NOUN_TAG = "NNS"  # "residents", "officers", "foreign forces"
PLURAL_PROPER_NOUN_TAG = "NNPS"  # "Democrats", "Republicans": the model's lemma keeps the plural
SINGULAR_NOUN_TAG = "NN"  # "the jury", "hijab"
ADDRESSEE_PREPOSITION = "to"  # "wrote *to* the embassy", "speaking *to* reporters"

NAMING_DEPS = ("oprd", "dobj", "attr")
"""How the parser attaches a name to the verb that gives it: "a student named *Wong*", "called *John Smith*"."""

RELATIVE_TAGS = ("WP", "WDT")
"""The tags of a relative pronoun: "who", "which", "that" opening a relative clause."""


def is_passive(verb: Token) -> bool:
    """Is the verb passive: an auxiliary or a subject of the passive among its children, or a
    participle sharing the passive of the verb it is coordinated with (`shares_passive`)?"""
    return any(c.dep_ in PASSIVE_DEPS for c in verb.children) or shares_passive(verb)


def agentless_passive(verb: Token) -> bool:
    """Is the verb a passive, or a participle after its noun, with no agent: "was *found* under
    rubble", "a moment *called* the development phase", "a species *known* to eat sevengills"
    (not "was condemned *by the UN*")?"""
    participle = verb.dep_ == "acl" and verb.tag_ == PASSIVE_PARTICIPLE_TAG
    return (participle or is_passive(verb)) and not any(c.dep_ == "agent" for c in verb.children)


def agentless_passive_clause(verb: Token) -> bool:
    """Is the verb a passive with an auxiliary of its own and no agent, a clause of its own ("33
    *were reported* hospitalised", "he *was pronounced* dead"), or a participle that shares such a
    verb's passive ("she was detained and *questioned* for hours"), not a participle after its noun
    ("the gunman, *identified* as John Parker,")?"""
    holder = verb.head if shares_passive(verb) else verb
    return any(c.dep_ == "auxpass" for c in holder.children) and agentless_passive(verb)


def passive_subject(verb: Token) -> Token | None:
    """What a passive verb befalls: its subject of the passive, or for a participle that shares the
    passive of the verb before it, that verb's ("*the bill* was passed and signed")."""
    holder = verb.head if shares_passive(verb) else verb
    return next((c for c in holder.children if c.dep_ == "nsubjpass"), None)


def shares_passive(verb: Token) -> bool:
    """Is the verb a bare participle coordinated with a passive verb, passive with it: "was arrested
    and *banned*" (not "was arrested and *has* since *resigned*", with an auxiliary of its own)?"""
    return (
        verb.dep_ == "conj" and (verb.tag_ == PASSIVE_PARTICIPLE_TAG or _past_read_as_participle(verb))
        and not any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass") for c in verb.children)
        and any(c.dep_ in PASSIVE_DEPS for c in verb.head.children)
    )


def _past_read_as_participle(verb: Token) -> bool:
    """Is a past tense the tagger gave a bare verb after a passive one a regular participle of the
    same form, with no object nor clause of its own ("she was detained and *questioned* for hours";
    not "was tired and *questioned* the officer", nor "was arrested and *took* ...")?"""
    return (
        verb.tag_ == PAST_TAG and verb.lower_.endswith(REGULAR_PAST_ENDING)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
    )


REGULAR_PAST_ENDING = "ed"  # "questioned": a past tense and a participle alike


def has_determiner(noun: Token, words) -> bool:
    """Does the noun take one of these words as its determiner ("*a* federal judge", "*an* Order")?"""
    return any(c.dep_ == "det" and c.lower_ in words for c in noun.children)


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("Cyprus, *which* Turkey does not recognize" ->
    Cyprus); any other word is itself."""
    return token.head.head if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl" else token


_TEXT = "newsactors_text"
_SENTENCE_STARTS = "newsactors_sent_starts"
_ENTITY_BOUNDS = "newsactors_entity_bounds"
_ENTITY_OF_TOKEN = "newsactors_entity_of_token"
_TITLE_BOUNDS = "newsactors_title_bounds"


LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]")  # basic Latin and its accented letters ("Orbán", "Ştefan")


def written_in_latin(text: str) -> bool:
    """Are all of a text's letters Latin ones? An English article writes its sentences and names
    so, and quotes a Hindi, Persian or Russian answer in its own script, where the English model
    finds names and verbs that are none ("लेने के से हर"). A text without letters is."""
    return all(LATIN_LETTERS.match(c) for c in text if c.isalpha())


VERB_IES = "ies"  # "complies", "denies": a third person whose lemma ends in "y"


def mended_lemma(token: Token, known) -> str:
    """The token's lemma, lower-cased and, for a verb, mended where the lemmatizer drops a final e
    ("hoping" -> "hop", "raped" -> "rap") or adds one ("retweeted" -> "retweete"), or where the
    tagger took a verb in "-ies" for a plural noun ("complies" -> "complie"), when the mended word
    is `known` (a table's test of a word) and the lemma is not."""
    lemma = token.lemma_.lower()
    if known(lemma):
        return lemma
    if token.tag_ == PLURAL_NOUN_TAG and token.lower_.endswith(VERB_IES) and known(stem := token.lower_[:-3] + "y"):
        return stem  # "the party *complies*", tagged a plural noun, has the lemma "complie"
    if token.pos_ != "VERB":
        return lemma
    if known(lemma + "e"):
        return lemma + "e"
    if lemma.endswith("e") and known(lemma[:-1]):
        return lemma[:-1]
    return lemma


def plural_lemma(token: Token) -> str | None:
    """The singular lemma of a plural noun ("residents" -> "resident"), also of a capitalised one the
    model tags as a proper noun and leaves unlemmatised ("Democrats" -> "democrat"); None for a
    word that is no plural noun."""
    if token.tag_ == PLURAL_NOUN_TAG:
        return token.lemma_.lower()
    if token.tag_ == PLURAL_PROPER_NOUN_TAG and token.lower_.endswith("s"):
        return token.lower_[:-1]
    return None


def preposition_objects(token: Token, prepositions) -> list[Token]:
    """The objects of the word's prepositions among `prepositions` (a `grammar.csv` role), in order:
    "a move *by Johnson*", "countries *including Algeria*"."""
    return [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children if g.dep_ == "pobj"
    ]


def said_through(token: Token, target_words) -> bool:
    """Is the word the object of a preposition of where something is said ("*on* Twitter",
    "*via* Twitter")? `medium` in `target_words.csv`."""
    return token.dep_ == "pobj" and target_words.get(token.head.lower_) == "medium"


def on_platform(token: Token, target_words) -> bool:
    """Is the word a platform named as where something is said: after a preposition of a medium
    ("posted *on Twitter*", "said *on TV*"), in apposition to such a place ("on social media site
    *Facebook*") or before what was put there ("a *Facebook* event"), not as who acts ("*Twitter's*
    decision", "*Facebook* Ireland Limited")? `platform` and `medium` in `target_words.csv`."""
    if target_words.get(token.lower_) != "platform":
        return False
    place = token.head if token.dep_ == "appos" else token
    return said_through(place, target_words) or token.dep_ == "compound" and token.head.pos_ == "NOUN"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def subject(verb: Token) -> Token | None:
    """The verb's subject (or its auxiliary's); when the parser gave it two, the one in the verb's
    own paragraph that is no time of day (a live blog's "12:15 p.m.:" line is glued to the next
    sentence), a person's name before a description."""
    # the parser may hang the subject on an auxiliary: "The US" <- "been" in "The US has been encouraging"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c for t in (verb, *auxiliaries) for c in t.children if c.dep_ in SUBJECT_DEPS]
    text = doc_text(verb.doc)
    own = [
        s for s in subjects
        if s.ent_type_ not in ("TIME", "DATE") and "\n" not in text[min(s.idx, verb.idx) : max(s.idx, verb.idx)]
    ]
    # "Early opponent MP Tanya Davies said", parsed as two subjects: the name is the speaker
    named = [s for s in own if s.ent_type_ == "PERSON"]
    return (named if len(own) > 1 and named else own or subjects or [None])[0]


def sentence_starts(doc: Doc) -> list[int]:
    """The token index each sentence starts at, found once per Doc."""
    if _SENTENCE_STARTS not in doc.user_data:
        doc.user_data[_SENTENCE_STARTS] = [s.start for s in doc.sents]
    return doc.user_data[_SENTENCE_STARTS]


def sentence_index(token: Token) -> int:
    """0-based number of the sentence a token is in."""
    return bisect_right(sentence_starts(token.doc), token.i) - 1


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Start and end (token indices) of the sentence a token is in: `token.sent` walks the
    tokens to find them again on every call."""
    starts, number = sentence_starts(token.doc), sentence_index(token)
    end = starts[number + 1] if number + 1 < len(starts) else len(token.doc)
    return starts[number], end


def sentence_of(token: Token) -> Span:
    """The sentence a token is in, the same span as `token.sent`, found faster."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]


def entity_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Start and end (token indices) of each entity, read once per Doc: `doc.ents` builds a new
    span for every entity on each access."""
    if _ENTITY_BOUNDS not in doc.user_data:
        doc.user_data[_ENTITY_BOUNDS] = [(ent.start, ent.end) for ent in doc.ents]
    return doc.user_data[_ENTITY_BOUNDS]


def entity_text(token: Token) -> str:
    """The whole name the model found around a word ("South Sudan" for "Sudan"), or the word."""
    bounds = entity_of_token(token.doc).get(token.i) if token.ent_type_ else None
    return token.doc[bounds[0] : bounds[1]].text if bounds else token.text


def entity_of_token(doc: Doc) -> dict[int, tuple[int, int]]:
    """The bounds of the entity each token is part of, by token index, found once per Doc."""
    if _ENTITY_OF_TOKEN not in doc.user_data:
        doc.user_data[_ENTITY_OF_TOKEN] = {i: (s, e) for s, e in entity_bounds(doc) for i in range(s, e)}
    return doc.user_data[_ENTITY_OF_TOKEN]


def title_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Start and end (token indices) of each title in `doc.spans[TITLE_SPANS]`, read once per
    Doc: a span group builds a new span for every title on each access."""
    if _TITLE_BOUNDS not in doc.user_data:
        doc.user_data[_TITLE_BOUNDS] = [(span.start, span.end) for span in doc.spans.get(TITLE_SPANS, [])]
    return doc.user_data[_TITLE_BOUNDS]


def line_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """Start and end offsets of the line (a paragraph, in news text) holding character `index`."""
    text = doc_text(doc)
    end = text.find("\n", index)
    return text.rfind("\n", 0, index) + 1, len(text) if end < 0 else end
