#!/usr/bin/env bash
# Installs what building, running and testing fieldguide needs on Debian or Ubuntu.
# Sourced by scripts/start.sh and scripts/test.sh; safe to run again (installs only what is missing).
set -euo pipefail

# Runtime libraries for the window (loaded at run time by winit/glutin), the photo library the
# reference data is built with, a CJK font, and a C compiler for the bundled SQLite.
APT_PACKAGES=(
  build-essential pkg-config ca-certificates curl
  libgl1 libegl1 libgl1-mesa-dri libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
  libwayland-client0 libwayland-egl1
  tuxpaint-stamps-default
  fonts-noto-cjk
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Rust (edition 2024 needs 1.85 or later; the project is tested on 1.95).
if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "setup: installing the Rust toolchain with rustup" >&2
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
if command -v rustup >/dev/null 2>&1; then
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
fi
