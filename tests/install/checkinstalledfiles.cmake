# cmake -DDESTDIR=... -DPREFIX=/usr -DSOURCE_DIR=... -DVERSION=... -DAPP_ID=... -DBINDIR=bin
#       -DDATADIR=share -DDOCDIR=share/doc/pledgecheck -P checkinstalledfiles.cmake
# Checks what install_into_destdir put in DESTDIR: every file there, and nothing else. Collects
# every problem, then fails naming them all.
cmake_minimum_required(VERSION 3.25)
set(problems "")
macro(problem text)
    string(APPEND problems "\n  ${text}")
endmacro()

string(REGEX REPLACE "^/" "" prefix "${PREFIX}")
set(root "${DESTDIR}/${prefix}")
set(icon_sizes 16 22 24 32 48 64 128 256) # the hicolor sizes a menu, a dock and a store ask for
set(mime_type application/x-pledgecheck-scenario)

# Exactly these files: the program, the desktop's files, the icon at every size, the docs.
set(expected
    ${BINDIR}/pledgecheck
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/mime/packages/${APP_ID}.xml
    ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${DOCDIR}/README.md)
foreach(size IN LISTS icon_sizes)
    list(APPEND expected ${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
file(GLOB_RECURSE docs LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/docs/*")
# The Help menu's two documents, the guide's screenshots (tools/make-screenshots.sh) and the
# scenario format with its JSON Schema.
foreach(doc docs/model.md docs/user-guide.md docs/images/window.png docs/images/window-uncertainty.png
            docs/scenario-format.md docs/scenario-format.schema.json)
    if(NOT "${doc}" IN_LIST docs)
        problem("${doc} was not found in the source tree ${SOURCE_DIR}")
    endif()
endforeach()
foreach(doc IN LISTS docs)
    list(APPEND expected ${DOCDIR}/${doc})
endforeach()
list(TRANSFORM expected PREPEND "${prefix}/")
# Debian policy 12.3: the documents' folder is named as the package is (cmake/packaging.cmake).
if(NOT DOCDIR STREQUAL "${DATADIR}/doc/pledgecheck")
    problem("the docs go to ${DOCDIR}, not ${DATADIR}/doc/pledgecheck as the package is named")
endif()

file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${DESTDIR}" "${DESTDIR}/*")
set(missing ${expected})
list(REMOVE_ITEM missing ${installed})
set(unexpected ${installed})
list(REMOVE_ITEM unexpected ${expected})
foreach(file IN LISTS missing)
    problem("not installed: ${file}")
endforeach()
foreach(file IN LISTS unexpected)
    problem("installed but not expected: ${file}")
endforeach()

# Copied as they are: the docs, the desktop entry, the file type and the SVG icon.
function(expect_copy installed_path source_path)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${root}/${installed_path}"
                            "${SOURCE_DIR}/${source_path}" RESULT_VARIABLE different)
    if(different)
        problem("${installed_path} differs from ${source_path}")
        set(problems "${problems}" PARENT_SCOPE)
    endif()
endfunction()
expect_copy(${DOCDIR}/README.md README.md)
foreach(doc IN LISTS docs)
    expect_copy(${DOCDIR}/${doc} ${doc})
endforeach()
expect_copy(${DATADIR}/applications/${APP_ID}.desktop resources/desktop/${APP_ID}.desktop)
expect_copy(${DATADIR}/mime/packages/${APP_ID}.xml resources/desktop/${APP_ID}.mime.xml)
expect_copy(${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg resources/desktop/${APP_ID}.svg)

# Each PNG is a PNG of its folder's size: the signature, then IHDR's width and height (PNG spec,
# section 11.2.2: bytes 16 to 23, big-endian).
foreach(size IN LISTS icon_sizes)
    set(png "${root}/${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(NOT EXISTS "${png}")
        continue()
    endif()
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        problem("${size}x${size} icon: signature ${signature}, ${width}x${height} pixels")
    endif()
endforeach()

# The program runs from where it was installed and names the project's version.
set(program "${root}/${BINDIR}/pledgecheck")
execute_process(COMMAND "${program}" --version RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT out STREQUAL "pledgecheck ${VERSION}\n")
    problem("${program} --version: exit ${status}, printed \"${out}\" ${err}")
endif()
execute_process(COMMAND "${program}" --list-presets RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT out MATCHES "(^|\n)central\t")
    problem("${program} --list-presets: exit ${status}, no central preset: ${out} ${err}")
endif()

# The installed schema covers the format version the installed program writes.
set(saved "${DESTDIR}/../saved-by-installed-program.pledgecheck")
execute_process(COMMAND "${program}" --preset central --save "${saved}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(schema_file "${root}/${DOCDIR}/docs/scenario-format.schema.json")
if(NOT status EQUAL 0 OR NOT EXISTS "${saved}")
    problem("${program} --save: exit ${status}, ${out} ${err}")
elseif(EXISTS "${schema_file}")
    file(READ "${saved}" scenario)
    file(READ "${schema_file}" schema)
    string(JSON written_version ERROR_VARIABLE scenario_error GET "${scenario}" version)
    string(JSON schema_maximum ERROR_VARIABLE schema_error GET "${schema}" properties version maximum)
    if(scenario_error OR schema_error OR NOT written_version EQUAL schema_maximum)
        problem("the program writes format version ${written_version}, the installed schema's maximum is ${schema_maximum}")
    endif()
endif()
file(REMOVE "${saved}")

# The desktop entry starts that program with the files it is given, shows the installed icon and
# claims the file type the MIME package defines.
file(READ "${root}/${DATADIR}/applications/${APP_ID}.desktop" entry)
foreach(line "Exec=pledgecheck %F" "TryExec=pledgecheck" "Icon=${APP_ID}" "MimeType=${mime_type};")
    if(NOT entry MATCHES "(^|\n)${line}\n")
        problem("the desktop entry lacks the line ${line}")
    endif()
endforeach()
file(READ "${root}/${DATADIR}/mime/packages/${APP_ID}.xml" mime)
if(NOT mime MATCHES "<mime-type type=\"${mime_type}\">" OR NOT mime MATCHES "<glob pattern=\"\\*\\.pledgecheck\"/>")
    problem("the MIME package does not define ${mime_type} for *.pledgecheck")
endif()

# The metainfo was generated with this version and launches this desktop entry.
file(READ "${root}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml" metainfo)
foreach(needle "<id>${APP_ID}</id>" "<release version=\"${VERSION}\""
               "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
               "<binary>pledgecheck</binary>" "<mediatype>${mime_type}</mediatype>")
    string(FIND "${metainfo}" "${needle}" at)
    if(at EQUAL -1)
        problem("the metainfo lacks ${needle}")
    endif()
endforeach()
if(metainfo MATCHES "@[A-Z_]+@")
    problem("the metainfo has a placeholder configure_file left: ${CMAKE_MATCH_0}")
endif()

# The desktop's own validators, as a software centre and a menu would read them.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    problem("desktop-file-validate or appstreamcli is missing: .ci/deps installs them")
else()
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${root}/${DATADIR}/applications/${APP_ID}.desktop"
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        problem("desktop-file-validate: ${out}")
    endif()
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net "${root}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        problem("appstreamcli validate --no-net: ${out}")
    endif()
    # The tree as a whole: the metainfo's launchable names an installed desktop entry, whose
    # icon is installed.
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${DESTDIR}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        problem("appstreamcli validate-tree --no-net: ${out}")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "The installed files are not right:${problems}")
endif()
list(LENGTH installed count)
message(STATUS "${count} installed files checked in ${DESTDIR}")
