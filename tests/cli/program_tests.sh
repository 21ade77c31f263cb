#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Programs from the command line, with the real binary and a real history: --list-programs, and
# --program NAME --today on a fresh profile and after sessions imported into the history, which
# --today reads and never changes.
set -uo pipefail
bin=$1
unset DISPLAY WAYLAND_DISPLAY LANGUAGE
export LC_ALL=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=offscreen
fails=0 passes=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# A fresh profile of its own for each scenario.
profile() {
  export XDG_CONFIG_HOME=$work/$1/config XDG_DATA_HOME=$work/$1/data XDG_STATE_HOME=$work/$1/state
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
}
settings() { # settings STARTED_DAYS_AGO CONDITIONS
  mkdir -p "$XDG_CONFIG_HOME/rollguide"
  printf '[safety]\ndisclaimerAcknowledged=true\n[screening]\nanswered=true\nconditions=%s\n[program]\nid=start-gently\nstarted=%s\n' \
    "$2" "$(date -u -d "-$1 days" +%F)" > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
}
expect() { # expect NAME STATUS REGEX -- ARGS...
  local name=$1 want=$2 regex=$3; shift 4
  out=$("$bin" "$@" 2>&1); local status=$?
  if [[ $status -ne $want ]] || ! grep -Eq -- "$regex" <<<"$out"; then
    fail "$name: exit $status (wanted $want), output:"; echo "$out" | head -20
  else
    ok
  fi
}
# Every file's bytes. SQLite's side files (-wal, -shm), which it creates for any reader of a history
# in WAL mode, are left out; the history itself is in.
snapshot() { (cd "$work" && find . -type f ! -name '*.sqlite-wal' ! -name '*.sqlite-shm' -exec sha256sum {} + | sort); }

