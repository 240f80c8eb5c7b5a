#!/usr/bin/env bash
# Make a single-node Elasticsearch available on 127.0.0.1 for the test suite.
#
#   scripts/services/elasticsearch.sh          start (default); no-op if one already answers
#   scripts/services/elasticsearch.sh stop     stop the node this script started
#   scripts/services/elasticsearch.sh status   exit 0 if the cluster answers, 1 otherwise
#
# Works offline except for Maven Central (and Debian packages, for maven/java):
# the distribution used is the `org.elasticsearch.distribution.integ-test-zip`
# artifact, a minimal Elasticsearch build without bundled JDK. It runs on the
# machine's Java 17. NOTE: it only ships the *core* analysis components
# (standard/simple/whitespace/stop/keyword analyzers, standard/keyword/
# whitespace/letter/... tokenizers, lowercase/stop/shingle filters); the
# `analysis-common` module (ngram, edge_ngram, asciifolding, language
# analyzers, cjk...) and the plugins (smartcn, icu...) are not part of it.
#
# Everything lives under <repo>/.services/ (git-ignored):
#   .services/cache/elasticsearch-<ver>.zip     downloaded zip
#   .services/elasticsearch/elasticsearch-<ver>/ unpacked distribution
#   .services/elasticsearch/{data,logs,tmp}      node data, logs, temp dir
#   .services/elasticsearch/elasticsearch.pid    PID of the node
#
# Environment knobs:
#   ELASTICSEARCH_URL       default http://127.0.0.1:9200 (the port is taken from it)
#   ES_VERSION              default 8.19.21 (an integ-test-zip version on Maven Central)
#   ES_HEAP                 default 512m
#   ES_START_TIMEOUT        seconds to wait for health, default 120
#   ES_RUN_USER             unprivileged user used when run as root, default esrunner

set -euo pipefail

ES_URL="${ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
ES_URL="${ES_URL%/}"
ES_VERSION="${ES_VERSION:-8.19.21}"
ES_HEAP="${ES_HEAP:-512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_RUN_USER="${ES_RUN_USER:-esrunner}"
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
SERVICES_DIR="$REPO_ROOT/.services"
CACHE_DIR="$SERVICES_DIR/cache"
BASE_DIR="$SERVICES_DIR/elasticsearch"
ES_HOME="$BASE_DIR/elasticsearch-$ES_VERSION"
DATA_DIR="$BASE_DIR/data"
LOGS_DIR="$BASE_DIR/logs"
TMP_DIR="$BASE_DIR/tmp"
PID_FILE="$BASE_DIR/elasticsearch.pid"
STARTUP_LOG="$BASE_DIR/startup.log"
LOCK_FILE="$SERVICES_DIR/elasticsearch.lock"
CLUSTER_NAME="services-es"

# Port from the URL (http://host:PORT[/...]); 9200 if none.
ES_PORT="$(printf '%s' "$ES_URL" | sed -E -n 's#^[a-zA-Z]+://[^/:]+:([0-9]+).*#\1#p')"
ES_PORT="${ES_PORT:-9200}"

log() { printf '[elasticsearch] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

cluster_health() {
    # Prints the health JSON and returns 0 if something answers like Elasticsearch.
    local out
    out="$(curl -fsS --max-time "${1:-3}" "$ES_URL/_cluster/health${2:-}" 2>/dev/null)" || return 1
    case "$out" in *'"status"'*) printf '%s\n' "$out"; return 0 ;; esac
    return 1
}

pid_alive() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(tr -dc '0-9' < "$PID_FILE" 2>/dev/null || true)"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

show_log_tail() {
    local f
    for f in "$STARTUP_LOG" "$LOGS_DIR/$CLUSTER_NAME.log"; do
        if [ -s "$f" ]; then
            log "---- last 60 lines of $f ----"
            tail -n 60 "$f" >&2 || true
        fi
    done
}

