"""Third-person pronouns ("he", "she", "they", "it") and the actor each refers to, with the
gender of a person."""
from __future__ import annotations

from spacy.tokens import Token

from ..docs import ADDRESSEE_PREPOSITION, SUBJECT_DEPS, on_platform
from ..kinds import GROUP, ORGANISATION, PERSON, STATE
from .descriptions import sentence_numbers
from .quoted import group_of_phrase
from .tables import APPOSITIVE, IT_REFERENT, NAME, SURNAME, THIRD_PERSON, VARIANT, CorefTables, PronounEntry, fold

# How far back a pronoun looks: the sentences a reader keeps in mind (Citron and the Gender Gap
# Tracker look back about as far); a subject there is preferred to anything nearer.
PRONOUN_WINDOW = 3


def pronoun_antecedent(token: Token, index, entry: PronounEntry, tables: CorefTables, lexicon=None):
    """The actor a third-person pronoun refers to, or None: of the compatible actors in the
    pronoun's sentence and the `PRONOUN_WINDOW` before it, those in its own sentence and subjects
    first, subjects before others, then the nearest. For "it" and "they" a noun that is no actor
    competes too: when it wins, "they" is the group it names if it names people ("residents"),
    and otherwise the pronoun is left unresolved. An interview turn's mark ("((WN))") is no
    antecedent, nor a platform named as where something was said ("via *Twitter*"), nor, of
    "they", a country that is neither a subject nor a possessor ("went to *Australia* and they
    supported me")."""
    if entry.refers_to == IT_REFERENT and not _referring_it(token):
        return None
    doc = token.doc
    sentence = sentence_numbers(doc)
    here = sentence[token.i]
    clause = _own_clause(token)
    own_subject = _clause_subject(token)
    quoting = _quotation_speakers(token, index, lexicon) if lexicon is not None else set()
    speaking = entry.number == "plural" and lexicon is not None and _speaks(token, lexicon)
    partitives = lexicon.grammar["partitive_noun"] if lexicon is not None else ()
    ranked = []
    for i in range(token.i - 1, -1, -1):
        distance = here - sentence[i]
        if distance > PRONOUN_WINDOW:
            break
        if index.in_turn_mark(doc[i]):
            continue  # "((WN)) When did you ...": a turn's label, not a mention "they" could refer to
        actor = index.actor_at(doc[i])
        if actor is not None and lexicon is not None and on_platform(doc[i], lexicon.target_words):
            continue  # "said via *Twitter*: '... they're discussing this'": where it was said, no one who acts
        if actor is None and entry.refers_to != PERSON and _thing(doc[i], entry, distance):
            # "Obama's approval rating remains strong, though it has declined": the nearest
            # subject is no actor, and "it" is that thing; but "they" who say or think something
            # are people ("The researchers used ... where ice sheets had melted, which, they observed")
            if speaking and not _people(doc[i], tables, lexicon):
                continue
            subject = _is_subject(doc[i], partitives)
            ranked.append((distance > 0 and not subject, not subject, -i, None))
            continue
        if actor is not None and actor.kind == PERSON and entry.number == "plural":
            actor = _persons_together(doc[i], index)  # "Shoukry and his counterparts ... They concluded"
        elif entry.number == "plural" and _describes_person(doc[i], index, tables):
            continue  # "The *Italian* foreign minister": an attribute of a person, not a plural referent
        if actor is None or not _compatible(actor, entry, index, tables):
            continue
        candidate = doc[i]
        if (other := tables.pronouns.get(candidate.lower_)) is not None and other.person != THIRD_PERSON:
            continue  # "we will help them": a first or second person is not "them"
        subject = _is_subject(candidate, partitives)
        if entry.number == "plural" and actor.kind == STATE and not subject and candidate.dep_ != "poss":
            continue  # "decided to go to Australia and they supported me": a country named as a place
        if distance == 0 and (i in clause and not subject or lexicon is not None and _spoken_to(candidate, lexicon)):
            continue  # "Speaking to Martin Smith, he said": not the one spoken to, however it is parsed
        if i in own_subject:
            continue  # "Mohr spoke about Blankenship, describing *him*": an object is not its verb's own subject
        if actor.name in quoting:
            continue  # 'Duda said, "I am with him"': who speaks the quotation is not "him" in it
        # "they" for a body with a singular name (a court, a company) is the weaker reading: it
        # comes after the nouns and groups of the pronoun's own sentence
        singular_body = entry.number == "plural" and actor.kind in (ORGANISATION, STATE)
        ranked.append(((distance > 0 or singular_body) and not (subject and distance == 0), not subject, -i, actor))
    # the pronoun's own sentence or a subject first, then the nearest
    if not ranked:
        return _topic_person(token, index, entry, tables, quoting) if quoting else None
    best = min(ranked, key=lambda r: r[:3])
    if best[3] is None and speaking:
        return people_group(doc[-best[2]], index, tables, lexicon)  # "Residents ... They said"
    return best[3]


