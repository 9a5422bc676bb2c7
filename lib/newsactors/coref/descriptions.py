"""Definite descriptions ("the president", "the court", "the party") and the actor each refers
back to."""
from __future__ import annotations

import re
from itertools import chain, takewhile

from spacy.tokens import Doc, Token

from ..docs import has_determiner
from ..kinds import GROUP, ORGANISATION, PERSON, STATE
from ..lexicons import ACT
from .tables import DESCRIPTION, NAME_LINKS, CorefTables, fold

# A description refers back further than a pronoun: "the court" may be named paragraphs before.
DESCRIPTION_WINDOW = 30
LEDE_SENTENCES = 2  # the headline and first sentence say what an article is about


def description_antecedent(token: Token, index, tables: CorefTables, offices: frozenset[str] = frozenset()):
    """The actor "the president", "the court" refers to. A person: the nearest one before it whose
    role has the description's title ("the prime minister" needs "prime minister", not any
    minister; `offices` are the titles in lower case). An organisation: one the same description
    named before, else the one most mentioned so far with that word in its name, else (for
    `matches=any`) the nearest organisation or group. A state ("the government"): the state the
    article is most about."""
    if _names_someone(token, index):
        return None
    refers_to, matches = tables.descriptions[token.lemma_.lower()]
    if not _definite(token, index.lexicon):
        return _named_later(token, index, offices) if refers_to == PERSON else None
    if refers_to == STATE:
        # "the government" of a story on Serbia is Serbia's; "the Hong Kong government" is no
        # state's the article names, and stays unresolved
        return None if _named_modifier(token) else article_state(index)
    earlier = _actors_before(token, index, DESCRIPTION_WINDOW)
    if refers_to == PERSON:
        title = _description_title(token, offices)
        other_office = frozenset(index.lexicon.grammar["other_office_word"])
        return next((a for a in earlier if a.kind == PERSON and _holds_title(fold(a.role), title, other_office)), None)
    organisations = [a for a in earlier if a.kind in (ORGANISATION, GROUP)]
    word = token.lemma_.lower()
    for actor in organisations:
        if any(
            m.link == DESCRIPTION and m.text.lower() == token.lower_ and m.start_char < token.idx
            for m in actor.mentions
        ):
            return actor  # "the network" again: the network it was before
    named = [a for a in organisations if a.kind == ORGANISATION and word in fold(a.name).split()]
    if named:
        # of those with the word in their name, the most mentioned so far, the nearest among equals
        return max(named, key=lambda a: (sum(m.start_char < token.idx for m in a.mentions), -named.index(a)))
    return organisations[0] if matches == "any" and organisations else None  # the nearest


# How far back "the request" looks for who made it: the sentences of one story's thread.
EVENT_WINDOW = 10
SUBJECT_SHARING_DEPS = ("advcl", "xcomp", "conj")  # "wrote to the embassy, *asking* it to": the writer asks


def event_maker(noun: Token, index) -> list[Token]:
    """The words naming who made the event or filed the document a definite noun refers back to
    ("declined *the request*" after "Adderley wrote to the embassy, asking ..."; "*The motion*
    claims" after "attorneys general filed a lawsuit"): the subject of the nearest verb before it
    that does it (`event_nouns.csv`) and whose subject names an actor, or the maker of the nearest
    earlier mention of the same noun ("called *the move*" after "a move *by Johnson*") or of another
    noun of the same event ("*the operation*" after "Turkey began a military offensive"), within
    `EVENT_WINDOW` sentences; [] when there is none. A lede names an event before the story tells
    it ("the court ruled on *the prorogation*" ... "the Queen suspended parliament at the behest
    of Johnson"): for a noun in the headline or first sentence, the story after it is read too; for
    a noun past the window, the headline and first sentence are."""
    if noun.pos_ != "NOUN" or not (_definite(noun, index.lexicon) or _bare(noun)):
        return []  # "a request" is a new one
    return implied_event_maker(noun, noun.lemma_.lower(), index)


