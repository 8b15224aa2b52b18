"""WSGI middleware in front of moto: the /_e2e/ control endpoint, fault injection, expired
credentials, and a log of every AWS call.

Control endpoint (JSON in, JSON out; /_e2e/ can never be an S3 bucket, underscores are invalid
in bucket names):

  GET  /_e2e/health               {"ok": true}
  GET  /_e2e/settings             current settings (see state.DEFAULT_SETTINGS)
  POST /_e2e/settings             merge settings, e.g. {"eventDelaySeconds": 1,
                                  "groups": {"222222222222/app/group": {"instanceCount": 3}}}
  GET  /_e2e/faults               rules and counts of injected faults per service:action:kind
  POST /_e2e/faults               {"rules": [{"kind": "throttle", "rate": 0.3,
                                  "service": "codedeploy", "action": "GetDeployment"}], "seed": 1}
  DELETE /_e2e/faults             no more faults
  GET  /_e2e/calls                {"counts": {"s3:PutObject": 1}, "calls": [{t, service, action,
                                  account, status, fault}]}
  DELETE /_e2e/calls              forget calls (counts restart at zero)
  GET  /_e2e/deployments          every deployment in every account and region, with its stop
                                  request (autoRollbackEnabled) and what the agent saw
  GET  /_e2e/sessions             every assumed-role session with its secrets, so a test can
                                  check that none of them leaked into a log
  POST /_e2e/oidc                 {"issuer", "audiences", "jwks"}: check web identity tokens
  GET  /_e2e/iam                  IAM enforcement: {"enforce", "instanceRole", "denials":
                                  [{service, action, principal, resource, reason}], "evaluator":
                                  {"evaluations", "seconds", "msPerEvaluation"}}
  POST /_e2e/iam                  {"enforce": true, "instanceRole": "codedeploy-instance"}:
                                  evaluate IAM for every request from now on (iam.py)
  POST /_e2e/reset                empty moto and everything above (enforcement off)
"""

from __future__ import annotations

import io
import json
import re
import socket
import time
import traceback
from typing import Any, Callable, Iterable, NoReturn
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

from moto.codedeploy.models import codedeploy_backends
from moto.iam.models import get_account_id_from
from moto.moto_api._internal.models import moto_api_backend
from moto.sts.exceptions import STSClientError
from moto.sts.models import sts_backends

import iam
import moto_patches
from state import AFTER_FAULTS, SettingsError, calls, faults, registry, reset_all, settings

StartResponse = Callable[..., Any]
CREDENTIAL = re.compile(r"Credential=([^/,\s]+)/\d{8}/([^/]+)/([^/]+)/aws4_request")
CONTROL_PREFIX = "/_e2e/"


