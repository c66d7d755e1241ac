#!/usr/bin/env bash
# Adds an EF Core migration named $1 to all three providers' migrations assemblies.
#   bash infra/add-migration.sh AddStatements
# Each provider has its own assembly (src/RevenueCycle.Migrations.<Provider>) with a design-time factory,
# so no database server is needed to generate them.
set -euo pipefail
name=${1:?usage: infra/add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
if [ ! -x "$tools/dotnet-ef" ]; then
  dotnet tool install dotnet-ef --version 10.0.15 --tool-path "$tools" >/dev/null
fi
for provider in Sqlite Postgres SqlServer; do
  project="$root/src/RevenueCycle.Migrations.$provider"
  "$tools/dotnet-ef" migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
