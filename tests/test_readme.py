"""The README's tables of the default article are what the library produces."""
import re

from newsactors.paths import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def readme_table(name):
    match = re.search(rf"<!-- {name}: (.*?) -->\n(.*?)\n<!-- end -->", README, re.S)
    assert match, f"README has no {name}"
    columns = match.group(1).split(", ")
    # "| a | b |  |" -> ["a", "b", ""]: strip only the outer pipes, so an empty last cell survives.
    rows = [line.strip()[1:-1].split(" | ") for line in match.group(2).splitlines()[2:]]
    return columns, [[cell.replace("\\|", "|").strip() for cell in row] for row in rows]


def library_rows(table, columns):
    return [[str(value) for value in row] for row in table[columns].itertuples(index=False)]


def test_actor_table_is_current(default_tables):
    columns, rows = readme_table("actors-table")
    assert rows == library_rows(default_tables["actors"], columns)


def test_position_table_is_current(default_tables):
    columns, rows = readme_table("positions-table")
    assert rows == library_rows(default_tables["positions"], columns)


def test_commands_named_in_the_readme_exist():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^make (\w[\w-]*)", README, re.M):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} is in the README but not the Makefile"
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
