"""A simulated CodeDeploy agent, so deployments in the emulator move as real ones do.

This is a simulation, not the real agent: there are no instances and no script is executed.
For each new deployment it does what the service and the agents on the instances do together:

* fetches the revision from the emulator's S3 by bucket, key and version (whichever account owns
  the bucket) as the instance profile's role, whose policies and the bucket's policy decide when
  IAM is enforced (iam.py), checks the eTag the deployment names, and opens the bundle (zip, tar
  or tgz) the way the agent unpacks it;
* requires appspec.yml or appspec.yaml at the bundle root, version 0.0, and hook scripts and file
  sources that exist in the bundle;
* walks ApplicationStop, DownloadBundle, BeforeInstall, Install, AfterInstall, ApplicationStart
  and ValidateService on each instance of the deployment group, in batches that follow the
  deployment configuration's minimum healthy hosts (OneAtATime: one instance at a time), and
  keeps the deployment's status, instance counts and per-instance lifecycle events up to date.

Hook scripts are read, not run. In a script, at the start of a line (not indented):

* `echo TEXT` adds TEXT to the script's output (`echo TEXT >&2` to its error output);
* `exit N` ends the script with status N: a status other than 0 fails the lifecycle event, with
  the output as the diagnostics' logTail, as the real agent reports a failed script;
* `# e2e: sleep SECONDS` makes the script take that long (beyond the appspec hook's `timeout`,
  the event fails with ScriptTimedOut);
* `# e2e: fail-share FRACTION` makes its `exit N` count only on that share of the deployment's
  instances (the first ones, in the deployment's order); on the others the script exits 0, as a
  fleet where only some instances are broken.

Indented lines (inside if/for blocks) are ignored, so conditional `exit 1` lines in a real-looking
script do not fail it. ApplicationStop runs the scripts of the revision last installed on the
instance, as the real agent does.

ECS and Lambda deployments (applications with that compute platform) have no agent: the AppSpec
(AppSpecContent, or a YAML/JSON object in S3) is checked for the resource properties CodeDeploy
requires, and the platform's lifecycle events are walked on one target per resource. A hook
function whose name contains `e2e-fail` fails its event and the deployment.
"""

from __future__ import annotations

import hashlib
import io
import math
import posixpath
import re
import shlex
import tarfile
import threading
import time
import traceback
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from typing import Any

import yaml
from moto.codedeploy.models import codedeploy_backends
from moto.s3.models import s3_backends

import iam
import moto_patches
from state import registry, settings

EVENTS = [
    "ApplicationStop",
    "DownloadBundle",
    "BeforeInstall",
    "Install",
    "AfterInstall",
    "ApplicationStart",
    "ValidateService",
]
# ECS and Lambda deployments have no agent: CodeDeploy shifts traffic itself, and the hooks are
# Lambda functions named in the AppSpec.
SERVERLESS_EVENTS = {
    "ECS": [
        "BeforeInstall",
        "Install",
        "AfterInstall",
        "AllowTestTraffic",
        "AfterAllowTestTraffic",
        "BeforeAllowTraffic",
        "AllowTraffic",
        "AfterAllowTraffic",
    ],
    "Lambda": ["BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic"],
}
# A hook function whose name contains this marker reports Failed.
FAILING_HOOK_MARKER = "e2e-fail"
DEFAULT_HOOK_TIMEOUT = 3600
# The real agent keeps the last part of a script's output in the diagnostics.
LOG_TAIL_CHARS = 2048
POLL_SECONDS = 0.02
SUCCESS_DIAGNOSTICS = {
    "errorCode": "Success",
    "scriptName": "",
    "message": "Succeeded",
    "logTail": "",
}

HEALTH_CONSTRAINTS_MESSAGE = (
    "The overall deployment failed because too many individual instances failed deployment, too"
    " few healthy instances are available for deployment, or some instances in your deployment"
    " group are experiencing problems."
)
NO_INSTANCES_MESSAGE = (
    "The deployment failed because no instances were found for your deployment group. Check your"
    " deployment group settings to make sure the tags for your Amazon EC2 instances or Auto"
    " Scaling groups correctly identify the instances you want to deploy to, and then try again."
)
STOPPED_MESSAGE = "The deployment was stopped by a StopDeployment request."


class Superseded(Exception):
    """The emulator was reset while this deployment ran: its backend no longer exists."""


