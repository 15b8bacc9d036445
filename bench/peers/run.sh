#!/usr/bin/env bash
# Side-by-side: factdiff against the extractors people use instead, on the
# same texts, one core each. Peers are timed on processing only (libraries
# and models loaded, texts read before the clock starts); slow peers get a
# slice of the corpus (the first files up to a byte budget) and their MB/s is
# extrapolated from it, as the table says. factdiff is timed as a whole
# process (start-up included) on the full corpus, every claim kind at once.
#
#   bench/peers/run.sh [CORPUS_DIR]     # default: seeds replicated to 10 MB
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
corpus="${1:-${TMPDIR:-/tmp}/factdiff-bench/seeds-10mb}"
"$here/install.sh" >/dev/null
(cd "$root" && cargo build --release --locked --bins -q)
[ -d "$corpus" ] || "$root/target/release/factdiff-gen" replicate "${SEEDS:-$root/../shared/corpus/seeds}" "$corpus" --mb 10
mapfile -t files < <(find "$corpus" -name '*.txt' -o -name '*.md' | sort)
bytes="$(cat "${files[@]}" | wc -c)"
secs="$( { RAYON_NUM_THREADS=1 /usr/bin/time -f '%e' "$root/target/release/factdiff" extract "$corpus" --claims "$root/claims" --format jsonl >/dev/null; } 2>&1 | tail -1)"
fd="$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.2f", b/1e6/s }')"
echo "machine: $(uname -sm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%Y-%m-%d)"
echo
echo "| extractor | version | bytes timed | s | MB/s | factdiff/peer |"
echo "|---|---|---:|---:|---:|---:|"
echo "| factdiff (all kinds, whole process) | $(cd "$root" && git describe --always --dirty) | $bytes | $secs | $fd | 1 |"
{
  taskset -c 0 node "$here/peers.js" "${CHRONO_BYTES:-$bytes}" "${RT_BYTES:-20000}" "${files[@]}"
  taskset -c 0 "$here/.env/py/bin/python" "$here/peers.py" "${PY_BYTES:-200000}" "${files[@]}"
} | awk -F'\t' -v fd="$fd" -v all="$bytes" '{
  mbs = $3/1e6/$4; note = ($3 < all) ? " (slice, extrapolated)" : "";
  printf "| %s%s | %s | %d | %.2f | %.3f | %.2f× |\n", $1, note, $2, $3, $4, mbs, fd/mbs }'
