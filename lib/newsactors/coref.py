"""Coreference within one article: which actor each pronoun, description and turn refers to.

`link_mentions(index, lexicon)` runs after the actors are named and given their roles
(`actors.resolve_actors`) and adds, to the `ActorIndex`, every further mention it can tie to an
actor, each with how it was linked:

- `turn`: in an interview or transcript, a paragraph opening with a speaker's mark ("((WN))",
  "Q:", "Tseng:", "((Aparna Garg))") starts that speaker's turn; "I", "we", "my" in it are the
  speaker, "you" the other side of the interview;
- `appositive`: a description set beside a name, in either order ("The Vice President, Mike
  Pence, said"; "one of these groups, the SDF"): the description is the named actor;
- `description`: a definite description ("the president", "the court", "the party") is the actor
  last mentioned with that role, or of that kind, before it;
- `pronoun`: "he", "she", "they", "it" is the nearest compatible actor before it: gender from the
  first-name lists shipped with coreferee (MIT) and from words such as "Mr" or "Queen", number
  ("they" a group, party, organisation or state), the subject of its sentence preferred, and
  never a name inside the pronoun's own clause ("Speaking to Martin Smith, he said");
- `first person`: "I", "we", "my" inside a quotation are the quote's speaker
  (`link_quoted_first_person`, run once the positions are found).

The language facts live in `data/lexicons/` (`pronouns.csv`, `descriptions.csv`,
`gendered_words.csv`, `turn_marks.csv`, `documents.csv`); the names are coreferee's.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from anyascii import anyascii
from spacy.tokens import Doc, Span, Token

from .kinds import GROUP, ORGANISATION, PERSON, STATE
from .lexicons import read_table
from .paths import LEXICON_DIR

NAME, SURNAME, VARIANT, PRONOUN, DESCRIPTION, FIRST_PERSON, TURN, APPOSITIVE = (
    "name", "surname", "variant", "pronoun", "description", "first person", "turn", "appositive",
)
LINKS = (NAME, SURNAME, VARIANT, PRONOUN, DESCRIPTION, FIRST_PERSON, TURN, APPOSITIVE)
NAME_LINKS = (NAME, SURNAME, VARIANT)  # the links that are a name of the actor
SUBJECT_DEPS = ("nsubj", "nsubjpass")
DEFINITE_DETERMINERS = ("the", "this", "that")
# How far back a pronoun looks: the sentences a reader keeps in mind (Citron and the Gender Gap
# Tracker look back about as far); a subject there is preferred to anything nearer.
PRONOUN_WINDOW = 3
# A description refers back further than a pronoun: "the court" may be named paragraphs before.
DESCRIPTION_WINDOW = 30
# How many words up the parse a description before a name may head its "of" phrases from:
# "the president of the Tunisian League for the Defence of Human Rights" is seven.
DESCRIPTION_CLIMB = 10
# What a description set before a name may be in its sentence: the subject, or the name's partner
# in apposition, never a preposition's or verb's object.
DESCRIPTION_DEPS = ("nsubj", "nsubjpass", "appos", "ROOT", "dep", "npadvmod", "conj")
MIN_CODE_LENGTH = 3  # "UN" or "EU" alone are too short to be taken for a longer name's code
# An article is an interview when this many paragraphs open with a speaker's mark.
MIN_TURNS = 2
TURN_MARK = re.compile(r"\s*(?:\(\(\s*(?P<bracketed>[^()\n]{1,60}?)\s*\)\)\s*:?|(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:)")

COREFEREE_NAMES = "coreferee/lang/common/data/{}_names.dat"
COREFEREE_WORDS = "coreferee/lang/en/data/exclusively_{}_words.dat"
COREFEREE_PERSON_WORDS = "coreferee/lang/en/data/person_words.dat"


@dataclass(frozen=True)
class PronounEntry:
    refers_to: str  # person | any | organisation_or_state | speaker | addressee
    number: str
    person: str  # first | second | third
    gender: str  # male | female | ""


@dataclass(frozen=True)
class CorefTables:
    pronouns: dict[str, PronounEntry]
    descriptions: dict[str, tuple[str, str]]  # noun -> (refers_to, matches: role | name | any)
    gendered_words: dict[str, str]  # word -> male | female
    first_names: dict[str, str]  # first name (folded) -> male | female | "" (on both lists)
    turn_marks: dict[str, str]  # mark -> speaker
    documents: frozenset[str]
    national_offices: frozenset[str]  # titles whose holder acts for a state (lower case)
    person_nouns: frozenset[str]  # nouns naming a person's role or relation: "member", "nurse", "wife"
    local_offices: frozenset[str]  # one-word titles held for a city or region (lower case): "mayor"


def _coreferee_lines(path: str) -> list[str]:
    """A word list from coreferee's wheel (read as a file: its model is not needed)."""
    try:
        located = Path(metadata.distribution("coreferee").locate_file(path))
    except metadata.PackageNotFoundError:
        return []
    return [line.strip() for line in located.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_coref_tables(directory: Path = LEXICON_DIR) -> CorefTables:
    pronouns = {
        r["pronoun"]: PronounEntry(r["refers_to"], r["number"], r["person"], r["gender"])
        for r in read_table("pronouns", directory)
    }
    gendered = {r["word"]: r["gender"] for r in read_table("gendered_words", directory)}
    for gender in ("male", "female"):
        for word in _coreferee_lines(COREFEREE_WORDS.format(gender)):
            gendered.setdefault(word.lower(), gender)  # "fiancée", "widow", "husband"
    male = {fold(n) for n in _coreferee_lines(COREFEREE_NAMES.format("male"))}
    female = {fold(n) for n in _coreferee_lines(COREFEREE_NAMES.format("female"))}
    # a name on both lists ("Nicola", "Andrea") is a first name of no known gender
    first_names = {n: "" for n in male & female} | {n: "male" for n in male - female} | {n: "female" for n in female - male}
    return CorefTables(
        pronouns=pronouns,
        descriptions={r["noun"]: (r["refers_to"], r["matches"]) for r in read_table("descriptions", directory)},
        gendered_words=gendered,
        first_names=first_names,
        turn_marks={r["mark"]: r["speaker"] for r in read_table("turn_marks", directory)},
        documents=frozenset(r["noun"] for r in read_table("documents", directory)),
        national_offices=frozenset(r["title"].lower() for r in read_table("titles", directory) if r["scope"] == "national"),
        person_nouns=frozenset(w.lower() for w in _coreferee_lines(COREFEREE_PERSON_WORDS)),
        local_offices=frozenset(r["title"].lower() for r in read_table("titles", directory) if r["scope"] == "local"),
    )


def fold(name: str) -> str:
    """A name as compared with another: transliterated to ASCII, lower case ("Erdoğan" = "Erdogan")."""
    return " ".join(anyascii(name).lower().replace(".", " ").split())


# --- the linking pass -----------------------------------------------------------------------------


def link_mentions(index, lexicon, tables: CorefTables | None = None) -> None:
    """Add the turn, appositive, description and pronoun mentions of one Doc to `index`."""
    tables = tables or lexicon.coref
    _link_turns(index, tables)
    _link_appositives(index)
    doc = index.doc
    offices = frozenset(fold(title) for title in lexicon.titles)
    for token in doc:
        if token.i in index.by_token:
            continue
        entry = tables.pronouns.get(token.lower_)
        if entry is not None and token.pos_ == "PRON" and entry.person == "third":
            actor = pronoun_antecedent(token, index, entry, tables, lexicon)
            if actor is not None:
                index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "PRON", PRONOUN)
        elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in tables.descriptions:
            actor = description_antecedent(token, index, tables, offices)
            if actor is not None:
                index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "DESC", DESCRIPTION)


