# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Runs a freedesktop validator on one file; fails on any error or warning, or when the tool is missing.
#   cmake -DTOOL=desktop-file-validate|appstreamcli -DPACKAGE=<Debian package> -DFILE=<file>
#         [-DLANGUAGES=de,es,fr] -P validate.cmake
# With LANGUAGES, each language must also have its translated entries (the desktop entry's GenericName,
# Comment and Keywords; the metainfo's summary and description).
cmake_minimum_required(VERSION 3.25)
find_program(tool_path NAMES ${TOOL})
if(NOT tool_path)
    message(FATAL_ERROR "${TOOL} is not installed, so ${FILE} cannot be checked. "
                        "Install the Debian package ${PACKAGE} (scripts/lib.sh lists it): apt-get install ${PACKAGE}")
endif()
if(TOOL STREQUAL "appstreamcli")
    set(args validate --no-net --explain)
else()
    set(args)
endif()
execute_process(COMMAND ${tool_path} ${args} ${FILE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${TOOL} ${FILE}:\n${out}")
# desktop-file-validate exits 0 on warnings; treat them as failures too.
if(NOT rc EQUAL 0 OR out MATCHES "(error|warning):")
    message(FATAL_ERROR "${TOOL} found problems in ${FILE}")
endif()

if(DEFINED LANGUAGES)
    file(READ ${FILE} text)
    string(REPLACE "," ";" languages "${LANGUAGES}")
    foreach(language IN LISTS languages)
        if(TOOL STREQUAL "appstreamcli")
            set(wanted "<summary xml:lang=\"${language}\">" "<p xml:lang=\"${language}\">" "<ul xml:lang=\"${language}\">")
        else()
            set(wanted "GenericName[${language}]=" "Comment[${language}]=" "Keywords[${language}]=")
        endif()
        foreach(entry IN LISTS wanted)
            string(FIND "${text}" "${entry}" at)
            if(at LESS 0)
                message(FATAL_ERROR "${FILE} has no ${entry}")
            endif()
        endforeach()
    endforeach()
    message("${FILE}: translated for ${LANGUAGES}")
endif()
