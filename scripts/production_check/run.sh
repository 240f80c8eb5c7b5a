#!/usr/bin/env bash
# `make production-check`: the stack of deploy/ on this machine, from Debian's packages, on ports no
# other service uses, then a smoke test through nginx (scripts/production_check/smoke.py), then
# everything it started is stopped again. Exit status: the smoke test's.
#
#   nginx (TLS on 127.0.0.1:$CHECK_HTTPS_PORT, plain HTTP on $CHECK_HTTP_PORT redirecting to it)
#     └─ upstream: two gunicorn instances (deploy/gunicorn.conf.py) on $CHECK_APP_PORTS
#          ├─ PostgreSQL: the tests' cluster (scripts/services/postgres.sh), database $CHECK_DATABASE
#          ├─ Redis (REDIS_URL): cache, throttling, sessions, on $CHECK_REDIS_PORT
#          └─ Elasticsearch (scripts/services/elasticsearch.sh), indexes prefixed $CHECK_INDEX_PREFIX
#   the django-tasks database worker (manage.py db_worker)
#
# nginx, gunicorn, the worker and Redis run as unprivileged users (www-data, redis) when started
# as root. Everything lives under .services/production-check/ (logs there too).
#
#   CHECK_KEEP_RUNNING=1 …/run.sh   leave the stack running after the smoke test (to look around or
#                                   rerun smoke.py with the environment printed in $WORK/env)
#   …/run.sh stop                   stop a stack left running
#   …/run.sh intake                 instead of the smoke test, the request-intake benchmark
#                                   (benchmarks/requests_load.py: 20 clients through nginx, on PostgreSQL)
set -euo pipefail
MODE="${1:-smoke}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/.services/production-check"
PY="$ROOT/.venv/bin/python"
HTTPS_PORT="${CHECK_HTTPS_PORT:-58443}"
HTTP_PORT="${CHECK_HTTP_PORT:-58080}"
APP_PORTS="${CHECK_APP_PORTS:-58001 58002}"
REDIS_PORT="${CHECK_REDIS_PORT:-56379}"
PG_SERVER="${CHECK_PG_SERVER:-postgres://disclosure:disclosure@127.0.0.1:54329}"
DATABASE="${CHECK_DATABASE:-disclosure_production_check}"
INDEX_PREFIX="${CHECK_INDEX_PREFIX:-disclosure_production_check}"
ES_URL="${ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
ITEMS="${CHECK_ITEMS:-40}"
WEB_USER="${CHECK_WEB_USER:-www-data}"
REDIS_USER="${CHECK_REDIS_USER:-redis}"

log() { printf '[production-check] %s\n' "$*" >&2; }

# --- what to stop, whatever happens --------------------------------------------------------
stop_stack() {
  [ -f "$WORK/nginx/nginx.pid" ] && kill -QUIT "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "$@"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; done
  curl -fsS -o /dev/null -X DELETE "$ES_URL/${INDEX_PREFIX}*" 2>/dev/null || true
}
if [ "${1:-}" = stop ]; then
  [ -f "$WORK/pids" ] && stop_stack $(cat "$WORK/pids") && rm -f "$WORK/pids"
  exit 0
fi

# --- packages ------------------------------------------------------------------------------
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # The packages' own services are not started (on the default ports): a policy-rc.d that says no,
  # for the time of the install, unless the machine has one.
  policy=""
  [ -e /usr/sbin/policy-rc.d ] || { policy=/usr/sbin/policy-rc.d; printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; }
  RUNLEVEL=1 apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$policy" ] || rm -f "$policy"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

as_user() {  # as_user USER command…: as USER when root
  local user="$1"; shift
  if [ "$(id -u)" = 0 ]; then setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"; else "$@"; fi
}
start_as() {  # start_as USER LOG command…: in the background, its pid (the program's own) kept to stop it
  local user="$1" logfile="$2"; shift 2
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid="$user" --regid="$user" --init-groups -- "$@" >"$logfile" 2>&1 </dev/null &
  else
    "$@" >"$logfile" 2>&1 </dev/null &
  fi
  PIDS+=($!)
}

