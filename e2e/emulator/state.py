"""State shared by the moto patches, the simulated agent and the control endpoint.

Everything here is in memory and per emulator process; POST /_e2e/reset clears it together
with moto's own backends.
"""

from __future__ import annotations

import copy
import random
import threading
import time
from collections import Counter
from typing import Any

DEFAULT_SETTINGS: dict[str, Any] = {
    # Seconds each lifecycle event takes on each instance. With the default two instances and
    # OneAtATime a deployment takes about a second, so tests stay fast; slow-deployment tests
    # raise it.
    "eventDelaySeconds": 0.05,
    # Seconds a deployment stays Created before the agent picks it up (real CodeDeploy takes a
    # few seconds here; a short pause still lets a caller observe the Created state).
    "startDelaySeconds": 0.1,
    # Instances in every deployment group unless the group has its own count.
    "instanceCount": 2,
    # When set, assumed-role sessions last at most this many seconds, whatever DurationSeconds
    # asked for, so credential refresh can be tested without waiting an hour.
    "sessionDurationSeconds": None,
    # Per deployment group overrides, keyed "account/application/group":
    # {"instanceCount": n, "eventDelaySeconds": s}.
    "groups": {},
    # CodeDeploy's connection to a GitHub account, which GitHub revisions are fetched through:
    # {"apiUrl": "http://127.0.0.1:PORT", "token": "..."} (a local stand-in for GitHub's API).
    "gitHubConnection": None,
}

GROUP_SETTING_KEYS = {"instanceCount", "eventDelaySeconds"}
FAULT_KINDS = {"throttle", "error500", "drop", "error500-after", "drop-after"}
# Faults that come after moto has carried out the request: the work is done, the answer is lost.
AFTER_FAULTS = {"error500-after": "error500", "drop-after": "drop"}
# Keeps a runaway test from growing the call log without bound.
MAX_CALL_LOG = 100_000


class SettingsError(ValueError):
    pass


