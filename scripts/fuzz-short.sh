#!/usr/bin/env bash
# A short fuzz run of every target in fuzz/ (20 s each, or the seconds given as $1), as
# scripts/test.sh (and so CI) runs it. Installs cargo-fuzz when it is missing; runs on the stable
# toolchain through RUSTC_BOOTSTRAP=1. New inputs go to fuzz/target/work/<target>, never into the
# committed corpus. A crash, a timeout (> 10 s for one input) or memory over 2 GB fails the run;
# the input is saved under fuzz/artifacts/<target>/ (docs/FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-20}"
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz-short: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1
# One build of every target first, so the build's time is not taken from the first target's run.
cargo fuzz build
for target in query source_toml checklist_csv photo_manifest image lesson pack; do
    mkdir -p "target/work/$target"
    echo "== fuzz $target ($secs s)"
    log="target/work/$target.log"
    rc=0
    cargo fuzz run "$target" "target/work/$target" "corpus/$target" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || rc=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$log" || true
    if [ "$rc" -ne 0 ]; then
        tail -n 60 "$log" >&2
        echo "fuzz-short: $target failed (exit $rc); the input is under fuzz/artifacts/$target/" >&2
        exit 1
    fi
done
