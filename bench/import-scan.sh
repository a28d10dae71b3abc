#!/usr/bin/env bash
# Generates (once) a seeded ~6,000-file / ~80 MB C# tree and measures the SSOT scan against a plain parallel parse
# of every file and grep -r of the same names, in one run. Usage: bench/import-scan.sh [root] [files] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/ImportScan.Bench -- "$@"
