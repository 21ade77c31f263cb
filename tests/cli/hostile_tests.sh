#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Hostile inputs to the real rollguide binary: outputs that are inputs, pipes, odd file names, links out of
# the catalog, control characters, odd command lines. Nothing may hang (every run has a time limit),
# nothing the person made may change, and every refusal names what and where.
set -uo pipefail
bin=$(realpath "$1") data=$(realpath "$2")
unset DISPLAY WAYLAND_DISPLAY
work=$(mktemp -d)
trap 'umount "$work/full" 2>/dev/null; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data HOME=$work/home
mkdir -p "$HOME"
routines=$XDG_DATA_HOME/rollguide/routines
fails=0 passes=0
fail() { echo "FAIL: $1"; [[ -n ${2:-} ]] && echo "$2" | head -20; fails=$((fails + 1)); }
pass() { passes=$((passes + 1)); }
# run ARGS...: runs the binary with a time limit; sets $out (stdout and stderr) and $status (124: it hung).
run() { out=$(timeout 20 "$bin" "$@" 2>&1); status=$?; }
# expect NAME STATUS REGEX -- ARGS...
expect() {
  local name=$1 want=$2 regex=$3; shift 4
  run "$@"
  if [[ $status -eq 124 ]]; then fail "$name: it hung" "$out"
  elif [[ $status -ne $want ]] || ! grep -Eq -- "$regex" <<<"$out"; then fail "$name: exit $status (wanted $want)" "$out"
  else pass; fi
}
check() { local name=$1; shift; if "$@"; then pass; else fail "$name"; fi; }
fingerprint() { (cd "$1" && find . -print0 | sort -z | xargs -0 sha256sum 2>/dev/null; find . | sort) | sha256sum; }
routine() { # routine NAME: a valid one-step routine file's text
  printf '{"schemaVersion": 1, "name": "%s", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 30, "sets": 1, "perSide": true, "restSeconds": 0}}]}\n' "$1"
}

# --- Reading must not create anything ---------------------------------------------------------------
expect "list with no data folder" 0 $'^First session\t' -- --list-routines
check "--list-routines creates no folder" test ! -e "$XDG_DATA_HOME"
check "--list-routines creates no settings" test ! -e "$XDG_CONFIG_HOME"

# --- An export never writes over what it reads ------------------------------------------------------
mkdir -p "$routines" "$work/out"
routine "Mine" > "$work/mine.json"
cp "$work/mine.json" "$work/mine.orig"
expect "export onto the routine file it reads" 1 'export-pdf: .*mine.json is an input, which this command reads' -- --routine "$work/mine.json" --export-pdf "$work/mine.json"
check "the routine file is unchanged" cmp -s "$work/mine.json" "$work/mine.orig"
ln -s "$work/mine.json" "$work/out/alias.pdf"
expect "export onto a link to the routine file" 1 'alias.pdf is .*mine.json, which this command reads' -- --routine "$work/mine.json" --export-pdf "$work/out/alias.pdf"
ln "$work/mine.json" "$work/out/hard.pdf"
expect "export onto a hard link to the routine file" 1 'hard.pdf is .*mine.json, which this command reads' -- --routine "$work/mine.json" --export-pdf "$work/out/hard.pdf"
expect "export onto the same file through .." 1 'which this command reads' -- --routine "$work/mine.json" --export-pdf "$work/out/../mine.json"
check "the routine file is still unchanged" cmp -s "$work/mine.json" "$work/mine.orig"
routine "Evening" > "$routines/evening.json"
before=$(fingerprint "$XDG_DATA_HOME")
expect "export into the routines folder" 1 "lies in .*/data/rollguide, where RollGuide keeps your routines" -- --routine "Full back" --export-pdf "$routines/evening.json"
ln -s "$routines" "$work/out/r"
expect "export into the routines folder through a link" 1 'where RollGuide keeps your routines' -- --routine "Full back" --export-pdf "$work/out/r/new.pdf"
check "the routines folder is unchanged" test "$(fingerprint "$XDG_DATA_HOME")" = "$before"
cp "$data/catalogs/valid-mini.json" "$work/cat.json"; cp -r "$data/catalogs/illustrations" "$work/" 2>/dev/null
expect "export onto the catalog it reads" 1 'cat.json is an input, which this command reads' -- --catalog "$work/cat.json" --routine quick --export-pdf "$work/cat.json"
check "the catalog is unchanged" cmp -s "$work/cat.json" "$data/catalogs/valid-mini.json"
expect "export onto the settings file" 1 'rollguide.conf is an input, which this command reads' -- --routine "Full back" --export-pdf "$XDG_CONFIG_HOME/rollguide/rollguide.conf"

