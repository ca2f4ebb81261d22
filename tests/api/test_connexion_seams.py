"""The Connexion internals jobgate hooks into, pinned: a Connexion upgrade that moves one fails here, by name.

app/jobgate/api/speedups.py replaces module functions of connexion.decorators.parameter with cached ones, and
app/jobgate/api/validation.py (plus zeebe_format.py) plugs validators and a URI parser into Connexion's
supported extension points (validator_map, uri_parser_class) but subclasses their classes and relies on private
attributes and on what Connexion passes them. Each test checks one seam exists as expected and takes effect on a
request. When one fails after an upgrade, review the module named in the message against the new Connexion.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import connexion.decorators.parameter as parameter
import connexion.utils as utils
import httpx
import pytest
from connexion.datastructures import MediaTypeDict
from connexion.exceptions import BadRequestProblem
from connexion.json_schema import Draft4RequestValidator
from connexion.middleware.abstract import RoutedAPI, RoutedMiddleware
from connexion.middleware.context import ContextOperation
from connexion.middleware.request_validation import VALIDATOR_MAP
from connexion.middleware.response_validation import ResponseValidationOperation
from connexion.operations import AbstractOperation
from connexion.spec import Specification
from connexion.uri_parsing import OpenAPIURIParser
from connexion.validators import AbstractRequestBodyValidator, JSONRequestBodyValidator, ParameterValidator

from jobgate.api.fastpath import FastOperation, FastPathMiddleware
from jobgate.api.validation import CachedJSONBodyValidator, DialectParameterValidator, FirstValueURIParser
from jobgate.api.zeebe_format import ZeebeBodyValidator
from tests.conftest import sqlite_url

TESTED = ((3, 3), (3, 4))  # Connexion versions these seams were checked against: >= 3.3, < 3.4
SPEEDUPS = "app/jobgate/api/speedups.py"
VALIDATION = "app/jobgate/api/validation.py"


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """SQLite only: the seams are the same on every backend."""
    yield sqlite_url(tmp_path_factory.mktemp("db"))


def _params(fn: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(fn).parameters)


def test_connexion_version_is_in_the_tested_range() -> None:
    installed = tuple(int(p) for p in version("connexion").split(".")[:2])
    low, high = TESTED
    assert low <= installed < high, (
        f"Connexion {version('connexion')} is installed; jobgate's hooks into its internals were checked against "
        f"{low[0]}.{low[1]}.x. Check every seam in this file against the new version ({SPEEDUPS}, {VALIDATION}, "
        "app/jobgate/api/zeebe_format.py, app/jobgate/api/fastpath.py), then widen TESTED.")


# -- speedups.py: cached module functions of connexion.decorators.parameter --------------------------------------


@pytest.mark.parametrize(("name", "arguments"), [
    ("inspect_function_arguments", ["function"]),
    ("pythonic", ["name"]),
    ("sanitized", ["name"]),
    ("snake_and_shadow", ["name"]),
])
def test_speedups_targets_exist(name: str, arguments: list[str]) -> None:
    fn = getattr(parameter, name, None)
    assert fn is not None, f"connexion.decorators.parameter.{name} is gone: {SPEEDUPS} caches it"
    original = getattr(fn, "__wrapped__", fn)  # speedups.apply() may have run already
    assert _params(original) == arguments, (
        f"connexion.decorators.parameter.{name}{inspect.signature(original)} changed: {SPEEDUPS} caches it "
        "by its arguments, which must stay hashable and the only input")


def test_speedups_cache_the_stock_argument_inspection() -> None:
    assert getattr(parameter.inspect_function_arguments, "__wrapped__", None) in (
        None, utils.inspect_function_arguments), f"{SPEEDUPS} wraps connexion.utils.inspect_function_arguments"


async def test_speedups_take_effect_on_requests(client: httpx.AsyncClient) -> None:
    """Connexion must call these through the module's globals at request time, or the caches are never used."""
    for _ in range(2):  # an operation off the fast path (app/jobgate/api/fastpath.py serves GET /job)
        r = await client.post("/engine-rest/job-definition", params={"maxResults": "1"}, json={})
        assert r.status_code == 200, r.text
    for name in ("inspect_function_arguments", "pythonic", "sanitized", "snake_and_shadow"):
        cache_info = getattr(getattr(parameter, name), "cache_info", None)
        assert cache_info is not None, f"connexion.decorators.parameter.{name} is not cached: is {SPEEDUPS} applied?"
        info = cache_info()
        used = info.hits if name in ("inspect_function_arguments", "pythonic") else info.hits + info.misses
        assert used > 0, f"connexion.decorators.parameter.{name} is no longer called per request ({SPEEDUPS})"


