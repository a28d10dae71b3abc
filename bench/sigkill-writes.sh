#!/usr/bin/env bash
# Correctness script (not a timing benchmark): SIGKILL at random moments during scans that rewrite both the baseline and
# the --out report, then check that each file is byte-identical to its old or its new content: never torn, never empty.
#
# Usage: bench/sigkill-writes.sh [scans=30]
#
# Each scan runs the built CLI (`dotnet <repo>/src/Ssot.TestFramework.Cli/bin/Release/net8.0/ssot.dll`, override with
# SSOT_DLL) off CI on a two-file tree whose baseline lists one fixed violation, so the run tightens (rewrites) the
# baseline and writes the JSON report over a previous one. Before each scan both files are restored to their old
# content. The scan is killed with SIGKILL after a random delay between 0 and 1.2 times the duration of a complete
# scan (measured first): a third uniformly over the run, a third in its last 40 %, and a third aimed at the writes
# (as soon as a temporary file beside a target is seen, plus 0-2 ms).
#
# Prints one line per scan (delay, state of each file) and a summary; exits 1 if any file was ever torn or empty.
# Leftover temporary files (*.tmp) of a killed writer are counted and removed: they are harmless, never in place of
# a target.
set -euo pipefail

scans=${1:-30}
here=$(cd "$(dirname "$0")/.." && pwd)
dll=${SSOT_DLL:-$here/src/Ssot.TestFramework.Cli/bin/Release/net8.0/ssot.dll}
if [ ! -f "$dll" ]; then
  echo "building the CLI (Release)..." >&2
  dotnet build "$here/src/Ssot.TestFramework.Cli" -c Release -nologo -v q >&2
fi

work=$(mktemp -d /tmp/ssot-sigkill-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
printf 'namespace Shop.Legacy;\npublic static class Old { public static int X => 1; }\n' > "$work/src/Old.cs"
printf 'namespace Shop;\npublic static class Use { public static int Y() => Shop.Legacy.Old.X; }\n' > "$work/src/Use.cs"
printf '{ "deprecated": [ { "symbol": "T:Shop.Legacy.Old", "replacement": "Shop.New" } ] }\n' > "$work/ssot.json"
cat > "$work/old.baseline.json" <<'JSON'
{
  "version": 1,
  "entries": [
    { "rule": "SSOT001", "file": "src/Use.cs", "member": "Shop.Use.Gone()", "symbol": "T:Shop.Legacy.Old", "count": 1 },
    { "rule": "SSOT001", "file": "src/Use.cs", "member": "Shop.Use.Y()", "symbol": "T:Shop.Legacy.Old", "count": 1 }
  ]
}
JSON
printf '{ "previous": "report" }\n' > "$work/old.report.json"

scan() {
  cp "$work/old.baseline.json" "$work/ssot.baseline.json"
  cp "$work/old.report.json" "$work/report.json"
  env -u CI -u SSOT_UPDATE_BASELINE dotnet "$dll" scan "$work/src" --registry "$work/ssot.json" --repo-root "$work" \
    --baseline "$work/ssot.baseline.json" --format json --out "$work/report.json" >/dev/null 2>"$work/stderr" &
  pid=$!
}

# One complete scan gives the new content of both files and the duration to aim the kills at.
start=$(date +%s%N)
scan
wait "$pid" || { echo "the reference scan failed:" >&2; cat "$work/stderr" >&2; exit 2; }
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp "$work/ssot.baseline.json" "$work/new.baseline.json"
cp "$work/report.json" "$work/new.report.json"
if cmp -s "$work/new.baseline.json" "$work/old.baseline.json"; then
  echo "the reference scan did not tighten the baseline" >&2
  exit 2
fi
echo "reference scan: ${duration_ms} ms; baseline $(wc -c < "$work/old.baseline.json") -> $(wc -c < "$work/new.baseline.json") bytes, report $(wc -c < "$work/old.report.json") -> $(wc -c < "$work/new.report.json") bytes"

state() { # prints old|new|TORN(<size> bytes) for file $1 against $2 (old) and $3 (new)
  if cmp -s "$1" "$2"; then echo old
  elif cmp -s "$1" "$3"; then echo new
  else echo "TORN($(stat -c %s "$1" 2>/dev/null || echo missing) bytes)"
  fi
}

torn=0; finished=0; leftovers=0
declare -A combos=()
for i in $(seq 1 "$scans"); do
  mode=$(( RANDOM % 3 ))
  if (( mode == 0 )); then
    delay_ms=$(( RANDOM % (duration_ms * 12 / 10 + 1) ))
  else
    delay_ms=$(( duration_ms * 7 / 10 + RANDOM % (duration_ms * 4 / 10 + 1) ))
  fi
  scan
  begin=$(date +%s%N)
  if (( mode == 2 )); then
    # Aim at the writes: kill as soon as a temporary file (a write in progress) is seen, after a random 0-2 ms.
    while kill -0 "$pid" 2>/dev/null && ! compgen -G "$work/*.tmp" >/dev/null; do :; done
    sleep "0.00$(( RANDOM % 3 ))"
  else
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  fi
  delay_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    outcome=killed
  else
    outcome=finished
    finished=$((finished + 1))
  fi
  wait "$pid" 2>/dev/null || true
  b=$(state "$work/ssot.baseline.json" "$work/old.baseline.json" "$work/new.baseline.json")
  r=$(state "$work/report.json" "$work/old.report.json" "$work/new.report.json")
  tmp=$(find "$work" -maxdepth 1 -name '*.tmp' | wc -l)
  leftovers=$((leftovers + tmp))
  find "$work" -maxdepth 1 -name '*.tmp' -delete
  [[ $b == TORN* || $r == TORN* ]] && torn=$((torn + 1))
  combos["baseline=$b report=$r"]=$(( ${combos["baseline=$b report=$r"]:-0} + 1 ))
  printf 'scan %2d: %-8s after %5d ms (%s): baseline %-4s report %-4s (%d leftover .tmp)\n' "$i" "$outcome" "$delay_ms" "$([ $mode = 2 ] && echo 'on a temporary file' || echo random)" "$b" "$r" "$tmp"
done

echo "summary: $scans scans, $((scans - finished)) killed, $finished finished before the kill; torn or empty files: $torn; leftover temporary files removed: $leftovers"
for k in "${!combos[@]}"; do echo "  ${combos[$k]} x $k"; done | sort -k3
[ "$torn" -eq 0 ]
