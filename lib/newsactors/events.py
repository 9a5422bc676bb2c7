"""Events: every position with a named actor as a CAMEO event record in GDELT 2.0's column names.

A position says who (its speaker, Actor1) takes which stance (its CAMEO code, `EventCode`)
towards whom (its target actors, Actor2). `event_rows` gives one row per position and target
actor: "Yoon Suk-yeol condemned the military cooperation between Russia and North Korea" is two
events, KORGOV 111 RUS and KORGOV 111 PRK, as an event coder codes one dyad per event. A
position with no target actor is one event with empty Actor2 columns; a position whose speaker
is no actor (unnamed, or a poll) is no event.

The columns GDELT 2.0's event table has (`SQLDATE` ... `SOURCEURL`, same names, same meaning,
`data/cameo/README.md` says where each comes from) are followed by the project's own: the
article, the position's row in the positions table, the cue's and content's character offsets,
`negated`, `modality` and the stance label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from .cameo import ActorCode, CameoTables, actor_code, agent_code, base_code, code_info, load_cameo, split_code
from .kinds import STATE
from .positions import Position
from .targets import TARGET_SEPARATOR

LEAD_MIN_WORDS = 12  # a shorter first paragraph is a section label or a dateline, not the lead
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass
class Event:
    SQLDATE: int
    Actor1Code: str
    Actor1Name: str
    Actor1CountryCode: str
    Actor1KnownGroupCode: str
    Actor1Type1Code: str
    Actor2Code: str
    Actor2Name: str
    Actor2CountryCode: str
    Actor2Type1Code: str
    IsRootEvent: int
    EventCode: str
    EventBaseCode: str
    EventRootCode: str
    QuadClass: int
    GoldsteinScale: float
    SOURCEURL: str
    article_id: str
    position: int
    stance: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    negated: bool
    modality: str

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]


EVENT_COLUMNS = Event.columns()
# pandas types of the columns that can be empty: a missing date or an unknown code is <NA>, not NaN
EVENT_NULLABLE_TYPES = {"SQLDATE": "Int64", "GoldsteinScale": "Float64"}


def sql_date(date: str) -> int | None:
    """GDELT's SQLDATE (YYYYMMDD) from an article's date; a date known to the month only takes
    the month's first day ("2024-10" -> 20241001), an unknown one stays empty."""
    match = _DATE.match(str(date or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return int(f"{year}{month}{day}")


def iso_date(date: str) -> str:
    value = sql_date(date)
    return "" if value is None else f"{str(value)[:4]}-{str(value)[4:6]}-{str(value)[6:]}"


def lead_end(text: str) -> int:
    """Where the article's lead (its first paragraph of some length) ends, as a character offset."""
    offset = 0
    for paragraph in text.split("\n"):
        end = offset + len(paragraph)
        if len(paragraph.split()) >= LEAD_MIN_WORDS:
            return end
        offset = end + 1
    return len(text)


def state_agent(code: ActorCode, name: str, words: str, tables: CameoTables) -> ActorCode:
    """A state's code with the agent type the words naming it give, as PETRARCH codes them:
    "South Korea's *government*" is KORGOV, "the North Korean *military*" PRKMIL; "South Korea"
    alone stays KOR, and so does "the United Kingdom" (its name is no agent, whatever words it has)."""
    others = re.sub(re.escape(name), " ", words, flags=re.IGNORECASE)
    agent = agent_code(others, tables) if code.code and code.code == code.country else ""
    return split_code(code.country + agent, tables) if agent else code


def event_rows(
    positions: list[Position], actors: list[dict], article_id: str, metadata: dict | None = None, text: str = ""
) -> list[dict]:
    """The event rows of one article from its positions and the rows of its actors table."""
    metadata = metadata or {}
    date, url = iso_date(metadata.get("date", "")), str(metadata.get("url") or "")
    tables = load_cameo()
    known = {row["actor"]: row for row in actors}
    codes: dict[str, object] = {}

    def code_of(name: str, kind: str):
        if name not in codes:
            row = known.get(name, {})
            aliases = row["aliases"].split("; ") if row.get("aliases") else []
            codes[name] = actor_code(
                name, kind, row.get("role", ""), row.get("affiliation", ""), aliases, date, tables,
            )
        return codes[name]

    lead = lead_end(text) if text else -1
    rows = []
    for index, p in enumerate(positions):
        if not p.speaker_kind:
            continue
        actor1 = code_of(p.speaker, p.speaker_kind)
        if p.speaker_kind == STATE:
            actor1 = state_agent(actor1, p.speaker, p.speaker_text, tables)
        info = code_info(p.cameo, tables)
        names = p.target_actor.split(TARGET_SEPARATOR) if p.target_actor else [""]
        kinds = p.target_actor_kind.split(TARGET_SEPARATOR) if p.target_actor_kind else [""]
        at = p.cue_start if p.cue_start >= 0 else p.content_start
        for name, kind in zip(names, kinds, strict=True):
            actor2 = code_of(name, kind) if name else None
            rows.append({
                "SQLDATE": sql_date(date),
                "Actor1Code": actor1.code,
                "Actor1Name": p.speaker,
                "Actor1CountryCode": actor1.country,
                "Actor1KnownGroupCode": actor1.known_group,
                "Actor1Type1Code": actor1.type1,
                "Actor2Code": actor2.code if actor2 else "",
                "Actor2Name": name,
                "Actor2CountryCode": actor2.country if actor2 else "",
                "Actor2Type1Code": actor2.type1 if actor2 else "",
                "IsRootEvent": int(0 <= at < lead),
                "EventCode": p.cameo,
                "EventBaseCode": base_code(p.cameo),
                "EventRootCode": p.cameo[:2],
                "QuadClass": info.quad_class if info else None,
                "GoldsteinScale": info.goldstein if info else None,
                "SOURCEURL": url,
                "article_id": article_id,
                "position": index,
                "stance": p.stance,
                "cue_start": p.cue_start,
                "cue_end": p.cue_end,
                "content_start": p.content_start,
                "content_end": p.content_end,
                "negated": p.negated,
                "modality": p.modality,
            })
    return rows
