"""The words coreference uses: the names of the links, the tables of `data/lexicons/` and
coreferee's word lists, and `fold`, how one name is compared with another."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from anyascii import anyascii

from ..lexicons import read_table
from ..paths import LEXICON_DIR

NAME, SURNAME, VARIANT, PRONOUN, DESCRIPTION, FIRST_PERSON, TURN, APPOSITIVE = (
    "name", "surname", "variant", "pronoun", "description", "first person", "turn", "appositive",
)
LINKS = (NAME, SURNAME, VARIANT, PRONOUN, DESCRIPTION, FIRST_PERSON, TURN, APPOSITIVE)
NAME_LINKS = (NAME, SURNAME, VARIANT)  # the links that are a name of the actor

HONORIFIC = "honorific"  # the `titles.csv` kind of a title left out of roles: "Dr.", "Her Majesty"
COREFEREE_NAMES = "coreferee/lang/common/data/{}_names.dat"
COREFEREE_WORDS = "coreferee/lang/en/data/exclusively_{}_words.dat"
COREFEREE_PERSON_WORDS = "coreferee/lang/en/data/person_words.dat"

IT_REFERENT = "organisation_or_state"  # what `pronouns.csv` says "it" and "its" refer to
POLICE = "police"  # the `titles.csv` scope of a police rank, and the word its force's name holds
# a pronoun's grammatical person (`pronouns.csv`): "I", "we"; "you"; "he", "they", "it"
SPEAKER_PERSON, ADDRESSEE_PERSON, THIRD_PERSON = "first", "second", "third"


@dataclass(frozen=True)
class PronounEntry:
    refers_to: str  # person | any | organisation_or_state | speaker | addressee
    number: str
    person: str  # SPEAKER_PERSON | ADDRESSEE_PERSON | THIRD_PERSON
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
    thing_nouns: frozenset[str]  # of those, nouns whose usual sense in the news is a thing: "study", "case"
    local_offices: frozenset[str]  # one-word titles held for a city or region (lower case): "mayor"
    police_offices: frozenset[str]  # titles held in a police force: "Detective Inspector"
    pronoun_titles: frozenset[tuple[str, str]]  # honorifics opened by a pronoun: ("her", "majesty")

    def names_people(self, lemma: str) -> bool:
        """Does a noun of `person_nouns` name people when nothing else says so? Coreferee's list
        holds every noun one of whose senses is a person: "Playboy *model* Karen McDougal" is a
        role, but "previous *studies*", "the *cases*" and "*minds*" are no group (`thing_nouns.csv`)."""
        return lemma in self.person_nouns and lemma not in self.thing_nouns

    def described(self, lemma: str) -> str:
        """What a noun of `descriptions.csv` refers to ("ministry" -> organisation, "minister" ->
        person); "" for any other noun."""
        entry = self.descriptions.get(lemma)
        return entry[0] if entry is not None else ""

    def pronoun(self, token) -> PronounEntry | None:
        """The entry of a word used as a pronoun ("he", "you"); None for any other word, and for
        the pronoun of an honorific title ("*Her* Majesty the Queen", "*His* Excellency": `titles.csv`)."""
        if token.pos_ != "PRON":
            return None
        following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        return None if (token.lower_, following) in self.pronoun_titles else self.pronouns.get(token.lower_)


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
    first_names = (
        {n: "" for n in male & female} | {n: "male" for n in male - female} | {n: "female" for n in female - male}
    )
    return CorefTables(
        pronouns=pronouns,
        descriptions={r["noun"]: (r["refers_to"], r["matches"]) for r in read_table("descriptions", directory)},
        gendered_words=gendered,
        first_names=first_names,
        turn_marks={r["mark"]: r["speaker"] for r in read_table("turn_marks", directory)},
        documents=frozenset(r["noun"] for r in read_table("documents", directory)),
        national_offices=frozenset(
            r["title"].lower() for r in read_table("titles", directory) if r["scope"] == "national"
        ),
        person_nouns=frozenset(w.lower() for w in _coreferee_lines(COREFEREE_PERSON_WORDS)),
        thing_nouns=frozenset(r["noun"] for r in read_table("thing_nouns", directory)),
        local_offices=frozenset(
            r["title"].lower() for r in read_table("titles", directory) if r["scope"] == "local"
        ),
        police_offices=frozenset(
            r["title"].lower() for r in read_table("titles", directory) if r["scope"] == POLICE
        ),
        pronoun_titles=frozenset(
            (words[0], words[1]) for r in read_table("titles", directory)
            if r["kind"] == HONORIFIC and len(words := r["title"].lower().split()) > 1 and words[0] in pronouns
        ),
    )


FOLDED_NAMES = 4096  # a long article's actors and their mentions, with room to spare


@lru_cache(maxsize=FOLDED_NAMES)
def fold(name: str) -> str:
    """A name as compared with another: transliterated to ASCII, lower case ("Erdoğan" = "Erdogan").
    Kept for the names met most recently: an article compares the same few names again and again."""
    return " ".join(anyascii(name).lower().replace(".", " ").split())

