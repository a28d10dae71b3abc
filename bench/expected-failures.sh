#!/usr/bin/env bash
# Benchmark: runs 2,000 plain [Fact] tests and 2,000 [ExpectedToFailFact] tests (bodies that fail as expected) in
# one script run and prints both run times and their ratio. Usage: bash bench/expected-failures.sh [count]
set -euo pipefail
cd "$(dirname "$0")/ExpectedFailures.Bench"

count="${1:-2000}"
per_class=100
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 SSOT_RESULTS_DIR="$work/ssot"
unset SSOT_RUN_XFAIL SSOT_XFAIL_STRICT

# Generate the tests: classes of $per_class tests so xunit can run classes in parallel as usual.
rm -rf Generated && mkdir -p Generated
for kind in Plain Xfail; do
  file="Generated/${kind}Facts.g.cs"
  {
    echo "namespace ExpectedFailures.Bench.${kind};"
    for ((c = 0; c < count / per_class; c++)); do
      echo "public sealed class ${kind}Facts$c"
      echo "{"
      for ((t = 0; t < per_class; t++)); do
        if [ "$kind" = Plain ]; then
          echo "    [Fact] public void Test$t() { }"
        else
          echo "    [Ssot.TestFramework.ExpectedFailures.ExpectedToFailFact(\"bench\", Issue = \"#bench\")] public void Test$t() => throw new System.InvalidOperationException(\"expected\");"
        fi
      done
      echo "}"
    done
  } > "$file"
done

echo "Building ($count + $count tests)..."
dotnet build -c Release --artifacts-path "$work/artifacts" -v q -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

run() { # $1 = namespace filter; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet test -c Release --no-build --artifacts-path "$work/artifacts" --filter "FullyQualifiedName~ExpectedFailures.Bench.$1." > "$work/$1.log" 2>&1 || true
  end=$(date +%s.%N)
  grep -E "Passed:|Skipped:" "$work/$1.log" | tail -1 >&2
  echo "$end - $start" | bc
}

# Warm-up run (JIT/disk caches), not measured.
run Plain > /dev/null 2>&1
plain=$(run Plain)
xfail=$(run Xfail)
echo "plain [Fact] x $count:               ${plain} s"
echo "[ExpectedToFailFact] x $count:       ${xfail} s"
echo "ratio (ExpectedToFailFact / Fact):    $(echo "scale=2; $xfail / $plain" | bc)"
echo "report entries: $(grep -c '"verdict"' "$SSOT_RESULTS_DIR/expected-failures.json")"
