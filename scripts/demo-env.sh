#!/usr/bin/env bash
# Creates the private SoftHSM2 demo environment that HSM Workbench opens on:
#   ${XDG_DATA_HOME:-$HOME/.local/share}/hsm-workbench/demo/{softhsm2.conf,tokens/}
# It never touches /etc/softhsm. Re-running is a no-op once the environment is complete;
# --reset deletes the demo folder (and only it) and builds it again.
#
# The PINs below are DEMO-ONLY, printed on purpose, and must never protect real keys.
set -euo pipefail

# No tool may ever wait for a question to be answered.
exec </dev/null

readonly USER_PIN=123456
readonly SO_PIN=12345678
readonly MODULE=${HSMWB_SOFTHSM_MODULE:-/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so}
readonly CA_TOKEN="Demo CA"
readonly SERVER_TOKEN="Demo Server"

DATA_HOME=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
APP_DIR=$DATA_HOME/hsm-workbench
DEMO_DIR=$APP_DIR/demo
# Written last (inside the staging folder, before the atomic rename): its presence means complete.
MARKER_NAME=.demo-complete

say() { printf 'demo-env: %s\n' "$*"; }
die() {
    printf 'demo-env: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<EOF
Usage: $(basename "$0") [--reset]

Creates a private SoftHSM2 demo environment in
  $DEMO_DIR
with the tokens "$CA_TOKEN" and "$SERVER_TOKEN" (DEMO-ONLY PINs: user $USER_PIN, SO $SO_PIN).

  --reset   delete that demo folder and create it again
  --help    show this help
EOF
}

RESET=0
for arg in "$@"; do
    case $arg in
    --reset) RESET=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        die "unknown argument: $arg"
        ;;
    esac
done

for tool in softhsm2-util pkcs11-tool openssl flock; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found; run scripts/setup.sh first"
done
[[ -r $MODULE ]] || die "SoftHSM2 module not found at $MODULE; run scripts/setup.sh first"

print_summary() {
    cat <<EOF
demo-env: SOFTHSM2_CONF=$DEMO_DIR/softhsm2.conf
demo-env: tokens "$CA_TOKEN" and "$SERVER_TOKEN"; DEMO-ONLY PINs: user PIN $USER_PIN, SO PIN $SO_PIN
EOF
}

mkdir -p "$APP_DIR"
# Two runs at once (e.g. run.sh started twice) must not build into each other.
exec 9>"$APP_DIR/.demo-env.lock"
flock 9

if ((RESET)); then
    # Guard against an unexpected path before a recursive delete.
    [[ $DEMO_DIR == */hsm-workbench/demo ]] || die "refusing to delete unexpected path $DEMO_DIR"
    if [[ -e $DEMO_DIR ]]; then
        say "--reset: deleting $DEMO_DIR"
        rm -rf -- "$DEMO_DIR"
    fi
fi

if [[ -f $DEMO_DIR/$MARKER_NAME && -f $DEMO_DIR/softhsm2.conf && -d $DEMO_DIR/tokens ]]; then
    say "demo environment already complete in $DEMO_DIR; nothing to do (use --reset to recreate it)"
    print_summary
    exit 0
fi
if [[ -e $DEMO_DIR ]]; then
    say "found an incomplete demo environment in $DEMO_DIR; recreating it"
    rm -rf -- "$DEMO_DIR"
fi

# Left behind only if an earlier run was killed outright; nobody else builds here (we hold the lock).
rm -rf -- "$APP_DIR"/.demo-staging.*

SECONDS=0
# Staging beside the target so the final mv is a rename on the same file system.
STAGE=$(mktemp -d "$APP_DIR/.demo-staging.XXXXXX")
WORK=$STAGE/work # CA private key files live here only until they are on the token
cleanup() { rm -rf -- "$STAGE"; }
trap cleanup EXIT
# Turn Ctrl-C / kill into a normal exit so the EXIT trap removes the half-built staging folder.
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$WORK"
mkdir -p "$STAGE/tokens" "$STAGE/certs"

write_conf() { # $1 = token folder
    cat >"$STAGE/softhsm2.conf" <<EOF
# Private SoftHSM2 configuration of the HSM Workbench demo environment (scripts/demo-env.sh).
directories.tokendir = $1
objectstore.backend = file
log.level = ERROR
slots.removable = false
EOF
}
write_conf "$STAGE/tokens"
export SOFTHSM2_CONF=$STAGE/softhsm2.conf

