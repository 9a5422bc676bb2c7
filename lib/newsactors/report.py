"""The one-page HTML report, for readers who do not code: who said what (each cue word linked to
its place in the article), the article with its speakers, cues and contents highlighted, the actor
table, the numbers claimed and their sources, the charts, the stance labels used and the provenance.

Self-contained (styles inline, charts as embedded PNG, no script, no network), so it opens from
disk offline. Every piece of article text is escaped: markup in an article shows as text. The page
also carries a Content-Security-Policy that forbids scripts and any load from the network, so a
mistake in the escaping could still not run a script or fetch anything.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import __version__
from .atomic import write_text
from .charts import figure_png_base64, mentions_chart, speaker_labels, stance_chart
from .lexicons import load_lexicon
from .parsing import ArticleRun

HIGHLIGHTS = ("speaker", "cue", "content")
QUOTE_TYPE_WORDS = {"direct": "quoted", "mixed": "partly quoted", "indirect": "reported", "none": "an act"}
"""positions.csv's `quote_type` as the report's "how" column says it (documented in tables.py)."""

CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
"""No script of any kind, nothing from the network: images only as embedded data, styles inline."""

STYLE = """
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 64rem; margin: 2rem auto;
  padding: 0 1rem; color: #1d2430; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d8dde6; }
