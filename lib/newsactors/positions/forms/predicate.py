"""Verb and adjective predicates: "Singh stated that ...", "she is wary of the deal", "voters are
confident that ...".

The holder is found by following the parse up to a subject: a passive agent ("the concerns
raised by NATO"), a relative pronoun ("Moscow, which dismissed ..."), a name after the verb
("“...,” said retired surgeon Ben Carson"), or the subject the cue shares with the verb it hangs
from ("..., labeling it a direct threat"; "refrained from denying"; "ended by saying"; "the voters
saying"). A holder may be left unnamed: an agentless passive ("the bill is expected to pass"), a
question's participle ("Asked about the polls, she said ..."), the writer's impression ("the
plan seems to work").
"""
from __future__ import annotations

from spacy.tokens import Token

from ...docs import (
    CLAUSE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    agentless_passive,
    agentless_passive_clause,
    is_passive,
    preposition_objects,
    sentence_bounds,
    shares_passive,
    subject,
)
from ...lexicons import ASKING, COGNITION, IMPRESSION, REPORTING_KINDS, Lexicon
from ..content import reported_content
from ..quotes import Quotes
from ..records import Cue
from ..words import conjuncts, coordinated_cue, governs_what_is_said, hung_subject, is_cue_verb, listed_kind
from .base import CueForm

# Clauses climbed at most to find a subject: "..., labeling it", "warned and criticized".
MAX_CLIMB = 4
# A name placed after its verb ("“...,” said X") follows a quotation within this many words...
INVERTED_QUOTE_LOOKBACK = 2
# ...and stands within this many words after the verb.
INVERTED_NAME_WINDOW = 5
# Complements that give an impression something to be about: "seems *to work*", "appears *calm*".
IMPRESSION_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")


class PredicateForm(CueForm):
    name = "predicate"
    passive_subject_is_object = True
    complement_from_every_word = True

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        heads = _parsed_speaker_heads(cue, lexicon)
        if heads:
            return heads
        lost = _lost_subject(cue) or _hung_subject(cue, lexicon)
        return conjuncts(lost) if lost is not None else []

    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        return reported_content(cue, quotes, lexicon)

    def impression(self, cue: Cue, lexicon: Lexicon) -> bool:
        return listed_kind(cue.head, lexicon) == IMPRESSION

    def unnamed_speaker(self, cue: Cue, lexicon: Lexicon) -> bool:
        """An agentless passive ("the bill is expected to pass", "she was asked about the polls")
        or a question verb's participle opening a sentence ("Asked about the polls, she said
        ..."): the asker is the unnamed reporter."""
        head = cue.head
        if self.impression(cue, lexicon):
            # "appeared on television" gives no impression: one needs something that seems so
            return any(c.dep_ in IMPRESSION_COMPLEMENTS for c in head.children)
        # a sentence's opening participle may be tagged as a past tense: "Asked what it means, she said"
        if head.tag_ != "VBN" and not (head.tag_ == "VBD" and head.dep_ == "advcl"):
            return False
        deps = {c.dep_ for c in head.children}
        if "agent" in deps or _passive_going_on(head) and listed_kind(head, lexicon) == COGNITION:
            return False
        if _known_by_no_one(head, lexicon):
            return False
        if deps & {"auxpass", "nsubjpass"}:
            return True
        # "Initially estimated at 3,000, the increase ..." is no position: only a question is put so
        return head.dep_ == "advcl" and "nsubj" not in deps and listed_kind(head, lexicon) == ASKING

    def may_go_unnamed(self, cue: Cue, lexicon: Lexicon) -> bool:
        """A verb in its clause ("contests known as Super Tuesday"); not a verb of impression with
        nothing that seems so ("appeared on television"), nor a participle opening a sentence
        that puts no question ("Initially estimated at 3,000, the crowd grew")."""
        return (
            not self.impression(cue, lexicon) and cue.head.dep_ != "advcl"
            and not (_passive_going_on(cue.head) and listed_kind(cue.head, lexicon) == COGNITION)
            and not _known_by_no_one(cue.head, lexicon)
        )

    def holder_in_phrase(self, cue: Cue, heads: list[Token]) -> bool:
        return bool(heads) and participle_with_agent(cue.head)