# pkcs11-tool on one token, logged in as user; its chatter goes away unless it fails.
p11() { # $1 = token label, rest = pkcs11-tool arguments
    local token=$1 out
    shift
    if ! out=$(pkcs11-tool --module "$MODULE" --token-label "$token" --login --pin "$USER_PIN" "$@" 2>&1); then
        printf '%s\n' "$out" >&2
        die "pkcs11-tool failed on token \"$token\": $*"
    fi
}
ossl() { # openssl quietly unless it fails
    local out
    if ! out=$(openssl "$@" 2>&1); then
        printf '%s\n' "$out" >&2
        die "openssl failed: $1"
    fi
}

say "creating tokens \"$CA_TOKEN\" and \"$SERVER_TOKEN\""
for label in "$CA_TOKEN" "$SERVER_TOKEN"; do
    softhsm2-util --init-token --free --label "$label" --pin "$USER_PIN" --so-pin "$SO_PIN" >/dev/null ||
        die "softhsm2-util could not initialise token \"$label\""
done

cat >"$WORK/ext.cnf" <<'EOF'
[ v3_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_intermediate ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_server_rsa ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:server.demo.example, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_server_ec ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:server.demo.example, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
readonly SUBJ_BASE="/C=DE/O=HSM Workbench Demo"

# --- Demo CA: keys made by openssl, then imported, so the files can sign the chain ------------
say "Demo CA: root CA (EC P-384) and intermediate CA (RSA-3072)"
ossl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$WORK/root.key"
ossl pkey -in "$WORK/root.key" -pubout -out "$WORK/root.pub.pem"
ossl x509 -new -key "$WORK/root.key" -subj "$SUBJ_BASE/CN=HSM Workbench Demo Root CA" -days 3650 -sha384 \
    -extfile "$WORK/ext.cnf" -extensions v3_root -out "$STAGE/certs/demo-root-ca.pem"

ossl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$WORK/intermediate.key"
ossl pkey -in "$WORK/intermediate.key" -pubout -out "$WORK/intermediate.pub.pem"
ossl x509 -new -subj "$SUBJ_BASE/CN=HSM Workbench Demo Intermediate CA" \
    -force_pubkey "$WORK/intermediate.pub.pem" -CA "$STAGE/certs/demo-root-ca.pem" -CAkey "$WORK/root.key" \
    -days 1825 -sha384 -extfile "$WORK/ext.cnf" -extensions v3_intermediate \
    -out "$STAGE/certs/demo-intermediate-ca.pem"

import_ca() { # $1 = file stem, $2 = label, $3 = id
    ossl pkey -in "$WORK/$1.key" -outform DER -out "$WORK/$1.key.der"
    ossl pkey -pubin -in "$WORK/$1.pub.pem" -outform DER -out "$WORK/$1.pub.der"
    ossl x509 -in "$STAGE/certs/$2.pem" -outform DER -out "$WORK/$1.crt.der"
    p11 "$CA_TOKEN" --write-object "$WORK/$1.key.der" --type privkey --id "$3" --label "$2" --sensitive
    p11 "$CA_TOKEN" --write-object "$WORK/$1.pub.der" --type pubkey --id "$3" --label "$2"
    p11 "$CA_TOKEN" --write-object "$WORK/$1.crt.der" --type cert --id "$3" --label "$2"
}
import_ca root demo-root-ca 20
import_ca intermediate demo-intermediate-ca 21

# --- Demo Server: key pairs generated on the token; their public keys certified by the CA ------
say "Demo Server: RSA-2048 and EC P-256 key pairs, AES-256 key, data objects"
p11 "$SERVER_TOKEN" --keypairgen --key-type rsa:2048 --label server-rsa --id 01 --usage-sign --usage-decrypt
p11 "$SERVER_TOKEN" --keypairgen --key-type EC:prime256v1 --label server-ec --id 02 --usage-sign --usage-derive
p11 "$SERVER_TOKEN" --keygen --key-type AES:32 --label demo-aes --id 10 --usage-decrypt --sensitive
cat >"$WORK/notes.txt" <<'EOF'
HSM Workbench demo token "Demo Server".
server-rsa (id 01) and server-ec (id 02) were generated on this token; their certificates
were issued by the intermediate CA on the "Demo CA" token. demo-aes (id 10) is an AES-256 key.
EOF
p11 "$SERVER_TOKEN" --write-object "$WORK/notes.txt" --type data --label demo-notes \
    --application-label "HSM Workbench demo"
printf 'Only visible after login.\n' >"$WORK/private-notes.txt"
p11 "$SERVER_TOKEN" --write-object "$WORK/private-notes.txt" --type data --label demo-private-notes \
    --application-label "HSM Workbench demo" --private

say "Demo Server: leaf certificates for server-rsa and server-ec, signed by the intermediate CA"
issue_leaf() { # $1 = label, $2 = id, $3 = extension section
    p11 "$SERVER_TOKEN" --read-object --type pubkey --id "$2" --output-file "$WORK/$1.pub.der"
    ossl x509 -new -subj "$SUBJ_BASE/CN=server.demo.example" -force_pubkey "$WORK/$1.pub.der" \
        -CA "$STAGE/certs/demo-intermediate-ca.pem" -CAkey "$WORK/intermediate.key" \
        -days 397 -sha256 -extfile "$WORK/ext.cnf" -extensions "$3" -out "$STAGE/certs/$1.pem"
    ossl x509 -in "$STAGE/certs/$1.pem" -outform DER -out "$WORK/$1.crt.der"
    p11 "$SERVER_TOKEN" --write-object "$WORK/$1.crt.der" --type cert --id "$2" --label "$1"
}
issue_leaf server-rsa 01 v3_server_rsa
issue_leaf server-ec 02 v3_server_ec

# --- Checks: the chain verifies, and the tokens hold what we meant to put there ---------------
say "checking the certificate chain and the token contents"
for leaf in server-rsa server-ec; do
    openssl verify -CAfile "$STAGE/certs/demo-root-ca.pem" -untrusted "$STAGE/certs/demo-intermediate-ca.pem" \
        "$STAGE/certs/$leaf.pem" >/dev/null || die "certificate chain root -> intermediate -> $leaf does not verify"
done
# The certificate on the token must be the one just issued, for the key with the same ID.
p11 "$SERVER_TOKEN" --read-object --type cert --id 01 --output-file "$WORK/server-rsa.readback.der"
cmp -s "$WORK/server-rsa.crt.der" "$WORK/server-rsa.readback.der" ||
    die "certificate read back from \"$SERVER_TOKEN\" differs from the issued one"

expect_objects() { # $1 = token, rest = "Class label" pairs pkcs11-tool -O must show
    local token=$1 listing want
    shift
    listing=$(pkcs11-tool --module "$MODULE" --token-label "$token" --login --pin "$USER_PIN" --list-objects 2>&1) ||
        die "could not list objects on \"$token\""
    # pkcs11-tool prints a header per object ("Private Key Object; RSA") and later its "label:" line
    # (data object labels in quotes); reduce that to "Class label" lines.
    listing=$(awk '/^[A-Z]/ { cls = $1 }
        /^  label:/ { l = $0; sub(/^  label: +/, "", l); gsub(/^\047|\047$/, "", l); print cls " " l }' <<<"$listing")
    for want in "$@"; do
        grep -qxF -- "$want" <<<"$listing" || die "\"$token\" lacks the expected object \"$want\""
    done
}
expect_objects "$CA_TOKEN" "Private demo-root-ca" "Public demo-root-ca" "Certificate demo-root-ca" \
    "Private demo-intermediate-ca" "Public demo-intermediate-ca" "Certificate demo-intermediate-ca"
expect_objects "$SERVER_TOKEN" "Private server-rsa" "Public server-rsa" "Certificate server-rsa" \
    "Private server-ec" "Public server-ec" "Certificate server-ec" "Secret demo-aes" \
    "Data demo-notes" "Data demo-private-notes"

# The CA keys now exist only on the token.
rm -rf -- "$WORK"

cat >"$STAGE/README.txt" <<EOF
HSM Workbench demo environment, made by scripts/demo-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ).
Use it with: export SOFTHSM2_CONF=$DEMO_DIR/softhsm2.conf

DEMO-ONLY PINs (public, never use them for real keys): user PIN $USER_PIN, SO PIN $SO_PIN

Token "$CA_TOKEN":
  demo-root-ca          id 20  EC P-384 key pair + self-signed root certificate
  demo-intermediate-ca  id 21  RSA-3072 key pair + certificate issued by the root
Token "$SERVER_TOKEN":
  server-rsa            id 01  RSA-2048 key pair (generated on the token) + leaf certificate
  server-ec             id 02  EC P-256 key pair (generated on the token) + leaf certificate
  demo-aes              id 10  AES-256 secret key
  demo-notes                   public data object
  demo-private-notes           private data object (visible after login)
certs/ holds copies of the certificates (PEM); check the chain with
  openssl verify -CAfile certs/demo-root-ca.pem -untrusted certs/demo-intermediate-ca.pem certs/server-rsa.pem
EOF

write_conf "$DEMO_DIR/tokens"
: >"$STAGE/$MARKER_NAME"
mv -T -- "$STAGE" "$DEMO_DIR"
trap - EXIT

say "demo environment ready in $DEMO_DIR (${SECONDS}s)"
print_summary
