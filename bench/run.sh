#!/usr/bin/env bash
# Whole-process benchmark of factdiff: MB/s and documents/s for `extract`
# and `check`, claims/s for comparison alone (`check --claims-from`), and
# peak RSS (`/usr/bin/time -f %M`), per corpus and for 1 and 2 threads.
#
#   bench/run.sh                 # seeds ×10 MB and ×100 MB, synthetic 10^3…10^6 claims
#   SIZES="10" CLAIMS="1000" bench/run.sh   # a quick run
#
# Corpora are generated (deterministically) under $BENCH_DIR (default
# ${TMPDIR:-/tmp}/factdiff-bench) and never committed. Needs the seed texts
# in ../shared/corpus/seeds (or SEEDS=DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${SEEDS:-$root/../shared/corpus/seeds}"
dir="${BENCH_DIR:-${TMPDIR:-/tmp}/factdiff-bench}"
sizes="${SIZES:-10 100}"
claims="${CLAIMS:-1000 10000 100000 1000000}"
threads="${THREADS:-1 2}"
rate="${RATE:-0.05}"
bin="$root/target/release/factdiff"
gen="$root/target/release/factdiff-gen"

(cd "$root" && cargo build --release --locked --bins -q)
mkdir -p "$dir"
[ -d "$seeds" ] || { echo "error: no seed texts at $seeds; set SEEDS=DIR" >&2; exit 2; }

# measure LABEL CORPUS_DIR BYTES DOCS THREADS -- command…
# Prints one table row; the command's stdout goes to $dir/out.
measure() {
  local label="$1" what="$2" bytes="$3" docs="$4" nclaims="$5" t="$6"; shift 6
  local stats
  stats="$( { RAYON_NUM_THREADS="$t" /usr/bin/time -f '%e %M' "$@" >"$dir/out" 2>/dev/null; } 2>&1 | tail -1)"
  local secs="${stats% *}" rss="${stats#* }"
  awk -v l="$label" -v w="$what" -v b="$bytes" -v d="$docs" -v c="$nclaims" -v t="$t" -v s="$secs" -v r="$rss" 'BEGIN {
    if (s < 0.01) s = 0.01;
    printf "| %-22s | %-8s | %7.1f | %8d | %8d | %d | %7.2f | %8.1f | %10.0f | %10.0f | %7.1f |\n",
      l, w, b/1e6, d, c, t, s, b/1e6/s, d/s, c/s, r/1024 }'
}

echo "| corpus | step | MB | docs | claims | threads | s | MB/s | docs/s | claims/s | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
run_corpus() {
  local label="$1" articles="$2"; shift 2
  local bytes docs nclaims
  bytes="$(find "$articles" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s}')"
  docs="$(find "$articles" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)"
  "$bin" extract "$articles" "$@" --format jsonl >"$dir/claims.jsonl"
  nclaims="$(grep -c '"type":"claim"' "$dir/claims.jsonl" || true)"
  for t in $threads; do
    measure "$label" extract "$bytes" "$docs" "$nclaims" "$t" "$bin" extract "$articles" "$@" --format jsonl
    measure "$label" check "$bytes" "$docs" "$nclaims" "$t" "$bin" check "$articles" "$@" --format concise -q
    measure "$label" compare "$bytes" "$docs" "$nclaims" "$t" "$bin" check --claims-from "$dir/claims.jsonl" "$@" --format concise -q
  done
}

for mb in $sizes; do
  c="$dir/seeds-${mb}mb"
  [ -f "$c/sources.yaml" ] || "$gen" replicate "$seeds" "$c" --mb "$mb"
  run_corpus "seeds ×${mb} MB" "$c" --claims "$root/claims"
done
for n in $claims; do
  c="$dir/synthetic-$n"
  [ -d "$c/articles" ] || "$gen" synthetic "$c" --claims "$n" --contradiction-rate "$rate" --seed 1
  run_corpus "synthetic $n" "$c/articles" --claims "$c/claims"
done
