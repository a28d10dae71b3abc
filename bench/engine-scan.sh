#!/usr/bin/env bash
# Whole-process benchmark of `ssot scan` on one real repository checkout, against a parse-all baseline and dotnet build.
#
# Usage: bench/engine-scan.sh <repo-dir> <name> [rounds=5]        (names: dapper, yamldotnet, efcore)
#
# Every case is a whole process timed with `/usr/bin/time -f '%e %M'` (wall seconds, peak RSS). The cases alternate in
# rounds: each round runs every case once, in a fixed order, and the tree is restored between cases; the table gives
# medians over the rounds and the ratio to parse-all.
#
#   cold           rm -rf <repo>/.ssot, then scan
#   warm-model     rm -rf <repo>/.ssot/cache/results (the evaluated project model stays), then scan
#   unchanged      nothing removed, scan again
#   edit-one       one comment line appended to one compile item (restored afterwards, mtime included)
#   add-file       a new SsotBenchAdded.cs in the scanned project's folder (removed afterwards): must miss the cache
#   env-changed    an environment variable the repository's MSBuild files read, set to another value: must miss
#   parse-all      bench/ParseAll: parallel ParseText of every compile item with its project/TFM's parse options
#                  (efcore: of every *.cs under the checkout), process start included
#   build-clean    bin/ and obj/ of the scanned projects deleted, `dotnet restore` (not timed), `dotnet build --no-restore`
#   build-noop     `dotnet build --no-restore` again
#   build-banned   as build-clean with Microsoft.CodeAnalysis.BannedApiAnalyzers 5.6.0 and a BannedSymbols.txt made from
#                  the registry's deprecated symbols (injected with -p:CustomAfterDirectoryBuildTargets=<file outside
#                  the checkout>); build-banned minus build-clean is the build time BannedApiAnalyzers adds
#
# Builds run with -nodeReuse:false and -p:UseSharedCompilation=false, so that no MSBuild node or compiler server from
# an earlier case serves a later one, and all the work happens in the timed process tree (the engine's own
# `dotnet msbuild` child also runs with -nodeReuse:false). %M is the peak RSS of the largest single process of the
# tree (getrusage of the children), not a sum over processes.
#
# Not timed: building the ssot CLI and bench/ParseAll (Release), listing the compile items (ParseAll --list), the
# restores, one warm-up scan. Overrides: SSOT_DLL (the ssot.dll to run), SSOT_BENCH_WORK (scratch folder, default
# /tmp/ssot-engine-scan-<name>), SSOT_BENCH_ENV='NAME=VALUE' (the env-changed variable).
#
# The checkout is not in git here: fetch and prepare it as bench/real-repos/<name>/README.md says. The script restores
# everything it touches (the edited file, the added file, bin/ and obj/ of the built projects, a pre-existing .ssot/)
# also when interrupted, and compares `git status --porcelain --ignored` before and after.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 <repo-dir> <name> [rounds=5]   (names: dapper, yamldotnet, efcore)" >&2
  exit 2
fi
bench="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$bench/.." && pwd)"
repo="$(cd "$1" && pwd)"
name="$2"
rounds="${3:-5}"
case "$rounds" in '' | *[!0-9]* | 0) echo "$0: rounds must be a positive integer" >&2; exit 2 ;; esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0

