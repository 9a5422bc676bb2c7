"""Speakers: the words naming who holds a position, and the actor they resolve to.

Each cue form finds the words (`CueForm.speaker_heads`); a relative pronoun among them stands for
its antecedent, a partitive for what it is part of and a noun given a name for the name ("Moscow,
which dismissed", "a number of Senators", "a student named Wong": `standing_for`). Here they become
a phrase (`speaker_span`) and an actor through the `ActorIndex` (`resolve_speaker`), where `coref`
has linked pronouns, descriptions and appositives to their actors: a pronoun to its person, a
capital to its state, a document to its author ("a statement by X"), a group noun to a group
("Ukrainian officials", "organizers of the rally") or to its state ("South Korea's government"). A
speaker that is no actor (a memo, a poll) resolves to None and keeps its words.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import Actor, ActorIndex
from ..coref import document_author, group_of_phrase, titled_appositive
from ..docs import NAMING_DEPS, PLURAL_PROPER_NOUN_TAG, entity_of_token, plural_lemma, preposition_objects
from ..kinds import PERSON, STATE
from ..lexicons import Lexicon
from .records import Cue


def speaker_heads(cue: Cue, lexicon: Lexicon) -> list[Token]:
    """The word(s) naming who holds the position, as the cue's form finds them."""
    return cue.form.speaker_heads(cue, lexicon)


def standing_for(head: Token, lexicon: Lexicon) -> Token:
    """The word a speaker's head stands for: a relative pronoun's antecedent ("Moscow, *which*
    dismissed reports", "a whistleblower *who* revealed": Moscow, the whistleblower), what a
    partitive is part of (`whole_of_partitive`), the name a naming verb gives it (`name_given`) and
    who made the act it names (`maker_of_act`)."""
    if head.lower_ in lexicon.grammar["relative_pronoun"] and head.head.dep_ == "relcl":
        head = head.head.head
    return maker_of_act(name_given(whole_of_partitive(head, lexicon), lexicon), lexicon)


