"""environment.yml (conda) and pyproject.toml (pip) pin the same packages at the same versions."""
import re
import tomllib

from newsactors.paths import PROJECT_ROOT


def pyproject_pins() -> set[str]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = set(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        pins |= set(extra)
    return {pin.replace(" ", "") for pin in pins}


def environment_pins() -> set[str]:
    text = (PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8")
    pip_section = text.split("- pip:", 1)[1]
    return {m.group(1) for m in re.finditer(r"^\s+-\s+([A-Za-z0-9_.\[\]-]+==[^\s#]+)", pip_section, re.M)}


def test_environment_and_pyproject_pin_the_same_packages():
    assert environment_pins() == pyproject_pins()


def test_every_dependency_is_pinned_exactly():
    assert all("==" in pin for pin in pyproject_pins())


def test_python_versions_agree():
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    conda_python = re.search(r"-\s+python=(\d+\.\d+)", (PROJECT_ROOT / "environment.yml").read_text()).group(1)
    low, high = re.match(r">=(\d+\.\d+),<(\d+\.\d+)", project["requires-python"]).groups()
    as_tuple = lambda v: tuple(map(int, v.split(".")))  # noqa: E731
    assert as_tuple(low) <= as_tuple(conda_python) < as_tuple(high)