def test_speedups_spec_load_seams_exist() -> None:
    """speedups.apply() replaces Specification's file loader (a staticmethod) and its validation (a classmethod)."""
    load = inspect.getattr_static(Specification, "_load_spec_from_file")
    validate = inspect.getattr_static(Specification, "_validate_spec")
    assert isinstance(load, staticmethod) and isinstance(validate, classmethod), SPEEDUPS
    for fn, arguments in ((load.__func__, ["arguments", "specification"]), (validate.__func__, ["cls", "spec"])):
        original = fn.args[0] if isinstance(fn, functools.partial) else fn  # speedups.apply() may have run already
        assert _params(original) == arguments, f"Specification.{original.__name__} changed: {SPEEDUPS} replaces it"
    source = inspect.getsource(Specification.__init__)
    assert "self._validate_spec(" in source, f"Specification.__init__ no longer validates through it: {SPEEDUPS}"


# -- validation.py: the URI parser (uri_parser_class) ------------------------------------------------------------


def test_uri_parser_base_is_as_expected(tmp_path: Path) -> None:
    assert _params(OpenAPIURIParser.__init__) == ["self", "param_defns", "body_defn"], VALIDATION
    assert _params(OpenAPIURIParser.resolve_params) == ["self", "params", "_in"], VALIDATION
    for prop in ("param_defns", "param_schemas"):
        assert isinstance(inspect.getattr_static(OpenAPIURIParser, prop), property), f"{prop}: {VALIDATION}"
    # FirstValueURIParser skips the base __init__ on a cache hit and sets these attributes itself.
    stock = OpenAPIURIParser([{"name": "a", "in": "query", "schema": {"type": "string"}}], {"schema": {}})
    assert set(vars(stock)) == {"_param_defns", "_body_schema", "_body_encoding"}, (
        f"OpenAPIURIParser.__init__ now sets {sorted(vars(stock))}: update FirstValueURIParser in {VALIDATION}")


# -- validation.py: the parameter validator (validator_map["parameter"]) ----------------------------------------


def test_parameter_validator_is_a_drop_in() -> None:
    assert _params(ParameterValidator.__init__) == _params(DialectParameterValidator.__init__) == [
        "self", "parameters", "uri_parser", "strict_validation", "security_query_params"], VALIDATION
    assert _params(ParameterValidator.validate) == _params(DialectParameterValidator.validate) == ["self", "scope"]
    assert VALIDATOR_MAP["parameter"] is ParameterValidator, "validator_map['parameter'] is no longer the seam"


# -- validation.py, zeebe_format.py: the JSON body validators (validator_map["body"]) ---------------------------


def test_body_validator_base_is_as_expected() -> None:
    assert issubclass(JSONRequestBodyValidator, AbstractRequestBodyValidator)
    init = inspect.signature(AbstractRequestBodyValidator.__init__).parameters
    assert {"schema", "required", "nullable", "encoding", "strict_validation"} <= set(init), VALIDATION
    assert _params(JSONRequestBodyValidator._parse) == ["self", "stream", "scope"], VALIDATION
    assert inspect.iscoroutinefunction(JSONRequestBodyValidator._parse), VALIDATION
    assert _params(JSONRequestBodyValidator._validate) == ["self", "body"], VALIDATION
    assert isinstance(inspect.getattr_static(JSONRequestBodyValidator, "_validator"), property), VALIDATION
    stock = JSONRequestBodyValidator(schema={}, required=True, nullable=False, encoding="utf-8",
                                     strict_validation=False)
    assert {"_schema", "_required", "_nullable", "_encoding"} <= set(vars(stock)), (
        f"the body validator's attributes are now {sorted(vars(stock))}: {VALIDATION} reads _schema, _required, "
        "_nullable and _encoding")
    assert isinstance(VALIDATOR_MAP["body"], MediaTypeDict), "validator_map['body'] is no longer a MediaTypeDict"
    assert issubclass(ZeebeBodyValidator, CachedJSONBodyValidator)
    assert Draft4RequestValidator is not None and issubclass(BadRequestProblem, Exception)


