"""IAM as AWS evaluates it, for the emulator: who is calling, which IAM action and resource each
STS, S3, CodeDeploy and IAM operation needs (as the Service Authorization Reference lists them),
which policies apply (identity, trust, bucket), and AWS's answer when they do not allow it.

The decision itself comes from @cloud-copilot/iam-simulate, run by iam-evaluator.mjs in a Node.js
process that answers JSON lines; nothing here decides whether a statement matches. Policies are
read from moto's IAM and S3 backends, where the tests install them with real API calls.

Enforcement is off until a test turns it on (POST /_e2e/iam {"enforce": true}); the existing
scenarios run without it. ExpectedBucketOwner is checked always, as S3 does.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote
from xml.sax.saxutils import escape

import moto.iam.models as iam_models
from moto.codedeploy.models import codedeploy_backends
from moto.iam.models import get_account_id_from, iam_backends
from moto.kms.models import kms_backends
from moto.s3.models import s3_backends
from moto.sts.models import sts_backends

PARTITION = "aws"
EVALUATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "iam-evaluator.mjs")
# Root of an account: AWS grants it every action in its own account without a policy.
ROOT_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}


class Denied(Exception):
    """A request IAM refuses: the service's own error code, HTTP status and message."""

    def __init__(self, service: str, code: str, message: str, status: int = 403):
        super().__init__(message)
        self.service = service
        self.code = code
        self.message = message
        self.status = status


# --- The evaluator process -------------------------------------------------------------------


class Evaluator:
    """One Node.js process for the emulator's life, started on first use; requests are serialised
    (one line out, one line in), which keeps the protocol trivial and costs little: an evaluation
    takes 1.5 to 2.5 ms (see e2e/README.md)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._next_id = 0
        self.count = 0
        self.seconds = 0.0

    def _start(self) -> subprocess.Popen[str]:
        node = os.environ.get("E2E_IAM_NODE") or "node"
        return subprocess.Popen(
            [node, EVALUATOR],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
            cwd=os.path.dirname(EVALUATOR),
        )

    def evaluate(self, simulation: dict[str, Any], unsafe: bool = False) -> dict[str, Any]:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            self._next_id += 1
            started = time.perf_counter()
            line = json.dumps({"id": self._next_id, "simulation": simulation, "unsafe": unsafe})
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write(line + "\n")
            self._process.stdin.flush()
            answer = json.loads(self._process.stdout.readline() or "{}")
            self.count += 1
            self.seconds += time.perf_counter() - started
        if "error" in answer or "decision" not in answer:
            raise RuntimeError(f"the IAM evaluator failed: {answer.get('error', answer)}")
        return answer

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "evaluations": self.count,
                "seconds": self.seconds,
                "msPerEvaluation": (self.seconds / self.count * 1000) if self.count else None,
            }

    def reset_stats(self) -> None:
        with self._lock:
            self.count = 0
            self.seconds = 0.0


evaluator = Evaluator()


@dataclass
class Enforcement:
    enforce: bool = False
    # The role of the production instances' instance profile, by name, in the deployment's
    # account: the simulated agent downloads revisions with it.
    instance_role: str = "codedeploy-instance"
    # Per deployment group ("account/application/group"), when groups' instances differ.
    instance_roles: dict[str, str] = field(default_factory=dict)
    # Every denial answered, for tests to read: {service, action, principal, resource, reason}.
    denials: list[dict[str, Any]] = field(default_factory=list)


enforcement = Enforcement()
_state_lock = threading.Lock()


def configure(body: dict[str, Any]) -> dict[str, Any]:
    unknown = set(body) - {"enforce", "instanceRole", "instanceRoles"}
    if unknown:
        raise KeyError(f"unknown IAM settings: {sorted(unknown)}")
    with _state_lock:
        if "enforce" in body:
            enforcement.enforce = bool(body["enforce"])
        if "instanceRole" in body:
            enforcement.instance_role = str(body["instanceRole"])
        if "instanceRoles" in body:
            roles = body["instanceRoles"]
            enforcement.instance_roles.update({str(k): str(v) for k, v in roles.items()})
    return snapshot()


def snapshot() -> dict[str, Any]:
    with _state_lock:
        return {
            "enforce": enforcement.enforce,
            "instanceRole": enforcement.instance_role,
            "instanceRoles": dict(enforcement.instance_roles),
            "denials": list(enforcement.denials),
            "evaluator": evaluator.stats(),
        }


def reset() -> None:
    with _state_lock:
        enforcement.enforce = False
        enforcement.instance_role = "codedeploy-instance"
        enforcement.instance_roles = {}
        enforcement.denials = []


def _note_denial(**entry: Any) -> None:
    with _state_lock:
        enforcement.denials.append(entry)


# --- Who is calling, and the policies that apply ---------------------------------------------


@dataclass
class Principal:
    arn: str  # the session ARN AWS names in its messages
    account: str
    role_arn: str | None  # None for the account's root (keys moto did not issue)


def principal_of(access_key: str | None) -> Principal:
    account = get_account_id_from(access_key) if access_key else iam_models.DEFAULT_ACCOUNT_ID
    key = iam_backends[account][PARTITION].access_keys.get(access_key or "")
    role_arn = getattr(key, "role_arn", None) if key is not None else None
    if role_arn:
        session_name = "session"
        for role in list(sts_backends[account][PARTITION].assumed_roles):
            if role.access_key_id == access_key:
                session_name = role.session_name
        name = role_arn.split("/")[-1]
        session_arn = f"arn:aws:sts::{account}:assumed-role/{name}/{session_name}"
        return Principal(session_arn, account, role_arn)
    return Principal(f"arn:aws:iam::{account}:root", account, None)


def find_role(role_arn: str) -> Any | None:
    match = re.match(r"^arn:aws:iam::(\d{12}):role/(?:.*/)?([\w+=,.@-]+)$", role_arn)
    if not match:
        return None
    backend = iam_backends[match.group(1)][PARTITION]
    for role in list(backend.roles.values()):
        if role.arn == role_arn or (
            role.name == match.group(2) and role.account_id == match.group(1)
        ):
            return role
    return None


def _document(text: Any) -> Any:
    if isinstance(text, (bytes, bytearray)):
        text = text.decode()
    if isinstance(text, str):
        text = unquote(text) if text.lstrip().startswith("%") else text
        return json.loads(text)
    return text


def role_policies(role: Any) -> list[dict[str, Any]]:
    """The role's inline policies and attached managed policies, as AWS applies them."""
    policies = [
        {"name": name, "policy": _document(document)}
        for name, document in list(role.policies.items())
    ]
    for arn, managed in list(role.managed_policies.items()):
        document = getattr(managed, "document", None)
        if document is None and getattr(managed, "default_version", None) is not None:
            document = managed.default_version.document
        if document is not None:
            policies.append({"name": arn.split("/")[-1], "policy": _document(document)})
    return policies