@dataclass
class Bundle:
    """What the agent found in the revision, or why it could not use it."""

    entries: dict[str, tuple[bytes, int]] = field(default_factory=dict)
    appspec: dict[str, Any] | None = None
    appspec_name: str | None = None
    download_error: str | None = None
    appspec_error: str | None = None


@dataclass
class ScriptResult:
    status: str
    diagnostics: dict[str, str]
    seconds: float = 0.0


def _now() -> float:
    return time.time()


def instance_ids(account: str, application: str, group: str, count: int) -> list[str]:
    """Stable per group, so the same simulated fleet receives every deployment of the group."""
    return [
        "i-" + hashlib.sha256(f"{account}/{application}/{group}/{n}".encode()).hexdigest()[:17]
        for n in range(count)
    ]


def _normalize(name: str) -> str | None:
    """Archive member name as the agent would unpack it; None when it escapes the archive."""
    name = name.replace("\\", "/")
    if name.startswith("/"):
        return None
    normalized = posixpath.normpath(name)
    if normalized == ".." or normalized.startswith("../"):
        return None
    return normalized


def open_bundle(data: bytes, bundle_type: str) -> Bundle:
    bundle = Bundle()
    try:
        if bundle_type == "zip":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = [
                    (info.filename, (info.external_attr >> 16) & 0o7777, archive.read(info))
                    for info in archive.infolist()
                    if not info.is_dir()
                ]
        elif bundle_type in ("tar", "tgz"):
            with tarfile.open(
                fileobj=io.BytesIO(data), mode="r:gz" if bundle_type == "tgz" else "r:"
            ) as archive:
                members = []
                for member in archive.getmembers():
                    if member.isfile():
                        content = archive.extractfile(member)
                        members.append(
                            (member.name, member.mode, content.read() if content else b"")
                        )
        else:
            bundle.download_error = f"The agent cannot unpack bundles of type {bundle_type}"
            return bundle
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
        bundle.download_error = f"The revision could not be unpacked as {bundle_type}: {error}"
        return bundle
    for name, mode, content in members:
        normalized = _normalize(name)
        if normalized is None:
            bundle.download_error = f"The bundle has an entry outside its root: {name}"
            return bundle
        bundle.entries[normalized] = (content, mode)
    _read_appspec(bundle)
    return bundle


def _read_appspec(bundle: Bundle) -> None:
    name = next((n for n in ("appspec.yml", "appspec.yaml") if n in bundle.entries), None)
    if name is None:
        bundle.appspec_error = (
            "The CodeDeploy agent did not find an AppSpec file within the unpacked revision"
            " directory"
            ' at revision-relative path "appspec.yml".'
        )
        return
    bundle.appspec_name = name
    try:
        appspec = yaml.safe_load(bundle.entries[name][0])
    except yaml.YAMLError as error:
        bundle.appspec_error = f"The AppSpec file {name} is not valid YAML: {error}"
        return
    if not isinstance(appspec, dict):
        bundle.appspec_error = f"The AppSpec file {name} is not a mapping"
        return
    if not is_version_zero(appspec.get("version")):
        bundle.appspec_error = (
            f"The deployment failed because an invalid version value ({appspec.get('version')}) was"
            " entered in the application specification file. Make sure your AppSpec file specifies"
            ' "0.0" as the version, and then try again.'
        )
        return
    bundle.appspec = appspec


def is_version_zero(value: Any) -> bool:
    """AppSpec version 0.0, written as YAML or JSON (where 0.0 may arrive as the number 0)."""
    if isinstance(value, bool):
        return False
    return value == "0.0" or (isinstance(value, (int, float)) and value == 0)


def _hooks(appspec: dict[str, Any] | None, event: str) -> list[dict[str, Any]]:
    hooks = (appspec or {}).get("hooks") or {}
    return [h for h in hooks.get(event) or [] if isinstance(h, dict)]


