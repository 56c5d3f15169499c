#!/usr/bin/env bash
# Installs everything Centralita needs to build, run and test on Debian 12 / Ubuntu 24.04+.
# Idempotent: packages already present are skipped by apt. Needs root or sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6 (httpserver-dev fails to configure without websockets-dev)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-multimedia-dev
  qt6-pdf-dev qt6-charts-dev qt6-svg-dev qt6-qpa-plugins qt6-image-formats-plugins
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libqt6opengl6-dev
  # libraries
  qtkeychain-qt6-dev libphonenumber-dev libsodium-dev libtiff-dev libqpdf-dev catch2
  # runtime pieces the tests use for real: audio decoding, keychain, display
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth fonts-dejavu-core
  # the screen-reader test reads the running client over AT-SPI (tests/a11y)
  at-spi2-core python3-pyatspi
  # the call-log benchmark's baseline (sqlite3 -csv)
  sqlite3
  # the server suites' second run (postgres.* ctests, .ci/postgres.sh) and the OpenAPI route check
  postgresql python3
  # the fuzz targets (libFuzzer, clang's sanitizer runtimes) and the sanitizer build's protobuf link
  clang-14 libclang-rt-14-dev libprotobuf-dev
  # mail by SMTP (libcurl) and the real SMTP server its test talks to; nginx for the proxy run
  libcurl4-openssl-dev python3-aiosmtpd openssl nginx
  # the server benchmark's load generator and profiler (bench/centralita-bench-server)
  wrk linux-perf
  # the server reads sessions and long lists with SQLite's and libpq's own APIs
  libsqlite3-dev libpq-dev
  # the client's .xlsx exports (zlib deflates them), read back in their tests by openpyxl, and
  # LibreOffice headless importing the spreadsheet CSV as a user's Calc would
  zlib1g-dev python3-openpyxl libreoffice-calc-nogui
  # packaging and desktop metadata checks
  desktop-file-utils appstream dpkg-dev file rpm
)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
