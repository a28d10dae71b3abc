#!/usr/bin/env bash
# Builds and runs the event-delivery benchmark in Release: 1,000 concurrent users over real WebSockets on loopback.
# Usage: bench/event-delivery.sh [users] [runsPerUser]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/EventDelivery.Bench/EventDelivery.Bench.csproj" -c Release -nologo -v quiet
dotnet "$here/EventDelivery.Bench/bin/Release/net10.0/EventDelivery.Bench.dll" "$@"