def link_short_names(index) -> None:
    """An organisation named in full once and then by its first word alone, when that word is a
    code the model does not tag ("ABS-CBN Corporation" ... "ABS-CBN said")."""
    doc = index.doc
    text = doc.text
    for actor in list(index.actors.values()):
        words = actor.name.split()
        if actor.kind != ORGANISATION or len(words) < 2 or not _code(words[0]):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            parts = {index.by_token[t.i] for t in span if t.i in index.by_token}
            if all(index.actors[p].kind == ORGANISATION and p != actor.name and p in words[0] for p in parts):
                for part in parts:  # "CBN", the model's piece of "ABS-CBN"
                    _drop_mentions(index, part, span)
                index.add(actor.name, actor.kind, span, "ORG", VARIANT)


def _drop_mentions(index, name: str, span: Span) -> None:
    """Take the mentions inside `span` from actor `name`, and the actor if none are left."""
    actor = index.actors[name]
    actor.mentions = [m for m in actor.mentions if not (span.start_char <= m.start_char and m.end_char <= span.end_char)]
    for token in span:
        if index.by_token.get(token.i) == name:
            del index.by_token[token.i]
    if not actor.mentions:
        del index.actors[name]


def _code(word: str) -> bool:
    """A name written as a code: capitals after its first letter ("ABS-CBN", "BioNTech")."""
    return len(word) >= MIN_CODE_LENGTH and any(c.isupper() for c in word[1:])