def _topic_person(token: Token, index, entry: PronounEntry, tables: CorefTables, quoting: set[str]):
    """Whom "he" or "she" in a quotation refers to when no one fits nearer: the person of that
    gender the article has named most often before it, other than who speaks the quotation ('Dunn's
    mother said on TV, "She didn't purposely drive on the other side of the road"': the driver the
    story is about). None when the gender is unknown or two persons are named as often."""
    if entry.refers_to != PERSON or not entry.gender:
        return None
    counts = {}
    for actor in index.actors.values():
        if actor.kind != PERSON or actor.name in quoting or actor_gender(actor, index, tables) != entry.gender:
            continue
        counts[actor.name] = sum(m.start_char < token.idx for m in actor.mentions)
    ranked = sorted(((n, name) for name, n in counts.items() if n), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None
    return index.actors[ranked[0][1]]


def _enclosing_quote(token: Token, lexicon) -> tuple[int, int] | None:
    """The quotation (character span) a token stands in, the article's quotations found once."""
    from ..positions.quotes import article_quotes  # positions read the actors coreference links

    return article_quotes(token.doc, lexicon).containing(token.idx)


def _quotation_speakers(token: Token, index, lexicon) -> set[str]:
    """The names of the actors named as a subject just before the quotation `token` stands in, in its
    paragraph, as its speaker is ("Dunn's mother, Charlotte Charles, said on TV, "..."): as many
    words may stand between as between a quotation and its cue (`MAX_WORDS_BETWEEN`)."""
    from ..positions.quotes import MAX_WORDS_BETWEEN

    quote = _enclosing_quote(token, lexicon)
    if quote is None:
        return set()
    doc, speakers, words = token.doc, set(), 0
    opening = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    for before in reversed(doc[: opening.start] if opening is not None else []):
        if "\n" in before.text or words > MAX_WORDS_BETWEEN:
            break
        words += not before.is_punct
        actor = index.actor_at(before)
        if actor is not None and _is_subject(before):
            speakers.add(actor.name)
    return speakers


def _speaks(pronoun: Token, lexicon) -> bool:
    """Is the pronoun the subject of a listed cue ("they said", "they warned")?"""
    return pronoun.dep_ in SUBJECT_DEPS and lexicon.cue(pronoun.head.lemma_, "VERB") is not None


def _people(noun: Token, tables: CorefTables, lexicon) -> bool:
    """Does a noun name people ("residents", "officers", "researchers")?"""
    lemma = noun.lemma_.lower()
    return tables.names_people(lemma) or lemma in lexicon.groups


def people_group(noun: Token, index, tables: CorefTables, lexicon):
    """The group a plural noun of people names ("residents", "these people", "senior officers"),
    registered as an actor so that "they said" can be it, or a target ("urged *residents* to
    evacuate"); None for a plural of things."""
    if not _people(noun, tables, lexicon):
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i]
    span = noun.doc[words[0].i : noun.i + 1]
    of_phrase = group_of_phrase(noun)  # "Organizers of the rally"
    owner = next(
        (a for t in [*span, *(of_phrase or [])] if (a := index.actor_at(t)) is not None and a.kind != PERSON), None
    )
    return index.group(span, (owner.affiliation or owner.name) if owner is not None else "", of_phrase)


def _thing(token: Token, entry: PronounEntry, distance: int) -> bool:
    """A noun that is no actor and agrees in number with "it" (a singular noun) or "they" (a
    plural one), in the pronoun's sentence or as a subject before it ("take inactive voters off
    the rolls if they did not confirm")."""
    if token.pos_ != "NOUN" or distance > 0 and token.dep_ not in SUBJECT_DEPS:
        return False
    return token.tag_ == ("NNS" if entry.number == "plural" else "NN")


def _referring_it(token: Token) -> bool:
    """"It said", "its decision": an "it" that may stand for an organisation or state, not the
    "it" of "it is possible"."""
    if token.lower_ == "its":
        return True
    head = token.head
    return token.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_ != "be" and not any(
        c.dep_ in ("ccomp", "xcomp") and c.i < token.i for c in head.children
    )


OBJECT_DEPS = ("dobj", "dative")  # "describing *him*", "gave *her* the prize"
SHARED_SUBJECT_DEPS = ("advcl", "xcomp", "conj")  # "Mohr spoke ..., *describing* him": Mohr describes
REFLEXIVE_ENDINGS = ("self", "selves")


