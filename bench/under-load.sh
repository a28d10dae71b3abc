#!/usr/bin/env bash
# Determinism check under CPU pressure: runs the sample's tests N times in a row, or `.ci/run` N times in a row on
# fresh clean clones, while two busy loops compete for the CPU. Stops at the first red run.
#
#   bash bench/under-load.sh sample 20
#   bash bench/under-load.sh suites 20      # the kit's suites against the correct test servers (ChatServer*Tests)
#   bash bench/under-load.sh ci 3
#   LOAD=0 bash bench/under-load.sh suites 20   # the same without the busy loops
#
# Prints one line per run (exit code, wall time, the TRX summary) and a closing line. Not a timing benchmark: the
# times are printed only to say what a run costs under load.
set -uo pipefail
what="${1:?usage: under-load.sh sample|suites|ci <runs>}"
runs="${2:?usage: under-load.sh sample|suites|ci <runs>}"
load="${LOAD:-1}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

busy=()
if [ "$load" != 0 ]; then
  for _ in 1 2; do
    ( while :; do :; done ) &
    busy+=("$!")
  done
  trap 'kill "${busy[@]}" 2>/dev/null' EXIT
  condition="under two busy loops"
else
  condition="without load"
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $condition ${busy[*]}"

summary() { # $1: folder of TRX files
  python3 - "$1" <<'PY'
import sys, pathlib, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
c = {"Passed": 0, "Failed": 0, "NotExecuted": 0}
for trx in pathlib.Path(sys.argv[1]).rglob("*.trx"):
    for r in ET.parse(trx).getroot().iterfind("t:Results/t:UnitTestResult", ns):
        o = r.get("outcome", "Failed"); c[o if o in c else "Failed"] += 1
print(f"{c['Passed']} passed, {c['Failed']} failed, {c['NotExecuted']} skipped")
PY
}

green=0
case "$what" in
  sample)
    dotnet build "$repo/samples/ChatBackend.Tests" -c Release -v q >/dev/null || { echo "build failed" >&2; exit 1; }
    for i in $(seq 1 "$runs"); do
      out="$(mktemp -d)"
      start=$(date +%s)
      dotnet test "$repo/samples/ChatBackend.Tests" -c Release --no-build --logger trx --results-directory "$out" >"$out/log" 2>&1
      rc=$?
      echo "run $i: exit $rc, $(( $(date +%s) - start )) s, $(summary "$out")"
      if [ $rc -ne 0 ]; then grep -E "Failed |Error Message" -A3 "$out/log" | head -40; break; fi
      green=$((green + 1)); rm -rf "$out"
    done
    ;;
  suites)
    # The four ready-made suites against the kit's correct servers: real sockets (ChatServer) and in process.
    project="$repo/tests/Ssot.TestFramework.Fixtures.Tests"
    filter="FullyQualifiedName~ChatServerIsolationTests|FullyQualifiedName~ChatServerOrderingTests|FullyQualifiedName~ChatSystemIsolationTests|FullyQualifiedName~ChatManagerFactoryTests"
    dotnet build "$project" -c Release -v q >/dev/null || { echo "build failed" >&2; exit 1; }
    for i in $(seq 1 "$runs"); do
      out="$(mktemp -d)"
      start=$(date +%s)
      dotnet test "$project" -c Release --no-build --filter "$filter" --logger trx --results-directory "$out" >"$out/log" 2>&1
      rc=$?
      echo "run $i: exit $rc, $(( $(date +%s) - start )) s, $(summary "$out")"
      if [ $rc -ne 0 ]; then grep -E "Failed |Error Message" -A3 "$out/log" | head -40; break; fi
      green=$((green + 1)); rm -rf "$out"
    done
    ;;
  ci)
    for i in $(seq 1 "$runs"); do
      clone="$(mktemp -d)/clone"
      git clone -q "$repo" "$clone"
      start=$(date +%s)
      (cd "$clone" && CI=true bash .ci/run) >"$clone.log" 2>&1
      rc=$?
      echo "run $i: exit $rc, $(( $(date +%s) - start )) s, $(tail -1 "$clone.log")"
      if [ $rc -ne 0 ]; then grep -E "^\s+Failed |Error Message" -A3 "$clone.log" | head -40; break; fi
      green=$((green + 1)); rm -rf "$(dirname "$clone")"
    done
    ;;
  *) echo "usage: under-load.sh sample|suites|ci <runs>" >&2; exit 2 ;;
esac
echo "$green of $runs run(s) green in a row $condition"
[ "$green" -eq "$runs" ]
