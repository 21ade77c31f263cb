# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Runs a freedesktop validator on one file; fails on any error or warning, or when the tool is missing.
#   cmake -DTOOL=desktop-file-validate|appstreamcli -DPACKAGE=<Debian package> -DFILE=<file> -P validate.cmake
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