def link_organisation_descriptions(index, tables: CorefTables | None = None) -> None:
    """Link "the court", "the party", "the network" first, before the roles are read: "the Lord
    President of the court" is then for the Court of Session."""
    tables = tables or index.lexicon.coref
    doc = index.doc
    for token in doc:
        noun = token.lemma_.lower()
        if token.i in index.by_token or token.pos_ not in ("NOUN", "PROPN") or noun not in tables.descriptions:
            continue
        if tables.descriptions[noun][0] != ORGANISATION:
            continue
        actor = description_antecedent(token, index, tables)
        if actor is not None:
            index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "DESC", DESCRIPTION)


# --- turns of an interview ------------------------------------------------------------------------


def turns(doc: Doc, index, tables: CorefTables) -> list[tuple[int, int, str]]:
    """(start_char, end_char, speaker) of each turn of an interview: a paragraph opening with a
    speaker's mark, with the unmarked paragraphs after it; [] when the article is no interview."""
    text = doc.text
    marked: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        mark = TURN_MARK.match(match.group())
        if mark is None:
            continue
        bracketed = mark.group("bracketed")
        label = (bracketed or mark.group("label")).strip()
        # a bracketed mark names its speaker even when the model found no name in it
        speaker = _turn_speaker(label, index, tables) or (label if bracketed else "")
        if speaker or marked:
            marked.append((match.start(), match.start() + mark.end(), speaker))  # "" ends a turn
    if sum(bool(speaker) for *_, speaker in marked) < MIN_TURNS:
        return []
    bounds = []
    for number, (start, label_end, speaker) in enumerate(marked):
        end = marked[number + 1][0] if number + 1 < len(marked) else len(text)
        bounds.append((label_end, end, speaker))
    return bounds


def _turn_speaker(label: str, index, tables: CorefTables) -> str:
    """Who a turn's mark names: the outlet or interviewer of `turn_marks.csv`, a person by name or
    surname ("Tseng"), or by initials ("NG" for Natasha Gownaris)."""
    if label in tables.turn_marks:
        return tables.turn_marks[label]
    folded = fold(label)
    for actor in index.actors.values():
        if actor.kind != PERSON:
            continue
        parts = fold(actor.name).split()
        if folded == " ".join(parts) or folded in parts:
            return actor.name
        if label.isupper() and 2 <= len(label) <= 3 and "".join(p[0] for p in parts).upper() == label:
            return actor.name
    return ""


def _link_turns(index, tables: CorefTables) -> None:
    doc = index.doc
    bounds = turns(doc, index, tables)
    for number, (start, end, speaker) in enumerate(bounds):
        if not speaker:
            continue
        other = _other_side(bounds, number)
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            entry = tables.pronouns.get(token.lower_)
            if entry is None or token.pos_ != "PRON" or token.i in index.by_token:
                continue
            who = speaker if entry.person == "first" else other if entry.person == "second" else ""
            if who:
                actor = index.actors.get(who)
                kind = actor.kind if actor is not None else ORGANISATION if who in tables.turn_marks.values() else PERSON
                index.add(who, kind, doc[token.i : token.i + 1], "PRON", TURN)


def _other_side(bounds: list[tuple[int, int, str]], number: int) -> str:
    """Who a turn speaks to: the nearest turn of someone else, the one before it first."""
    speaker = bounds[number][2]
    for other in [*reversed(bounds[:number]), *bounds[number + 1 :]]:
        if other[2] and other[2] != speaker:
            return other[2]
    return ""


# --- appositives ----------------------------------------------------------------------------------


def _link_appositives(index) -> None:
    """"The Vice President, Mike Pence, said", "one of these groups, the SDF": a description with a
    named actor in apposition is that actor."""
    doc = index.doc
    person_nouns = index.lexicon.coref.person_nouns
    titles = _title_tokens(doc)
    appositions = [t.i for t in doc if t.dep_ == "appos"]
    for ent in doc.ents:
        actor = index.actor_at(ent[-1])
        if actor is None or actor.kind != PERSON:
            continue
        description = description_before(ent, lambda t: t.lemma_.lower() in person_nouns or t.i in titles)
        if description is not None and description.i not in index.by_token:
            index.add(actor.name, actor.kind, doc[description.i : description.i + 1], "APPOS", APPOSITIVE)
    for token in doc:
        if token.i in index.by_token or token.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
            continue
        after = bisect_right(appositions, token.i)
        if after == len(appositions) or appositions[after] > token.right_edge.i:
            continue  # nothing in apposition under it
        named = appositive_actor(token, index)
        if named is not None:
            index.add(named.name, named.kind, doc[token.i : token.i + 1], "APPOS", APPOSITIVE)


