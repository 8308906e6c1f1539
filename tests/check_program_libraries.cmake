# `frontline` runs geoparse, events and gazetteer itself and hands the window and export on to
# frontline-maps, so that it starts without loading GDAL (and the hundred libraries it brings),
# the basemap's or the window's. This fails when one of those is linked into it again.
#   cmake -DPROGRAM=build/bin/frontline -P tests/check_program_libraries.cmake
cmake_minimum_required(VERSION 3.16)
set(unwanted libgdal libgeos libproj libQt6Widgets libQt6Svg libQt6PrintSupport)
execute_process(COMMAND ldd ${PROGRAM} OUTPUT_VARIABLE loaded RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "ldd ${PROGRAM} failed")
endif()
set(found "")
foreach(library IN LISTS unwanted)
    if(loaded MATCHES "(^|\n)[ \t]*${library}[-.0-9a-z_]*\\.so")
        list(APPEND found ${library})
    endif()
endforeach()
string(REGEX MATCHALL "\n" lines "${loaded}")
list(LENGTH lines count)
if(found)
    message(FATAL_ERROR "${PROGRAM} loads ${found}: link it with frontline_cli alone")
endif()
message(STATUS "${PROGRAM} loads ${count} libraries, none of: ${unwanted}")