# History sessions as a JSON export, each "DAYS_AGO OUTCOMES BEFORE AFTER": outcomes such as
# done,hurt,done (the second move is the side-lying hip roll), ratings of the lower back.
history_file() {
  local file=$1 n=0 first=1; shift
  {
    printf '{"format": "rollguide-history", "version": 1, "sessions": [\n'
    for s in "$@"; do
      read -r ago outcomes before after <<<"$s"
      n=$((n + 1))
      local ids=(lower-back-supine-roll side-lying-hip-roll upper-back-seated-roll) steps="" i=0
      for o in ${outcomes//,/ }; do
        [[ -n $steps ]] && steps+=", "
        steps+="{\"exerciseId\": \"${ids[i]}\", \"exerciseName\": \"${ids[i]}\", \"outcome\": \"$o\"}"
        i=$((i + 1))
      done
      [[ $first -eq 1 ]] || printf ',\n'
      first=0
      printf '{"uuid": "00000000-0000-4000-8000-%012d", "started": "%s", "utcOffsetSeconds": 0, "timeZone": "UTC",' \
        "$n" "$(date -u -d "-$ago days -1 minute" +%FT%T.000Z)"
      printf ' "routineId": "program:start-gently", "routineName": "Start gently", "regions": ["lower"],'
      printf ' "plannedMs": 400000, "actualMs": 400000, "pausedMs": 0, "inhaleMs": 4000, "exhaleMs": 6000,'
      printf ' "outcome": "completed", "steps": [%s], "before": {"lower": %s}, "after": {"lower": %s},' \
        "$steps" "$before" "$after"
      printf ' "routine": {"schemaVersion": 1, "name": "Start gently", "steps": [{"exercise": "lower-back-supine-roll"}]}}'
    done
    printf '\n]}\n'
  } > "$file"
}
import() { # import FILE: into this profile's history
  local out
  out=$("$bin" --import-history "$1" 2>&1) || { fail "import $1: $out"; return 1; }
}

# --list-programs: one "id<TAB>name<TAB>N weeks" line each.
profile list
lines=$("$bin" --list-programs 2>&1)
if [[ $(grep -c . <<<"$lines") -eq 3 ]] && grep -qx $'start-gently\tStart gently\t6 weeks' <<<"$lines" &&
  ! grep -qvP '^[a-z0-9-]+\t[^\t]+\t[0-9]+ weeks?$' <<<"$lines"; then ok; else fail "--list-programs:"; echo "$lines"; fi

# A fresh profile: week 1, within the first-session limit (10 minutes), one set of 30 s or 10 breaths.
profile fresh
before=$(snapshot)
expect "fresh: week 1" 0 '^Start gently, week 1 of 6$' -- --program "Start gently" --today
today=$out
total=$(grep -oP '^Total: \K[0-9]+:[0-9]{2}$' <<<"$today")
if [[ -n $total ]] && (( 10#${total%%:*} * 60 + 10#${total##*:} <= 600 )); then ok; else fail "fresh: total '$total' over 10:00"; echo "$today"; fi
moves=$(grep -cE '^[0-9]+\. ' <<<"$today")
doses=$(grep -cE '^[0-9]+\. .* — (30 seconds|10 long breaths), 1 set(, each side)?$' <<<"$today")
if (( moves >= 3 && moves == doses )); then ok; else fail "fresh: $moves moves, $doses at the first week's dose"; echo "$today"; fi
grep -q 'short, easy sessions' <<<"$today" && ok || fail "fresh: the reason sentence is missing"
grep -q 'safety questions are not answered' <<<"$today" && ok || fail "fresh: unanswered screening not said"
[[ "$(snapshot)" == "$before" ]] && ok || fail "--today wrote something on a fresh profile"
expect "by id, any case" 0 '^Start gently, week 1 of 6$' -- --program START-GENTLY --today
expect "no program followed" 1 'not following a program' -- --today
expect "an unknown program is named, with the ones there are" 1 'no program "Yoga"; there are: Start gently, Desk back, After training' -- --program Yoga --today
expect "--program alone is a usage error" 2 '--program needs --today' -- --program "Start gently"
expect "--today with --routine is a usage error" 2 'cannot be used with' -- --today --routine first-session

# Two good weeks: week 3, with the sentence; --today changes neither the settings nor the history.
profile good
settings 14 ''
history_file "$work/good.json" "14 done,done,done 5 3" "12 done,done,done 5 3" "7 done,done,done 5 3" "5 done,done,done 5 4"
import "$work/good.json"
before=$(snapshot)
expect "good weeks: moved on" 0 'Moving on to week 3: you did 2 sessions last week and your back felt the same or better after each\.' -- --today
grep -qx 'Start gently, week 3 of 6' <<<"$out" && ok || fail "good weeks: not week 3"; 
[[ "$(snapshot)" == "$before" ]] && ok || fail "--today changed the settings or the history"

# A move that hurt this week: held, and the move left out.
profile hurt
settings 14 ''
history_file "$work/hurt.json" "14 done,done,done 5 3" "12 done,done,done 5 3" "7 done,done,done 5 3" "5 done,done,done 5 3" "0 done,hurt,done 5 4"
import "$work/hurt.json"
expect "hurt: held" 0 'Holding at week 3: the side-lying-hip-roll hurt on ' -- --today
grep -q 'Left out: Side-lying hip and low back roll: It hurt on' <<<"$out" && ok || fail "hurt: the move is not left out"; 
grep -qE '^[0-9]+\. Side-lying hip' <<<"$out" && fail "hurt: the move is still planned" || ok

# Worse after than before twice in a row: one week back.
profile worse
settings 16 ''
history_file "$work/worse.json" "16 done,done,done 5 3" "14 done,done,done 5 3" "9 done,done,done 5 3" "7 done,done,done 5 3" "1 done,done,done 3 5" "0 done,done,done 3 4"
import "$work/worse.json"
expect "worse twice: stepped back" 0 'Stepping back to week 2: your back felt worse after each of your last two sessions\.' -- --today

# The same move hurting three times: ask a doctor.
profile doctor
settings 14 ''
history_file "$work/doctor.json" "14 done,done,done 5 3" "12 done,done,done 5 3" "7 done,hurt,done 5 3" "5 done,hurt,done 5 3" "1 done,hurt,done 5 3"
import "$work/doctor.json"
expect "hurt three times: ask a doctor" 0 'has hurt 3 times\. Please ask a doctor before going on\.' -- --today

# Pregnancy: every move needs the doctor's OK first; no session, and why.
profile pregnant
settings 0 'pregnancy'
expect "pregnancy: no session until the doctor agrees" 1 "\(pregnancy\), the moves of this program need a doctor's OK first" -- --today

# Starting again keeps a move that hurt just before resting.
profile restart
settings 0 ''
history_file "$work/restart.json" "2 done,hurt,done 5 4"
import "$work/restart.json"
expect "restarted today: the move that hurt two days ago still rests" 0 'Left out: Side-lying hip and low back roll: It hurt on' -- --today
grep -qE '^[0-9]+\. Side-lying hip' <<<"$out" && fail "restart: the resting move is planned again" || ok

# Settings written by hand: another case for the id and a safety answer; an unknown program or answer is named.
profile hand
mkdir -p "$XDG_CONFIG_HOME/rollguide"
printf '[screening]\nanswered=true\nconditions=Pregnancy\n[program]\nid=START-GENTLY\nstarted=%s\n' "$(date -u -d '-7 days' +%F)" > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
expect "an answer in another case still counts" 1 "\(pregnancy\)" -- --today
printf '[screening]\nanswered=true\nconditions=bogus-id\n[program]\nid=start-gently\nstarted=%s\n' "$(date -u -d '-7 days' +%F)" > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
expect "an unknown safety answer is named" 0 'list the safety answer "bogus-id", which RollGuide does not know' -- --today
grep -qx 'Start gently, week 1 of 6' <<<"$out" && grep -q 'Picking up at week 1' <<<"$out" && ok || fail "the followed program's start date was not used"
printf '[program]\nid=yoga\nstarted=2026-01-01\n' > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
expect "an unknown program in the settings is named with the file" 1 "your settings \(.*rollguide.conf\) name the program \"yoga\"" -- --today
printf '[program]\nid=start-gently\nstarted=2026-02-30\n' > "$XDG_CONFIG_HOME/rollguide/rollguide.conf"
before=$(snapshot)
expect "a start date that is not a date is named with the file" 0 'give program/started as "2026-02-30", which is not a date' -- --today
[[ "$(snapshot)" == "$before" ]] && ok || fail "--today changed the settings with a bad start date"
expect "--program twice is a usage error" 2 '--program can be given only once' -- --program desk-back --program after-training --today

# A broken history is named, and nothing is planned from it.
profile broken
settings 3 ''
mkdir -p "$XDG_DATA_HOME/rollguide"
printf 'not a database' > "$XDG_DATA_HOME/rollguide/history.sqlite"
before=$(snapshot)
expect "a broken history is named" 1 'history.sqlite' -- --today
[[ "$(snapshot)" == "$before" ]] && ok || fail "--today changed a broken history"

echo "program command line: $passes passed, $fails failed"
[[ $fails -eq 0 ]]
