"""CAMEO: event codes at full depth and actor codes, from the tables in `data/cameo/`.

The tables are converted from the dictionaries of the PETRARCH2 event coder by
`scripts/convert_petrarch.py` (MIT licence, provenance in `data/cameo/README.md`); the library
reads only the converted tables.

- `event_code`: the most specific CAMEO code a cue's verb and its object words fit ("imposed
  sanctions" -> 163, "signed a treaty" -> 057), agreeing with the position's stance label: a
  statement keeps its label's code unless the verb's code refines it (same root), an act takes
  the verb's code.
- `actor_code`: a CAMEO actor code (country + agent type: KORGOV, USAMIL, IGOWSTNAT) from an
  actor's kind, role and affiliation; a named person or body listed in PETRARCH's actor
  dictionary by the dated entry that holds on the article's date, when it agrees with the
  article's affiliation.
- `code_info`: the name, root, QuadClass and Goldstein value of a code.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .lexicons import read_table
from .paths import DATA_DIR

CAMEO_DIR = DATA_DIR / "cameo"
COUNTRY_CODE_LENGTH = 3  # CAMEO country codes are ISO 3166 alpha-3 ("KOR", "RUS")
AGENT_CODE_LENGTH = 3  # agent types are three letters ("GOV", "MIL")
# Non-state codes whose first three letters say what kind of body it is, the last three which
# one (IGOWSTNAT: an intergovernmental organisation, NATO)
GROUP_PREFIXES = ("IGO", "NGO", "NGM", "IMG", "MNC", "UIS")


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float | None


@dataclass(frozen=True)
class ActorCode:
    code: str
    country: str = ""
    known_group: str = ""
    type1: str = ""


@dataclass(frozen=True)
class CameoTables:
    verbs: dict[str, tuple[str, str]]  # verb lemma -> (block, code)
    patterns: dict[str, list[tuple[tuple[str, ...], str]]]  # block -> [(words, code)], most words first
    synonyms: dict[str, frozenset[str]]  # "&treaty" -> its words
    codes: dict[str, CodeInfo]
    agents: dict[str, str]  # role or group noun -> agent code
    named: dict[str, list[tuple[str, str, str]]]  # name -> [(code, start, end)]
    countries: dict[str, str]  # country name -> code
    country_codes: frozenset[str]


@cache
def load_cameo(directory: Path = CAMEO_DIR) -> CameoTables:
    verbs = {r["verb"]: (r["block"], r["code"]) for r in read_table("verbs", directory)}
    for r in read_table("verb_codes", directory):  # the project's own codes win over the verb's default
        verbs[r["verb"]] = (verbs.get(r["verb"], ("", ""))[0], r["code"])
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in read_table("verb_patterns", directory):
        patterns.setdefault(r["block"], []).append((tuple(r["words"].split()), r["code"]))
    for block in patterns.values():
        block.sort(key=lambda p: -len(p[0]))  # the pattern naming most words is the most specific
    synonyms: dict[str, set[str]] = {}
    for r in read_table("synonyms", directory):
        synonyms.setdefault(r["set"], set()).update(r["word"].split())
    codes = {
        r["code"]: CodeInfo(
            r["code"], r["name"], r["root"], int(r["quad_class"]), float(r["goldstein"]) if r["goldstein"] else None
        )
        for r in read_table("codes", directory)
    }
    agents = {r["noun"]: r["agent"] for r in read_table("agents", directory)}
    agents.update({r["role"]: r["agent"] for r in read_table("roles", directory)})  # the project's own rows win
    named: dict[str, list[tuple[str, str, str]]] = {}
    for r in read_table("actors", directory):
        named.setdefault(r["name"], []).append((r["code"], r["start"], r["end"]))
    countries = {r["name"]: r["code"] for r in read_table("countries", directory)}
    return CameoTables(
        verbs, patterns, {k: frozenset(v) for k, v in synonyms.items()}, codes, agents, named, countries,
        frozenset(countries.values()),
    )


# --- event codes ---------------------------------------------------------------------------------


def verb_code(lemma: str, words: Iterable[str], tables: CameoTables | None = None) -> str:
    """The CAMEO code of a verb with the words of its object: the longest verb + object pattern
    of the verb's block whose every word is among `words` (a `&set` word: any of its members),
    else the verb's own code; "" for a verb the dictionary does not code."""
    return _verb_code(lemma, words, tables or load_cameo())[0]