# ---------------------------------------------------------------------------
# stop / status
# ---------------------------------------------------------------------------
do_stop() {
    if ! pid_alive; then
        rm -f "$PID_FILE"
        log "no running node started by this script (no live PID in $PID_FILE)"
        return 0
    fi
    local pid i
    pid="$(tr -dc '0-9' < "$PID_FILE")"
    log "stopping Elasticsearch (pid $pid)..."
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after 30 s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PID_FILE"
    log "stopped"
}

case "${1:-start}" in
    start) ;;
    stop) do_stop; exit 0 ;;
    status)
        if cluster_health 3 >/dev/null; then echo "$ES_URL"; exit 0; fi
        log "nothing answers on $ES_URL"; exit 1 ;;
    -h|--help|help) sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (use: start | stop | status)" ;;
esac

# ---------------------------------------------------------------------------
# start
# ---------------------------------------------------------------------------
if cluster_health 3 >/dev/null; then
    log "already running"
    echo "$ES_URL"
    exit 0
fi

mkdir -p "$SERVICES_DIR" "$CACHE_DIR" "$BASE_DIR"

# Serialise concurrent invocations (the second one waits, then sees it running).
exec 9>"$LOCK_FILE"
if command -v flock >/dev/null 2>&1; then
    flock -w 300 9 || die "could not get lock $LOCK_FILE"
    if cluster_health 3 >/dev/null; then
        log "already running"
        echo "$ES_URL"
        exit 0
    fi
fi

