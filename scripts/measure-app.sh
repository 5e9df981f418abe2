#!/usr/bin/env bash
# Measures the release app under Xvfb: time from launch to the first frame, peak memory (RSS)
# with the bundled database loaded and searched, and frame times while a query is typed.
# Prints a Markdown table. Needs xvfb, xdotool (installed if missing). Not a test: timings on a
# shared machine are noisy, so the script repeats and reports medians and maxima.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
need=()
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v xdotool >/dev/null || need+=(xdotool)
if ((${#need[@]})); then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
fi
cargo build --release --locked --quiet
bin=$PWD/target/release/fieldguide
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FIELDGUIDE_DATA_DIR=$work/data

# 1. Launch to first frame: the app closes itself after its first frame and prints the time
#    since `main` started; the wall time of the whole process is measured around it too.
first=()
wall=()
for _ in $(seq "$runs"); do
    out=$(FIELDGUIDE_FIRST_FRAME_EXIT=1 xvfb-run -a -s "-screen 0 1366x768x24" \
        bash -c "s=\$(date +%s%N); $bin 2>&1; e=\$(date +%s%N); echo wall \$(( (e-s)/1000000 ))")
    first+=("$(grep -o 'first frame [0-9.]*' <<<"$out" | awk '{print $3}')")
    wall+=("$(grep -o 'wall [0-9]*' <<<"$out" | awk '{print $2}')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 2. Peak RSS and frame times while typing, after the data has loaded.
log=$work/frames.log
FIELDGUIDE_FRAME_LOG=1 xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
    $bin 2>>$log &
    pid=\$!
    for i in \$(seq 1 50); do W=\$(xdotool search --name 'Green Customs' 2>/dev/null | head -1); [ -n \"\$W\" ] && break; sleep 0.2; done
    sleep 3
    echo typing-start >>$log
    xdotool windowfocus --sync \$W 2>/dev/null || true
    xdotool type --delay 120 'dichlorodiflouromethane freon 12 pangolin scales 75-71-8' 2>/dev/null
    sleep 1
    echo typing-end >>$log
    grep VmHWM /proc/\$pid/status | awk '{print \$2}' >$work/hwm
    kill \$pid
"
typing=$(sed -n '/typing-start/,/typing-end/p' "$log")
ui_max=$(grep -o 'frame-ui [0-9]* [0-9.]*' <<<"$typing" | awk '{print $3}' | sort -n | tail -1)
cpu_max=$(grep -o 'frame-cpu [0-9.]*' <<<"$typing" | awk '{print $2}' | sort -n | tail -1)
cpu_p50=$(median $(grep -o 'frame-cpu [0-9.]*' <<<"$typing" | awk '{print $2}'))
frames=$(grep -c 'frame-ui' <<<"$typing" || true)
over=$(grep -o 'frame-cpu [0-9.]*' <<<"$typing" | awk '$2 > 16 {n++} END {print n+0}')
hwm_mb=$(awk '{printf "%.0f", $1/1024}' "$work/hwm")

echo "| measure | value | target |"
echo "|---|---|---|"
echo "| first frame, from main (median of $runs) | $(median "${first[@]}") ms | ≤ 400 ms |"
echo "| launch → first frame → exit, wall (median of $runs) | $(median "${wall[@]}") ms | — |"
echo "| peak RSS, data loaded and searched | $hwm_mb MB | ≤ 150 MB |"
echo "| frames while typing 56 characters | $frames | — |"
echo "| frame CPU while typing (update + paint), median / max | $cpu_p50 / $cpu_max ms | max ≤ 16 ms |"
echo "| frames over 16 ms while typing | $over | 0 |"
echo "| UI update alone, max | $ui_max ms | — |"