# --- Commands that only read change nothing, even with a damaged routine and an older backup ---------
routine "Broken, older copy" > "$routines/broken.json.bak"
printf '{"schemaVersion": 1, "name": "Brok' > "$routines/broken.json"
before=$(fingerprint "$XDG_DATA_HOME")
run --log-level off --list-routines
check "a damaged routine is named even with --log-level off" grep -q 'broken.json could not be read' <<<"$out"
check "the damaged routine is named once, its folder once, no trailing slash" \
  test "$(grep -c 'broken.json' <<<"$out")" -eq 1 -a "$(grep -c 'routines/:' <<<"$out")" -eq 0
check "no older copy stands in for it" test "$(grep -c 'older copy' <<<"$out")" -eq 0
run --routine "Full back" --export-pdf "$work/out/full.pdf"
check "exporting a built-in routine works beside a damaged file" test $status -eq 0 -a -s "$work/out/full.pdf"
check "listing and exporting moved, restored and created nothing" test "$(fingerprint "$XDG_DATA_HOME")" = "$before"
rm "$routines/broken.json" "$routines/broken.json.bak"

# --- Hand-edited whole numbers ------------------------------------------------------------------------
printf '{"schemaVersion": 1, "name": "Hand made", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 3e1, "sets": 1.0, "perSide": true, "restSeconds": 0.0}}]}' > "$routines/hand.json"
expect "5.0 and 5e0 are whole numbers" 0 $'Hand made\t1:15' -- --list-routines
printf '{"schemaVersion": 1, "name": "Half", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 30.5, "sets": 1, "perSide": true, "restSeconds": 0}}]}' > "$work/half.json"
expect "30.5 is not, and the message shows it as typed" 1 'expected a whole number from 5 to 600, found the number 30.5' -- --routine "$work/half.json" --export-pdf "$work/out/h.pdf"
rm "$routines/hand.json"

