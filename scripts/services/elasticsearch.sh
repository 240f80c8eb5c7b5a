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
# machine's Java 17. It only has the server's *core* analysis components
# (analyzers standard/simple/whitespace/stop/keyword/classic; tokenizer
# standard; filters lowercase/stop/shingle) and lacks the modules
# analysis-common (ngram, edge_ngram, asciifolding, whitespace tokenizer,
# language analyzers, cjk...), rest-root (GET /), reindex (_delete_by_query...).
#
# Wagtail's search backend needs ngram/edge_ngram/asciifolding, so this script
# also compiles (javac, against the distribution's own jars) and installs a tiny
# local plugin "analysis-shim" that adds: tokenizers ngram, edge_ngram,
# whitespace, keyword, letter; filters ngram, edge_ngram, asciifolding; and
# GET|HEAD / (so client info()/ping() work). Set ES_ANALYSIS_SHIM=0 to skip it.
# Still missing: language analyzers, cjk, smartcn/icu/kuromoji, synonyms,
# stemmers, html_strip, _reindex/_update_by_query/_delete_by_query, painless.
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
#   ES_ANALYSIS_SHIM        1 (default) to build/install the analysis-shim plugin, 0 to skip

set -euo pipefail

ES_URL="${ELASTICSEARCH_URL:-http://127.0.0.1:9200}"
ES_URL="${ES_URL%/}"
ES_VERSION="${ES_VERSION:-8.19.21}"
ES_HEAP="${ES_HEAP:-512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_RUN_USER="${ES_RUN_USER:-esrunner}"
ES_ANALYSIS_SHIM="${ES_ANALYSIS_SHIM:-1}"
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

