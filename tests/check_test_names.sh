#!/bin/bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# ctest's discovery splits a Catch test name at ";" and then runs a filter that matches nothing, so
# such a test passes without running. Fails when any test name of the given binaries holds one.
set -u
status=0
for binary in "$@"; do
    # Catch exits with the number of tests it listed, so only the listing itself is looked at.
    names=$("$binary" --list-test-names-only 2>/dev/null | grep -v '^$')
    if [ -z "$names" ]; then
        echo "FAIL: $binary listed no tests"
        status=1
        continue
    fi
    if bad=$(printf '%s\n' "$names" | grep ';'); then
        printf 'FAIL: %s: a test name holds ";" (ctest would run nothing for it):\n%s\n' "$binary" "$bad"
        status=1
    else
        echo "ok: $binary: $(printf '%s\n' "$names" | wc -l) test names, none with \";\""
    fi
done
exit $status
