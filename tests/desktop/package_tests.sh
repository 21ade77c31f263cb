#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Builds the .deb from this build tree with cpack (as scripts/package does from its own), checks it with
# lintian, unpacks it into a scratch root with dpkg -x and checks the layout, the dependencies, the man
# page and that the unpacked program runs. Also: the man page names exactly the options of --help.
set -uo pipefail
build=$1 src=$2 app_id=$3
for tool in cpack lintian dpkg-deb dpkg-shlibdeps man; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (./scripts/test installs it)"; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# The man page and --help name the same options.
help_opts=$("$build/rollguide" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
man_opts=$(sed 's/\\-/-/g' "$src/docs/rollguide.1" | grep -oE -- '--[a-z][a-z-]+' | sort -u)
[[ -n $help_opts && $help_opts == "$man_opts" ]] && ok || fail "the man page and --help differ: $(diff <(echo "$help_opts") <(echo "$man_opts") | grep '^[<>]' | tr '\n' ' ')"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$src/docs/rollguide.1" 2>&1 >/dev/null)
[[ -z $warnings ]] && ok || fail "man reports: $warnings"

if ! out=$(cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" 2>&1); then
  echo "FAIL: cpack: $out"; exit 1
fi
deb=$(ls "$scratch"/out/rollguide_*.deb 2>/dev/null | head -n1)
[[ -f $deb ]] || { echo "FAIL: cpack made no .deb: $out"; exit 1; }
ok

# lintian: no errors, and no warnings either.
tags=$(lintian "$deb" 2>&1 | grep -E '^[EW]: ')
[[ -z $tags ]] && ok || fail "lintian: $tags"

# The control file: dependencies from dpkg-shlibdeps, plus the plugins Qt loads at run time.
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6dbus6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libc6; do
  [[ ", $depends," == *", $d"[\ ,]* ]] && ok || fail "Depends lacks $d: $depends"
done
[[ $(dpkg-deb -f "$deb" Package) == rollguide && $(dpkg-deb -f "$deb" Section) == misc ]] && ok || fail "control: $(dpkg-deb -f "$deb")"

# Unpacked into a scratch root: exactly these files.
dpkg -x "$deb" "$scratch/root"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
expected=$(printf '%s\n' usr/bin/rollguide \
  "usr/lib/$multiarch/rollguide/librollguide_cues.so" "usr/lib/$multiarch/rollguide/librollguide_charts.so" \
  "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/man/man1/rollguide.1.gz \
  usr/share/doc/rollguide/copyright usr/share/doc/rollguide/changelog.gz \
  $(for s in 16 32 48 64 128 256; do echo "usr/share/icons/hicolor/${s}x$s/apps/$app_id.png"; done) | sort)
found=$(cd "$scratch/root" && find . -type f | sed 's|^\./||' | sort)
[[ $found == "$expected" ]] && ok || fail "layout differs: $(diff <(echo "$expected") <(echo "$found") | grep '^[<>]' | tr '\n' ' ')"
# Stripped, and it runs from where it was unpacked (the modules are found next to it).
file "$scratch/root/usr/bin/rollguide" | grep -q 'stripped' && ! file "$scratch/root/usr/bin/rollguide" | grep -q 'not stripped' && ok || fail "the program is not stripped: $(file "$scratch/root/usr/bin/rollguide")"
version=$(QT_QPA_PLATFORM=offscreen "$scratch/root/usr/bin/rollguide" --version 2>&1)
[[ $version =~ ^rollguide\ [0-9]+\.[0-9]+\.[0-9]+$ ]] && ok || fail "the unpacked program: $version"
zcat "$scratch/root/usr/share/man/man1/rollguide.1.gz" | grep -q '^\.TH ROLLGUIDE 1' && ok || fail "the installed man page"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$scratch/root/usr/share/doc/rollguide/copyright" && ok || fail "copyright is not machine-readable"

echo "$passes passed, $fails failed"
[[ $fails -eq 0 ]]
