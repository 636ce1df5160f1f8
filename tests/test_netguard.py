"""The network guard the tests rely on really refuses outside addresses, here and in subprocesses."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


def test_outside_hosts_are_refused_in_this_process():
    with pytest.raises(socket.gaierror, match="netguard"):
        socket.getaddrinfo("www.cpta.com.cn", 80)
    with socket.socket() as sock, pytest.raises(ConnectionRefusedError, match="netguard"):
        sock.connect(("203.0.113.7", 80))


def test_loopback_is_allowed():
    assert socket.getaddrinfo("127.0.0.1", 80)


def test_subprocesses_are_guarded_too():
    code = "import socket\ntry:\n    socket.getaddrinfo('raw.githubusercontent.com', 443)\nexcept socket.gaierror as e:\n    print(e)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT).stdout
    assert "netguard" in out
