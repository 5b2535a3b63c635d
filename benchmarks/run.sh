#!/usr/bin/env bash
# Sockwork side by side with Bun, raw Netty and Spring Integration IP, on 127.0.0.1.
# Usage: benchmarks/run.sh [--rounds N] [--seconds N] [--warmup N] [--handshake-warmup N] [--idle N] [--servers "a b ..."] [--quick] [--skip-build] [--pin]
#        [--handshake-warmup N]   warm-up of the TLS handshake row (default 30 s): at a few hundred handshakes a second
#                                 the JVM's compiler is still at work on the handshake path long after 5 s
#        [--report-only]   (no runs: BENCHMARKS.md again from benchmarks/target/run/results.txt)
#        [--pin]   the server on CPU 0 and the load generator on CPU 1 (taskset), so that the scheduler cannot put both on one core
# Servers (all of these by default, or the --servers given, any sockwork-Nt among them): sockwork (the sample app as a user starts it: default threads and transport),
# sockwork-Nt (N event loops pinned: 1, cores, 2 x cores), sockwork-nio|epoll|io_uring, sockwork-core-nio|epoll|io_uring
# (the engine without Spring: SockworkEchoServer) and netty-nio|epoll|io_uring (one event loop on that transport), bun,
# spring-integration; then TLS: sockwork-tls-jdk, sockwork-tls-openssl, bun-tls.
# Writes BENCHMARKS.md at the repository root.
set -euo pipefail

ROUNDS=3 SECS=10 WARMUP=5 HANDSHAKE_WARMUP=30 IDLE=10000 BUILD=1 ONLY= RUN=1 SERVER_CPU= LOAD_CPU=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift ;;
    --seconds) SECS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --handshake-warmup) HANDSHAKE_WARMUP=$2; shift ;;
    --idle) IDLE=$2; shift ;;
    --servers) ONLY=$2; shift ;;
    --quick) ROUNDS=1 SECS=3 WARMUP=1 HANDSHAKE_WARMUP=1 ;;
    --skip-build) BUILD=0 ;;
    --report-only) BUILD=0 RUN=0 ;;
    --pin) SERVER_CPU="taskset -c 0" LOAD_CPU="taskset -c 1" ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/benchmarks
OUT=$BENCH/target/run
TCP=19000 UDP=19002 TLS=19443 HTTP=19080
CORES=$(nproc)
DEMO_TLS=$ROOT/sample-app/src/main/resources/demo-tls
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
[ "$RUN" = 1 ] && : > "$RESULTS"

# ---- build
if [ "$BUILD" = 1 ]; then
  echo "== build"
  (cd "$ROOT" && ./mvnw -q -DskipTests package) || {
    echo "full build failed (a module still in progress?): building the benchmarks module alone"
    (cd "$ROOT" && ./mvnw -q -pl benchmarks -am -DskipTests package)
  }
fi
CP="$BENCH/target/sockwork-benchmarks.jar:$BENCH/target/lib/*"
SAMPLE_JAR=$ROOT/sample-app/target/sockwork-sample-app.jar

# ---- Bun, from the npm registry into an ignored folder
BUN_VERSION=1.4.5
BUN=$BENCH/.bun/node_modules/bun/bin/bun.exe
if ! "$BUN" --version >/dev/null 2>&1; then
  echo "== npm install bun@$BUN_VERSION"
  npm install --prefix "$BENCH/.bun" --no-audit --no-fund "bun@$BUN_VERSION" >/dev/null
  # The postinstall links the platform package's binary; run it if npm skipped it.
  "$BUN" --version >/dev/null 2>&1 || (cd "$BENCH/.bun/node_modules/bun" && node install.js) || true
  "$BUN" --version >/dev/null 2>&1 || BUN=$BENCH/.bun/node_modules/@oven/bun-linux-x64/bin/bun
fi
if "$BUN" --version >/dev/null 2>&1; then HAVE_BUN=1; else HAVE_BUN=0; echo "!! Bun could not be installed: skipped"; fi

# ---- file descriptors for the idle connections (both ends live on this machine)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
NOFILE=$(ulimit -n)
FD_NOTE="ulimit -n $NOFILE"
if [ "$NOFILE" != unlimited ] && [ "$NOFILE" -lt $((IDLE + 1000)) ]; then
  IDLE=$((NOFILE - 1000))
  FD_NOTE="$FD_NOTE: too low for the requested idle connections, cut to $IDLE"
  echo "!! $FD_NOTE"
fi

# ---- servers
if [ -f "$SAMPLE_JAR" ]; then
  SOCKWORK_KIND="sample app ($SAMPLE_JAR)"
else
  SOCKWORK_KIND="stand-in io.sockwork.benchmarks.servers.SockworkEchoServer (no sample-app jar yet)"