# --- File names that cannot be used are named, never skipped silently -------------------------------
routine "Tab" > "$routines/"$'tab\there.json'
routine "Newline" > "$routines/"$'new\nline.json'
routine "Backslash" > "$routines/back\\slash.json"
routine "Latin-1" > "$routines/"$'caf\xe9.json'
run --list-routines
check "a name with a tab is named" grep -qF 'tab\there.json' <<<"$out"
check "a name with a line break is named on one line" grep -qF 'new\nline.json' <<<"$out"
check "a name with a backslash is named" grep -qF 'back\slash.json' <<<"$out"
check "a name that is not UTF-8 is named" grep -qF 'caf\xe9.json' <<<"$out"
rm -f "$routines"/*tab* "$routines"/new* "$routines"/back* "$routines"/caf*

# --- Pipes never block ---------------------------------------------------------------------------------
mkfifo "$work/pipe.json" "$work/pipe.conf"
expect "--routine a pipe" 1 'pipe.json: .*named pipe' -- --routine "$work/pipe.json" --export-pdf "$work/out/p.pdf"
expect "--catalog a pipe" 1 'pipe.json: .*named pipe' -- --catalog "$work/pipe.json" --list-routines
expect "--check-catalog a pipe" 1 'pipe.json: .*named pipe' -- --check-catalog "$work/pipe.json"
mkdir -p "$XDG_CONFIG_HOME/rollguide"; mkfifo "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
expect "a settings file that is a pipe" 0 'settings file .*rollguide.conf could not be read \(it is a named pipe' -- --list-routines
check "the settings pipe is left as it is" test -p "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
rm "$XDG_CONFIG_HOME/rollguide/rollguide.conf"

# --- Illustrations: nothing outside the catalog is read ------------------------------------------------
cat_dir=$work/catalog; mkdir -p "$cat_dir/illustrations"
cp "$data/illustrations/good.json" "$cat_dir/catalog.json"
cp "$data/illustrations/illustrations/"{low-roll,upper-hold}.svg "$cat_dir/illustrations/"
expect "the good illustrated catalog" 0 'catalog.json: 2 exercises' -- --check-catalog "$cat_dir/catalog.json"
mv "$cat_dir/illustrations/low-roll.svg" "$work/low-roll.svg"
mkfifo "$cat_dir/illustrations/low-roll.svg"
expect "an illustration that is a pipe" 1 '/illustration/file: .*named pipe' -- --check-catalog "$cat_dir/catalog.json"
rm "$cat_dir/illustrations/low-roll.svg"
ln -s /etc/passwd "$cat_dir/illustrations/low-roll.svg"
expect "an illustration linked out of the folder" 1 'resolves to /etc/passwd, outside the catalog' -- --check-catalog "$cat_dir/catalog.json"
rm "$cat_dir/illustrations/low-roll.svg"
sed 's|</svg>|<image href="/etc/hostname" width="10" height="10"/></svg>|' "$work/low-roll.svg" > "$cat_dir/illustrations/low-roll.svg"
expect "an SVG that links a local file" 1 'links to "/etc/hostname" \(line [0-9]+, column [0-9]+\)' -- --check-catalog "$cat_dir/catalog.json"
expect "an SVG that links a local file is not printed" 1 'links to' -- --catalog "$cat_dir/catalog.json" --routine x --export-pdf "$work/out/i.pdf"
sed 's|</svg>|<image xlink:href="'"$work"'/pipe.json" xmlns:xlink="http://www.w3.org/1999/xlink"/></svg>|' "$work/low-roll.svg" > "$cat_dir/illustrations/low-roll.svg"
expect "an SVG that links a pipe" 1 'links to' -- --check-catalog "$cat_dir/catalog.json"
{ echo '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'; tail -n +2 "$work/low-roll.svg"; } > "$cat_dir/illustrations/low-roll.svg"
expect "an SVG with an external entity" 1 'declares XML entities' -- --check-catalog "$cat_dir/catalog.json"
sed 's|</svg>|<script>alert(1)</script></svg>|' "$work/low-roll.svg" > "$cat_dir/illustrations/low-roll.svg"
expect "an SVG with a script" 1 'holds a <script> element' -- --check-catalog "$cat_dir/catalog.json"
sed 's|</svg>|<rect fill="url(file:///etc/passwd)" width="1" height="1"/></svg>|' "$work/low-roll.svg" > "$cat_dir/illustrations/low-roll.svg"
expect "an SVG with an external url()" 1 'refers to url\(file' -- --check-catalog "$cat_dir/catalog.json"

# --- The command line before any display ---------------------------------------------------------------
expect "an unknown option with no display" 2 "Unknown option 'bogus'" -- --bogus
expect "an unknown single-dash word with no display" 2 "Unknown option 'bogus'" -- -bogus
expect "Qt's -platform beside a headless mode" 0 $'^First session\t' -- -platform offscreen --list-routines

# --- Exit codes agree ----------------------------------------------------------------------------------
printf '{"schemaVersion": 1, "name": "Unknown moves", "steps": [{"exercise": "no-such-move", "dose": {"unit": "seconds", "amount": 30, "sets": 1, "perSide": false, "restSeconds": 0}}]}' > "$work/unknown.json"
expect "exporting a routine that cannot be planned" 1 'Unknown moves: routine: none of its moves is in the catalog' -- --routine "$work/unknown.json" --export-pdf "$work/out/u.pdf"
check "nothing is written for it" test ! -e "$work/out/u.pdf"
cp "$work/unknown.json" "$routines/unknown.json"
expect "listing it fails the same way" 1 'Unknown moves: routine: none of its moves is in the catalog' -- --list-routines
rm "$routines/unknown.json"

# --- Messages that say what and where ------------------------------------------------------------------
expect "a folder as --routine" 1 'this is a folder, not a file' -- --routine "$work/out/" --export-pdf "$work/out/f.pdf"
ln -s loop-b.json "$work/loop-a.json"; ln -s loop-a.json "$work/loop-b.json"
expect "a symbolic-link loop" 1 'loop-a.json: its symbolic links form a loop' -- --routine "$work/loop-a.json" --export-pdf "$work/out/l.pdf"
expect "an export over a file of /proc" 1 '/proc/version cannot be written: the folder /proc does not take new files' -- --routine "Full back" --export-pdf /proc/version
printf '{"schemaVersion": 1, "name": "Big", "steps": [{"exercise": "sacrum-hip-release", "dose": {"unit": "seconds", "amount": 1e400, "sets": 1, "perSide": true, "restSeconds": 0}}]}' > "$work/huge.json"
expect "1e400 has a position" 1 'huge.json: line 1, column [0-9]+: not valid JSON: a number is too large' -- --routine "$work/huge.json" --export-pdf "$work/out/x.pdf"
XDG_DATA_HOME=$work/empty expect "a catalog with no routines" 1 'there are no routines at all' -- --catalog "$data/catalogs/no-routines.json" --routine x --export-pdf "$work/out/x.pdf"
out=$( (ulimit -f 8; timeout 20 "$bin" --routine "Full back" --export-pdf "$work/out/limit.pdf") 2>&1); status=$?
check "a file-size limit is named: $out" grep -q 'larger than this system allows' <<<"$out"
if [[ $(id -u) -eq 0 ]] && mkdir -p "$work/full" && mount -t tmpfs -o size=32k tmpfs "$work/full" 2>/dev/null; then
  head -c 28000 /dev/zero > "$work/full/filler"
  expect "a full disk says so" 1 'the disk is full' -- --routine "Full back" --export-pdf "$work/full/sheet.pdf"
  check "no temporary file is left on the full disk" test "$(ls -A "$work/full")" = filler
  umount "$work/full"
else
  echo "WARN: cannot mount a tmpfs here; the full-disk message is checked by the core store tests"
fi

# --- Names: a name is a name; counted as a person sees it ------------------------------------------------
(cd "$work" && routine "Not the built-in" > "Full back" && timeout 20 "$bin" --routine "Full back" --export-pdf "$work/out/name.pdf" >/dev/null 2>&1)
check "a file in the current folder does not win over a built-in name" grep -q 'Title: *Full back' <(pdfinfo "$work/out/name.pdf")
(cd "$work" && timeout 20 "$bin" --routine "./Full back" --export-pdf "$work/out/file.pdf" >/dev/null 2>&1)
check "the file is read when written as a path" grep -q 'Title: *Not the built-in' <(pdfinfo "$work/out/file.pdf")
emoji41=$(printf '👍🏽%.0s' $(seq 41)); emoji81=$(printf '👍🏽%.0s' $(seq 81))
routine "$emoji41" > "$work/e41.json"; routine "$emoji81" > "$work/e81.json"
expect "41 emoji with skin tones are 41 characters" 0 'e41.pdf: 1 page' -- --routine "$work/e41.json" --export-pdf "$work/out/e41.pdf"
expect "81 are too many, and counted as seen" 1 '/name: text is 81 characters long; at most 80' -- --routine "$work/e81.json" --export-pdf "$work/out/e81.pdf"

# --- Text that leaves RollGuide stays plain ------------------------------------------------------------------
routine $'Bell\\u0007 Esc\\u001b[31m Nul\\u0000 LS\u2028 RLO\u202eevil' > "$routines/control.json"
lines=$(timeout 20 "$bin" --list-routines 2>/dev/null)
# One line per routine: the catalog's own (as its summary counts them) and each readable file here.
builtin=$("$bin" --check-catalog :/data/exercises.json | grep -oE '[0-9]+ routines' | grep -oE '[0-9]+')
personal=$(timeout 20 "$bin" --list-routines 2>&1 >/dev/null | grep -c . || true)
files=$(find "$routines" -maxdepth 1 -name '*.json' -type f | wc -l)
check "a listing stays one line per routine: $lines" test "$(grep -c . <<<"$lines")" -eq $((builtin + files - personal))
check "no control, separator or override character reaches the listing" bash -c '! grep -qP "[\x00-\x08\x0b-\x1f\x7f]|\xe2\x80[\xa8\xa9\xaa-\xae]" <<<"$1"' _ "$lines"
timeout 20 "$bin" --routine "$routines/control.json" --export-pdf "$work/out/control.pdf" >/dev/null 2>&1
check "no control character reaches the PDF's title" bash -c 'pdfinfo "$1" | grep "^Title:" | grep -qvP "[\x00-\x08\x0b-\x1f\x7f]|\xe2\x80[\xa8\xa9\xaa-\xae]"' _ "$work/out/control.pdf"
rm "$routines/control.json"

# --- A relative XDG_DATA_HOME is ignored, as the XDG spec says ---------------------------------------------------
mkdir -p "$HOME/.local/share/rollguide/routines" "$work/cwd"
routine "From home" > "$HOME/.local/share/rollguide/routines/home.json"
out=$(cd "$work/cwd" && XDG_DATA_HOME=relative timeout 20 "$bin" --list-routines 2>&1)
check "a relative XDG_DATA_HOME falls back to ~/.local/share: $out" grep -q $'From home\t' <<<"$out"
check "and nothing is made under the relative path" test ! -e "$work/cwd/relative"

echo "hostile: $passes passed, $fails failed"
[[ $fails -eq 0 ]]
