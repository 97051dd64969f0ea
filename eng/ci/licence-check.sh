#!/usr/bin/env bash
# Refuses a dependency graph (transitive packages included) that holds a copyleft or unreviewed licence; the policy,
# the allow-list and the reasons are in eng/ci/LicenceCheck.cs. Run from the repository root after a restore.
set -euo pipefail
cd "$(dirname "$0")/../.."

dotnet restore GuestLoop.slnx --verbosity quiet >/dev/null
list=$(mktemp /tmp/guestloop-packages.XXXXXX.json)
trap 'rm -f "$list"' EXIT
dotnet list GuestLoop.slnx package --include-transitive --format json >"$list"
packages=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')
dotnet run --file eng/ci/LicenceCheck.cs -- "$packages" <"$list"