fi
echo "== sockwork server: $SOCKWORK_KIND"

jar_version() { ls "$BENCH/target/lib" | sed -n "s/^$1-\([0-9][^-]*\)\(-linux-x86_64\)\{0,1\}\.jar$/\1/p" | head -1; }

# The sample app with its other sockets on ephemeral ports, so that nothing else on this machine is in the way.
sample() {
  echo java "$@" --sockwork.tcp.listeners.echo.port=$TCP --sockwork.udp.sockets.udp-echo.port=$UDP \
    --sockwork.tcp.listeners.secure-echo.port=$TLS --sockwork.tcp.listeners.chat.port=0 \
    --sockwork.udp.sockets.telemetry.port=0 --server.port=$HTTP --logging.level.io.sockwork.core.SocketEngine=debug
}

core_server() { # transport threads
  echo java -cp "$CP" io.sockwork.benchmarks.servers.SockworkEchoServer --tcp-port=$TCP --udp-port=$UDP --threads="$2" \
    --transport="$1"
}

server_command() {
  local tcnative
  case "$1" in
    sockwork) if [ -f "$SAMPLE_JAR" ]; then sample -jar "$SAMPLE_JAR"
      else core_server auto 0; fi ;;
    sockwork-[0-9]*t) threads=${1#sockwork-}; echo "$(sample -jar "$SAMPLE_JAR") --sockwork.engine.threads=${threads%t}" ;;
    sockwork-tls-jdk) sample -jar "$SAMPLE_JAR" ;;
    # Spring Boot's PropertiesLauncher adds netty-tcnative from loader.path: TLS then runs on OpenSSL (BoringSSL)
    sockwork-tls-openssl) tcnative=$(jar_version netty-tcnative-classes)
      sample -Dloader.path="$BENCH/target/lib/netty-tcnative-classes-$tcnative.jar,$BENCH/target/lib/netty-tcnative-boringssl-static-$tcnative-linux-x86_64.jar" \
        -cp "$SAMPLE_JAR" org.springframework.boot.loader.launch.PropertiesLauncher ;;
    sockwork-core-*) core_server "${1#sockwork-core-}" 1 ;;
    sockwork-*) echo "$(sample -jar "$SAMPLE_JAR") --sockwork.engine.threads=1 --sockwork.engine.transport=${1#sockwork-}" ;;
    netty-*) echo java -cp "$CP" io.sockwork.benchmarks.servers.NettyEchoServer --tcp-port=$TCP --udp-port=$UDP --threads=1 \
        --transport="${1#netty-}" ;;
    bun) echo "$BUN" run "$BENCH/bun/echo.ts" --tcp-port=$TCP --udp-port=$UDP ;;
    bun-tls) echo "$BUN" run "$BENCH/bun/echo.ts" --tcp-port=$TCP --udp-port=-1 --tls-port=$TLS \
        --cert="$DEMO_TLS/demo-cert.pem" --key="$DEMO_TLS/demo-key.pem" ;;
    spring-integration) echo java -cp "$CP" io.sockwork.benchmarks.servers.SpringIntegrationEchoServer --tcp-port=$TCP --udp-port=$UDP ;;
  esac
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

SERVER_PID=
start_server() {
  if port_open $TCP; then echo "!! port $TCP is already in use on 127.0.0.1" >&2; exit 1; fi
  # setsid: the server leads its own process group, which stop_server kills whole
  setsid $SERVER_CPU $(server_command "$1") > "$OUT/$1.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    # ready once the echo port answers, and the sample app (UDP and TLS bound after TCP) once it says so
    if port_open $TCP && { [[ "$1" != sockwork* || "$1" == sockwork-core-* ]] || grep -q "Started SampleApplication" "$OUT/$1.log" ||
        [ ! -f "$SAMPLE_JAR" ]; } && { [[ "$1" != *tls* ]] || port_open $TLS; }; then
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "!! $1 did not start, see $OUT/$1.log" >&2
  return 1
}

stop_server() {
  kill -- -"$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 -- -"$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 50); do port_open $TCP || break; sleep 0.1; done
}

generate() { # server round workload generator-options...; GEN_WARMUP=N before it overrides the warm-up
  local server=$1 round=$2 workload=$3 warmup=${GEN_WARMUP:-$WARMUP}; shift 3
  timeout $((warmup + SECS + 120)) $LOAD_CPU java -cp "$CP" io.sockwork.benchmarks.load.LoadGenerator \
    --tag.server="$server" --tag.workload="$workload" --tag.round="$round" --warmup="$warmup" --seconds="$SECS" \
    --pid="$SERVER_PID" "$@" | tee -a "$RESULTS" || echo "!! $server $workload failed" >&2
}

