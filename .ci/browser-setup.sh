#!/usr/bin/env bash
# Install Chromium for the browser tests (tests/test_browser.py). Idempotent; never fails the build:
# when Chromium cannot be installed it prints a warning and the browser tests skip themselves.
set -u

CHROMIUM=/usr/bin/chromium

warn() { echo "browser-setup: WARNING: $*" >&2; }

if [ -x "$CHROMIUM" ]; then
    echo "browser-setup: $CHROMIUM already installed ($("$CHROMIUM" --version 2>/dev/null | head -n1))"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get not available; cannot install chromium (browser tests will be skipped)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        warn "not root and no password-less sudo; cannot install chromium (browser tests will be skipped)"
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update; then
    warn "apt-get update failed (browser tests will be skipped)"
    exit 0
fi
if ! $SUDO apt-get install -y --no-install-recommends chromium; then
    warn "apt-get install chromium failed (browser tests will be skipped)"
    exit 0
fi

if [ -x "$CHROMIUM" ]; then
    echo "browser-setup: installed $("$CHROMIUM" --version 2>/dev/null | head -n1)"
else
    warn "chromium package installed but $CHROMIUM is missing (browser tests will be skipped)"
fi
exit 0
