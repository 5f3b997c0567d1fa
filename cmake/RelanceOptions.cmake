# One INTERFACE target carries the language level, warnings and strict Qt
# defines, so every target of the project is built the same way.
add_library(relance_options INTERFACE)
target_compile_features(relance_options INTERFACE cxx_std_20)
target_compile_options(relance_options INTERFACE -Wall -Wextra -Wpedantic)
if(RELANCE_WERROR)
    target_compile_options(relance_options INTERFACE -Werror)
endif()
target_compile_definitions(relance_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RELANCE_VERSION="${PROJECT_VERSION}")
if(RELANCE_SANITIZE)
    target_compile_options(relance_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(relance_options INTERFACE -fsanitize=address,undefined)
endif()
