"""Target actors: whom a position is directed at or about, resolved like speakers.

`target_actors(cue, phrase, objects, content, actors, speaker)` gives the actors named in the position's target
phrase ("condemned the military cooperation between *Russia* and *North Korea*" -> Russia, North
Korea; "urged *Iraqi* leaders" -> Iraq), else the first actor named as a subject or object of its
content's clauses ("said *Iran* was responsible", "'we urge *Iraqi* leaders to ...'", "said *she*
had left", a pronoun coreference tied to someone else), else the first actor the content names
anywhere; of a name and the actor its modifier names ("*United States* President Donald Trump")
the name is meant. Neither the speaker nor the state it acts for is its own target
("a threat to South Korea" in South Korea's president's words is about whoever threatens it). In the
tables several targets are written in one cell, joined by `TARGET_SEPARATOR` in the order the article
names them, with their kinds in `target_actor_kind` in the same order ("Russia; North Korea" and
"state; state").
"""
from __future__ import annotations

from spacy.tokens import Token

from .actors import Actor, ActorIndex
from .coref import event_maker
from .lexicons import Lexicon

TARGET_SEPARATOR = "; "


def target_actors(
    cue: Token, phrase: list[Token], objects: list[Token], content: list[Token], actors: ActorIndex,
    speaker: Actor | None, lexicon: Lexicon, speech: bool = True,
) -> list[Actor]:
    """The actors a position is directed at: those its target phrase, the cue's other objects and
    the phrases of its prepositions name ("withdrew the US *from the deal with Iran*"), else (for
    an act) the objects of its manner or purpose clause ("filed a petition, *accusing the network*
of ..."), else the
    first its content names as a subject or object, else the first its content names at all.
    Whom a statement is made to and where (`speech`: the cue is no act) are no targets."""
    own = speaker.affiliation if speaker is not None else ""

    def named(tokens: list[Token]) -> list[Actor]:
        return [a for a in _named_in(tokens, actors, speaker) if a.name != own]

    def named_by_name(tokens: list[Token]) -> list[Actor]:
        # of a name and what modifies it ("*United States* President Donald Trump") the name is
        # meant; a third-person pronoun counts when coreference tied it to another than the speaker,
        # never "me" or "you" ("Tell me about ...": the two sides of an interview)
        kept = [t for t in tokens if _third_person_or_name(t, lexicon) and not _modifies_another_actor(t, actors)]
        return named(kept)[:1]

    target_preps = lexicon.grammar["target_preposition"]
    preps = [
        g for c in cue.children if c.dep_ == "prep" and c.lower_ in target_preps for g in c.children if g.dep_ == "pobj"
    ]
    aimed = [o for o in [*objects, *preps] if not _addressee_or_medium(cue, o, speech, lexicon)]
    phrase = [
        t for t in phrase if not any(t.i in {u.i for u in o.subtree} for o in [*objects, *preps] if o not in aimed)
    ]
    # an act's manner names its target ("filed a petition, accusing the network"); what a statement's speaker
    # goes on to do ("echoed these sentiments, describing the deployment") is a statement of its own
    return (
        named([*phrase, *_object_phrases(aimed)])
        or named(_event_maker(phrase, actors))
        or (named(_object_phrases(_clause_objects(cue))) if not speech else [])
        or named_by_name(_arguments(content))
        or named_by_name(content)
    )


def _addressee_or_medium(cue: Token, token: Token, speech: bool, lexicon: Lexicon) -> bool:
    """Is an object of the cue whom it is said to ("told the Daily Mail") or where it is said
    ("said on Twitter")? Neither is a target (`target_words.csv`)."""
    roles = lexicon.target_words
    if token.dep_ in ("dobj", "dative") and roles.get(cue.lemma_.lower()) == "addressee":
        return True
    return speech and token.dep_ == "pobj" and token.head.head.i == cue.i and roles.get(token.head.lower_) == "medium"


def _object_phrases(objects: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in objects:
        if token.ent_type_ in TIME_ENTITIES:
            continue  # "banned the airline on Monday": a time is no target
        if token.dep_ == "pobj" and token.head.lower_ in DESCRIPTION_PREPS:
            continue  # "described the deployment as an escalation in the Ukraine conflict": what it is called
        cut = {u.i for c in token.children if c.dep_ in ("relcl", "acl", "advcl") for u in c.subtree}
        out += [t for t in token.subtree if t.i not in cut]
    return out


def _event_maker(phrase: list[Token], actors: ActorIndex) -> list[Token]:
    """Who made the event a target phrase refers back to ("The embassy declined *the request*",
    "*The call* was seconded by Merkel"), by `coref.event_maker`."""
    heads = [t for t in phrase if t.head.i == t.i or t.head not in phrase]
    return event_maker(heads[0], actors) if len(heads) == 1 else []


def _clause_objects(cue: Token) -> list[Token]:
    """The objects of an act's manner or purpose clause, when the act names no target itself:
    "filed a petition, *accusing the network* of ...", "sued the company *to stop the merger*"."""
    clauses = [c for c in cue.children if c.dep_ in ("advcl", "xcomp") and c.tag_ in CLAUSE_VERB_TAGS]
    return [o for c in clauses for o in c.children if o.dep_ in ("dobj", "dative")]


CLAUSE_VERB_TAGS = ("VB", "VBG")  # "to leave", "accusing"
TIME_ENTITIES = ("DATE", "TIME")
DESCRIPTION_PREPS = ("as",)
# prepositions of the cue that name whom it is directed at ("withdrew from", "met with", "imposed
# on"), not where or when ("sued Russia at the court", "in Geneva", "after the vote")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "dative")
CLAUSES_CUT = ("relcl", "acl", "advcl", "prep")  # what describes an argument is not the argument


def _arguments(content: list[Token]) -> list[Token]:
    """The subjects and objects of the content's clauses, without what hangs off them."""
    inside = {t.i for t in content}
    out: list[Token] = []
    for token in content:
        if token.dep_ in ARGUMENT_DEPS and token.head.i in inside:
            cut = {u.i for c in token.children if c.dep_ in CLAUSES_CUT for u in c.subtree}
            out += [t for t in token.subtree if t.i not in cut]
    return out


def _third_person_or_name(token: Token, lexicon: Lexicon) -> bool:
    entry = lexicon.coref.pronouns.get(token.lower_) if token.pos_ == "PRON" else None
    return entry is None or entry.person == "third"


MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")  # words inside a noun phrase before its head


def _modifies_another_actor(token: Token, actors: ActorIndex) -> bool:
    """Is `token` part of a modifier of a noun that names another actor: "United States" in
    "United States President Donald Trump", "Iranian" in "Iranian airline Mahan Air"?"""
    own = actors.actor_at(token)
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
        other = actors.actor_at(token)
        if other is not None and other is not own:
            return True
    return False


def _named_in(tokens: list[Token], actors: ActorIndex, speaker: Actor | None) -> list[Actor]:
    found: list[Actor] = []
    for token in sorted(tokens, key=lambda t: t.i):
        actor = actors.actor_at(token)
        if actor is None or actor.kind == "place" or actor is speaker or actor in found:
            continue
        found.append(actor)
    return found


def joined(found: list[Actor]) -> tuple[str, str]:
    """The `target_actor` and `target_actor_kind` cells for a list of actors."""
    return TARGET_SEPARATOR.join(a.name for a in found), TARGET_SEPARATOR.join(a.kind for a in found)