def identity_policies(principal: Principal) -> list[dict[str, Any]]:
    if principal.role_arn is None:
        return [{"name": "root", "policy": ROOT_POLICY}]
    role = find_role(principal.role_arn)
    return role_policies(role) if role is not None else []


def _context(principal: Principal, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    context: dict[str, Any] = {
        "aws:PrincipalArn": principal.role_arn or principal.arn,
        "aws:PrincipalAccount": principal.account,
        # The action talks to AWS over HTTPS; the emulator's plain HTTP is a test artefact.
        "aws:SecureTransport": "true",
    }
    context.update(extra or {})
    return context


def simulate(
    principal_arn: str,
    action: str,
    resource: str,
    resource_account: str,
    identity: list[dict[str, Any]],
    resource_policy: Any | None = None,
    context: dict[str, Any] | None = None,
    unsafe: bool = False,
) -> dict[str, Any]:
    simulation: dict[str, Any] = {
        "request": {
            "principal": principal_arn,
            "action": action,
            "resource": {"resource": resource, "accountId": resource_account},
            "contextVariables": context or {},
        },
        "identityPolicies": identity,
        "serviceControlPolicies": [],
        "resourceControlPolicies": [],
    }
    if resource_policy is not None:
        simulation["resourcePolicy"] = resource_policy
    return evaluator.evaluate(simulation, unsafe)


def _reason(result: dict[str, Any], action: str) -> str:
    """The clause AWS ends its AccessDenied messages with: an explicit deny, else the first of
    the identity policy and (across accounts) the resource policy that does not allow."""
    for statement in result.get("deny", []):
        kind = "resource-based" if statement.get("kind") == "resource" else "identity-based"
        return f"with an explicit deny in a {kind} policy"
    if result.get("identity") != "Allowed":
        return f"because no identity-based policy allows the {action} action"
    return f"because no resource-based policy allows the {action} action"


# --- Each service's operations: IAM action and resource ---------------------------------------

S3_BUCKET_ACTIONS = {
    "HeadBucket": "s3:ListBucket",
    "ListObjects": "s3:ListBucket",
    "ListObjectsV2": "s3:ListBucket",
    "ListObjectVersions": "s3:ListBucketVersions",
    "ListMultipartUploads": "s3:ListBucketMultipartUploads",
    "GetBucketLocation": "s3:GetBucketLocation",
    "GetBucketVersioning": "s3:GetBucketVersioning",
    "PutBucketVersioning": "s3:PutBucketVersioning",
    "GetBucketPolicy": "s3:GetBucketPolicy",
    "PutBucketPolicy": "s3:PutBucketPolicy",
    "DeleteBucketPolicy": "s3:DeleteBucketPolicy",
    "GetBucketEncryption": "s3:GetEncryptionConfiguration",
    "PutBucketEncryption": "s3:PutEncryptionConfiguration",
    "CreateBucket": "s3:CreateBucket",
    "DeleteBucket": "s3:DeleteBucket",
    "DeleteObjects": "s3:DeleteObject",
}
S3_OBJECT_ACTIONS = {
    "GetObject": "s3:GetObject",
    "HeadObject": "s3:GetObject",
    "GetObjectAttributes": "s3:GetObjectAttributes",
    "PutObject": "s3:PutObject",
    "CopyObject": "s3:PutObject",
    "CreateMultipartUpload": "s3:PutObject",
    "UploadPart": "s3:PutObject",
    "CompleteMultipartUpload": "s3:PutObject",
    "AbortMultipartUpload": "s3:AbortMultipartUpload",
    "ListParts": "s3:ListMultipartUploadParts",
    "DeleteObject": "s3:DeleteObject",
}
# With a versionId, S3 authorises the version's own action.
S3_VERSION_ACTIONS = {
    "s3:GetObject": "s3:GetObjectVersion",
    "s3:GetObjectAttributes": "s3:GetObjectVersionAttributes",
    "s3:DeleteObject": "s3:DeleteObjectVersion",
}

# CodeDeploy operations by the resource type they are authorised on.
CD_APPLICATION = {
    "RegisterApplicationRevision",
    "GetApplicationRevision",
    "ListApplicationRevisions",
    "GetApplication",
    "CreateApplication",
    "DeleteApplication",
    "CreateDeploymentGroup",
}
CD_GROUP = {
    "CreateDeployment",
    "GetDeploymentGroup",
    "ListDeployments",
    "UpdateDeploymentGroup",
    "DeleteDeploymentGroup",
}
# Authorised on the group of the deployment they name.
CD_DEPLOYMENT = {
    "GetDeployment",
    "StopDeployment",
    "ContinueDeployment",
    "ListDeploymentTargets",
    "BatchGetDeploymentTargets",
    "GetDeploymentTarget",
    "ListDeploymentInstances",
    "BatchGetDeploymentInstances",
    "GetDeploymentInstance",
}
# The action of CreateDeploymentGroup is on the group; of CreateApplication on the application.
CD_GROUP_CREATORS = {"CreateDeploymentGroup"}


def _bucket_owner(bucket: str) -> str | None:
    owner = s3_backends.bucket_accounts.get(bucket)
    return owner[1] if owner else None


def _bucket_policy(bucket: str, account: str) -> Any | None:
    try:
        found = s3_backends[account][PARTITION].buckets.get(bucket)
    except KeyError:
        return None
    policy = getattr(found, "policy", None)
    return _document(policy) if policy else None


def s3_request(
    operation: str, path: str, query: dict[str, list[str]]
) -> tuple[str, str, str] | None:
    """(IAM action, resource ARN, bucket) of an S3 request; None for ListBuckets."""
    parts = path.lstrip("/").split("/", 1)
    bucket = unquote(parts[0])
    if not bucket:
        return None
    key = unquote(parts[1]) if len(parts) == 2 else ""
    if operation in S3_OBJECT_ACTIONS or (key and operation not in S3_BUCKET_ACTIONS):
        action = S3_OBJECT_ACTIONS.get(operation, f"s3:{operation}")
        if "versionId" in query:
            action = S3_VERSION_ACTIONS.get(action, action)
        return action, f"arn:aws:s3:::{bucket}/{key}", bucket
    return S3_BUCKET_ACTIONS.get(operation, f"s3:{operation}"), f"arn:aws:s3:::{bucket}", bucket


def codedeploy_resource(operation: str, body: dict[str, Any], account: str, region: str) -> str:
    prefix = f"arn:aws:codedeploy:{region}:{account}"
    application = body.get("applicationName")
    if operation in CD_GROUP_CREATORS:
        return f"{prefix}:deploymentgroup:{application}/{body.get('deploymentGroupName')}"
    if operation in CD_APPLICATION:
        return f"{prefix}:application:{application}"
    if operation in CD_GROUP:
        group = body.get("deploymentGroupName")
        if application and group:
            return f"{prefix}:deploymentgroup:{application}/{group}"
        return f"{prefix}:deploymentgroup:*"
    if operation in CD_DEPLOYMENT:
        deployment_id = body.get("deploymentId")
        backend = codedeploy_backends[account][region]
        deployment = backend.deployments.get(deployment_id) if deployment_id else None
        if deployment is not None:
            return (
                f"{prefix}:deploymentgroup:{deployment.application_name}"
                f"/{deployment.deployment_group_name}"
            )
        return f"{prefix}:deploymentgroup:*"
    if operation in ("GetDeploymentConfig", "CreateDeploymentConfig", "DeleteDeploymentConfig"):
        return f"{prefix}:deploymentconfig:{body.get('deploymentConfigName')}"
    return "*"


# --- Authorisation of one request ------------------------------------------------------------


def check_expected_owner(bucket: str, expected: str | None) -> None:
    """S3 answers 403 Access Denied when ExpectedBucketOwner names another account, whatever the
    caller's permissions."""
    if not expected:
        return
    owner = _bucket_owner(bucket)
    if owner is not None and owner != expected:
        raise Denied("s3", "AccessDenied", "Access Denied")


def authorize_s3(
    principal: Principal, operation: str, path: str, query: dict[str, list[str]]
) -> None:
    found = s3_request(operation, path, query)
    if found is None:
        return
    action, resource, bucket = found
    owner = _bucket_owner(bucket) or principal.account
    policy = _bucket_policy(bucket, owner)
    result = simulate(
        principal.arn,
        action,
        resource,
        owner,
        identity_policies(principal),
        policy,
        _context(principal),
    )
    if result["decision"] != "Allowed":
        reason = _reason(result, action)
        message = (
            f"User: {principal.arn} is not authorized to perform: {action} on resource:"
            f' "{resource}" {reason}'
        )
        _note_denial(
            service="s3",
            action=action,
            principal=principal.arn,
            resource=resource,
            reason=reason,
        )
        raise Denied("s3", "AccessDenied", message)


# --- SSE-KMS: the key S3 uses on the caller's behalf -----------------------------------------

# S3 asks KMS for a data key to encrypt a new object (or a multipart upload), and to decrypt one to
# read an object or to add a part to an upload, as the caller (the API reference of
# CreateMultipartUpload: "kms:GenerateDataKey for the CreateMultipartUpload API ... kms:Decrypt on
# the UploadPart and UploadPartCopy APIs"). HeadObject and CompleteMultipartUpload need no key.
KMS_ACTIONS = {
    "PutObject": "kms:GenerateDataKey",
    "CopyObject": "kms:GenerateDataKey",
    "CreateMultipartUpload": "kms:GenerateDataKey",
    "UploadPart": "kms:Decrypt",
    "GetObject": "kms:Decrypt",
}
KMS_KEY_ARN = re.compile(r"^arn:aws:kms:([\w-]+):(\d{12}):key/([\w-]+)$")


def _bucket(bucket: str, owner: str) -> Any | None:
    try:
        return s3_backends[owner][PARTITION].buckets.get(bucket)
    except KeyError:
        return None


def _default_kms_key(found: Any) -> str | None:
    """The bucket's default SSE-KMS key, when its default encryption names one."""
    rule = ((getattr(found, "encryption", None) or {}).get("Rule") or {}).get(
        "ApplyServerSideEncryptionByDefault"
    ) or {}
    if not str(rule.get("SSEAlgorithm", "")).startswith("aws:kms"):
        return None
    return rule.get("KMSMasterKeyID")


def _stored_kms_key(found: Any, key: str, version: str | None) -> str | None:
    """The key that encrypted the object (or the version) being read."""
    versions = [v for v in found.keys.getlist(key, []) if v is not None]
    for candidate in reversed(versions):
        if version in (None, getattr(candidate, "version_id", None)):
            if getattr(candidate, "encryption", None) == "aws:kms":
                return getattr(candidate, "kms_key_id", None)
            return None
    return None


def request_kms_key(
    operation: str,
    bucket: str,
    key: str,
    query: dict[str, list[str]],
    requested: str | None,
) -> str | None:
    """The KMS key an S3 request makes S3 use, or None when it uses none."""
    owner = _bucket_owner(bucket)
    found = _bucket(bucket, owner) if owner else None
    if found is None or operation not in KMS_ACTIONS:
        return None
    if operation == "GetObject":
        return _stored_kms_key(found, key, query.get("versionId", [None])[0])
    if operation == "UploadPart":
        upload = found.multiparts.get(query.get("uploadId", [""])[0])
        return getattr(upload, "kms_key_id", None) or _default_kms_key(found)
    return requested or _default_kms_key(found)


def _find_kms_key(key_id: str, account: str, region: str) -> tuple[str, Any] | None:
    """(key ARN, policy document) of a key named by ARN, or by ID in the bucket's account."""
    match = KMS_KEY_ARN.match(key_id)
    if match:
        region, account, key_id = match.groups()
    try:
        found = kms_backends[account][region].keys.get(key_id)
    except KeyError:
        return None
    if found is None:
        return None
    return found.arn, _document(found.policy)


def authorize_kms(
    principal: Principal, action: str, key_id: str, bucket: str, agent: bool = False
) -> str | None:
    """Whether the key's policy (and, across accounts or without the key policy's delegation to
    IAM, the caller's identity policy) lets the caller use the key: None when it does, else the
    message S3 passes on from KMS."""
    owner = _bucket_owner(bucket) or principal.account
    region = getattr(_bucket(bucket, owner), "region_name", None) or "us-east-1"
    key = _find_kms_key(key_id, owner, region)
    if key is None:
        return f"Invalid keyId {key_id}"
    key_arn, policy = key
    result = simulate(
        principal.arn,
        action,
        key_arn,
        key_arn.split(":")[4],
        identity_policies(principal),
        policy,
        _context(principal),
    )
    if result["decision"] == "Allowed":
        return None
    reason = _reason(result, action)
    _note_denial(
        service="kms",
        action=action,
        principal=principal.arn,
        resource=key_arn,
        reason=reason,
        agent=agent,
    )
    return f"User: {principal.arn} is not authorized to perform: {action} on resource: {key_arn} {reason}"


def authorize_s3_kms(
    principal: Principal,
    operation: str,
    path: str,
    query: dict[str, list[str]],
    requested: str | None,
) -> None:
    """The KMS side of an S3 request that S3 allowed: S3 answers AccessDenied with KMS's message
    when the caller may not use the key, and KMS.NotFoundException when the key does not exist."""
    parts = path.lstrip("/").split("/", 1)
    if len(parts) < 2 or not parts[1]:
        return
    bucket, key = unquote(parts[0]), unquote(parts[1])
    key_id = request_kms_key(operation, bucket, key, query, requested)
    if key_id is None:
        return
    refusal = authorize_kms(principal, KMS_ACTIONS[operation], key_id, bucket)
    if refusal is None:
        return
    if refusal.startswith("Invalid keyId"):
        raise Denied("s3", "KMS.NotFoundException", refusal, 400)
    raise Denied("s3", "AccessDenied", refusal)


def authorize_codedeploy(
    principal: Principal, operation: str, body: dict[str, Any], region: str
) -> None:
    _authorize_codedeploy_action(principal, operation, body, region)
    # CreateDeployment's API reference: "If you specify an overrideAlarmConfiguration, you need
    # the UpdateDeploymentGroup IAM permission when calling CreateDeployment."
    if operation == "CreateDeployment" and body.get("overrideAlarmConfiguration") is not None:
        _authorize_codedeploy_action(principal, "UpdateDeploymentGroup", body, region)


def _authorize_codedeploy_action(
    principal: Principal, operation: str, body: dict[str, Any], region: str
) -> None:
    action = f"codedeploy:{operation}"
    resource = codedeploy_resource(operation, body, principal.account, region)
    _require_identity_allows(
        principal, "codedeploy", action, resource, "AccessDeniedException", 400
    )


def _require_identity_allows(
    principal: Principal, service: str, action: str, resource: str, code: str, status: int
) -> None:
    """A call on a resource of the caller's own account, which its identity policies alone
    decide; a refusal answers the service's error with AWS's message."""
    result = simulate(
        principal.arn,
        action,
        resource,
        principal.account,
        identity_policies(principal),
        None,
        _context(principal),
    )
    if result["decision"] == "Allowed":
        return
    reason = _reason(result, action)
    resource = result.get("evaluatedResource", resource)
    _note_denial(
        service=service, action=action, principal=principal.arn, resource=resource, reason=reason
    )
    raise Denied(
        service,
        code,
        f"User: {principal.arn} is not authorized to perform: {action} on resource:"
        f" {resource} {reason}",
        status,
    )


def _members(form: dict[str, list[str]], prefix: str) -> list[str]:
    found = []
    for key, values in form.items():
        match = re.fullmatch(re.escape(prefix) + r"\.member\.(\d+)", key)
        if match:
            found.append((int(match.group(1)), values[0]))
    return [value for _, value in sorted(found)]


def _tags(form: dict[str, list[str]]) -> dict[str, str]:
    tags = {}
    for key, values in form.items():
        match = re.fullmatch(r"Tags\.member\.(\d+)\.Key", key)
        if match:
            value = form.get(f"Tags.member.{match.group(1)}.Value", [""])[0]
            tags[values[0]] = value
    return tags


def authorize_assume_role(principal: Principal, form: dict[str, list[str]]) -> None:
    """AssumeRole needs the role to exist, its trust policy to allow the caller (with the
    condition keys of the request, such as sts:ExternalId), the caller's identity policy to allow
    sts:AssumeRole on it (across accounts, or when the trust policy names only the account), and
    sts:TagSession on both sides when session tags are sent."""
    role_arn = form.get("RoleArn", [""])[0]
    message = (
        f"User: {principal.arn} is not authorized to perform: sts:AssumeRole on resource:"
        f" {role_arn}"
    )
    role = find_role(role_arn)
    if role is None:
        _note_denial(
            service="sts",
            action="sts:AssumeRole",
            principal=principal.arn,
            resource=role_arn,
            reason="the role does not exist",
        )
        raise Denied("sts", "AccessDenied", message)
    trust = _document(role.assume_role_policy_document)
    context = _context(principal)
    external_id = form.get("ExternalId", [None])[0]
    if external_id is not None:
        context["sts:ExternalId"] = external_id
    tags = _tags(form)
    checks = ["sts:AssumeRole"]
    if tags or _members(form, "TransitiveTagKeys"):
        checks.append("sts:TagSession")
        for key, value in tags.items():
            context[f"aws:RequestTag/{key}"] = value
        context["aws:TagKeys"] = list(tags)
    for action in checks:
        result = simulate(
            principal.arn,
            action,
            role.arn,
            role.account_id,
            identity_policies(principal),
            trust,
            context,
        )
        if result["decision"] != "Allowed":
            _note_denial(
                service="sts",
                action=action,
                principal=principal.arn,
                resource=role.arn,
                reason=result["decision"],
            )
            raise Denied("sts", "AccessDenied", message.replace("sts:AssumeRole", action))


def authorize_web_identity(form: dict[str, list[str]], claims: dict[str, Any]) -> None:
    """The trust policy must allow the token's OIDC provider (a Federated principal, which must
    exist in the role's account) with its aud and sub conditions evaluated against the token's
    claims."""
    role_arn = form.get("RoleArn", [""])[0]
    denied = Denied(
        "sts", "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity"
    )
    role = find_role(role_arn)
    if role is None:
        _note_denial(
            service="sts",
            action="sts:AssumeRoleWithWebIdentity",
            principal=None,
            resource=role_arn,
            reason="the role does not exist",
        )
        raise denied
    issuer = re.sub(r"^https://", "", str(claims.get("iss", ""))).rstrip("/")
    provider_arn = f"arn:aws:iam::{role.account_id}:oidc-provider/{issuer}"
    backend = iam_backends[role.account_id][PARTITION]
    if provider_arn not in backend.open_id_providers:
        raise Denied(
            "sts",
            "InvalidIdentityToken",
            f"No OpenIDConnect provider found in your account for {claims.get('iss')}",
            400,
        )
    audiences = claims.get("aud")
    context: dict[str, Any] = {
        f"{issuer}:aud": audiences if isinstance(audiences, str) else list(audiences or []),
        f"{issuer}:sub": str(claims.get("sub", "")),
    }
    result = simulate(
        provider_arn,
        "sts:AssumeRoleWithWebIdentity",
        role.arn,
        role.account_id,
        [],
        _document(role.assume_role_policy_document),
        context,
        unsafe=True,
    )
    if result["decision"] != "Allowed":
        _note_denial(
            service="sts",
            action="sts:AssumeRoleWithWebIdentity",
            principal=provider_arn,
            resource=role.arn,
            reason=result["decision"],
        )
        raise denied


def authorize_iam(principal: Principal, operation: str, form: dict[str, list[str]]) -> None:
    action = f"iam:{operation}"
    if operation == "SimulatePrincipalPolicy":
        resource = form.get("PolicySourceArn", ["*"])[0]
    elif "RoleName" in form:
        resource = f"arn:aws:iam::{principal.account}:role/{form['RoleName'][0]}"
    else:
        resource = "*"
    _require_identity_allows(principal, "iam", action, resource, "AccessDenied", 403)


def agent_download_refusal(
    account: str, group: str, bucket: str, key: str, version: str | None, instance: str
) -> str | None:
    """What S3 answers the instance profile's role (in the deployment's account) when it may not
    download the revision, as the real agent does with s3:GetObject (by version when one is
    named), and kms:Decrypt when the object is encrypted with a KMS key; None when it may.
    `group` is "application/group"."""
    if not enforcement.enforce:
        return None
    with _state_lock:
        name = enforcement.instance_roles.get(f"{account}/{group}", enforcement.instance_role)
    role_arn = f"arn:aws:iam::{account}:role/{name}"
    session_arn = f"arn:aws:sts::{account}:assumed-role/{name}/{instance}"
    principal = Principal(session_arn, account, role_arn)
    query = {"versionId": [version]} if version else {}
    action, resource, _ = s3_request("GetObject", f"/{bucket}/{key}", query) or (
        "s3:GetObject",
        f"arn:aws:s3:::{bucket}/{key}",
        bucket,
    )
    owner = _bucket_owner(bucket) or account
    result = simulate(
        principal.arn,
        action,
        resource,
        owner,
        identity_policies(principal),
        _bucket_policy(bucket, owner),
        _context(principal),
    )
    if result["decision"] != "Allowed":
        _note_denial(
            service="s3",
            action=action,
            principal=principal.arn,
            resource=resource,
            reason=_reason(result, action),
            agent=True,
        )
        # S3 does not tell another account's caller why: the agent reports just this.
        return "Access Denied"
    key_id = request_kms_key("GetObject", bucket, key, query, None)
    return authorize_kms(principal, "kms:Decrypt", key_id, bucket, agent=True) if key_id else None


# --- iam:SimulatePrincipalPolicy -------------------------------------------------------------


def _context_entries(form: dict[str, list[str]]) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for key, values in form.items():
        match = re.fullmatch(r"ContextEntries\.member\.(\d+)\.ContextKeyName", key)
        if not match:
            continue
        prefix = f"ContextEntries.member.{match.group(1)}"
        entry_values = _members(form, f"{prefix}.ContextKeyValues")
        kind = form.get(f"{prefix}.ContextKeyType", ["string"])[0]
        context[values[0]] = entry_values if kind.endswith("List") else (entry_values or [""])[0]
    return context


def _resource_account(resource: str, owner: str | None, default: str) -> str:
    if owner:
        return owner.split(":")[4] if owner.startswith("arn:") else owner
    parts = resource.split(":")
    if len(parts) > 4 and parts[4]:
        return parts[4]
    if resource.startswith("arn:aws:s3:::"):
        return _bucket_owner(resource[len("arn:aws:s3:::") :].split("/")[0]) or default
    return default


def _eval_decision(result: str | None) -> str:
    return {"Allowed": "allowed", "ExplicitlyDenied": "explicitDeny"}.get(
        str(result), "implicitDeny"
    )


def simulate_principal_policy(form: dict[str, list[str]]) -> bytes:
    """AWS's SimulatePrincipalPolicy: the policies of PolicySourceArn (a role or user), and the
    ResourcePolicy when given, for each action and resource. ResourceOwner and CallerArn decide
    whether the request is cross-account, as in AWS."""
    source = form.get("PolicySourceArn", [""])[0]
    role = find_role(source)
    if role is None:
        name = source.split("/")[-1]
        raise Denied("iam", "NoSuchEntity", f"The role with name {name} cannot be found.", 404)
    identity = role_policies(role)
    caller = form.get("CallerArn", [None])[0] or source
    if caller == source:
        caller = f"arn:aws:sts::{role.account_id}:assumed-role/{role.name}/simulation"
    actions = _members(form, "ActionNames")
    resources = _members(form, "ResourceArns") or ["*"]
    resource_policy_text = form.get("ResourcePolicy", [None])[0]
    resource_policy = json.loads(resource_policy_text) if resource_policy_text else None
    owner = form.get("ResourceOwner", [None])[0]
    context = _context_entries(form)
    members = []
    for action in actions:
        for resource in resources:
            # Without a ResourcePolicy AWS simulates the identity's policies alone, as if the
            # resource were in the identity's account.
            account = (
                _resource_account(resource, owner, role.account_id)
                if resource_policy is not None
                else role.account_id
            )
            result = simulate(caller, action, resource, account, identity, resource_policy, context)
            decision = {
                "Allowed": "allowed",
                "ExplicitlyDenied": "explicitDeny",
            }.get(result["decision"], "implicitDeny")
            # As AWS: every statement that matched, allows and denies alike (an allow of one side
            # next to an implicit deny shows that the other side refused).
            statements = "".join(
                "<member>"
                f"<SourcePolicyId>{escape(str(s.get('policy') or 'ResourcePolicy'))}"
                "</SourcePolicyId>"
                "<SourcePolicyType>"
                f"{'resource' if s.get('kind') == 'resource' else 'role'}"
                "</SourcePolicyType>"
                "</member>"
                for s in result["allow"] + result["deny"]
            )
            details = ""
            if resource_policy is not None and account != role.account_id:
                sides = {
                    "IAM Policy": result.get("identity"),
                    "Resource Policy": result.get("resource"),
                }
                details = "".join(
                    f"<entry><key>{key}</key><value>{_eval_decision(value)}</value></entry>"
                    for key, value in sides.items()
                )
            body = (
                f"<MatchedStatements>{statements}</MatchedStatements>"
                "<MissingContextValues/>"
                f"<EvalDecisionDetails>{details}</EvalDecisionDetails>"
            )
            members.append(
                "<member>"
                f"<EvalActionName>{escape(action)}</EvalActionName>"
                f"<EvalResourceName>{escape(resource)}</EvalResourceName>"
                f"<EvalDecision>{decision}</EvalDecision>"
                f"{body}"
                "<ResourceSpecificResults><member>"
                f"<EvalResourceName>{escape(resource)}</EvalResourceName>"
                f"<EvalResourceDecision>{decision}</EvalResourceDecision>"
                f"{body}"
                "</member></ResourceSpecificResults>"
                "</member>"
            )
    return (
        '<SimulatePrincipalPolicyResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
        "<SimulatePrincipalPolicyResult><IsTruncated>false</IsTruncated>"
        f"<EvaluationResults>{''.join(members)}</EvaluationResults>"
        "</SimulatePrincipalPolicyResult>"
        "<ResponseMetadata><RequestId>e2e-simulation</RequestId></ResponseMetadata>"
        "</SimulatePrincipalPolicyResponse>"
    ).encode()


def parse_form(body: bytes, query_string: str) -> dict[str, list[str]]:
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    if not form:
        form = parse_qs(query_string, keep_blank_values=True)
    return form