.meta, .note { color: #5a6473; font-size: .9rem; }
.intro { font-size: 1rem; }
nav { font-size: .9rem; } nav a { margin-right: .9rem; color: #2b59c3; }
.counts { display: flex; gap: .8rem; flex-wrap: wrap; margin: 1rem 0; }
.counts div { border: 1px solid #d8dde6; border-radius: 6px; padding: .4rem .9rem; background: #f8f9fb; }
.counts b { font-size: 1.3rem; display: block; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e6e9ef; }
th { background: #f3f5f8; position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #fafbfc; }
.article { white-space: pre-wrap; background: #fbfbfd; border: 1px solid #e6e9ef; padding: 1rem 1.2rem;
  border-radius: 6px; line-height: 1.8; }
.speaker { background: #d6e4ff; border-radius: 3px; }
.cue { background: #ffd8a8; font-weight: 600; border-radius: 3px; }
.content { text-decoration: underline #2f9e44 2px; text-underline-offset: 3px; }
.legend span { padding: 0 .4rem; margin-right: .6rem; }
.anchor { scroll-margin-top: 40vh; }
.anchor:target + span, .anchor:target + .anchor + span { outline: 3px solid #2b59c3; outline-offset: 1px; }
.stance { background: #eef1f6; border: 1px solid #d8dde6; border-radius: 9px; padding: 0 .45rem; font-weight: 600;
  white-space: nowrap; cursor: help; }
.cameo { color: #5a6473; font-size: .8rem; white-space: nowrap; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 1rem; align-items: start; }
figure { margin: 0; } figcaption { color: #5a6473; font-size: .85rem; } img { max-width: 100%; }
#provenance td:first-child { white-space: nowrap; }
#provenance td { font-family: ui-monospace, monospace; font-size: .8rem; word-break: break-all; }
.chain summary { cursor: pointer; font-weight: 600; } .chain ol { margin: .3rem 0 .8rem; }
.chain mark { background: #d6e4ff; border-radius: 3px; padding: 0 .1rem; } .link { color: #5a6473; font-size: .8rem; }
@media print {
  nav { display: none; } th { position: static; } h2 { break-after: avoid; } tr, figure { break-inside: avoid; }
}
"""

SECTIONS = (
    ("said", "Who said what"),
    ("article", "The article"),
    ("actors", "Actors"),
    ("chains", "How each actor is named"),
    ("claims", "Numbers and their sources"),
    ("charts", "Charts"),
    ("stances", "Stance labels used"),
    ("provenance", "Provenance"),
)


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def highlight_article(text: str, positions: pd.DataFrame) -> str:
    """The article as escaped HTML, each stretch wrapped in a span naming the kinds of highlight it
    falls in, with an empty `<span id="position-N">` where the cue of the N-th position starts, for
    links to it.

    One sweep over the places where a highlight starts or ends, never over each character of each
    span: many positions in one long sentence each cover most of it, and marking their characters
    one by one took time and memory growing with positions times length."""
    changes: dict[int, list[tuple[str, int]]] = {}  # offset -> (kind, +1 starts / -1 ends)
    anchors: dict[int, list[int]] = {}
    for n, row in enumerate(positions.itertuples()):
        for kind in HIGHLIGHTS:
            start = max(int(getattr(row, f"{kind}_start")), 0)
            end = min(int(getattr(row, f"{kind}_end")), len(text))
            if start < end:
                changes.setdefault(start, []).append((kind, 1))
                changes.setdefault(end, []).append((kind, -1))
        if 0 <= int(row.cue_start) < len(text):
            anchors.setdefault(int(row.cue_start), []).append(n)
    depth = dict.fromkeys(HIGHLIGHTS, 0)
    out, boundaries = [], sorted({0, len(text), *changes, *anchors})
    for start, end in zip(boundaries, boundaries[1:], strict=False):
        for kind, step in changes.get(start, ()):
            depth[kind] += step
        out.extend(f'<span class="anchor" id="position-{n}"></span>' for n in anchors.get(start, []))
        chunk = _e(text[start:end])
        classes = " ".join(k for k in HIGHLIGHTS if depth[k] > 0)
        out.append(f'<span class="{classes}">{chunk}</span>' if classes else chunk)
    return _merge_equal_neighbours(out)


def _merge_equal_neighbours(pieces: list[str]) -> str:
    """Join the pieces, fusing a span with the next when both carry the same classes and no anchor
    stands between them (a highlight that ends where an equal one starts reads as one)."""
    merged: list[str] = []
    for piece in pieces:
        if merged and piece.startswith('<span class="') and not piece.startswith('<span class="anchor"'):
            previous = merged[-1]
            head = piece[: piece.index(">") + 1]
            if previous.startswith(head) and previous.endswith("</span>"):
                merged[-1] = previous[: -len("</span>")] + piece[len(head):]
                continue
        merged.append(piece)
    return "".join(merged)


CHAIN_CONTEXT = 40  # characters of text shown on each side of a mention


def mention_chains(text: str, mentions: pd.DataFrame | None) -> str:
    """One closed <details> per actor named more than once: its mentions, each in its context,
    the mention marked and its link named. No script: the browser opens and closes them."""
    if mentions is None or mentions.empty:
        return '<p class="note">No mentions.</p>'
    blocks = []
    for number, (actor, rows) in enumerate(mentions.groupby("actor", sort=False)):
        if len(rows) < 2:
            continue
        items = []
        for row in rows.sort_values("start_char").itertuples():
            start, end = int(row.start_char), int(row.end_char)
            before = text[max(0, start - CHAIN_CONTEXT) : start].replace("\n", " ")
            after = text[end : end + CHAIN_CONTEXT].replace("\n", " ")
            items.append(
                f"<li>…{_e(before)}<mark>{_e(text[start:end])}</mark>{_e(after)}… "
                f'<span class="link">{_e(row.link)}</span></li>'
            )
        blocks.append(
            f'<details class="chain" id="chain-{number}"><summary>{_e(actor)} ({len(rows)})</summary>'
            f"<ol>{''.join(items)}</ol></details>"
        )
    return "".join(blocks) or '<p class="note">No actor is named more than once.</p>'


def _table(
    frame: pd.DataFrame,
    columns: list[str],
    headers: list[str] | None = None,
    render: dict[str, Callable[[object], str]] | None = None,
) -> str:
    """An HTML table. Cells are escaped, except those of columns in `render`, whose functions
    build their own (escaped) HTML from the cell value."""
    if frame.empty:
        return '<p class="note">None found.</p>'
    render = render or {}
    head = "".join(f"<th>{_e(h)}</th>" for h in (headers or columns))
    body = "".join(
        "<tr>" + "".join(f"<td>{render[c](row[c]) if c in render else _e(row[c])}</td>" for c in columns) + "</tr>"
        for _, row in frame.iterrows()
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _stance_badge(labels: dict) -> Callable[[tuple[str, str]], str]:
    """A stance label with the row's own CAMEO code (a conditional warning is 130, not the label's
    usual 012), the label's meaning as a tooltip."""

    def render(stance_and_code: tuple[str, str]) -> str:
        stance, cameo = stance_and_code
        label = labels.get(stance)
        title = f' title="{_e(label.description)}"' if label is not None else ""
        code = f' <span class="cameo">CAMEO {_e(cameo)}</span>' if cameo else ""
        return f'<span class="stance"{title}>{_e(stance)}</span>{code}'

    return render


def _number(value) -> str:
    """10000 -> 10,000; anything that is not a whole number as it is."""
    try:
        return f"{int(str(value)):,}"
    except ValueError:
        return _e(value)


def _cue_link(reference: tuple[int, str]) -> str:
    """The cue word, linked to where it stands in the article."""
    n, cue = reference
    return f'<a href="#position-{n}">{_e(cue)}</a>'


def _who(positions: pd.DataFrame) -> pd.Series:
    """The speaker with the role the article gives them: "Sabrina Singh (Pentagon spokesperson)"."""
    return speaker_labels(positions) + positions["speaker_role"].map(lambda r: f" ({r})" if r else "")


def _how(positions: pd.DataFrame) -> pd.Series:
    """Quote type, and whether the cue was negated or only planned, in words."""
    notes = positions["quote_type"].map(QUOTE_TYPE_WORDS)
    notes = notes.fillna(positions["quote_type"])
    negated = positions["negated"].astype(str).str.lower().eq("true")
    notes = notes.where(~negated, notes + ", negated cue")
    modality = positions["modality"].fillna("")
    return notes.where(modality.eq(""), notes + ", " + modality)


def _provenance(run: ArticleRun) -> pd.DataFrame:
    model = run.parse_info["model"]
    return pd.DataFrame(
        [
            ("article id", run.article.id),
            ("article SHA-256", run.article.sha256),
            ("language model", f"{model['package']} {model['model_version']}"),
            ("spaCy", model["spacy"]),
            ("newsactors", __version__),
            ("lexicons SHA-256", run.parse_info["lexicon_sha256"]),
        ],
        columns=["what", "value"],
    )


def _chart(alt: str, caption: str, figure) -> str:
    return (
        f'<figure><img alt="{_e(alt)}" src="data:image/png;base64,{figure_png_base64(figure)}">'
        f"<figcaption>{_e(caption)}</figcaption></figure>"
    )


def _section(key: str, *parts: str) -> str:
    return f'<section id="{key}"><h2>{_e(dict(SECTIONS)[key])}</h2>' + "".join(parts) + "</section>"


def _header(run: ArticleRun, title: str) -> str:
    meta, tables = run.article.metadata, run.tables
    byline = " · ".join(_e(meta[k]) for k in ("section", "date", "outlet", "credit") if meta.get(k))
    counts = {
        "actors": len(tables["actors"]), "positions": len(tables["positions"]), "numbers claimed": len(tables["claims"])
    }
    return "".join([
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{byline}</p>' if byline else "",
        '<p class="intro">Who acts in this news article, and what position each one takes. Every '
        "statement or act the article attributes to someone is one row of <em>Who said what</em>, "
        "labelled with a stance and its CAMEO event code; the same rows are highlighted in the article "
        "below, so each one can be checked against the text. Found automatically: read it as a "
        "careful first draft, not as a verdict.</p>",
        '<div class="counts">' + "".join(f"<div><b>{n}</b>{_e(what)}</div>" for what, n in counts.items()) + "</div>",
        "<nav>" + "".join(f'<a href="#{key}">{_e(name)}</a>' for key, name in SECTIONS) + "</nav>",
    ])


def render_report(run: ArticleRun) -> str:
    tables = run.tables
    positions, actors, claims = tables["positions"], tables["actors"], tables["claims"]
    title = run.article.metadata.get("title") or run.article.id
    labels = load_lexicon().stance_labels
    glossary = pd.DataFrame(
        [
            {"stance": k, "cameo": v.cameo, "cameo_name": v.cameo_name, "meaning": v.description}
            for k, v in labels.items()
            if k in set(positions["stance"])
        ]
    )
    said = positions.assign(
        who=_who(positions), how=_how(positions), cue_link=list(enumerate(positions["cue"])),
        stance_badge=list(zip(positions["stance"], positions["cameo"].fillna("").astype(str), strict=True)),
    )
    body = [
        _header(run, title),
        _section(
            "said",
            '<p class="note">Hover over a stance for its meaning; click a cue word to see it in the article.</p>',
            _table(
                said,
                ["who", "stance_badge", "cue_link", "content", "how"],
                ["who", "stance", "cue word", "what was said or done", "how"],
                render={"stance_badge": _stance_badge(labels), "cue_link": _cue_link},
            ),
        ),
        _section(
            "article",
            '<p class="legend">In the text: <span class="speaker">who speaks or acts</span>'
            '<span class="cue">the cue word</span><span class="content">what was said or done</span></p>',
            f'<div class="article" id="article-text">{highlight_article(run.article.text, positions)}</div>',
        ),
        _section(
            "actors",
            '<p class="note">Each person, organisation, state or group, however the article names it; '
            "mentions count names, other names and pronouns.</p>",
            _table(
                actors,
                ["actor", "kind", "role", "affiliation", "mentions", "aliases"],
                ["actor", "kind", "role", "belongs to", "mentions", "also called"],
            ),
        ),
        _section(
            "chains",
            '<p class="note">Every mention of each actor in the order of the text, with how it was tied '
            "to the actor (its name, a surname, a pronoun, a description, an appositive, the first person "
            "of a quotation or an interview's turn). Open an actor to check its chain.</p>",
            mention_chains(run.article.text, tables.get("mentions")),
        ),
        _section(
            "claims",
            _table(
                claims,
                ["value", "unit", "qualifier", "source", "text"],
                ["number", "of what", "hedged as", "according to", "in the article"],
                render={"value": _number},
            ),
        ),
        _section(
            "charts",
            '<div class="charts">',
            _chart(
                "Who is mentioned most", "How often each actor is mentioned, coloured by kind.", mentions_chart(actors)
            ),
            _chart("Who takes which position", "Each speaker's positions, by stance.", stance_chart(positions)),
            "</div>",
        ),
        _section(
            "stances",
            _table(
                glossary, ["stance", "cameo", "cameo_name", "meaning"], ["stance", "CAMEO", "CAMEO name", "meaning"]
            ),
        ),
        _section(
            "provenance",
            '<p class="note">What this page was made from, so that it can be made again and checked.</p>',
            _table(_provenance(run), ["what", "value"]),
        ),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def write_report(run: ArticleRun, path: str | Path | None = None) -> Path:
    path = Path(path) if path else run.run_dir / "report.html"
    return write_text(path, render_report(run))