def _title_tokens(doc: Doc) -> frozenset[int]:
    return frozenset(t.i for span in doc.spans.get("titles", []) for t in span)


def appositive_actor(token: Token, index):
    """The actor named in apposition to `token`, if `token` is a description of one; for a
    description ending in an "of" phrase the parser may hang the name on its last noun ("the
    director of Argentina's Amnesty International, Mariela Belski")."""
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i and _set_off(token, child):
            actor = index.actor_at(child)
            if actor is not None and actor.kind in (PERSON, ORGANISATION, STATE, GROUP):
                return actor
    if token.pos_ != "NOUN" or token.lemma_.lower() not in index.lexicon.coref.person_nouns:
        return None
    for descendant in token.subtree:
        if descendant.dep_ == "appos" and descendant.i > token.i and descendant.head.i != token.i and _set_off(token, descendant):
            actor = index.actor_at(descendant)
            if actor is not None and actor.kind == PERSON and index.actor_at(descendant.head) is not actor:
                return actor
    return None


def description_before(ent: Span, names_a_role) -> Token | None:
    """The head of a description set before a name and a comma ("The mayor of London, Sadiq Khan";
    "A member of the Tunisian Parliament, Samir Dilou said"; "her husband Jonathan Sacoolas"),
    however the parser attached the two: climbing from the word before the comma through nouns and
    prepositions, the highest word that `names_a_role`, if it is the subject or in apposition."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and not root.head.ent_type_ \
            and names_a_role(root.head):
        return root.head  # "her husband Jonathan Sacoolas"
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= ent.start:
        start -= 1  # "Sadiq" the model left out of "Khan"
    if start < 2 or doc[start - 1].text != ",":
        return None
    ent = doc[start : ent.end]
    token, description = doc[ent.start - 2], None
    for _ in range(DESCRIPTION_CLIMB):
        if token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ and names_a_role(token):
            description = token
        if token.head.i == token.i or token.head.i >= ent.start - 1 or token.head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        token = token.head
    if description is None or description.dep_ not in DESCRIPTION_DEPS:
        return None  # "Asked by a reporter about the budget, Maria Lopez said": the reporter asks
    return description


def _set_off(description: Token, name: Token) -> bool:
    """Is a name set beside a description by a comma, within one paragraph ("The Vice President,
    Mike Pence")? The parser also hangs a turn's mark ("((WN))") or a list after a colon on the
    word before it."""
    doc = description.doc
    start = name.left_edge.i
    between = doc[description.i : start]
    return start > 0 and doc[start - 1].text == "," and not any("\n" in t.text or "\n" in t.whitespace_ for t in between)


def titled_appositive(head: Token, index):
    """The person an organisation's name runs into, when the parser made the organisation the
    subject: "African Export-Import Bank president Okey Oramah said" is Oramah speaking."""
    doc = head.doc
    title_ends = {t.end for t in doc.spans.get("titles", [])}
    for child in head.children:
        actor = index.actor_at(child) if child.dep_ == "appos" else None
        if actor is None or actor.kind != PERSON:
            continue
        start = child.i
        while start > head.i + 1 and index.by_token.get(start - 1) == actor.name:
            start -= 1  # to the first word of the name
        if start in title_ends and not any(t.text in (",", ";", "(") for t in doc[head.i : start]):
            return actor
    return None


def document_author(head: Token, index):
    """Who a document speaks for: "a statement by Harry Roque", "the court's summary", "Part of the
    judge's statement", "a tweet on Monday by Mike Pompeo"."""
    tables = index.lexicon.coref
    if head.lemma_.lower() == "part":
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), head)
    if head.lemma_.lower() not in tables.documents:
        return None
    for child in head.children:
        if child.dep_ == "poss" and (actor := index.actor_at(child)) is not None:
            return actor
    for token in head.subtree:
        if token.dep_ == "prep" and token.lower_ in ("by", "from") and token.i > head.i:
            for pobj in token.children:
                author = index.actor_at(pobj) or next(
                    (index.actor_at(t) for t in pobj.subtree if index.actor_at(t) is not None), None
                )
                if author is not None:
                    return author
    return None


