#!/usr/bin/env bash
# Runs every test of CoopKit: unit tests, database tests (H2 + PostgreSQL always, MariaDB when
# COOP_TEST_MARIADB_URL is set), HTTP tests and browser tests.
# Without COOP_TEST_POSTGRES_URL the tests start an embedded PostgreSQL themselves.
set -euo pipefail
cd "$(dirname "$0")"

# Browser tests need Debian's chromium and chromium-driver; install them when missing and we may.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: installing chromium and chromium-driver for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "run-tests: could not install chromium; browser tests will fail" >&2
  else
    echo "run-tests: chromium/chromedriver missing and not root: install them (apt-get install chromium chromium-driver)" >&2
  fi
fi

# The journal export is checked with hledger's strict checks (and its bs/is reports); install Debian's hledger when missing.
if ! command -v hledger >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-tests: installing hledger for the journal export checks" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hledger >/dev/null) \
      || echo "run-tests: could not install hledger; the hledger checks will be skipped" >&2
  else
    echo "run-tests: hledger missing and not root: the hledger checks will be skipped (apt-get install hledger)" >&2
  fi
fi

# The web UI's accessibility audits read axe-core from disk: install it from npm when missing.
if [ ! -f coop-example-app/src/test/js/node_modules/axe-core/axe.min.js ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd coop-example-app/src/test/js && npm ci --no-audit --no-fund --silent) \
      || echo "run-tests: could not install axe-core; the accessibility audits will fail" >&2
  else
    echo "run-tests: npm missing: install Node.js so the browser tests can load axe-core" >&2
  fi
fi

exec mvn -B verify "$@"
