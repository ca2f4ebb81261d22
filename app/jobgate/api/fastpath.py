"""The fast path: hot operations served right after Connexion has routed them, with rules compiled from the spec.

Connexion spent ~0.3 ms of a Camunda 7 list request's ~0.9 ms of CPU between routing and the handler (request
validation building its validators, the context middleware, a second routing in the app, the parameter
decorator), most of it the same work for every request. This middleware sits in Connexion's middleware list
(after routing and authentication, before request validation) and, for each operation whose spec says
`x-jobgate-fast: true`:

- parses the query string once and checks each parameter with rules compiled once from the operation's spec
  parameters (app/jobgate/api/fastrules.py), and a JSON body with the same body validator Connexion would use;
- sets Connexion's request context as its ContextMiddleware does, calls the handler Connexion resolved with the
  keyword arguments Connexion would pass, and sends the handler's response (through Connexion's response
  validation when JOBGATE_VALIDATE_RESPONSES is on).

Anything the rules do not accept, valid or not (a bad value, a parameter they do not compile, another content
type, a missing body), goes on down the whole Connexion path unchanged, so every error keeps its status and
wording. Routing, authentication, tenants, admission, limits, request ids, logs and metrics all sit outside this
middleware and apply to both paths. Operations without the extension are not touched.
"""

from __future__ import annotations

from typing import Any

from connexion.context import _context, _operation, _receive, _scope
from connexion.decorators.parameter import pythonic, sanitized
from connexion.exceptions import BadRequestProblem
from connexion.middleware.abstract import RoutedAPI, RoutedMiddleware
from connexion.middleware.response_validation import ResponseValidationOperation
from connexion.middleware.routing import _scope as _routing_scope
from connexion.operations import AbstractOperation
from connexion.utils import inspect_function_arguments, is_nullable
from connexion.validators import VALIDATOR_MAP
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobgate.api.fastrules import Fallback, OperationRules
from jobgate.parking import Parked, parking_send

FAST_KEY = "x-jobgate-fast"
JSON = "application/json"
ARGUMENTS_KEY = "jobgate.fast_arguments"
FAST_MARK = "jobgate.fast_path"


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A receive channel that yields the messages already read, then what the client sends next."""
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay


async def _stream(data: bytes) -> Any:
    yield data


def _body_headers(scope: Scope) -> tuple[bytes | None, bool]:
    """The Content-Type header and whether Content-Length declares a non-empty body."""
    content_type, sized = None, False
    for name, value in scope["headers"]:
        if name == b"content-type":
            content_type = value
        elif name == b"content-length":
            sized = value.strip() not in (b"", b"0")
    return content_type, sized


def _check_no_form(scope: Scope) -> None:
    """Fallback unless the request of an operation without a body declares no Content-Type, or JSON or plain text.

    Connexion parses a form body (and refuses a malformed Content-Type, or multipart without a boundary) for
    every operation; those answers stay Connexion's."""
    for name, value in scope["headers"]:
        if name == b"content-type":
            if value.partition(b";")[0].strip().lower() not in (b"application/json", b"text/plain"):
                raise Fallback


