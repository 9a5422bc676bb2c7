"""The report and JupyterLab as a person sees them: in headless Chromium (Debian's `chromium`,
driven by Playwright). Screenshots go to outputs/screenshots/ for a person to look at.

Skipped, with the reason, when /usr/bin/chromium is absent; `.ci/run` installs it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import newsactors as na
from lab_server import running_lab
from newsactors.paths import PROJECT_ROOT
from newsactors.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = PROJECT_ROOT / "outputs" / "screenshots"  # kept for a person to look at, beside no run's outputs
NOTEBOOK_TIMEOUT_MS = 120_000  # a whole notebook, the model load included

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
    ),
]

MARKUP_TITLE = 'Markup <script>window.scriptRan = "title"</script> in a headline'
MARKUP_ARTICLE = (
    "The minister said on Monday that the plan was <b>not</b> a threat to anyone in the region.\n"
    'Officials confirmed that <script>document.title = "hacked"; window.scriptRan = "body";</script> '
    "was found in a draft of the statement.\n"
    'She added that <img src="missing.png" onerror="window.scriptRan = \'img\'"> and '
    '<a href="https://example.org/">a link</a> are only text in this article.\n'
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requested = []  # every URL the page asked for
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()


def screenshot(target, name: str, **options) -> Path:
    """A screenshot of a page or of one element (a Playwright locator) into outputs/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    target.screenshot(path=str(path), **options)
    return path


# --- the report ---------------------------------------------------------------------------------


def test_report_shows_the_actor_table_and_the_highlights_offline(default_run, tmp_path, page):
    report = write_report(default_run, tmp_path / "report.html")
    page.goto(report.as_uri())

    actors = page.locator("#actors table")
    assert actors.is_visible()
    assert actors.locator("th").first.inner_text() == "actor"
    assert actors.locator("tbody tr").count() == len(default_run.tables["actors"])
    assert actors.get_by_role("cell", name="Sabrina Singh", exact=True).is_visible()

    article = page.locator("#article-text")
    for kind in ("speaker", "cue", "content"):
        spans = article.locator(f"span.{kind}")
        assert spans.count() > 0, kind
        assert spans.first.is_visible(), kind
    assert "confirmed" in article.locator("span.cue").all_inner_texts()
    cue_background = article.locator("span.cue").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert cue_background not in ("rgba(0, 0, 0, 0)", "transparent")

    assert page.locator("#said table tbody tr").count() == len(default_run.tables["positions"])
    third = default_run.tables["positions"].iloc[2]
    page.locator("#said tbody tr").nth(2).locator("a").click()  # a cue word links to its place in the article
    cue = page.locator("#article-text .anchor:target ~ span.cue").first
    assert cue.inner_text() == third["cue"] and cue.is_visible()
    screenshot(page, "report-cue-link.png")
    page.evaluate("window.scrollTo(0, 0)")
    assert page.evaluate("[...document.images].every(img => img.complete && img.naturalWidth > 0)")  # the charts
    assert {url.split(":", 1)[0] for url in page.requested} <= {"file", "data"}  # nothing from the network
    screenshot(page, "report.png", full_page=True)


def test_markup_in_an_article_shows_as_text_and_no_script_runs(nlp, tmp_path, page):
    article = na.make_article(MARKUP_ARTICLE, "markup-test", {"title": MARKUP_TITLE})
    run = na.prepare_run(article, tmp_path, nlp)
    report = write_report(run, tmp_path / "report.html")
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(report.as_uri())

    assert page.evaluate("window.scriptRan") is None
    assert page.title() == MARKUP_TITLE  # the title, markup and all, as text
    assert page.evaluate("document.scripts.length") == 0
    article_text = page.locator("#article-text")
    assert article_text.locator("b, img, a, script").count() == 0
    shown = article_text.inner_text()
    for markup in ("<b>not</b>", '<script>document.title = "hacked";', '<img src="missing.png"', '<a href="https://example.org/">'):
        assert markup in shown
    assert page.locator("h1").inner_text() == MARKUP_TITLE
    assert {url.split(":", 1)[0] for url in page.requested} <= {"file", "data"}  # the <img> was never fetched
    assert not [text for text in console if "Content Security Policy" in text]  # nothing even tried
    screenshot(page, "report-markup.png", full_page=True)