def implied_event_maker(noun: Token, lemma: str, index) -> list[Token]:
    """The words naming who made the event of an event noun `lemma`, read around the word `noun`
    (the noun itself, or a word that implies it: an appeal implies the ruling it appeals), as
    `event_maker` reads them."""
    verbs = index.lexicon.event_nouns.get(lemma)
    if verbs is None:
        return []
    sentence = sentence_numbers(noun.doc)
    here = sentence[noun.i]
    before = takewhile(lambda t: sentence[t.i] >= here - EVENT_WINDOW, reversed(noun.doc[: noun.i]))
    after = takewhile(lambda t: sentence[t.i] <= here + EVENT_WINDOW, noun.doc[noun.i + 1 :])
    # past the window, the lede: the event a story is about is told there ("the ECJ ruled ..." and,
    # fifteen sentences on, "according to *the ruling*")
    lede = takewhile(lambda t: sentence[t.i] < min(LEDE_SENTENCES, here - EVENT_WINDOW), noun.doc)
    for token in chain(before, after if here < LEDE_SENTENCES else lede):
        words = _maker_at(token, lemma, verbs, index)
        if words:
            return words
    return []


def _maker_at(token: Token, lemma: str, verbs, index) -> list[Token]:
    """Who made the event, if `token` tells it: a verb of the event, with whom it was done for or
    its subject, or the same noun with its maker or whoever it was carried out by."""
    if token.pos_ == "VERB" and _does(token, verbs, index.lexicon):
        candidates = (_instigator_phrase(token, index.lexicon), _subject_phrase(token))
    elif token.pos_ == "NOUN" and (token.lemma_.lower() == lemma or token.lemma_.lower() in _same_event(lemma, index)):
        grammar = index.lexicon.grammar
        candidates = (_noun_maker_phrase(token, grammar["agent_preposition"]), _performer_phrase(token, grammar))
    else:
        return []
    return next((words for words in candidates if any(index.actor_at(t) is not None for t in words)), [])


def _same_event(lemma: str, index) -> frozenset[str]:
    """The other nouns of the same event (`same_as` in `event_nouns.csv`: "the operation" after "began
    a military offensive")."""
    return index.lexicon.event_synonyms.get(lemma, frozenset())


# `event_nouns.csv`: the noun may name any act of `cues.csv` ("the decision" after "Germany banned ...")
ANY_ACT = "(act)"


def _does(verb: Token, verbs: tuple[str, ...], lexicon) -> bool:
    """Is the verb one that does what the event noun names?"""
    lemma = verb.lemma_.lower()
    if lemma in verbs:
        return True
    entry = lexicon.cue(lemma, "VERB")
    return ANY_ACT in verbs and entry is not None and entry.kind == ACT


def _performer_phrase(noun: Token, grammar) -> list[Token]:
    """The words naming who carried out what an event noun names, as the clause introducing it says:
    the subject of a verb that performs it ("*Russia* launched an offensive", "*the government*
    took the decision"; `performing_verb` in `grammar.csv`), or of a verb done to someone by means
    of it ("*the United States* killed Soleimani in an air strike"; `instrument_preposition`). Not
    whoever only speaks of it ("condemned the attack"), nor whom it befell ("died in an air strike")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in grammar["performing_verb"]:
        return _subject_phrase(head)
    if noun.dep_ == "pobj" and head.lower_ in grammar["instrument_preposition"]:
        verb = head.head
        if verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
            return _subject_phrase(verb)
    return []


def _noun_maker_phrase(noun: Token, makers) -> list[Token]:
    """The words naming who made what an act noun names: its possessor ("*Johnson's* plan") or its
    agent ("a move *by Johnson*"; `agent_preposition` in `grammar.csv`). Not "of", which names
    what an act is done to as often as who does it ("the suspension *of Parliament*")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ in makers:
            return [t for g in child.children if g.dep_ == "pobj" for t in g.subtree]
    return []


def _instigator_phrase(verb: Token, lexicon) -> list[Token]:
    """The words naming whom an act was done for, when it was done at someone's word: "the Queen
    suspended parliament at the *behest of Boris Johnson*" is Johnson's act (`instigator_noun`
    in `grammar.csv`)."""
    nouns = lexicon.grammar["instigator_noun"]
    for prep in verb.children:
        for noun in prep.children:
            if prep.dep_ == "prep" and noun.dep_ == "pobj" and noun.lower_ in nouns:
                whose = [g for of in noun.children if of.dep_ == "prep" for g in of.children if g.dep_ == "pobj"]
                return [t for g in whose for t in g.subtree]
    return []


