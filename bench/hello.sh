#!/usr/bin/env bash
# Benchmark for examples/hello (issue 2): the Kiln unikernel beside HotSpot 25, in one run.
#
#   bench/hello.sh [RUNS]        (default 10 runs per timing; prints a Markdown table)
#
# Figures: image bytes; `kiln build` wall time with a warm toolchain; boot-to-exit wall time of
# `kiln run` (TCG, and KVM when it works here) and of the bare QEMU command it starts; guest time
# from the image's first instruction to main (TSC, boot property kiln.boot.report=1); HotSpot's
# `java Hello` wall time; the size of a jlink'd runtime holding only java.base.
set -euo pipefail
RUNS=${1:-10}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
export JAVA_HOME
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { date +%s%N; }
# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns/1e6}'; }

./kiln build examples/hello -o "$TMP/hello.elf" >/dev/null    # builds the toolchain if needed
image_bytes=$(stat -c %s "$TMP/hello.elf")

build_ns=$(for i in $(seq 5); do s=$(now); ./kiln build examples/hello -o "$TMP/hello.elf" >/dev/null; echo $(( $(now) - s )); done | median)

run_ns() { # accel
    for i in $(seq "$RUNS"); do s=$(now); ./kiln run "$TMP/hello.elf" --accel "$1" -- world >/dev/null 2>&1; echo $(( $(now) - s )); done | median
}
qemu_ns() { # accel: the QEMU command kiln run starts (docs/boot.md), without the kiln JVM
    for i in $(seq "$RUNS"); do
        s=$(now)
        qemu-system-x86_64 -M microvm,auto-kernel-cmdline=off,rtc=on,pit=on -accel "$1" -m 64M -nodefaults \
            -no-user-config -nographic -no-reboot \
            -chardev stdio,id=com1 -device isa-serial,iobase=0x3f8,irq=4,chardev=com1 \
            -chardev file,id=com2,path=/dev/null -device isa-serial,iobase=0x2f8,irq=3,chardev=com2 \
            -chardev file,id=com3,path="$TMP/ctl" -device isa-serial,iobase=0x3e8,irq=6,chardev=com3 \
            -device isa-debug-exit,iobase=0xf4,iosize=4 -kernel "$TMP/hello.elf" -append "-- world" \
            >/dev/null 2>&1 </dev/null || true
        echo $(( $(now) - s ))
    done | median
}
tcg_run=$(run_ns tcg)
tcg_qemu=$(qemu_ns tcg)
if ./kiln run "$TMP/hello.elf" --accel kvm -- world >/dev/null 2>"$TMP/kvm.err"; then
    kvm_run="$(ms "$(run_ns kvm)") ms"
    kvm_qemu="$(ms "$(qemu_ns kvm)") ms"
else
    kvm_run="unavailable ($(grep "kiln: " "$TMP/kvm.err" | tail -1 | cut -c1-100))"
    kvm_qemu="unavailable"
fi
boot_us=$(for i in $(seq "$RUNS"); do
    ./kiln run "$TMP/hello.elf" --accel tcg -D kiln.boot.report=1 -- world 2>&1 >/dev/null \
        | sed -n 's/.*first instruction to main in \([0-9]*\) us.*/\1/p'
done | median)

mkdir -p "$TMP/hs"
"$JAVA_HOME/bin/javac" -d "$TMP/hs" examples/hello/Hello.java
hs_ns=$(for i in $(seq "$RUNS"); do s=$(now); "$JAVA_HOME/bin/java" -cp "$TMP/hs" Hello world >/dev/null; echo $(( $(now) - s )); done | median)
"$JAVA_HOME/bin/jlink" --add-modules java.base --strip-debug --no-man-pages --no-header-files \
    --compress=zip-9 --output "$TMP/jre" >/dev/null
jlink_bytes=$(du -sb "$TMP/jre" | cut -f1)

cat <<TABLE
| measure | Kiln | HotSpot 25 | ratio |
|---|---|---|---|
| image / runtime size | $image_bytes B ($(( image_bytes / 1024 )) KiB) | jlink java.base: $jlink_bytes B ($(( jlink_bytes / 1024 / 1024 )) MiB) | $(awk -v a="$image_bytes" -v b="$jlink_bytes" 'BEGIN{printf "%.4f", a/b}') |
| \`kiln build\` wall, warm (median of 5) | $(ms "$build_ns") ms | | |
| \`kiln run\` boot-to-exit wall, TCG (median of $RUNS) | $(ms "$tcg_run") ms | \`java Hello\`: $(ms "$hs_ns") ms | $(awk -v a="$tcg_run" -v b="$hs_ns" 'BEGIN{printf "%.2f", a/b}') |
| bare QEMU boot-to-exit wall, TCG (median of $RUNS) | $(ms "$tcg_qemu") ms | \`java Hello\`: $(ms "$hs_ns") ms | $(awk -v a="$tcg_qemu" -v b="$hs_ns" 'BEGIN{printf "%.2f", a/b}') |
| \`kiln run\` boot-to-exit wall, KVM | $kvm_run | | |
| bare QEMU boot-to-exit wall, KVM | $kvm_qemu | | |
| guest: first instruction to main, TCG (median of $RUNS) | $boot_us µs | | |
TABLE
