"""Cues: the words (or marks) of a sentence that signal a position, each with its form.

A cue is a phrase of `cues.csv` ("play down", "according to"), a dash signing a quotation, a
word (a verb, a noun, an adjective predicate), a colon after a speaker's name, or a document in
"in a new poll". A word listed in `cues.csv` is a cue wherever it stands; any other verb, noun or
adjective predicate is one when its evidence adds up in `data/weights/cue_weights.csv`.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..coref import SPEAKER_PERSON
from ..docs import SUBJECT_DEPS, TIME_ENTITIES, agentless_passive
from ..lexicons import HYPHEN, Lexicon
from ..stance import PLAIN, conditional_clause
from .evidence import cue_evidence, may_be_cue
from .forms import ACCORDING, COLON, DASH, NOUN, PREDICATE, SOURCE_NOUN, colon_speaker, signature_name, source_document
from .quotes import Quotes, in_quote
from .records import Cue
from .words import NOT_LISTED, grammatical_person, hung_subject, is_copula, lemma_of, listed_kind

# Verb dependencies that are no predicate of their own: "the *expected* result", an auxiliary.
NON_PREDICATE_DEPS = ("amod", "compound", "aux", "auxpass")


def find_cues(sent: Span, lexicon: Lexicon, quotes: Quotes = ()) -> list[Cue]:
    """The cues of a sentence, each word in at most one cue.

    A cue inside a quotation is left out: it belongs to the quoted words of the speaker who is
    quoted ("'I think we will win,' she said" is her position, not a second one of "I"). So is a
    naming verb in the passive with no agent ("a moment *called* the development phase", "*known*
    for his reclusive personality"): the article names a thing, no one takes a side.
    """
    cues = [
        cue for cue in _candidate_cues(sent, lexicon)
        if (not in_quote(cue.head, quotes) or cue.form.may_stand_in_quote(cue, quotes, lexicon))
        and not (len(cue.tokens) == 1 and names_a_thing(cue.head, lexicon))
        # what someone would do, say or think if something were so is no position they take
        and not conditional_clause(cue.head, lexicon)
        and not permitted(cue.head, lexicon)
    ]
    widened = {t.i for cue in cues if len(cue.tokens) > 1 for t in cue.tokens}
    # "declined to comment" is one cue: drop "declined" found on its own
    return [cue for cue in cues if len(cue.tokens) > 1 or cue.head.i not in widened]


def permitted(head: Token, lexicon: Lexicon) -> bool:
    """Is the cue what someone else is let know, think or say, with its own subject ("let *them
    know* that ...", a `permissive_verb` of `grammar.csv`)? Whoever lets them speaks, not they; the
    speaker's own "let me tell you" and "let's hope" are theirs."""
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return (
        head.dep_ in ("ccomp", "xcomp")
        and head.head.i < head.i  # (not a cue the parser hung on a "let" after it)
        and head.head.lemma_.lower() in lexicon.grammar["permissive_verb"]
        and bool(subjects)
        and not any(_the_speakers_own(s, lexicon) for s in subjects)
    )


def _the_speakers_own(subject: Token, lexicon: Lexicon) -> bool:
    """Is the subject the speaker's own "me" or "us" (the "'s" of "let's")?"""
    hortative = subject.lower_ in lexicon.grammar["hortative_object"]
    return hortative or grammatical_person(subject, lexicon) == SPEAKER_PERSON


# Words before a question's first word that do not make it a statement: "*And* what ...", "*So,* why ..."
BEFORE_QUESTION_DEPS = ("cc", "advmod", "intj")


def asks(sent: Span, lexicon: Lexicon) -> bool:
    """Is the sentence a question asked: it ends with a question mark (before any closing quotation
    marks) and its main clause opens with an interrogative word ("*What* do you plan ...") or puts
    its auxiliary before its subject ("*Could* you explain ...", "*Is* there anything ...")? A
    statement with a question inside it is none ("She asked me if I would do it?", "So we did not
    observe a planet, okay?")."""
    words = [t for t in sent if not t.is_space and not t.is_quote]
    if not words or words[-1].text not in lexicon.question_marks:
        return False
    first = next((t for t in words if not t.is_punct and t.dep_ not in BEFORE_QUESTION_DEPS), None)
    if first is not None and first.lower_ in lexicon.grammar["interrogative"]:
        return True
    root = sent.root
    subjects = [c.i for c in root.children if c.dep_ in (*SUBJECT_DEPS, "expl")]
    auxiliaries = [c.i for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.pos_ == "AUX":
        auxiliaries.append(root.i)  # "*Is* there anything you would like to add?"
    return bool(subjects and auxiliaries) and min(auxiliaries) < min(subjects)


def names_a_thing(head: Token, lexicon: Lexicon) -> bool:
    """Is the cue a naming verb (`naming_verb` in `grammar.csv`) in the passive, or a participle
    after its noun, that gives a name and no agent: "is *called* the development phase", "a cellular
    automaton *known* as Conway's Game of Life"? ("called to service by the governor" gives none.)"""
    if head.lemma_.lower() not in lexicon.grammar["naming_verb"]:
        return False
    # the name it gives: "called *the development phase*", "known *as* HFCs", "known *for* ..."
    naming = any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in lexicon.grammar["naming_preposition"])
        for c in head.children
    )
    return naming and agentless_passive(head)


def naming_aside(head: Token, lexicon: Lexicon) -> bool:
    """Is the cue a naming verb (`naming_verb` in `grammar.csv`) set off by a comma after a noun,
    giving it one name: "phytoplankton, *also called* green algae", "out on license, *also called*
    parole", "the invention, *called* a LESS coating, involves ..." (the parser may join it to the
    sentence's verb, or make it the verb of the noun before)? It is the writer naming the noun. Not
    "Biden, while campaigning, *called* Trump's action a betrayal", "Clay *called it* a retrograde
    step", "Apple's chief executive, Tim Cook, *called* it ...": what someone calls something."""
    return head.lemma_.lower() in lexicon.grammar["naming_verb"] and _naming_aside(head)


NAMING_TAGS = ("VBN", "VBD")  # "*called* a plume", and the past tense the parser may take it for


def _naming_aside(verb: Token) -> bool:
    if verb.tag_ not in NAMING_TAGS or any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in verb.children):
        return False  # "..., *calling* it a disgrace": a participle of the speaker's
    names = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(names) != 1 or names[0].pos_ == "PRON":
        return False  # "criticised the plan, *called it* a disgrace": a verb the writer's subject goes on with
    before = [t for t in verb.doc[verb.sent.start : verb.i] if t.pos_ != "ADV"]
    if len(before) < 2 or before[-1].text != ",":
        return False
    named = before[-2]  # the noun right before the comma: the subject's own noun, or one outside the clause
    if named.pos_ not in ("NOUN", "PROPN") or named.ent_type_ == PERSON_ENTITY:
        return False  # "..., Tim Cook, *called* it": a person named before the verb says it
    if not verb.is_ancestor(named):
        return True  # "out on license, *also called* parole": a noun of another clause
    word = named
    while word.dep_ in NOUN_PHRASE_DEPS and word.head.i != verb.i:
        word = word.head  # "the population *of phytoplankton*"
    # not an appositive ("Apple's chief executive, *Tim Cook*, called it ...") nor a relative clause's noun
    return word.dep_ in SUBJECT_DEPS and word.head.i == verb.i and named.dep_ != "appos"


