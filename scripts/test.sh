#!/usr/bin/env bash
# The README's second command: set-up (missing packages, build), then the whole test suite with
# ctest, offscreen, never reading standard input. The exit code is ctest's.
#
#   bash scripts/test.sh [extra ctest arguments, e.g. -R backend]
#   HSMWB_PRESET=asan bash scripts/test.sh      # under AddressSanitizer + UBSan
#   HSMWB_TEST_TIMEOUT=600 bash scripts/test.sh  # per-test limit in seconds (default 300)
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"

say() { printf 'test: %s\n' "$*"; }

bash "$HSMWB_ROOT/scripts/setup.sh"

PRESET=$(hsmwb_preset)
BUILD_DIR=$(hsmwb_build_dir "$PRESET")
export QT_QPA_PLATFORM=offscreen
# A test must never find the developer's demo tokens, remembered modules or settings by accident,
# nor write logs into the real data folder: the fixtures make their own SoftHSM2 folders and set
# SOFTHSM2_CONF themselves, and the XDG folders point into a sandbox removed afterwards.
unset SOFTHSM2_CONF
SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/hsmwb-test.XXXXXX")
trap 'rm -rf -- "$SANDBOX"' EXIT
export XDG_CONFIG_HOME=$SANDBOX/config XDG_DATA_HOME=$SANDBOX/data XDG_CACHE_HOME=$SANDBOX/cache
if [[ $PRESET == asan ]]; then
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    # Leaks inside third-party PKCS#11 modules are not ours to fix; list them in this file.
    if [[ -f $HSMWB_ROOT/scripts/lsan-suppressions.txt ]]; then
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$HSMWB_ROOT/scripts/lsan-suppressions.txt:print_suppressions=0}
    fi
fi

CTEST=(ctest --test-dir "$BUILD_DIR" --output-on-failure -j 2 --timeout "${HSMWB_TEST_TIMEOUT:-300}" "$@")
count_tests() { ctest --test-dir "$BUILD_DIR" -N "$@" </dev/null | sed -n 's/^Total Tests: //p'; }

# Tests labelled "keychain" (the opt-in "remember PIN" feature through QtKeychain) need a Secret
# Service; they run in a private D-Bus session with a throwaway keyring (scripts/with-keyring.sh),
# everything else runs directly. None are labelled yet, so that second run is skipped until the
# first such test exists (label it with set_tests_properties(NAME PROPERTIES LABELS keychain)).
plain_tests=$(count_tests -LE '^keychain$' "$@")
keychain_tests=$(count_tests -L '^keychain$' "$@")
if ((${plain_tests:-0} + ${keychain_tests:-0} == 0)); then
    printf 'test: error: no tests found in %s\n' "$BUILD_DIR" >&2
    exit 1
fi

status=0
if ((${plain_tests:-0} > 0)); then
    say "running $plain_tests test(s) in ${BUILD_DIR#"$HSMWB_ROOT"/} (preset $PRESET, QT_QPA_PLATFORM=offscreen)"
    "${CTEST[@]}" -LE '^keychain$' </dev/null || status=$?
fi
if ((${keychain_tests:-0} > 0)); then
    say "running $keychain_tests keychain test(s) in a private D-Bus session with a throwaway keyring"
    keychain_status=0
    bash "$HSMWB_ROOT/scripts/with-keyring.sh" "${CTEST[@]}" -L '^keychain$' || keychain_status=$?
    ((status != 0)) || status=$keychain_status
fi
exit "$status"
