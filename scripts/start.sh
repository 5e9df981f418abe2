#!/usr/bin/env bash
# Builds fieldguide in release mode and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec cargo run --release --locked -- "$@"