async def test_validators_take_effect_on_requests(client: httpx.AsyncClient) -> None:
    r = await client.get("/engine-rest/job", params={"maxResults": "x"})
    assert r.json()["message"].startswith("Cannot set query parameter 'maxResults'"), (
        f"DialectParameterValidator is not used: {r.text}")
    r = await client.post("/engine-rest/job-definition", params=[("maxResults", "1"), ("maxResults", "x")], json={})
    assert r.status_code == 200, f"FirstValueURIParser is not used (the last value counted): {r.text}"
    r = await client.post("/admin/process-definitions", content=b'{"bpmnProcessId": NaN}',
                          headers={"content-type": "application/json"})
    assert "NaN is not a JSON number" in r.text, f"CachedJSONBodyValidator._parse is not used: {r.text}"
    r = await client.patch("/zeebe/jobs/1", json={"status": "nope"})
    assert "Expected body property `status`" in r.text, f"ZeebeBodyValidator._validate is not used: {r.text}"


async def test_per_operation_caches_do_not_grow(client: httpx.AsyncClient) -> None:
    """The caches key on the identity of Connexion's per-operation objects: these must be the same every request."""

    async def requests() -> None:
        await client.get("/engine-rest/job", params={"maxResults": "x"})  # invalid: the Connexion path answers
        await client.post("/engine-rest/job-definition", json={})

    await requests()
    sizes = (len(FirstValueURIParser._cache), len(DialectParameterValidator._cache),
             len(CachedJSONBodyValidator._validators))
    for _ in range(3):
        await requests()
    assert (len(FirstValueURIParser._cache), len(DialectParameterValidator._cache),
            len(CachedJSONBodyValidator._validators)) == sizes, (
        f"Connexion builds new parameter lists or body schemas per request: the caches in {VALIDATION} grow")


# -- fastpath.py: a RoutedMiddleware in the middleware list, Connexion's context and response validation ----------

FASTPATH = "app/jobgate/api/fastpath.py"


def test_fast_path_bases_are_as_expected() -> None:
    assert _params(RoutedAPI.__init__) == ["self", "specification", "args", "next_app", "kwargs"], FASTPATH
    assert callable(getattr(RoutedAPI, "add_paths", None)) and callable(getattr(RoutedAPI, "make_operation", None))
    stock = RoutedMiddleware.__init__
    assert _params(stock) == ["self", "app"], FASTPATH
    assert _params(ResponseValidationOperation.__init__) == ["self", "next_app", "operation", "validator_map"], (
        FASTPATH)
    names, has_kwargs = utils.inspect_function_arguments(lambda a, *, b=1, **c: None)
    assert (names, has_kwargs) == (["a", "b"], True), FASTPATH
    for prop in ("function", "parameters", "consumes", "request_body", "is_request_body_defined", "path", "method"):
        assert isinstance(inspect.getattr_static(AbstractOperation, prop), property), f"{prop}: {FASTPATH}"
    for fn in ("body_schema", "body_definition", "body_name"):
        assert callable(getattr(AbstractOperation, fn)), f"{fn}: {FASTPATH}"


def test_fast_path_sets_the_context_connexion_sets() -> None:
    """The fast path replaces ContextMiddleware for its operations: it must set the same context variables."""
    source = inspect.getsource(ContextOperation.__call__)
    assert {n for n in ("_context", "_operation", "_receive", "_scope") if f"{n}.set(" in source} == {
        "_context", "_operation", "_receive", "_scope"}, f"ContextMiddleware sets other variables now: {FASTPATH}"
    assert source.count(".set(") == 4, f"ContextMiddleware sets more context now: {FASTPATH}"


async def test_fast_path_sits_after_authentication_and_before_request_validation(app: Any,
                                                                                 client: httpx.AsyncClient) -> None:
    await client.get("/health")  # the stack is built on the first request
    stack = [type(m).__name__ for m in app.middleware.middleware_stack]
    assert stack.index("AuthMiddleware") < stack.index("FastPathMiddleware") < stack.index(
        "RequestValidationMiddleware"), stack
    fast = next(m for m in app.middleware.middleware_stack if isinstance(m, FastPathMiddleware))
    operations = {op for apis in fast.apis.values() for api in apis for op, target in api.operations.items()
                  if isinstance(target, FastOperation)}
    assert {o.rpartition(".")[2] for o in operations} == {"get_jobs", "get_jobs_count", "activate_jobs", "update_job",
                                                          "start_process_instance"}
