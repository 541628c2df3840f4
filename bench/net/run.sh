#!/usr/bin/env bash
# Network benchmark (issue 4): examples/hello-http on HotSpot 25 and as a Kiln unikernel (QEMU, TCG),
# in one run; prints Markdown tables with ratios Kiln / HotSpot.
#
#   bench/net/run.sh [LAUNCHES] [WRK_SECONDS] [PLOT.png]     (defaults 10, 10, no plot)
#
# 1. launch to first HTTP 200 (median of LAUNCHES): `java -cp DIR Main PORT`; `kiln run`; the QEMU
#    command kiln run starts, replayed without the kiln JVM; guest-internal boot and network times.
# 2. wrk -t1 -c8 (keep-alive, 17-byte body): HotSpot on loopback, Kiln via QEMU user-mode networking,
#    Kiln via a tap device in a network namespace (root; wrk runs inside the namespace).
# 3. TCP bulk echo (tests/guest/net_echo, port 7): user-mode and tap, HotSpot's own loopback echo as
#    the reference (in the namespace, where it may bind port 7).
# 4. the smallest guest memory (QEMU -m) that serves 10 000 requests, beside HotSpot's peak RSS.
#
# Every process started here is stopped by PID on exit; ports are chosen free at run time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
LAUNCHES=${1:-10}
WRK_SECONDS=${2:-10}
PLOT=${3:-}
APP=${NET_BENCH_APP:-examples/hello-http}  # any HTTP server taking its port as first argument
REQUESTS=10000
ECHO_BYTES=20000000
MEM_SIZES="4 6 8 12 16 24 32 48 64"
GUEST_IP=192.168.77.2
TMP=$(mktemp -d /tmp/kiln-bench-net.XXXXXX)
PIDS=()
NS=""

cleanup() {
    local p c
    for p in "${PIDS[@]}"; do
        # kiln run stops its QEMU itself on SIGTERM; its children are stopped too in case it cannot.
        for c in $(pgrep -P "$p" 2>/dev/null); do kill "$c" 2>/dev/null || true; done
        kill "$p" 2>/dev/null || true
    done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    if [[ -n $NS ]]; then ip netns del "$NS" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf 'bench/net: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else printf "%.0f\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {n = "^[0-9]+([.][0-9]+)?$"; if (a !~ n || b !~ n || b == 0) print "n/a"; else printf "%.2f", a / b}'; }
ms() { awk -v ns="$1" 'BEGIN {printf "%.0f", ns / 1e6}'; }
netbench() { "$JAVA" -cp "$TMP/cls" NetBench "$@"; }