def _clause_subject(pronoun: Token) -> set[int]:
    """The words of the subject of the verb whose object the pronoun is, or of the verb that
    shares its subject with it ("Mohr spoke about Blankenship, describing *him*": Mohr): a
    non-reflexive object pronoun never refers to it."""
    if pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_.endswith(REFLEXIVE_ENDINGS):
        return set()  # "he defended *himself*" is its subject
    verb = pronoun.head
    for _ in range(2):  # the verb itself, or the one it shares its subject with
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return {t.i for s in subjects for t in s.subtree}
        if verb.dep_ not in SHARED_SUBJECT_DEPS:
            break
        verb = verb.head
    return set()


def _spoken_to(name: Token, lexicon) -> bool:
    """Is a name whom a verb of speech is addressed to ("Speaking *to* Martin Smith of PBS"), as
    `target_words.csv` marks its hearer?"""
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    preposition = name.head
    return name.dep_ == "pobj" and preposition.lower_ == ADDRESSEE_PREPOSITION \
        and lexicon.target_words.get(preposition.head.lemma_.lower()) == HEARER


HEARER = "hearer"  # the `target_words.csv` role of a verb whose "to" names whom it is said to


def _own_clause(pronoun: Token) -> set[int]:
    """Tokens of the clause whose subject the pronoun is (its verb's subtree)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return set()
    return {t.i for t in pronoun.head.subtree}


def _persons_together(token: Token, index):
    """The group of the persons a coordinated subject names ("Egyptian foreign minister Sameh
    Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, ... gathered"), whom
    "they" may refer to; None for a person named alone, or beside another only as a possessor."""
    subject = token
    while subject.dep_ in ("conj", "appos", "compound") and subject.head != subject:
        subject = subject.head
    if subject.dep_ not in SUBJECT_DEPS or not any(t.dep_ == "cc" for t in subject.subtree):
        return None
    names = []
    for t in subject.subtree:
        actor = index.actor_at(t)
        if actor is not None and actor.kind == PERSON and t.dep_ != "poss" and actor.name not in names:
            names.append(actor.name)
    return index.persons_together(names) if len(names) > 1 else None


def _describes_person(token: Token, index, tables: CorefTables) -> bool:
    """Is the word a state or organisation modifying a person or a noun for one ("The *Italian*
    foreign minister")?"""
    actor = index.actor_at(token)
    if token.dep_ not in ("amod", "compound") or actor is None or actor.kind not in (STATE, ORGANISATION):
        return False
    head = token.head
    owner = index.actor_at(head)
    return owner is not None and owner.kind == PERSON or head.lemma_.lower() in tables.person_nouns


def _is_subject(token: Token, partitives: tuple[str, ...] = ()) -> bool:
    """A name that is, or is inside, the subject of its clause ("Sabrina Singh stated", "Singh's
    office said"), or the whole a partitive subject is part of ("an assembly *of foreign
    ministers* denounced"; `partitive_noun` in `grammar.csv`)."""
    for t in (token, token.head):
        if t.dep_ in SUBJECT_DEPS or (t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS):
            return True
    part = token.head.head if token.dep_ == "pobj" else None
    return part is not None and part.dep_ in SUBJECT_DEPS and part.lemma_.lower() in partitives


def _compatible(actor, entry: PronounEntry, index, tables: CorefTables) -> bool:
    if entry.refers_to == "person":
        if actor.kind != PERSON:
            return False
        gender = actor_gender(actor, index, tables)
        return not gender or not entry.gender or gender == entry.gender
    if entry.refers_to == IT_REFERENT:
        return actor.kind in (ORGANISATION, STATE)
    return actor.kind in (GROUP, ORGANISATION, STATE)  # they: a group, party, organisation, state


def actor_gender(actor, index, tables: CorefTables) -> str:
    """male, female or "" for a person: from a gendered title or word in front of a mention or in
    the role ("Mr Johnson", "Queen Elizabeth II", "Dunn's mother"), else the first name. Found once
    per person and Doc: a pronoun weighs every person before it."""
    genders = index.doc.user_data.setdefault("newsactors_genders", {})
    if actor.name not in genders:
        genders[actor.name] = _gender(actor, index, tables)
    return genders[actor.name]


def _gender(actor, index, tables: CorefTables) -> str:
    doc = index.doc
    for mention in actor.mentions:
        if mention.link not in (NAME, SURNAME, VARIANT, APPOSITIVE):
            continue
        if mention.link == APPOSITIVE and fold(mention.text) in tables.gendered_words:
            return tables.gendered_words[fold(mention.text)]  # "her husband Siarhei": his
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is not None and span.start > 0:
            before = doc[span.start - 1]
            gender = tables.gendered_words.get(before.text) or tables.gendered_words.get(before.lower_)
            if gender:
                return gender
    for word in fold(actor.role).split():
        if word in tables.gendered_words:
            return tables.gendered_words[word]
    first = fold(actor.name).split()
    return tables.first_names.get(first[0], "") if len(first) > 1 else ""

