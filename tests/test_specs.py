"""Every hand-written spec is valid OpenAPI 3.0 and is what the app serves."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import yaml
from openapi_spec_validator import validate

SPECS = sorted((Path(__file__).resolve().parent.parent / "openapi").glob("*.yaml"))
BASES = {"camunda7": "/engine-rest", "zeebe": "/zeebe", "opa": "/process/api/v1", "camunda8": "/v2",
         "admin": "/admin"}


def test_every_dialect_has_a_spec() -> None:
    assert {p.stem for p in SPECS} == set(BASES)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_is_valid_openapi(spec: Path) -> None:
    document = yaml.safe_load(spec.read_text())
    validate(document)  # raises on any violation of the OpenAPI 3.0 schema
    assert document["servers"][0]["url"] == BASES[spec.stem]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
async def test_spec_is_served(client: httpx.AsyncClient, spec: Path) -> None:
    served = (await client.get(f"{BASES[spec.stem]}/openapi.json")).json()
    assert served["info"]["title"] == yaml.safe_load(spec.read_text())["info"]["title"]
    ui = await client.get(f"{BASES[spec.stem]}/ui/")
    assert ui.status_code == 200 and "swagger" in ui.text.lower()


def test_the_package_serves_the_repository_specs() -> None:
    from jobgate.main import OPENAPI_DIR

    assert sorted(p.name for p in OPENAPI_DIR.glob("*.yaml")) == [p.name for p in SPECS]
    for spec in SPECS:
        assert (OPENAPI_DIR / spec.name).read_bytes() == spec.read_bytes()


def copy_specs(target: Path) -> Path:
    target.mkdir()
    for spec in SPECS:
        (target / spec.name).write_bytes(spec.read_bytes())
    return target


def test_a_missing_spec_stops_start_up(tmp_path: Path) -> None:
    from jobgate.main import SpecError, check_specs

    specs = copy_specs(tmp_path / "specs")
    (specs / "opa.yaml").unlink()
    message = r"^OpenAPI spec opa\.yaml not found in .*specs: the installation is incomplete$"
    with pytest.raises(SpecError, match=message):
        check_specs(specs)


@pytest.mark.parametrize(("content", "reason"), [
    (b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", "it declares no paths"),
    (b"openapi: 3.0.3\ninfo: {title: t}\npaths: {/x: {get: {responses: {'200': {description: ok}}}}}\n",
     "'version' is a required property"),
    (b"{not yaml: [\n", "ScannerError|ParserError"),
])
def test_an_invalid_spec_stops_start_up(tmp_path: Path, content: bytes, reason: str) -> None:
    from jobgate.main import SpecError, check_specs

    specs = copy_specs(tmp_path / "specs")
    (specs / "zeebe.yaml").write_bytes(content)
    with pytest.raises(SpecError, match=rf"^OpenAPI spec zeebe\.yaml is invalid: .*({reason})"):
        check_specs(specs)