def name_given(head: Token, lexicon: Lexicon) -> Token:
    """The name a noun is given by a naming verb: "a university student *named Wong* said", "a
    pastor *called John Smith*" speak as Wong and as John Smith (`naming_verb` in `grammar.csv`);
    any other head is itself."""
    for verb in head.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in lexicon.grammar["naming_verb"]:
            name = next((c for c in verb.children if c.dep_ in NAMING_DEPS and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return head


def named_members(head: Token, actors: ActorIndex, lexicon: Lexicon) -> list[Token]:
    """The actors a group speaker names as its members: "neighbouring countries *including Algeria
    and Morocco* have cited" is held by Algeria and by Morocco (`example_preposition` in
    `grammar.csv`); [head] when it names none, or names some that are no actors."""
    for first in preposition_objects(head, lexicon.grammar["example_preposition"]):
        members = [first, *first.conjuncts]
        if all(actors.actor_at(m) is not None for m in members):
            return members
    return [head]


def maker_of_act(head: Token, lexicon: Lexicon) -> Token:
    """Who made an act a speaker's noun names with its maker: "the calls *by United Kingdom
    officials* asking the United States to waive ..." are the officials' (`event_nouns.csv`,
    `agent_preposition` in `grammar.csv`); any other head is itself."""
    if head.lemma_.lower() not in lexicon.event_nouns:
        return head
    return next((o for o in preposition_objects(head, lexicon.grammar["agent_preposition"]) if o.i > head.i), head)


def whole_of_partitive(head: Token, lexicon: Lexicon) -> Token:
    """Who a partitive speaker is part of: "*A number* of Senators condemned", "*Some* of the
    protesters said", "About 52*%* of voters voted" are the Senators, the protesters and the voters
    (`partitive_noun` in `grammar.csv`); any other head is itself, and so is a partitive that an
    appositive names ("*one* of the study's authors, David Blackburn, told")."""
    if head.lemma_.lower() not in lexicon.grammar["partitive_noun"] and not head.like_num:
        return head
    if any(child.dep_ == "appos" for child in head.children):
        return head
    whole = next((o for o in preposition_objects(head, lexicon.grammar["partitive_preposition"]) if o.i > head.i), None)
    return head if whole is None else whole_of_partitive(whole, lexicon)  # "one of a number of senators"


def speaker_span(head: Token) -> Span:
    """The noun phrase naming the speaker, without the clauses hanging off it."""
    doc = head.doc
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in ("cc", "conj", "punct", "appos"):
            start = child.i + 1
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ == "amod" and doc[end].head.i == head.i:
        end += 1  # an adjective after its noun is part of the name: "attorneys general"
    if head.i in (entities := entity_of_token(doc)):
        ent_start, ent_end = entities[head.i]
        start, end = min(start, ent_start), max(end, ent_end)
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a dash or a quotation mark the parse hung on the name
    return doc[start:end]


def _demonym_state(noun: Token, lexicon: Lexicon) -> str:
    """The state a plural demonym's people belong to ("*Serbians* protested" -> Serbia), by the
    singular's row in `countries.csv`; "" for any other noun. The people are a group of that
    state, not the state itself."""
    if noun.tag_ != PLURAL_PROPER_NOUN_TAG or not noun.text.endswith("s"):
        return ""
    place = lexicon.lookup(noun.text[:-1])
    return lexicon.affiliation_of(place) if place is not None and place.kind == STATE else ""


def resolve_speaker(span: Span, actors: ActorIndex, lexicon: Lexicon) -> Actor | None:
    head = span.root
    # "a statement by X": X speaks; "X Bank president Jane Doe said": Doe, whatever the parse
    actor = titled_appositive(head, actors) or actors.actor_at(head) or document_author(head, actors)
    # "Member of parliament (MP) Kevin Conolly said", parsed with the title as a subject of its own
    actor = actor or actors.person_after_title(head)
    if actor is not None:
        return actor
    lemma = head.lemma_.lower()
    # a group noun of `groups.csv`, or the plural of a noun for a person ("Local *firefighters* planned";
    # not "her *aides*", whom their possessor speaks for)
    owned = any(c.dep_ == "poss" for c in head.children)
    plural = plural_lemma(head)  # "fifteen *Democrats* defected": a party's members, one group
    people = plural is not None and lexicon.coref.names_people(plural) and not owned
    if lemma in lexicon.groups or people:
        of_phrase = group_of_phrase(head)
        words = [*span, *(of_phrase or [])]
        owner = next((a for t in words if (a := actors.actor_at(t)) is not None and a.kind != PERSON), None)
        if owner is not None and lexicon.groups.get(lemma) and owner.kind == STATE:
            return owner  # "South Korea's government" is South Korea
        affiliation = (owner.affiliation or owner.name) if owner is not None else _demonym_state(head, lexicon)
        return actors.group(span, affiliation, of_phrase)
    return actors.actor_in(span, excluding=_another_persons_possessor(head, actors, lexicon))


def _another_persons_possessor(head: Token, actors: ActorIndex, lexicon: Lexicon) -> frozenset[int]:
    """The words of a person who owns the noun for someone else that heads a speaker phrase: "*his*
    wife said", "*Dunn's* mother", "*his* classmates", "according to *his* publicist" are someone
    other than him, who is no speaker of theirs; a `mouthpiece_noun` of `grammar.csv` speaks for
    its possessor ("*her* aides", "*the minister's* spokesman"), and a body's or a state's noun for
    a person is its own ("*the company's* chief executive")."""
    lemma = plural_lemma(head) or head.lemma_.lower()
    if not lexicon.coref.names_people(lemma) or lemma in lexicon.grammar["mouthpiece_noun"]:
        return frozenset()
    owners = [c for c in head.children if c.dep_ == "poss"]
    return frozenset(
        t.i for owner in owners if (a := actors.actor_at(owner)) is not None and a.kind == PERSON
        for t in owner.subtree
    )