apt_install() {
    is_root || die "'$*' missing and not root: install it (apt-get install -y $*)"
    log "installing $* with apt-get..."
    if [ -z "${_APT_UPDATED:-}" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        _APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

command -v curl >/dev/null 2>&1 || apt_install curl
command -v unzip >/dev/null 2>&1 || apt_install unzip

# --- Java: the integ-test-zip has no bundled JDK; ES needs ES_JAVA_HOME. ----
find_java_home() {
    local j
    if [ -n "${ES_JAVA_HOME:-}" ] && [ -x "$ES_JAVA_HOME/bin/java" ]; then echo "$ES_JAVA_HOME"; return 0; fi
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME"; return 0; fi
    j="$(command -v java 2>/dev/null)" || return 1
    j="$(readlink -f "$j")"
    echo "${j%/bin/java}"
}
JAVA_HOME_FOR_ES="$(find_java_home || true)"
if [ -z "$JAVA_HOME_FOR_ES" ]; then
    apt_install openjdk-17-jre-headless
    JAVA_HOME_FOR_ES="$(find_java_home)" || die "java not found after install"
fi

# --- Download (cached) -------------------------------------------------------
ZIP="$CACHE_DIR/elasticsearch-$ES_VERSION.zip"
T0=$(date +%s)
if [ ! -s "$ZIP" ]; then
    command -v mvn >/dev/null 2>&1 || apt_install maven
    log "downloading $ES_ARTIFACT from Maven Central (~100 MB)..."
    # Run mvn outside the repo so it never picks up a project pom.
    (cd "$CACHE_DIR" && mvn -q -B -Dstyle.color=never dependency:copy \
        -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$CACHE_DIR" -Dmdep.overWriteReleases=true >&2) \
        || die "mvn could not fetch $ES_ARTIFACT"
    [ -s "$ZIP" ] || die "download finished but $ZIP is missing"
    log "downloaded in $(( $(date +%s) - T0 )) s"
fi

# --- Unpack -----------------------------------------------------------------
if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    log "unpacking into $ES_HOME"
    rm -rf "$ES_HOME" "$BASE_DIR/unpack.tmp"
    mkdir -p "$BASE_DIR/unpack.tmp"
    unzip -q "$ZIP" -d "$BASE_DIR/unpack.tmp" || die "unzip of $ZIP failed (delete it to re-download)"
    mv "$BASE_DIR/unpack.tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
    rm -rf "$BASE_DIR/unpack.tmp"
fi

mkdir -p "$DATA_DIR" "$LOGS_DIR" "$TMP_DIR"

# --- Configuration ------------------------------------------------------------
# Only settings known to the integ-test-zip (it has x-pack-core/x-pack-security
# modules, so xpack.security.enabled is accepted; unknown settings such as
# xpack.ml.* or ingest.geoip.* would make the node refuse to start).
cat > "$ES_HOME/config/elasticsearch.yml" <<EOF
# Written by scripts/services/elasticsearch.sh; overwritten on every start.
cluster.name: $CLUSTER_NAME
node.name: node-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
path.data: $DATA_DIR
path.logs: $LOGS_DIR
xpack.security.enabled: false
# Never block writes / relocate shards because the disk is fullish.
cluster.routing.allocation.disk.threshold_enabled: false
# Allow wildcard index deletes from tests (DELETE /test_*).
action.destructive_requires_name: false
EOF

# --- Unprivileged user when root ------------------------------------------------
RUN_PREFIX=()
if is_root; then
    if ! id -u "$ES_RUN_USER" >/dev/null 2>&1; then
        log "creating system user $ES_RUN_USER"
        useradd --system --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$ES_RUN_USER" 2>/dev/null \
            || adduser --system --no-create-home --group "$ES_RUN_USER" >/dev/null
    fi
    chown -R "$ES_RUN_USER:" "$BASE_DIR"
    # The user must be able to traverse every parent directory of the repo.
    if ! runuser -u "$ES_RUN_USER" -- test -w "$DATA_DIR"; then
        die "user $ES_RUN_USER cannot reach $DATA_DIR (a parent directory is not world-executable?)"
    fi
    RUN_PREFIX=(runuser -u "$ES_RUN_USER" --)
fi

if pid_alive; then
    log "a node started earlier (pid $(cat "$PID_FILE")) is alive but not answering yet; waiting for it"
else
    rm -f "$PID_FILE"
    : > "$STARTUP_LOG"
    [ -n "${RUN_PREFIX[*]}" ] && chown "$ES_RUN_USER:" "$STARTUP_LOG"
    log "starting Elasticsearch $ES_VERSION on $ES_URL (java: $JAVA_HOME_FOR_ES, heap $ES_HEAP)"
    # -d: the ES launcher daemonises the server and exits; -p writes its PID.
    # setsid + redirects detach it fully from the caller's terminal/job.
    (
        cd "$ES_HOME"
        setsid "${RUN_PREFIX[@]}" env \
            ES_JAVA_HOME="$JAVA_HOME_FOR_ES" \
            ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_EXTRA_JAVA_OPTS:-}" \
            ES_TMPDIR="$TMP_DIR" \
            JAVA_HOME= \
            "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" \
            >>"$STARTUP_LOG" 2>&1 </dev/null &
    )
fi

# --- Wait for health ---------------------------------------------------------
T1=$(date +%s)
deadline=$(( T1 + ES_START_TIMEOUT ))
last_note=0
while :; do
    now=$(date +%s)
    if health="$(cluster_health 5 '?wait_for_status=yellow&timeout=2s')"; then
        status="$(printf '%s' "$health" | sed -E -n 's/.*"status":"([a-z]+)".*/\1/p')"
        if [ "$status" = green ] || [ "$status" = yellow ]; then
            log "ready ($status) after $(( now - T1 )) s: $ES_URL"
            echo "$ES_URL"
            exit 0
        fi
    fi
    if [ "$now" -ge "$deadline" ]; then
        log "not healthy after ${ES_START_TIMEOUT} s"
        show_log_tail
        exit 1
    fi
    # The launcher (-d) exits after the server started or failed; if there is no
    # live server process after a grace period, it failed.
    if [ $(( now - T1 )) -ge 15 ] && ! pid_alive && ! pgrep -f "$ES_HOME/lib" >/dev/null 2>&1; then
        log "Elasticsearch process exited during startup"
        show_log_tail
        exit 1
    fi
    if [ $(( now - last_note )) -ge 10 ]; then
        log "waiting for cluster health... ($(( now - T1 ))s / ${ES_START_TIMEOUT}s)"
        last_note=$now
    fi
    sleep 2
done
