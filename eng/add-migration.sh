#!/usr/bin/env bash
# Scaffolds an EF Core migration for both providers: eng/add-migration.sh <Name>
# Each lands in its provider's project (src/GuestLoop.Migrations.Sqlite, .Postgres), built by the web project's build
# and used as the EF tools' start-up assembly (its design-time factory makes the context). Uses ef.dll from the
# Microsoft.EntityFrameworkCore.Tools package those projects reference, so no global dotnet-ef tool is needed.
set -euo pipefail
name=${1:?usage: eng/add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/src/GuestLoop.Web" -c Debug -nologo -v q
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
version=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Tools" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
ef=$(ls "$packages/microsoft.entityframeworkcore.tools/$version"/tools/*/any/ef.dll | head -n 1)
for provider in Sqlite Postgres; do
  project=GuestLoop.Migrations.$provider
  dir=$root/src/$project
  bin=$dir/bin/Debug/net10.0
  dotnet exec --depsfile "$bin/$project.deps.json" --runtimeconfig "$bin/$project.runtimeconfig.json" \
    --additionalprobingpath "$packages" "$ef" migrations add "$name" \
    --assembly "$bin/$project.dll" --project "$dir/$project.csproj" --startup-assembly "$bin/$project.dll" \
    --project-dir "$dir/" --root-namespace "$project" --namespace "$project" --output-dir . --language C# --nullable \
    --working-dir "$dir" --context "${provider}GuestLoopDbContext"
done
