"""Strict JSON bodies (jobgate.api.jsonbody): the decoder made once parses well-formed bodies; whatever it stops
at is parsed again the old way, with the same answers and the same words."""

from __future__ import annotations

import json
from typing import Any

import pytest
from connexion.exceptions import BadRequestProblem

from jobgate.api import jsonbody


class Floats:
    """A per-body float hook, as the validator's: notes numbers out of range and counts its calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.out_of_range = False

    def __call__(self, text: str) -> float:
        self.calls += 1
        number = float(text)
        self.out_of_range |= number in (float("inf"), float("-inf"))
        return number


@pytest.mark.parametrize("text", [
    '{"status": "completed", "variables": {"a": 1.5, "b": [1, 2.25e3, "x"], "c": null, "d": true}}',
    '{"a": 18446744073709551616}',  # beyond 64 bits: an exact int, for the storable check to refuse
    '{"a": 1, "a": 2}', ' [] ', '"\\u00e9"', '-0.0',
])
def test_a_well_formed_body_is_parsed_by_the_shared_decoder(text: str) -> None:
    floats = Floats()
    assert jsonbody.loads(text, floats) == json.loads(text)
    assert floats.calls == 0  # the per-body hook was not needed


def test_a_number_out_of_range_reaches_the_body_hook() -> None:
    floats = Floats()
    assert jsonbody.loads('{"a": 2.5, "b": 1e400}', floats) == {"a": 2.5, "b": float("inf")}
    assert floats.out_of_range and floats.calls == 2  # parsed again with the hook: every float went through it


@pytest.mark.parametrize(("text", "words"), [
    ('{"a": NaN}', "The request body is not valid JSON: NaN is not a JSON number."),
    ('{"a": -Infinity}', "The request body is not valid JSON: -Infinity is not a JSON number."),
    ('{"a": 1,}', "The request body is not valid JSON: Expecting property name enclosed in double quotes: "
                  "line 1 column 9."),
    ("\ufeff{}", "The request body is not valid JSON: Unexpected UTF-8 BOM (decode using utf-8-sig): "
                 "line 1 column 1."),
    ("[" * 100_000 + "]" * 100_000, "The request body is not valid JSON: it is nested too deeply."),
    ('{"a": ' + "1" * 5000 + "}", "The request body is not valid JSON: a number has too many digits."),
])
def test_a_malformed_body_is_a_400_in_the_same_words(text: str, words: str) -> None:
    with pytest.raises(BadRequestProblem) as raised:
        jsonbody.loads(text, Floats())
    assert raised.value.detail == words


@pytest.mark.parametrize(("data", "encoding", "words"), [
    (b'{"a": "\xff"}', "utf-8", "The request body is not valid UTF-8."),
    (b"{}", "no-such-charset", "Unknown request body charset 'no-such-charset'."),
])
def test_a_body_not_in_its_charset_is_a_400(data: bytes, encoding: str, words: str) -> None:
    with pytest.raises(BadRequestProblem) as raised:
        jsonbody.decode(data, encoding)
    assert raised.value.detail == words


def test_decode_reads_the_declared_charset() -> None:
    text: Any = jsonbody.decode('{"a": "é"}'.encode("latin-1"), "latin-1")
    assert text == '{"a": "é"}'