# ---- per repository ---------------------------------------------------------------------------------------------------
# projects: scanned (exact mode) and built; props: MSBuild properties for restore, list and build (the same the oracle
# uses); edit: the compile item edited; added: the folder of SsotBenchAdded.cs; env: NAME=VALUE for env-changed.
projects=()
props=()
wnae=""        # WarningsNotAsErrors already passed on the command line (the banned build appends RS0030 etc.)
case "$name" in
  dapper)
    mode=exact
    for p in Dapper Dapper.StrongName Dapper.Rainbow Dapper.SqlBuilder Dapper.ProviderTools; do projects+=("$p/$p.csproj"); done
    props=(-p:WarningsNotAsErrors=NU1603)
    wnae="NU1603"
    edit="Dapper/SqlMapper.cs"
    added="Dapper"
    # Dapper.StrongName.csproj reads $(DefineConstants) (`$(DefineConstants);STRONG_NAME`) and no MSBuild file of the
    # repository defines it first, so the environment's value reaches the compiler's preprocessor symbols.
    env="DefineConstants=SSOT_BENCH_ENV"
    ;;
  yamldotnet)
    mode=exact
    projects=("YamlDotNet/YamlDotNet.csproj")
    edit="YamlDotNet/Core/Parser.cs"
    added="YamlDotNet"
    # YamlDotNet.csproj reads $(DefineConstants) (in Release) and the SDK appends to it in every configuration: the
    # environment's value reaches the preprocessor symbols of all four TFMs. (Its files read no CI variable; the other
    # undefined names they read, Configuration, is a global property of the engine's evaluation, so the env loses.)
    env="DefineConstants=SSOT_BENCH_ENV"
    ;;
  efcore)
    # SDK 11 preview and Arcade: not evaluable here, so source mode over the whole checkout.
    mode=source
    edit="src/EFCore/DbContext.cs"
    added="src/EFCore"
    # Directory.Build.props: <PropertyGroup Condition="'$(DeveloperBuild)' == 'true'"> (TreatWarningsAsErrors off);
    # DeveloperBuild is defined in no MSBuild file. Source mode evaluates nothing, so this case only shows whether
    # the cache keys on the environment even when no evaluation reads it.
    env="DeveloperBuild=true"
    ;;
  *)
    echo "$0: unknown repository name '$name' (dapper, yamldotnet, efcore)" >&2
    exit 2
    ;;
esac
env="${SSOT_BENCH_ENV:-$env}"
env_name="${env%%=*}"
env_value="${env#*=}"
registry="$bench/real-repos/$name/ssot.json"
[ -f "$registry" ] || { echo "$0: no registry $registry" >&2; exit 2; }
[ -f "$repo/$edit" ] || { echo "$0: $repo/$edit not found (is $repo the $name checkout?)" >&2; exit 2; }
for p in "${projects[@]}"; do
  if [ ! -f "$repo/$(dirname "$p")/obj/project.assets.json" ]; then
    echo "$0: $repo/$p is not restored; prepare the checkout as bench/real-repos/$name/README.md says" >&2
    exit 2
  fi
done
builds=yes
[ "$mode" = exact ] || builds=no

work="${SSOT_BENCH_WORK:-${TMPDIR:-/tmp}/ssot-engine-scan-$name}"
rm -rf "$work"
mkdir -p "$work/reports" "$work/logs"
samples="$work/samples.tsv"
: >"$samples"

# ---- restoring the tree ---------------------------------------------------------------------------------------------
git -C "$repo" status --porcelain --ignored >"$work/status-before.txt" 2>/dev/null || true
cp -p "$repo/$edit" "$work/edit-backup"
added_file="$repo/$added/SsotBenchAdded.cs"
[ ! -e "$added_file" ] || { echo "$0: $added_file already exists; remove it first" >&2; exit 2; }
saved_ssot=no
if [ -e "$repo/.ssot" ]; then
  mv "$repo/.ssot" "$work/ssot-saved"
  saved_ssot=yes
fi
binobj=()
for p in "${projects[@]}"; do
  d="$(dirname "$p")"
  for sub in bin obj; do [ -e "$repo/$d/$sub" ] && binobj+=("$d/$sub"); done
