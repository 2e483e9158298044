#!/bin/sh
# Installs ripgrep (Debian's package `ripgrep`) for `parallax-bench scale`'s comparison, when `rg` is
# missing and we are root; otherwise says in one line how to get it.
set -eu
if command -v rg >/dev/null 2>&1; then
    echo "rg is installed: $(rg --version | head -n 1)"
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep >/dev/null
    echo "installed: $(rg --version | head -n 1)"
else
    echo "rg not found: install Debian's ripgrep package (sudo apt-get install ripgrep), or see https://github.com/BurntSushi/ripgrep#installation"
fi
