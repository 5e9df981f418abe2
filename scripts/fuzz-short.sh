#!/usr/bin/env bash
# A short fuzz run of every target in fuzz/ (20 s each, or the seconds given as $1). Needs
# cargo-fuzz (`cargo install cargo-fuzz --locked`); runs on the stable toolchain through
# RUSTC_BOOTSTRAP=1. New inputs go to fuzz/target/work/<target>, never into the committed
# corpus. Not called by scripts/test.sh: CI does not depend on cargo-fuzz (docs/FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-20}"
for target in query source_toml checklist_csv photo_manifest image lesson pack; do
    mkdir -p "target/work/$target"
    echo "== $target ($secs s)"
    RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "target/work/$target" "corpus/$target" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
