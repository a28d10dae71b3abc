#!/usr/bin/env bash
# Runs the Roslyn oracle (bench/Oracle) on one real repository checkout and writes bench/real-repos/<name>/oracle.json.
# Usage: bench/oracle.sh <repo-dir> <name> [extra oracle arguments, e.g. --configuration Release]
# The checkout is not in git: fetch it and prepare it (local edits, dotnet restore) as bench/real-repos/<name>/README.md says.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 <repo-dir> <name> [oracle arguments]   (names: $(ls "$(dirname "$0")/real-repos" | tr '\n' ' '))" >&2
  exit 2
fi
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$1" && pwd)"
name="$2"
shift 2
case "$name" in
  dapper)
    # The library projects (the test projects need packages this registry does not serve).
    args=(--repo DapperLib/Dapper --property WarningsNotAsErrors=NU1603)
    for p in Dapper Dapper.StrongName Dapper.Rainbow Dapper.SqlBuilder Dapper.ProviderTools; do
      args+=(--solution "$repo/$p/$p.csproj")
    done
    ;;
  yamldotnet)
    args=(--repo aaubry/YamlDotNet --solution "$repo/YamlDotNet/YamlDotNet.csproj")
    ;;
  *)
    echo "$0: unknown repository name '$name'" >&2
    exit 2
    ;;
esac
for s in "${args[@]}"; do
  case "$s" in
    *.csproj)
      if [ ! -f "$(dirname "$s")/obj/project.assets.json" ]; then
        echo "$0: $s is not restored; prepare the checkout as bench/real-repos/$name/README.md says" >&2
        exit 2
      fi
      ;;
  esac
done
dotnet build "$bench/Oracle/Ssot.Oracle.csproj" -c Release -nologo -v:q
exec dotnet run --no-build --project "$bench/Oracle/Ssot.Oracle.csproj" -c Release -- "${args[@]}" \
  --registry "$bench/real-repos/$name/ssot.json" --repo-root "$repo" --out "$bench/real-repos/$name/oracle.json" "$@"
