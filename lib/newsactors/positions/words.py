"""Word-level lookups every step shares: a word's lemma as the cue tables know it, its row in
`cues.csv`, and small facts of the parse (conjuncts, a copula)."""
from __future__ import annotations

from spacy.tokens import Token

from ..docs import PASSIVE_DEPS, PASSIVE_PARTICIPLE_TAG, PAST_TAG, SUBJECT_DEPS, mended_lemma, subject
from ..lexicons import CueEntry, Lexicon
from ..stance import PERFECT_AUX

# The cue table a word is looked up in, by its part of speech; any other is looked up as a verb.
CUE_TABLE_OF_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
NOT_LISTED = "none"
# What a verb says or does, when it governs it: a clause or an object.
SAYING_DEPS = ("ccomp", "xcomp", "dobj")


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


def governs_what_is_said(verb: Token) -> bool:
    """Does the verb govern a clause or an object ("ordered *that ballots be counted*")?"""
    return any(c.dep_ in SAYING_DEPS for c in verb.children)


def hung_subject(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a finite verb that the parser hung on a noun as a participle, after the
    comma that closes the subject's appositive or relative clause: "The city's security chief,
    Abdullah al-Jahafi, *announced* on Facebook ..." (a participle of "chief"), "Agnès Callamard,
    a UN rapporteur ..., *cautioned* justice does not come swiftly" (a modifier of "justice", the
    second subject the parser gave "come"). A true participle has an agent, a name or what its noun
    is taken for (`likeness_preposition`: "the letter, written *by* Cohen", "officials, called
    *superdelegates*", "the attacker, identified *as* Sudesh Amman") or follows its noun's comma
    directly."""
    doc = verb.doc
    if verb.tag_ not in (PASSIVE_PARTICIPLE_TAG, PAST_TAG) or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    likeness = lexicon.grammar["likeness_preposition"]
    if any(c.dep_ in (*PASSIVE_DEPS, "agent", "oprd") or c.lower_ in likeness for c in verb.children):
        return None
    noun = verb.head
    if verb.dep_ == "acl" and noun.i < verb.i:
        described = any(c.dep_ in ("appos", "relcl", "acl") and noun.i < c.i < verb.i for c in noun.children)
        return noun if described else _set_off_subject(noun)
    if verb.dep_ == "amod" and noun.i > verb.i and noun.dep_ == "appos" and noun.head.i < verb.i:
        # the parser took what is said for one more appositive of the subject
        return noun.head if noun.head.dep_ in ("nsubj", "ROOT") else None
    if verb.dep_ == "amod" and noun.i > verb.i and noun.dep_ == "nsubj":
        # the parser gave the clause two subjects: the one before the comma is the verb's
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return None


def _set_off_subject(noun: Token) -> Token | None:
    """The subject before a phrase set off by commas that ends in this noun: "The ministry *has*, in
    a *statement*, called on drivers" (the subject of the auxiliary before the phrase), "Biden,
    echoing *Erdogan*, called on the Kurds" (the noun the participle describes)."""
    doc = noun.doc
    opener = noun.head
    if noun.dep_ == "pobj" and opener.dep_ == "prep" and opener.i >= 2 and doc[opener.i - 1].text == ",":
        auxiliary = doc[opener.i - 2]
        if auxiliary.pos_ == "AUX" or auxiliary.lemma_ == PERFECT_AUX:
            return next((c for c in auxiliary.children if c.dep_ in SUBJECT_DEPS), None)
    if noun.dep_ == "dobj" and opener.tag_ == "VBG" and doc[opener.i - 1].text == ",":
        described = opener.head if opener.dep_ == "acl" else subject(opener)
        return described if described is not None and described.i < opener.i else None
    return None


def grammatical_person(word: Token, lexicon: Lexicon) -> str:
    """The grammatical person of a personal pronoun (`pronouns.csv`: `SPEAKER_PERSON` ...), "" for any other word."""
    entry = lexicon.coref.pronoun(word)
    return entry.person if entry is not None else ""
