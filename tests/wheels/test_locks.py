"""The lock files agree with each other, with pyproject.toml and with the wheels' dependency ranges."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from scripts.distribute.locks import declared, lock_text
from scripts.distribute.wheels import DISTRIBUTIONS, ROOT, Distribution

DEV_LOCK = ROOT / "requirements-lock.txt"
RUNTIME_LOCK = ROOT / "requirements-runtime-lock.txt"


def _pins(lock: Path) -> dict[str, Requirement]:
    lines = [
        line for line in lock.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    return {canonicalize_name(req.name): req for req in map(Requirement, lines)}


def _version(req: Requirement) -> Version:
    (spec,) = req.specifier
    assert spec.operator == "==", req
    return Version(spec.version)


def test_every_runtime_pin_is_the_dev_locks_pin() -> None:
    runtime, dev = _pins(RUNTIME_LOCK), _pins(DEV_LOCK)
    assert runtime.keys() <= dev.keys()
    assert {name: str(req) for name, req in runtime.items()} == {name: str(dev[name]) for name in runtime}


def test_the_runtime_lock_holds_the_declared_dependencies_with_their_markers() -> None:
    runtime = _pins(RUNTIME_LOCK)
    for text in declared(ROOT / "pyproject.toml"):
        wanted = Requirement(text)
        pinned = runtime[canonicalize_name(wanted.name)]
        assert pinned.specifier == wanted.specifier and pinned.marker == wanted.marker, (wanted, pinned)
    assert any(req.marker is not None for req in runtime.values()), "uvloop lost its marker"


@pytest.mark.parametrize("dist", DISTRIBUTIONS, ids=lambda dist: dist.name)
def test_locked_versions_satisfy_each_wheels_ranges(dist: Distribution) -> None:
    """What the tests run with is inside what the wheels promise to work with."""
    folder = ROOT / "distributions" / dist.folder
    project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = _pins(DEV_LOCK)
    own = {canonicalize_name(d.name) for d in DISTRIBUTIONS}
    for req in map(Requirement, project["dependencies"]):
        name = canonicalize_name(req.name)
        if name in own:
            continue
        assert name in dev, f"{dist.name} needs {req.name}, which the dev lock does not hold"
        assert req.specifier.contains(_version(dev[name]), prereleases=True), (req, str(dev[name]))


def test_the_mock_wheel_depends_on_what_the_server_runtime_declares() -> None:
    """pyproject.toml's [project] dependencies are the server's runtime: the h2ogpte-mock wheel's too."""
    project = tomllib.loads((ROOT / "distributions" / "mock" / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = {canonicalize_name(Requirement(text).name) for text in project["project"]["dependencies"]}
    assert wheel == {canonicalize_name(Requirement(text).name) for text in declared(ROOT / "pyproject.toml")}


def test_lock_text_puts_declared_markers_back_on_frozen_pins() -> None:
    frozen = "uvloop==0.23.0\nhttpx==0.28.1\npip==25.0\n"
    text = lock_text(
        frozen, ["uvloop==0.23.0; sys_platform != 'win32'", "httpx==0.28.1"], ["header"], ["pip"]
    )
    assert text == '# header\nuvloop==0.23.0; sys_platform != "win32"\nhttpx==0.28.1\n'
