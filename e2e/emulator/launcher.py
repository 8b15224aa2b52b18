"""Starts the AWS emulator for the end-to-end tests: moto in-process, patched, with a simulated
CodeDeploy agent and a control endpoint.

    python3 e2e/emulator/launcher.py [--port 0] [--default-account 111111111111]

Prints one line `E2E_EMULATOR_READY {"port": N, "url": "http://127.0.0.1:N"}` once it accepts
requests, then serves until SIGTERM/SIGINT, or until its standard input closes when started
with --exit-with-stdin (so a test runner that dies does not leave it behind).

Requires moto with its server extras (`pip install "moto[server]"`), version 5.2. IAM
evaluation (iam.py, when a test enforces it) also runs Node.js: E2E_IAM_NODE, else `node`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from typing import Any

REQUIRED_MOTO = (5, 2)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one")
    parser.add_argument(
        "--default-account",
        default=os.environ.get("MOTO_ACCOUNT_ID", "111111111111"),
        help="account of credentials moto does not know (plain keys from the environment)",
    )
    parser.add_argument("--exit-with-stdin", action="store_true", help="stop when stdin closes")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    try:
        import moto
    except ImportError:
        print('moto is not installed: pip install "moto[server]"', file=sys.stderr)
        return 3
    version = tuple(int(p) for p in moto.__version__.split(".")[:2])
    if version < REQUIRED_MOTO:
        print(
            f"moto {moto.__version__} is too old: this emulator needs 5.2 or later", file=sys.stderr
        )
        return 3

    # Imported after the checks above: each of these imports moto.
    from moto.moto_server.threaded_moto_server import ThreadedMotoServer
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import make_server

    import agent
    import moto_patches
    from control import Emulator

    class EmulatorServer(ThreadedMotoServer):
        """ThreadedMotoServer with moto's WSGI application wrapped by the emulator's middleware
        (same server setup as moto's own _server_entry otherwise)."""

        def _server_entry(self) -> None:
            app = Emulator(DomainDispatcherApplication(create_backend_app))
            self._server = make_server(self._ip_address, self._port, app, True)
            self._server_ready_event.set()
            self._server.serve_forever()

    moto_patches.apply(args.default_account)
    agent.install()
    if not args.verbose:
        logging.getLogger("werkzeug").setLevel(logging.ERROR)

    server = EmulatorServer(ip_address=args.host, port=args.port, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    ready: dict[str, Any] = {"port": port, "url": f"http://{args.host}:{port}", "pid": os.getpid()}
    print(f"E2E_EMULATOR_READY {json.dumps(ready)}", flush=True)

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    if args.exit_with_stdin:
        threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    while not done.wait(0.5):
        pass
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
