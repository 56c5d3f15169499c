#!/usr/bin/env bash
# Command one: install what is missing, build, and start Centralita on the embedded demo server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash .ci/install-deps.sh
cmake --preset default
cmake --build --preset default --target centralita centralita-server
exec ./build/bin/centralita --demo "$@"
