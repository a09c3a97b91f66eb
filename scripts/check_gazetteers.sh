#!/usr/bin/env bash
# Checks that the generated gazetteers (countries, organisations, people) are what
# scripts/build_gazetteers.py makes from the open data and the current curated.tsv,
# so a curated edit is never shipped without regenerating. Skipped when the data
# directory (default ../shared/data) is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
if [ ! -d "$data" ]; then
  echo "check_gazetteers: $data not found, skipped" >&2
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp gazetteers/curated.tsv "$tmp/"
python3 scripts/build_gazetteers.py "$data" "$tmp" >/dev/null
status=0
for f in countries.tsv organisations.tsv people.tsv; do
  if ! cmp -s "gazetteers/$f" "$tmp/$f"; then
    echo "gazetteers/$f is stale: run 'python3 scripts/build_gazetteers.py' and commit the result" >&2
    diff "gazetteers/$f" "$tmp/$f" | head -5 >&2
    status=1
  fi
done
exit $status