# gunicorn and the worker run as $WEB_USER only when it can run the virtualenv's own interpreter
# (a Python installed under /root cannot be): otherwise as the caller.
APP_USER="$WEB_USER"
if [ "$(id -u)" = 0 ] && ! as_user "$WEB_USER" test -x "$(readlink -f "$PY")"; then
  APP_USER="$(id -un)"
  log "$WEB_USER cannot run $(readlink -f "$PY"): gunicorn and the worker run as $APP_USER"
fi

bash "$ROOT/scripts/services/postgres.sh" >&2
bash "$ROOT/scripts/services/elasticsearch.sh" >/dev/null

PIDS=()
cleanup() {
  local status=$?
  if [ "${CHECK_KEEP_RUNNING:-0}" = 1 ]; then
    echo "${PIDS[*]}" >"$WORK/pids"
    export -p >"$WORK/env"
    log "left running (stop: $0 stop)"
  else
    stop_stack "${PIDS[@]}"
  fi
  [ $status -eq 0 ] || log "failed; logs in $WORK/log/"
  exit $status
}
trap cleanup EXIT

# A stack left running (CHECK_KEEP_RUNNING) is stopped first: its pid files are about to go.
if [ -f "$WORK/pids" ]; then
  log "stopping the stack left running by an earlier check"
  stop_stack $(cat "$WORK/pids")
fi
rm -rf "$WORK"
mkdir -p "$WORK"/{static,private/files,log,nginx,tls,redis,mail}
# The unprivileged users reach their folders through the checkout (as scripts/services/postgres.sh).
[ "$(id -u)" = 0 ] && chmod o+x "$ROOT" "$ROOT/.services" "$WORK"

# --- the site's environment (README › Configuration) -----------------------------------------
export DJANGO_SETTINGS_MODULE=disclosure_site.settings.production
SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export SECRET_KEY
export ALLOWED_HOSTS="localhost,127.0.0.1"
export DATABASE_URL="$PG_SERVER/$DATABASE"
export DATABASE_CONN_MAX_AGE=60
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export CACHE_KEY_PREFIX="production-check"
export ELASTICSEARCH_URL="$ES_URL"
export ELASTICSEARCH_INDEX_PREFIX="$INDEX_PREFIX"
export STATIC_ROOT="$WORK/static"
export PRIVATE_ROOT="$WORK/private"
export SENDFILE_HEADER=X-Accel-Redirect
export SENDFILE_URL=/internal-files
export TRUSTED_PROXIES=127.0.0.1
# Mail is written to files by the worker (the smoke test reads the applicant's).
export EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend
export EMAIL_FILE_PATH="$WORK/mail"
export WAGTAILADMIN_BASE_URL="https://localhost:$HTTPS_PORT"
# The smoke test checks that the submission throttle holds across both instances.
# (The intake benchmark's clients all come from 127.0.0.1: no limit there.)
if [ "$MODE" = intake ]; then
  export DISCLOSURE_REQUESTS_SUBMISSION_RATE=1000000/3600
else
  export DISCLOSURE_REQUESTS_SUBMISSION_RATE="${CHECK_SUBMISSION_RATE:-4/3600}"
fi
export WEB_CONCURRENCY="${CHECK_WEB_CONCURRENCY:-2}"
export LOG_LEVEL=WARNING

# --- services of its own -------------------------------------------------------------------
[ "$(id -u)" = 0 ] && chown "$REDIS_USER" "$WORK/redis"
start_as "$REDIS_USER" "$WORK/log/redis.log" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" \
  --dir "$WORK/redis" --save "" --appendonly no --daemonize no --logfile ""
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.2; done

