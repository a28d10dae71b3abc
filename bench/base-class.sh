#!/usr/bin/env bash
# Benchmark: the per-test cost of deriving from SsotBaseTestCase against plain test classes.
#
# Generates N empty tests ([Fact] public void TestK() { }) in classes of 100, once in classes deriving from
# SsotBaseTestCase and once in plain classes (both with a constructor taking ITestOutputHelper), for N = 2,000 and
# N = 20,000: four test assemblies, each built once outside the timing. Then times whole
# `dotnet test --no-build` processes, 3 runs per assembly (interleaved, after one unmeasured warm-up), and takes medians
# of two measures: wall time, and CPU time (user + system of the whole process tree: dotnet test, vstest.console and
# the test host), which a busy neighbour on the machine disturbs far less than wall time.
# The per-test cost of each kind is the slope (t(20000) - t(2000)) / 18000, which leaves out the fixed cost of a run
# (dotnet test, test host start, discovery set-up); the ratio of the slopes is the base class's overhead.
#
# Usage: bash bench/base-class.sh [small] [large] [runs]       (defaults 2000 20000 3)
# BENCH_BASELINE=<git revision> adds a third kind, Before: the same tests as Base, built against the kit at that
# revision (a temporary `git worktree`), timed interleaved with the others, so "before" and "after" come from one run.
# Set BENCH_LOCK=/path/to/lockfile to hold `flock` on it during the timing only (so timings on a shared machine do not
# overlap). SSOT_RESULTS_DIR is a temporary folder; the metrics journal of the base-class runs is counted at the end.
set -euo pipefail
cd "$(dirname "$0")/BaseClass.Bench"
bench_dir="$PWD"

small="${1:-2000}"
large="${2:-20000}"
runs="${3:-3}"
per_class=100
work="$(mktemp -d)"
kinds="Plain Base"
if [ -n "${BENCH_BASELINE:-}" ]; then
  kinds="Plain Base Before"
  git -C "$bench_dir" worktree add --detach "$work/baseline" "$BENCH_BASELINE" > /dev/null
  trap 'git -C "$bench_dir" worktree remove --force "$work/baseline"; rm -rf "$work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 SSOT_RESULTS_DIR="$work/ssot"
unset SSOT_SEED SSOT_UPDATE_BASELINE

generate() { # $1 = kind (Plain|Base), $2 = count
  local dir="$work/tests/$1$2" c t
  mkdir -p "$dir"
  {
    echo "using Xunit.Abstractions;"
    echo "namespace BaseClass.Bench.$1;"
    for ((c = 0; c < $2 / per_class; c++)); do
      if [ "$1" != Plain ]; then
        echo "public sealed class $1Facts$c(ITestOutputHelper output) : Ssot.TestFramework.SsotBaseTestCase(output)"
        echo "{"
      else
        echo "public sealed class $1Facts$c"
        echo "{"
        echo "    private readonly ITestOutputHelper _output;"
        echo "    public $1Facts$c(ITestOutputHelper output) => _output = output;"
      fi
      for ((t = 0; t < per_class; t++)); do
        echo "    [Fact] public void Test$t() { }"
      done
      echo "}"
    done
  } > "$dir/Tests.g.cs"
}

configs=()
for count in "$small" "$large"; do
  for kind in $kinds; do
    generate "$kind" "$count"
    echo "Building $kind x $count..." >&2
    project="$bench_dir"
    [ "$kind" = Before ] && project="$work/baseline/bench/BaseClass.Bench"
    (cd "$project" && dotnet build -c Release -p:BenchTests="$work/tests/$kind$count" --artifacts-path "$work/artifacts/$kind$count" -v q -nologo) > "$work/build.log" 2>&1 \
      || { cat "$work/build.log"; exit 1; }
    configs+=("$kind$count")
  done
done