# --- definite descriptions ------------------------------------------------------------------------


def description_antecedent(token: Token, index, tables: CorefTables, offices: frozenset[str] = frozenset()):
    """The actor "the president", "the court" refers to. A person: the nearest one before it whose
    role has the description's title ("the prime minister" needs "prime minister", not any
    minister; `offices` are the titles in lower case). An organisation: one the same description
    named before, else the one most mentioned so far with that word in its name, else (for
    `matches=any`) the nearest organisation or group."""
    if not _definite(token) or _names_someone(token, index):
        return None
    refers_to, matches = tables.descriptions[token.lemma_.lower()]
    earlier = _actors_before(token, index, DESCRIPTION_WINDOW)
    if refers_to == PERSON:
        title = _description_title(token, offices)
        return next((a for a in earlier if a.kind == PERSON and re.search(rf"\b{re.escape(title)}\b", fold(a.role))), None)
    organisations = [a for a in earlier if a.kind in (ORGANISATION, GROUP)]
    word = token.lemma_.lower()
    for actor in organisations:
        if any(m.link == DESCRIPTION and m.text.lower() == token.lower_ and m.start_char < token.idx for m in actor.mentions):
            return actor  # "the network" again: the network it was before
    named = [a for a in organisations if a.kind == ORGANISATION and word in fold(a.name).split()]
    if named:
        # of those with the word in their name, the most mentioned so far, the nearest among equals
        return max(named, key=lambda a: (sum(m.start_char < token.idx for m in a.mentions), -named.index(a)))
    return organisations[0] if matches == "any" and organisations else None  # the nearest


def _description_title(token: Token, offices: frozenset[str]) -> str:
    """The title a description gives, with the modifiers that are part of it: "the prime minister"
    -> "prime minister", "the former president" -> "president"."""
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.i < token.i]
    for first in modifiers:
        phrase = fold(token.doc[first.i : token.i + 1].text)
        if phrase in offices:
            return phrase
    return fold(token.lemma_)


def _definite(token: Token) -> bool:
    """"the president", "The three-judge court"; not "a judge", "presidents", "the court's"."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)


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


def _sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, once per Doc: the resolvers look back token by token."""
    if "newsactors_sentence_numbers" not in doc.user_data:
        numbers = [0] * len(doc)
        for number, sent in enumerate(doc.sents):
            numbers[sent.start : sent.end] = [number] * (sent.end - sent.start)
        doc.user_data["newsactors_sentence_numbers"] = numbers
    return doc.user_data["newsactors_sentence_numbers"]


def _actors_before(token: Token, index, window: int) -> list:
    """Actors mentioned before `token` within `window` sentences, the nearest first, each once."""
    sentence = _sentence_numbers(token.doc)
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


# --- pronouns -------------------------------------------------------------------------------------


def pronoun_antecedent(token: Token, index, entry: PronounEntry, tables: CorefTables, lexicon=None):
    """The actor a third-person pronoun refers to, or None: of the compatible actors in the
    pronoun's sentence and the `PRONOUN_WINDOW` before it, those in its own sentence and subjects
    first, subjects before others, then the nearest. For "it" and "they" a noun that is no actor
    competes too: when it wins, "they" is the group it names if it names people ("residents"),
    and otherwise the pronoun is left unresolved."""
    if entry.refers_to == "organisation_or_state" and not _referring_it(token):
        return None
    doc = token.doc
    sentence = _sentence_numbers(doc)
    here = sentence[token.i]
    clause = _own_clause(token)
    speaking = entry.number == "plural" and lexicon is not None and _speaks(token, lexicon)
    ranked = []
    for i in range(token.i - 1, -1, -1):
        distance = here - sentence[i]
        if distance > PRONOUN_WINDOW:
            break
        actor = index.actor_at(doc[i])
        if actor is None and entry.refers_to != PERSON and _thing(doc[i], entry, distance):
            # "Obama's approval rating remains strong, though it has declined": the nearest
            # subject is no actor, and "it" is that thing; but "they" who say or think something
            # are people ("The researchers used ... where ice sheets had melted, which, they observed")
            if speaking and not _people(doc[i], tables, lexicon):
                continue
            subject = _is_subject(doc[i])
            ranked.append((distance > 0 and not subject, not subject, -i, None))
            continue
        if actor is None or not _compatible(actor, entry, index, tables):
            continue
        candidate = doc[i]
        if (other := tables.pronouns.get(candidate.lower_)) is not None and other.person != "third":
            continue  # "we will help them": a first or second person is not "them"
        subject = _is_subject(candidate)
        if distance == 0 and i in clause and not subject:
            continue  # "Speaking to Martin Smith, he said": not the one spoken to
        # "they" for a body with a singular name (a court, a company) is the weaker reading: it
        # comes after the nouns and groups of the pronoun's own sentence
        singular_body = entry.number == "plural" and actor.kind in (ORGANISATION, STATE)
        ranked.append(((distance > 0 or singular_body) and not (subject and distance == 0), not subject, -i, actor))
    # the pronoun's own sentence or a subject first, then the nearest
    if not ranked:
        return None
    best = min(ranked, key=lambda r: r[:3])
    if best[3] is None and speaking:
        return _people_group(doc[-best[2]], index, tables, lexicon)  # "Residents ... They said"
    return best[3]


