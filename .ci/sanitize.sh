#!/usr/bin/env bash
# The contract and server suites built with AddressSanitizer and UBSan (gcc) and run with leak
# detection on: any report fails the run. Uses its own build folder (build-sanitize) and SQLite;
# the PostgreSQL runs are left to the normal build. Usage: bash .ci/sanitize.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="$root/build-sanitize"
supp="$root/tests/sanitizers"
# Reports end the process with an error; leaks are checked at exit. Set before the build too:
# Catch's test discovery runs every test binary.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCENTRALITA_BUILD_CLIENT=OFF \
    -DCENTRALITA_BUILD_BENCH=OFF -DCENTRALITA_WERROR=ON -DCENTRALITA_SANITIZE=address,undefined >/dev/null
cmake --build "$build" -j2
ctest --test-dir "$build" -j2 --output-on-failure --timeout 900 -E '^style\.'