def _parsed_speaker_heads(cue: Cue, lexicon: Lexicon) -> list[Token]:
    verb = cue.head
    if cue.form.impression(cue, lexicon):
        return []  # "the plan seems to work": the writer's impression, about the plan
    for _ in range(MAX_CLIMB):
        holder = subject(verb)
        if holder is not None and holder.tag_ == GERUND_TAG:
            holder = None  # "not only *implying* approval would be required": a gerund the parser took for a subject
        agent = _agent(verb) or (_complement_agent(verb, lexicon) if is_passive(verb) else None)
        if verb.i == cue.head.i and holder is None and is_passive(verb):
            # "who was arrested and *banned* from the election", "was passed and *signed* by the
            # president", "co-founded the party, but *was arrested*": a passive verb that shares
            # its subject has it for what it befalls
            by = agent or (_agent(verb.head) if shares_passive(verb) else None)
            return conjuncts(by) if by is not None else []
        if verb.dep_ in ("acl", "advcl") and agent is not None and holder is None:
            return conjuncts(agent)  # "the concerns raised by NATO", "Asked by a reporter, she said"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and holder is None:
            return [verb.head]  # "the voters saying they want a ban"
        if holder is not None and holder.dep_ == "nsubjpass" and agent is not None:
            return conjuncts(agent)  # "was condemned by the UN"
        if holder is not None and holder.dep_ == "nsubjpass" and verb.i == cue.head.i:
            return []  # "the migrants were blamed": what is blamed, not who blames
        if holder is not None and verb.i == cue.head.i and _quoted_before(holder, verb):
            # "“The only conclusion ... is that ...,” tweeted Ken Gude": the parser took the quotation's
            # first words for the subject; the name after the verb says it
            holder = _inverted_subject(verb) or holder
        if holder is not None:
            return conjuncts(holder)
        if verb.i == cue.head.i and (inverted := _inverted_subject(verb)) is not None:
            return conjuncts(inverted)  # "“...,” said retired neurosurgeon Ben Carson, asked ..."
        if not _shares_subject(verb, cue, lexicon):
            return []
        if (governing := coordinated_cue(verb, lexicon)) is not None:
            verb = governing  # "said his attacks have worked and said ...": the second "said" is the speaker's
            continue
        if (controller := _object_controller(verb)) is not None:
            # a cue makes its object speak ("urged voters to say no"); other verbs put people to
            # acts ("positioned troops to support the attack"), which are no positions
            return conjuncts(controller) if is_cue_verb(verb.head, lexicon) else []
        verb = verb.head
    return []


def _known_by_no_one(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb one of knowing or perceiving (`knowing_verb` in `grammar.csv`) in the passive with
    no one named for it: "the ship was last *known* to be in the Java Sea", "he was *found* under
    rubble", "life has not been *observed* elsewhere", "a species *known* to eat sevengills"? The
    writer tells what is known; no one takes a side. So is a verb of establishing or recording a
    fact (`recording_verb`) told in a passive clause of its own: "the victims *were identified* as
    ...", "he *was pronounced* dead", "the system *is estimated* to be 15 million years old" (a
    participle after its noun, "the gunman, *identified* as John Parker,", weaves a source's word
    into another sentence, and stays). (What is *expected*, *thought* or *seen as* so is a view of
    people left unnamed: "the veto is expected to come before Friday".)"""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.grammar["recording_verb"]:
        return agentless_passive_clause(verb)
    return lemma in lexicon.grammar["knowing_verb"] and agentless_passive(verb)


def _passive_going_on(verb: Token) -> bool:
    """Is the verb a passive joined to another verb, sharing its subject ("the atmosphere was used as
    a control and *was not intended* to ...")? A verb of thought so joined is the writer going on
    about the thing, no one's unnamed view."""
    return verb.dep_ == "conj" and is_passive(verb) and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children)


GERUND_TAG = "VBG"


def _agent(verb: Token) -> Token | None:
    """Who does what a passive verb says: the object of its "by"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _complement_agent(verb: Token, lexicon: Lexicon) -> Token | None:
    """Who does what a passive verb says when the parser hung the "by" on what the verb's
    infinitive makes of its subject: "COVID-19 was announced to be *a pandemic by the WHO*", "was
    declared to *be* unconstitutional *by the court*" (`agent_preposition` in `grammar.csv`)."""
    for complement in (c for c in verb.children if c.dep_ == "xcomp"):
        said = [c for c in complement.children if c.dep_ in COMPLEMENT_NOUN_DEPS]
        if complement.lemma_.lower() in lexicon.grammar["copula"]:
            said.append(complement)  # "to *be* unconstitutional by the court"; not "expected to *pass by* Bermuda"
        found = [o for word in said for o in preposition_objects(word, lexicon.grammar["agent_preposition"])]
        if found:
            return found[0]
    return None


COMPLEMENT_NOUN_DEPS = ("attr", "acomp", "oprd")  # "to be *a pandemic*", "to be *illegal*"


