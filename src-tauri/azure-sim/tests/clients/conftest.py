"""Starts the azure-sim binary once for the session and points Microsoft's clients at it.

The binary is $AZURE_SIM_BIN, or `cargo build -p azure-sim` output when that is unset. The clients are
unmodified: they are only told the authority / base URL and, through REQUESTS_CA_BUNDLE, to trust the
simulator's freshly generated CA.
"""

import json
import os
import pathlib
import queue
import subprocess
import threading

import pytest
import requests

CRATE = pathlib.Path(__file__).resolve().parents[2]
REPO = CRATE.parents[1]

# The demo scenario's fixed names (src-tauri/azure-sim/README.md, "Demo scenario").
CLIENT_ID = "eeeeeeee-0000-4000-8000-000000000001"
AUTOMATION_CLIENT_ID = "eeeeeeee-0000-4000-8000-000000000002"
AUTOMATION_SECRET = "Practice-Automation-Secret-1"
PASSWORD = "Practice-Pass-1"
PARTNER_USER = "alex@contosopartner.onmicrosoft.com"
CUSTOMER_ADMIN = "admin@fabrikam.onmicrosoft.com"
HOME = "aaaaaaaa-0000-4000-8000-000000000000"
FABRIKAM = "aaaaaaaa-0000-4000-8000-000000000001"
ADATUM = "aaaaaaaa-0000-4000-8000-000000000005"
ALEX_IN_FABRIKAM = "cccccccc-0000-4000-8001-000000000001"
AUTOMATION_SP_FABRIKAM = "dddddddd-0000-4000-8000-000000000001"
HOME_SUB = "bbbbbbbb-0000-4000-8000-000000000000"
FABRIKAM_SUB = "bbbbbbbb-0000-4000-8000-000000000001"
ARM_SCOPE = "https://management.azure.com/.default"


def _binary():
    explicit = os.environ.get("AZURE_SIM_BIN")
    if explicit:
        return explicit
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    subprocess.run(["cargo", "build", "-p", "azure-sim", "--bin", "azure-sim"], cwd=REPO, check=True)
    return str(target / "debug" / "azure-sim")


@pytest.fixture(scope="session")
def sim(tmp_path_factory):
    ca = tmp_path_factory.mktemp("sim") / "ca.pem"
    log = open(tmp_path_factory.mktemp("log") / "azure-sim.log", "w")
    proc = subprocess.Popen(
        [_binary(), "--scenario", "demo", "--ca-out", str(ca)],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    lines = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=60)
    except queue.Empty:
        proc.kill()
        raise RuntimeError("azure-sim printed no JSON line within 60 s")
    info = json.loads(line)
    assert {"login", "resourceManager", "graph", "admin", "caCert"} <= set(info)
    os.environ["REQUESTS_CA_BUNDLE"] = info["caCert"]
    os.environ["SSL_CERT_FILE"] = info["caCert"]
    os.environ["NO_PROXY"] = "localhost,127.0.0.1"
    yield info
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


class Admin:
    """The simulator's admin API (/_sim/), for approving device codes and asserting server-side state."""

    def __init__(self, base):
        self.base = base

    def post(self, path, body=None):
        r = requests.post(self.base + path, json=body or {}, timeout=10)
        assert r.status_code < 300, r.text
        return r.json()

    def get(self, path):
        r = requests.get(self.base + path, timeout=10)
        r.raise_for_status()
        return r.json()


@pytest.fixture
def admin(sim):
    a = Admin(sim["admin"])
    # Every test starts from the demo scenario as shipped.
    a.post("/_sim/reset")
    return a
