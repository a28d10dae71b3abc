#!/usr/bin/env bash
# Benchmark: the per-test cost of [ExpectedToFailFact] (bodies that fail as expected) against plain [Fact], and against
# two references measured in the same run: [Fact(Skip = "...")] (what VSTest charges to report a skip) and Floor, the
# least any xUnit v2 expected-failure attribute does (FloorFactAttribute.cs: the body throws, the failure is reported
# as Skipped with its message, nothing else). Xfail/Floor is the kit's own overhead.
# For each kind and each count (default 2,000 and 20,000) it builds one assembly holding only those tests (the build is
# not measured), then times whole `dotnet test --no-build` processes, the median of [runs] (default 3) runs each after one
# warm-up, the runs interleaved (each round runs every kind and count once).
# The per-test cost is the slope between the two counts, (t(20000) - t(2000)) / 18000, which removes the constant cost
# of starting the host and discovering; the ratio of the two slopes is the overhead.
# Usage: bash bench/expected-failures.sh [small] [large] [runs]     (defaults 2000 20000 3; BENCH_KINDS="Plain Xfail" for fewer kinds)
# On a shared machine set BENCH_LOCK=/path/to/lock: the builds run first, then the timed runs hold `flock` on that file
# so no two timing runs overlap (or run the whole script under flock). BENCH_ARTIFACTS=/path keeps the builds there
# and reuses those already present, to time the same builds again.
set -euo pipefail
cd "$(dirname "$0")/ExpectedFailures.Bench"

small="${1:-2000}"
large="${2:-20000}"
runs="${3:-3}"
per_class=100
work="$(mktemp -d)"
trap 'rm -rf "$work" Generated' EXIT
artifacts="${BENCH_ARTIFACTS:-$work}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset SSOT_RUN_XFAIL SSOT_XFAIL_STRICT

kinds="${BENCH_KINDS:-Plain Skip Floor Xfail}"

generate() { # $1 = kind (Plain|Skip|Floor|Xfail), $2 = count: classes of $per_class tests so xunit runs classes in parallel
  local kind=$1 count=$2
  rm -rf Generated && mkdir -p Generated
  {
    echo "namespace ExpectedFailures.Bench.${kind};"
    for ((c = 0; c < count / per_class; c++)); do
      echo "public sealed class ${kind}Facts$c"
      echo "{"
      for ((t = 0; t < per_class; t++)); do
        case $kind in
          Plain) echo "    [Fact] public void Test$t() { }" ;;
          Skip) echo "    [Fact(Skip = \"bench\")] public void Test$t() { }" ;;
          Floor) echo "    [ExpectedFailures.Bench.FloorFact] public void Test$t() => throw new System.InvalidOperationException(\"expected\");" ;;
          Xfail) echo "    [Ssot.TestFramework.ExpectedFailures.ExpectedToFailFact(\"bench\", Issue = \"#bench\")] public void Test$t() => throw new System.InvalidOperationException(\"expected\");" ;;
        esac
      done
      echo "}"
    done
  } > "Generated/${kind}Facts.g.cs"
}

for kind in $kinds; do
  for count in "$small" "$large"; do
    [ -d "$artifacts/$kind$count" ] && [ -n "${BENCH_ARTIFACTS:-}" ] && continue
    echo "Building $kind x $count..." >&2
    generate "$kind" "$count"
    dotnet build -c Release --artifacts-path "$artifacts/$kind$count" -v q -nologo > "$work/build.log" 2>&1 \
      || { cat "$work/build.log"; exit 1; }
  done
done

if [ -n "${BENCH_LOCK:-}" ]; then
  echo "Waiting for $BENCH_LOCK..." >&2
  exec 9> "$BENCH_LOCK"
  flock 9
fi
echo "Timing on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

once() { # $1 = kind, $2 = count; prints seconds of one whole dotnet test process
  local kind=$1 count=$2 start end
  rm -rf "$work/ssot"
  start=$(date +%s.%N)
  SSOT_RESULTS_DIR="$work/ssot" dotnet test -c Release --no-build --artifacts-path "$artifacts/$kind$count" \
    > "$work/$kind$count.log" 2>&1 || true
  end=$(date +%s.%N)
  grep -qE "Total: +$count\b" "$work/$kind$count.log" \
    || { echo "unexpected result of $kind x $count:" >&2; tail -5 "$work/$kind$count.log" >&2; exit 1; }
  echo "$end - $start" | bc
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# Interleaved: every round times each kind and count once, so a drift of the machine during the run (another VM on
# the host, a cache warming) falls on every kind alike instead of on the kinds that happened to run then.
declare -A med times
for kind in $kinds; do
  for count in "$small" "$large"; do
    once "$kind" "$count" > /dev/null # warm-up (JIT, disk caches), not measured
  done
done
for ((r = 0; r < runs; r++)); do
  for kind in $kinds; do
    for count in "$small" "$large"; do
      times[$kind$count]+="$(once "$kind" "$count") "
      if [ "$kind" = Xfail ] && [ "$count" = "$large" ] && [ "$r" = 0 ]; then
        echo "report entries ($kind x $count): $(grep -c '"verdict"' "$work/ssot/expected-failures.json")"
      fi
    done
  done
done
for kind in $kinds; do
  for count in "$small" "$large"; do
    # shellcheck disable=SC2086
    med[$kind$count]=$(median ${times[$kind$count]})
    printf '%-6s x %6d: runs %ss, median %s s\n' "$kind" "$count" "${times[$kind$count]}" "${med[$kind$count]}"
  done
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
slope() { echo "scale=9; (${med[$1$large]} - ${med[$1$small]}) * 1000000 / ($large - $small)" | bc; }
declare -A sl
for kind in $kinds; do
  sl[$kind]=$(slope "$kind")
  printf 'slope %-6s %8.1f us/test\n' "$kind" "${sl[$kind]}"
done
ratio() { [ -n "${sl[$1]:-}" ] && [ -n "${sl[$2]:-}" ] && printf 'ratio of slopes %s/%s: %.3f\n' "$1" "$2" "$(echo "scale=6; ${sl[$1]} / ${sl[$2]}" | bc)" || true; }
ratio Xfail Plain
ratio Skip Plain
ratio Floor Plain
ratio Xfail Floor
ratio Xfail Skip
