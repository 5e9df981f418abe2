#!/usr/bin/env bash
# Runs every check and test: formatting, lints, unit and integration tests, the benchmarks' build
# (the benchmarks themselves are run by hand: see docs/BENCHMARKS.md), and a short fuzz run of
# every fuzz target (docs/FUZZING.md; FIELDGUIDE_FUZZ_SECONDS sets its length, 20 s by default).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cargo fmt --all --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked --all-targets
bash scripts/fuzz-short.sh "${FIELDGUIDE_FUZZ_SECONDS:-20}"