class FastOperation:
    """One operation's fast path; `next_app` is the rest of Connexion's middleware (request validation on)."""

    def __init__(self, next_app: ASGIApp, operation: AbstractOperation, *, strict: bool, pythonic_params: bool,
                 validator_map: dict[str, Any], validate_responses: bool) -> None:
        self.next_app = next_app
        self.operation = operation
        self.function = operation.function
        names, has_kwargs = inspect_function_arguments(self.function)
        sanitize = pythonic if pythonic_params else sanitized
        self.rules = OperationRules.compile(operation.parameters, arguments=None if has_kwargs else set(names),
                                            strict=strict, sanitize=sanitize)
        self.body_validator: Any = None
        if operation.is_request_body_defined:
            if JSON not in operation.consumes:
                raise ValueError(f"{operation.operation_id}: the fast path reads JSON bodies only")
            self.body_validator = validator_map.get("body", VALIDATOR_MAP["body"])[JSON]
            self.reads_bytes = hasattr(self.body_validator, "parse_bytes")  # jobgate's validators
            self.body_schema = operation.body_schema(JSON)
            self.body_required = bool(operation.request_body.get("required", False))
            self.body_nullable = is_nullable(operation.body_definition(JSON))
            name = sanitize(operation.body_name(JSON))
            self.body_name = name if has_kwargs or name in names else None
        self.strict = strict
        self.serve: ASGIApp = self._serve
        if validate_responses:  # the same response checks the Connexion path applies, around the handler's answer
            self.serve = ResponseValidationOperation(self._serve, operation=operation, validator_map=validator_map)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            if self.body_validator is None:
                _check_no_form(scope)
            kwargs = self.rules.arguments(scope["query_string"], scope.get("path_params") or {})
        except Fallback:
            await self.next_app(scope, receive, send)
            return
        if self.body_validator is not None:
            read = await self._body(scope, receive)
            if read is None:  # the client left while sending the body: nobody to answer
                return
            messages, body = read
            if body is Fallback:
                await self.next_app(scope, _replay(messages, receive), send)
                return
            if self.body_name is not None:
                kwargs[self.body_name] = body
            receive = _replay(messages, receive)
        scope[ARGUMENTS_KEY] = kwargs
        # The extensions are shared by every copy of the scope: tests and logs see which path served a request.
        scope.setdefault("extensions", {})[FAST_MARK] = True
        # What Connexion's ContextMiddleware sets: handlers read the scope, receive and operation from here.
        _context.set(scope.get("extensions", {}).get("connexion_context", {}))
        _operation.set(self.operation)
        _receive.set(receive)
        _scope.set(scope)
        try:
            await self.serve(scope, receive, send)
        except Parked:
            # The request waits outside this stack (jobgate.parking) and needs no Connexion context meanwhile:
            # let go of it (and of the scope copy Connexion's routing keeps) instead of holding it while it waits.
            for var in (_context, _operation, _receive, _scope, _routing_scope):
                var.set(None)
            raise

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = parking_send.set(send)  # a long poll that waits parks (jobgate.parking); its response goes to send
        try:
            response = await self.function(**scope[ARGUMENTS_KEY])
        finally:
            parking_send.reset(token)
        if not isinstance(response, Response):
            raise TypeError(f"{self.operation.operation_id}: the handler of a fast operation must return a Response")
        await response(scope, receive, send)

    async def _body(self, scope: Scope, receive: Receive) -> tuple[list[Message], Any] | None:
        """The messages read and the validated JSON body, or Fallback as the body when Connexion must serve it."""
        content_type, sized = _body_headers(scope)
        if content_type is None or not sized:
            return [], Fallback
        mime, _, params = content_type.decode("latin-1").partition(";")
        charset = params.strip().lower()
        if mime.strip() != JSON or charset not in ("", "charset=utf-8"):  # anything else: as Connexion does
            return [], Fallback
        messages: list[Message] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None
            messages.append(message)
            if not message.get("more_body", False):
                break

        validator = self.body_validator(schema=self.body_schema, required=self.body_required,
                                        nullable=self.body_nullable, encoding="utf-8",
                                        strict_validation=self.strict)
        try:
            data = b"".join([m.get("body", b"") for m in messages])
            if self.reads_bytes:  # the whole body, without a stream
                body = validator.parse_bytes(data)
            else:
                body = await validator._parse(_stream(data), scope)
            if body is None:
                return messages, Fallback
            validator._validate(body)
        except BadRequestProblem:
            return messages, Fallback
        return messages, body


class FastPathAPI(RoutedAPI[ASGIApp]):  # type: ignore[misc]
    def __init__(self, *args: Any, enabled: bool = True, strict_validation: bool = False,
                 pythonic_params: bool = False, validator_map: dict[str, Any] | None = None,
                 validate_responses: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enabled = enabled
        self.options: dict[str, Any] = {"strict": bool(strict_validation), "pythonic_params": bool(pythonic_params),
                        "validator_map": validator_map or {}, "validate_responses": bool(validate_responses)}
        self.add_paths()

    def make_operation(self, operation: AbstractOperation) -> ASGIApp:
        spec = self.specification["paths"][operation.path][operation.method]
        if not self.enabled or not spec.get(FAST_KEY):
            following: ASGIApp = self.next_app
            return following
        return FastOperation(self.next_app, operation, **self.options)


class FastPathMiddleware(RoutedMiddleware[FastPathAPI]):  # type: ignore[misc]
    """Serves the operations marked `x-jobgate-fast` (JOBGATE_FAST_PATH); passes everything else on."""

    api_cls = FastPathAPI

    def __init__(self, app: ASGIApp, enabled: bool = True) -> None:
        super().__init__(app)
        self.enabled = enabled

    def add_api(self, specification: Any, **kwargs: Any) -> FastPathAPI:
        api = FastPathAPI(specification, next_app=self.app, enabled=self.enabled, **kwargs)
        self.apis[api.base_path].append(api)
        return api