def _check_number(name: str, value: Any, minimum: float, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise SettingsError(f"{name} must be a number >= {minimum}, got {value!r}")


class Settings:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = copy.deepcopy(DEFAULT_SETTINGS)

    def reset(self) -> None:
        with self._lock:
            self._values = copy.deepcopy(DEFAULT_SETTINGS)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._values)

    def update(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Merge changes (group entries merge per key); reject unknown keys rather than ignore them,
        so a typo in a test fails loudly instead of silently testing the defaults."""
        unknown = set(changes) - set(DEFAULT_SETTINGS)
        if unknown:
            raise SettingsError(f"unknown settings: {sorted(unknown)}")
        for key in ("eventDelaySeconds", "startDelaySeconds"):
            if key in changes:
                _check_number(key, changes[key], 0)
        if "instanceCount" in changes:
            _check_number("instanceCount", changes["instanceCount"], 0)
        if "sessionDurationSeconds" in changes:
            _check_number("sessionDurationSeconds", changes["sessionDurationSeconds"], 1, True)
        connection = changes.get("gitHubConnection")
        if connection is not None and not (
            isinstance(connection, dict)
            and str(connection.get("apiUrl", "")).startswith("http://127.0.0.1:")
            and isinstance(connection.get("token"), str)
        ):
            raise SettingsError("gitHubConnection must be {apiUrl: http://127.0.0.1:PORT, token}")
        groups = changes.get("groups", {})
        if not isinstance(groups, dict):
            raise SettingsError("groups must be an object")
        for name, group in groups.items():
            if len(name.split("/")) != 3 or not isinstance(group, dict):
                raise SettingsError(f"groups key must be account/application/group: {name!r}")
            bad = set(group) - GROUP_SETTING_KEYS
            if bad:
                raise SettingsError(f"unknown group settings for {name}: {sorted(bad)}")
            for key, value in group.items():
                _check_number(f"{name}.{key}", value, 0)
        with self._lock:
            for key, value in changes.items():
                if key == "groups":
                    for name, group in value.items():
                        self._values["groups"].setdefault(name, {}).update(group)
                else:
                    self._values[key] = value
            return copy.deepcopy(self._values)

    def get(self, key: str) -> Any:
        with self._lock:
            return self._values[key]

    def for_group(self, account: str, application: str, group: str) -> tuple[int, float]:
        """Instance count and per-event delay for one deployment group."""
        with self._lock:
            own = self._values["groups"].get(f"{account}/{application}/{group}", {})
            return (
                int(own.get("instanceCount", self._values["instanceCount"])),
                float(own.get("eventDelaySeconds", self._values["eventDelaySeconds"])),
            )


class Faults:
    """Answers a share of matching requests with a fault instead of passing them to moto.

    A rule is {"kind": "throttle"|"error500"|"drop"|"error500-after"|"drop-after", "rate": 0..1,
    "service"?: "s3"|"sts"|"codedeploy", "action"?: "GetDeployment", "max"?: n}. The "-after"
    kinds let moto carry out the request, then answer 500 or drop the connection, as when a
    response is lost on its way back. The random generator is seeded so a failing run can be
    replayed with the same seed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._rules: list[dict[str, Any]] = []
            self._injected: Counter[str] = Counter()
            self._seed = 0
            self._random = random.Random(0)

    def configure(self, rules: list[dict[str, Any]], seed: int = 0) -> None:
        for rule in rules:
            if rule.get("kind") not in FAULT_KINDS:
                raise SettingsError(f"fault kind must be one of {sorted(FAULT_KINDS)}: {rule!r}")
            rate = rule.get("rate", 1)
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
                raise SettingsError(f"fault rate must be between 0 and 1: {rule!r}")
            unknown = set(rule) - {"kind", "rate", "service", "action", "max"}
            if unknown:
                raise SettingsError(f"unknown fault rule fields {sorted(unknown)}: {rule!r}")
        with self._lock:
            self._rules = [dict(rule, rate=rule.get("rate", 1), injected=0) for rule in rules]
            self._injected = Counter()
            self._seed = seed
            self._random = random.Random(seed)

    def pick(self, service: str, action: str) -> str | None:
        with self._lock:
            for rule in self._rules:
                if rule.get("service") not in (None, service):
                    continue
                if rule.get("action") not in (None, action):
                    continue
                if rule.get("max") is not None and rule["injected"] >= rule["max"]:
                    continue
                if self._random.random() < rule["rate"]:
                    rule["injected"] += 1
                    self._injected[f"{service}:{action}:{rule['kind']}"] += 1
                    return str(rule["kind"])
            return None

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "seed": self._seed,
                "rules": copy.deepcopy(self._rules),
                "injected": dict(self._injected),
                "total": sum(self._injected.values()),
            }


class CallLog:
    """Every AWS request the emulator received, so tests can prove what was (not) called."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._calls: list[dict[str, Any]] = []
            self._counts: Counter[str] = Counter()

    def record(self, call: dict[str, Any]) -> None:
        with self._lock:
            self._counts[f"{call['service']}:{call['action']}"] += 1
            if len(self._calls) < MAX_CALL_LOG:
                self._calls.append(call)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {"counts": dict(self._counts), "calls": copy.deepcopy(self._calls)}


class Registry:
    """Emulator-side facts that moto does not keep: session expiries, what the agent saw, the
    revision last installed on each simulated instance, and the OIDC issuer tokens are checked
    against."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            # Bumped on reset so agent threads of a previous test stop touching new backends.
            self.generation = getattr(self, "generation", 0) + 1
            self.session_expiry: dict[str, float] = {}
            self.agent_reports: dict[str, dict[str, Any]] = {}
            self.installed: dict[tuple[str, str], Any] = {}
            self.oidc: dict[str, Any] | None = None

    def note_session(self, access_key_id: str, expires_at: float) -> None:
        with self._lock:
            self.session_expiry[access_key_id] = expires_at

    def is_expired(self, access_key_id: str) -> bool:
        with self._lock:
            expiry = self.session_expiry.get(access_key_id)
        return expiry is not None and time.time() >= expiry

    def is_session(self, access_key_id: str) -> bool:
        with self._lock:
            return access_key_id in self.session_expiry


settings = Settings()
faults = Faults()
calls = CallLog()
registry = Registry()


def reset_all() -> None:
    settings.reset()
    faults.reset()
    calls.reset()
    registry.reset()
