#!/usr/bin/env bash
# Command two: the same set-up, then every test. The whole suite runs inside a private D-Bus
# session with an unlocked gnome-keyring (the keychain tests use the real Secret Service) and a
# virtual X display (the smoke test opens a real window); the other GUI tests use offscreen. The
# server suites run a second time on a throwaway PostgreSQL cluster (.ci/postgres.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${CENTRALITA_PRESET:-default}"
bash .ci/install-deps.sh
# A throwaway PostgreSQL cluster for the postgres.* ctests, removed when this script ends.
pgdir="$(mktemp -d)"
trap 'bash .ci/postgres.sh stop "$pgdir"' EXIT
pg_url="$(bash .ci/postgres.sh start "$pgdir")"
cmake --preset "$preset" -DCENTRALITA_TEST_POSTGRES_URL="$pg_url"
cmake --build --preset "$preset"
dbus-run-session -- bash .ci/with-keyring.sh xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --preset "$preset"
