# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# Runs lupdate over every source and form; fails on any complaint it prints (a tr() in a class without
# Q_OBJECT, a form it cannot read ...) and when it finds implausibly few strings.
file(STRINGS ${SOURCES} files)
list(LENGTH files count)
if(count LESS 50)
    message(FATAL_ERROR "only ${count} source files listed in ${SOURCES}")
endif()
file(REMOVE ${OUT})
execute_process(COMMAND ${LUPDATE} -silent -locations none ${files} -ts ${OUT}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "lupdate (exit status ${status}) reports:\n${out}${err}")
endif()
file(STRINGS ${OUT} messages REGEX "<message")
list(LENGTH messages found)
if(found LESS 400)
    message(FATAL_ERROR "lupdate found only ${found} strings")
endif()
message(STATUS "lupdate: ${found} strings in ${count} files, no problems")
