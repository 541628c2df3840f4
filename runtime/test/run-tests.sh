#!/bin/sh
# Builds and runs the runtime core's C tests by hand (mvn test runs the same through
# tests/src/test/java/kiln/tests/core/RuntimeCoreTest.java). Usage, from anywhere:
#   runtime/test/run-tests.sh            all tests
#   runtime/test/run-tests.sh bench      also the GC benchmark (docs/gc.md)
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${TMPDIR:-/tmp}/kiln-runtime-tests
mkdir -p "$out"
build() { # build NAME OUTPUT [flags]
    name=$1 exe=$2
    shift 2
    gcc -std=gnu11 -O2 -g -fwrapv -fno-strict-aliasing -ffp-contract=off -fno-delete-null-pointer-checks \
        -fno-omit-frame-pointer -fno-asynchronous-unwind-tables -fno-pie -Wall -Wextra -Werror \
        -I"$root/runtime/include" -I"$root/runtime/core" "$@" -no-pie -o "$exe" \
        "$root"/runtime/core/*.c "$root/runtime/platform/linux/linux.c" "$root/runtime/platform/linux/timer.c" "$root/runtime/test/$name.c" -lm
}
build test_gc "$out/test_gc" && KILN_HEAP_MB=128 "$out/test_gc"
build test_gc "$out/test_gc_tiny_mark_stack" -DKILN_GC_MARK_STACK_SIZE=4 && KILN_HEAP_MB=128 "$out/test_gc_tiny_mark_stack"
build test_gc_stress "$out/test_gc_stress" && KILN_HEAP_MB=32 "$out/test_gc_stress"
build test_gc_oom "$out/test_gc_oom" && KILN_HEAP_MB=16 "$out/test_gc_oom"
build test_types "$out/test_types" && "$out/test_types"
build test_crash "$out/test_crash"
for mode in segv overflow panic; do
    status=0
    "$out/test_crash" $mode 2>"$out/crash.txt" || status=$?
    grep -q "at demo.Main.main(Main.java:12)" "$out/crash.txt" && [ $status = 134 ] || { echo "FAIL crash $mode"; cat "$out/crash.txt"; exit 1; }
    echo "ok crash report: $mode"
done
if [ "$1" = bench ]; then
    build bench_gc "$out/bench_gc" && KILN_HEAP_MB=100 "$out/bench_gc"
fi