def read_script(text: str, share_position: float = 0.0) -> tuple[int, list[str], float]:
    """Exit status, output lines (with the agent's [stdout]/[stderr] prefixes) and duration of a
    hook script, from its top-level echo/exit lines and `# e2e:` directives. `share_position` is
    where the instance stands in the deployment, from 0 (first) to 1 (past the last)."""
    output: list[str] = []
    seconds = 0.0
    share = 1.0
    for line in text.splitlines():
        directive = re.match(r"#\s*e2e:\s*sleep\s+([0-9.]+)\s*$", line)
        if directive:
            seconds += float(directive.group(1))
            continue
        share_directive = re.match(r"#\s*e2e:\s*fail-share\s+([0-9.]+)\s*$", line)
        if share_directive:
            share = float(share_directive.group(1))
            continue
        if not line or line[0].isspace():
            continue
        exit_match = re.match(r"exit\s+(\d+)\s*(?:#.*)?$", line)
        if exit_match:
            status = int(exit_match.group(1)) if share_position < share else 0
            return status, output, seconds
        if line.startswith("echo ") or line == "echo":
            try:
                words = shlex.split(line[4:], comments=True)
            except ValueError:
                words = line[5:].split()
            stream = "stdout"
            if words and words[-1] in (">&2", "1>&2"):
                stream = "stderr"
                words = words[:-1]
            while words and words[0] in ("-n", "-e"):
                words = words[1:]
            output.append(f"[{stream}]{' '.join(words)}")
    return 0, output, seconds


def run_hooks(bundle: Bundle, event: str, root: str, share_position: float = 0.0) -> ScriptResult:
    """Result of one lifecycle event's hook scripts on one instance, as the agent reports it."""
    total = 0.0
    for hook in _hooks(bundle.appspec, event):
        location = str(hook.get("location", ""))
        relative = _normalize(location.lstrip("/"))
        entry = bundle.entries.get(relative or "")
        if entry is None:
            return ScriptResult(
                "Failed",
                {
                    "errorCode": "ScriptMissing",
                    "scriptName": location,
                    "message": "Script does not exist at specified location:"
                    f" {root}/{location.lstrip('/')}",
                    "logTail": "",
                },
                total,
            )
        status, output, seconds = read_script(entry[0].decode("utf-8", "replace"), share_position)
        timeout = float(hook.get("timeout") or DEFAULT_HOOK_TIMEOUT)
        log_tail = "\n".join(output)[-LOG_TAIL_CHARS:]
        if seconds > timeout:
            return ScriptResult(
                "Failed",
                {
                    "errorCode": "ScriptTimedOut",
                    "scriptName": location,
                    "message": f"Script at specified location: {location} failed to complete"
                    f" in {int(timeout)} seconds",
                    "logTail": log_tail,
                },
                total + timeout,
            )
        total += seconds
        if status != 0:
            user = hook.get("runas") or "root"
            return ScriptResult(
                "Failed",
                {
                    "errorCode": "ScriptFailed",
                    "scriptName": location,
                    "message": f"Script at specified location: {location} run as user {user}"
                    f" failed with exit code {status}",
                    "logTail": log_tail,
                },
                total,
            )
    return ScriptResult("Succeeded", dict(SUCCESS_DIAGNOSTICS), total)


def _failure(message: str) -> ScriptResult:
    return ScriptResult(
        "Failed", {"errorCode": "UnknownError", "scriptName": "", "message": message, "logTail": ""}
    )


def _missing_sources(bundle: Bundle) -> list[str]:
    missing = []
    for entry in (bundle.appspec or {}).get("files") or []:
        source = str((entry or {}).get("source", "")).strip("/")
        if (
            source
            and source not in bundle.entries
            and not any(n.startswith(source + "/") for n in bundle.entries)
        ):
            missing.append(source)
    return missing


