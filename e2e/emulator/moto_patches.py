"""Patches for what moto 5.2 lacks or gets wrong for this action's end-to-end tests.

Each patch says what real AWS does and why the emulator needs it. Patches change moto's classes
in this process only; nothing on disk is modified.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import os
import re
import secrets
import string
import time
from typing import Any, Callable

import moto.iam.models as iam_models
from moto.codedeploy import models as cd_models
from moto.codedeploy.responses import CodeDeployResponse
from moto.core.exceptions import JsonRESTError
from moto.s3 import models as s3_models
from moto.sts import models as sts_models
from moto.sts.exceptions import STSClientError
from moto.sts.responses import TokenResponse

from state import registry, settings

ACTIVE_STATUSES = {"Created", "Queued", "InProgress", "Ready", "Baking"}
TERMINAL_STATUSES = {"Succeeded", "Failed", "Stopped"}
FILE_EXISTS_BEHAVIORS = {"DISALLOW", "OVERWRITE", "RETAIN"}
BUNDLE_TYPES = {"tar", "tgz", "zip", "YAML", "JSON"}
# BatchGetDeploymentTargets accepts at most 25 target IDs per call.
TARGETS_PAGE = 100
MAX_BATCH_TARGETS = 25


def _server_config(kind: str, value: int) -> dict[str, Any]:
    return {"computePlatform": "Server", "minimumHealthyHosts": {"type": kind, "value": value}}


def _traffic_config(platform: str, routing: dict[str, Any]) -> dict[str, Any]:
    return {"computePlatform": platform, "trafficRoutingConfig": routing}


# The predefined configurations every account has (values as GetDeploymentConfig reports them).
BUILTIN_CONFIGS: dict[str, dict[str, Any]] = {
    "CodeDeployDefault.OneAtATime": _server_config("FLEET_PERCENT", 99),
    "CodeDeployDefault.HalfAtATime": _server_config("FLEET_PERCENT", 50),
    "CodeDeployDefault.AllAtOnce": _server_config("HOST_COUNT", 0),
    "CodeDeployDefault.ECSAllAtOnce": _traffic_config("ECS", {"type": "AllAtOnce"}),
    "CodeDeployDefault.LambdaAllAtOnce": _traffic_config("Lambda", {"type": "AllAtOnce"}),
    "CodeDeployDefault.LambdaCanary10Percent5Minutes": _traffic_config(
        "Lambda",
        {
            "type": "TimeBasedCanary",
            "timeBasedCanary": {"canaryPercentage": 10, "canaryInterval": 5},
        },
    ),
}

# Called with (account, region, deployment_id) for every new deployment; set by the agent.
deployment_listener: Callable[[str, str, str], None] | None = None


def cd_error(code: str, message: str) -> JsonRESTError:
    return JsonRESTError(code, message)


def epoch(value: Any) -> float | None:
    """moto keeps ISO-8601 strings; the JSON protocol (and the JS SDK) wants epoch seconds."""
    if value is None or isinstance(value, (int, float)):
        return value
    parsed = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.timestamp()


def _compact(info: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    """Drop the given keys when moto filled them with None or a TODO placeholder: real responses
    omit absent members, and the SDK would otherwise hand callers empty objects."""
    return {k: v for k, v in info.items() if not (k in keys and v in (None, {}, "", []))}


def revision_key(revision: dict[str, Any]) -> str:
    return json.dumps(revision, sort_keys=True)


# --- Accounts -------------------------------------------------------------------------------


def patch_default_account(account_id: str) -> None:
    """Credentials moto does not know (plain keys from the environment, as left by
    configure-aws-credentials) act in moto's default account, 123456789012. Real AWS has no
    default: the key belongs to some account. Tests call that account the development account,
    so make unknown keys belong to it.

    Setting MOTO_ACCOUNT_ID instead would not do: moto gives that variable priority over the
    access key, which would put assumed-role credentials for 222222222222 in the default account
    too, and the whole cross-account point would be lost. So the variable is removed here."""
    os.environ.pop("MOTO_ACCOUNT_ID", None)
    iam_models.DEFAULT_ACCOUNT_ID = account_id


# --- STS --------------------------------------------------------------------------------------

# Role chaining (AssumeRole called with assumed-role credentials) is capped at one hour.
CHAINED_SESSION_LIMIT = 3600


def _b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def check_web_identity_token(token: str) -> dict[str, Any]:
    """Real STS verifies the token's signature with the issuer's published keys, its issuer, its
    audience against the OIDC provider's client IDs, and its expiry. moto checks nothing. When a
    test registers its token issuer (POST /_e2e/oidc), the same checks run here and the claims
    are returned; the trust policy's conditions on them are evaluated in iam.py when IAM is
    enforced."""
    oidc = registry.oidc
    if oidc is None:
        return {}
    try:
        header_b64, payload_b64, signature_b64 = token.split(".")
        header = json.loads(_b64url(header_b64))
        claims = json.loads(_b64url(payload_b64))
        signature = _b64url(signature_b64)
    except (ValueError, binascii.Error):
        raise STSClientError("InvalidIdentityToken", "The web identity token is not a valid JWT")
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = next((k for k in oidc["jwks"]["keys"] if k.get("kid") == header.get("kid")), None)
    if header.get("alg") != "RS256" or key is None:
        raise STSClientError(
            "InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider"
        )
    public_key = rsa.RSAPublicNumbers(
        int.from_bytes(_b64url(key["e"]), "big"), int.from_bytes(_b64url(key["n"]), "big")
    ).public_key()
    try:
        public_key.verify(
            signature,
            f"{header_b64}.{payload_b64}".encode(),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
    except InvalidSignature:
        raise STSClientError("InvalidIdentityToken", "The web identity token signature is invalid")
    if claims.get("iss") != oidc["issuer"]:
        raise STSClientError(
            "InvalidIdentityToken", "No OpenIDConnect provider found in your account for the issuer"
        )
    audiences = claims.get("aud") if isinstance(claims.get("aud"), list) else [claims.get("aud")]
    if not set(audiences) & set(oidc["audiences"]):
        raise STSClientError("InvalidIdentityToken", "Incorrect token audience")
    if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] <= time.time():
        raise STSClientError("ExpiredTokenException", "Token expired")
    return claims


def patch_sts() -> None:
    original_role_init = sts_models.AssumedRole.__init__

    def assumed_role_init(self: Any, *args: Any, **kwargs: Any) -> None:
        """Sessions may be shortened by the sessionDurationSeconds setting (to test refresh), and
        every session's expiry is recorded: moto never expires credentials, real AWS answers
        ExpiredToken once they lapse, which is what a long wait runs into."""
        cap = settings.get("sessionDurationSeconds")
        if cap is not None:
            kwargs["duration"] = min(int(kwargs["duration"]), int(cap))
        original_role_init(self, *args, **kwargs)
        expires_at = self.expiration.replace(tzinfo=datetime.timezone.utc).timestamp()
        registry.note_session(self.access_key_id, expires_at)

    sts_models.AssumedRole.__init__ = assumed_role_init

    original_assume_role = TokenResponse.assume_role

    def assume_role(self: TokenResponse) -> Any:
        """Real STS refuses more than one hour for a session assumed with assumed-role
        credentials (role chaining); moto accepts any duration."""
        duration = self._get_int_param("DurationSeconds", 3600)
        if registry.is_session(self.get_access_key()) and duration > CHAINED_SESSION_LIMIT:
            raise STSClientError(
                "ValidationError",
                "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed"
                " by role chaining.",
            )
        return original_assume_role(self)

    TokenResponse.assume_role = assume_role

    original_web_identity = TokenResponse.assume_role_with_web_identity

    def assume_role_with_web_identity(self: TokenResponse) -> Any:
        check_web_identity_token(self._get_param("WebIdentityToken") or "")
        return original_web_identity(self)

    TokenResponse.assume_role_with_web_identity = assume_role_with_web_identity


# --- CodeDeploy: models ------------------------------------------------------------------------

DEPLOYMENT_ID_ALPHABET = string.ascii_uppercase + string.digits


def patch_codedeploy_models() -> None:
    original_deployment_init = cd_models.DeploymentInfo.__init__

    def deployment_init(self: Any, *args: Any, **kwargs: Any) -> None:
        """Real deployment IDs look like d-ABCDE12FG (moto uses UUIDs); console links and logs
        built from them should look real. The extra attributes hold what the agent reports."""
        original_deployment_init(self, *args, **kwargs)
        self.deployment_id = "d-" + "".join(
            secrets.choice(DEPLOYMENT_ID_ALPHABET) for _ in range(9)
        )
        self.error_information: dict[str, str] | None = None
        self.rollback_info: dict[str, Any] | None = None
        self.stop_request: dict[str, Any] | None = None
        self.continue_requested = False
        self.targets: dict[str, dict[str, Any]] = {}

    cd_models.DeploymentInfo.__init__ = deployment_init

    original_deployment_to_dict = cd_models.DeploymentInfo.to_dict

    def deployment_to_dict(self: Any) -> dict[str, Any]:
        """Times as epoch numbers: moto returns ISO strings, which the JS SDK rejects with
        "Expected real number". Unset members are omitted as real CodeDeploy does."""
        info = original_deployment_to_dict(self)
        for key in ("createTime", "startTime", "completeTime"):
            info[key] = epoch(info[key])
        info["errorInformation"] = self.error_information
        info["rollbackInfo"] = self.rollback_info
        return _compact(
            info,
            {
                "startTime",
                "completeTime",
                "errorInformation",
                "rollbackInfo",
                "previousRevision",
                "targetInstances",
                "relatedDeployments",
                "overrideAlarmConfiguration",
                "additionalDeploymentStatusInfo",
                "externalId",
                "deploymentStatusMessages",
                "fileExistsBehavior",
                "description",
                "loadBalancerInfo",
                "blueGreenDeploymentConfiguration",
            },
        )

    cd_models.DeploymentInfo.to_dict = deployment_to_dict

    original_application_to_dict = cd_models.Application.to_dict

    def application_to_dict(self: Any) -> dict[str, Any]:
        info = original_application_to_dict(self)
        info["createTime"] = epoch(info["createTime"])
        return info

    cd_models.Application.to_dict = application_to_dict

    original_group_to_dict = cd_models.DeploymentGroup.to_dict

    def group_to_dict(self: Any) -> dict[str, Any]:
        """moto leaves targetRevision and the last deployments as TODO placeholders; the agent
        records them as real CodeDeploy does when deployments end."""
        info = original_group_to_dict(self)
        info["targetRevision"] = getattr(self, "target_revision", None)
        info["lastAttemptedDeployment"] = getattr(self, "last_attempted", None)
        info["lastSuccessfulDeployment"] = getattr(self, "last_successful", None)
        return _compact(
            info,
            {
                "targetRevision",
                "lastAttemptedDeployment",
                "lastSuccessfulDeployment",
                "alarmConfiguration",
            },
        )

    cd_models.DeploymentGroup.to_dict = group_to_dict


def _revisions(backend: Any) -> dict[str, dict[str, Any]]:
    if not hasattr(backend, "registered_revisions"):
        backend.registered_revisions = {}
    return backend.registered_revisions


def _validate_revision(revision: Any) -> None:
    """Real CodeDeploy checks the revision's shape on RegisterApplicationRevision and
    CreateDeployment; moto stores anything."""
    if not isinstance(revision, dict) or "revisionType" not in revision:
        raise cd_error("RevisionRequiredException", "The revision ID was not specified.")
    kind = revision["revisionType"]
    if kind == "S3":
        location = revision.get("s3Location") or {}
        if not location.get("bucket"):
            raise cd_error("BucketNameFilterRequiredException", "A bucket name is required.")
        if not location.get("key"):
            raise cd_error("InvalidRevisionException", "The S3 object key is required.")
        if location.get("bundleType") not in BUNDLE_TYPES:
            raise cd_error(
                "InvalidRevisionException",
                f"Bundle type must be one of {sorted(BUNDLE_TYPES)};"
                f" got {location.get('bundleType')}",
            )
    elif kind == "AppSpecContent":
        if not (revision.get("appSpecContent") or {}).get("content"):
            raise cd_error("InvalidRevisionException", "The AppSpec content is required.")
    elif kind == "GitHub":
        location = revision.get("gitHubLocation") or {}
        if not re.fullmatch(r"[\w.-]+/[\w.-]+", str(location.get("repository", ""))):
            raise cd_error("InvalidRevisionException", "The GitHub repository must be owner/name.")
        if not re.fullmatch(r"[0-9a-f]{40}", str(location.get("commitId", ""))):
            raise cd_error("InvalidRevisionException", "The GitHub commit ID must be a full SHA.")
    elif kind != "String":
        raise cd_error("InvalidRevisionException", f"Unknown revision type: {kind}")


def _register(
    backend: Any,
    application: str,
    revision: dict[str, Any],
    description: str | None,
    group: str | None = None,
) -> None:
    now = time.time()
    entry = _revisions(backend).setdefault(
        revision_key(revision),
        {
            "applicationName": application,
            "revision": revision,
            "revisionInfo": {"registerTime": now, "deploymentGroups": []},
        },
    )
    info = entry["revisionInfo"]
    if description is not None:
        info["description"] = description
    if group is not None:
        info.setdefault("firstUsedTime", now)
        info["lastUsedTime"] = now
        if group not in info["deploymentGroups"]:
            info["deploymentGroups"].append(group)


def patch_codedeploy_backend() -> None:
    backend_cls = cd_models.CodeDeployBackend
    original_create_deployment = backend_cls.create_deployment

    def create_deployment(
        self: Any, application_name: str, deployment_group_name: str, revision: Any, **kwargs: Any
    ) -> str:
        """Adds the checks real CreateDeployment makes and moto skips (known configuration, valid
        fileExistsBehavior and none for ECS or Lambda, revision shape, one active deployment per
        group), registers the revision as CodeDeploy does implicitly, and hands the deployment to
        the simulated agent (moto never moves a deployment past Created)."""
        # A rollback is created while the deployment it replaces is still ending.
        rollback_of = kwargs.pop("rollback_of", None)
        _validate_revision(revision)
        config = kwargs.get("deployment_config_name")
        if config and config not in BUILTIN_CONFIGS:
            raise cd_error(
                "DeploymentConfigDoesNotExistException",
                f"No deployment configuration found for name: {config}",
            )
        behavior = kwargs.get("file_exists_behavior")
        platform = self.get_application(application_name).compute_platform
        if behavior is not None and platform in ("ECS", "Lambda"):
            raise cd_error(
                "InvalidFileExistsBehaviorException",
                "For Lambda and ECS deployment, fileExistsBehavior can not be specified",
            )
        if behavior is not None and behavior not in FILE_EXISTS_BEHAVIORS:
            raise cd_error(
                "InvalidFileExistsBehaviorException",
                f"fileExistsBehavior must be one of {sorted(FILE_EXISTS_BEHAVIORS)};"
                f" got {behavior}",
            )
        self.get_deployment_group(application_name, deployment_group_name)
        for other in list(self.deployments.values()):  # a copy: agent threads add rollbacks
            if (
                other.application_name == application_name
                and other.deployment_group_name == deployment_group_name
                and other.status in ACTIVE_STATUSES
                and other.deployment_id != rollback_of
            ):
                raise cd_error(
                    "DeploymentLimitExceededException",
                    f"The Deployment Group '{deployment_group_name}' already has an active"
                    f" Deployment '{other.deployment_id}'",
                )
        deployment_id = original_create_deployment(
            self, application_name, deployment_group_name, revision, **kwargs
        )
        _register(self, application_name, revision, None, deployment_group_name)
        if rollback_of is not None:
            rollback = self.deployments[deployment_id]
            rollback.creator = "codeDeployRollback"
            rollback.rollback_info = {"rollbackTriggeringDeploymentId": rollback_of}
        if deployment_listener is not None:
            deployment_listener(self.account_id, self.region_name, deployment_id)
        return deployment_id

    backend_cls.create_deployment = create_deployment

    def list_deployments(
        self: Any,
        application_name: str,
        deployment_group_name: str,
        external_id: str,
        include_only_statuses: list[str],
        create_time_range: dict[str, Any],
    ) -> list[str]:
        """moto applies includeOnlyStatuses only together with a group name and ignores
        createTimeRange; real CodeDeploy applies both filters in every case."""
        if application_name and not deployment_group_name:
            raise cd_error(
                "DeploymentGroupNameRequiredException",
                "If applicationName is specified, then deploymentGroupName must be specified.",
            )
        if deployment_group_name and not application_name:
            raise cd_error(
                "ApplicationNameRequiredException",
                "If deploymentGroupName is specified, applicationName must be specified.",
            )
        if application_name:
            self.get_deployment_group(application_name, deployment_group_name)
        start = epoch((create_time_range or {}).get("start"))
        end = epoch((create_time_range or {}).get("end"))
        found = []
        # A copy: the simulated agent adds rollback deployments from its own thread.
        for deployment in list(self.deployments.values()):
            created = epoch(deployment.create_time)
            if application_name and deployment.application_name != application_name:
                continue
            if deployment_group_name and deployment.deployment_group_name != deployment_group_name:
                continue
            if include_only_statuses and deployment.status not in include_only_statuses:
                continue
            if external_id and deployment.external_id != external_id:
                continue
            if (start is not None and created < start) or (end is not None and created > end):
                continue
            found.append(deployment.deployment_id)
        return found

    backend_cls.list_deployments = list_deployments


# --- CodeDeploy: API operations moto does not implement ---------------------------------------


def _deployment(response: CodeDeployResponse) -> Any:
    deployment_id = response._get_param("deploymentId")
    if not deployment_id:
        raise cd_error(
            "DeploymentIdRequiredException", "At least one deployment ID must be specified."
        )
    return response.codedeploy_backend.get_deployment(deployment_id)


def _target(deployment: Any, target_id: str) -> dict[str, Any]:
    target = deployment.targets.get(target_id)
    if target is None:
        raise cd_error(
            "DeploymentTargetDoesNotExistException",
            f"The provided target ID {target_id} does not belong to the deployment"
            f" {deployment.deployment_id}.",
        )
    return target


# The member of a DeploymentTarget that holds each kind of target.
TARGET_MEMBERS = {
    "InstanceTarget": "instanceTarget",
    "ECSTarget": "ecsTarget",
    "LambdaTarget": "lambdaTarget",
}


def deployment_target(deployment: Any, target: dict[str, Any]) -> dict[str, Any]:
    kind = target.get("type", "InstanceTarget")
    body = {
        "deploymentId": deployment.deployment_id,
        "targetId": target["targetId"],
        "targetArn": target["targetArn"],
        "status": target["status"],
        "lastUpdatedAt": target["lastUpdatedAt"],
        "lifecycleEvents": [dict(event) for event in target["lifecycleEvents"]],
        **target.get("details", {}),
    }
    if kind == "InstanceTarget":
        body["instanceLabel"] = "Blue"
    return {"deploymentTargetType": kind, TARGET_MEMBERS[kind]: body}


def instance_summary(deployment: Any, target: dict[str, Any]) -> dict[str, Any]:
    return {
        "deploymentId": deployment.deployment_id,
        "instanceId": target["targetArn"],
        "status": target["status"],
        "lastUpdatedAt": target["lastUpdatedAt"],
        "lifecycleEvents": [dict(event) for event in target["lifecycleEvents"]],
        "instanceType": "Blue",
    }


def register_application_revision(self: CodeDeployResponse) -> str:
    """Records the revision against the application (real CodeDeploy lists it in the console and
    in ListApplicationRevisions)."""
    application = self._get_param("applicationName")
    self.codedeploy_backend.get_application(application)
    revision = self._get_param("revision")
    _validate_revision(revision)
    _register(self.codedeploy_backend, application, revision, self._get_param("description"))
    return "{}"


def get_application_revision(self: CodeDeployResponse) -> str:
    application = self._get_param("applicationName")
    self.codedeploy_backend.get_application(application)
    revision = self._get_param("revision")
    _validate_revision(revision)
    entry = _revisions(self.codedeploy_backend).get(revision_key(revision))
    if entry is None or entry["applicationName"] != application:
        raise cd_error(
            "RevisionDoesNotExistException",
            "The named revision does not exist with the user or AWS account.",
        )
    return json.dumps(entry)


def list_application_revisions(self: CodeDeployResponse) -> str:
    application = self._get_param("applicationName")
    self.codedeploy_backend.get_application(application)
    revisions = [
        entry["revision"]
        for entry in _revisions(self.codedeploy_backend).values()
        if entry["applicationName"] == application
    ]
    return json.dumps({"revisions": revisions})


def stop_deployment(self: CodeDeployResponse) -> str:
    """Real StopDeployment answers at once with status Pending; the deployment ends Stopped a
    moment later, and with autoRollbackEnabled CodeDeploy redeploys the last successful revision.
    The agent does both; the request (and its autoRollbackEnabled) is kept for tests to read."""
    deployment = _deployment(self)
    if deployment.status in TERMINAL_STATUSES:
        raise cd_error(
            "DeploymentAlreadyCompletedException",
            f"The deployment {deployment.deployment_id} has already completed.",
        )
    if deployment.stop_request is None:
        deployment.stop_request = {
            "autoRollbackEnabled": self._get_param("autoRollbackEnabled"),
            "requestedAt": time.time(),
        }
    return json.dumps(
        {
            "status": "Pending",
            "statusMessage": "Stopping Pending. Stopping to schedule commands in the deployment"
            " instances",
        }
    )


def continue_deployment(self: CodeDeployResponse) -> str:
    """ContinueDeployment (deploymentWaitType READY_WAIT) reroutes traffic to the replacement of
    a blue/green deployment waiting at Ready; the agent goes on from there."""
    deployment = _deployment(self)
    if deployment.status in TERMINAL_STATUSES:
        raise cd_error(
            "DeploymentAlreadyCompletedException",
            f"The deployment {deployment.deployment_id} has already completed.",
        )
    wait_type = self._get_param("deploymentWaitType") or "READY_WAIT"
    if wait_type != "READY_WAIT" or deployment.status != "Ready":
        raise cd_error(
            "DeploymentIsNotInReadyStateException",
            f"The deployment {deployment.deployment_id} is not in a ready state.",
        )
    deployment.continue_requested = True
    return "{}"


def list_deployment_targets(self: CodeDeployResponse) -> str:
    """Targets appear once the agent has started the deployment, as in real CodeDeploy."""
    deployment = _deployment(self)
    filters = self._get_param("targetFilters") or {}
    statuses = filters.get("TargetStatus")
    labels = filters.get("ServerInstanceLabel")
    ids = [
        target_id
        for target_id, target in deployment.targets.items()
        if (not statuses or target["status"] in statuses) and (not labels or "Blue" in labels)
    ]
    # AWS pages the answer; its page size is not documented, and this one makes a fleet of a few
    # hundred instances take several pages, so a client that reads only the first is caught.
    start = int(self._get_param("nextToken") or 0)
    page: dict[str, Any] = {"targetIds": ids[start : start + TARGETS_PAGE]}
    if start + TARGETS_PAGE < len(ids):
        page["nextToken"] = str(start + TARGETS_PAGE)
    return json.dumps(page)


def batch_get_deployment_targets(self: CodeDeployResponse) -> str:
    deployment = _deployment(self)
    target_ids = self._get_param("targetIds") or []
    if len(target_ids) > MAX_BATCH_TARGETS:
        raise cd_error(
            "DeploymentTargetListSizeExceededException",
            f"The maximum number of targets that can be specified is {MAX_BATCH_TARGETS}.",
        )
    targets = [deployment_target(deployment, _target(deployment, t)) for t in target_ids]
    return json.dumps({"deploymentTargets": targets})


def get_deployment_target(self: CodeDeployResponse) -> str:
    deployment = _deployment(self)
    target = _target(deployment, self._get_param("targetId"))
    return json.dumps({"deploymentTarget": deployment_target(deployment, target)})


def list_deployment_instances(self: CodeDeployResponse) -> str:
    """The older per-instance API, still used by many tools; same data as the targets API."""
    deployment = _deployment(self)
    statuses = self._get_param("instanceStatusFilter")
    ids = [
        t
        for t, target in deployment.targets.items()
        if not statuses or target["status"] in statuses
    ]
    return json.dumps({"instancesList": ids})


def batch_get_deployment_instances(self: CodeDeployResponse) -> str:
    deployment = _deployment(self)
    summaries = [
        instance_summary(deployment, _target(deployment, i))
        for i in self._get_param("instanceIds") or []
    ]
    return json.dumps({"instancesSummary": summaries})


def get_deployment_instance(self: CodeDeployResponse) -> str:
    deployment = _deployment(self)
    target = _target(deployment, self._get_param("instanceId"))
    return json.dumps({"instanceSummary": instance_summary(deployment, target)})


def get_deployment_config(self: CodeDeployResponse) -> str:
    name = self._get_param("deploymentConfigName")
    config = BUILTIN_CONFIGS.get(name)
    if config is None:
        raise cd_error(
            "DeploymentConfigDoesNotExistException",
            f"No deployment configuration found for name: {name}",
        )
    info = {
        "deploymentConfigId": re.sub(r"\W", "", name).lower(),
        "deploymentConfigName": name,
        "createTime": 1_414_108_800.0,
        **config,
    }
    return json.dumps({"deploymentConfigInfo": info})


def patch_codedeploy_operations() -> None:
    """moto dispatches a JSON request to the response method named after the action; before these
    were added, each answered HTTP 500 with an HTML page."""
    for operation in (
        register_application_revision,
        get_application_revision,
        list_application_revisions,
        stop_deployment,
        continue_deployment,
        list_deployment_targets,
        batch_get_deployment_targets,
        get_deployment_target,
        list_deployment_instances,
        batch_get_deployment_instances,
        get_deployment_instance,
        get_deployment_config,
    ):
        setattr(CodeDeployResponse, operation.__name__, operation)


# What GetBucketEncryption reports for a bucket with no configuration of its own.
DEFAULT_BUCKET_ENCRYPTION: dict[str, Any] = {
    "Rule": {
        "ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"},
        "BucketKeyEnabled": "false",
    }
}


def patch_s3_default_encryption() -> None:
    """Since January 2023 every S3 bucket has SSE-S3 (AES256) as its default encryption, which
    cannot be removed (DeleteBucketEncryption resets it to SSE-S3), so GetBucketEncryption always
    answers a configuration. moto 5.2 still answers 404
    ServerSideEncryptionConfigurationNotFoundError for a bucket where none was put."""
    original = s3_models.S3Backend.get_bucket_encryption

    def get_bucket_encryption(self: Any, bucket_name: str) -> dict[str, Any] | None:
        return original(self, bucket_name) or DEFAULT_BUCKET_ENCRYPTION

    s3_models.S3Backend.get_bucket_encryption = get_bucket_encryption  # type: ignore[method-assign]


def apply(default_account: str) -> None:
    patch_default_account(default_account)
    patch_sts()
    patch_codedeploy_models()
    patch_codedeploy_backend()
    patch_codedeploy_operations()
    patch_s3_default_encryption()
