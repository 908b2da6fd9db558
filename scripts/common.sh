# Sourced by the scripts in this folder (not run on its own): repository root and preset choice.
# shellcheck shell=bash

HSMWB_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)

# The CMake preset: HSMWB_PRESET wins (e.g. asan); CI=true selects "ci"; otherwise "default".
hsmwb_preset() {
    if [[ -n ${HSMWB_PRESET:-} ]]; then
        printf '%s\n' "$HSMWB_PRESET"
    elif [[ ${CI:-} == true ]]; then
        printf 'ci\n'
    else
        printf 'default\n'
    fi
}

# Every preset in CMakePresets.json builds into build/<preset>.
hsmwb_build_dir() { printf '%s/build/%s\n' "$HSMWB_ROOT" "$1"; }
