#!/usr/bin/env bash
# Runs every fuzz target in turn for SECONDS_PER_TARGET (default 180) on one
# core, seeded from fuzz/seeds/; findings go to fuzz/artifacts/TARGET/.
set -uo pipefail
cd "$(dirname "$0")"
secs=${SECONDS_PER_TARGET:-180}
seeds_of() {
    case $1 in
        claims_load) echo seeds/claims ;;
        manifest) echo seeds/manifest ;;
        *) echo seeds/text ;;
    esac
}
for target in ${TARGETS:-extract_office extract_date extract_money extract_quantity claims_load front_matter manifest check}; do
    mkdir -p "corpus/$target" "artifacts/$target"
    echo "== $target ($secs s)"
    # The binary, not `cargo fuzz run`, so that editing the crate meanwhile
    # does not rebuild it between targets; build first with
    # `RUSTC_BOOTSTRAP=1 cargo fuzz build -O`.
    "target/x86_64-unknown-linux-gnu/release/$target" "corpus/$target" "$(seeds_of "$target")" \
        -max_len=65536 -timeout=1 -rss_limit_mb=2048 -max_total_time="$secs" -print_final_stats=1 \
        -artifact_prefix="artifacts/$target/" 2>&1 | grep -E "^(==|#[0-9]+ *DONE|stat::|SUMMARY|ERROR|artifact|Test unit|.*panicked|.*deadly|.*timeout)" 
done
