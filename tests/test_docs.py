"""The docs stay true: the generated configuration page matches the Settings model, links resolve, the README stays
a short page, every operation of every spec is documented, and the ```bash examples of README.md and the dialect
pages give the quoted answers when run in order against a real server on freshly seeded demo data."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from jobgate.seed import seed
from jobgate.settings import Settings
from jobgate.settings_doc import env_name, render
from tests.servers import Server

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = ("camunda7", "zeebe", "opa", "admin", "camunda8")  # the dialect pages, in the order their examples run
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?(?:\+0000)?")
DEADLINE = re.compile(r'("deadline": ?)\d+')


def _markdown_files() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def test_configuration_page_is_generated_from_settings() -> None:
    assert (DOCS / "configuration.md").read_text(encoding="utf-8") == render(), \
        "docs/configuration.md is stale: run scripts/docs"


def test_every_setting_has_a_description_and_a_row() -> None:
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert field.description, name
        assert f"| `{env_name(name)}` |" in page


def test_links_resolve() -> None:
    for path in _markdown_files():
        for target in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            assert (path.parent / target.split("#")[0]).exists(), f"{path.name}: broken link {target}"


def test_readme_is_a_short_page_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    assert "```sh\nscripts/serve\nscripts/test\n```" in text
    assert "pip install generated/clients/" in text
    for page in (*PAGES, "configuration", "operations", "performance", "development", "design"):
        assert f"docs/{page}.md" in text


def test_every_operation_is_documented() -> None:
    for dialect in PAGES:
        spec = yaml.safe_load((ROOT / "openapi" / f"{dialect}.yaml").read_text(encoding="utf-8"))
        page = (DOCS / f"{dialect}.md").read_text(encoding="utf-8")
        for path, item in spec["paths"].items():
            for method in item:
                assert f"## `{method.upper()} {path}`" in page, f"docs/{dialect}.md: {method.upper()} {path}"


def test_the_demo_figures_quoted_match_the_seed() -> None:
    """tests/test_seed.py::test_matches_the_readme pins these figures in the seed; the pages quote them."""
    readme = README.read_text(encoding="utf-8")
    for figure in ("260 instances and 464 jobs, 242 of them at runtime", "156 activatable", "44 activated",
                   "42 incidents", "204 completed and 18 error_thrown", "job `2251799813685257` of instance",
                   "`2251799813685256`"):
        assert figure in readme, figure


# The examples. ```bash blocks run, in order, in one shell; the ```text or ```json block after one is its answer
# (times and Zeebe deadlines are masked, `…` stands for any lines). ```sh blocks are shown but not run.


def examples(markdown: str) -> list[tuple[str, str | None]]:
    """(commands, expected answer or None) for each ```bash block of a page."""
    blocks = [(m[1], m[2]) for m in FENCE.finditer(markdown)]
    found = []
    for i, (lang, body) in enumerate(blocks):
        if lang == "bash":
            following = blocks[i + 1] if i + 1 < len(blocks) else ("", "")
            found.append((body, following[1] if following[0] in ("text", "json") else None))
    return found


def _mask(text: str) -> str:
    return DEADLINE.sub(r"\1<ms>", DATE.sub("<date>", text)).rstrip()


def _matches(expected: str, actual: str) -> bool:
    """Equal after masking; a line `…` in `expected` stands for any number of lines."""
    expected, actual = _mask(expected), _mask(actual)
    if "…" not in expected.splitlines():
        return expected == actual
    position = 0
    for chunk in re.split(r"(?m)^…\n?", expected):
        chunk = chunk.strip("\n")
        if chunk:
            found = actual.find(chunk, position)
            if found < 0:
                return False
            position = found + len(chunk)
    return True


def run_examples(pages: list[str], url: str) -> None:
    pairs = [pair for page in pages for pair in examples(page)]
    assert pairs
    script = "\n".join(f"printf '\\n@@@ {i}\\n'\n{body.replace('http://127.0.0.1:8080', url)}"
                       for i, (body, _) in enumerate(pairs))
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    outputs = re.split(r"(?m)^@@@ \d+\n", result.stdout)[1:]
    assert len(outputs) == len(pairs), result.stdout + result.stderr
    for (commands, expected), actual in zip(pairs, outputs, strict=True):
        if expected is not None:
            expected = expected.replace("http://127.0.0.1:8080", url)
            assert _matches(expected, actual), f"commands:\n{commands}\nexpected:\n{expected}\ngot:\n{actual}"


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'jobgate.db'}"
    seed(Settings(database_url=url))
    server = Server(url)
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


def test_readme_examples(demo_server: str) -> None:
    text = README.read_text(encoding="utf-8")
    run_examples([text.split("## Try it\n")[1].split("\n## ")[0]], demo_server)


def test_dialect_page_examples(demo_server: str) -> None:
    run_examples([(DOCS / f"{page}.md").read_text(encoding="utf-8") for page in PAGES], demo_server)


def test_the_matcher() -> None:
    assert _matches('{"dueDate": "2026-11-23T20:32:05.644+0000"}', '{"dueDate": "2031-01-02T00:00:00.000+0000"}')
    assert not _matches("a\nb", "a\nc")
    assert _matches("…\nb\n…\nd", "a\nb\nc\nd\ne")
    assert not _matches("…\nd\n…\nb", "a\nb\nc\nd")
