#!/usr/bin/env bash
# Start a single Axon Server node for CareLedger from a downloaded axonserver.jar.
#
#   ./start-axon-server.sh /path/to/axonserver.jar [workdir]
#
# workdir defaults to $CARELEDGER_AXONSERVER_HOME or ~/.careledger/axonserver.
# Everything Axon Server writes (./data, ./events, ./log, ./security) lands in
# workdir, because the server runs with workdir as its current directory.
#
# Environment:
#   AXONSERVER_TOKEN           application token (>= 16 chars). If unset, it is
#                              read from, or generated into, workdir/axonserver.token
#   AXONSERVER_INTERNAL_TOKEN  node-to-node token, same rule, file
#                              workdir/axonserver-internal.token
#   AXONSERVER_JAVA_OPTS       extra JVM options, e.g. "-Xmx1g"
#
# Exit codes: 2 = bad usage or missing prerequisite; otherwise Axon Server's own.
set -euo pipefail

readonly MIN_TOKEN_LENGTH=16

die() {
    printf 'start-axon-server: error: %s\n' "$1" >&2
    exit 2
}

info() {
    printf 'start-axon-server: %s\n' "$1" >&2
}

usage() {
    cat <<'EOF'
Usage: start-axon-server.sh /path/to/axonserver.jar [workdir]

Starts Axon Server for CareLedger with axon-server/axonserver.properties.
workdir defaults to $CARELEDGER_AXONSERVER_HOME or ~/.careledger/axonserver.
Set AXONSERVER_TOKEN (and optionally AXONSERVER_INTERNAL_TOKEN); when unset they
are generated once and kept in files inside workdir.
EOF
}

# Print 64 hex characters (32 random bytes).
generate_token() {
    if command -v openssl >/dev/null 2>&1; then
        openssl rand -hex 32
    else
        head -c 32 /dev/urandom | od -An -v -tx1 | tr -d ' \n'
        printf '\n'
    fi
}

# resolve_token VAR_NAME FILE: print the token from the environment variable,
# else from FILE, else generate it into FILE. Messages go to stderr only; the
# token itself is never echoed to the terminal.
resolve_token() {
    local name=$1 file=$2 value
    value=${!name:-}
    if [[ -n $value ]]; then
        info "$name taken from the environment."
    elif [[ -s $file ]]; then
        value=$(<"$file")
        info "$name read from $file"
    else
        value=$(generate_token)
        ( umask 077 && printf '%s\n' "$value" >"$file" )
        info "$name was not set: generated one into $file (mode 600)."
    fi
    value=${value//[[:space:]]/}
    if (( ${#value} < MIN_TOKEN_LENGTH )); then
        die "$name must be at least $MIN_TOKEN_LENGTH characters long."
    fi
    printf '%s' "$value"
}

# --- arguments ----------------------------------------------------------------
if [[ $# -ge 1 && ( $1 == -h || $1 == --help ) ]]; then
    usage
    exit 0
fi
if [[ $# -lt 1 || $# -gt 2 ]]; then
    usage >&2
    exit 2
fi

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
properties_template="$script_dir/axonserver.properties"
jar_arg=$1
workdir_arg=${2:-${CARELEDGER_AXONSERVER_HOME:-$HOME/.careledger/axonserver}}

# --- prerequisites ------------------------------------------------------------
command -v java >/dev/null 2>&1 \
    || die "'java' was not found on PATH. Install a Java 17+ runtime (Axon Server 2024.2 requires 17)."

[[ -e $jar_arg ]] || die "Axon Server jar not found: $jar_arg"
[[ -f $jar_arg && -r $jar_arg ]] || die "not a readable file: $jar_arg"
[[ -f $properties_template ]] || die "missing $properties_template (run the script from the repository checkout)."

java_major=$(java -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java\.specification\.version/ { print $2; exit }')
java_major=${java_major#1.}
if [[ $java_major =~ ^[0-9]+$ ]] && (( java_major < 17 )); then
    info "warning: java $java_major found; Axon Server 2024.2 and newer need Java 17+."
fi

jar=$(cd -- "$(dirname -- "$jar_arg")" && pwd)/$(basename -- "$jar_arg")
cli_jar=$(dirname -- "$jar")/axonserver-cli.jar

mkdir -p -- "$workdir_arg" || die "cannot create working directory: $workdir_arg"
workdir=$(cd -- "$workdir_arg" && pwd)
chmod 700 "$workdir" 2>/dev/null || info "warning: could not restrict permissions on $workdir"
mkdir -p -- "$workdir/data" "$workdir/events" "$workdir/log"

# --- tokens -------------------------------------------------------------------
AXONSERVER_TOKEN=$(resolve_token AXONSERVER_TOKEN "$workdir/axonserver.token")
AXONSERVER_INTERNAL_TOKEN=$(resolve_token AXONSERVER_INTERNAL_TOKEN "$workdir/axonserver-internal.token")
[[ $AXONSERVER_TOKEN != "$AXONSERVER_INTERNAL_TOKEN" ]] \
    || die "AXONSERVER_TOKEN and AXONSERVER_INTERNAL_TOKEN must be different."
# Passed through the environment (readable only by this user), never as -D
# options, which would show up in `ps` output.
export AXONSERVER_TOKEN AXONSERVER_INTERNAL_TOKEN

# --- configuration ------------------------------------------------------------
if [[ -e $workdir/axonserver.properties ]]; then
    if ! cmp -s -- "$properties_template" "$workdir/axonserver.properties"; then
        info "keeping the existing $workdir/axonserver.properties (differs from $properties_template)."
    fi
else
    cp -- "$properties_template" "$workdir/axonserver.properties"
    info "copied axonserver.properties into $workdir"
fi

# --- how to connect -----------------------------------------------------------
cat >&2 <<EOF

Axon Server for CareLedger is starting in: $workdir
  dashboard  http://localhost:8024    gRPC  localhost:8124    context  careledger

Axon Server 2023.1 or newer: after the first start, register CareLedger once
with the application token (run from the working directory so the CLI finds
the generated system token):
  cd '$workdir' && java -jar '$cli_jar' register-application \\
      -a careledger -r USE_CONTEXT@careledger -T "\$(cat axonserver.token)"
(if you supplied AXONSERVER_TOKEN yourself, pass that value to -T instead)

Run the app against it (in another shell, from the repository root):
  SPRING_PROFILES_ACTIVE=axonserver AXON_SERVER=localhost:8124 \\
  AXON_SERVER_TOKEN="\$(cat '$workdir/axonserver.token')" \\
  java -jar app/target/careledger-app-*.jar
(the app reads these into axon.axonserver.servers / axon.axonserver.token;
 axon.axonserver.context is careledger)

EOF

# --- run ----------------------------------------------------------------------
java_opts=()
if [[ -n ${AXONSERVER_JAVA_OPTS:-} ]]; then
    read -r -a java_opts <<<"$AXONSERVER_JAVA_OPTS"
fi

cd -- "$workdir"
# "${arr[@]+...}" keeps `set -u` happy with an empty array on bash < 4.4
exec java ${java_opts[@]+"${java_opts[@]}"} -jar "$jar"
