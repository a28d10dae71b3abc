#!/usr/bin/env bash
# How often the ordering suite catches seeded bugs left to real timing (a natural race, a late event after a delay):
# what the kit's tests no longer measure because it depends on the machine. Not part of CI.
# Usage: bench/suite-timing.sh [runs] [users] [lateMs] [quietMs]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/SuiteTiming.Bench/SuiteTiming.Bench.csproj" -c Release -nologo -v quiet
dotnet "$here/SuiteTiming.Bench/bin/Release/net10.0/SuiteTiming.Bench.dll" "$@"