# Starts a command in the background, remembered for cleanup; its PID goes to the variable named $1.
start_bg() {
    local var=$1 log=$2
    shift 2
    "$@" >"$log" 2>&1 </dev/null &
    PIDS+=($!)
    printf -v "$var" '%s' "$!"
}
# Stops one background process (and its children) by PID.
stop_bg() {
    local c
    for c in $(pgrep -P "$1" 2>/dev/null); do kill "$c" 2>/dev/null || true; done
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
# Waits until URL answers 200 (run through the optional prefix, e.g. ip netns exec NS) while PID lives.
wait_http() { # PID URL [prefix...]
    local pid=$1 url=$2
    shift 2
    for _ in $(seq 1200); do
        kill -0 "$pid" 2>/dev/null || return 1
        if "$@" curl -fsS -m 10 -o /dev/null "$url" 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    return 1
}

command -v qemu-system-x86_64 >/dev/null || die "qemu-system-x86_64 is missing (apt-get install -y qemu-system-x86)"
command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"
HAVE_WRK=1; command -v wrk >/dev/null || { HAVE_WRK=0; say "wrk is missing (apt-get install -y wrk): the throughput table is skipped"; }
HAVE_NS=0
if [[ $(id -u) -ne 0 ]]; then
    say "not root: the tap (network namespace) rows and HotSpot's echo reference are skipped"
elif ! command -v ip >/dev/null; then
    say "iproute2 is missing (apt-get install -y iproute2): the tap rows are skipped"
else
    NS="kiln-bench-net-$$"
    if ip netns add "$NS" 2>/dev/null && ip netns exec "$NS" ip tuntap add dev tap0 mode tap 2>/dev/null \
        && ip netns exec "$NS" ip addr add 192.168.77.1/24 dev tap0 && ip netns exec "$NS" ip link set tap0 up \
        && ip netns exec "$NS" ip link set lo up; then
        HAVE_NS=1
    else
        say "cannot create a network namespace with a tap device here: the tap rows are skipped"
    fi
fi
IN_NS=(ip netns exec "$NS")

# ---- build ----
say "building (javac, kiln build)"
mkdir -p "$TMP/cls" "$TMP/hs" "$TMP/hs-echo"
"$JAVA_HOME/bin/javac" -d "$TMP/cls" bench/net/NetBench.java tests/src/test/java/kiln/tests/net/EchoClient.java
"$JAVA_HOME/bin/javac" -d "$TMP/hs" "$APP"/*.java
"$JAVA_HOME/bin/javac" -d "$TMP/hs-echo" tests/guest/net_echo/Main.java
./kiln build "$APP" -o "$TMP/app.elf" >/dev/null
./kiln build tests/guest/net_echo -o "$TMP/echo.elf" >/dev/null
NET_FWD='user:hostfwd=tcp:127.0.0.1:{PORT}-:8080'

# ---- the QEMU command kiln run uses, through its KILN_QEMU hook ----
REAL_QEMU=$(command -v qemu-system-x86_64)
printf '#!/bin/sh\nprintf "%%s\\0" "$@" >"%s"\nexec "%s" "$@"\n' "$TMP/qemu-args" "$REAL_QEMU" >"$TMP/qemu-wrap"
chmod +x "$TMP/qemu-wrap"
KILN_QEMU="$TMP/qemu-wrap" netbench first 120 "$TMP/warm.log" ./kiln run "$TMP/app.elf" --accel tcg \
    --net "$NET_FWD" -- 8080 >/dev/null || die "the unikernel did not answer (log: $(cat "$TMP/warm.log"))"
# Replayed without kiln run: its Unix-socket consoles become files (the guest only writes them:
# COM1 stdout, COM2 stderr, COM3 the exit status), the forwarded host port a fresh one per launch.
mapfile -d '' CAPTURED <"$TMP/qemu-args"
QEMU=("$REAL_QEMU")
for a in "${CAPTURED[@]}"; do
    case $a in
        socket,id=com*) id=${a#socket,id=}; id=${id%%,*}; a="file,id=$id,path=$TMP/$id.out" ;;
        *hostfwd=*) a=$(sed -E 's/(hostfwd=tcp:127\.0\.0\.1:)[0-9]+-/\1{PORT}-/' <<<"$a") ;;
    esac
    QEMU+=("$a")
done
[[ ${QEMU[-2]} == -append ]] || die "unexpected QEMU command line from kiln run: ${CAPTURED[*]}"
# QEMU with another guest memory size (-m) and kernel command line (-append).
qemu_with() { # MEM APPEND
    local out=() i
    for ((i = 0; i < ${#QEMU[@]}; i++)); do
        if [[ ${QEMU[i]} == -m ]]; then out+=(-m "$1"); i=$((i + 1));
        elif [[ ${QEMU[i]} == -append ]]; then out+=(-append "$2"); i=$((i + 1));
        else out+=("${QEMU[i]}"); fi
    done
    printf '%s\0' "${out[@]}"
}
MEM_DEFAULT=""
for ((i = 0; i < ${#QEMU[@]} - 1; i++)); do
    if [[ ${QEMU[i]} == -m ]]; then MEM_DEFAULT=${QEMU[i + 1]}; fi
done

# ---- 1. launch to first response ----
first_ns() { # command...: prints the median over LAUNCHES launches
    local i
    : >"$TMP/first.ns"
    for i in $(seq "$LAUNCHES"); do
        netbench first 120 "$TMP/first.log" "$@" >>"$TMP/first.ns" || die "no first response from $1 (log: $(cat "$TMP/first.log"))"
    done
    median <"$TMP/first.ns"
}
say "first response: HotSpot"
hs_first=$(first_ns "$JAVA" -cp "$TMP/hs" Main '{PORT}')
say "first response: kiln run"
kr_first=$(first_ns ./kiln run "$TMP/app.elf" --accel tcg --net "$NET_FWD" -- 8080)
say "first response: QEMU directly"
mapfile -d '' Q < <(qemu_with "$MEM_DEFAULT" "-- 8080")
qd_first=$(first_ns "${Q[@]}")
say "first response: QEMU directly, static address (no DHCP)"
mapfile -d '' Q < <(qemu_with "$MEM_DEFAULT" "net.ip=10.0.2.15/24 net.gw=10.0.2.2 -- 8080")
qs_first=$(first_ns "${Q[@]}")
say "guest-internal boot and network configuration times"
mapfile -d '' Q < <(qemu_with "$MEM_DEFAULT" "kiln.boot.report=1 kiln.net.report=1 -- 8080")
for i in $(seq "$LAUNCHES"); do
    netbench first 120 "$TMP/first.log" "${Q[@]}" >/dev/null || die "no first response with reports"
    b=$(sed -n 's/.*first instruction to main in \([0-9]*\) us.*/\1/p' "$TMP/com2.out")
    n=$(sed -n 's/.*(DHCP, \([0-9]*\) us).*/\1/p' "$TMP/com2.out")
    echo "$b $n"
done >"$TMP/reports"
boot_us=$(awk '{print $1}' "$TMP/reports" | median)
dhcp_us=$(awk '{print $2}' "$TMP/reports" | median)
net_mode=$(sed -n 's/.*), \(interrupt-driven\|polled every 1 ms\)$/\1/p' "$TMP/com2.out")

# ---- 2. requests per second (wrk) ----
WRK_ROWS=""
RPS=""
wrk_row() { # label path wrk-output: appends a table row, sets RPS
    local f=$3 p50 p90 p99 non2xx errs
    RPS=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")
    p50=$(awk '$1 == "50%" {print $2}' "$f"); p90=$(awk '$1 == "90%" {print $2}' "$f"); p99=$(awk '$1 == "99%" {print $2}' "$f")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$f"); non2xx=${non2xx:-0}
    errs=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$f"); errs=${errs:-none}
    WRK_ROWS+="| $1 | $2 | $RPS | $(ratio "$RPS" "${hs_rps:-$RPS}") | $p50 | $p90 | $p99 | $non2xx | $errs |"$'\n'
}
run_wrk() { # out-file url [prefix...]: a warm-up (JIT / TCG translation), then the measured run
    local f=$1 url=$2
    shift 2
    "$@" wrk -t1 -c8 -d3s "$url" >/dev/null
    "$@" wrk -t1 -c8 -d"${WRK_SECONDS}s" --latency "$url" >"$f"
}
hs_rps=""; ku_rps="n/a"; kt_rps="n/a"
if [[ $HAVE_WRK == 1 ]]; then
    say "wrk: HotSpot on loopback"
    port=$(netbench freeport)
    start_bg pid "$TMP/hs.log" "$JAVA" -cp "$TMP/hs" Main "$port"
    wait_http "$pid" "http://127.0.0.1:$port/" || die "HotSpot server did not answer: $(cat "$TMP/hs.log")"
    run_wrk "$TMP/wrk-hs" "http://127.0.0.1:$port/"
    wrk_row "HotSpot 25" "host loopback" "$TMP/wrk-hs"
    hs_rps=$RPS
    stop_bg "$pid"

    say "wrk: Kiln via user-mode networking"
    port=$(netbench freeport)
    start_bg pid "$TMP/ku.log" ./kiln run "$TMP/app.elf" --accel tcg --net "user:hostfwd=tcp:127.0.0.1:$port-:8080" -- 8080
    wait_http "$pid" "http://127.0.0.1:$port/" || die "unikernel did not answer: $(cat "$TMP/ku.log")"
    run_wrk "$TMP/wrk-ku" "http://127.0.0.1:$port/"
    wrk_row "Kiln (TCG)" "QEMU user-mode network, host port forward" "$TMP/wrk-ku"
    ku_rps=$RPS
    stop_bg "$pid"

    if [[ $HAVE_NS == 1 ]]; then
        say "wrk: Kiln via tap in a network namespace"
        start_bg pid "$TMP/kt.log" "${IN_NS[@]}" ./kiln run "$TMP/app.elf" --accel tcg --net tap:tap0 \
            -D "net.ip=$GUEST_IP/24" -- 8080
        wait_http "$pid" "http://$GUEST_IP:8080/" "${IN_NS[@]}" || die "unikernel did not answer on the tap: $(cat "$TMP/kt.log")"
        run_wrk "$TMP/wrk-kt" "http://$GUEST_IP:8080/" "${IN_NS[@]}"
        wrk_row "Kiln (TCG)" "tap device, wrk inside the namespace" "$TMP/wrk-kt"
        kt_rps=$RPS
        stop_bg "$pid"
    fi
fi

# ---- 3. TCP bulk echo ----
echo_mbs() { # host port [prefix...]: MB/s each way, from EchoClient's result line
    local host=$1 port=$2 line
    shift 2
    line=$("$@" "$JAVA" -cp "$TMP/cls" kiln.tests.net.EchoClient "$host" "$port" "$ECHO_BYTES")
    [[ $line == "$ECHO_BYTES bytes sent, $ECHO_BYTES back, crc match"* ]] || die "echo failed: $line"
    sed -n 's/.*(\([0-9.]*\) MB\/s each way).*/\1/p' <<<"$line"
}
hs_echo="n/a"; ku_echo="n/a"; kt_echo="n/a"
if [[ $HAVE_NS == 1 ]]; then
    say "echo: HotSpot on the namespace's loopback"
    start_bg pid "$TMP/hs-echo.log" "${IN_NS[@]}" "$JAVA" -cp "$TMP/hs-echo" Main
    wait_http "$pid" "http://127.0.0.1:8080/" "${IN_NS[@]}" || die "HotSpot echo server did not start: $(cat "$TMP/hs-echo.log")"
    hs_echo=$(echo_mbs 127.0.0.1 7 "${IN_NS[@]}")
    stop_bg "$pid"
fi
say "echo: Kiln via user-mode networking"
eport=$(netbench freeport); hport=$(netbench freeport)
start_bg pid "$TMP/ke.log" ./kiln run "$TMP/echo.elf" --accel tcg \
    --net "user:hostfwd=tcp:127.0.0.1:$hport-:8080,hostfwd=tcp:127.0.0.1:$eport-:7"
wait_http "$pid" "http://127.0.0.1:$hport/" || die "echo unikernel did not answer: $(cat "$TMP/ke.log")"
ku_echo=$(echo_mbs 127.0.0.1 "$eport")
stop_bg "$pid"
if [[ $HAVE_NS == 1 ]]; then
    say "echo: Kiln via tap"
    start_bg pid "$TMP/kte.log" "${IN_NS[@]}" ./kiln run "$TMP/echo.elf" --accel tcg --net tap:tap0 -D "net.ip=$GUEST_IP/24"
    wait_http "$pid" "http://$GUEST_IP:8080/" "${IN_NS[@]}" || die "echo unikernel did not answer on the tap: $(cat "$TMP/kte.log")"
    kt_echo=$(echo_mbs "$GUEST_IP" 7 "${IN_NS[@]}")
    stop_bg "$pid"
fi

# ---- 4. memory ----
# HotSpot's peak resident set after REQUESTS requests (default heap settings).
say "memory: HotSpot peak RSS after $REQUESTS requests"
port=$(netbench freeport)
start_bg pid "$TMP/hs-mem.log" "$JAVA" -cp "$TMP/hs" Main "$port"
wait_http "$pid" "http://127.0.0.1:$port/" || die "HotSpot server did not answer: $(cat "$TMP/hs-mem.log")"
hs_load=$(netbench load 127.0.0.1 "$port" "$REQUESTS" 8)
hs_hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
stop_bg "$pid"
# The unikernel: the replayed QEMU command with another -m (the same as kiln run --mem), smallest first.
MEM_ROWS=""
kiln_min_mem="none of $MEM_SIZES"
for m in $MEM_SIZES; do
    say "memory: unikernel with -m ${m}M"
    port=$(netbench freeport)
    mapfile -d '' Q < <(qemu_with "${m}M" "-- 8080")
    Q=("${Q[@]/\{PORT\}/$port}")
    start_bg pid "$TMP/mem.log" "${Q[@]}"
    if wait_http "$pid" "http://127.0.0.1:$port/"; then
        load=$(netbench load 127.0.0.1 "$port" "$REQUESTS" 8)
        # Served means: every request answered 2xx, no error in the guest (an OutOfMemoryError in a
        # thread of the server is printed and may not show in the answers), and a new connection
        # is still accepted afterwards.
        after=no; curl -fsS -m 10 -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && after=yes
        stop_bg "$pid"
        oom=$(grep -o 'Exception in thread "[^"]*" [A-Za-z.]*' "$TMP/com2.out" | sort -u | tr '\n' ';' || true)
        MEM_ROWS+="| ${m} MiB | $load; new connection afterwards: $after; guest errors: ${oom:-none} |"$'\n'
        if [[ $load == "ok=$REQUESTS bad=0 errors=0 "* && $after == yes && -z $oom ]]; then
            kiln_min_mem="$m MiB"
            break
        fi
    else
        stop_bg "$pid"
        why=$(cat "$TMP/com1.out" "$TMP/com2.out" "$TMP/mem.log" 2>/dev/null | grep -v '^$' | head -3 | tr "\n" " " | cut -c1-160 || true)
        MEM_ROWS+="| ${m} MiB | no answer; guest said: ${why:-nothing} (exit line: $(tr '\n' ' ' <"$TMP/com3.out" 2>/dev/null)) |"$'\n'
    fi
done

# ---- summary ----
accel="TCG"
cat <<TABLE

Machine: $(nproc) CPUs ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average at the end $(cut -d' ' -f1-3 /proc/loadavg),
$("$REAL_QEMU" --version | head -1), $("$JAVA" -version 2>&1 | head -1); guest accelerator: $accel.

### First HTTP 200 after launch (median of $LAUNCHES)

| launcher | ms | ratio to HotSpot |
|---|---:|---:|
| HotSpot 25: \`java -cp DIR Main PORT\` | $(ms "$hs_first") | 1.00 |
| Kiln: \`kiln run IMAGE --net user:hostfwd=...\` | $(ms "$kr_first") | $(ratio "$kr_first" "$hs_first") |
| Kiln: the same QEMU command, without the kiln JVM | $(ms "$qd_first") | $(ratio "$qd_first" "$hs_first") |
| Kiln: QEMU directly, static address (\`net.ip\`, no DHCP) | $(ms "$qs_first") | $(ratio "$qs_first" "$hs_first") |

Guest-internal (medians): first instruction to main $(awk -v u="$boot_us" 'BEGIN {printf "%.1f", u / 1000}') ms;
network configuration by DHCP $(awk -v u="$dhcp_us" 'BEGIN {printf "%.1f", u / 1000}') ms ($net_mode).

### Requests/s, wrk -t1 -c8 -d${WRK_SECONDS}s --latency (keep-alive, GET /, 17-byte body)

| server | path | requests/s | ratio | p50 | p90 | p99 | non-2xx | socket errors |
|---|---|---:|---:|---:|---:|---:|---:|---|
${WRK_ROWS:-| (skipped: wrk is not installed) | | | | | | | | |
}
### TCP bulk echo, $ECHO_BYTES bytes each way at once (MB/s each way)

| peer | MB/s | ratio to HotSpot |
|---|---:|---:|
| HotSpot 25 (net_echo on the JDK), loopback | $hs_echo | 1.00 |
| Kiln (TCG), QEMU user-mode network | $ku_echo | $(ratio "$ku_echo" "$hs_echo") |
| Kiln (TCG), tap device | $kt_echo | $(ratio "$kt_echo" "$hs_echo") |

### Memory to serve $REQUESTS requests (8 keep-alive connections)

HotSpot 25 peak RSS (VmHWM): $((hs_hwm_kb / 1024)) MiB ($hs_load).
Smallest unikernel memory (QEMU -m) that served all: $kiln_min_mem; ratio $(ratio "${kiln_min_mem%% *}" "$(awk -v k="$hs_hwm_kb" 'BEGIN {print k / 1024}')").

| -m | outcome |
|---|---|
${MEM_ROWS}
TABLE

# ---- plot ----
if [[ -n $PLOT ]]; then
    if command -v gnuplot >/dev/null; then
        cat >"$TMP/plot.dat" <<DATA
"HotSpot 25" $(ms "$hs_first")
"kiln run" $(ms "$kr_first")
"QEMU direct" $(ms "$qd_first")
"QEMU, static IP" $(ms "$qs_first")
DATA
        gnuplot <<GP
set terminal pngcairo size 720,400 font "sans,10"
set output "$PLOT"
set title "examples/hello-http: launch to first HTTP 200 (median of $LAUNCHES, TCG)"
set ylabel "ms"
set style fill solid 0.7
set boxwidth 0.6
set yrange [0:*]
set grid ytics
unset key
plot "$TMP/plot.dat" using 0:2:xtic(1) with boxes lc rgb "#4a7bb7", "" using 0:2:2 with labels offset 0,0.8
GP
        say "plot written to $PLOT"
    else
        say "gnuplot is missing (apt-get install -y gnuplot-nox): no plot"
    fi
fi
