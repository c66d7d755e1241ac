#!/usr/bin/env bash
# A local Redis for the subscription backplane: bash infra/redis.sh [port]  (Ctrl+C stops it)
set -euo pipefail
port=${1:-6379}
exec redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no
