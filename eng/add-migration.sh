#!/usr/bin/env bash
# Scaffolds an EF Core migration for both providers: eng/add-migration.sh <Name>
# Uses ef.dll from the Microsoft.EntityFrameworkCore.Tools package the web project references,
# so no global dotnet-ef tool is needed.
set -euo pipefail
name=${1:?usage: eng/add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/.." && pwd)
web=$root/src/GuestLoop.Web
dotnet build "$web" -c Debug -nologo -v q
bin=$web/bin/Debug/net10.0
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
version=$(sed -n 's/.*"Microsoft.EntityFrameworkCore.Tools" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
ef=$(ls "$packages/microsoft.entityframeworkcore.tools/$version"/tools/*/any/ef.dll | head -n 1)
for provider in Sqlite Postgres; do
  dotnet exec --depsfile "$bin/GuestLoop.Web.deps.json" --runtimeconfig "$bin/GuestLoop.Web.runtimeconfig.json" \
    --additionalprobingpath "$packages" "$ef" migrations add "$name" \
    --assembly "$bin/GuestLoop.Web.dll" --project "$web/GuestLoop.Web.csproj" --startup-assembly "$bin/GuestLoop.Web.dll" \
    --project-dir "$web/" --root-namespace GuestLoop.Web --language C# --nullable --working-dir "$web" \
    --context "${provider}GuestLoopDbContext" --output-dir "Data/Migrations/$provider"
done