# The servers a target compares run next to each other, or with one run between them, so that the machine's drift
# over a round falls on both alike: the default between its single loop and Bun, its other thread counts one run
# away; raw Netty next to the sample and one run from the engine on each transport, and on epoll (the sample's
# transport) one run from Bun, for the report's reference rows. The order rotates by one each round, which parts one
# neighbouring pair per round where the list wraps.
THREAD_ROWS=($(printf 'sockwork-%st\n' $(printf '%s\n' 1 "$CORES" $((2 * CORES)) | sort -nu)))
SERVERS=("${THREAD_ROWS[@]:2}" "${THREAD_ROWS[0]}" sockwork)
[ "$HAVE_BUN" = 1 ] && SERVERS+=(bun)
SERVERS+=("${THREAD_ROWS[@]:1:1}")
for t in epoll nio io_uring; do SERVERS+=("netty-$t" "sockwork-$t" "sockwork-core-$t"); done
SERVERS+=(spring-integration)
TLS_SERVERS=(sockwork-tls-jdk sockwork-tls-openssl)
[ "$HAVE_BUN" = 1 ] && TLS_SERVERS+=(bun-tls)
if [ -n "$ONLY" ]; then # the given servers instead, any sockwork-Nt included
  SERVERS=() TLS_SERVERS=()
  for s in $ONLY; do if [[ "$s" == *tls* ]]; then TLS_SERVERS+=("$s"); else SERVERS+=("$s"); fi; done
fi
# Idle connections on the rows that compare memory: the default, every transport on one loop, Bun; in the first
# round only, since a class histogram's heap total is exact (rounds agreed to a byte or two in every earlier run)
IDLE_SERVERS=" sockwork $(for t in nio epoll io_uring; do printf 'sockwork-%s sockwork-core-%s netty-%s ' $t $t $t; done)bun "