def _subject_phrase(verb: Token) -> list[Token]:
    """The words of a verb's subject, or of the verb's it shares its subject with."""
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return list(subjects[0].subtree)
        if verb.dep_ not in SUBJECT_SHARING_DEPS or verb.head.i == verb.i:
            return []
        verb = verb.head


def article_state(index):
    """The state an article is most about: the one its headline and lede name first, else the one
    it names most (the first among equals); None when it names none."""
    states = [a for a in index.actors.values() if a.kind == STATE]
    lede = [a for a in states if any(m.sentence < LEDE_SENTENCES for m in a.mentions)]
    if lede:
        return min(lede, key=lambda a: min(m.start_char for m in a.mentions))
    if not states:
        return None
    return max(
        states, key=lambda a: (sum(m.link in NAME_LINKS for m in a.mentions), -min(m.start_char for m in a.mentions))
    )


def _named_modifier(token: Token) -> bool:
    """Does a proper name modify the description ("the Hong Kong government")?"""
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_) for c in token.lefts)


def _named_later(token: Token, index, offices: frozenset[str]):
    """A lede's indefinite description ("On Friday, a federal judge in Texas ruled ...") is the
    one person of the article given that title, whom the story names further on ("U.S. District
    Judge Gray Miller ruled"); None outside the lede, or when two hold the title."""
    if token.tag_ != "NN" or sentence_numbers(token.doc)[token.i] >= LEDE_SENTENCES:
        return None
    if not has_determiner(token, index.lexicon.grammar["indefinite_determiner"]):
        return None
    title = _description_title(token, offices)
    holders = [
        a for a in index.actors.values() if a.kind == PERSON and re.search(rf"\b{re.escape(title)}\b", fold(a.role))
    ]
    return holders[0] if len(holders) == 1 else None


def _holds_title(role: str, title: str, other_office: frozenset[str]) -> bool:
    """Does a role (folded) hold the title a description gives: "the president" is the "US
    President", "the minister" the "Greek foreign minister"; but not the "President-elect" nor the
    "Vice President", whose word before the title makes it another office (`other_office_word` in
    `grammar.csv`)?"""
    for match in re.finditer(rf"(?<![\w-]){re.escape(title)}(?![\w-])", role):
        before = role[: match.start()].split()
        if not before or before[-1] not in other_office:
            return True
    return False


def _description_title(token: Token, offices: frozenset[str]) -> str:
    """The title a description gives, with the modifiers that are part of it: "the prime minister"
    -> "prime minister", "the former president" -> "president"."""
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.i < token.i]
    for first in modifiers:
        phrase = fold(token.doc[first.i : token.i + 1].text)
        if phrase in offices:
            return phrase
    return fold(token.lemma_)


def _definite(token: Token, lexicon) -> bool:
    """"the president", "The three-judge court"; not "a judge", "presidents", "the court's"
    (`definite_determiner` in `grammar.csv`)."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    definite = lexicon.grammar["definite_determiner"]
    return any(c.dep_ == "det" and c.lower_ in definite for c in token.children)


def _bare(noun: Token) -> bool:
    """A singular noun with no determiner, possessor or modifier of its own: "the true intent of
    seeking *prorogation*" is the prorogation the story tells of."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


def _names_someone(token: Token, index) -> bool:
    """Does the description's own phrase name an actor ("the Polish president", "the court of
    Texas", "the president Alberto Fernández")? Then it is not a reference back."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "prep", "appos", "nmod") and any(
            t.i in index.by_token for t in child.subtree
        ):
            return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_type_ == "PERSON"


def sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, once per Doc: the resolvers look back token by token."""
    if "newsactors_sentence_numbers" not in doc.user_data:
        numbers = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            numbers[sent.start : sent.end] = [number] * (sent.end - sent.start)
        doc.user_data["newsactors_sentence_numbers"] = numbers
    return doc.user_data["newsactors_sentence_numbers"]


def _actors_before(token: Token, index, window: int) -> list:
    """Actors mentioned before `token` within `window` sentences, the nearest first, each once."""
    sentence = sentence_numbers(token.doc)
    first = sentence[token.i] - window
    seen, out = set(), []
    for i in range(token.i - 1, -1, -1):
        name = index.by_token.get(i)
        if name is None or name in seen:
            continue
        if sentence[i] < first:
            break
        seen.add(name)
        out.append(index.actors[name])
    return out