def _lost_subject(cue: Cue) -> Token | None:
    """The subject of a finite verb that the parser hung elsewhere ("The town spent $57 million,
    city council records show"): the name or noun right before the verb, past adverbs and commas."""
    verb = cue.head
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "advcl", "conj", "ccomp"):
        return None
    if any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[sentence_bounds(verb)[0] : verb.i]
    word = next((t for t in reversed(before) if t.pos_ not in ("ADV", "AUX", "PART") and t.text != ","), None)
    if word is None or word.pos_ not in ("NOUN", "PROPN", "PRON") or word.tag_ in ("WP", "WDT"):
        return None
    return None if word.dep_ in SUBJECT_DEPS else word  # another verb's subject


def _hung_subject(cue: Cue, lexicon: Lexicon) -> Token | None:
    """The subject of a verb of speech or thought, or of one that governs a clause or an object,
    that the parser hung on a noun as a participle ("William Conley, a judge, *ordered* last week
    that ...": `words.hung_subject`); a bare participle of any other verb is one ("Smith, a farmer,
    *arrested* in 2019, ...")."""
    verb = cue.head
    if listed_kind(verb, lexicon) not in REPORTING_KINDS and not governs_what_is_said(verb):
        return None
    return hung_subject(verb, lexicon)


def _quoted_before(holder: Token, verb: Token) -> bool:
    """Does a quotation mark stand between the holder and the verb after it: is the holder a word
    of the quotation the verb follows?"""
    return holder.i < verb.i and any(t.is_quote for t in verb.doc[holder.i + 1 : verb.i])


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker named right after a verb placed before it ("“...,” said X", "..., argued the
    government's lawyer"), when the parser hung that name elsewhere: the first name or noun
    after the verb, before any punctuation, that is not the subject of what is said."""
    sent_start, sent_end = sentence_bounds(verb)
    doc = verb.doc
    before = doc[max(sent_start, verb.i - INVERTED_QUOTE_LOOKBACK) : verb.i]
    after_comma = verb.i > sent_start and doc[verb.i - 1].text == "," and verb.dep_ in ("ROOT", "conj")
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not (any(t.is_quote for t in before) or after_comma):
        return None
    for token in doc[verb.i + 1 : min(verb.i + 1 + INVERTED_NAME_WINDOW, sent_end)]:
        if token.is_punct:
            return None
        if token.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("compound", "amod", "poss"):
            if token.dep_ in SUBJECT_DEPS and token.head.i != verb.i:
                return None  # "said immunity cases were afforded": the subject of what is said
            # without quotation marks, only a name that closes the clause is the speaker:
            # "It is not for the Court to opine, argued the government's lawyer, Richard Keen."
            closes = token.i + 1 >= sent_end or doc[token.i + 1].is_punct
            return token if any(t.is_quote for t in before) or closes else None
    return None


def _infinitive(verb: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.grammar["infinitive_marker"] for c in verb.children)


def _object_controller(verb: Token) -> Token | None:
    """The object who does what an infinitive says when the verb above names one: in "urged
    voters to say no" the voters say it, not the one who urges."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _shares_subject(verb: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Does a clause with no subject of its own take that of the clause it hangs from?"""
    cue_words = {t.i for t in cue.tokens}
    sharing_preps = lexicon.grammar["subject_sharing_preposition"]
    if verb.i in cue_words and verb.i != cue.head.i:
        return True  # inside a widened cue: "refrained from denying"
    if verb.dep_ == "conj":
        return True  # "have long warned ... and criticized"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return True  # "..., labeling it a direct threat"
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and _infinitive(verb, lexicon):
        return True  # "chose not to believe it"
    infinitive = verb.tag_ == "VB" and _infinitive(verb, lexicon)
    if verb.dep_ == "advcl" and infinitive and not is_cue_verb(verb.head, lexicon):
        return True  # "came on the show to talk about it" (but "meet them to discuss it" is the meeting's)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return True  # "have begun urging the party"
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":
        return True  # climbing from "to say" to "are more likely"
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in sharing_preps:
        return True  # "followed that by saying" (but "criticized allies for not responding")
    if verb.dep_ == "prep" and verb.lower_ in sharing_preps and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return True  # climbing from "by saying" to "followed", from "in blaming" to "was forceful"
    if verb.dep_ in ("xcomp", "pcomp", "prep"):
        return verb.head.i in cue_words
    return False


def participle_with_agent(verb: Token) -> bool:
    """A participle describing a noun and naming who does it: "the concerns raised by NATO"."""
    return verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)
