#!/usr/bin/env bash
# packaging/ci/package-check.sh BUILD_DIR
#
# Builds the Debian packages from an already-built tree, installs them with apt (dependencies
# resolved from the archive), checks the installed programs really work from /usr/bin (versions,
# a live server answering /api/v1/health, the client's screenshot tour under Xvfb, which starts
# the installed centralita-server itself), then removes and purges them and checks nothing is left.
#
# Needs root or sudo (apt-get), and the packages .ci/install-deps.sh installs (xvfb, dbus, dpkg-dev
# for dpkg-shlibdeps, desktop-file-utils, appstream). Installs curl if it is missing.
# Exits non-zero on the first failure. Leaves centralita and centralita-server uninstalled.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR   (a configured and built tree with CPackConfig.cmake)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

passed=0
current=""
step() {
    current="$*"
    printf '\n==> package-check: %s\n' "$*"
}
ok() {
    passed=$((passed + 1))
    printf '    ok: %s\n' "${1:-$current}"
}
fail() {
    printf '\n!!! package-check FAILED at "%s": %s\n' "$current" "$*" >&2
    printf 'package-check: %d passed, 1 failed\n' "$passed" >&2
    exit 1
}

work=$(mktemp -d /tmp/centralita-package-check.XXXXXX)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

apt_install() {
    # A fresh machine may have no package lists yet: update once and retry.
    if ! $sudo apt-get install -y -q --no-install-recommends "$@"; then
        $sudo apt-get update -q
        $sudo apt-get install -y -q --no-install-recommends "$@"
    fi
}

# ------------------------------------------------------------------------------------------------
step "clean slate (packages from an earlier run are purged)"
for pkg in centralita centralita-server; do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -qE ' (installed|config-files)$'; then
        $sudo dpkg --purge "$pkg" || fail "cannot purge the $pkg left from an earlier run"
    fi
done
ok

# ------------------------------------------------------------------------------------------------
step "build the .deb packages with cpack in $build"
[ -x "$build/bin/centralita" ] || fail "$build/bin/centralita is missing: build the project first"
[ -x "$build/bin/centralita-server" ] || fail "$build/bin/centralita-server is missing: build first"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
arch=$(dpkg --print-architecture)
rm -f "$build"/centralita_*.deb "$build"/centralita-server_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB failed"
client_deb="$build/centralita_${version}_${arch}.deb"
server_deb="$build/centralita-server_${version}_${arch}.deb"
[ -f "$client_deb" ] || fail "expected $client_deb"
[ -f "$server_deb" ] || fail "expected $server_deb"
for deb in "$client_deb" "$server_deb"; do
    echo "--- $(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
    dpkg-deb -c "$deb" | awk '{print "    " $1 " " $6}' | grep -v '/$' || true
done
ok "built $(basename "$client_deb") and $(basename "$server_deb")"

# ------------------------------------------------------------------------------------------------
step "build the .rpm packages too (not installable here; their metadata is checked)"
rm -f "$build"/centralita-*.rpm
(cd "$build" && cpack -G RPM) || fail "cpack -G RPM failed"
for rpm_file in "$build/centralita-${version}-1."*.rpm "$build/centralita-server-${version}-1."*.rpm; do
    [ -f "$rpm_file" ] || fail "expected $rpm_file"
    echo "--- $(basename "$rpm_file")"
    rpm -qp --requires "$rpm_file" 2>/dev/null | grep -v '^rpmlib(' | sed 's/^/    requires /'
done
# The lists are read whole first: with pipefail, `rpm | grep -q` fails whenever grep stops
# reading before rpm has written its last line (rpm then dies of SIGPIPE).
server_files="$(rpm -qpl "$build/centralita-server-${version}-1."*.rpm)"
client_files="$(rpm -qpl "$build/centralita-${version}-1."*.rpm)"
grep -qx '/usr/bin/centralita-server' <<<"$server_files" ||
    fail "the server rpm does not install /usr/bin/centralita-server"
grep -qx '/usr/bin/centralita' <<<"$client_files" ||
    fail "the client rpm does not install /usr/bin/centralita"
ok

# ------------------------------------------------------------------------------------------------
step "install both packages with apt-get (dependencies from the archive)"
apt_install "$client_deb" "$server_deb" || fail "apt-get install failed"
for pkg in centralita centralita-server; do
    dpkg-query -W -f='${Status} ${Version}\n' "$pkg" | grep -q "^install ok installed $version$" ||
        fail "$pkg $version is not installed"
done
ok