[ "$RUN" = 1 ] || ROUNDS_RUN=0
for round in $(seq 1 "${ROUNDS_RUN:-$ROUNDS}"); do
  # rotate the order each round so that drift on a busy machine falls on every server alike
  if [ ${#SERVERS[@]} -gt 0 ]; then
    shift_by=$(( (round - 1) % ${#SERVERS[@]} ))
    order=("${SERVERS[@]:$shift_by}" "${SERVERS[@]:0:$shift_by}")
  else
    order=()
  fi
  for server in "${order[@]}"; do
    echo "== round $round: $server"
    if [ "$round" = 1 ] && [[ "$IDLE_SERVERS" == *" $server "* ]]; then
      start_server "$server" || continue
      # idle first, on a fresh process, so that nothing earlier inflates the baseline
      generate "$server" "$round" idle-$IDLE --mode=idle --port=$TCP --connections=$IDLE
      # and a fresh process again for the load
      stop_server
    fi
    start_server "$server" || continue
    generate "$server" "$round" tcp-64x16x64B --mode=tcp --port=$TCP --connections=64 --depth=16 --size=64
    generate "$server" "$round" tcp-64x1x64B --mode=tcp --port=$TCP --connections=64 --depth=1 --size=64
    generate "$server" "$round" tcp-16x4x16KiB --mode=tcp --port=$TCP --connections=16 --depth=4 --size=16384
    generate "$server" "$round" udp-16x4x64B --mode=udp --port=$UDP --connections=16 --depth=4 --size=64
    stop_server
  done
  if [ -f "$SAMPLE_JAR" ]; then
    for server in "${TLS_SERVERS[@]}"; do
      echo "== round $round: $server"
      start_server "$server" || continue
      generate "$server" "$round" tls13-16x4x1KiB --mode=tls --port=$TLS --connections=16 --depth=4 --size=1024
      GEN_WARMUP=$HANDSHAKE_WARMUP generate "$server" "$round" tls13-handshakes --mode=tls-handshake --port=$TLS \
        --connections=8
      stop_server
    done
  fi
done

# ---- report
# the executor dispatch section that dispatch.sh wrote stays
DISPATCH_SECTION=$(sed -n '/^<!-- dispatch.sh -->/,/^<!-- \/dispatch.sh -->/p' "$ROOT/BENCHMARKS.md" 2>/dev/null || true)
{
  echo "# Benchmarks"
  echo
  echo "Generated by \`benchmarks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $ROUNDS round(s), ${SECS}s measured after ${WARMUP}s warm-up per run (TLS handshakes after ${HANDSHAKE_WARMUP}s), medians over rounds."
  echo
  echo "## Machine and versions"
  echo
  echo "- CPU: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "- Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); kernel $(uname -r); $FD_NOTE"
  echo "- Java: $(java -version 2>&1 | head -1)"
  echo "- Netty $(jar_version netty-transport), Spring Integration $(jar_version spring-integration-ip), Spring Boot $(jar_version spring-boot), Bun $([ "$HAVE_BUN" = 1 ] && "$BUN" --version || echo 'not installed')"
  echo "- Sockwork server: ${SOCKWORK_KIND//$ROOT\//} at commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "- Event-loop threads: \`sockwork\` is the sample app as a user starts it (default threads and transport); \`sockwork-Nt\` pins N; the \`-nio\`, \`-epoll\`, \`-io_uring\` rows and raw Netty run one event loop on that transport; Bun runs one event loop. The load generator is one NIO thread in its own JVM${SERVER_CPU:+; the server is pinned to CPU 0 and the load generator to CPU 1 (taskset)}"
  echo "- \`sockwork\` ran on: $(sed -n 's/.*Sockwork engine started on \([A-Z_]*\) with \([0-9]*\).*/\1, \2 event loop(s)/p' "$OUT/sockwork.log" 2>/dev/null | head -1) (its log); TLS providers of \`sockwork-tls-jdk\`/\`-openssl\`: $(for t in jdk openssl; do sed -n 's/.*Sockwork TLS uses the \(.*\)/\1/p' "$OUT/sockwork-tls-$t.log" 2>/dev/null | head -1; done | paste -sd/ -)"
  echo
  echo "## Commands"
  echo
  echo '```'
  echo "benchmarks/run.sh --rounds $ROUNDS --seconds $SECS --warmup $WARMUP --handshake-warmup $HANDSHAKE_WARMUP --idle $IDLE${SERVER_CPU:+ --pin}"
  for s in "${SERVERS[@]}" "${TLS_SERVERS[@]}"; do echo "$s: $(server_command "$s" | sed "s|$ROOT/||g")"; done
  echo "java -cp 'benchmarks/target/sockwork-benchmarks.jar:benchmarks/target/lib/*' io.sockwork.benchmarks.load.LoadGenerator --mode=tcp|udp|tls|tls-handshake|idle --pid=SERVER ..."
  echo '```'
  echo
  echo "## Results (medians; rates in messages, datagrams or handshakes per second, latencies in microseconds, cpu_us = the server's CPU time per message in microseconds and user_us its part outside the kernel, memory in bytes per connection)"
  echo
  java -cp "$CP" io.sockwork.benchmarks.report.BenchmarkReport "$RESULTS"
  echo
  echo "## How it measures"
  echo
  echo "- TCP: every connection keeps D messages of S bytes in flight; each message starts with a 4-byte big-endian length"
  echo "  header (so Spring Integration's ByteArrayLengthHeaderSerializer frames it and echoes it unchanged); raw echo"
  echo "  servers ignore framing. The generator checks that the echoed stream equals the sent stream byte for byte;"
  echo "  latency runs from queuing a message to receiving its last byte (HdrHistogram)."
  echo "- UDP: datagrams carry slot and sequence number; one not back within 200 ms counts as lost and is replaced."
  echo "- TLS 1.3: the sample's \`secure-echo\` and Bun's \`Bun.listen\` with \`tls\`, the same demo certificate; echo of"
  echo "  1 KiB messages, 4 in flight on 16 connections; and full handshakes (no resumption): 8 loops of connect,"
  echo "  handshake, close. The client is Netty on the JDK provider, the same for every server. The handshake row warms"
  echo "  up for ${HANDSHAKE_WARMUP}s: at a few hundred handshakes a second the JVM compiles the handshake path for tens of"
  echo "  seconds (after 3 s, the C2 compiler thread was half of the sample's CPU on OpenSSL), and a server runs warm."
  echo "- cpu_us: the server process's user + system CPU time over the measured window (\`/proc/<pid>/stat\`) per"
  echo "  message; other load on the machine disturbs it less than the rate. user_us is the user part alone: on loopback"
  echo "  most of an echo's CPU is the kernel's TCP or UDP stack, the same work for every server, and user_us is what the"
  echo "  server's own code (JVM, Netty, Sockwork, Bun's runtime) costs on top of it."
  echo "- Idle: after a first connection has echoed and closed (what a server makes once is not per connection), every"
  echo "  connection echoes one 5-byte framed message, then sits idle; memory is the server's live heap (the"
  echo "  total of \`jcmd GC.class_histogram\`, which runs a full GC first) and VmRSS once it stops moving (a JVM gives back"
  echo "  the heap a GC shrank over the next few hundred milliseconds), after minus before, divided by the connections"
  echo "  (heap n/a for Bun)."
  if [ -n "$DISPATCH_SECTION" ]; then echo; echo "$DISPATCH_SECTION"; fi
} > "$ROOT/BENCHMARKS.md"
echo "== wrote $ROOT/BENCHMARKS.md"
sed -n '/^## Results/,/^## How/p' "$ROOT/BENCHMARKS.md"