done
if [ "$builds" = yes ] && [ ${#binobj[@]} -gt 0 ]; then
  tar -C "$repo" -cf "$work/binobj.tar" "${binobj[@]}"
fi

restore_edit() { cp -p "$work/edit-backup" "$repo/$edit"; }
remove_added() { rm -f "$added_file"; }
restored=no
restore_tree() {
  [ "$restored" = no ] || return 0
  restored=yes
  restore_edit
  remove_added
  rm -rf "$repo/.ssot"
  [ "$saved_ssot" = no ] || mv "$work/ssot-saved" "$repo/.ssot"
  if [ "$builds" = yes ]; then
    for p in "${projects[@]}"; do rm -rf "$repo/$(dirname "$p")/bin" "$repo/$(dirname "$p")/obj"; done
    [ ! -f "$work/binobj.tar" ] || tar -C "$repo" -xf "$work/binobj.tar"
  fi
  git -C "$repo" status --porcelain --ignored >"$work/status-after.txt" 2>/dev/null || true
  if cmp -s "$work/status-before.txt" "$work/status-after.txt"; then
    echo "tree restored: git status --porcelain --ignored of $repo is as before the run" >&2
  else
    echo "WARNING: git status of $repo differs from before the run:" >&2
    diff "$work/status-before.txt" "$work/status-after.txt" >&2 || true
  fi
}
trap 'restore_tree' EXIT
trap 'exit 130' INT TERM

# ---- untimed preparation --------------------------------------------------------------------------------------------
echo "preparing (not timed): building the ssot CLI and bench/ParseAll (Release)" >&2
ssot="${SSOT_DLL:-$top/src/Ssot.TestFramework.Cli/bin/Release/net8.0/ssot.dll}"
if [ -z "${SSOT_DLL:-}" ]; then
  dotnet build "$top/src/Ssot.TestFramework.Cli" -c Release -nologo -v:q >"$work/logs/build-ssot.log" 2>&1 \
    || { cat "$work/logs/build-ssot.log" >&2; exit 1; }
fi
dotnet build "$bench/ParseAll/ParseAll.Bench.csproj" -c Release -nologo -v:q >"$work/logs/build-parseall.log" 2>&1 \
  || { cat "$work/logs/build-parseall.log" >&2; exit 1; }
parseall="$bench/ParseAll/bin/Release/net10.0/ParseAll.Bench.dll"

scan_args=(scan "$repo" --registry "$registry" --mode "$mode" --format json --allow-diagnostics)
for p in "${projects[@]}"; do scan_args+=(--project "$repo/$p"); done
if [ "$mode" = exact ]; then
  echo "preparing (not timed): listing compile items and parse options (ParseAll --list)" >&2
  list_props=()
  for p in "${props[@]}"; do list_props+=(--property "${p#-p:}"); done
  (cd "$repo" && dotnet "$parseall" --list "$work/compile-items.json" "${list_props[@]}" "${projects[@]}") 2>"$work/logs/list.log" \
    || { cat "$work/logs/list.log" >&2; exit 1; }
  parse_args=("$work/compile-items.json")
else
  parse_args=(--source-tree "$repo")
fi

build_proj="$work/build.proj"
banned_targets="$work/BannedApi.targets"
if [ "$builds" = yes ]; then
  # One build of all scanned projects (project references are built once, as in a solution build).
  {
    echo '<Project>'
    echo '  <ItemGroup>'
    for p in "${projects[@]}"; do echo "    <BenchProject Include=\"$repo/$p\" />"; done
    echo '  </ItemGroup>'
    echo '  <Target Name="Build"><MSBuild Projects="@(BenchProject)" Targets="Build" BuildInParallel="true" /></Target>'
    echo '</Project>'
  } >"$build_proj"
  # BannedSymbols.txt from the registry's deprecated symbols (the registry is JSON with comments and trailing commas).
  python3 - "$registry" "$work/BannedSymbols.txt" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
out, i, n = [], 0, len(text)
while i < n:
    c = text[i]
    if c == '"':
        j = i + 1
        while text[j] != '"':
            j += 2 if text[j] == "\\" else 1
        out.append(text[i:j + 1]); i = j + 1
    elif text.startswith("//", i):
        i = text.find("\n", i) if "\n" in text[i:] else n
    elif text.startswith("/*", i):
        i = text.index("*/", i) + 2
    else:
        out.append(c); i += 1
doc = json.loads(re.sub(r",(\s*[}\]])", r"\1", "".join(out)))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("// Generated by bench/engine-scan.sh from %s\n" % sys.argv[1])
    for d in doc.get("deprecated", []):
        if not d.get("removed", False):
            f.write("%s;use %s\n" % (d["symbol"], d["replacement"].replace(";", ",")))
PY
  cat >"$banned_targets" <<EOF
<Project>
  <!-- Injected by bench/engine-scan.sh (case build-banned) with -p:CustomAfterDirectoryBuildTargets; not in the checkout. -->
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" VersionOverride="5.6.0" PrivateAssets="all" Condition="'\$(ManagePackageVersionsCentrally)' == 'true'" />
    <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="5.6.0" PrivateAssets="all" Condition="'\$(ManagePackageVersionsCentrally)' != 'true'" />
    <AdditionalFiles Include="$work/BannedSymbols.txt" />
  </ItemGroup>
</Project>
EOF
fi
build_flags=(--no-restore -nologo -nodeReuse:false -p:UseSharedCompilation=false -clp:NoSummary -v:m)
banned_props=("-p:CustomAfterDirectoryBuildTargets=$banned_targets" "-p:WarningsNotAsErrors=${wnae:+$wnae%3B}RS0030%3BRS0031%3BRS0035")
plain_build_props=("${props[@]}")

delete_binobj() { for p in "${projects[@]}"; do rm -rf "$repo/$(dirname "$p")/bin" "$repo/$(dirname "$p")/obj"; done; }
restore_projects() { # untimed; "$@": extra properties
  local p
  for p in "${projects[@]}"; do
    (cd "$repo" && dotnet restore "$p" -nologo -v:q "$@") >>"$work/logs/restore.log" 2>&1 \
      || { echo "dotnet restore $p $* failed; see $work/logs/restore.log" >&2; tail -20 "$work/logs/restore.log" >&2; return 1; }
  done
}

# ---- timing ---------------------------------------------------------------------------------------------------------
failed=0
# timed <round> <case> <ok-exit-codes> -- command...   (runs in the checkout; appends round, case, wall, rss, rc)
timed() {
  local round="$1" case="$2" ok="$3"; shift 4
  local log="$work/logs/$case.r$round.log" rc=0
  (cd "$repo" && /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@") >"$log" 2>&1 || rc=$?
  local wall rss
  read -r wall rss < <(tail -1 "$work/time.txt")
  if [[ " $ok " != *" $rc "* ]]; then
    failed=$((failed + 1))
    echo "  FAILED: $case (round $round, exit $rc); last lines of $log:" >&2
    tail -15 "$log" >&2
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$case" "$wall" "$rss" "$rc" >>"$samples"
  printf '  %-14s %7.2f s %8d KB  exit %s\n' "$case" "$wall" "$rss" "$rc" >&2
}
scan() { # <round> <case> [env NAME=VALUE]: ssot exits 0 (compliant) or 1 (violations); 2 is a failure
  local round="$1" case="$2"; shift 2
  timed "$round" "$case" "0 1" -- env "$@" dotnet "$ssot" "${scan_args[@]}" --out "$work/reports/$case.json"
}

echo "warm-up (not timed): one cold scan" >&2
rm -rf "$repo/.ssot"
(cd "$repo" && dotnet "$ssot" "${scan_args[@]}" --out "$work/reports/warmup.json") >"$work/logs/warmup.log" 2>&1 || true

loadavg_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds" >&2
  rm -rf "$repo/.ssot"
  scan "$round" cold
  rm -rf "$repo/.ssot/cache/results"
  scan "$round" warm-model
  scan "$round" unchanged
  printf '\n// ssot-bench: edited by bench/engine-scan.sh\n' >>"$repo/$edit"
  scan "$round" edit-one
  restore_edit
  printf '// Added by bench/engine-scan.sh (case add-file); removed after the case.\nnamespace SsotBench\n{\n    internal static class SsotBenchAdded\n    {\n    }\n}\n' >"$added_file"
  scan "$round" add-file
  remove_added
  scan "$round" env-changed "$env_name=$env_value"
  timed "$round" parse-all "0" -- dotnet "$parseall" "${parse_args[@]}"
  if [ "$builds" = yes ]; then
    delete_binobj
    restore_projects "${plain_build_props[@]}"
    timed "$round" build-clean "0" -- dotnet build "$build_proj" "${build_flags[@]}" "${plain_build_props[@]}"
    timed "$round" build-noop "0" -- dotnet build "$build_proj" "${build_flags[@]}" "${plain_build_props[@]}"
    delete_binobj
    restore_projects "${plain_build_props[@]}" "${banned_props[@]}"
    timed "$round" build-banned "0" -- dotnet build "$build_proj" "${build_flags[@]}" "${plain_build_props[@]}" "${banned_props[@]}"
    banned_hits="$(grep -c 'RS0030' "$work/logs/build-banned.r$round.log" || true)"
    echo "  build-banned: $banned_hits RS0030 lines in the build output" >&2
    # back to the prepared state (restored, no analyzer) for the next round's scans
    delete_binobj
    restore_projects "${plain_build_props[@]}"
  fi
done
loadavg_end="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- table ----------------------------------------------------------------------------------------------------------
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo
echo "## ssot scan on $name ($mode mode): $rounds round(s), medians"
echo
echo "- machine: $(nproc) cores, $cpu, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo); load average $loadavg_start at the start, $loadavg_end at the end"
echo "- dotnet --version: $(cd "$repo" && dotnet --version 2>/dev/null || echo "none matches the checkout's global.json") in the checkout, $(cd "$top" && dotnet --version) for the tools; ssot: $ssot"
echo "- repository: $repo at $(git -C "$repo" rev-parse HEAD 2>/dev/null || echo '?'); registry: ${registry#"$top"/}"
[ "$mode" = exact ] && echo "- projects: ${projects[*]}"
echo "- env-changed: $env_name=$env_value; edit-one: $edit; add-file: $added/SsotBenchAdded.cs"
python3 - "$samples" "$work/reports" "$builds" "$(cat "$work/logs/build-banned.r$rounds.log" 2>/dev/null | grep -c RS0030 || true)" <<'PY'
import json, os, statistics, sys
samples, reports, builds, banned_hits = sys.argv[1], sys.argv[2], sys.argv[3] == "yes", sys.argv[4]
rows = {}
order = []
for line in open(samples):
    rnd, case, wall, rss, rc = line.rstrip("\n").split("\t")
    if case not in rows:
        rows[case] = []
        order.append(case)
    rows[case].append((float(wall), int(rss), int(rc)))
def med(case, i):
    return statistics.median(r[i] for r in rows[case]) if case in rows else None
base_wall, base_rss = med("parse-all", 0), med("parse-all", 1)
def violations(case):
    path = os.path.join(reports, case + ".json")
    try:
        s = json.load(open(path))["summary"]
        return "%d (%d diag.)" % (s["violations"], s["diagnostics"])
    except Exception:
        return ""
print()
print("| case | wall s | peak RSS MB | wall / parse-all | RSS / parse-all | runs | exit codes | violations (last round) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |")
for case in order:
    w, m = med(case, 0), med(case, 1)
    rw = "%.2f" % (w / base_wall) if base_wall else "-"
    rm = "%.2f" % (m / base_rss) if base_rss else "-"
    codes = ",".join(sorted({str(r[2]) for r in rows[case]}))
    print("| %s | %.2f | %.0f | %s | %s | %d | %s | %s |" % (case, w, m / 1024, rw, rm, len(rows[case]), codes, violations(case)))
print()
if builds and "build-banned" in rows and "build-clean" in rows:
    per_round = {}
    for line in open(samples):
        rnd, case, wall, _, _ = line.rstrip("\n").split("\t")
        per_round.setdefault(rnd, {})[case] = float(wall)
    diffs = [r["build-banned"] - r["build-clean"] for r in per_round.values() if "build-banned" in r and "build-clean" in r]
    print("BannedApiAnalyzers adds %.2f s to a clean build (median of build-banned minus build-clean per round; %s RS0030 lines in the last banned build's output)." % (statistics.median(diffs), banned_hits))
else:
    print("dotnet build cases: not applicable (source mode; the repository needs SDK 11 and Arcade, so it is not built here).")
print("Exit code 1 of a scan means violations were found (expected). unchanged must reuse the result; add-file and env-changed must miss the cache (they cost about as much as cold).")
PY
echo
echo "raw samples: $samples; logs: $work/logs; reports: $work/reports"
if [ "$failed" -gt 0 ]; then
  echo "$failed case run(s) FAILED (see above)" >&2
  exit 1
fi
