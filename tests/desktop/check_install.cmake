# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Installs the build into a fresh prefix and checks the layout: exactly the expected files, a binary
# that runs, and one application id shared by the desktop entry, the metainfo and the icons.
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch dir> -DAPP_ID=<id> -DMODULE=<libdir>/rollguide/librollguide_cues.so -DCHART_MODULE=<libdir>/rollguide/librollguide_charts.so -DVERSION=<x.y.z> -DICON_SIZES="16;32" -P check_install.cmake
cmake_minimum_required(VERSION 3.25)
set(failures "")
macro(fail text)
    string(APPEND failures "  ${text}\n")
endmacro()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(expected
    bin/rollguide
    ${MODULE}
    ${CHART_MODULE}
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/man/man1/rollguide.1.gz
    share/doc/rollguide/copyright
    share/doc/rollguide/changelog.gz)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${PREFIX}" "${PREFIX}/*")
foreach(f IN LISTS expected)
    if(NOT f IN_LIST installed)
        fail("missing: ${f}")
    endif()
endforeach()
foreach(f IN LISTS installed)
    if(NOT f IN_LIST expected)
        fail("not expected: ${f}")
    endif()
endforeach()

if(EXISTS "${PREFIX}/bin/rollguide")
    execute_process(COMMAND "${PREFIX}/bin/rollguide" --version OUTPUT_VARIABLE version ERROR_VARIABLE version
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT version MATCHES "rollguide ${VERSION}")
        fail("the installed binary does not run: rollguide --version gave ${rc}: ${version}")
    endif()
endif()

set(desktop "${PREFIX}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(READ "${desktop}" text)
    foreach(line "Exec=rollguide\n" "Icon=${APP_ID}\n")
        string(FIND "${text}" "${line}" at)
        if(at EQUAL -1)
            fail("${APP_ID}.desktop lacks the line ${line}")
        endif()
    endforeach()
endif()
set(metainfo "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${metainfo}")
    file(READ "${metainfo}" text)
    foreach(part "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
                 "<icon type=\"stock\">${APP_ID}</icon>" "<binary>rollguide</binary>" "<release version=\"${VERSION}\""
                 "<screenshot type=\"default\">")
        string(FIND "${text}" "${part}" at)
        if(at EQUAL -1)
            fail("${APP_ID}.metainfo.xml lacks ${part}")
        endif()
    endforeach()
endif()

# The installed tree as a whole, the way software centres read it.
find_program(appstreamcli NAMES appstreamcli)
if(NOT appstreamcli)
    fail("appstreamcli is not installed (Debian package appstream), so the installed tree cannot be checked")
else()
    execute_process(COMMAND "${appstreamcli}" validate-tree --no-net "${PREFIX}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        fail("appstreamcli validate-tree ${PREFIX} failed:\n${out}")
    endif()
endif()

if(failures)
    message(FATAL_ERROR "cmake --install into ${PREFIX}:\n${failures}")
endif()
message("cmake --install into ${PREFIX}: every expected file, nothing else, ids agree")