run() { # $1 = config; prints "wall-seconds cpu-seconds" (CPU: user + system of the whole process tree, test host included)
  local project="$bench_dir" timing
  [[ "$1" == Before* ]] && project="$work/baseline/bench/BaseClass.Bench"
  rm -rf "$SSOT_RESULTS_DIR"
  # (bash's `time` of a group, not of a subshell: a subshell's redirection would take the timing line too)
  timing=$(TIMEFORMAT='%R %U %S'; cd "$project" && { time { dotnet test -c Release --no-build -p:BenchTests="$work/tests/$1" --artifacts-path "$work/artifacts/$1" || true; } > "$work/$1.log" 2>&1; } 2>&1)
  grep -qE "Passed!|Failed!" "$work/$1.log" || { echo "run $1 did not finish:" >&2; tail -20 "$work/$1.log" >&2; exit 1; }
  grep -E "Passed!|Failed!" "$work/$1.log" | tail -1 | sed "s/^/  $1: /" >&2
  echo "$timing" | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

if [ -n "${BENCH_LOCK:-}" ]; then
  exec 9> "$BENCH_LOCK"
  echo "Waiting for $BENCH_LOCK..." >&2
  flock 9
fi

run "Base$small" > /dev/null # warm-up (JIT, disk caches), not measured
declare -A times cpus
for ((r = 0; r < runs; r++)); do
  for config in "${configs[@]}"; do
    read -r wall cpu < <(run "$config")
    times[$config]+="$wall "
    cpus[$config]+="$cpu "
  done
done
journal_lines=$(wc -l < "$SSOT_RESULTS_DIR/metrics.journal.jsonl" 2>/dev/null || echo 0) # of the last run: ${configs[-1]}
[ -n "${BENCH_LOCK:-}" ] && flock -u 9

declare -A med cmed
for config in "${configs[@]}"; do
  # shellcheck disable=SC2086
  med[$config]=$(median ${times[$config]})
  # shellcheck disable=SC2086
  cmed[$config]=$(median ${cpus[$config]})
  printf '%-12s wall: %s median %.3f s | cpu: %s median %.3f s\n' "$config" "${times[$config]}" "${med[$config]}" "${cpus[$config]}" "${cmed[$config]}"
done
slope() { echo "scale=9; (${med[$1$large]} - ${med[$1$small]}) / ($large - $small) * 1000000" | bc; }
cpu_slope() { echo "scale=9; (${cmed[$1$large]} - ${cmed[$1$small]}) / ($large - $small) * 1000000" | bc; }
ratio() { echo "scale=4; $1 / $2" | bc; }
plain_slope=$(slope Plain)
base_slope=$(slope Base)
plain_cpu=$(cpu_slope Plain)
base_cpu=$(cpu_slope Base)
printf 'per-test slope, plain classes:          %.1f us wall, %.1f us cpu\n' "$plain_slope" "$plain_cpu"
printf 'per-test slope, SsotBaseTestCase:       %.1f us wall, %.1f us cpu\n' "$base_slope" "$base_cpu"
printf 'ratio (SsotBaseTestCase / plain):       %.2f wall, %.2f cpu\n' "$(ratio "$base_slope" "$plain_slope")" "$(ratio "$base_cpu" "$plain_cpu")"
printf 'ratio at %s tests (whole runs):       %.2f wall\n' "$small" "$(ratio "${med[Base$small]}" "${med[Plain$small]}")"
if [ -n "${BENCH_BASELINE:-}" ]; then
  before_slope=$(slope Before)
  before_cpu=$(cpu_slope Before)
  printf 'per-test slope, SsotBaseTestCase at %s: %.1f us wall, %.1f us cpu\n' "$BENCH_BASELINE" "$before_slope" "$before_cpu"
  printf 'ratio before (at %s / plain):      %.2f wall, %.2f cpu\n' "$BENCH_BASELINE" "$(ratio "$before_slope" "$plain_slope")" "$(ratio "$before_cpu" "$plain_cpu")"
fi
echo "metrics journal lines of the last ${configs[-1]} run: $journal_lines"
