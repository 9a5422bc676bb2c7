"""Roles and affiliations: what each person is in an article, and whom they act for.

`assign_roles(index, lexicon, names)` reads them from the words around each name:

- a title before it ("Russian Foreign Minister Sergey Lavrov" -> Russian Foreign Minister, Russia;
  "Labour MP (Member of Parliament) Tom Watson"), a person noun there too ("Republican committee
  member Doug Collins");
- a description set beside it, in either order ("Jane Doe, a Labour MP,"; "The mayor of London,
  Sadiq Khan,"; "her husband Jonathan Sacoolas"; "One of South Sudan's Vice Presidents, Rebecca
  Nyandeng De Mabior,"), a noun a naming verb gives the name to ("a university student named
  Wong"), or a relative clause ("Mike Pompeo, who is the secretary of state");
- a post a sentence says the person holds, when no mention gave a role ("al-Muhandis was the
  deputy commander of the PMF");
- a plural role before a list of names, each name with its own nationality when the role lists as
  many ("his Greek, Cypriot and French counterparts, A, B and C"), and a counterpart with the office
  of the one it is the counterpart of ("Greek Foreign Minister");
- the affiliation: the state or organisation highest in the role's phrase ("the director of
  Argentina's Amnesty International" -> Amnesty International), the place of a local office
  ("mayor of London" -> London), a role's own organisation word ("Labour MP", "Police
  spokesman"), an "of" or "for" phrase, a possessor ("Angela Merkel's spokesperson" -> Germany;
  "England's transport secretary, Grant Shapps"; "the Native American Rights Fund's Jacqueline De
  León"), a party's member (`party_member` in `grammar.csv`: "Republican Kevin McCarthy", "a
  Republican, Mark Amodei,"), or a later mention's title that names an organisation of the article
  ("Constitution Party presidential nominee Darrell Castle", after "the party's nominee").

`affiliate_legislators(index)` seats a legislator the article leaves unaffiliated in the one
legislature it names ("MP Penny Sharpe" in a story on the Parliament of New South Wales), and
`affiliate_national_offices(index)` gives a national office the article leaves unaffiliated
("Prime Minister Mateusz Morawiecki" in a story on Poland) the state the headline and lede name
first, and `affiliate_police_ranks(index)` a police rank the one police force the article names.
Titles and their scope are in `data/lexicons/titles.csv`; person nouns are coreferee's.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from . import coref
from .cameo import actor_agent, agent_noun
from .coref import fold
from .docs import NAMING_DEPS, PASSIVE_PARTICIPLE_TAG, SUBJECT_DEPS, TITLE_SPANS, sentence_bounds
from .kinds import NOT_ACTORS, ORGANISATION, PERSON, STATE
from .lexicons import Lexicon

if TYPE_CHECKING:
    from .actors import ActorIndex

# Words that join a title's parts ("Ambassador to Germany", "Secretary of State"); never its edge.
ROLE_CONNECTORS = ("of", "the", "to", "for")
TITLE_COMPLEMENT = 6  # the most words a title's own phrase runs on before the name it introduces
PLURAL_ENDING = "s"  # "Vice Presidents": a title of several holders


_LOWER_TITLES: dict[int, frozenset[str]] = {}


def lower_titles(lexicon: Lexicon) -> frozenset[str]:
    """The titles in lower case, once per lexicon (a Lexicon holds dicts: it cannot be hashed)."""
    if id(lexicon.titles) not in _LOWER_TITLES:
        _LOWER_TITLES[id(lexicon.titles)] = frozenset(t.lower() for t in lexicon.titles)
    return _LOWER_TITLES[id(lexicon.titles)]


def place_names(doc: Doc) -> frozenset[str]:
    """The names of the places the model found, once per Doc."""
    if "newsactors_place_names" not in doc.user_data:
        doc.user_data["newsactors_place_names"] = frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "LOC"))
    return doc.user_data["newsactors_place_names"]


def assign_roles(index: ActorIndex, lexicon: Lexicon, names: list[Span]) -> None:
    """Roles and affiliations of the persons, from the words around each of their `names`."""
    doc = index.doc
    title_tokens = {t.i for span in doc.spans.get(TITLE_SPANS, []) for t in span}
    _distribute_roles(index, lexicon)
    for ent in names:
        actor = index.actor_at(ent[-1])
        if actor is None or actor.kind != PERSON:
            continue
        if actor.role:  # a role a list gave ("Senators ..., David Perdue of Georgia"): its own "of" says whose
            # or an earlier mention did, and this one's title names whose ("Constitution Party presidential nominee")
            actor.affiliation = actor.affiliation or _of_phrase(ent, index) \
                or _titled_by_actor(ent, index, lexicon, title_tokens)
            continue
        found = [
            f for f in (
                _title_before(ent, index, lexicon, title_tokens),
                _appositive(ent, index, lexicon),
                _described_by(ent, index, lexicon),
                _named_role(ent, index, lexicon),
                _relative_role(ent, index, lexicon),
            ) if f
        ]
        # "Ex-Prime Minister Donald Tusk, the current President of the European Council": both roles
        actor.role = "; ".join(dict.fromkeys(role for role, _ in found))
        affiliation = next((a for _, a in found if a), "") or _of_phrase(ent, index) or _possessor(ent, index) \
            or _party_before(ent, lexicon)
        actor.affiliation = actor.affiliation or affiliation
    _roles_through_relations(index, lexicon)
    _roles_predicated(index, lexicon, names)
    # "U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken": a conjunct
    # titled but with no affiliation shares that of the person it is coordinated with; not a name
    # listed bare, whose role another sentence gave ("a meeting between Zelensky and Trump")
    def titled(token: Token) -> bool:
        start = next((e.start for e in doc.ents if e.start <= token.i < e.end), token.i)
        return start > 0 and start - 1 in title_tokens

    for ent in doc.ents:
        actor = index.actor_at(ent[0]) if ent.label_ == "PERSON" else None
        if actor is None or actor.affiliation or not actor.role:
            continue
        head = ent.root
        if head.dep_ == "conj" and titled(head):
            other = index.actor_at(head.head)
            if other is not None and other.kind == PERSON:
                actor.affiliation = other.affiliation


def _distribute_roles(index: ActorIndex, lexicon: Lexicon) -> None:
    """A plural role before a list of names is each one's: "only two presidents have been
    impeached: Andrew Johnson and Bill Clinton"; with as many nationalities as names ("his Greek,
    Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian")
    each name takes its own, in order. The role may stand right before the first name ("met
    *officers* Antoine Quirin and Nicolas Redouane", "issued by *Representatives* Eliot Engel, Adam
    Schiff, and Elijah Cummings")."""
    doc = index.doc
    for noun in doc:
        singular = _plural_role(noun, lexicon)
        if not singular:
            continue
        names = _listed_names(noun, index)
        if len(names) < 2:
            continue
        adjectives = sorted(
            (a for c in noun.children if c.dep_ == "amod" and c.i < noun.i for a in (c, *c.conjuncts)),
            key=lambda a: a.i,
        )
        states = [lexicon.lookup(a.text) for a in adjectives]
        paired = len(states) == len(names) and all(p is not None and p.kind not in NOT_ACTORS for p in states)
        for number, name in enumerate(names):
            actor = index.actor_at(name)
            if actor is None or actor.kind != PERSON or actor.role or _titled_apart(actor, noun, index, lexicon):
                continue
            if paired:
                actor.role = f"{adjectives[number].text} {singular}"
                actor.affiliation = actor.affiliation or lexicon.affiliation_of(states[number])
            elif not adjectives:
                # "police officers" -> police officer: the noun's compound words stay in the role
                compounds = [c.text for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
                actor.role = " ".join([*compounds, singular])


def _roles_through_relations(index: ActorIndex, lexicon: Lexicon) -> None:
    """A role a `relation` noun of `titles.csv` gave a listed name is the role of the noun's
    possessor, without the possessor's own state: "Egyptian foreign minister Sameh Shoukry and *his*
    Greek, Cypriot and French *counterparts*, Nikos Dendias, ..." makes Dendias the Greek foreign
    minister. Read once every name has its own role; "his" is then the person named last before it
    in its sentence (pronouns are linked later)."""
    for possessor in index.doc:
        noun = possessor.head
        if possessor.dep_ != "poss" or lexicon.titles.get(_plural_role(noun, lexicon)) != "relation":
            continue
        before = reversed(noun.doc[noun.sent.start : possessor.i + 1])
        owner = next((a for t in before if (a := index.actor_at(t)) is not None and a.kind == PERSON), None)
        if owner is None or not owner.role:
            continue
        office = " ".join(w for w in owner.role.split() if lexicon.lookup(w) is None)
        for name in _listed_names(noun, index):
            actor = index.actor_at(name)
            singular = _plural_role(noun, lexicon)
            if office and actor is not None and actor is not owner and actor.role.endswith(singular):
                actor.role = actor.role[: -len(singular)] + office


def _titled_apart(actor, noun: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Has a listed person a title of their own right before one of their names ("Senators Kamala
    Harris, ..., and Keisha Lance Bottoms" after "Atlanta's Democratic *mayor* Keisha Lance
    Bottoms")?"""
    doc = index.doc
    titled = {span.end for span in doc.spans.get(TITLE_SPANS, [])}
    for mention in actor.mentions:
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None or span.start == 0 or span.start - 1 == noun.i:
            continue
        if span.start in titled or doc[span.start - 1].lower_ in lower_titles(lexicon):
            return True
    return False


def _plural_role(noun: Token, lexicon: Lexicon) -> str:
    """The singular of a plural role noun ("officers" -> officer, "Representatives" ->
    Representative, which the tagger may take for a name), or ""."""
    if noun.tag_ == "NNS" and _role_noun(noun, lexicon):
        return noun.lemma_
    if noun.tag_ == "NNPS" or noun.tag_ == "NNP":
        return noun.text[: -len(PLURAL_ENDING)] if _title_plural(noun.lower_, lexicon) else ""
    return ""


def _title_plural(words: str, lexicon: Lexicon) -> bool:
    """Are lower-case words the plural of a title: "representatives", "vice presidents"?"""
    return words.endswith(PLURAL_ENDING) and words[: -len(PLURAL_ENDING)] in lower_titles(lexicon)


def _listed_names(noun: Token, index: ActorIndex) -> list[Token]:
    """The heads of the names listed for a plural noun: set after it with a comma, or in
    apposition to it (a person's name the model tagged as something else counts: "two police
    officers, Antoine Quirin and ...")."""
    doc = noun.doc

    def person(token: Token) -> bool:
        actor = index.actor_at(token)
        return token.ent_type_ == "PERSON" or actor is not None and actor.kind == PERSON

    head = next((c for c in noun.children if c.dep_ == "appos" and person(c)), None)
    if head is None and noun.dep_ == "compound" and person(noun.head):
        head = noun.head  # "officers Antoine Quirin and Nicolas Redouane"
    if head is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and person(doc[noun.i + 2]):
        first = doc[noun.i + 2]
        head = first.head if first.dep_ == "compound" else first
    if head is None:
        return []
    return sorted([head, *head.conjuncts], key=lambda t: t.i)


def _titled_by_actor(ent: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> str:
    """The affiliation a title before a name gives when a state or organisation of the article is
    named in it; not a word the title only holds ("Republican President", "Voice actor")."""
    titled = _title_before(ent, index, lexicon, title_tokens)
    before = ent.doc[max(ent.sent.start, ent.start - TITLE_COMPLEMENT) : ent.start]
    named = any((a := index.actor_at(t)) is not None and a.kind in (STATE, ORGANISATION) for t in before)
    return titled[1] if titled and named else ""


def _title_before(ent: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> tuple[str, str] | None:
    """Role and affiliation from the words before a name.

    "Russian Foreign Minister Sergey Lavrov" -> ("Russian Foreign Minister", "Russia"): the role is
    the title as the article writes it, the affiliation the state or organisation it names.
    """
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start and _premodifier(doc[start - 1], title_tokens, lexicon):
        start -= 1
    start = _hyphenated_from(doc, start, ent.sent.start, lexicon)
    if start == ent.start and start > 1 and doc[start - 1].text == ")":
        # "Labour MP (Member of Parliament) Tom Watson": the title before the gloss
        # (the parser may end a sentence at the closing bracket)
        before = doc[max(0, start - 1 - TITLE_COMPLEMENT) : start - 1]
        opening = next((t.i for t in reversed(before) if t.text == "("), None)
        if opening is not None:
            start = opening
            while start > doc[opening].sent.start and _premodifier(doc[start - 1], title_tokens, lexicon):
                start -= 1
            glossed = doc[start:opening]
            return _title_before(doc[opening:ent.end], index, lexicon, title_tokens) if not len(glossed) else \
                _role_of(glossed, index, lexicon, title_tokens)
    prefix = doc[start : ent.start]
    return _role_of(prefix, index, lexicon, title_tokens)


def _spaced_title(role: str, lexicon: Lexicon) -> str:
    """A role whose hyphens only join a title's words or a premodifier to it, with spaces, as the
    titles are listed: "then-prime-minister" -> "then prime minister", "then-President" -> "then
    President"; "Secretary-General" (listed so) and "Co-founder" stay as written."""
    words = []
    for word in role.split(" "):
        parts = re.split("[" + re.escape("".join(lexicon.name_hyphens)) + "]", word)
        spaced = " ".join(parts).lower()
        if len(parts) > 1 and word.lower() not in lower_titles(lexicon) and (
            spaced in lower_titles(lexicon) or parts[0].lower() in lexicon.grammar["title_premodifier"]
        ):
            word = " ".join(parts)
        words.append(word)
    return " ".join(words)


def _hyphenated_from(doc: Doc, start: int, floor: int, lexicon: Lexicon) -> int:
    """Where a title phrase starting at `start` starts, with the words a hyphen glues to its first
    one: "*Co*-founder", "*51-year*-old sergeant" (a title is not cut inside a hyphenated word)."""
    hyphens = lexicon.name_hyphens
    while start > floor and start < len(doc) and (doc[start].text in hyphens or doc[start - 1].text in hyphens) \
            and not doc[start - 1].whitespace_:
        start -= 1
    return start


def _role_of(prefix: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> tuple[str, str] | None:
    """Role and affiliation from the title phrase in front of a name."""
    doc = prefix.doc
    if not any(t.i in title_tokens for t in prefix) and not (
        len(prefix) and (prefix[-1].pos_ == "NOUN" and prefix[-1].lower_ in lexicon.coref.person_nouns
                         or prefix[-1].lower_ in lower_titles(lexicon))
    ):
        return None  # a title, or a noun naming what the person is: "Republican committee member Doug Collins"
    role_words, affiliation = [], ""
    for token in prefix:
        actor = index.actor_at(token)
        place = lexicon.lookup(token.text) if actor is None and token.ent_type_ == "PERSON" else None
        if actor is not None and actor.kind in (STATE, ORGANISATION):
            affiliation = affiliation or actor.affiliation or actor.name  # "Russian"; Pentagon -> United States
        elif place is not None and place.kind not in NOT_ACTORS:
            affiliation = affiliation or lexicon.affiliation_of(place)  # a state glued to the name
        elif actor is not None and actor.kind == PERSON and token.dep_ == "poss":
            affiliation = affiliation or actor.affiliation  # "Angela Merkel's spokesperson"
        if token.i in title_tokens and lexicon.titles.get(_title_text(token, doc)) == "honorific":
            continue
        if token.dep_ == "det" and token.i not in title_tokens:
            continue  # "the Pentagon spokesperson": but "Ambassador to the United Nations" keeps its "the"
        role_words.append(token)
    while role_words and role_words[0].lower_ in ROLE_CONNECTORS:
        role_words.pop(0)  # "the request of Prime Minister Boris Johnson": the role is "Prime Minister"
    role = _spaced_title(_join(role_words), lexicon)
    affiliation = _local_place(list(prefix), lexicon) or affiliation or _place_named(prefix, lexicon) \
        or _own_organisation(list(prefix), index, lexicon, title_tokens)
    return (role, affiliation) if role else None


def _own_organisation(
    words: list[Token], index: ActorIndex, lexicon: Lexicon, title_tokens: set[int] = frozenset()
) -> str:
    """The organisation a role's own words name when no actor does: "Labour MP", "ABS-CBN CEO",
    "Police spokesman", "Democratic committee chairman" (a party adjective is no state's demonym);
    not a prefix ("Ex-Prime Minister")."""
    run: list[Token] = []
    title_tokens = {*title_tokens, *_in_lower_titles(words, lexicon)}  # "Prime minister": a title all the same
    for token in words:
        joins = token.text in lexicon.name_hyphens and run and not token.whitespace_ and not run[-1].whitespace_
        # a party the model tagged, or a capitalised name or noun ("Labour MP", "Police spokesman")
        named = token.ent_type_ == "NORP" or token.pos_ in ("PROPN", "NOUN") and (token.is_title or token.is_upper) \
            and not _capital_of_sentence(token, lexicon)
        if joins or named and token.i not in title_tokens and index.actor_at(token) is None \
                and lexicon.lookup(token.text) is None and token.lower_ not in lower_titles(lexicon) \
                and token.lower_ not in lexicon.grammar["title_premodifier"]:
            run.append(token)
        elif run or _title_ends(token, title_tokens, lexicon):
            break  # whom a role is for comes before it: "Council spokesperson *Barend* Leyts" is a name
    if run and run[-1].text in lexicon.name_hyphens:
        return ""  # "Ex-" in "Ex-Prime Minister"
    return _join(run)


def _title_ends(token: Token, title_tokens: set[int], lexicon: Lexicon) -> bool:
    """Is a word a title no "of" or "for" phrase goes on from ("Council *spokesperson* Barend";
    not "First *Minister* of Scotland")?"""
    doc = token.doc
    titled = token.i in title_tokens or token.lower_ in lower_titles(lexicon)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return titled and not (after is not None and (after.lower_ in ROLE_CONNECTORS or after.i in title_tokens))


def _capital_of_sentence(token: Token, lexicon: Lexicon) -> bool:
    """Is a word capitalised only because it opens its sentence, no name the model found
    ("*Fashion* designer Mary Quant", "*Company* meteorologist Evan Duffey"; a party's or a
    group's word may still name whom the role is for: "*Labour* MP", "*Police* spokesman")?"""
    start, end = sentence_bounds(token)
    first = next((t for t in token.doc[start:end] if not t.is_punct), token)
    return token.i == first.i and not token.ent_type_ and not token.is_upper \
        and token.lower_ not in lexicon.groups and not _party_word(token, lexicon)


def _in_lower_titles(words: list[Token], lexicon: Lexicon) -> set[int]:
    """The tokens of a title of two words or more, whatever its capitals ("Prime minister"); a
    title of one word is compared lower-cased where it is read."""
    titles = lower_titles(lexicon)
    longest = max((len(t.split()) for t in titles), default=0)
    inside: set[int] = set()
    for start in range(len(words)):
        for size in range(min(longest, len(words) - start), 1, -1):
            phrase = " ".join(t.lower_ for t in words[start : start + size])
            if phrase in titles or _title_plural(phrase, lexicon):
                inside.update(t.i for t in words[start : start + size])
                break
    return inside


def _place_named(tokens, lexicon: Lexicon) -> str:
    """A place a role names when no state or organisation does: "mayor of London" -> London, "New
    Hampshire state representative" -> New Hampshire."""
    places = place_names(tokens[0].doc) if len(tokens) else frozenset()

    def named(token: Token) -> bool:
        if token.ent_iob_ == "B" and token.ent_type_ == "LOC":  # "South Sudan's", which the model may take for a region
            return (place := lexicon.lookup(_entity_text(token, tokens, lexicon))) is not None and place.kind == STATE
        return token.ent_type_ == "GPE" and token.ent_iob_ == "B" or token.text in places

    return next((_entity_text(t, tokens, lexicon) for t in tokens if named(t)), "")


def _entity_text(token: Token, words, lexicon: Lexicon) -> str:
    """The whole entity a token opens, as far as it runs among `words` and up to a title ("New" ->
    "New Hampshire"; not what the model ran into it: "mayor of Koszalin *Piotr Jedlinski*",
    "Melbourne *Lord Mayor* candidate")."""
    inside = {t.i for t in words}
    title_starts = {title.split()[0] for title in lower_titles(lexicon)}
    end = token.i + 1
    while token.ent_iob_ == "B" and end in inside and token.doc[end].ent_iob_ == "I" \
            and token.doc[end].lower_ not in title_starts:
        end += 1
    return token.doc[token.i : end].text


def _described_by(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from a description set before the name: "The mayor of London, Sadiq Khan," and
    "Angela Merkel's spokesperson, Steffen Seibert," -> ("mayor of London", London)."""
    description = coref.description_before(ent, lambda t: _role_noun(t, lexicon) or _plural_role(t, lexicon), lexicon)
    if description is None:
        return None
    possessor = {t.i for c in description.children if c.dep_ == "poss" for t in c.subtree}
    phrase = [t for t in description.subtree if t.i < ent.start and t.i not in {n.i for n in ent.root.subtree}]
    words = [t for t in phrase if t.i not in possessor and not t.is_punct]
    while words and (words[0].dep_ == "det" or words[0].lower_ in ROLE_CONNECTORS):
        words.pop(0)
    affiliation = _local_place(words, lexicon) or _phrase_affiliation(phrase, description, index, lexicon, possessor)
    affiliation = (
        affiliation or _place_named(words, lexicon) or _own_organisation(words, index, lexicon)
        or _for_whom(words, description)
        # "England's transport secretary, Grant Shapps"
        or _place_named([t for t in phrase if t.i in possessor], lexicon)
    )
    role = _singular_role(words, description, lexicon) if coref.partitive_of(description, lexicon) else _join(words)
    return role, affiliation


def _singular_role(words: list[Token], noun: Token, lexicon: Lexicon) -> str:
    """A role phrase as written, its plural head noun made singular: one person named of several
    ("One of South Sudan's *Vice Presidents*, Rebecca Nyandeng De Mabior" is a Vice President)."""
    singular = _plural_role(noun, lexicon)
    if not singular or not words or words[-1].i != noun.i:
        return _join(words)
    return " ".join(filter(None, (_join(words[:-1]), singular)))


def _named_role(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from the noun a naming verb gives the name to: "a university student *named* Wong",
    "a pastor *called* John Smith" (`naming_verb` in `grammar.csv`)."""
    verb = ent.root.head
    noun = verb.head
    if ent.root.dep_ not in NAMING_DEPS or verb.dep_ != "acl" \
            or verb.lemma_.lower() not in lexicon.grammar["naming_verb"] or not _role_noun(noun, lexicon):
        return None
    phrase = [t for t in noun.subtree if t.i < verb.i and not t.is_punct]
    words = [t for t in phrase if t.dep_ != "det"]
    affiliation = _local_place(words, lexicon) or _phrase_affiliation(phrase, noun, index, lexicon) \
        or _place_named(words, lexicon)
    return _join(words), affiliation


def _for_whom(words: list[Token], head: Token) -> str:
    """Whom a role is for when no actor is named: "spokesperson for provincial governor" ->
    "provincial governor"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            objects = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
            return _join([t for t in objects if t.dep_ != "det" and t in words])
    return ""


def _phrase_affiliation(
    phrase: list[Token], head: Token, index: ActorIndex, lexicon: Lexicon, possessor: set[int] = frozenset()
) -> str:
    """The state or organisation a role phrase is for: the one highest in its parse, so that "the
    director of Argentina's Amnesty International" is for Amnesty International, not Argentina; else
    the affiliation of a person whose role it is ("Angela Merkel's spokesperson")."""
    def depth(token: Token) -> int:
        steps = 0
        while token.i != head.i and token.head.i != token.i and steps < len(phrase):
            token, steps = token.head, steps + 1
        return steps
    found = [
        (depth(t), t.i, actor.affiliation or actor.name) for t in phrase
        if (actor := index.actor_at(t)) is not None and actor.kind in (STATE, ORGANISATION)
    ]
    if found:
        return min(found)[2]
    for token in phrase:
        if token.i not in possessor or token.dep_ != "poss":
            continue
        owner = index.actor_at(token)
        if owner is not None:
            return owner.affiliation or owner.name  # "Mahan's director" (an airline the model took for a person)
        if token.lemma_.lower() in lexicon.groups:
            return token.text  # "the government's lawyer"
    return ""



def _local_place(words: list[Token], lexicon: Lexicon) -> str:
    """The place a local office is for, as written: "mayor of London" -> London (not the United
    Kingdom its capital stands for); "mayor of Polish city of Gdańsk" -> Gdańsk."""
    offices = lexicon.coref.local_offices
    if not any(t.lower_ in offices for t in words):
        return ""
    glosses = _place_glosses(words)
    places = [t for t in words if t.ent_type_ == "GPE" and t.ent_iob_ == "B" and t.i not in glosses]
    return _entity_text(places[-1], words, lexicon) if places else ""


def _place_glosses(words: list[Token]) -> set[int]:
    """The tokens of a place set beside another to say where it is: "mayor of Seoul, *South
    Korea*" (the office is Seoul's)."""
    return {
        t.i for word in words if word.dep_ == "appos" and word.ent_type_ == "GPE" and word.head.ent_type_ == "GPE"
        for t in word.subtree
    }


def _relative_role(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from a relative clause saying what the person is: "Mike Pompeo, who is the secretary of
    state"."""
    doc = ent.doc
    after = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if after >= len(doc) or doc[after].lower_ != "who":
        return None
    # the parser may hang the clause on a word before the name ("disagreements with Mike Pompeo who is")
    clause = doc[after].head
    predicate = _predicate(clause, lexicon) if clause.dep_ == "relcl" else None
    return _predicated_role(predicate, index) if predicate is not None and _role_noun(predicate, lexicon) else None


def _roles_predicated(index: ActorIndex, lexicon: Lexicon, names: list[Span]) -> None:
    """A person no mention gave a role takes the one a sentence says they hold, an office or a post
    someone's or something's: "al-Muhandis was the deputy commander of the PMF", "Giuliani was
    serving as Trump's personal lawyer" (`serving_verb` in `grammar.csv`), "Pelosi resumed the
    office of Speaker of the House" (`holding_verb`, `post_noun`); not a judgement ("Harris is the
    best person")."""
    for ent in names:
        actor = index.actor_at(ent[-1])
        if actor is None or actor.kind != PERSON or actor.role or ent.root.dep_ != "nsubj":
            continue
        predicate = _predicate(ent.root.head, lexicon)
        if predicate is None or not _held_post(predicate, index, lexicon):
            continue
        actor.role, affiliation = _predicated_role(predicate, index)
        actor.affiliation = actor.affiliation or affiliation


def _held_post(noun: Token, index: ActorIndex, lexicon: Lexicon) -> bool:
    """Is a noun a post: a title ("the deputy commander"), or a person noun with its holder's
    possessor or an organisation of its own ("Trump's personal lawyer", "professor at the University
    of Calgary")?"""
    if noun.lemma_.lower() in lower_titles(lexicon):
        return True
    if noun.lemma_.lower() not in lexicon.coref.person_nouns:
        return False
    return any(c.dep_ == "poss" for c in noun.children) or any(
        (a := index.actor_at(t)) is not None and a.kind in (STATE, ORGANISATION) for t in noun.subtree
    )


def _predicated_role(predicate: Token, index: ActorIndex) -> tuple[str, str]:
    """The role a predicate noun names, as written, and the state or organisation in it."""
    aside = {t.i for d in predicate.subtree if d.dep_ in ASIDE_DEPS and d.i != predicate.i for t in d.subtree}
    # not what the phrase adds about its organisation: "..., an Iranian-backed militia"
    words = [t for t in predicate.subtree if not (t.is_punct or t.is_space) and t.i not in aside]
    while words and (words[0].dep_ in ("det", "poss", "case") or words[0].lower_ in ROLE_CONNECTORS):
        words.pop(0)
    affiliation = next(
        (
            a.affiliation or a.name
            for t in predicate.subtree
            if t.i not in aside and (a := index.actor_at(t)) is not None and a.kind in (STATE, ORGANISATION)
        ),
        "",
    )
    return _join(words), affiliation


# what a role phrase adds about its organisation, or another post it lists ("veterinarian and farmer, a
# Master of ..."), not the role
ASIDE_DEPS = ("appos", "relcl", "acl", "conj", "cc")


def _predicate(clause: Token, lexicon: Lexicon) -> Token | None:
    """What a clause says its subject is: the noun after "be", after "as" of a serving verb, or the
    post a holding verb's object names ("held the post *of Speaker*")."""
    lemma = clause.lemma_.lower()
    if lemma in lexicon.grammar["copula"]:
        return next((c for c in clause.children if c.dep_ == "attr"), None)
    if lemma in lexicon.grammar["serving_verb"]:
        preposition = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
    if lemma in lexicon.grammar["holding_verb"]:
        # "resumed the office of Speaker of the House", "who held the post of Speaker"
        posts = lexicon.grammar["post_noun"]
        post = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in posts), None)
        preposition = next((c for c in post.children if c.dep_ == "prep" and c.lower_ == "of"), None) if post else None
        return next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
    return None


def _role_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun that names what a person is: a title, a person noun ("member", "nurse", "wife") or a
    party's member ("a Republican, Mark Amodei,")."""
    word = token.lemma_.lower()
    return word in lower_titles(lexicon) or word in lexicon.coref.person_nouns or word in lexicon.groups \
        or _party_word(token, lexicon)


def _party_word(token: Token, lexicon: Lexicon) -> bool:
    """A word for a party's member (`party_member` in `grammar.csv`): "Republican", "Labour"; not
    a demonym ("Russian") or a faith ("Muslim")."""
    return token.is_title and token.lower_ in lexicon.grammar["party_member"]


def _party_before(ent: Span, lexicon: Lexicon) -> str:
    """The party a bare party word right before a name gives ("Republican Kevin McCarthy"), when no
    title stands there."""
    word = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    before_name = word is not None and word.head.i in range(ent.start, ent.end)
    return word.text if before_name and _party_word(word, lexicon) else ""


def _possessor(ent: Span, index: ActorIndex) -> str:
    """Affiliation from a possessor before a name: "the Native American Rights Fund's Jacqueline De
    León"."""
    for child in ent.root.children:
        actor = index.actor_at(child) if child.dep_ == "poss" and child.i < ent.start else None
        if actor is not None and actor.kind in (STATE, ORGANISATION):
            return actor.affiliation or actor.name
    return ""


def _of_phrase(ent: Span, index: ActorIndex) -> str:
    """Affiliation from "of" after a name: "Yvette Cooper of the Labour Party"."""
    for child in ent.root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                actor = index.actor_at(pobj)
                if actor is not None and actor.kind in (STATE, ORGANISATION):
                    return actor.affiliation or actor.name
    return ""


LEGISLATURE = "LEG"  # the CAMEO agent type of a legislature and its members


def affiliate_legislators(index: ActorIndex) -> None:
    """A legislator the article gives no affiliation ("MP Penny Sharpe", "Senator ...": a role
    whose CAMEO agent type is LEG) sits in the legislature the article names ("the Parliament of
    New South Wales"), when it names one only: of a Senate and a House, which one is unsaid."""
    bodies = [a for a in index.actors.values() if a.kind == ORGANISATION and _legislature(a.name)]
    # "Parliament" in a story on "the Parliament of New South Wales" is that parliament
    words = {a.name: set(fold(a.name).split()) for a in bodies}
    distinct = [a for a in bodies if not any(words[a.name] < words[b.name] for b in bodies)]
    if len(distinct) != 1:
        return
    for actor in index.actors.values():
        if actor.kind == PERSON and actor.role and not actor.affiliation \
                and actor_agent(actor.name, actor.kind, actor.role) == LEGISLATURE:
            actor.affiliation = distinct[0].name


def _legislature(name: str) -> bool:
    """Is an organisation's name a legislature's ("Parliament of New South Wales", "House of
    Representatives"), not a body named after legislatures ("National Conference of State
    Legislatures", whose LEG noun lies in its "of" phrase)?"""
    noun, agent = agent_noun(name)
    head, _, of_phrase = fold(name).partition(" of ")
    return agent == LEGISLATURE and not (noun in of_phrase and noun not in head)


def affiliate_national_offices(index: ActorIndex) -> None:
    """A national office the article gives no affiliation ("Prime Minister Mateusz Morawiecki" in a
    story on Poland) is held for the state the article is most about."""
    main = coref.article_state(index)
    if main is not None:
        _affiliate_holders(index, index.lexicon.coref.national_offices, main.name)


def affiliate_police_ranks(index: ActorIndex) -> None:
    """A police rank the article gives no affiliation ("Detective Inspector Steven Jones" in a story
    that names Thames Valley Police) is held in the one police force the article names: the one
    organisation whose name holds the word "police" (`scope=police` in `titles.csv`)."""
    forces = [
        a for a in index.actors.values()
        if a.kind == ORGANISATION and coref.POLICE in fold(a.name).split()
    ]
    if len(forces) == 1:
        _affiliate_holders(index, index.lexicon.coref.police_offices, forces[0].name)


def _affiliate_holders(index: ActorIndex, offices: frozenset[str], affiliation: str) -> None:
    """Give `affiliation` to each person of the article with no affiliation whose role holds one of
    `offices` as whole words."""
    for actor in index.actors.values():
        if actor.kind == PERSON and actor.role and not actor.affiliation:
            role = fold(actor.role)
            if any(re.search(rf"\b{re.escape(fold(office))}\b", role) for office in offices):
                actor.affiliation = affiliation


def _title_text(token: Token, doc: Doc) -> str:
    for span in doc.spans.get(TITLE_SPANS, []):
        if span.start <= token.i < span.end:
            return span.text
    return token.text


def _premodifier(token: Token, title_tokens: set[int], lexicon: Lexicon) -> bool:
    """Is this word part of the title phrase in front of a name?"""
    if token.i in title_tokens or token.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if token.dep_ == "case" and token.head.ent_type_ in ("ORG", "GPE", "NORP"):
        return True  # "Northamptonshire's chief constable Nick Adderley"
    if token.text in lexicon.name_hyphens or token.lower_ in lexicon.grammar["title_premodifier"] \
            or token.lower_ in ROLE_CONNECTORS:
        return True
    return (
        (token.pos_ in ("PROPN", "NOUN", "ADJ") or token.tag_ == PASSIVE_PARTICIPLE_TAG and token.dep_ == "amod")
        # "Wikinews *accredited* reporter"
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i >= token.i
    )


def _appositive(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from an appositive: "Jane Doe, a Labour MP, said" -> ("Labour MP", Labour's affiliation)."""
    appositions = [c for c in ent.root.children if c.dep_ == "appos"] or _unattached_apposition(ent, lexicon)
    for child in appositions:
        if child.ent_type_ == "PERSON":
            continue
        clauses = {t.i for c in child.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        clauses |= _place_glosses(list(child.subtree))
        phrase = [
            t for t in child.subtree
            if t.dep_ not in ("det", "punct", "nummod", "predet") and t.i > ent.root.i and t.i not in clauses
            and not (t.dep_ == "advmod" and t.head.i == child.i)
        ]
        if not any(_role_noun(t, lexicon) for t in phrase if t.pos_ in ("NOUN", "PROPN")):
            continue
        affiliation = (
            _local_place(phrase, lexicon)
            or _phrase_affiliation(phrase, child, index, lexicon)
            or _for_whom(phrase, child)
        )
        return _join(phrase), affiliation
    return None


def _unattached_apposition(ent: Span, lexicon: Lexicon) -> list[Token]:
    """A description set off by commas right after a name that the parser made a second subject
    of the verb, not the name's apposition: "*Park Won-soon*, the *mayor* of Seoul, was found dead"
    (the model may split a hyphenated name and hang its parts apart)."""
    doc = ent.doc
    start = ent.end + 1
    if start >= len(doc) or doc[ent.end].text != "," or doc[start].dep_ != "det":
        return []
    noun = doc[start].head
    if noun.i < start or noun.pos_ != "NOUN" or noun.dep_ not in SUBJECT_DEPS or not _role_noun(noun, lexicon):
        return []
    # the verb the description is subject of comes after it, and the description ends at a comma
    # (the parser may hang the comma on it)
    end = noun.right_edge.i + (noun.right_edge.text != ",")
    return [noun] if noun.head.i > noun.i and end < len(doc) and doc[end].text == "," else []


def _join(tokens: list[Token]) -> str:
    """Text of tokens as written, spaces where the article has them: "Secretary-General"."""
    out = ""
    for i, token in enumerate(tokens):
        out += token.text
        if i + 1 < len(tokens) and (token.whitespace_ or tokens[i + 1].i != token.i + 1):
            out += " "
    return out.strip(" ,")