# PIDs of Elasticsearch servers running from our install (even if the PID file is lost).
our_es_pids() {
    pgrep -f -- "-Des.path.home=$BASE_DIR/" 2>/dev/null || true
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
    local pids pid i alive
    pids="$(our_es_pids)"
    if pid_alive; then
        pids="$(tr -dc '0-9' < "$PID_FILE") $pids"
    fi
    pids="$(printf '%s\n' $pids | sort -u | tr '\n' ' ')"
    if [ -z "${pids// /}" ]; then
        rm -f "$PID_FILE"
        log "no running node started by this script"
        return 0
    fi
    log "stopping Elasticsearch (pid $pids)..."
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    for i in $(seq 1 60); do
        alive=""
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
        [ -z "$alive" ] && break
        sleep 0.5
    done
    if [ -n "$alive" ]; then
        log "still alive after 30 s, sending SIGKILL to$alive"
        for pid in $alive; do kill -KILL "$pid" 2>/dev/null || true; done
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
    -h|--help|help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; exit 0 ;;
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
# Order: ES_JAVA_HOME, Debian's Java 17 (what 8.19 is tested with here; a
# JAVA_HOME exported for another tool, e.g. Java 25, is deliberately not
# preferred), JAVA_HOME, then `java` on PATH.
find_java_home() {
    local j
    if [ -n "${ES_JAVA_HOME:-}" ] && [ -x "$ES_JAVA_HOME/bin/java" ]; then echo "$ES_JAVA_HOME"; return 0; fi
    for j in /usr/lib/jvm/java-17-openjdk-*; do
        if [ -x "$j/bin/java" ]; then echo "$j"; return 0; fi
    done
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
    (cd "$CACHE_DIR" && mvn -q -B dependency:copy \
        -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$CACHE_DIR" -Dmdep.overWriteReleases=true 2>&1 \
        | sed -e 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' >&2 || true)
    [ -s "$ZIP" ] || die "mvn could not fetch $ES_ARTIFACT (is ES_VERSION=$ES_VERSION published as integ-test-zip?)"
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

# --- analysis-shim plugin (see header) ---------------------------------------
SHIM_DIR="$ES_HOME/plugins/analysis-shim"
build_shim() {
    local build="$BASE_DIR/shim-build" src hash jhome
    src="$build/src/org/example/esshim/AnalysisShimPlugin.java"
    mkdir -p "$(dirname "$src")"
    write_shim_source > "$src.new"
    hash="$(sha256sum "$src.new" | cut -c1-16)-$ES_VERSION"
    if [ -f "$SHIM_DIR/analysis-shim.jar" ] && [ "$(cat "$SHIM_DIR/.source-hash" 2>/dev/null)" = "$hash" ]; then
        rm -f "$src.new"; return 0
    fi
    mv "$src.new" "$src"
    jhome="$JAVA_HOME_FOR_ES"
    if [ ! -x "$jhome/bin/javac" ] || [ ! -x "$jhome/bin/jar" ]; then
        if ! command -v javac >/dev/null 2>&1 || ! command -v jar >/dev/null 2>&1; then
            if is_root; then
                apt_install openjdk-17-jdk-headless
            else
                log "WARNING: no javac/jar and not root: analysis-shim not built (no ngram/asciifolding)"
                return 0
            fi
        fi
        jhome="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    fi
    log "building analysis-shim plugin (javac)"
    rm -rf "$build/classes" && mkdir -p "$build/classes"
    "$jhome/bin/javac" --release 17 -nowarn -cp "$ES_HOME/lib/*" -d "$build/classes" "$src" 2>&1 \
        | grep -v '^Note:' >&2 || true
    [ -f "$build/classes/org/example/esshim/AnalysisShimPlugin.class" ] || die "analysis-shim failed to compile"
    rm -rf "$SHIM_DIR" && mkdir -p "$SHIM_DIR"
    "$jhome/bin/jar" --create --file "$SHIM_DIR/analysis-shim.jar" -C "$build/classes" .
    cat > "$SHIM_DIR/plugin-descriptor.properties" <<EOF
description=Local stand-in for ngram/edge_ngram/asciifolding/whitespace analysis and GET / (built by scripts/services/elasticsearch.sh)
version=1.0.0
name=analysis-shim
classname=org.example.esshim.AnalysisShimPlugin
java.version=17
elasticsearch.version=$ES_VERSION
EOF
    echo "$hash" > "$SHIM_DIR/.source-hash"
}
write_shim_source() {
    cat <<'JAVA_EOF'
package org.example.esshim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Minimal stand-in for the parts of Elasticsearch's analysis-common module that
 * the integ-test-zip distribution lacks: ngram / edge_ngram tokenizers and
 * filters, asciifolding, and the whitespace / keyword / letter tokenizers.
 * Built on Lucene classes that ship in the distribution's lib/.
 */
public class AnalysisShimPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    /** GET|HEAD / (the rest-root module is missing from the integ-test-zip): lets client info()/ping() work. */
    @Override
    public Collection<RestHandler> getRestHandlers(Settings settings, NamedWriteableRegistry namedWriteableRegistry,
        RestController restController, ClusterSettings clusterSettings, IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter, IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster, Predicate<NodeFeature> clusterSupportsFeature) {
        String clusterName = settings.get("cluster.name", "elasticsearch");
        String nodeName = settings.get("node.name", "node");
        return List.of(new BaseRestHandler() {
            @Override
            public String getName() { return "shim_main_action"; }

            @Override
            public List<Route> routes() {
                return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
            }

            @Override
            protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
                return channel -> {
                    Build b = Build.current();
                    XContentBuilder x = channel.newBuilder();
                    x.startObject();
                    x.field("name", nodeName);
                    x.field("cluster_name", clusterName);
                    x.field("cluster_uuid", "_na_");
                    x.startObject("version");
                    x.field("number", b.qualifiedVersion());
                    x.field("build_flavor", b.flavor());
                    x.field("build_type", b.type().displayName());
                    x.field("build_hash", b.hash());
                    x.field("build_date", b.date());
                    x.field("build_snapshot", b.isSnapshot());
                    x.field("lucene_version", org.apache.lucene.util.Version.LATEST.toString());
                    x.field("minimum_wire_compatibility_version", b.minWireCompatVersion());
                    x.field("minimum_index_compatibility_version", b.minIndexCompatVersion());
                    x.endObject();
                    x.field("tagline", "You Know, for Search");
                    x.endObject();
                    channel.sendResponse(new RestResponse(RestStatus.OK, x));
                };
            }
        });
    }

    static int maxNgramDiff(IndexSettings indexSettings) {
        return indexSettings == null ? 1 : indexSettings.getMaxNgramDiff();
    }

    static void checkDiff(IndexSettings indexSettings, int minGram, int maxGram, String what) {
        int allowed = maxNgramDiff(indexSettings);
        if (maxGram - minGram > allowed) {
            throw new IllegalArgumentException("The difference between max_gram and min_gram in " + what
                + " must be less than or equal to: [" + allowed + "] but was [" + (maxGram - minGram)
                + "]. This limit can be set by changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                + "] index level setting.");
        }
    }

    static IntPredicate tokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars", List.of());
        if (classes.isEmpty()) {
            return null;
        }
        String custom = settings.get("custom_token_chars", "");
        List<IntPredicate> preds = new ArrayList<>();
        for (String c : classes) {
            switch (c.toLowerCase(Locale.ROOT)) {
                case "letter" -> preds.add(Character::isLetter);
                case "digit" -> preds.add(Character::isDigit);
                case "whitespace" -> preds.add(Character::isWhitespace);
                case "punctuation" -> preds.add(ch -> {
                    int t = Character.getType(ch);
                    return t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                        || t == Character.OTHER_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                        || t == Character.DASH_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                        || t == Character.FINAL_QUOTE_PUNCTUATION;
                });
                case "symbol" -> preds.add(ch -> {
                    int t = Character.getType(ch);
                    return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                        || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
                });
                case "custom" -> preds.add(ch -> custom.indexOf(ch) >= 0);
                default -> throw new IllegalArgumentException("Unknown token type: '" + c
                    + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
            }
        }
        return ch -> {
            for (IntPredicate p : preds) {
                if (p.test(ch)) return true;
            }
            return false;
        };
    }

    static TokenizerFactory ngramTokenizer(IndexSettings is, Settings s, String name, boolean edge) {
        int min = s.getAsInt("min_gram", 1);
        int max = s.getAsInt("max_gram", 2);
        if (!edge) {
            checkDiff(is, min, max, "NGram Tokenizer");
        }
        IntPredicate chars = tokenChars(s);
        return TokenizerFactory.newFactory(name, () -> {
            if (edge) {
                return chars == null ? new EdgeNGramTokenizer(min, max) : new EdgeNGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int chr) { return chars.test(chr); }
                };
            }
            return chars == null ? new NGramTokenizer(min, max) : new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) { return chars.test(chr); }
            };
        });
    }

    record Filter(String name, java.util.function.UnaryOperator<TokenStream> fn) implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream ts) { return fn.apply(ts); }
    }

    record NormalizingFilter(String name, java.util.function.UnaryOperator<TokenStream> fn)
        implements NormalizingTokenFilterFactory {
        @Override
        public TokenStream create(TokenStream ts) { return fn.apply(ts); }
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "ngram", (is, env, name, s) -> ngramTokenizer(is, s, name, false),
            "edge_ngram", (is, env, name, s) -> ngramTokenizer(is, s, name, true),
            "whitespace", (is, env, name, s) -> {
                int max = s.getAsInt("max_token_length", 255);
                return TokenizerFactory.newFactory(name, () -> new WhitespaceTokenizer(
                    org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, max));
            },
            "keyword", (is, env, name, s) -> {
                int buf = s.getAsInt("buffer_size", 256);
                return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(buf));
            },
            "letter", (is, env, name, s) -> TokenizerFactory.newFactory(name, LetterTokenizer::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "ngram", (is, env, name, s) -> {
                int min = s.getAsInt("min_gram", 1);
                int max = s.getAsInt("max_gram", 2);
                boolean keep = s.getAsBoolean("preserve_original", false);
                checkDiff(is, min, max, "NGram Token Filter");
                return new Filter(name, ts -> new NGramTokenFilter(ts, min, max, keep));
            },
            "edge_ngram", (is, env, name, s) -> {
                int min = s.getAsInt("min_gram", 1);
                int max = s.getAsInt("max_gram", 2);
                boolean keep = s.getAsBoolean("preserve_original", false);
                return new Filter(name, ts -> new EdgeNGramTokenFilter(ts, min, max, keep));
            },
            "asciifolding", (is, env, name, s) -> {
                boolean keep = s.getAsBoolean("preserve_original", false);
                return new NormalizingFilter(name, ts -> new ASCIIFoldingFilter(ts, keep));
            }
        );
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            PreConfiguredTokenFilter.singleton("ngram", false, false, ts -> new NGramTokenFilter(ts, 1, 2, false)),
            PreConfiguredTokenFilter.singleton("edge_ngram", false, false, ts -> new EdgeNGramTokenFilter(ts, 1, 2, false))
        );
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return List.of(
            PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
            PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
            PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new),
            PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new),
            PreConfiguredTokenizer.singleton("edge_ngram", () -> new EdgeNGramTokenizer(1, 2))
        );
    }
}
JAVA_EOF
}
if [ "$ES_ANALYSIS_SHIM" = 1 ]; then
    build_shim
