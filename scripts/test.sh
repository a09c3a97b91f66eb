#!/usr/bin/env bash
# The project's test command: installs what the interoperability tests need
# (Graphviz `dot`, Chromium, Java, Python networkx/pandas/matplotlib/pyspark) when missing, then runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dot >/dev/null 2>&1; then
  echo "installing graphviz (apt)..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz) >/dev/null 2>&1 \
    || { echo "could not install graphviz: run 'apt-get install graphviz' (Debian/Ubuntu) or 'brew install graphviz'" >&2; exit 2; }
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium (apt, for the HTML view test)..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
    || { echo "could not install chromium: run 'apt-get install chromium'" >&2; exit 2; }
fi
if ! python3 -c "import networkx, pandas, matplotlib" >/dev/null 2>&1; then
  echo "installing networkx, pandas, matplotlib (pip)..." >&2
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore networkx pandas matplotlib >/dev/null
fi
if ! command -v java >/dev/null 2>&1; then
  echo "installing Java (apt, for the Spark example test)..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless) >/dev/null 2>&1 \
    || { echo "could not install Java: run 'apt-get install openjdk-17-jre-headless'" >&2; exit 2; }
fi
if ! python3 -c "import pyspark" >/dev/null 2>&1; then
  echo "installing pyspark (pip, for the Spark example test)..." >&2
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore pyspark >/dev/null
fi
bash scripts/check_gazetteers.sh
cargo test --quiet "$@"
