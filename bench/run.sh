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
sizes="${SIZES-10 100}"
claims="${CLAIMS-1000 10000 100000 1000000}"
threads="${THREADS:-1 2}"
rate="${RATE:-0.05}"
# A step that runs longer than TIMEOUT seconds or needs more than MAX_MB of
# address space is stopped and reported as such.
timeout_s="${TIMEOUT:-300}"
max_mb="${MAX_MB:-6000}"
target="${CARGO_TARGET_DIR:-$root/target}"
bin="$target/release/factdiff"
gen="$target/release/factdiff-gen"

(cd "$root" && cargo build --release --locked --bins -q)
mkdir -p "$dir"
[ -d "$seeds" ] || { echo "error: no seed texts at $seeds; set SEEDS=DIR" >&2; exit 2; }

# measure LABEL CORPUS_DIR BYTES DOCS THREADS -- command…
# Prints one table row; the command's stdout goes to $dir/out.
measure() {
  local label="$1" what="$2" bytes="$3" docs="$4" nclaims="$5" t="$6"; shift 6
  local stats status=0
  (ulimit -v $((max_mb * 1024)); RAYON_NUM_THREADS="$t" /usr/bin/time -o "$dir/time" -f '%e %M %x %U %S' timeout "$timeout_s" "$@" >"$dir/out" 2>/dev/null) || status=$?
  stats="$(tail -1 "$dir/time")"
  local secs rss code user sys
  read -r secs rss code user sys <<<"$stats"
  if [ "${code:-9}" -gt 2 ] 2>/dev/null || [ -z "$rss" ]; then
    printf "| %-16s | %-8s | %6.1f | %7d | %8d | %d | stopped (over %s s or %s MB) | | | | | | |\n" "$label" "$what" "$(awk -v b="$bytes" 'BEGIN{print b/1e6}')" "$docs" "$nclaims" "$t" "$timeout_s" "$max_mb"
    return
  fi
  awk -v l="$label" -v w="$what" -v b="$bytes" -v d="$docs" -v c="$nclaims" -v t="$t" -v s="$secs" -v r="$rss" -v u="$user" -v y="$sys" 'BEGIN {
    if (s < 0.01) s = 0.01; cpu = u + y; if (cpu < 0.01) cpu = 0.01;
    printf "| %-16s | %-8s | %6.1f | %7d | %8d | %d | %7.2f | %7.2f | %7.1f | %7.1f | %8.0f | %9.0f | %6.1f |\n",
      l, w, b/1e6, d, c, t, s, cpu, b/1e6/s, b/1e6/cpu, d/s, c/s, r/1024 }'
}

# Wall time is what a user waits; CPU time (user + system) is the work done,
# which a shared machine disturbs less. MB/s is over the texts' bytes.
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo
echo "| corpus | step | MB | docs | claims | threads | wall s | CPU s | MB/s wall | MB/s CPU | docs/s | claims/s | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
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
