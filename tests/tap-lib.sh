# tap-lib.sh — TAP helpers shared by the daicho-cli test scripts
# shellcheck shell=sh
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced, not run: . "$(dirname "$0")/tap-lib.sh"
# A script calls tap_begin "$@" first and tap_end last, and defines
# run ARGS… (how it calls daicho-cli: stdout to $OUT, stderr to $ERR, exit
# code to $status), which expect uses.

# tap_begin PATH/TO/daicho-cli: sets $CLI, a temporary folder $TMP (removed on
# exit) and in it $DB, $OUT and $ERR; the counts start at 0. Bails out on a bad CLI.
tap_begin () {
  CLI=${1:?usage: $(basename "$0") PATH/TO/daicho-cli}
  if [ ! -x "$CLI" ]; then
    echo "Bail out! $CLI is not an executable file"
    exit 99
  fi
  TMP=$(mktemp -d "${TMPDIR:-/tmp}/daicho-$(basename "$0" .sh).XXXXXX") || exit 99
  trap 'rm -rf "$TMP"' EXIT
  trap 'exit 99' INT TERM

  # Nothing from the caller's environment chooses the database or operator.
  unset DAICHO_DB DAICHO_OPERATOR

  # shellcheck disable=SC2034 # used by the scripts
  DB="$TMP/daicho.sqlite3"
  OUT="$TMP/out"
  ERR="$TMP/err"
  n=0
  failed=0
  status=0
}

# tap_end: prints the plan; fails when a check failed (TODO checks do not count).
tap_end () {
  echo "1..$n"
  [ "$failed" -eq 0 ]
}

pass () {
  n=$((n + 1))
  echo "ok $n - $1"
}

fail () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  # The last command's output, as TAP diagnostics.
  sed 's/^/#   out: /' "$OUT" 2>/dev/null | head -n 20
  sed 's/^/#   err: /' "$ERR" 2>/dev/null | head -n 20
}

# A check that fails because of a known, reported bug: TAP "TODO", which
# meson counts as an expected failure. Once the bug is fixed it is plain "ok".
known_bug () {
  desc=$1
  bug=$2
  shift 2
  if "$@"; then
    pass "$desc"
  else
    n=$((n + 1))
    echo "not ok $n - $desc # TODO known bug: $bug"
  fi
}

# skip DESCRIPTION REASON: a check that cannot be made here.
skip () {
  n=$((n + 1))
  echo "ok $n - $1 # SKIP $2"
}

# check DESCRIPTION COMMAND…: passes when COMMAND succeeds.
check () {
  desc=$1
  shift
  if "$@"; then pass "$desc"; else fail "$desc"; fi
}

# expect CODE DESCRIPTION ARGS…: runs daicho-cli ARGS and checks the exit code.
expect () {
  want=$1
  desc=$2
  shift 2
  run "$@"
  if [ "$status" -eq "$want" ]; then
    pass "$desc"
  else
    fail "$desc (exit $status, expected $want)"
  fi
}

contains () {  # contains FILE TEXT
  grep -F -q -- "$2" "$1"
}

# Data rows of a CSV listing (lines after the header).
rows () {
  tail -n +2 "$1" | grep -c .
}
