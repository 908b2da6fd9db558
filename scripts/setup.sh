#!/usr/bin/env bash
# Installs the Debian 12 packages HSM Workbench needs (only those missing; as root or through
# sudo; never asks a question), then configures and builds with a CMake preset.
#
#   scripts/setup.sh [--no-build]
#   HSMWB_PRESET=asan scripts/setup.sh      # preset: HSMWB_PRESET, else "ci" when CI=true, else "default"
#   HSMWB_JOBS=2 scripts/setup.sh           # parallel build jobs (default: all cores)
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

say() { printf 'setup: %s\n' "$*"; }
die() {
    printf 'setup: error: %s\n' "$*" >&2
    exit 1
}

BUILD=1
for arg in "$@"; do
    case $arg in
    --no-build) BUILD=0 ;;
    -h | --help)
        sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    *) die "unknown argument: $arg (try --help)" ;;
    esac
done

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format libclang-rt-14-dev
    # Qt 6 (qt6-qpa-plugins holds the xcb platform plugin the window needs on X11)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qtkeychain-qt6-dev libgl-dev
    # libraries
    libspdlog-dev libfmt-dev libssl-dev openssl
    # PKCS#11: p11-kit, libp11, SoftHSM2, OpenSC's pkcs11-tool, GnuTLS's p11tool
    libp11-kit-dev p11-kit p11-kit-modules libp11-dev softhsm2 opensc gnutls-bin ca-certificates
    # headless GUI tests, keychain tests, screenshots
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
)

missing_packages() {
    local -A installed=()
    local name status
    # dpkg-query fails for names it has never heard of; those simply count as missing.
    while read -r name status; do
        [[ $status == installed ]] && installed[${name%%:*}]=1
    done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)
    for name in "${PACKAGES[@]}"; do
        [[ -n ${installed[$name]:-} ]] || printf '%s\n' "$name"
    done
}

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        die "this set-up supports Debian 12 (dpkg/apt); install these packages yourself: ${PACKAGES[*]}"
    fi

    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        say "all ${#PACKAGES[@]} Debian packages are installed"
        return
    fi

    local -a as_root=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 ||
            die "missing packages (${missing[*]}) need root, and sudo is not available; run as root: apt-get install ${missing[*]}"
        # Without a terminal (CI, pipes) sudo must fail instead of waiting for a password.
        if [[ -t 0 && ${CI:-} != true ]]; then as_root=(sudo); else as_root=(sudo -n); fi
    fi

    say "installing ${#missing[@]} missing Debian package(s)${as_root:+ with sudo}: ${missing[*]}"
    local -a apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    "${apt[@]}" update </dev/null || die "apt-get update failed"
    "${apt[@]}" install "${missing[@]}" </dev/null || die "apt-get install failed"

    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
    say "packages installed"
}

build() {
    local preset build_dir jobs
    preset=$(hsmwb_preset)
    build_dir=$(hsmwb_build_dir "$preset")
    jobs=${HSMWB_JOBS:-$(nproc 2>/dev/null || echo 2)}
    grep -q "\"name\": \"$preset\"" "$HSMWB_ROOT/CMakePresets.json" ||
        die "unknown preset '$preset' (CMakePresets.json has: default, ci, asan)"

    cd "$HSMWB_ROOT"
    # Once configured, the build itself re-runs CMake whenever a CMakeLists.txt changes.
    if [[ ! -f $build_dir/build.ninja ]]; then
        say "configuring (preset $preset) in ${build_dir#"$HSMWB_ROOT"/}"
        mkdir -p "$build_dir"
        cmake --preset "$preset" >"$build_dir/configure.log" 2>&1 || {
            cat "$build_dir/configure.log" >&2
            die "CMake configure failed (preset $preset); log: $build_dir/configure.log"
        }
    fi
    say "building (preset $preset, $jobs jobs)"
    cmake --build --preset "$preset" -j "$jobs" || die "build failed (preset $preset)"
    say "build ready in ${build_dir#"$HSMWB_ROOT"/}"
}

install_packages
((BUILD)) && build
exit 0
