#!/usr/bin/env bash
# What `npm test` needs besides node_modules, checked in its first seconds rather than found
# missing minutes later: Debian's Chromium at /usr/bin/chromium (the browser tests), and
# PostgreSQL's binaries (the store contract suite and the two-process test). As root with
# apt-get, a missing one is installed; otherwise the script says the exact command to run.
# Without Chromium it stops (the browser tests cannot pass); without PostgreSQL it goes on
# and says which tests will skip, as scripts/with-postgres.sh then does.
set -euo pipefail

# The path tests/support/launch-chromium.ts launches; overridable only to try this script.
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

# The command is printed as the user must type it: through sudo unless already root.
SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo ")

can_install() {
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1
}

install_packages() {
  echo "test prerequisites: installing $* (apt-get update && apt-get install -y $*)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

has_postgresql() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "${PGBIN:-$bin}" ] && [ -x "${PGBIN:-$bin}/postgres" ]
}

if [ ! -x "$CHROMIUM" ]; then
  if can_install && install_packages chromium && [ -x "$CHROMIUM" ]; then
    echo "test prerequisites: Chromium installed at $CHROMIUM" >&2
  else
    cat >&2 <<EOF
npm test stops: the browser tests need Debian's Chromium at $CHROMIUM, which is missing.
Install it, then run npm test again:

    ${SUDO}apt-get update && ${SUDO}apt-get install -y chromium

EOF
    exit 1
  fi
fi

if ! has_postgresql; then
  if can_install && install_packages postgresql && has_postgresql; then
    echo "test prerequisites: PostgreSQL's binaries installed" >&2
  else
    cat >&2 <<EOF
test prerequisites: PostgreSQL's binaries are not installed (no /usr/lib/postgresql/*/bin/postgres),
so the store contract suite on PostgreSQL and the two-process test will SKIP. To run them too:

    ${SUDO}apt-get update && ${SUDO}apt-get install -y postgresql

EOF
  fi
fi

# The PDF tests read their dossiers back with poppler's pdftotext and pdfinfo.
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
  if can_install && install_packages poppler-utils && command -v pdftotext >/dev/null 2>&1; then
    echo "test prerequisites: poppler-utils (pdftotext, pdfinfo) installed" >&2
  else
    cat >&2 <<EOF2
npm test stops: the PDF tests read dossiers back with pdftotext and pdfinfo, which are missing.
Install them, then run npm test again:

    ${SUDO}apt-get update && ${SUDO}apt-get install -y poppler-utils

EOF2
    exit 1
  fi
fi

# The TEI export tests validate every export against tei_all with libxml2's xmllint.
if ! command -v xmllint >/dev/null 2>&1; then
  if can_install && install_packages libxml2-utils && command -v xmllint >/dev/null 2>&1; then
    echo "test prerequisites: libxml2-utils (xmllint) installed" >&2
  else
    cat >&2 <<EOF2
npm test stops: the TEI tests validate exports with xmllint, which is missing.
Install it, then run npm test again:

    ${SUDO}apt-get update && ${SUDO}apt-get install -y libxml2-utils

EOF2
    exit 1
  fi
fi
