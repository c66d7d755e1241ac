#!/usr/bin/env bash
# A local PostgreSQL cluster for development, in infra/.pg (ignored by git).
#   bash infra/postgres.sh start|stop
# As root it runs the server as the unprivileged 'postgres' user (initdb refuses root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/infra/.pg"
port=${PGPORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      as "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
    fi
    as "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -o "-p $port -k $data -c listen_addresses=127.0.0.1" start
    as "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='revenuecycle'" | grep -q 1 \
      || as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres revenuecycle
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=revenuecycle"
    ;;
  stop) as "$bin/pg_ctl" -D "$data" -m fast stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
