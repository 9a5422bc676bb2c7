"""The HTML report as text: self-contained, escaped, complete. (tests/test_browser.py looks at it
in a browser.)"""
from __future__ import annotations

import re

import pandas as pd

import newsactors as na
from newsactors.charts import UNNAMED_SPEAKER, stance_matrix
from newsactors.report import CONTENT_SECURITY_POLICY, SECTIONS, highlight_article, render_report

MARKUP = 'The minister said that <script>alert("x")</script> and <b>bold</b> & "quotes" are only text.'


def test_report_has_every_section_and_no_script_or_link_to_the_web(default_run):
    page = render_report(default_run)
    for key, _ in SECTIONS:
        assert f'<section id="{key}">' in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # images are embedded data
    assert f'content="{CONTENT_SECURITY_POLICY}"' in page
    assert default_run.article.sha256 in page and "en_core_web_sm" in page


def test_highlighting_escapes_article_text():
    positions = pd.DataFrame([{
        "speaker_start": 0, "speaker_end": 12, "cue_start": 13, "cue_end": 17,
        "content_start": 23, "content_end": len(MARKUP) - 1,
    }])
    highlighted = highlight_article(MARKUP, positions)
    assert "<script" not in highlighted and "<b>" not in highlighted
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in highlighted
    assert '<span class="speaker">The minister</span>' in highlighted
    assert '<span class="cue">said</span>' in highlighted


def test_markup_in_article_and_metadata_is_escaped_everywhere(nlp, tmp_path):
    article = na.make_article(MARKUP, "markup", {"title": "<i>Title</i>", "section": "<script>s()</script>"})
    page = render_report(na.prepare_run(article, tmp_path, nlp))
    assert "<script" not in page.lower() and "<i>" not in page and "<b>bold" not in page
    assert "&lt;i&gt;Title&lt;/i&gt;" in page and "&lt;b&gt;bold&lt;/b&gt;" in page


def test_a_position_without_a_named_source_is_shown_as_such(nlp, tmp_path):
    article = na.make_article(
        "The bridge is expected to reopen in May, and the mayor said the repairs were going well.", "bridge"
    )
    run = na.prepare_run(article, tmp_path, nlp)
    speakers = list(run.tables["positions"]["speaker"])
    assert "" in speakers and "the mayor" in [s.lower() for s in speakers]
    assert UNNAMED_SPEAKER in stance_matrix(run.tables["positions"]).index
    assert f"<td>{UNNAMED_SPEAKER}</td>" in render_report(run)


def test_each_actors_chain_is_listed_with_its_links(default_run):
    page = render_report(default_run)
    section = page[page.index('<section id="chains">') :]
    section = section[: section.index("</section>")]
    # Yoon Suk-yeol is named, then "He": his chain shows both, the pronoun marked as such
    chain = re.search(r"<details[^>]*><summary>Yoon Suk-yeol \(2\)</summary>(.*?)</details>", section).group(1)
    assert "<mark>Yoon Suk-yeol</mark>" in chain and "<mark>He</mark>" in chain
    assert '<span class="link">pronoun</span>' in chain
    assert "<script" not in section.lower()


def test_the_stance_badge_shows_the_rows_own_cameo_code(default_run):
    """A conditional warning ("noted that if ... they would ...") is coded 130, not warn's usual
    012: the report must print the code of the row, as positions.csv has it."""
    positions = default_run.tables["positions"]
    singh = positions[(positions["cue"] == "noted") & (positions["stance"] == "warn")]
    assert singh["cameo"].tolist() == ["130"]
    said = render_report(default_run).split('<section id="said">')[1].split("</section>")[0]
    rows = [row for row in said.split("<tr>") if ">noted</a>" in row]
    assert len(rows) == 1 and "CAMEO 130" in rows[0] and "CAMEO 012" not in rows[0]
    badges = re.findall(r'>([a-z]+)</span> <span class="cameo">CAMEO (\d+)</span>', said)
    assert badges == list(zip(positions["stance"], positions["cameo"], strict=True))


def test_overlapping_highlights_nest_and_every_character_is_kept():
    text = "Ana said that Ben said that it <rains> & pours."
    positions = pd.DataFrame([
        {"speaker_start": 0, "speaker_end": 3, "cue_start": 4, "cue_end": 8,
         "content_start": 14, "content_end": len(text) - 1},
        {"speaker_start": 14, "speaker_end": 17, "cue_start": 18, "cue_end": 22,
         "content_start": 28, "content_end": len(text) - 1},
    ])
    page = highlight_article(text, positions)
    assert re.sub(r"<[^>]+>", "", page) == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert '<span class="speaker content">Ben</span>' in page
    assert '<span class="cue content">said</span>' in page
    assert page.count('class="anchor"') == 2 and page.index('id="position-0"') < page.index('id="position-1"')
    # one span where two contents meet
    assert '<span class="content"> that it &lt;rains&gt; &amp; pours</span>.' in page


def test_the_stance_chart_folds_speakers_past_the_top_into_one_bar():
    from newsactors.charts import fold_other_speakers, stance_chart

    positions = pd.DataFrame({"speaker": [f"Speaker {n:03d}" for n in range(300)] + ["Speaker 007"] * 3,
                              "stance": ["state"] * 300 + ["warn"] * 3})
    matrix = stance_matrix(positions)
    folded = fold_other_speakers(matrix, 25)
    assert len(folded) == 26 and folded.index[0] == "(275 other speakers)"
    assert folded.values.sum() == matrix.values.sum() == 303 and "Speaker 007" in folded.index
    figure = stance_chart(positions)
    assert figure.get_size_inches()[1] < 15  # a figure a page can hold, not one bar per speaker


def test_the_stance_chart_draws_each_non_zero_count_in_its_stance_colour():
    from matplotlib.colors import to_rgba

    from newsactors.charts import STANCE_COLOURS, stance_chart

    positions = pd.DataFrame({"speaker": ["Ann", "Ann", "Bo", "Bo"], "stance": ["warn", "warn", "condemn", "warn"]})
    axes = stance_chart(positions).axes[0]
    pieces = {(p.get_y(), p.get_width(), p.get_facecolor()) for p in axes.patches if p.get_width() > 0}
    assert len(axes.patches) == len(pieces) == 3  # Ann: warn 2; Bo: warn 1, condemn 1; no empty pieces
    assert {colour for *_, colour in pieces} == {to_rgba(STANCE_COLOURS["warn"]), to_rgba(STANCE_COLOURS["condemn"])}
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Bo", "Ann"]  # alphabetical from the top
    alone = stance_chart(positions[positions["stance"] == "condemn"]).axes[0]
    assert alone.patches[0].get_facecolor() == to_rgba(STANCE_COLOURS["condemn"])  # the same colour in any chart
