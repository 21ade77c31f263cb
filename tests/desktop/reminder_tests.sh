#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Reminders with the real rollguide binary, started with --background as the autostart entry starts it, on a
# private session bus (dbus-run-session, started here) where a fake notification server (built with the
# tests) plays the desktop's: it records each Notify and clicks a button with ActionInvoked. A reminder
# planned a few seconds ahead must come at its time, and "Start now" must start the session; do-not-disturb
# holds it back; "Not today" is kept; with no notification server nothing breaks.
set -uo pipefail
bin=$(realpath "$1") server_bin=$2
for tool in dbus-run-session dbus-send playerctl; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (./scripts/test installs it)"; exit 1; }
done
[[ -x $server_bin ]] || { echo "FAIL: the fake notification server was not built: $server_bin"; exit 1; }
if [[ -z ${ROLLGUIDE_PRIVATE_BUS:-} ]]; then
  exec env ROLLGUIDE_PRIVATE_BUS=1 dbus-run-session -- bash "$0" "$@"
fi
source "$(dirname "$0")/common.sh"
app= server=
trap 'kill $app $server 2>/dev/null; rm -rf "$root"' EXIT
autostart=$XDG_CONFIG_HOME/autostart/io.github.rollguide.RollGuide.desktop
# settings DELAY_SECONDS [on]: reminders every day at a time DELAY_SECONDS from now (to the second).
settings() {
  local at; at=$(date -d "@$(($(date +%s) + $1))" +%H:%M:%S)
  printf "$quiet_settings" >"$conf"
  printf '[reminders]\non=%s\ndays=mon, tue, wed, thu, fri, sat, sun\ntime=%s\n' "${2:-true}" "$at" >>"$conf"
  echo "$at"
}
start_server() {
  : >"$root/notifications"
  "$server_bin" --log "$root/notifications" "$@" &
  server=$!
  wait_for 10 grep -q '^Ready' "$root/notifications" || fail "the fake notification server did not start"
}
stop_server() { kill $server 2>/dev/null; wait $server 2>/dev/null; server=; }
start_app() {
  # A history of its own each time: a session in an earlier run would keep reminders quiet for 4 hours.
  log=$root/app-$1.log; export XDG_DATA_HOME=$root/data-$1; mkdir -p "$XDG_DATA_HOME"; shift
  "$bin" --background --log-level debug "$@" >"$log" 2>&1 &
  app=$!
}
quit_app() {
  dbus-send --session --type=method_call --dest=org.mpris.MediaPlayer2.rollguide /org/mpris/MediaPlayer2 \
    org.mpris.MediaPlayer2.Quit
  if wait_for 10 bash -c "! kill -0 $app"; then
    wait $app; local status=$?
    [[ $status -eq 0 ]] && ok || fail "$1: Quit: exit status $status"
  else
    fail "$1: Quit did not end the program"; kill $app
  fi
  app=
}
field() { awk -F'\t' -v n="$1" '$1 == "Notify" { print $n; exit }' "$root/notifications"; }

# 1. A reminder at its planned time, from a RollGuide started in the background; "Start now" starts the session.
start_server --invoke start
planned=$(settings 6)
planned_epoch=$(date -d "$planned" +%s)
start_app reminder
wait_for 10 grep -q 'started in the background' "$log" && ok || fail "--background: $(cat "$log")"
# The entry is written by Settings (tests/gui): a launch never writes it, so one the person removed stays removed.
[[ ! -e $autostart ]] && ok || fail "a launch wrote an autostart entry: $(cat "$autostart" 2>&1)"
! grep -q '^Notify' "$root/notifications" && ok || fail "a reminder came before its time: $(cat "$root/notifications")"
wait_for 20 grep -q '^Notify' "$root/notifications" && ok || fail "no reminder came (planned for $planned): $(grep reminders "$log")"
came=$(date +%s)
(( came >= planned_epoch && came <= planned_epoch + 3 )) && ok || fail "the reminder came at $(date -d "@$came" +%T), planned $planned"
[[ $(field 4) == io.github.rollguide.RollGuide && $(field 8) == io.github.rollguide.RollGuide ]] && ok || fail "icon and desktop-entry: $(field 4) $(field 8)"
[[ $(field 5) == "Time for your back session" ]] && ok || fail "summary: $(field 5)"
# The routine on the Session tab, as a new user finds it, with its length at their breath pace.
[[ $(field 6) == "Today: First session, 7:30. Lie down on the roller"* ]] && ok || fail "body: $(field 6)"
[[ $(field 7) == "start|Start now|snooze|In 30 minutes|skip|Not today|default|Open RollGuide" ]] && ok || fail "actions: $(field 7)"
wait_for 10 grep -q 'session started: First session' "$log" && wait_for 5 grep -q 'screen: segment 0' "$log" && ok \
  || fail "\"Start now\" did not start the session: $(grep -E 'reminders|session' "$log")"
wait_for 5 bash -c "[[ \$(playerctl -p rollguide status) == Playing ]]" && ok || fail "MPRIS after Start now: $(playerctl -p rollguide status 2>&1)"
grep -q '^reminders/\|remindedDay=' "$conf" && grep -q "remindedDay=$(date +%F)" "$conf" && ok || fail "the reminder was not remembered: $(cat "$conf")"
# A second rollguide --background (a second login, say) leaves the first alone and exits 0.
out=$("$bin" --background 2>&1); status=$?
[[ $status -eq 0 ]] && [[ $(ours) -eq 1 ]] && ok || fail "second --background: exit $status: $out"
quit_app "after Start now"
[[ $(grep -c '^Notify' "$root/notifications") -eq 1 ]] && ok || fail "more than one reminder: $(cat "$root/notifications")"
stop_server

# 2. Do not disturb (Inhibited) holds the reminder back until it is off; "Not today" is kept.
start_server --inhibited-for 5000 --invoke skip
settings 2 >/dev/null
start_app dnd
wait_for 25 grep -q '^Notify' "$root/notifications" && ok || fail "no reminder after do-not-disturb ended: $(grep reminders "$log")"
grep -q 'do not disturb is on' "$log" && ok || fail "the app did not see do-not-disturb: $(grep reminders "$log")"
awk -F'\t' '$1 == "Inhibited" && $2 == "false" { off = NR } $1 == "Notify" && !n { n = NR } END { exit !(off && n > off) }' \
  "$root/notifications" && [[ $(field 10) == "-" ]] && ok || fail "a reminder was shown during do-not-disturb: $(cat "$root/notifications")"
wait_for 10 grep -q 'reminders: none more today' "$log" && wait_for 5 grep -q "skippedDay=$(date +%F)" "$conf" && ok \
  || fail "\"Not today\" was not kept: $(grep reminders "$log")"
! grep -q 'session started' "$log" && ok || fail "\"Not today\" started a session"
quit_app "after Not today"
stop_server

# 3. No notification server: the reminder is due, nothing breaks, and the log says why.
settings 2 >/dev/null
start_app noserver
wait_for 15 grep -q 'no notification service answers' "$log" && ok || fail "no server: $(grep reminders "$log")"
kill -0 $app 2>/dev/null && ok || fail "RollGuide ended without a notification server: $(tail -n 5 "$log")"
quit_app "without a server"

# 4. Reminders off: --background has nothing to do, says so and exits 0.
settings 60 false >/dev/null
out=$("$bin" --background 2>&1); status=$?
[[ $status -eq 0 && $out == *"reminders are off"* ]] && ok || fail "--background with reminders off: exit $status: $out"

echo "reminder tests: $passes passed, $fails failed"
exit $((fails > 0))