def _read_body(environ: dict[str, Any]) -> bytes:
    """Reads the request body and puts it back, so moto can still read it."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    return body


def s3_action(method: str, path: str, query: dict[str, list[str]], environ: dict[str, Any]) -> str:
    """The S3 operation of a REST request. The JS SDK names most operations in an x-id query
    parameter; the rest are told apart the way S3 does, by method, path and sub-resource."""
    if "x-id" in query:
        return query["x-id"][0]
    parts = path.lstrip("/").split("/", 1)
    has_key = len(parts) == 2 and parts[1] != ""
    if not parts[0]:
        return "ListBuckets"
    if has_key:
        if method == "HEAD":
            return "HeadObject"
        if method == "GET":
            return "GetObjectAttributes" if "attributes" in query else "GetObject"
        if method == "PUT":
            if "partNumber" in query:
                return "UploadPart"
            return "CopyObject" if "HTTP_X_AMZ_COPY_SOURCE" in environ else "PutObject"
        if method == "POST":
            return "CreateMultipartUpload" if "uploads" in query else "CompleteMultipartUpload"
        if method == "DELETE":
            return "AbortMultipartUpload" if "uploadId" in query else "DeleteObject"
    if method == "HEAD":
        return "HeadBucket"
    sub = next((q for q in sorted(query) if q not in ("max-keys", "prefix", "delimiter")), None)
    if method == "GET":
        if "list-type" in query:
            return "ListObjectsV2"
        return f"GetBucket{sub.capitalize()}" if sub else "ListObjects"
    if method == "PUT":
        return f"PutBucket{sub.capitalize()}" if sub else "CreateBucket"
    if method == "DELETE":
        return f"DeleteBucket{sub.capitalize()}" if sub else "DeleteBucket"
    return "DeleteObjects" if "delete" in query else f"{method} bucket"


def identify(environ: dict[str, Any]) -> tuple[str, str, str | None]:
    """Service, operation and access key of an AWS request."""
    auth = environ.get("HTTP_AUTHORIZATION", "")
    match = CREDENTIAL.search(auth)
    access_key, service = (match.group(1), match.group(3)) if match else (None, None)
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return service or target.split("_")[0].lower(), target.split(".")[-1], access_key
    if environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded"):
        form = parse_qs(_read_body(environ).decode("utf-8", "replace"))
        if "Action" in form:
            # AssumeRoleWithWebIdentity is unsigned: no credential names the service.
            return service or "sts", form["Action"][0], access_key
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if "Action" in query:
        return service or "sts", query["Action"][0], access_key
    method = environ.get("REQUEST_METHOD", "GET")
    return (
        service or "s3",
        s3_action(method, environ.get("PATH_INFO", ""), query, environ),
        access_key,
    )


def _xml_error(code: str, message: str, sts: bool) -> bytes:
    if sts:
        return (
            '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
            f"<Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
            "<RequestId>e2e</RequestId></ErrorResponse>"
        ).encode()
    return (
        f"<Error><Code>{code}</Code><Message>{message}</Message>"
        "<RequestId>e2e</RequestId></Error>"
    ).encode()


# The error each service really sends, per injected condition: (HTTP status, code, message).
ERRORS: dict[str, dict[str, tuple[int, str, str]]] = {
    "throttle": {
        "codedeploy": (400, "ThrottlingException", "Rate exceeded"),
        "sts": (400, "Throttling", "Rate exceeded"),
        "s3": (503, "SlowDown", "Please reduce your request rate."),
    },
    "error500": {
        "codedeploy": (500, "InternalFailure", "An internal error occurred."),
        "sts": (500, "InternalFailure", "An internal error occurred."),
        "s3": (500, "InternalError", "We encountered an internal error. Please try again."),
    },
    "expired": {
        "codedeploy": (
            400,
            "ExpiredTokenException",
            "The security token included in the request is expired",
        ),
        "sts": (400, "ExpiredToken", "The security token included in the request is expired"),
        "s3": (400, "ExpiredToken", "The provided token has expired."),
    },
}


def error_response(
    kind: str, service: str, environ: dict[str, Any], start_response: StartResponse
) -> Iterable[bytes]:
    status, code, message = ERRORS[kind].get(service, ERRORS[kind]["s3"])
    if service == "codedeploy":
        body = json.dumps({"__type": code, "message": message}).encode()
        content_type = "application/x-amz-json-1.1"
    else:
        body = _xml_error(code, message, service == "sts")
        content_type = "text/xml"
    if environ.get("REQUEST_METHOD") == "HEAD":
        body = b""
    headers = [
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("x-amzn-RequestId", "e2e-fault"),
        ("x-amzn-ErrorType", code),
    ]
    start_response(f"{status} {'Error' if status < 500 else 'Server Error'}", headers)
    return [body]


def denied_response(
    denied: iam.Denied, environ: dict[str, Any], start_response: StartResponse
) -> Iterable[bytes]:
    """A refusal in the service's own format: CodeDeploy's JSON AccessDeniedException, S3's XML
    Error, STS's and IAM's XML ErrorResponse."""
    if denied.service == "codedeploy":
        body = json.dumps({"__type": denied.code, "message": denied.message}).encode()
        content_type = "application/x-amz-json-1.1"
    elif denied.service == "s3":
        body = (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            f"<Error><Code>{denied.code}</Code><Message>{escape(denied.message)}</Message>"
            "<RequestId>e2e-iam</RequestId><HostId>e2e-iam</HostId></Error>"
        ).encode()
        content_type = "application/xml"
    else:
        namespace = {
            "sts": "https://sts.amazonaws.com/doc/2011-06-15/",
            "iam": "https://iam.amazonaws.com/doc/2010-05-08/",
        }.get(denied.service, "")
        body = (
            f'<ErrorResponse xmlns="{namespace}"><Error><Type>Sender</Type>'
            f"<Code>{denied.code}</Code><Message>{escape(denied.message)}</Message></Error>"
            "<RequestId>e2e-iam</RequestId></ErrorResponse>"
        ).encode()
        content_type = "text/xml"
    if environ.get("REQUEST_METHOD") == "HEAD":
        body = b""
    headers = [
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("x-amzn-RequestId", "e2e-iam"),
        ("x-amzn-ErrorType", denied.code),
    ]
    start_response(f"{denied.status} {'Forbidden' if denied.status == 403 else 'Error'}", headers)
    return [body]


def authorize(
    service: str, action: str, access_key: str | None, environ: dict[str, Any]
) -> bytes | None:
    """Raises iam.Denied when AWS would refuse the request; returns a whole answer for the calls
    the emulator answers itself (SimulatePrincipalPolicy), else None (moto carries it out)."""
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if service == "s3":
        path = environ.get("PATH_INFO", "")
        bucket = path.lstrip("/").split("/", 1)[0]
        if bucket:
            iam.check_expected_owner(bucket, environ.get("HTTP_X_AMZ_EXPECTED_BUCKET_OWNER"))
        if iam.enforcement.enforce:
            principal = iam.principal_of(access_key)
            iam.authorize_s3(principal, action, path, query)
            requested = environ.get("HTTP_X_AMZ_SERVER_SIDE_ENCRYPTION_AWS_KMS_KEY_ID")
            iam.authorize_s3_kms(principal, action, path, query, requested)
        return None
    if service == "codedeploy":
        if iam.enforcement.enforce:
            body = json.loads(_read_body(environ) or b"{}")
            match = CREDENTIAL.search(environ.get("HTTP_AUTHORIZATION", ""))
            region = match.group(2) if match else "us-east-1"
            iam.authorize_codedeploy(iam.principal_of(access_key), action, body, region)
        return None
    if service not in ("sts", "iam"):
        return None
    form = iam.parse_form(_read_body(environ), environ.get("QUERY_STRING", ""))
    if service == "iam":
        if iam.enforcement.enforce:
            iam.authorize_iam(iam.principal_of(access_key), action, form)
        if action == "SimulatePrincipalPolicy":
            return iam.simulate_principal_policy(form)
        return None
    if not iam.enforcement.enforce:
        return None
    if action == "AssumeRole":
        iam.authorize_assume_role(iam.principal_of(access_key), form)
    elif action == "AssumeRoleWithWebIdentity":
        token = form.get("WebIdentityToken", [""])[0]
        try:
            claims = moto_patches.check_web_identity_token(token)
        except STSClientError:
            return None  # moto's patched handler answers the same error
        iam.authorize_web_identity(form, claims)
    return None


def drop_connection(environ: dict[str, Any]) -> NoReturn:
    """Closes the socket without a response, like a connection reset by a load balancer.
    werkzeug treats ConnectionResetError as a dropped client and logs nothing."""
    sock = environ.get("werkzeug.socket")
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    raise ConnectionResetError("connection dropped by fault injection")


def all_deployments() -> list[dict[str, Any]]:
    found = []
    for account, regions in list(codedeploy_backends.items()):
        for region, backend in list(regions.items()):
            for deployment in list(backend.deployments.values()):
                found.append(
                    {
                        "account": account,
                        "region": region,
                        "deploymentId": deployment.deployment_id,
                        "application": deployment.application_name,
                        "deploymentGroup": deployment.deployment_group_name,
                        "status": deployment.status,
                        "creator": deployment.creator,
                        "revision": deployment.revision,
                        "description": deployment.description,
                        "errorInformation": deployment.error_information,
                        "stopRequest": deployment.stop_request,
                        "rollbackInfo": deployment.rollback_info,
                        "overrides": {
                            "autoRollbackConfiguration": deployment.auto_rollback_configuration,
                            "overrideAlarmConfiguration": deployment.override_alarm_configuration,
                            "updateOutdatedInstancesOnly": deployment.update_outdated_instances_only,
                        },
                        "agent": registry.agent_reports.get(deployment.deployment_id),
                    }
                )
    return found


def all_sessions() -> list[dict[str, Any]]:
    found = []
    for account, partitions in list(sts_backends.items()):
        for backend in list(partitions.values()):
            for role in list(backend.assumed_roles):
                found.append(
                    {
                        "account": account,
                        "roleArn": role.role_arn,
                        "sessionName": role.session_name,
                        "accessKeyId": role.access_key_id,
                        "secretAccessKey": role.secret_access_key,
                        "sessionToken": role.session_token,
                        "expiration": role.expiration.isoformat() + "Z",
                    }
                )
    return found


class Emulator:
    def __init__(self, app: Callable[..., Iterable[bytes]]):
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path.startswith(CONTROL_PREFIX):
            return self.control(environ, start_response)
        service, action, access_key = identify(environ)
        call: dict[str, Any] = {
            "t": time.time(),
            "service": service,
            "action": action,
            "account": get_account_id_from(access_key) if access_key else None,
            "status": None,
            "fault": None,
        }
        fault = faults.pick(service, action)
        if fault is None and access_key and registry.is_expired(access_key):
            fault = "expired"
        call["fault"] = fault
        if fault in AFTER_FAULTS:
            return self.lose_answer(AFTER_FAULTS[fault], service, call, environ, start_response)
        if fault == "drop":
            call["status"] = 0
            calls.record(call)
            drop_connection(environ)
        if fault is not None:
            call["status"] = ERRORS[fault].get(service, ERRORS[fault]["s3"])[0]
            calls.record(call)
            return error_response(fault, service, environ, start_response)

        try:
            answer = authorize(service, action, access_key, environ)
        except iam.Denied as denied:
            call["status"] = denied.status
            call["denied"] = denied.message
            calls.record(call)
            return denied_response(denied, environ, start_response)
        if answer is not None:
            call["status"] = 200
            calls.record(call)
            start_response(
                "200 OK", [("Content-Type", "text/xml"), ("Content-Length", str(len(answer)))]
            )
            return [answer]

        def recording_start_response(status: str, headers: Any, *args: Any) -> Any:
            call["status"] = int(status.split(" ", 1)[0])
            calls.record(call)
            return start_response(status, headers, *args)

        return self.app(environ, recording_start_response)

    def lose_answer(
        self,
        kind: str,
        service: str,
        call: dict[str, Any],
        environ: dict[str, Any],
        start_response: StartResponse,
    ) -> Iterable[bytes]:
        """Carries the request out in moto, then throws its answer away: a dropped connection or
        an HTTP 500 in its place. The call log records the fault's status, as the client saw it."""
        answer = self.app(environ, lambda *args, **kwargs: None)
        for _ in answer:
            pass
        close = getattr(answer, "close", None)
        if close is not None:
            close()
        if kind == "drop":
            call["status"] = 0
            calls.record(call)
            drop_connection(environ)
        call["status"] = ERRORS[kind].get(service, ERRORS[kind]["s3"])[0]
        calls.record(call)
        return error_response(kind, service, environ, start_response)

    def control(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        route = environ["PATH_INFO"][len(CONTROL_PREFIX) :].strip("/")
        try:
            body = json.loads(_read_body(environ) or b"{}")
            status, result = 200, self.route(method, route, body)
        except (SettingsError, json.JSONDecodeError, KeyError, TypeError) as error:
            status, result = 400, {"error": str(error)}
        except LookupError as error:
            status, result = 404, {"error": str(error)}
        except Exception as error:  # a bug here must reach the test as an answer, not a hang
            traceback.print_exc()
            status, result = 500, {"error": repr(error)}
        payload = json.dumps(result, default=str).encode()
        start_response(
            f"{status} {'OK' if status == 200 else 'Error'}",
            [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
        )
        return [payload]

    def route(self, method: str, route: str, body: dict[str, Any]) -> Any:
        if (method, route) == ("GET", "health"):
            return {"ok": True}
        if route == "settings":
            return settings.update(body) if method == "POST" else settings.snapshot()
        if route == "faults":
            if method == "POST":
                faults.configure(body.get("rules", []), int(body.get("seed", 0)))
            elif method == "DELETE":
                faults.configure([])
            return faults.snapshot()
        if route == "calls":
            if method == "DELETE":
                calls.reset()
            return calls.snapshot()
        if (method, route) == ("GET", "deployments"):
            return {"deployments": all_deployments()}
        if (method, route) == ("GET", "sessions"):
            return {"sessions": all_sessions()}
        if (method, route) == ("POST", "oidc"):
            registry.oidc = {
                "issuer": body["issuer"],
                "audiences": list(body["audiences"]),
                "jwks": body["jwks"],
            }
            return {"ok": True}
        if route == "iam":
            return iam.configure(body) if method == "POST" else iam.snapshot()
        if (method, route) == ("POST", "reset"):
            reset_all()
            iam.reset()
            moto_api_backend.reset()
            return {"ok": True}
        raise LookupError(f"no control route {method} /_e2e/{route}")
