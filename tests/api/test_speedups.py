"""app/jobgate/api/speedups.py: spec files parsed once per process, documents validated once per content.

The per-request caches of the same module are pinned in tests/api/test_connexion_seams.py.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from connexion.exceptions import InvalidSpecification
from connexion.spec import Specification

from jobgate.api import speedups

SPECS = sorted((Path(__file__).resolve().parent.parent.parent / "openapi").glob("*.yaml"))
MINIMAL = ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
           "paths: {/x: {get: {responses: {'200': {description: ok}}}}}\n")


@pytest.fixture(autouse=True)
def applied() -> None:
    speedups.apply()


def test_libyaml_is_used_when_pyyaml_has_it() -> None:
    assert speedups.SAFE_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_each_spec_parses_as_pyyamls_own_safe_loader_reads_it(spec: Path) -> None:
    assert speedups.parse(spec) == yaml.load(spec.read_text(), Loader=yaml.SafeLoader)


def _counting_parse(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    original = speedups.parse

    def parse(path: Path) -> Any:
        parsed.append(path)
        return original(path)

    monkeypatch.setattr(speedups, "parse", parse)
    return parsed


def test_a_file_is_parsed_once_and_each_load_gets_its_own_copy(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _counting_parse(monkeypatch)
    spec = tmp_path / "api.yaml"
    spec.write_text(MINIMAL)
    first, second = Specification.load(spec), Specification.load(spec)
    assert parsed == [spec]
    first.raw["info"]["title"] = "changed by one app"
    assert second.raw["info"]["title"] == "t" and Specification.load(spec).raw["info"]["title"] == "t"
    document = Specification._load_spec_from_file(None, spec)
    document["info"]["title"] = "changed"  # Connexion sets its defaults in the document it loaded
    assert Specification._load_spec_from_file(None, spec)["info"]["title"] == "t"
    assert parsed == [spec]


def test_a_changed_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _counting_parse(monkeypatch)
    spec = tmp_path / "api.yaml"
    spec.write_text(MINIMAL)
    assert Specification.load(spec).raw["info"]["title"] == "t"
    spec.write_text(MINIMAL.replace("title: t", "title: renamed"))
    assert Specification.load(spec).raw["info"]["title"] == "renamed"
    assert len(parsed) == 2


def test_a_load_with_template_arguments_takes_connexions_own_path(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _counting_parse(monkeypatch)
    spec = tmp_path / "api.yaml"
    spec.write_text(MINIMAL.replace("title: t", "title: '{{ name }}'"))
    assert Specification.load(spec, arguments={"name": "one"}).raw["info"]["title"] == "one"
    assert Specification.load(spec, arguments={"name": "two"}).raw["info"]["title"] == "two"
    assert parsed == []


def test_an_invalid_document_is_refused_at_every_load(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(MINIMAL.replace("version: '1'", "versio: '1'"))
    for _ in range(2):
        with pytest.raises(InvalidSpecification, match="'version' is a required property"):
            Specification.load(spec)


class _Counting:
    def __init__(self, error: Exception | None = None) -> None:
        self.calls = 0
        self.error = error

    def __call__(self, cls: type, spec: Any) -> None:
        self.calls += 1
        if self.error is not None:
            raise self.error


def test_a_document_is_validated_once_per_content_and_kind() -> None:
    validate = _Counting()
    document = {"openapi": "3.0.3", "paths": {"/a": {}}, "info": {"title": "once", "version": "1"}}
    speedups._validate_once(validate, Specification, document)
    speedups._validate_once(validate, Specification, dict(reversed(document.items())))  # same content
    assert validate.calls == 1
    speedups._validate_once(validate, Specification, {**document, "paths": {"/b": {}}})
    assert validate.calls == 2
    speedups._validate_once(validate, type("Other", (Specification,), {}), document)  # another schema
    assert validate.calls == 3


def test_a_failed_validation_is_never_remembered() -> None:
    validate = _Counting(ValueError("invalid"))
    document = {"openapi": "3.0.3", "info": {"title": "failing", "version": "1"}}
    for _ in range(2):
        with pytest.raises(ValueError, match="invalid"):
            speedups._validate_once(validate, Specification, document)
    assert validate.calls == 2


def test_a_document_without_one_json_form_is_validated_every_time() -> None:
    validate = _Counting()
    document = {"openapi": "3.0.3", "info": {"title": "dated", "version": datetime.date(2026, 11, 28)}}
    speedups._validate_once(validate, Specification, document)
    speedups._validate_once(validate, Specification, {**document, "info": {**document["info"],
                                                                           "version": "2026-11-28"}})
    speedups._validate_once(validate, Specification, document)
    assert validate.calls == 3


def test_the_permissions_table_reads_the_specs_through_the_same_cache(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from jobgate.auth.permissions import operations

    parsed = _counting_parse(monkeypatch)
    specs = tmp_path / "specs"
    specs.mkdir()
    spec = specs / "api.yaml"
    spec.write_text(MINIMAL.replace("info:", "servers: [{url: /api}]\ninfo:").replace(
        "{'200': {description: ok}}}", "{'200': {description: ok}}, operationId: x, x-jobgate-role: reader}"))
    assert [(op.base, op.method, op.path, op.role) for op in operations(specs)] == [("/api", "GET", "/x", "reader")]
    assert parsed == [spec]
    Specification.load(spec)  # Connexion's load of the same file finds it parsed
    assert parsed == [spec]
