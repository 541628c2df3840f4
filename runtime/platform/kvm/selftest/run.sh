#!/bin/bash
# Builds the kvm platform self-test image and boots it under QEMU, checking console output, the
# exit protocol (statuses 0 1 7 200 255) and crash reports. Usage:
#   runtime/platform/kvm/selftest/run.sh            # TCG
#   KILN_ACCEL=kvm runtime/platform/kvm/selftest/run.sh
#   KILN_SELFTEST_OUT=DIR runtime/platform/kvm/selftest/run.sh --build-only   # just DIR/selftest.elf
# Prints the image size, the boot time to kiln_rt_main and the wall time of each boot.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
out=${KILN_SELFTEST_OUT:-$(mktemp -d /tmp/kiln-kvm-selftest.XXXXXX)}
accel=${KILN_ACCEL:-tcg}
mkdir -p "$out/obj"

CFLAGS="-std=gnu11 -O2 -g -fwrapv -fno-strict-aliasing -ffp-contract=off -fno-delete-null-pointer-checks
 -fno-omit-frame-pointer -fno-asynchronous-unwind-tables -I$root/runtime/include
 -ffreestanding -fno-pic -fno-pie -mno-red-zone -fno-stack-protector -mcmodel=small -Wall -Wextra -Werror"
for src in "$root"/runtime/platform/kvm/*.c "$root"/runtime/platform/kvm/*.S "$here/selftest.c"; do
    gcc $CFLAGS -c "$src" -o "$out/obj/$(basename "$src").o" || { echo "FAIL: compile $src"; exit 1; }
done
gcc -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-T,"$root/runtime/platform/kvm/kvm.ld" \
    "$out"/obj/*.o -lgcc -o "$out/selftest.elf" || { echo "FAIL: link"; exit 1; }
echo "image: $out/selftest.elf, $(stat -c %s "$out/selftest.elf") bytes on disk;" \
    "$(size "$out/selftest.elf" | awk 'NR==2 {print "text " $1 ", data " $2 ", bss " $3}')"
[ "${1:-}" = --build-only ] && exit 0

case $accel in
    kvm) accel_args=(-accel kvm -cpu host) ;;
    *) accel_args=(-accel tcg -cpu max) ;;
esac

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# boot NAME APPEND: boots the image; leaves $out/NAME.{out,err,ctl}, $status and $qemu_rc.
boot() {
    local name=$1 append=$2 t0 t1
    rm -f "$out/$name".*
    t0=$(date +%s%N)
    timeout 60 qemu-system-x86_64 -M microvm,auto-kernel-cmdline=off,rtc=on,pit=on "${accel_args[@]}" \
        -nodefaults -no-user-config -nographic -no-reboot -m 64M \
        -chardev file,id=com1,path="$out/$name.out" -device isa-serial,iobase=0x3f8,irq=4,chardev=com1 \
        -chardev file,id=com2,path="$out/$name.err" -device isa-serial,iobase=0x2f8,irq=3,chardev=com2 \
        -chardev file,id=com3,path="$out/$name.ctl" -device isa-serial,iobase=0x3e8,irq=6,chardev=com3 \
        -device isa-debug-exit,iobase=0xf4,iosize=4 \
        -kernel "$out/selftest.elf" -append "$append" >"$out/$name.qemu" 2>&1
    qemu_rc=$?
    t1=$(date +%s%N)
    status=$(sed -n 's/^kiln-exit \([0-9]*\)$/\1/p' "$out/$name.ctl" 2>/dev/null)
    echo "boot $name: status ${status:-none}, qemu exit $qemu_rc, $(((t1 - t0) / 1000000)) ms wall"
    if [ -n "$status" ] && [ "$qemu_rc" -ne $(((status & 127) << 1 | 1)) ]; then
        fail "$name: QEMU exit $qemu_rc does not match the isa-debug-exit value for status $status"
    fi
}
expect_status() { [ "${status:-none}" = "$2" ] || fail "$1: status ${status:-none}, expected $2"; }
expect_in() { grep -qF -- "$3" "$out/$1.$2" || fail "$1: '$3' not in $2"; }

boot basic 'a "b c" d\"e\\f "" -- exit 0'
expect_status basic 0
expect_in basic out "selftest: hello from kiln_rt_main"
expect_in basic out "selftest: argv[1] = [b c]"
expect_in basic out 'selftest: argv[2] = [d"e\f]'
expect_in basic out "selftest: argv[3] = []"
expect_in basic out "selftest: argv[4] = [--]"
expect_in basic out "selftest: ok, exit 0"
expect_in basic err "selftest: this line goes to standard error"
grep -q "standard error" "$out/basic.out" && fail "basic: standard error text on standard output"
grep "boot to kiln_rt_main" "$out/basic.out"

for s in 1 7 200 255; do
    boot "exit$s" "-- exit $s"
    expect_status "exit$s" "$s"
done

boot bytes "-- bytes"
expect_status bytes 0
# The 256 byte values must arrive unchanged (no CR inserted before LF, nothing dropped).
python3 - "$out/bytes.out" <<'PY' || fail "bytes: console is not byte-exact"
import sys
data = open(sys.argv[1], 'rb').read()
sys.exit(0 if bytes(range(256)) in data else 1)
PY

boot fault "-- fault"
expect_status fault 134
expect_in fault err "kiln: crash: CPU exception 14 #PF page fault"
expect_in fault err "fault address (CR2) 0x0000000000000000: null pointer dereference"
expect_in fault err "access: read, page not mapped"
expect_in fault err "  rip 0x"
expect_in fault err "  r15 0x"
expect_in fault err "  in Java: selftest.Main.crash(Main.java:42)"
expect_in fault err "    called from selftest.Main.main(Main.java:7)"

boot write-text "-- write-text"
expect_status write-text 134
expect_in write-text err "access: write, protection violation"

boot exec-data "-- exec-data"
expect_status exec-data 134
expect_in exec-data err "access: instruction fetch, protection violation"

boot overflow "-- overflow"
expect_status overflow 134
expect_in overflow err "stack overflow (guard page below the stack)"

boot panic "-- panic"
expect_status panic 134
expect_in panic err "kiln: panic: selftest panic"
expect_in panic err "in Java: (no Java frame"

boot spam "-- spam 20000"
expect_status spam 0
lines=$(grep -c "quick brown fox" "$out/spam.out")
[ "$lines" = 20000 ] || fail "spam: $lines of 20000 lines arrived"

if [ $failures -eq 0 ]; then
    echo "PASS: kvm platform self-test ($accel)"
else
    echo "FAILED: $failures check(s); logs in $out"
    exit 1
fi
