"""Word-level lookups every step shares: a word's lemma as the cue tables know it, its row in
`cues.csv`, and small facts of the parse (conjuncts, a copula)."""
from __future__ import annotations

from spacy.tokens import Token

from ..docs import mended_lemma, subject
from ..lexicons import CueEntry, Lexicon

# The cue table a word is looked up in, by its part of speech; any other is looked up as a verb.
CUE_TABLE_OF_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
NOT_LISTED = "none"


def lemma_of(token: Token, lexicon: Lexicon) -> str:
    """The token's lemma as the cue table knows it (`docs.mended_lemma`)."""
    return mended_lemma(token, lambda word: lexicon.cue(word, "VERB") is not None)


def listed_cue(token: Token, lexicon: Lexicon) -> CueEntry | None:
    """The word's row in `cues.csv`, by its lemma and part of speech: the noun "talks" is a
    meeting, the verb "talk" speech."""
    return lexicon.cue(lemma_of(token, lexicon), CUE_TABLE_OF_POS.get(token.pos_, "VERB"))


def listed_kind(token: Token, lexicon: Lexicon) -> str:
    """The word's kind in `cues.csv` (speech, cognition, act ...), or "none"."""
    entry = listed_cue(token, lexicon)
    return entry.kind if entry is not None else NOT_LISTED


def is_cue_verb(token: Token, lexicon: Lexicon) -> bool:
    """Is the word listed as a cue verb, whatever the tagger made of it?"""
    return lexicon.cue(lemma_of(token, lexicon), "VERB") is not None


def is_copula(token: Token, lexicon: Lexicon) -> bool:
    """Is the word a "be" linking its subject to a predicate adjective or noun?"""
    return token.lemma_ in lexicon.grammar["copula"] and any(c.dep_ in ("acomp", "attr") for c in token.children)


def conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated after it: "Austin and Blinken"."""
    return [token, *(c for c in token.conjuncts if c.i > token.i)]


def coordinated_cue(verb: Token, lexicon: Lexicon) -> Token | None:
    """The cue verb a subjectless conjunct really joins when the parser hung it on the clause that
    cue governs: in "He said the attacks have worked and said that ..." the second "said" agrees
    in tense with the first, not with "have worked". Agreement in tense decides, as it does for
    readers: "said voters want change and demand action" keeps "demand" with "want". Where the
    tenses agree, a clause whose subject can say nothing gives the cue to the one above: in "said
    *there* was a lack of transparency and urged the crowd", "said *the plan* was fair and
    warned", the speaker urges and warns."""
    if verb.dep_ != "conj" or subject(verb) is not None:
        return None
    clause = verb.head
    governing = clause.head
    if clause.dep_ != "ccomp" or not is_cue_verb(governing, lexicon) or verb.tag_ != governing.tag_:
        return None
    if verb.tag_ == clause.tag_ and _could_speak(subject(clause), lexicon):
        return None
    return governing


def _could_speak(word: Token | None, lexicon: Lexicon) -> bool:
    """Could the subject of a clause be the one who says or does what a verb joined to it says?
    A name, a pronoun (not the "there" or "it" of an impersonal clause) or a noun for people or
    a body can; a thing cannot ("the plan", "a lack")."""
    if word is None or word.dep_ == "expl":
        return False
    return word.pos_ in ("PROPN", "PRON") or bool(word.ent_type_) or lexicon.names_someone(word.lemma_.lower())
