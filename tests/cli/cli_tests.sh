#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Runs the real rollguide binary the way a person or a script would, with no display.
set -uo pipefail
bin=$1 data=$2
unset DISPLAY WAYLAND_DISPLAY LANGUAGE
export LC_ALL=C.UTF-8 # English, whatever the machine's language
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
# Sound and speech come with the cue module, loaded on first need: the program itself links neither.
if ldd "$bin" | grep -Eq 'libQt6(Multimedia|TextToSpeech|Charts)|libpulse'; then
  echo "FAIL: the program links audio or speech libraries:"; ldd "$bin" | grep -E 'Multimedia|TextToSpeech|pulse'; fails=$((fails + 1))
else
  passes=$((passes + 1))
fi
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
# As many as the catalog's own summary counts ("...; N routines").
builtin=$("$bin" --check-catalog :/data/exercises.json | grep -oE '[0-9]+ routines' | grep -oE '[0-9]+')
if [[ -n $builtin && $(grep -c . <<<"$lines") -eq $builtin ]] && ! grep -qvP '^[^\t]+\t[0-9]+:[0-5][0-9]$' <<<"$lines"; then
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
if [[ $(tail -n1 <<<"$out") == $'My evening\t1:15' ]] && grep -q 'broken.json' "$XDG_DATA_HOME/err" && [[ $(grep -c . <<<"$out") -eq $((builtin + 1)) ]]; then
  passes=$((passes + 1))
else
  echo "FAIL: personal routines after the built-in ones:"; echo "$out"; cat "$XDG_DATA_HOME/err"; fails=$((fails + 1))