class DeploymentRun:
    """One deployment, from Created to Succeeded, Failed or Stopped."""

    def __init__(self, account: str, region: str, deployment_id: str, generation: int):
        self.account = account
        self.region = region
        self.generation = generation
        self.backend = codedeploy_backends[account][region]
        self.deployment = self.backend.deployments[deployment_id]
        self.group = self.deployment.deployment_group
        self.report: dict[str, Any] = {
            "deploymentId": deployment_id,
            "account": account,
            "region": region,
            "application": self.deployment.application_name,
            "deploymentGroup": self.deployment.deployment_group_name,
            "revision": self.deployment.revision,
            "bundle": None,
            "instances": [],
            "status": "Created",
        }
        registry.agent_reports[deployment_id] = self.report

    # -- timing ----------------------------------------------------------------------------

    def _check_current(self) -> None:
        if registry.generation != self.generation:
            raise Superseded()

    def _stop_requested(self) -> bool:
        return self.deployment.stop_request is not None

    def _sleep(self, seconds: float) -> None:
        """Sleeps in small steps so a stop request is seen within POLL_SECONDS."""
        end = time.monotonic() + seconds
        while True:
            self._check_current()
            left = end - time.monotonic()
            if left <= 0 or self._stop_requested():
                return
            time.sleep(min(POLL_SECONDS, left))

    # -- bookkeeping -----------------------------------------------------------------------

    def _overview(self) -> None:
        counts = {
            "Pending": 0,
            "InProgress": 0,
            "Succeeded": 0,
            "Failed": 0,
            "Skipped": 0,
            "Ready": 0,
        }
        for target in self.deployment.targets.values():
            counts[target["status"]] = counts.get(target["status"], 0) + 1
        self.deployment.deployment_overview = counts

    def _set_target(self, target: dict[str, Any], status: str) -> None:
        target["status"] = status
        target["lastUpdatedAt"] = _now()
        self._overview()

    def _finish(self, status: str, error: dict[str, str] | None = None) -> None:
        deployment = self.deployment
        deployment.error_information = error
        deployment.complete_time = _now()
        self.report["instances"] = [
            {"instanceId": t["targetId"], "status": t["status"]}
            for t in deployment.targets.values()
        ]
        self.report["status"] = status
        summary = {
            "deploymentId": deployment.deployment_id,
            "status": status,
            "endTime": deployment.complete_time,
            "createTime": moto_patches.epoch(deployment.create_time),
        }
        self.group.last_attempted = summary
        if status == "Succeeded":
            self.group.last_successful = summary
            self.group.target_revision = deployment.revision
        # The rollback starts before the status changes, so that no reader ever sees a
        # deployment Stopped with autoRollbackEnabled but without its rollbackInfo yet.
        if status == "Stopped" and (deployment.stop_request or {}).get("autoRollbackEnabled"):
            self._roll_back()
        if status == "Failed" and "DEPLOYMENT_FAILURE" in self._rollback_events():
            self._roll_back()
        deployment.status = status

    def _rollback_events(self) -> list[str]:
        """The events that roll this deployment back: its own autoRollbackConfiguration when
        CreateDeployment gave one (which overrides the group's), else the group's."""
        own = self.deployment.auto_rollback_configuration
        config = own if own is not None else getattr(self.group, "auto_rollback_configuration", None)
        if not config or not config.get("enabled"):
            return []
        return list(config.get("events") or [])

    def _roll_back(self) -> None:
        """Real CodeDeploy redeploys the group's last successful revision as a new deployment
        created by codeDeployRollback."""
        last = getattr(self.group, "last_successful", None)
        if last is None:
            self.deployment.rollback_info = {
                "rollbackMessage": "Automatic rollback was not performed: the deployment group"
                " has no previous successful revision."
            }
            return
        previous = self.backend.deployments[last["deploymentId"]]
        rollback_id = self.backend.create_deployment(
            self.deployment.application_name,
            self.deployment.deployment_group_name,
            previous.revision,
            description=f"Rollback of {self.deployment.deployment_id}",
            rollback_of=self.deployment.deployment_id,
        )
        self.deployment.rollback_info = {
            "rollbackDeploymentId": rollback_id,
            "rollbackMessage": f"Automatic rollback to the revision of {previous.deployment_id}"
            f" started: {rollback_id}",
        }

    # -- the revision ----------------------------------------------------------------------

    def _fetch_github(self, location: dict[str, str]) -> Bundle:
        """A GitHub revision: CodeDeploy downloads the commit's archive through the account's
        GitHub connection; the archive's single top directory is the revision's root."""
        repository, commit = location["repository"], location["commitId"]
        connection = settings.get("gitHubConnection")
        if not connection:
            return Bundle(
                download_error="CodeDeploy has no GitHub connection in this account: connect a"
                " GitHub account in the CodeDeploy console"
            )
        url = f"{connection['apiUrl']}/repos/{repository}/zipball/{commit}"
        request = urllib.request.Request(url, headers={"Authorization": f"token {connection['token']}"})
        # No proxy: the connection is a local stand-in on 127.0.0.1.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=10) as answer:
                data = answer.read()
        except urllib.error.HTTPError as error:
            return Bundle(
                download_error=f"GitHub answered {error.code} for {repository} at {commit}"
            )
        data = without_top_directory(data)
        self.report["bundle"] = {
            "bucket": "",
            "bucketAccount": "",
            "key": "",
            "version": None,
            "etag": "",
            "repository": repository,
            "commit": commit,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "bundleType": "zip",
        }
        bundle = open_bundle(data, "zip")
        self.report["bundle"].update(
            {
                "entries": [{"name": n, "mode": m} for n, (_, m) in sorted(bundle.entries.items())],
                "appspec": bundle.appspec_name,
                "error": bundle.download_error or bundle.appspec_error,
            }
        )
        return bundle

    def _fetch_bundle(self) -> Bundle:
        revision = self.deployment.revision or {}
        if revision.get("revisionType") == "GitHub":
            return self._fetch_github(revision["gitHubLocation"])
        if revision.get("revisionType") != "S3":
            return Bundle(
                download_error="The simulated agent deploys S3 revisions only, not"
                f" {revision.get('revisionType')}"
            )
        location = revision["s3Location"]
        bucket, key, version = location["bucket"], location["key"], location.get("version")
        owner = s3_backends.bucket_accounts.get(bucket)
        if owner is None:
            return Bundle(download_error=f"The specified bucket does not exist: {bucket}")
        partition, bucket_account = owner
        reader = next(iter(self.deployment.targets), "i-0")
        group = f"{self.deployment.application_name}/{self.deployment.deployment_group_name}"
        refusal = iam.agent_download_refusal(self.account, group, bucket, key, version, reader)
        if refusal is not None:
            # The agent's S3 client raises AccessDenied, whose message the agent reports as the
            # event's diagnostics (UnknownError).
            return Bundle(download_error=refusal)
        try:
            obj = s3_backends[bucket_account][partition].get_object(bucket, key, version_id=version)
        except Exception as error:  # moto raises several S3 error types for a bad version or key
            return Bundle(download_error=f"Could not download s3://{bucket}/{key}: {error}")
        if obj is None or not hasattr(obj, "value"):
            return Bundle(download_error=f"The specified key does not exist: s3://{bucket}/{key}")
        data = obj.value
        etag = obj.etag.strip('"')
        self.report["bundle"] = {
            "bucket": bucket,
            "bucketAccount": bucket_account,
            "key": key,
            "version": version,
            "etag": etag,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "bundleType": location["bundleType"],
        }
        expected = location.get("eTag")
        if expected and expected.strip('"') != etag:
            return Bundle(
                download_error=f'The eTag "{expected}" of the revision does not match the object'
                f' in S3, whose eTag is "{etag}"'
            )
        bundle = open_bundle(data, location["bundleType"])
        self.report["bundle"].update(
            {
                "entries": [{"name": n, "mode": m} for n, (_, m) in sorted(bundle.entries.items())],
                "appspec": bundle.appspec_name,
                "error": bundle.download_error or bundle.appspec_error,
            }
        )
        return bundle

    # -- the lifecycle ---------------------------------------------------------------------

    def _event_result(self, event: str, instance: str, bundle: Bundle, root: str) -> ScriptResult:
        if event == "ApplicationStop":
            previous = registry.installed.get((self.account, instance))
            if previous is None:
                return ScriptResult("Succeeded", dict(SUCCESS_DIAGNOSTICS))
            result = run_hooks(previous, event, root, self._share_position(instance))
            if result.status == "Failed" and self.deployment.ignore_application_stop_failures:
                result.status = "Succeeded"
                result.diagnostics["message"] += " (ignored: ignoreApplicationStopFailures is set)"
            return result
        if event == "DownloadBundle":
            if bundle.download_error:
                return _failure(bundle.download_error)
            return ScriptResult("Succeeded", dict(SUCCESS_DIAGNOSTICS))
        if event == "BeforeInstall" and bundle.appspec_error:
            return _failure(bundle.appspec_error)
        if event == "Install":
            missing = _missing_sources(bundle)
            if missing:
                return _failure(
                    "The specified file source does not exist in the revision:"
                    f" {', '.join(missing)}"
                )
            return ScriptResult("Succeeded", dict(SUCCESS_DIAGNOSTICS))
        return run_hooks(bundle, event, root, self._share_position(instance))

    def _share_position(self, instance: str) -> float:
        """Where `instance` stands among the deployment's instances, from 0 to 1 (exclusive)."""
        order = list(self.deployment.targets)
        return order.index(instance) / len(order) if instance in order else 0.0

    def _run_batch(self, batch: list[str], bundle: Bundle, delay: float) -> None:
        targets = self.deployment.targets
        root = (
            f"/opt/codedeploy-agent/deployment-root/{self.group.deployment_group_id}"
            f"/{self.deployment.deployment_id}/deployment-archive"
        )
        for instance in batch:
            self._set_target(targets[instance], "InProgress")
        for index, event in enumerate(EVENTS):
            active = [i for i in batch if targets[i]["status"] == "InProgress"]
            if not active or self._stop_requested():
                break
            started = _now()
            for instance in active:
                targets[instance]["lifecycleEvents"][index].update(
                    status="InProgress", startTime=started
                )
            results = {i: self._event_result(event, i, bundle, root) for i in active}
            self._sleep(delay + max(r.seconds for r in results.values()))
            stopped = self._stop_requested()
            ended = _now()
            for instance, result in results.items():
                lifecycle = targets[instance]["lifecycleEvents"]
                if stopped:
                    result = _failure(STOPPED_MESSAGE)
                lifecycle[index].update(
                    status=result.status, endTime=ended, diagnostics=result.diagnostics
                )
                if result.status == "Failed":
                    for later in lifecycle[index + 1 :]:
                        later["status"] = "Skipped"
                    self._set_target(targets[instance], "Failed")
                else:
                    targets[instance]["lastUpdatedAt"] = ended
        for instance in batch:
            if targets[instance]["status"] == "InProgress":
                self._set_target(targets[instance], "Succeeded")
                registry.installed[(self.account, instance)] = bundle

    def _plan(self, count: int) -> tuple[int, int]:
        """Batch size and minimum healthy instances from the deployment configuration, as
        CodeDeploy derives them: OneAtATime (99%) deploys one by one and tolerates no failure,
        HalfAtATime (50%) half at a time, AllAtOnce (0 hosts) all together."""
        config = moto_patches.BUILTIN_CONFIGS.get(
            str(self.deployment.deployment_config_name),
            moto_patches.BUILTIN_CONFIGS["CodeDeployDefault.OneAtATime"],
        )
        healthy = config.get("minimumHealthyHosts", {"type": "HOST_COUNT", "value": 0})
        if healthy["type"] == "FLEET_PERCENT":
            minimum = math.ceil(count * healthy["value"] / 100)
        else:
            minimum = int(healthy["value"])
        minimum = min(minimum, count)
        return max(1, count - minimum), minimum

    # -- ECS and Lambda -----------------------------------------------------------------------

    def _serverless_appspec(self) -> tuple[dict[str, Any] | None, str | None]:
        """The AppSpec of an ECS or Lambda deployment (AppSpecContent, or a YAML/JSON object in
        S3), or why CodeDeploy would reject it."""
        revision = self.deployment.revision or {}
        if revision.get("revisionType") == "AppSpecContent":
            spec = revision.get("appSpecContent") or {}
            text = str(spec.get("content", ""))
            expected = spec.get("sha256")
            if expected and hashlib.sha256(text.encode()).hexdigest() != expected:
                return None, "The SHA-256 of the AppSpec content does not match its sha256 value."
        elif revision.get("revisionType") == "S3":
            location = revision["s3Location"]
            owner = s3_backends.bucket_accounts.get(location["bucket"])
            if owner is None:
                return None, f"The specified bucket does not exist: {location['bucket']}"
            try:
                obj = s3_backends[owner[1]][owner[0]].get_object(
                    location["bucket"], location["key"], version_id=location.get("version")
                )
            except Exception as error:  # moto raises several S3 error types for a bad key
                return None, f"Could not read the AppSpec from S3: {error}"
            text = obj.value.decode("utf-8", "replace") if obj is not None else ""
        else:
            return None, f"Revision type {revision.get('revisionType')} is not valid here."
        try:
            appspec = yaml.safe_load(text)
        except yaml.YAMLError as error:
            return None, f"The AppSpec is not valid YAML or JSON: {error}"
        if not isinstance(appspec, dict) or not is_version_zero(appspec.get("version")):
            return None, "The AppSpec must be a mapping with version 0.0."
        return appspec, None

    def _serverless_targets(self, platform: str, appspec: dict[str, Any]) -> list[dict[str, Any]]:
        """One target per AppSpec resource, as CodeDeploy reports them; raises ValueError for a
        resource it would reject."""
        now = _now()
        targets = []
        for resource in appspec.get("Resources") or []:
            for name, spec in (resource or {}).items():
                props = (spec or {}).get("Properties") or {}
                if platform == "ECS":
                    balancer = props.get("LoadBalancerInfo") or {}
                    missing = [k for k in ("TaskDefinition",) if not props.get(k)] + [
                        k for k in ("ContainerName", "ContainerPort") if not balancer.get(k)
                    ]
                    services = self.group.ecs_services or [{}]
                    cluster = services[0].get("clusterName", "default")
                    service = services[0].get("serviceName", name)
                    target_id = f"{cluster}:{service}"
                    arn = f"arn:aws:ecs:{self.region}:{self.account}:service/{cluster}/{service}"
                    details: dict[str, Any] = {"taskSetsInfo": []}
                    kind = "ECSTarget"
                else:
                    missing = [
                        k
                        for k in ("Name", "Alias", "CurrentVersion", "TargetVersion")
                        if not props.get(k)
                    ]
                    target_id = f"{props.get('Name')}:{props.get('Alias')}"
                    arn = f"arn:aws:lambda:{self.region}:{self.account}:function:{target_id}"
                    details = {
                        "lambdaFunctionInfo": {
                            "functionName": props.get("Name"),
                            "functionAlias": props.get("Alias"),
                            "currentVersion": str(props.get("CurrentVersion")),
                            "targetVersion": str(props.get("TargetVersion")),
                            "targetVersionWeight": 0.0,
                        }
                    }
                    kind = "LambdaTarget"
                if missing:
                    raise ValueError(f"Resource {name} lacks {', '.join(missing)} in the AppSpec.")
                targets.append(
                    {
                        "type": kind,
                        "targetId": target_id,
                        "targetArn": arn,
                        "status": "Pending",
                        "lastUpdatedAt": now,
                        "details": details,
                        "lifecycleEvents": [
                            {"lifecycleEventName": e, "status": "Pending"}
                            for e in SERVERLESS_EVENTS[platform]
                        ],
                    }
                )
        if not targets:
            raise ValueError("The AppSpec has no Resources.")
        return targets

    def _wait_at_ready(self) -> None:
        """A blue/green deployment whose group reroutes traffic by hand (deploymentReadyOption
        actionOnTimeout STOP_DEPLOYMENT) waits at Ready, its replacement up, until
        ContinueDeployment; when waitTimeInMinutes pass first, CodeDeploy stops it."""
        config = self.group.blue_green_deployment_configuration or {}
        option = config.get("deploymentReadyOption") or {}
        deployment = self.deployment
        # A rollback reroutes traffic back to the original at once.
        if option.get("actionOnTimeout") != "STOP_DEPLOYMENT" or deployment.creator == "codeDeployRollback":
            return
        deadline = time.monotonic() + float(option.get("waitTimeInMinutes") or 0) * 60
        deployment.status = "Ready"
        self.report["status"] = "Ready"
        while not deployment.continue_requested and not self._stop_requested():
            if time.monotonic() >= deadline:
                deployment.stop_request = {"autoRollbackEnabled": False, "requestedAt": _now()}
                break
            self._sleep(POLL_SECONDS)
        deployment.status = "InProgress"
        self.report["status"] = "InProgress"

    def _run_serverless(self, platform: str) -> None:
        """Walks the platform's lifecycle events on each target; a hook function whose name
        contains the failing marker fails its event and the deployment."""
        appspec, error = self._serverless_appspec()
        try:
            targets = self._serverless_targets(platform, appspec) if appspec else []
        except ValueError as invalid:
            error = str(invalid)
        if error or appspec is None:
            self._finish("Failed", {"code": "INVALID_REVISION", "message": error or ""})
            return
        self.deployment.targets = {t["targetId"]: t for t in targets}
        hooks: dict[str, str] = {}
        for hook in appspec.get("Hooks") or []:
            hooks.update({str(k): str(v) for k, v in (hook or {}).items()})
        _, delay = settings.for_group(
            self.account, self.deployment.application_name, self.deployment.deployment_group_name
        )
        failed = False
        self._overview()
        for target in targets:
            self._set_target(target, "InProgress")
            for event in target["lifecycleEvents"]:
                if event["lifecycleEventName"] == "BeforeAllowTraffic" and not failed:
                    self._wait_at_ready()
                if failed or self._stop_requested():
                    event["status"] = "Skipped"
                    continue
                event.update(status="InProgress", startTime=_now())
                self._sleep(delay)
                function = hooks.get(event["lifecycleEventName"], "")
                if FAILING_HOOK_MARKER in function:
                    failed = True
                    diagnostics = {
                        "errorCode": "UnknownError",
                        "scriptName": function,
                        "message": f"The lifecycle hook function {function} reported Failed.",
                        "logTail": "",
                    }
                    event.update(status="Failed", diagnostics=diagnostics)
                else:
                    event.update(status="Succeeded", diagnostics=dict(SUCCESS_DIAGNOSTICS))
                event["endTime"] = _now()
            self._set_target(target, "Failed" if failed else "Succeeded")
        if self._stop_requested():
            self._finish("Stopped", {"code": "MANUAL_STOP", "message": STOPPED_MESSAGE})
        elif failed:
            self._finish(
                "Failed",
                {
                    "code": "HOOK_EXECUTION_FAILURE",
                    "message": "The deployment failed because a lifecycle hook function failed.",
                },
            )
        else:
            self._finish("Succeeded")

    def run(self) -> None:
        deployment = self.deployment
        self._sleep(settings.get("startDelaySeconds"))
        deployment.start_time = _now()
        if self._stop_requested():
            self._finish("Stopped", {"code": "MANUAL_STOP", "message": STOPPED_MESSAGE})
            return
        deployment.status = "InProgress"
        self.report["status"] = "InProgress"
        platform = deployment.application.compute_platform
        if platform in SERVERLESS_EVENTS:
            self._run_serverless(platform)
            return
        count, delay = settings.for_group(
            self.account, deployment.application_name, deployment.deployment_group_name
        )
        instances = instance_ids(
            self.account, deployment.application_name, deployment.deployment_group_name, count
        )
        if not instances:
            self._finish("Failed", {"code": "NO_INSTANCES", "message": NO_INSTANCES_MESSAGE})
            return
        deployment.targets = {
            i: {
                "targetId": i,
                "targetArn": f"arn:aws:ec2:{self.region}:{self.account}:instance/{i}",
                "status": "Pending",
                "lastUpdatedAt": _now(),
                "lifecycleEvents": [{"lifecycleEventName": e, "status": "Pending"} for e in EVENTS],
            }
            for i in instances
        }
        self._overview()
        bundle = self._fetch_bundle()
        batch_size, minimum_healthy = self._plan(len(instances))
        allowed_failures = len(instances) - minimum_healthy
        for start in range(0, len(instances), batch_size):
            self._run_batch(instances[start : start + batch_size], bundle, delay)
            failed = sum(1 for t in deployment.targets.values() if t["status"] == "Failed")
            if self._stop_requested() or failed > allowed_failures:
                break
        for target in deployment.targets.values():
            if target["status"] == "Pending":
                for event in target["lifecycleEvents"]:
                    event["status"] = "Skipped"
                self._set_target(target, "Skipped")
        if self._stop_requested():
            self._finish("Stopped", {"code": "MANUAL_STOP", "message": STOPPED_MESSAGE})
            return
        statuses = [t["status"] for t in deployment.targets.values()]
        if statuses.count("Failed") > allowed_failures or "Succeeded" not in statuses:
            self._finish(
                "Failed", {"code": "HEALTH_CONSTRAINTS", "message": HEALTH_CONSTRAINTS_MESSAGE}
            )
        else:
            self._finish("Succeeded")


