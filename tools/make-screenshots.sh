#!/usr/bin/env bash
# Makes the README's and the user guide's pictures from the app itself, into docs/images/:
# the charts with the headless export (--png), and the window captured under Xvfb at 1366x768 and
# 1920x1080. Run it again whenever the window or a chart changes, look at every picture, commit.
#
#   tools/make-screenshots.sh [--binary PATH] [--display N] [--out DIR]
#
# Defaults: build/dev/app/pledgecheck, display :86, docs/images. Needs Xvfb, xdotool and
# ImageMagick's import (apt-get install xvfb xdotool imagemagick). The app runs with settings,
# recovery files and runtime folder of its own, in a temporary folder removed at the end, so that
# nothing the user left (a window layout, a jobs axis) changes the pictures.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
binary="$root/build/dev/app/pledgecheck"
display=86
out="$root/docs/images"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --binary) binary=$2; shift 2 ;;
    --display) display=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "make-screenshots.sh: unknown argument $1 (--binary PATH, --display N, --out DIR)" >&2; exit 2 ;;
    esac
done
[[ -x "$binary" ]] || { echo "make-screenshots.sh: no program at $binary: build it first (cmake --build --preset dev)" >&2; exit 2; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "make-screenshots.sh: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
mkdir -p "$out"

scratch=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

# The app's own corner of the disk, and English numbers ("1,000,000") whatever the machine's locale.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime" LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# The charts, as File > Export Chart and --png write them (source line included), no display needed.
export_chart() { # FILE SIZE PRESET CHART
    env -u DISPLAY QT_QPA_PLATFORM=offscreen "$binary" --preset "$3" --chart "$4" --size "$2" --png "$out/$1"
    echo "$out/$1: $4 chart, $3, $2"
}
export_chart jobs-chart.png 1600x900 central jobs
export_chart uncertainty-chart.png 1600x700 sceptic uncertainty
export_chart sensitivity-chart.png 1600x900 sceptic sensitivity
export_chart frontier-chart.png 1600x900 central frontier

# The window on a screen of SIZE with PRESET open on the CHART tab, and any --set ID=VALUE after
# them applied, captured whole (on a large screen the window keeps its own size, 1440x900).
capture_window() { # FILE SIZE PRESET CHART [--set ID=VALUE...]
    Xvfb ":$display" -screen 0 "${2}x24" -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
        sleep 0.1
    done
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$binary" --preset "$3" --chart "$4" "${@:5}" >"$scratch/app.log" 2>&1 &
    app_pid=$!
    local window
    if ! window=$(DISPLAY=":$display" timeout 30 xdotool search --sync --onlyvisible --name ' - PledgeCheck$' | head -n1); then
        echo "make-screenshots.sh: the window did not appear on :$display; the app said:" >&2
        cat "$scratch/app.log" >&2
        exit 1
    fi
    # The draws' full sample runs on a worker thread once the window is up: let it land and paint.
    sleep 3
    DISPLAY=":$display" import -window "$window" -strip "$out/$1"
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
    app_pid=""
    kill "$xvfb_pid" && wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
    echo "$out/$1: the window on a $2 screen, $3 ${*:5}, $4 tab"
}
capture_window window.png 1366x768 sceptic jobs
capture_window window-pledge.png 1366x768 pledge-as-stated jobs
# Growth at what the pledge needs (339 % a year, the key figure "Growth needed"): half the draws meet it.
capture_window window-uncertainty.png 1920x1080 central uncertainty --set annual_growth_rate=3.39
# What happened: the events' lines, the reports' diamonds and the key figures' line for each report.
capture_window window-what-happened.png 1366x768 what-happened sellers