def _verb_code(lemma: str, words: Iterable[str], tables: CameoTables) -> tuple[str, bool]:
    """The code and whether a verb + object pattern gave it."""
    if lemma not in tables.verbs:
        return "", False
    block, code = tables.verbs[lemma]
    present = set(words)
    for pattern, pattern_code in tables.patterns.get(block, []):
        if all(_present(w, present, tables) for w in pattern):
            return pattern_code, True
    return code, False


def _present(word: str, present: set[str], tables: CameoTables) -> bool:
    if word.startswith("&"):
        return bool(tables.synonyms.get(word, frozenset()) & present)
    return word in present or word.rstrip("s") in present


def event_code(
    label_code: str, lemma: str, words: Iterable[str], act: bool, light: bool = False, tables: CameoTables | None = None
) -> str:
    """The most specific code that fits a position: the verb's (with its object) when it refines
    the stance label's code (same root: "accused ... of corruption" 112 -> 1121; for a verb the
    dictionary codes only with its object, any code of the root: "signed a treaty", support 051 ->
    057); an act's code
    when it leans the same way as the label (both cooperation or both conflict: "sanctioned
    Iran", reject 120 -> 163); for a light verb, whose object says what is done, a verb + object
    pattern's conflict code for a conflict label ("imposed sanctions" 163, but "raised concerns"
    stays 012, not the pattern's 040); else the label's code ("condemned the plan" stays 111,
    "voted against" reject 120)."""
    tables = tables or load_cameo()
    found, from_pattern = _verb_code(lemma, words, tables)
    if not found or found not in tables.codes or label_code not in tables.codes:
        return label_code
    # a verb with no code of its own is what its object makes it ("signed a treaty" 057)
    bare_verb = from_pattern and not tables.verbs[lemma][1]
    if found[:2] == label_code[:2] and (found.startswith(label_code) or label_code.endswith("0") or bare_verb):
        return found
    found_conflict, label_conflict = _conflict(tables.codes[found]), _conflict(tables.codes[label_code])
    # an act is something done, so a verb coded as a statement ("talk" 010) does not code it
    acted = act and not found.startswith(STATEMENT_ROOT) and found_conflict == label_conflict
    if acted or light and from_pattern and found_conflict and label_conflict:
        return found
    return label_code


CONFLICT_QUAD_CLASSES = (3, 4)  # verbal and material conflict; 1 and 2 are cooperation
STATEMENT_ROOT = "01"  # CAMEO's "make public statement" codes, 010 to 019


def _conflict(info: CodeInfo) -> bool:
    return info.quad_class in CONFLICT_QUAD_CLASSES


def code_info(code: str, tables: CameoTables | None = None) -> CodeInfo | None:
    return (tables or load_cameo()).codes.get(code)


def base_code(code: str) -> str:
    """GDELT's EventBaseCode: the three-digit level of a four-digit code ("1121" -> "112")."""
    return code[:3]


# --- actor codes ----------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w.'\- ]+")


def _name(text: str) -> str:
    text = _NON_WORD.sub(" ", text.lower()).replace("’", "'")
    text = re.sub(r"^the ", "", text.strip())
    return " ".join(text.split())


def named_code(names: Iterable[str], date: str, tables: CameoTables | None = None) -> str:
    """The code PETRARCH's actor dictionary gives a name on `date` (YYYY-MM-DD, or "" when
    unknown): an entry dated to hold then, else the entry with no dates."""
    tables = tables or load_cameo()
    for name in names:
        entries = tables.named.get(_name(name))
        if not entries:
            continue
        dated = [c for c, start, end in entries if (start or end) and date and (start or "") <= date <= (end or "9999")]
        undated = [c for c, start, end in entries if not start and not end]
        if dated:
            return dated[-1]  # the latest entry listed for the date
        if undated:
            return undated[0]
        return ""  # listed, but for other dates only: the article decides
    return ""


def country_code(name: str, tables: CameoTables | None = None) -> str:
    tables = tables or load_cameo()
    return tables.countries.get(_name(name), "")


