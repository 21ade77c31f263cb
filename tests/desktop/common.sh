# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Shared by the desktop tests, sourced once they run on their private session bus: a scratch home for
# rollguide (config, data, cache and runtime folders, a settings file that skips the first-run notices and
# keeps quiet), pass and fail counting, and waiting.
unset DISPLAY WAYLAND_DISPLAY LANGUAGE
root=$(mktemp -d)
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$root/config XDG_DATA_HOME=$root/data \
       XDG_CACHE_HOME=$root/cache XDG_RUNTIME_DIR=$root/run
mkdir -p "$XDG_CONFIG_HOME/rollguide" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
conf=$XDG_CONFIG_HOME/rollguide/rollguide.conf
quiet_settings='[safety]\ndisclaimerAcknowledged=true\n[screening]\nanswered=true\nconditions=@Invalid()\n[cues]\nsounds=false\nbreathTones=false\nvoice=false\n'
printf "$quiet_settings" >"$conf"
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# wait_for SECONDS COMMAND...: true once COMMAND succeeds, polling every 0.1 s.
wait_for() {
  local until=$(($(date +%s%N) + $1 * 1000000000)); shift
  until "$@" >/dev/null 2>&1; do
    (($(date +%s%N) > until)) && return 1
    sleep 0.1
  done
}
# The rollguide processes of this test (others may run beside it): those with its config folder.
ours() {
  local p n=0
  for p in $(pgrep -f "^$bin( |$)"); do
    tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qxF "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" && n=$((n + 1))
  done
  echo $n
}