def without_top_directory(data: bytes) -> bytes:
    """GitHub's archive of a commit holds one directory (owner-repo-sha/) with the tree in it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [info.filename for info in source.infolist()]
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            rest = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if not rest:
                continue
            copy = zipfile.ZipInfo(rest, info.date_time)
            copy.external_attr = info.external_attr
            target.writestr(copy, source.read(info.filename))
    return out.getvalue()


def _run(account: str, region: str, deployment_id: str, generation: int) -> None:
    try:
        DeploymentRun(account, region, deployment_id, generation).run()
    except Superseded:
        pass
    except Exception as error:  # a bug in the simulation must end the deployment, not hang tests
        traceback.print_exc()
        deployment = codedeploy_backends[account][region].deployments.get(deployment_id)
        if deployment is not None and registry.generation == generation:
            deployment.error_information = {
                "code": "INTERNAL_ERROR",
                "message": f"The simulated agent failed: {error!r}",
            }
            deployment.complete_time = _now()
            deployment.status = "Failed"


def on_new_deployment(account: str, region: str, deployment_id: str) -> None:
    """Called by the patched CreateDeployment; each deployment runs in its own thread so several
    groups deploy at once and a stop request reaches the one it names."""
    threading.Thread(
        target=_run,
        args=(account, region, deployment_id, registry.generation),
        name=f"agent-{deployment_id}",
        daemon=True,
    ).start()


def install() -> None:
    moto_patches.deployment_listener = on_new_deployment