NOUN_PHRASE_DEPS = ("pobj", "prep", "compound", "amod", "poss")  # the words of a noun's own phrase
PERSON_ENTITY = "PERSON"


def _candidate_cues(sent: Span, lexicon: Lexicon) -> Iterator[Cue]:
    taken: set[int] = set()
    for cue in _phrase_cues(sent, lexicon):
        taken.update(t.i for t in cue.tokens)
        yield cue
    for token in sent:
        if token.i in taken:
            continue
        if signature_name(token, lexicon) is not None:  # checked first: a tagger may take a dash for a word
            yield Cue([token], token, PLAIN, DASH)
            continue
        word = word_cue(token, lexicon)
        if word is not None:
            if _weighs_in(word, lexicon):
                yield word
        elif token.text == ":" and token.i > token.doc[0].i and colon_speaker(token, lexicon) is not None:
            yield Cue([token], token, PLAIN, COLON)
        elif source_document(token, lexicon) is not None:
            yield Cue([token], token, PLAIN, SOURCE_NOUN)


def word_cue(token: Token, lexicon: Lexicon) -> Cue | None:
    """The cue a word would make, whether or not its evidence accepts it: a verb, a noun or an
    adjective predicate ("she is wary of the deal", never "a wary look"). Its stance is the one
    `cues.csv` gives the word, else a plain statement."""
    lemma = lemma_of(token, lexicon)
    if is_copula(token, lexicon):
        return None  # "were optimistic", "is a critic of": the predicate is the cue
    if _hyphened_to_an_adverb(token):
        return None  # "well-known", "best-known", "second-guess": a compound word, not the cue word
    # a verb the parser hung on its subject as a modifier is a predicate still ("Callamard, a UN
    # rapporteur, *cautioned* justice does not come swiftly")
    if token.pos_ in ("VERB", "AUX") and (
        token.dep_ not in NON_PREDICATE_DEPS or hung_subject(token, lexicon) is not None
    ):
        return _widen(Cue([token], token, _stance(lexicon, lemma, "VERB"), PREDICATE), lexicon)
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        return Cue([token], token, _stance(lexicon, lemma, "ADJ"), PREDICATE)
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and lexicon.cue(lemma, "NOUN")):
        return Cue([token], token, _stance(lexicon, lemma, "NOUN"), NOUN)
    return None


