# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Shared by scripts/run and scripts/test: install missing Debian packages, then configure and build.

# Debian/Ubuntu packages needed to build, run and test RollGuide, each for what needs it.
ROLLGUIDE_PACKAGES=(
  build-essential cmake ninja-build pkg-config      # the build (Qt's CMake files call pkg-config)
  qt6-base-dev qt6-base-dev-tools                   # Qt Core, Gui, Widgets, PrintSupport, Test; moc, uic, rcc
  qt6-tools-dev qt6-l10n-tools                      # Qt's LinguistTools CMake package; lupdate, lrelease
  qt6-svg-dev qt6-multimedia-dev qt6-speech-dev     # illustrations, cue sounds, the voice
  qt6-declarative-dev                               # Qt TextToSpeech's CMake package needs QmlIntegration
  libgl1-mesa-dev                                   # Qt Gui's CMake package needs the OpenGL headers
  nlohmann-json3-dev libspdlog-dev catch2           # JSON, logging, tests
  qt6-qpa-plugins                                   # the xcb and offscreen platforms
  libqt6sql6-sqlite                                 # the session history (Qt SQL's SQLite driver)
  qt6-charts-dev                                    # the History tab's trends chart (the chart module)
  qt6-speech-speechd-plugin qt6-speech-flite-plugin # speech engines (speech-dispatcher, else flite)
  qt6-translations-l10n                             # Qt's own strings (buttons, --help) in other languages
  desktop-file-utils appstream                      # tests: the desktop entry and metainfo validators
  poppler-utils                                     # tests: pdftotext and pdfinfo read the exported sheet
  reuse                                             # tests: every file's copyright and licence
  xvfb python3-xlib                                 # bench/perf_bench.py: a private X server, and X DAMAGE to see first frames
  dbus-daemon dbus-bin playerctl                    # tests: a private session bus (dbus-run-session), MPRIS from outside
)

# What scripts/package needs on top: dpkg-shlibdeps for the dependencies, lintian for the policy check.
ROLLGUIDE_PACKAGE_TOOLS=(dpkg-dev lintian file)

rollguide_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Installs whatever in "$@" is not installed yet. Idempotent; prints nothing when all is there.
rollguide_install() {
  local missing=() p
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "This is not a Debian or Ubuntu system. Install these packages (or their equivalents) and run again:" >&2
    printf '  %s\n' "$@" >&2
    return 1
  fi
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# rollguide_build BUILD_DIR [extra cmake args...]
rollguide_build() {
  local dir=$1; shift
  local root; root=$(rollguide_root)
  cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE="${ROLLGUIDE_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
  cmake --build "$root/$dir" --parallel "$(nproc)"
}
