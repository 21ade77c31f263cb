#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the real rollguide binary the way a person or a script would, with no display.
set -uo pipefail
bin=$1 data=$2
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
fails=0 passes=0
expect() { # expect NAME STATUS REGEX -- ARGS...
  local name=$1 want=$2 regex=$3; shift 4
  local out status
  out=$("$bin" "$@" 2>&1); status=$?
  if [[ $status -ne $want ]] || ! grep -Eq -- "$regex" <<<"$out"; then
    echo "FAIL: $name: exit $status (wanted $want), output:"; echo "$out" | head -20; fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}
expect "version" 0 '^rollguide [0-9]+\.[0-9]+\.[0-9]+$' -- --version
expect "help lists the options" 0 'check-catalog' -- --help
expect "check a valid catalog" 0 'valid-mini.json: 2 exercises: 1 lower back, 1 mid back, 1 upper back' -- --check-catalog "$data/catalogs/valid-mini.json"
expect "check the bundled catalog" 0 ': [0-9]+ exercises: ' -- --check-catalog :/data/exercises.json
expect "check a bad catalog names the place" 1 'negative-duration.json: /exercises/0/dose/amount: expected a whole number' -- --check-catalog "$data/catalogs/negative-duration.json"
expect "check a syntax error names line and column" 1 'line 3, column 3: not valid JSON' -- --check-catalog "$data/catalogs/syntax-error.json"
expect "check lists every error" 1 'not a valid catalog \(3 errors\)' -- --check-catalog "$data/catalogs/bad-dose.json"
expect "check a missing file" 1 'no-such.json: the file does not exist' -- --check-catalog "$data/no-such.json"
expect "unknown option" 2 "Unknown option 'bogus'" -- --bogus
expect "bad log level" 2 'Unknown log level' -- --log-level loud
expect "check needs a file" 2 'Missing value after' -- --check-catalog
expect "list routines of a catalog" 0 $'^Quick\t9:20$' -- --list-routines --catalog "$data/catalogs/valid-mini.json"
expect "list the built-in routines" 0 $'^First session\t[0-9]+:[0-5][0-9]$' -- --list-routines
expect "list routines of a bad catalog" 1 'negative-duration.json: /exercises/0/dose/amount' -- --list-routines --catalog "$data/catalogs/negative-duration.json"
# Exactly one line per built-in routine, each "name<TAB>m:ss", and nothing else on stdout.
lines=$(QT_QPA_PLATFORM= "$bin" --list-routines 2>/dev/null)
if [[ $(grep -c . <<<"$lines") -eq 5 ]] && ! grep -qvP '^[^\t]+\t[0-9]+:[0-5][0-9]$' <<<"$lines"; then
  passes=$((passes + 1))
else
  echo "FAIL: list routines prints one name<TAB>m:ss line per routine:"; echo "$lines"; fails=$((fails + 1))
fi
# Personal routines follow the built-in ones; an unreadable one is named on stderr.
mkdir -p "$XDG_DATA_HOME/rollguide/routines"
cat > "$XDG_DATA_HOME/rollguide/routines/evening.json" <<'JSON'
{"schemaVersion": 1, "name": "My evening", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 30, "sets": 1, "perSide": true, "restSeconds": 0}}]}
JSON
printf '{"schemaVersion": 1, "name": "Brok' > "$XDG_DATA_HOME/rollguide/routines/broken.json"
out=$("$bin" --list-routines 2>"$XDG_DATA_HOME/err")
if [[ $(tail -n1 <<<"$out") == $'My evening\t1:15' ]] && grep -q 'broken.json' "$XDG_DATA_HOME/err" && [[ $(grep -c . <<<"$out") -eq 6 ]]; then
  passes=$((passes + 1))
else
  echo "FAIL: personal routines after the built-in ones:"; echo "$out"; cat "$XDG_DATA_HOME/err"; fails=$((fails + 1))
fi
expect "--start without --routine" 2 'needs --routine' -- --start
echo "cli: $passes passed, $fails failed"
[[ $fails -eq 0 ]]
