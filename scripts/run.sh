#!/usr/bin/env bash
# The README's first command: set-up (missing packages, build), the demo SoftHSM2 environment
# if it is not there yet, then the HSM Workbench window on it. Extra arguments go to the app.
#
#   bash scripts/run.sh [app arguments...]
#   xvfb-run -a bash scripts/run.sh          # on a machine without a display
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

say() { printf 'run: %s\n' "$*"; }

bash "$HSMWB_ROOT/scripts/setup.sh"
bash "$HSMWB_ROOT/scripts/demo-env.sh"

PRESET=$(hsmwb_preset)
BUILD_DIR=$(hsmwb_build_dir "$PRESET")
APP=$BUILD_DIR/app/hsm-workbench
CLI=$BUILD_DIR/app/hsmwb
[[ -x $APP ]] || {
    printf 'run: error: %s was not built; see the set-up output above\n' "$APP" >&2
    exit 1
}

DEMO_CONF=${XDG_DATA_HOME:-$HOME/.local/share}/hsm-workbench/demo/softhsm2.conf
if [[ -n ${SOFTHSM2_CONF:-} ]]; then
    say "using your SOFTHSM2_CONF=$SOFTHSM2_CONF (unset it to open the demo tokens)"
else
    export SOFTHSM2_CONF=$DEMO_CONF
fi

no_display() {
    local cli_rel=${CLI#"$HSMWB_ROOT"/} conf_quoted
    conf_quoted=$(printf '%q' "$SOFTHSM2_CONF")
    cat >&2 <<EOF
run: $1
run: the build and the demo tokens are ready; to continue, either
run:   - start it on a virtual display:   xvfb-run -a bash scripts/run.sh
run:   - or use the command-line tool on the demo tokens:
run:       export SOFTHSM2_CONF=$conf_quoted
run:       $cli_rel slots --module softhsm2
run:       $cli_rel objects --module softhsm2 --token "Demo Server"
EOF
    exit 2
}

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    no_display "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open."
fi
# A Wayland-only session needs Qt's Wayland plugin (Debian package qt6-wayland); with XWayland
# (DISPLAY set too) Qt uses the xcb plugin instead.
if [[ -z ${DISPLAY:-} && -n ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]] &&
    ! compgen -G '/usr/lib/*/qt6/plugins/platforms/libqwayland-*.so' >/dev/null; then
    no_display "only a Wayland display is available and Qt's Wayland plugin is not installed (sudo apt-get install qt6-wayland)."
fi

say "starting ${APP#"$HSMWB_ROOT"/} (SOFTHSM2_CONF=$SOFTHSM2_CONF)"
exec "$APP" "$@"
