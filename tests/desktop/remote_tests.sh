#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# The real rollguide binary on a private session bus (dbus-run-session, started here): playerctl runs a
# session through MPRIS 2 and each answer is checked against what the player shows (its debug log's
# "screen:" lines); a second rollguide hands its command line over and exits.
set -uo pipefail
bin=$1
for tool in dbus-run-session playerctl dbus-send; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (./scripts/test installs it)"; exit 1; }
done
if [[ -z ${ROLLGUIDE_PRIVATE_BUS:-} ]]; then
  # A bus of its own: nothing of the desktop's is seen or touched, and it goes away with the test.
  exec env ROLLGUIDE_PRIVATE_BUS=1 dbus-run-session -- bash "$0" "$@"
fi
source "$(dirname "$0")/common.sh"
app= follow=
trap 'kill $app $follow 2>/dev/null; rm -rf "$root"' EXIT
log=$root/app.log
pc() { playerctl -p rollguide "$@" 2>&1; }
status_is() { [[ $(pc status) == "$1" ]]; }
# The player's own screen: the last segment it showed ("NAME / INSTRUCTION") and whether it is paused.
screen_segment() { grep -oP 'screen: segment \K.*' "$log" | tail -n1; }
screen_state() { grep -oP 'screen: \K(paused|playing)$' "$log" | tail -n1; }
# expect_title: the MPRIS title is the move and what to do, as the screen shows them now.
expect_title() {
  local shown title name instruction
  shown=$(screen_segment); name=${shown#*: }; name=${name% / *}; instruction=${shown##* / }
  title=$(pc metadata xesam:title)
  if [[ -n $shown && $title == "$name — $instruction" ]]; then ok; else fail "$1: title '$title', screen shows '$shown'"; fi
}
track() { pc metadata mpris:trackid | tr -d "'" | grep -oE '[0-9]+$'; }

"$bin" --routine short-session --start --log-level debug >"$log" 2>&1 &
app=$!
wait_for 15 grep -q 'screen: segment 0' "$log" && wait_for 10 status_is Playing && ok || fail "the session did not show up on the bus: $(playerctl -l 2>&1)"
playerctl -p rollguide --follow status >"$root/follow" 2>&1 &
follow=$!

# What a remote shows first: the routine, the move and what to do, its picture, its length.
[[ $(pc metadata xesam:album) == "Short session" ]] && ok || fail "album: $(pc metadata xesam:album)"
expect_title "the first segment"
[[ $(track) == 0 ]] && ok || fail "track id of the first segment: $(pc metadata mpris:trackid)"
art=$(pc metadata mpris:artUrl); art=${art#file://}
[[ -f $art && $(head -c 8 "$art" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a && $art == "$XDG_CACHE_HOME"/* ]] && ok || fail "the move's picture is not a PNG in the cache folder: '$art'"
[[ $(pc metadata mpris:length) == 10000000 ]] && ok || fail "length of the first segment (10 s): $(pc metadata mpris:length)"
[[ $(playerctl -p rollguide metadata --format '{{xesam:artist}}') == "Move 1 of 6" ]] && ok || fail "artist line: $(pc metadata xesam:artist)"

# play-pause pauses and resumes what the screen shows; PropertiesChanged reaches a follower each time.
pc play-pause >/dev/null
wait_for 5 status_is Paused && wait_for 5 bash -c "grep -oP 'screen: \K(paused|playing)$' '$log' | tail -n1 | grep -qx paused" && ok || fail "play-pause did not pause: status $(pc status), screen $(screen_state)"
pc play-pause >/dev/null
wait_for 5 status_is Playing && [[ $(screen_state) == playing ]] && ok || fail "play-pause did not resume: status $(pc status), screen $(screen_state)"
pc pause >/dev/null; wait_for 5 status_is Paused && ok || fail "pause: $(pc status)"
pc play >/dev/null; wait_for 5 status_is Playing && ok || fail "play: $(pc status)"
wait_for 5 bash -c "tr -d '\r' <'$root/follow' | tr '\n' ' ' | grep -q 'Playing Paused Playing Paused Playing'" && ok || fail "PropertiesChanged: a follower saw: $(tr '\n' ' ' <"$root/follow")"

# next skips to the segment the screen then shows; previous, just after its start, goes back.
pc next >/dev/null
wait_for 5 bash -c "[[ \$(playerctl -p rollguide metadata mpris:trackid) == *segment/1* ]]" && ok || fail "next: track $(track)"
wait_for 5 grep -q 'screen: segment 1:' "$log" && expect_title "after next"
[[ $(pc metadata mpris:length) == 30000000 ]] && ok || fail "length of the roll (30 s): $(pc metadata mpris:length)"
pc previous >/dev/null
wait_for 5 bash -c "[[ \$(playerctl -p rollguide metadata mpris:trackid) == *segment/0\' ]]" && ok || fail "previous: track $(track)"
expect_title "after previous"
# Seeking forward gives the segment more time, as Up does.
pc position 10+ >/dev/null
wait_for 5 bash -c "[[ \$(playerctl -p rollguide metadata mpris:length) == 20000000 ]]" && grep -q 'segment 0 lengthened by 10000 ms' "$log" && ok || fail "seek forward: length $(pc metadata mpris:length)"
pos=$(pc position); [[ $pos =~ ^[0-9]+\.[0-9]+$ ]] && ok || fail "position: $pos"

# A second rollguide brings the first to the front and exits 0; it runs no window of its own.
out=$("$bin" 2>&1); status=$?
[[ $status -eq 0 && $out == *"already running"* ]] && ok || fail "second launch: exit $status: $out"
[[ $(ours) -eq 1 ]] && ok || fail "more than one rollguide runs: $(pgrep -af "^$bin")"
# In the middle of a session, a routine for the first one is asked about on its screen; the session goes on.
out=$("$bin" --routine "Full back" --start 2>&1); status=$?
[[ $status -eq 0 && $out == *"middle of a session"*"Full back"* ]] && ok || fail "hand over during a session: exit $status: $out"
status_is Playing && [[ $(pc metadata xesam:album) == "Short session" ]] && ok || fail "the session did not go on: $(pc status) $(pc metadata xesam:album)"
out=$("$bin" --routine no-such-routine 2>&1); status=$?
[[ $status -eq 1 && $out == *'no routine called "no-such-routine"'* ]] && ok || fail "an unknown routine handed over: exit $status: $out"

# Stop asks first, as Escape does; a second Stop within 5 s confirms it, and the history keeps it.
pc stop >/dev/null
wait_for 5 status_is Paused && ok || fail "the first stop should ask and pause: $(pc status)"
pc stop >/dev/null
wait_for 5 status_is Stopped && wait_for 5 grep -q 'session finished: Short session .*completed=false' "$log" && ok || fail "the second stop did not stop: $(pc status)"
[[ $(pc metadata 2>&1) != *xesam:title* ]] && ok || fail "no track after the session: $(pc metadata)"

# With no session running, Play starts the routine on the Session tab.
pc play >/dev/null
wait_for 10 status_is Playing && [[ $(grep -c 'session started: Short session' "$log") -eq 2 ]] && ok || fail "play when idle: $(pc status)"
pc stop >/dev/null; pc stop >/dev/null
wait_for 5 status_is Stopped && ok || fail "stop, stop: $(pc status)"
out=$("$bin" --routine "Full back" 2>&1); status=$?
[[ $status -eq 0 && $out == *'opened "Full back"'* ]] && ok || fail "hand over when idle: exit $status: $out"

# Quit through the root interface ends the program cleanly.
dbus-send --session --type=method_call --dest=org.mpris.MediaPlayer2.rollguide /org/mpris/MediaPlayer2 \
  org.mpris.MediaPlayer2.Quit
if wait_for 10 bash -c "! kill -0 $app"; then
  wait $app; status=$?
  [[ $status -eq 0 ]] && ok || fail "Quit: exit status $status"
else
  fail "Quit did not end the program"
fi
[[ $(XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME "$bin" --history | grep -c 'Short session') -eq 2 ]] && ok || fail "history: $("$bin" --history 2>&1)"

# With no session bus it runs on its own, as before.
DBUS_SESSION_BUS_ADDRESS=unix:path=$root/no-bus "$bin" --log-level info >"$root/alone.log" 2>&1 &
alone=$!
if wait_for 10 grep -q 'runs on its own' "$root/alone.log" && kill -0 $alone 2>/dev/null; then ok; else fail "without a bus: $(cat "$root/alone.log")"; fi
kill $alone 2>/dev/null; wait $alone 2>/dev/null

echo "$passes passed, $fails failed"
[[ $fails -eq 0 ]]