def _hyphened_to_an_adverb(token: Token) -> bool:
    """Is the word joined by a hyphen to an adverb that modifies it ("the community is *well-known*
    for charity", "trying to *second-guess* the FBI")? The compound means something of its own; a
    prefix that keeps the word's sense is no adverb ("were *counter-protesting*")."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != HYPHEN or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return False
    before = doc[token.i - 2]
    return before.pos_ == "ADV" and before.head == token


def _stance(lexicon: Lexicon, lemma: str, pos: str) -> str:
    entry = lexicon.cue(lemma, pos)
    return entry.stance if entry is not None else PLAIN


def _weighs_in(cue: Cue, lexicon: Lexicon) -> bool:
    """Is a word a cue here? A word listed in `cues.csv` is; any other word when its evidence
    adds up in `cue_weights.csv` ("made the case that", "spoke about")."""
    if listed_kind(cue.head, lexicon) != NOT_LISTED:
        return True
    if any(c.dep_ == "xcomp" and listed_kind(c, lexicon) != NOT_LISTED for c in cue.head.children):
        return False  # "chose not to believe it", "went on to say": the listed cue is the position
    return may_be_cue(cue, lexicon) and lexicon.cue_weights.accepts(cue_evidence(cue, lexicon))


def _phrase_cues(sent: Span, lexicon: Lexicon) -> Iterator[Cue]:
    """The phrases of `cues.csv` in a sentence, as written ("according to") or as a verb with its
    particle or preposition ("played the concerns down")."""
    words = [t.lower_ for t in sent]
    lemmas = [t.lemma_.lower() for t in sent]
    present = {*words, *lemmas}
    for phrase, entry in lexicon.phrase_cues.items():
        if phrase[0] not in present:
            continue  # no word of the sentence can start it: skip the scan (most phrases, most sentences)
        form = ACCORDING if entry.pos == "SOURCE" else PREDICATE
        n = len(phrase)
        for i in range(len(sent) - n + 1):
            if tuple(lemmas[i : i + n]) == phrase or tuple(words[i : i + n]) == phrase:
                tokens = list(sent[i : i + n])
                if not _of_time(tokens[-1]):
                    yield _widen(Cue(tokens, tokens[0], entry.stance, form), lexicon)
            elif lemmas[i] == phrase[0] and sent[i].pos_ == "VERB":
                children = [c for c in sent[i].children if c.lemma_.lower() in phrase[1:] and _part_of_phrase(c)]
                if len(children) == n - 1:
                    cue = Cue(sorted([sent[i], *children], key=lambda t: t.i), sent[i], entry.stance, PREDICATE)
                    yield _widen(cue, lexicon)


def _part_of_phrase(word: Token) -> bool:
    """Is a word of the verb's a part of a phrase cue: a particle or preposition after it ("played the
    concerns *down*", "called *on* Turkey", "called Friday *for* talks"), with no punctuation between
    ("called for deducting investments, but *on* ..."), and not one of time ("called *on Monday*";
    "*On* Thursday, Macron called" comes before it)?"""
    between = word.doc[word.head.i + 1 : word.i]
    if word.dep_ not in ("prt", "prep") or word.i < word.head.i or any(t.is_punct for t in between):
        return False
    return word.dep_ == "prt" or not _of_time(word)


def _of_time(word: Token) -> bool:
    """Is the word a preposition of time ("called *on Monday* to say"), not the phrase's own?"""
    return any(g.ent_type_ in TIME_ENTITIES for g in word.children if g.dep_ == "pobj")


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
        # a phrase's own words after its verb stay with it: "plans to call *on*"
        return Cue([*span, *(t for t in cue.tokens if t.i > span.end - 1)], head, cue.stance, cue.form)
    return cue
