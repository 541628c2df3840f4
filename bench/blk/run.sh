#!/usr/bin/env bash
# virtio-blk benchmark (issue 3): sequential write (+ flush) and read of MIB MiB by a Kiln unikernel
# through kiln.virtio.VirtioBlk (8 requests of 16 KiB in flight; sleeping on the interrupt, and
# polling), against host dd on the same backing file (bs=1M; through the page cache, and with
# O_DIRECT), in one run; prints a Markdown table in MB/s (10^6 bytes/s) with ratios to dd.
#
#   bench/blk/run.sh [MIB]      (default 64)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -1)}
export JAVA_HOME
MIB=${1:-64}
TMP=$(mktemp -d "${TMPDIR:-/var/tmp}/kiln-blk-bench.XXXXXX") # not tmpfs: O_DIRECT needs a real file system
trap 'rm -rf "$TMP"' EXIT
DISK="$TMP/disk.img"
truncate -s $((MIB + 1))M "$DISK"

./kiln build bench/blk/prog -o "$TMP/blk.elf" >/dev/null

# MB/s of a dd run: bytes over wall time (dd's own figure rounds and varies in units).
mbps() { # mbps COMMAND...
    local t0 t1
    t0=$(date +%s%N)
    "$@" status=none
    t1=$(date +%s%N)
    echo $((MIB * 1048576 * 1000 / (t1 - t0)))
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

dd_write=$(mbps dd if=/dev/zero of="$DISK" bs=1M count="$MIB" conv=notrunc,fdatasync)
dd_write_direct=$(mbps dd if=/dev/zero of="$DISK" bs=1M count="$MIB" conv=notrunc oflag=direct)
dd_read=$(mbps dd if="$DISK" of=/dev/null bs=1M count="$MIB")
dd_read_direct=$(mbps dd if="$DISK" of=/dev/null bs=1M count="$MIB" iflag=direct)

for mode in irq poll; do
    ./kiln run "$TMP/blk.elf" --disk "$DISK" --timeout 600 -- "$MIB" "$mode" >"$TMP/$mode.txt" 2>"$TMP/$mode.err" \
        || { cat "$TMP/$mode.txt" "$TMP/$mode.err"; exit 1; }
done
accel=$(grep -o '(KVM)\|(TCG)' "$TMP/irq.err" | head -1 | tr -d '()')
value() { awk -v k="$1" '$1 == k {print $2}' "$2"; }

echo "| $MIB MiB sequential (MB/s) | host dd, page cache | host dd, O_DIRECT | Kiln ($accel), interrupt | ratio to dd / O_DIRECT | Kiln ($accel), polled | ratio to dd / O_DIRECT |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for op in write read; do
    if [ $op = write ]; then h=$dd_write; d=$dd_write_direct; else h=$dd_read; d=$dd_read_direct; fi
    i=$(value $op-MBps "$TMP/irq.txt"); p=$(value $op-MBps "$TMP/poll.txt")
    echo "| $op | $h | $d | $i | $(ratio "$i" "$h") / $(ratio "$i" "$d") | $p | $(ratio "$p" "$h") / $(ratio "$p" "$d") |"
done
echo
echo "interrupt wakeups in the interrupt run: $(value interrupt-wakeups "$TMP/irq.txt"); write includes the flush (dd: conv=fdatasync)"
