# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
# RollGuide's translations, compiled into rollguide_core as ":/i18n/rollguide_<language>.qm".
#
# lupdate lists every translatable string of the sources and forms at build time. From that list,
# rollguide-tsgen makes two translations that need no translator:
#   en     English plural forms ("%n move(s)" becomes "1 move" and "2 moves");
#   en_XA  a pseudo-language: every string accented, about 40 % longer and inside ⟦ ⟧, so that
#          `rollguide --language en_XA` shows what is not translatable and what gets cut off.
file(GLOB ROLLGUIDE_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/src/core/*.cpp ${PROJECT_SOURCE_DIR}/src/core/*.h
     ${PROJECT_SOURCE_DIR}/src/models/*.cpp ${PROJECT_SOURCE_DIR}/src/models/*.h
     ${PROJECT_SOURCE_DIR}/src/gui/*.cpp ${PROJECT_SOURCE_DIR}/src/gui/*.h
     ${PROJECT_SOURCE_DIR}/src/main.cpp ${PROJECT_SOURCE_DIR}/ui/*.ui)
set(ROLLGUIDE_TR_SOURCES ${ROLLGUIDE_TR_SOURCES} PARENT_SCOPE)

add_executable(rollguide-tsgen ${PROJECT_SOURCE_DIR}/src/i18n/tsgen.cpp)
target_link_libraries(rollguide-tsgen PRIVATE Qt6::Core)
# It runs during the build: never instrumented, whatever the build's sanitizers.
target_compile_options(rollguide-tsgen PRIVATE -fno-sanitize=all)
target_link_options(rollguide-tsgen PRIVATE -fno-sanitize=all)

set(ROLLGUIDE_I18N_DIR ${CMAKE_CURRENT_BINARY_DIR}/i18n)
set(ROLLGUIDE_SOURCE_TS ${ROLLGUIDE_I18N_DIR}/rollguide_source.ts)
add_custom_command(OUTPUT ${ROLLGUIDE_SOURCE_TS}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ROLLGUIDE_I18N_DIR}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${ROLLGUIDE_SOURCE_TS}
    COMMAND Qt6::lupdate -silent -locations none ${ROLLGUIDE_TR_SOURCES} -ts ${ROLLGUIDE_SOURCE_TS}
    DEPENDS ${ROLLGUIDE_TR_SOURCES}
    COMMENT "Listing the translatable strings (lupdate)"
    VERBATIM)
set(ROLLGUIDE_QM_FILES)
foreach(language en en_XA)
    set(ts ${ROLLGUIDE_I18N_DIR}/rollguide_${language}.ts)
    set(qm ${ROLLGUIDE_I18N_DIR}/rollguide_${language}.qm)
    if(language STREQUAL "en")
        set(mode english)
    else()
        set(mode pseudo)
    endif()
    add_custom_command(OUTPUT ${qm}
        COMMAND rollguide-tsgen ${mode} ${ROLLGUIDE_SOURCE_TS} ${ts}
        COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
        DEPENDS rollguide-tsgen ${ROLLGUIDE_SOURCE_TS}
        COMMENT "Making the ${language} translation"
        VERBATIM)
    list(APPEND ROLLGUIDE_QM_FILES ${qm})
endforeach()
# The translators' languages: i18n/rollguide_<language>.ts, kept in step with the sources by lupdate
# (docs/translating.md); a test checks each is complete (rollguide-tsgen check).
set(ROLLGUIDE_TRANSLATED_LANGUAGES de es fr PARENT_SCOPE)
foreach(language de es fr)
    set(ts ${PROJECT_SOURCE_DIR}/i18n/rollguide_${language}.ts)
    set(qm ${ROLLGUIDE_I18N_DIR}/rollguide_${language}.qm)
    add_custom_command(OUTPUT ${qm}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${ROLLGUIDE_I18N_DIR}
        COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
        DEPENDS ${ts}
        COMMENT "Making the ${language} translation"
        VERBATIM)
    list(APPEND ROLLGUIDE_QM_FILES ${qm})
endforeach()
set(ROLLGUIDE_SOURCE_TS ${ROLLGUIDE_SOURCE_TS} PARENT_SCOPE)
# Not compressed: read at every launch, and decompressing them would load zstd and a buffer for it.
qt_add_resources(rollguide_core "rollguide_translations" PREFIX "/i18n" BASE ${ROLLGUIDE_I18N_DIR}
                 FILES ${ROLLGUIDE_QM_FILES} OPTIONS --no-compress)
