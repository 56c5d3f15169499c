#!/usr/bin/env bash
# Fuzzes every parser of untrusted input (tests/fuzz) for a bounded time. Usage:
#   bash .ci/fuzz.sh [seconds-per-target]        # default 45
# Builds build-fuzz with clang-14 (libFuzzer, AddressSanitizer, UBSan), then runs the targets two
# at a time, each on a scratch copy of its seed corpus (tests/fuzz/corpus/NAME; the tree is never
# written). Prints one summary line per target and fails if any target found a crash, a leak, a
# timeout or a sanitizer report, after printing the report and the reproducer in hex.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-45}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [seconds-per-target]" >&2
  exit 2
fi
build="$root/build-fuzz"
parallel=2         # the CI machine has two cores
build_limit=2700   # seconds for configuring and building from scratch
# libFuzzer stops itself after -max_total_time; this only ends a target that hangs beyond it.
run_limit=$((seconds + 120))

for tool in clang-14 clang++-14 cmake ninja timeout od; do
  if ! command -v "$tool" >/dev/null; then
    echo "fuzz.sh: $tool not found (bash .ci/install-deps.sh installs it)" >&2
    exit 1
  fi
done

echo "== Building the fuzz targets in build-fuzz"
CC=clang-14 CXX=clang++-14 timeout "$build_limit" cmake -S "$root" -B "$build" -G Ninja -DCENTRALITA_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCENTRALITA_BUILD_TESTS=OFF -DCENTRALITA_BUILD_BENCH=OFF >/dev/null
timeout "$build_limit" cmake --build "$build" -j "$parallel"

# One target per tests/fuzz/fuzz_NAME.cpp (tests/fuzz/CMakeLists.txt builds each of them).
targets=()
for source in tests/fuzz/fuzz_*.cpp; do
  name="$(basename "$source" .cpp)"
  targets+=("${name#fuzz_}")
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/centralita-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
findings="$build/fuzz-findings"   # reproducers of failed runs are kept here for CI to upload
rm -rf "$findings"

# Runs one target in its own scratch folder; libFuzzer writes its log and any reproducer there.
fuzz_one() {
  local name="$1" dir="$scratch/$1"
  mkdir -p "$dir/corpus"
  if [ -d "tests/fuzz/corpus/$name" ]; then
    cp -R "tests/fuzz/corpus/$name/." "$dir/corpus/"
  fi
  local status=0
  (
    cd "$dir"
    ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      timeout -k 10 "$run_limit" "$build/bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" >"$dir/log" 2>&1
  ) || status=$?
  echo "$status" >"$dir/status"
}

# Prints the target's summary line; returns 1 when it found something.
report() {
  local name="$1" dir="$scratch/$1"
  local status runs last cov ft corpus artifacts=()
  status="$(cat "$dir/status")"
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)"
  last="$(grep -E '^#[0-9]+' "$dir/log" | tail -n 1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  corpus="$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")"
  shopt -s nullglob
  artifacts=("$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-*)
  shopt -u nullglob
  local verdict=ok
  if [ "$status" -ne 0 ] || [ "${#artifacts[@]}" -gt 0 ] ||
    grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$dir/log"; then
    verdict=FAILED
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then verdict="FAILED (hung past ${run_limit}s)"; fi
  fi
  printf '%-16s %s: %s runs, cov %s, ft %s, corpus %s\n' "fuzz_$name" "$verdict" "${runs:-?}" "${cov:-?}" \
    "${ft:-?}" "${corpus:-?}"
  [ "$verdict" = ok ] && return 0

  echo "---- fuzz_$name: report (exit status $status) ----"
  # From the first report line on: the sanitizer's or libFuzzer's message and the stack.
  local first
  first="$(grep -nE '^fuzz_[a-z_]+: |ERROR: |runtime error:|ALARM: |==[0-9]+==' "$dir/log" | head -n 1 | cut -d: -f1)"
  # Without the progress lines and libFuzzer's own dumps of the input (its hex follows below).
  sed -n "${first:-1},\$p" "$dir/log" |
    awk '/^0x[0-9a-f]+,/ { skip = 2 } skip > 0 { skip--; next } !/^(#[0-9]+|MS: |Base64: |[ \t]*NEW_FUNC)/' |
    head -n 150
  mkdir -p "$findings/$name"
  for artifact in "${artifacts[@]}"; do
    cp "$artifact" "$findings/$name/"
    echo "---- reproducer $(basename "$artifact") ($(wc -c <"$artifact") bytes, first 4 KiB in hex) ----"
    head -c 4096 "$artifact" | od -An -tx1 -v
    echo "rerun: $build/bin/fuzz_$name $findings/$name/$(basename "$artifact")"
  done
  cp "$dir/log" "$findings/$name/log"
  return 1
}

echo "== Fuzzing ${#targets[@]} targets for ${seconds}s each, $parallel at a time"
for ((i = 0; i < ${#targets[@]}; i += parallel)); do
  for name in "${targets[@]:i:parallel}"; do
    fuzz_one "$name" &
  done
  wait
done

failed=0
for name in "${targets[@]}"; do
  report "$name" || failed=1
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: a target found a problem; reproducers and logs are in $findings" >&2
  exit 1
fi
echo "fuzz.sh: every target ran ${seconds}s without a finding"
