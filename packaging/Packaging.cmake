# Installs the desktop entry and metadata so Relance appears in the
# applications menu like any desktop program.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/fr.relance.Relance.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/fr.relance.Relance.metainfo.xml DESTINATION share/metainfo)

set(CPACK_PACKAGE_NAME relance)
set(CPACK_PACKAGE_VENDOR "Relance")
set(CPACK_PACKAGE_CONTACT "Relance <contact@relance.invalid>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
include(CPack)
