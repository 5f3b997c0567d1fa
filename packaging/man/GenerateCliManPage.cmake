# Writes relance-cli.1 from the program's own --help and each command's
# --help, between a written head and tail, so the manual page lists the
# commands and options the program has. Run at build time:
#   cmake -DCLI=… -DHEAD=… -DTAIL=… -DOUT=… -DVERSION=… -P GenerateCliManPage.cmake

# Sanitizer builds: Qt's own caches leak on exit; that is not this page's concern.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(ENV{LC_ALL} "C.UTF-8")

# Text to troff: backslashes first, then every hyphen-minus (options are
# typed as they read), then a leading dot or quote that troff would take
# for a request.
function(to_troff text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${CLI}" --lang en --help
    OUTPUT_VARIABLE usage RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} --help failed (${rc})")
endif()

file(READ "${HEAD}" page)
string(REPLACE "@PROJECT_VERSION@" "${VERSION}" page "${page}")

# The command list: lines "  words   summary" after "Commands:".
string(REGEX REPLACE ".*Commands:\n" "" list "${usage}")
string(REGEX REPLACE "\n\n.*" "" list "${list}")
string(REPLACE "\n" ";" lines "${list}")
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^  ([a-z-]+( [a-z-]+)?)  +(.*)$")
        continue()
    endif()
    set(words "${CMAKE_MATCH_1}")
    set(summary "${CMAKE_MATCH_3}")
    string(REPLACE " " ";" args "${words}")
    execute_process(COMMAND "${CLI}" --lang en ${args} --help
        OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${CLI} ${words} --help failed (${rc})")
    endif()
    # Drop the usage line (it names the program's path) and keep the rest
    # as it is laid out.
    string(REGEX REPLACE "^Usage:[^\n]*\n" "" help "${help}")
    string(STRIP "${help}" help)
    # "the automation: …" reads as a sentence under its heading.
    string(SUBSTRING "${summary}" 0 1 first)
    string(SUBSTRING "${summary}" 1 -1 rest)
    string(TOUPPER "${first}" first)
    set(summary "${first}${rest}")
    to_troff("${words}" w)
    to_troff("${summary}" s)
    to_troff("${help}" h)
    string(APPEND page ".SS ${w}\n${s}.\n.PP\n.nf\n${h}\n.fi\n")
endforeach()

file(READ "${TAIL}" tail)
string(APPEND page "${tail}")
file(WRITE "${OUT}" "${page}")