log "database $DATABASE: fresh, migrated, demo with $ITEMS items"
export PGOPTIONS="--client-min-messages=warning"
psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null
psql "$PG_SERVER/postgres" -qc "CREATE DATABASE $DATABASE" >/dev/null
cd "$ROOT"
SECONDS=0
"$PY" manage.py migrate --noinput -v 0
log "migrated in ${SECONDS}s"
"$PY" manage.py collectstatic --noinput -v 0
SECONDS=0
"$PY" manage.py load_demo --items "$ITEMS" >"$WORK/log/load_demo.log"
log "demo loaded in ${SECONDS}s"
"$PY" manage.py catalogue_index rebuild >"$WORK/log/catalogue_index.log"

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$WORK/tls/privkey.pem" -out "$WORK/tls/fullchain.pem" 2>/dev/null
[ "$(id -u)" = 0 ] && chown -R "$WEB_USER" "$WORK/private" "$WORK/nginx" "$WORK/log" "$WORK/tls" "$WORK/mail"

for port in $APP_PORTS; do
  GUNICORN_BIND="127.0.0.1:$port" start_as "$APP_USER" "$WORK/log/gunicorn-$port.log" \
    "$ROOT/.venv/bin/gunicorn" -c deploy/gunicorn.conf.py
done
start_as "$APP_USER" "$WORK/log/worker.log" nice -n 10 "$PY" manage.py db_worker --queue-name "*" --no-reload --interval 0.5

# --- nginx: deploy/nginx/gongkai.conf with this machine's paths and ports ---------------------
upstream=""
for port in $APP_PORTS; do upstream="$upstream    server 127.0.0.1:$port max_fails=3 fail_timeout=10s;\n"; done
sed -e "s#/srv/gongkai/static#$WORK/static#g" \
    -e "s#/srv/gongkai/private/files#$WORK/private/files#g" \
    -e "s#/etc/ssl/gongkai#$WORK/tls#g" \
    -e "/listen \[::\]/d" \
    -e "s#listen 443 ssl#listen 127.0.0.1:$HTTPS_PORT ssl#" \
    -e "s#listen 80;#listen 127.0.0.1:$HTTP_PORT;#" \
    -e "s#return 301 https://\$host\$request_uri;#return 301 https://\$host:$HTTPS_PORT\$request_uri;#" \
    -e "s#^    server 127.0.0.1:8001.*#$upstream#" \
    -e "s#server_name gongkai.example.gov.cn;#server_name localhost 127.0.0.1;#" \
    "$ROOT/deploy/nginx/gongkai.conf" >"$WORK/nginx/gongkai.conf"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/log/nginx-error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $WORK/log/nginx-access.log;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/gongkai.conf;
}
CONF
[ "$(id -u)" = 0 ] && chown -R "$WEB_USER" "$WORK/nginx"
as_user "$WEB_USER" "$NGINX" -t -q -e "$WORK/log/nginx-error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
as_user "$WEB_USER" "$NGINX" -e "$WORK/log/nginx-error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"

for port in $APP_PORTS $HTTPS_PORT; do
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    curl -s -k -o /dev/null "https://127.0.0.1:$port/" 2>/dev/null && break
    sleep 0.5
  done
done

if [ "$MODE" = intake ]; then
  log "request intake through nginx on https://localhost:$HTTPS_PORT ($WEB_CONCURRENCY workers on each of: $APP_PORTS)"
  "$PY" "$ROOT/benchmarks/requests_load.py" "https://localhost:$HTTPS_PORT" --ca "$WORK/tls/fullchain.pem" \
    --requests "${INTAKE_REQUESTS:-2000}" --clients "${INTAKE_CLIENTS:-20}"
  exit $?
fi

log "smoke test through nginx on https://localhost:$HTTPS_PORT"
SMOKE=("$PY" "$ROOT/scripts/production_check/smoke.py" \
  --nginx "https://localhost:$HTTPS_PORT" --http "http://localhost:$HTTP_PORT" \
  --ca "$WORK/tls/fullchain.pem" --media-root "$WORK/private/files" \
  $(for port in $APP_PORTS; do printf -- '--instance http://127.0.0.1:%s ' "$port"; done))
echo "${SMOKE[*]}" >"$WORK/smoke-command"
"${SMOKE[@]}"