def agent_code(words: str, tables: CameoTables | None = None) -> str:
    """The agent type a role or group noun names: the longest listed noun in it ("U.S. Defense
    Secretary" -> defense secretary -> GOVMIL; "Ukrainian officials" -> official -> GOV)."""
    return agent_noun(words, tables)[1]


def agent_noun(words: str, tables: CameoTables | None = None) -> tuple[str, str]:
    """The longest listed noun of `agents.csv` in the words, as listed, and its agent type;
    ("", "") when there is none."""
    tables = tables or load_cameo()
    tokens = _name(words).replace("-", " ").split()
    singular = [t[:-1] if t.endswith("s") and len(t) > 3 else t for t in tokens]
    for size in range(len(tokens), 0, -1):
        for start in range(len(tokens) - size + 1):
            for variant in (tokens, singular):
                phrase = " ".join(variant[start : start + size])
                if phrase in tables.agents:
                    return phrase, tables.agents[phrase]
    return "", ""


def actor_agent(name: str, kind: str, role: str = "", tables: CameoTables | None = None) -> str:
    """The agent type an actor's role gives it, or a group's or organisation's own name ("Iraqi
    lawmakers" -> LEG): "" when neither names one."""
    noun = role or (name if kind in ("group", "organisation") else "")
    return agent_code(noun, tables) if noun else ""


def actor_code(
    name: str, kind: str, role: str = "", affiliation: str = "", aliases: Iterable[str] = (), date: str = "",
    tables: CameoTables | None = None,
) -> ActorCode:
    """The CAMEO actor code of an actor of the actors table."""
    tables = tables or load_cameo()
    code = ""
    if kind == "state":
        code = country_code(name, tables) or named_code([name, *aliases], date, tables)
    else:
        from_article = _article_code(name, kind, role, affiliation, aliases, date, tables)
        listed = named_code([name, *aliases], date, tables)
        # the dictionary's entry holds when it agrees with the article on whom the actor acts for
        agrees = listed and (not from_article or listed[:COUNTRY_CODE_LENGTH] == from_article[:COUNTRY_CODE_LENGTH])
        code = listed if agrees else from_article
    return split_code(code, tables)


def _article_code(name, kind, role, affiliation, aliases, date, tables) -> str:
    """A code from what the article says of an actor: the body its role names ("Pentagon
    spokesperson" -> USAMIL), else its affiliation's code (an organisation's own, or a country's
    with the agent type of its role or name)."""
    body = _body_in(role, date, tables) if role else ""
    if body:
        return body
    home = country_code(affiliation, tables) or named_code([affiliation], date, tables) if affiliation else ""
    agent = actor_agent(name, kind, role, tables)
    if home and len(home) > COUNTRY_CODE_LENGTH:
        return home  # an organisation's own code: its staff act as it does (NATO's Secretary-General)
    if kind == "organisation" and not agent:
        return ""
    return f"{home}{agent}" if home or agent else ""


def _body_in(role: str, date: str, tables: CameoTables) -> str:
    """The code of a named body inside a role ("Pentagon spokesperson" -> the Pentagon's)."""
    words = _name(role).split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in tables.agents or phrase in tables.countries:
                continue  # a role noun or a country is no body of its own
            code = named_code([phrase], date, tables)
            if code and len(code) > COUNTRY_CODE_LENGTH:
                return code
    return ""


def split_code(code: str, tables: CameoTables | None = None) -> ActorCode:
    """GDELT's parts of an actor code: its country (KOR of KORGOV), known group (NAT of
    IGOWSTNAT) and first agent type (GOV of KORGOV, IGO of IGOWSTNAT)."""
    tables = tables or load_cameo()
    if not code:
        return ActorCode("")
    if code[:COUNTRY_CODE_LENGTH] in tables.country_codes:
        rest = code[COUNTRY_CODE_LENGTH:]
        return ActorCode(code, code[:COUNTRY_CODE_LENGTH], "", rest[:AGENT_CODE_LENGTH])
    if code[:3] in GROUP_PREFIXES:
        return ActorCode(code, "", code[-3:] if len(code) > 3 else "", code[:3])
    return ActorCode(code, "", "", code[:AGENT_CODE_LENGTH])
