#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring as the Secret Service of the current D-Bus session.
# Call inside dbus-run-session; the keyring's password is throwaway and lives only in this session.
set -euo pipefail
mkdir -p "$HOME/.cache" "$HOME/.local/share/keyrings"
printf 'centralita-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
