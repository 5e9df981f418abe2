#!/usr/bin/env bash
# Runs every check and test: formatting, lints, unit and integration tests, and the benchmarks'
# build (the benchmarks themselves are run by hand: see docs/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cargo fmt --all --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked --all-targets
