#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throwaway, unlocked GNOME Keyring, so
# tests of the opt-in "remember PIN" feature (QtKeychain -> Secret Service) never touch the
# user's real keyring and never wait for an unlock prompt.
#
#   scripts/with-keyring.sh COMMAND [ARGS...]
# The exit code is the command's.
set -euo pipefail

if (($# == 0)); then
    printf 'usage: %s COMMAND [ARGS...]\n' "$(basename "$0")" >&2
    exit 64
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        printf 'with-keyring: error: %s not found; run scripts/setup.sh first\n' "$tool" >&2
        exit 1
    }
done

if [[ -z ${HSMWB_KEYRING_INNER:-} ]]; then
    SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/hsmwb-keyring.XXXXXX")
    trap 'rm -rf -- "$SANDBOX"' EXIT
    mkdir -m 700 "$SANDBOX/home" "$SANDBOX/runtime"
    # Not exec: the trap above must remove the sandbox (keyring files) afterwards.
    status=0
    env HOME="$SANDBOX/home" XDG_DATA_HOME="$SANDBOX/home/.local/share" \
        XDG_CONFIG_HOME="$SANDBOX/home/.config" XDG_RUNTIME_DIR="$SANDBOX/runtime" \
        HSMWB_KEYRING_INNER=1 dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@" </dev/null || status=$?
    exit "$status"
fi

# Inside the private session: a non-empty password makes the daemon create and unlock the
# "login" collection at once (an empty one makes it ask through a prompter, which has no display).
keyring_env=$(printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock --components=secrets) || {
    printf 'with-keyring: error: gnome-keyring-daemon could not start\n' >&2
    exit 1
}
eval "$keyring_env"
export GNOME_KEYRING_CONTROL
exec "$@"
