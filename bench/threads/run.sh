#!/usr/bin/env bash
# Thread benchmark (issue 3): the same program on HotSpot 25 (platform and virtual threads are the
# JDK's), as a Kiln linux executable, and as a Kiln unikernel under QEMU (TCG unless KVM works), in
# one run; prints a Markdown table with ratios to HotSpot.
#
#   bench/threads/run.sh [STARTS] [SWITCHES]      (defaults 2000 and 20000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
export JAVA_HOME
STARTS=${1:-2000}
SWITCHES=${2:-20000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

"$JAVA_HOME/bin/javac" -d "$TMP/classes" bench/threads/prog/Main.java
./kiln build bench/threads/prog -o "$TMP/bench-linux" --target linux >/dev/null
./kiln build bench/threads/prog -o "$TMP/bench.elf" >/dev/null

"$JAVA_HOME/bin/java" -cp "$TMP/classes" Main "$STARTS" "$SWITCHES" >"$TMP/hotspot.txt"
"$TMP/bench-linux" "$STARTS" "$SWITCHES" >"$TMP/linux.txt"
./kiln run "$TMP/bench.elf" --timeout 600 -- "$STARTS" "$SWITCHES" >"$TMP/kvm.txt" 2>"$TMP/kvm.err"
accel=$(grep -o '(KVM)\|(TCG)' "$TMP/kvm.err" | head -1 | tr -d '()')

value() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "| operation (ns each) | HotSpot 25 | Kiln linux | ratio | Kiln unikernel ($accel) | ratio |"
echo "|---|---:|---:|---:|---:|---:|"
for k in platform-start-join virtual-start-join monitor-switch queue-switch; do
    h=$(value $k "$TMP/hotspot.txt"); l=$(value $k "$TMP/linux.txt"); q=$(value $k "$TMP/kvm.txt")
    echo "| $k | $h | $l | $(ratio "$l" "$h") | $q | $(ratio "$q" "$h") |"
done
