#!/usr/bin/env bash
# Spread of the factory suite's retained_bytes_per_user (whole heap, GC.GetTotalMemory) and allocated_bytes_per_user
# (the test thread's allocations, GC.GetAllocatedBytesForCurrentThread), to choose the default factor of AtMostBaseline (docs/metrics.md#metric-baselines).
#
#   bash bench/retained-memory.sh <runs>            # default 20
#
# Four series of <runs> `dotnet test` processes each (Release, --no-build: build the solution and the sample first):
#   sample-alone     samples/ChatBackend.Tests, only WebSocketManagerFactoryTests.RetainedMemoryPerUser_StaysUnderBound
#   sample-parallel  samples/ChatBackend.Tests, every test of the sample in one process (isolation, ordering, import
#                    suites run in parallel with the factory check)
#   kit-alone        tests/Ssot.TestFramework.Fixtures.Tests, only ChatManagerFactoryTests.RetainedMemoryPerUser_StaysUnderBound
#   kit-parallel     tests/Ssot.TestFramework.Fixtures.Tests, every test under Suites in one process (the socket
#                    servers, isolation harnesses and seeded suites run in parallel with the factory check; the Metrics
#                    tests, in this process before the test projects were split, are in Ssot.TestFramework.Core.Tests now)
# Each run writes its reports to a temporary SSOT_RESULTS_DIR; the figures are read from its metrics.json. SSOT_CI=0
# and no SSOT_UPDATE_BASELINE: a committed metrics baseline is only read, never written. Prints one line per series
# (min, median, max, max/min) and every figure. Not a timing benchmark.
set -uo pipefail
runs="${1:-20}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 SSOT_CI=0
unset SSOT_UPDATE_BASELINE
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(dotnet --version); commit $(git -C "$repo" rev-parse --short HEAD)"

figures() { # $1: metrics.json, $2: test name fragment, $3: metric -> prints the values
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for t in doc.get("tests", []):
    if sys.argv[2] in t["test"]:
        for s in t["samples"]:
            if s["name"] == sys.argv[3]:
                print(s["value"])
PY
}

summarise() { # $1: label, $2: metric, $3...: values
  python3 - "$@" <<'PY'
import statistics, sys
label, metric, vals = sys.argv[1], sys.argv[2], sorted(float(v) for v in sys.argv[3:])
if not vals:
    print(f"{label}: no figures"); sys.exit()
lo, hi = vals[0], vals[-1]
ratio = "inf" if lo == 0 else f"{hi / lo:.2f}"
print(f"| {label} | {metric} | {len(vals)} | {lo:g} | {statistics.median(vals):g} | {hi:g} | {ratio} |")
print(f"  {label} figures: {' '.join(f'{v:g}' for v in vals)}")
PY
}

series() { # $1: label, $2: project, $3: filter, $4: test name fragment; both metrics of the same runs
  local retained=() allocated=() out v
  for i in $(seq 1 "$runs"); do
    out="$(mktemp -d)"
    SSOT_RESULTS_DIR="$out" dotnet test "$repo/$2" -c Release --no-build --filter "$3" >"$out/log" 2>&1
    local rc=$?
    v="$(figures "$out/metrics.json" "$4" retained_bytes_per_user 2>/dev/null | head -1)"; [ -n "$v" ] && retained+=("$v")
    v="$(figures "$out/metrics.json" "$4" allocated_bytes_per_user 2>/dev/null | head -1)"; [ -n "$v" ] && allocated+=("$v")
    [ -z "$v" ] && echo "$1 run $i: no figure (exit $rc)" && tail -20 "$out/log"
    [ $rc -ne 0 ] && echo "$1 run $i: exit $rc" && grep -E "^\s+Failed |Error Message" -A4 "$out/log" | head -20
    rm -rf "$out"
  done
  summarise "$1" retained_bytes_per_user "${retained[@]}"
  summarise "$1" allocated_bytes_per_user "${allocated[@]}"
}

echo "| series | metric | runs | min | median | max | max/min |"
echo "|---|---|---:|---:|---:|---:|---:|"
series sample-alone samples/ChatBackend.Tests "FullyQualifiedName~WebSocketManagerFactoryTests.RetainedMemoryPerUser" WebSocketManagerFactoryTests.RetainedMemory
series sample-parallel samples/ChatBackend.Tests "FullyQualifiedName~Chat" WebSocketManagerFactoryTests.RetainedMemory
series kit-alone tests/Ssot.TestFramework.Fixtures.Tests "FullyQualifiedName~ChatManagerFactoryTests.RetainedMemoryPerUser" ChatManagerFactoryTests.RetainedMemory
series kit-parallel tests/Ssot.TestFramework.Fixtures.Tests "FullyQualifiedName~Fixtures.Tests.Suites" ChatManagerFactoryTests.RetainedMemory