fi
expect "--start without --routine" 2 'needs --routine' -- --start
# The routine sheet as a PDF file, with no display.
pdfdir=$(mktemp -d)
check() { # check NAME COMMAND...: passes when the command succeeds
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name"; fails=$((fails + 1)); fi
}
expect "export a built-in routine's sheet" 0 'three.pdf: 1 page' -- --routine three-move-sequence --export-pdf "$pdfdir/three.pdf"
check "the sheet is a PDF" test "$(head -c 5 "$pdfdir/three.pdf" 2>/dev/null)" = '%PDF-'
# poppler-utils is installed by ./scripts/test: without pdfinfo or pdftotext these checks fail.
check "a three-move routine fits on one page" grep -Eq '^Pages: +1$' <(pdfinfo "$pdfdir/three.pdf")
expect "export a personal routine by name" 0 'evening.pdf: 1 page' -- --routine "my evening" --export-pdf "$pdfdir/evening.pdf"
out=$(QT_QPA_PLATFORM= "$bin" --routine "Full back" --export-pdf "$pdfdir/full.pdf" 2>&1)
check "export with no display and no platform set: $out" test -s "$pdfdir/full.pdf"
expect "export an unknown routine" 1 'there is no routine called "No such routine"' -- --routine "No such routine" --export-pdf "$pdfdir/none.pdf"
check "nothing is written for an unknown routine" test ! -e "$pdfdir/none.pdf"
expect "export a broken routine file" 1 'syntax-error.json' -- --routine "$data/routines/syntax-error.json" --export-pdf "$pdfdir/none.pdf"
expect "export into a missing folder" 1 'export-pdf: .*the folder .*/missing does not exist' -- --routine "Full back" --export-pdf "$pdfdir/missing/x.pdf"
check "no folder is made" test ! -e "$pdfdir/missing"
expect "export onto a folder" 1 'export-pdf: .* is a folder' -- --routine "Full back" --export-pdf "$pdfdir"
expect "export where nothing may be written" 1 'export-pdf: /proc/rollguide-sheet.pdf cannot be written' -- --routine "Full back" --export-pdf /proc/rollguide-sheet.pdf
expect "export without --routine" 2 'needs --routine' -- --export-pdf "$pdfdir/y.pdf"
expect "export with a bad catalog" 1 'negative-duration.json' -- --catalog "$data/catalogs/negative-duration.json" --routine x --export-pdf "$pdfdir/z.pdf"
# A name with HTML characters prints exactly as typed.
cat > "$pdfdir/html.json" <<'JSON'
{"schemaVersion": 1, "name": "<b>Tom & Jerry's</b> \"roll\" &amp;", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 30, "sets": 1, "perSide": true, "restSeconds": 0}}]}
JSON
expect "export a routine file" 0 'html.pdf: 1 page' -- --routine "$pdfdir/html.json" --export-pdf "$pdfdir/html.pdf"
check "a name with HTML characters prints as typed" grep -qF '<b>Tom & Jerry'"'"'s</b> "roll" &amp;' <(pdftotext "$pdfdir/html.pdf" -)
# Languages: --language, the system's language, and the en_XA pseudo-language in every kind of output.
expect "an unknown language names those there are" 2 'no language "xx"; choose one of: .*en_XA' -- --language xx
expect "--language needs a code" 2 'needs a language code' -- --language ""
help=$("$bin" --language en_XA --help 2>&1)
# Every option's description is RollGuide's own text; only Qt's "Usage:" and "Options:" are not.
untranslated=$(grep -E '^  -' <<<"$help" | grep -v '⟦' || true)
check "en_XA: every option in --help is translated" test -z "$untranslated" -a -n "$help"
[[ -z $untranslated ]] || echo "$untranslated"
expect "en_XA: an error of the command line" 2 '⟦.*--routine.*⟧' -- --language en_XA --start
expect "en_XA: a file error" 1 '⟦.*⟧' -- --language en_XA --check-catalog "$data/no-such.json"
expect "en_XA: the export's report" 0 '⟦.*páágé.*⟧' -- --language en_XA --routine three-move-sequence --export-pdf "$pdfdir/xa.pdf"
check "en_XA: the sheet's headings and doses" grep -q '⟦.*şééçööñdş' <(pdftotext "$pdfdir/xa.pdf" -)
check "en_XA: the routine's own name stays as typed" grep -qx 'Three-move sequence' <(pdftotext "$pdfdir/xa.pdf" -)
out=$(LANGUAGE=en_XA LC_ALL= LANG=en_US.UTF-8 "$bin" --help 2>&1)
check "the system's language is used (LANGUAGE=en_XA)" grep -q '^⟦RööllGüü' <<<"$out"
# Settings ▸ Language (ui/language) beats the system's language; --language beats both; a
# language RollGuide does not carry is named with the file, and the system's is used.
langconf=$(mktemp -d)
mkdir -p "$langconf/rollguide"
printf '[ui]\nlanguage=de\n' > "$langconf/rollguide/rollguide.conf"
before=$(sha256sum "$langconf/rollguide/rollguide.conf")
out=$(XDG_CONFIG_HOME=$langconf "$bin" --help 2>&1)
check "the saved language is used (ui/language=de)" grep -q 'Optionen' <<<"$out"
out=$(XDG_CONFIG_HOME=$langconf "$bin" --language fr --help 2>&1)
check "--language wins over the saved language" grep -qi 'options' <<<"$out"
check "--language wins over the saved language (no German)" bash -c '! grep -q Optionen <<<"$1"' _ "$out"
printf '[ui]\nlanguage=xx\n' > "$langconf/rollguide/rollguide.conf"
out=$(XDG_CONFIG_HOME=$langconf "$bin" --list-routines 2>&1)
check "an unknown saved language is named with its file" grep -q "rollguide.conf: ui/language: .*no language \"xx\".*system's language" <<<"$out"
check "an unknown saved language still lists the routines" grep -q 'Full back' <<<"$out"
printf '[ui]\nlanguage=de\n' > "$langconf/rollguide/rollguide.conf"
check "reading the saved language changes nothing" test "$before" = "$(sha256sum "$langconf/rollguide/rollguide.conf")"
rm -rf "$langconf"
rm -rf "$pdfdir"
# The history: a session played with --start to its end, and one killed half-way, as --history and
# the exports see them; commands that only read change nothing.
hist=$(mktemp -d)
export XDG_CONFIG_HOME=$hist/config XDG_DATA_HOME=$hist/data
mkdir -p "$XDG_CONFIG_HOME/rollguide"
printf '[safety]\ndisclaimerAcknowledged=true\n[screening]\nanswered=true\nconditions=@Invalid()\n[cues]\nsounds=false\nbreathTones=false\nvoice=false\n' > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
cat > "$hist/tiny.json" <<'JSON'
{"schemaVersion": 1, "name": "Tiny", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 5, "sets": 1, "perSide": false, "restSeconds": 0}}, {"exercise": "lower-back-supine-roll", "dose": {"unit": "seconds", "amount": 5, "sets": 1, "perSide": false, "restSeconds": 0}}]}
JSON
expect "no history yet" 0 'no sessions recorded yet' -- --history
check "a command that only reads creates no history" test ! -e "$XDG_DATA_HOME/rollguide/history.sqlite"
play() { # play SECONDS_OR_end: runs Tiny with --start; "end" waits for its end, a number kills it then
  "$bin" --routine "$hist/tiny.json" --start >"$hist/play.log" 2>&1 &
  local pid=$! waited=0
  while ((waited < 120)); do
    sleep 0.5; waited=$((waited + 1))
    if [[ $1 == end ]]; then grep -q 'session finished' "$hist/play.log" && break
    elif grep -q "segment $1 " "$hist/play.log"; then break; fi
  done
  sleep 0.5
  kill -9 "$pid"; wait "$pid" 2>/dev/null
}
play end
expect "a session played to its end is in --history" 0 $'Tiny\t1 minute\tcompleted, 2 of 2 done' -- --history
play 3 # killed in the second move (segment 2 is its preparation, 3 its roll)
expect "a session killed half-way is in --history with what was done" 0 $'Tiny\t[0-9]+ minutes?\tdid not finish, 1 of 2 done' -- --history
expect "export the history as CSV" 0 'history.csv: 2 sessions' -- --export-history "$hist/history.csv"
check "the CSV has a header and one row per session" test "$(grep -c . "$hist/history.csv")" -eq 3
check "the CSV gives each session's outcome and counts" grep -q ',Tiny,running,[0-9]*,[0-9]*,2,1,' "$hist/history.csv"
expect "export the history as JSON" 0 'history.json: 2 sessions' -- --export-history "$hist/history.json"
check "the JSON gives each step's outcome" grep -q '"outcome": "done"' "$hist/history.json"
expect "an export needs .csv or .json" 2 'neither in .csv nor in .json' -- --export-history "$hist/history.txt"
expect "an export never writes into the history's folder" 1 'where RollGuide keeps' -- --export-history "$XDG_DATA_HOME/rollguide/x.csv"
before=$(cd "$XDG_DATA_HOME" && find . -type f -exec sha256sum {} + | sort)
"$bin" --history >/dev/null 2>&1; "$bin" --export-history "$hist/again.json" >/dev/null 2>&1
check "--history and --export-history change nothing in the history" test "$before" == "$(cd "$XDG_DATA_HOME" && find . -type f -exec sha256sum {} + | sort)"
expect "importing the export again adds nothing" 0 '0 sessions added' -- --import-history "$hist/history.json"
mv "$XDG_DATA_HOME/rollguide/history.sqlite" "$hist/old.sqlite"; rm -f "$XDG_DATA_HOME/rollguide/history.sqlite-"*
expect "importing into an empty history adds them all" 0 '2 sessions added' -- --import-history "$hist/history.json"
expect "the imported sessions are listed" 0 $'Tiny\t1 minute\tcompleted, 2 of 2 done' -- --history
printf 'not json' > "$hist/bad.json"
expect "a bad import names the file and imports nothing" 1 'bad.json: not a RollGuide history export' -- --import-history "$hist/bad.json"
mkfifo "$hist/pipe.json"
expect "an import from a named pipe is refused at once" 1 'pipe.json: .*named pipe' -- --import-history "$hist/pipe.json"
printf 'garbage that is not sqlite' > "$XDG_DATA_HOME/rollguide/history.sqlite"
expect "--history names a history file that is not one, and leaves it" 1 'history.sqlite is not an SQLite database' -- --history
check "the bad history file is left as it was" grep -q 'garbage that is not sqlite' "$XDG_DATA_HOME/rollguide/history.sqlite"
rm -rf "$hist"
echo "cli: $passes passed, $fails failed"
[[ $fails -eq 0 ]]
