# cmake -DBINARY=path/to/relance-cli -P CheckNoWidgets.cmake
# Fails when the binary needs, directly or through another library, Qt
# Widgets, Qt PrintSupport or Qt Charts (both need Widgets): the command line runs
# on servers and in cron, where a widget library has no business.
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE needed ERROR_VARIABLE error
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed: ${error}")
endif()
if(NOT needed MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd ${BINARY} does not list Qt Core; is this relance-cli?\n${needed}")
endif()
set(found "")
foreach(lib libQt6Widgets libQt6PrintSupport libQt6Charts)
    string(REGEX MATCH "${lib}[^ \t\n]*" hit "${needed}")
    if(hit)
        list(APPEND found ${hit})
    endif()
endforeach()
if(found)
    message(FATAL_ERROR "${BINARY} loads ${found}: the command line must not need widgets.\n"
                        "ldd says:\n${needed}")
endif()
message(STATUS "${BINARY} loads no widget library")