# --- JupyterLab ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with running_lab(tmp_path_factory.mktemp("browser-lab")) as lab:
        yield lab


def fresh_copy(lab, name: str, output_dir: Path | None = None) -> None:
    """Strip the copy's committed outputs, so whatever shows was made now; with `output_dir`, send
    its tables there, so the run writes nothing into the project's outputs/."""
    path = lab.root / name
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
            if output_dir and "parameters" in cell["metadata"].get("tags", []):
                cell["source"] = "".join(cell["source"]) + f"\noutput_dir = {str(output_dir)!r}\n"
    path.write_text(json.dumps(notebook), encoding="utf-8")


def run_all_cells(page, lab, name: str) -> None:
    # A workspace of its own, so JupyterLab does not reopen what an earlier test left open.
    workspace = name.removesuffix(".ipynb")
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{name}?token={lab.token}")
    # The status bar names the kernel once it is up: the project's kernel, idle.
    page.get_by_text("Python 3 (newsactors) | Idle").wait_for(timeout=NOTEBOOK_TIMEOUT_MS)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_text("Run All Cells", exact=True).click()


OPEN_NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook in the tab on show


def open_notebook(page):
    return page.locator(OPEN_NOTEBOOK)


def wait_until_every_cell_ran(page, code_cells: int) -> None:
    """Every code cell of the open notebook shows an execution count: [1], [2] ..."""
    page.wait_for_function(
        """([selector, n]) => {
            const prompts = [...document.querySelectorAll(selector + ' .jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length === n && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        arg=[OPEN_NOTEBOOK, code_cells],
        timeout=NOTEBOOK_TIMEOUT_MS,
    )


def code_cell_count(lab, name: str) -> int:
    notebook = json.loads((lab.root / name).read_text(encoding="utf-8"))
    return sum(cell["cell_type"] == "code" for cell in notebook["cells"])


def test_a_notebook_runs_in_jupyterlab_and_its_outputs_appear(lab, page, tmp_path):
    name = "02-actors.ipynb"
    fresh_copy(lab, name, tmp_path)
    run_all_cells(page, lab, name)
    wait_until_every_cell_ran(page, code_cell_count(lab, name))

    notebook = open_notebook(page)
    outputs = notebook.locator(".jp-OutputArea-output")
    assert outputs.filter(has_text="article: nk-troops-russia-2024-10").count() == 1
    assert outputs.locator("img").first.is_visible()  # the chart
    assert "Traceback" not in notebook.inner_text()
    # The actor table is the interactive one: searchable, sortable.
    table = outputs.locator(".dt-container").first
    table.scroll_into_view_if_needed()
    assert table.get_by_role("cell", name="Sabrina Singh", exact=True).is_visible()
    # The element itself: JupyterLab may scroll the notebook once the run ends.
    screenshot(notebook.locator(".jp-Cell", has=page.locator(".dt-container")).first, "lab-02-actors.png")
    assert (tmp_path / na.paths.DEFAULT_ARTICLE_ID / "actors.csv").exists()  # the run wrote its table


def test_the_start_notebook_has_a_sortable_searchable_glossary(lab, page):
    name = "00-start-here.ipynb"
    fresh_copy(lab, name)
    run_all_cells(page, lab, name)
    wait_until_every_cell_ran(page, code_cell_count(lab, name))
    glossary = open_notebook(page).locator(".jp-OutputArea-output .dt-container").last
    glossary.scroll_into_view_if_needed()
    first_stance = glossary.locator("tbody tr td").first

    # Sort by CAMEO name, with the arrows beside the heading, as a reader would.
    # DataTables redraws the table after a click or a keystroke, not at once: each check waits for
    # the table to show what it should (Playwright's `expect` retries until then), never a fixed time.
    from playwright.sync_api import expect

    glossary.locator("thead th", has_text="CAMEO name").locator(".dt-column-order").click()
    expect(first_stance).to_have_text("accuse")  # "Accuse" comes first
    glossary.get_by_role("searchbox").fill("threat")
    rows = glossary.locator("tbody tr")
    expect(rows.filter(has_not_text=re.compile("threat", re.IGNORECASE))).to_have_count(0)
    assert 0 < rows.count() < 15
    screenshot(page, "lab-00-start-here.png")  # the whole window: menu, kernel name, the table
