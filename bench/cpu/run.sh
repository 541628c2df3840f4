#!/usr/bin/env bash
# CPU benchmarks (issue 5): six plain Java programs on HotSpot 25 and as Kiln linux executables, in
# one run; prints a Markdown table with two ratios per program (Kiln / HotSpot, lower is better).
#
#   bench/cpu/run.sh [RUNS] [WARMUP] [ITERATIONS]     (defaults 5, 5 and 10)
#
# For each program (bench/cpu/NAME.java, built together with Harness.java):
#  * the fixed workload must print the same checksum on both, or the script fails;
#  * whole-process wall time of that workload: median of RUNS runs, Kiln and HotSpot alternating
#    so that load from other jobs on the machine hits both alike;
#  * steady state: `NAME steady WARMUP ITERATIONS` in one process, the median ns per iteration
#    after WARMUP iterations (HotSpot has JIT-compiled the hot code by then); checksums compared too.
set -euo pipefail
RUNS=${1:-5}
WARMUP=${2:-5}
ITERS=${3:-10}
PROGRAMS=(NBody SpectralNorm Fannkuch BinaryTrees WordCount StringBuild)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { date +%s%N; }
# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns/1e6}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# compare two output files; stop the whole benchmark if they differ
same() { # name what hotspot-file kiln-file
    if ! cmp -s "$3" "$4"; then
        echo "bench/cpu: $1 ($2): Kiln's output differs from HotSpot's" >&2
        diff "$3" "$4" >&2 || true
        exit 1
    fi
}

"$JAVA_HOME/bin/javac" -d "$TMP/classes" bench/cpu/*.java
for p in "${PROGRAMS[@]}"; do
    mkdir -p "$TMP/src/$p"
    cp "bench/cpu/$p.java" bench/cpu/Harness.java "$TMP/src/$p/"
    ./kiln build "$TMP/src/$p" --main "$p" -o "$TMP/$p" --target linux >/dev/null
done

echo "| program | wall HotSpot (ms) | wall Kiln (ms) | ratio | steady HotSpot (ms/iter) | steady Kiln (ms/iter) | ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for p in "${PROGRAMS[@]}"; do
    hs=(); kl=()
    for i in $(seq "$RUNS"); do
        s=$(now); "$JAVA" -cp "$TMP/classes" "$p" >"$TMP/$p.hs.out"; hs+=($(( $(now) - s )))
        s=$(now); "$TMP/$p" >"$TMP/$p.kiln.out"; kl+=($(( $(now) - s )))
        same "$p" "fixed workload" "$TMP/$p.hs.out" "$TMP/$p.kiln.out"
    done
    hs_wall=$(printf '%s\n' "${hs[@]}" | median)
    kl_wall=$(printf '%s\n' "${kl[@]}" | median)
    "$JAVA" -cp "$TMP/classes" "$p" steady "$WARMUP" "$ITERS" >"$TMP/$p.hs.steady"
    "$TMP/$p" steady "$WARMUP" "$ITERS" >"$TMP/$p.kiln.steady"
    same "$p" "steady checksum" <(grep checksum "$TMP/$p.hs.steady") <(grep checksum "$TMP/$p.kiln.steady")
    hs_it=$(awk '$1 == "ns/iter" {print $2}' "$TMP/$p.hs.steady")
    kl_it=$(awk '$1 == "ns/iter" {print $2}' "$TMP/$p.kiln.steady")
    echo "| $p | $(ms "$hs_wall") | $(ms "$kl_wall") | $(ratio "$kl_wall" "$hs_wall") |" \
        "$(ms "$hs_it") | $(ms "$kl_it") | $(ratio "$kl_it" "$hs_it") |"
done
