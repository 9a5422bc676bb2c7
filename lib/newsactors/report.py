"""The one-page HTML report: who said what, the claims and their sources, the article with its
speakers, cues and contents highlighted, the actor table, the charts and the provenance.

Self-contained (styles inline, charts as embedded PNG, no script, no network), so it opens from
disk offline. Every piece of article text is escaped: markup in an article shows as text.
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import __version__
from .charts import figure_png_base64, mentions_chart, stance_chart
from .lexicons import load_lexicon
from .parsing import ArticleRun

HIGHLIGHTS = ("speaker", "cue", "content")

STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1d2430; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d8dde6; }
.meta, .note { color: #5a6473; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e6e9ef; }
th { background: #f3f5f8; }
.article { white-space: pre-wrap; background: #fbfbfd; border: 1px solid #e6e9ef; padding: 1rem; border-radius: 6px; }
.speaker { background: #d6e4ff; border-radius: 3px; }
.cue { background: #ffd8a8; font-weight: 600; border-radius: 3px; }
.content { text-decoration: underline #2f9e44 2px; text-underline-offset: 3px; }
.legend span { padding: 0 .4rem; margin-right: .6rem; }
img { max-width: 100%; }
.stance { font-variant: small-caps; font-weight: 600; }
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def highlight_article(text: str, positions: pd.DataFrame) -> str:
    """The article as escaped HTML, each character wrapped by the kinds of span it falls in."""
    marks: list[set[str]] = [set() for _ in text]
    for row in positions.itertuples():
        for kind in HIGHLIGHTS:
            start, end = int(getattr(row, f"{kind}_start")), int(getattr(row, f"{kind}_end"))
            for i in range(max(start, 0), min(end, len(text))):
                marks[i].add(kind)
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = _e(text[i:j])
        classes = " ".join(k for k in HIGHLIGHTS if k in marks[i])
        out.append(f'<span class="{classes}">{chunk}</span>' if classes else chunk)
        i = j
    return "".join(out)


def _table(frame: pd.DataFrame, columns: list[str], headers: list[str] | None = None) -> str:
    if frame.empty:
        return '<p class="note">None found.</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in (headers or columns))
    body = "".join("<tr>" + "".join(f"<td>{_e(row[c])}</td>" for c in columns) + "</tr>" for _, row in frame.iterrows())
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_report(run: ArticleRun) -> str:
    tables = run.tables
    positions, actors, claims = tables["positions"], tables["actors"], tables["claims"]
    meta = run.article.metadata
    title = meta.get("title") or run.article.id
    labels = load_lexicon().stance_labels
    glossary = pd.DataFrame(
        [{"stance": k, "cameo": v.cameo, "meaning": v.description} for k, v in labels.items() if k in set(positions["stance"])]
    )
    said = positions.assign(who=positions["speaker"] + positions["speaker_role"].map(lambda r: f" ({r})" if r else ""))
    model = run.parse_info["model"]
    provenance = pd.DataFrame(
        [
            ("article id", run.article.id),
            ("article sha256", run.article.sha256),
            ("spaCy model", f"{model['package']} {model['model_version']}"),
            ("spaCy", model["spacy"]),
            ("newsactors", __version__),
            ("lexicons sha256", run.parse_info["lexicon_sha256"]),
        ],
        columns=["what", "value"],
    )
    sections = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(meta.get("section", ""))} {_e(meta.get("date", ""))} · '
        f"{len(actors)} actors · {len(positions)} positions · {len(claims)} claims</p>",
        "<h2>Who said what</h2>",
        _table(said, ["who", "stance", "cue", "content", "quote_type"], ["speaker", "stance", "cue", "what", "quote"]),
        "<h2>Claims and their sources</h2>",
        _table(claims, ["value", "unit", "qualifier", "source", "text"]),
        "<h2>The article</h2>",
        '<p class="legend"><span class="speaker">speaker</span><span class="cue">cue</span>'
        '<span class="content">content</span></p>',
        f'<div class="article" id="article">{highlight_article(run.article.text, positions)}</div>',
        "<h2>Actors</h2>",
        _table(actors, ["actor", "kind", "role", "affiliation", "mentions", "aliases"]),
        "<h2>Charts</h2>",
        f'<img alt="Who is mentioned most" src="data:image/png;base64,{figure_png_base64(mentions_chart(actors))}">',
        f'<img alt="Who takes which position" src="data:image/png;base64,{figure_png_base64(stance_chart(positions))}">',
        "<h2>Stance labels used</h2>",
        _table(glossary, ["stance", "cameo", "meaning"], ["stance", "CAMEO", "meaning"]),
        "<h2>Provenance</h2>",
        _table(provenance, ["what", "value"]),
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{_e(title)}</title>"
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )


def write_report(run: ArticleRun, path: str | Path | None = None) -> Path:
    path = Path(path) if path else run.run_dir / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(run), encoding="utf-8")
    return path