def _speaks(pronoun: Token, lexicon) -> bool:
    """Is the pronoun the subject of a listed cue ("they said", "they warned")?"""
    return pronoun.dep_ in SUBJECT_DEPS and lexicon.cue(pronoun.head.lemma_, "VERB") is not None


def _people(noun: Token, tables: CorefTables, lexicon) -> bool:
    """Does a noun name people ("residents", "officers", "researchers")?"""
    lemma = noun.lemma_.lower()
    return lemma in tables.person_nouns or lemma in lexicon.groups


def _people_group(noun: Token, index, tables: CorefTables, lexicon):
    """The group a plural noun of people names ("residents", "these people", "senior officers"),
    registered as an actor so that "they said" can be it; None for a plural of things."""
    if not _people(noun, tables, lexicon):
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i]
    span = noun.doc[words[0].i : noun.i + 1]
    of_phrase = group_of_phrase(noun)  # "Organizers of the rally"
    owner = next((a for t in [*span, *(of_phrase or [])] if (a := index.actor_at(t)) is not None and a.kind != PERSON), None)
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


def _own_clause(pronoun: Token) -> set[int]:
    """Tokens of the clause whose subject the pronoun is (its verb's subtree)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return set()
    return {t.i for t in pronoun.head.subtree}


def _is_subject(token: Token) -> bool:
    """A name that is, or is inside, the subject of its clause ("Sabrina Singh stated", "Singh's
    office said")."""
    for t in (token, token.head):
        if t.dep_ in SUBJECT_DEPS or (t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS):
            return True
    return False


def _compatible(actor, entry: PronounEntry, index, tables: CorefTables) -> bool:
    if entry.refers_to == "person":
        if actor.kind != PERSON:
            return False
        gender = actor_gender(actor, index, tables)
        return not gender or not entry.gender or gender == entry.gender
    if entry.refers_to == "organisation_or_state":
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


# --- first person inside quotations -----------------------------------------------------------------


def link_quoted_first_person(doc: Doc, index, positions: list, quotes: list[tuple[int, int]]) -> None:
    """"I", "we", "my" inside a position's quoted words are its speaker; a position whose speaker is
    such a pronoun inside another's quotation takes that speaker."""
    tables = index.lexicon.coref
    quoted = [p for p in positions if p.speaker_kind and p.quote_type in ("direct", "mixed") and p.content_start >= 0]
    for position in quoted:
        for start, end in quotes:
            if not (start < position.content_end and position.content_start < end):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span or []:
                entry = tables.pronouns.get(token.lower_)
                if entry is None or entry.person != "first" or token.pos_ != "PRON" or token.i in index.by_token:
                    continue
                index.add(position.speaker, position.speaker_kind, doc[token.i : token.i + 1], "PRON", FIRST_PERSON)
    for position in positions:
        if position.speaker_kind or position.speaker_start < 0:
            continue
        span = doc.char_span(position.speaker_start, position.speaker_end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].i not in index.by_token:
            continue
        actor = index.actor_at(span[0])
        position.speaker, position.speaker_kind = actor.name, actor.kind
        position.speaker_role, position.speaker_affiliation = actor.role, actor.affiliation


def group_of_phrase(head: Token) -> Span | None:
    """The "of" phrase that says whose a group is: "Organizers of the rally", "members of
    opposition parties"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            end = max(t.i for t in child.subtree) + 1
            return head.doc[child.i : end]
    return None