# ------------------------------------------------------------------------------------------------
step "installed files are where the system looks for them"
for path in /usr/bin/centralita /usr/bin/centralita-server \
            /usr/share/applications/io.github.centralita.Centralita.desktop \
            /usr/share/metainfo/io.github.centralita.Centralita.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.centralita.Centralita.svg \
            /usr/share/icons/hicolor/256x256/apps/io.github.centralita.Centralita.png \
            /usr/share/icons/hicolor/16x16/apps/io.github.centralita.Centralita.png \
            /usr/lib/systemd/system/centralita-server.service \
            /etc/centralita/server.conf; do
    [ -e "$path" ] || fail "$path is missing"
done
desktop-file-validate /usr/share/applications/io.github.centralita.Centralita.desktop ||
    fail "installed .desktop file does not validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.centralita.Centralita.metainfo.xml ||
    fail "installed metainfo does not validate"
getent passwd centralita >/dev/null || fail "postinst did not create the centralita user"
[ "$(stat -c '%a %U' /etc/centralita/server.conf)" = "640 root" ] ||
    fail "/etc/centralita/server.conf should be 0640 root"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/centralita-server.service ||
        fail "systemd-analyze verify rejects the unit"
fi
ok

# ------------------------------------------------------------------------------------------------
step "--version of the installed programs"
client_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/centralita --version) || fail "centralita --version"
server_version=$(/usr/bin/centralita-server --version) || fail "centralita-server --version"
echo "    $client_version"
echo "    $server_version"
case "$client_version" in *"$version"*) ;; *) fail "centralita --version does not say $version" ;; esac
case "$server_version" in *"$version"*) ;; *) fail "centralita-server --version does not say $version" ;; esac
ok

# ------------------------------------------------------------------------------------------------
step "the installed server answers /api/v1/health"
command -v curl >/dev/null || apt_install curl || fail "cannot install curl"
mkdir -p "$work/server"
/usr/bin/centralita-server --database "$work/server/check.sqlite" --outbox "$work/server/outbox" \
    --listen 127.0.0.1 --port 0 --hash-cost minimum --quiet >"$work/server/out.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^Listening on \(http:[^ ]*\)$/\1/p' "$work/server/out.log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
[ -n "$url" ] || { cat "$work/server/out.log" >&2; fail "the server did not start"; }
health=$(curl -fsS --max-time 10 "${url%/}/api/v1/health") ||
    fail "GET ${url%/}/api/v1/health failed"
echo "    ${url%/}/api/v1/health -> $health"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
ok

# ------------------------------------------------------------------------------------------------
step "the installed client's screenshot tour under Xvfb (runs /usr/bin/centralita-server --demo style)"
shots="$work/screenshots"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
tour=(xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/centralita --screenshots "$shots")
if command -v dbus-run-session >/dev/null; then tour=(dbus-run-session -- "${tour[@]}"); fi
timeout 300 "${tour[@]}" || fail "centralita --screenshots exited with status $?"
count=$(find "$shots" -maxdepth 1 -name '*.png' | wc -l)
[ "$count" -gt 0 ] || fail "no PNG in $shots"
for png in "$shots"/*.png; do
    file "$png" | grep -q "PNG image data" || fail "$png is not a PNG"
done
echo "    $count screenshots: $(find "$shots" -maxdepth 1 -name '*.png' -printf '%f ')"
ok

# ------------------------------------------------------------------------------------------------
step "apt-get remove: the programs go, configuration and data stay"
$sudo apt-get remove -y -q centralita centralita-server || fail "apt-get remove failed"
for path in /usr/bin/centralita /usr/bin/centralita-server \
            /usr/share/applications/io.github.centralita.Centralita.desktop \
            /usr/lib/systemd/system/centralita-server.service; do
    [ ! -e "$path" ] || fail "$path is still there after apt-get remove"
done
[ -f /etc/centralita/server.conf ] || fail "remove (not purge) must keep /etc/centralita/server.conf"
ok

# ------------------------------------------------------------------------------------------------
step "purge: configuration, user and state directory go"
# The client has no conffiles, so remove already took all of it; only the server is left in
# dpkg's "rc" state, and apt cannot name a package that no archive has: purge it with dpkg.
! dpkg-query -W -f='${Status}' centralita 2>/dev/null | grep -q "ok installed" || fail "centralita is still installed"
$sudo dpkg --purge centralita-server || fail "dpkg --purge centralita-server failed"
[ ! -e /etc/centralita ] || fail "/etc/centralita is still there after purge"
[ ! -e /var/lib/centralita ] || fail "/var/lib/centralita is still there after purge"
! getent passwd centralita >/dev/null || fail "the centralita user is still there after purge"
! getent group centralita >/dev/null || fail "the centralita group is still there after purge"
for pkg in centralita centralita-server; do
    ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -qE ' (installed|config-files)$' ||
        fail "$pkg is still known to dpkg"
done
ok

printf '\npackage-check: %d passed, 0 failed\n' "$passed"