else
    rm -rf "$SHIM_DIR"
fi

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

if pid_alive || [ -n "$(our_es_pids)" ]; then
    log "a node started earlier (pid $(our_es_pids | tr '\n' ' ')) is alive but not answering yet; waiting for it"
else
    rm -f "$PID_FILE"
    : > "$STARTUP_LOG"
    [ -n "${RUN_PREFIX[*]}" ] && chown "$ES_RUN_USER:" "$STARTUP_LOG"
    log "starting Elasticsearch $ES_VERSION on $ES_URL (java: $JAVA_HOME_FOR_ES, heap $ES_HEAP)"
    # -d: the ES launcher daemonises the server and exits; -p writes its PID.
    # setsid + redirects detach it fully from the caller's terminal/job.
    # cwd matters: the JVM writes gc.log / hs_err files relative to it.
    cd "$ES_HOME"
    setsid "${RUN_PREFIX[@]}" env \
        ES_JAVA_HOME="$JAVA_HOME_FOR_ES" \
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_EXTRA_JAVA_OPTS:-}" \
        ES_TMPDIR="$TMP_DIR" \
        JAVA_HOME= \
        "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE" \
        >>"$STARTUP_LOG" 2>&1 </dev/null 9>&- &
    LAUNCHER_PID=$!
    cd /
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
    # The launcher (-d) exits once the server started or failed: if it is gone
    # and no server process of ours is alive, startup failed.
    if { [ -z "${LAUNCHER_PID:-}" ] || ! kill -0 "$LAUNCHER_PID" 2>/dev/null; } \
        && { [ -n "${LAUNCHER_PID:-}" ] || [ $(( now - T1 )) -ge 15 ]; } \
        && ! pid_alive && [ -z "$(our_es_pids)" ]; then
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
