# What `cmake --install` puts on a machine, and the Debian package CPack
# makes of it (docs/packaging.md): both programs (translations and default
# templates are embedded in them), the desktop entry, AppStream metadata,
# icons, manual pages, the daily automation's systemd user units, and the
# Debian copyright file and changelog.
include(GNUInstallDirs)

set(RELANCE_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(RELANCE_PACKAGING_OUT ${PROJECT_BINARY_DIR}/packaging)
# The day this version was released: the AppStream release notes and the
# Debian changelog say it (not the build's day, so that two builds of one
# version give the same package).
set(RELANCE_RELEASE_DATE 2026-12-06)
set(RELANCE_HOMEPAGE "https://relance.invalid" CACHE STRING "Relance's web site")
set(RELANCE_SCREENSHOTS_URL "${RELANCE_HOMEPAGE}/screenshots" CACHE STRING
    "Where the screenshots of docs/screenshots are published (AppStream)")

# Desktop entry and AppStream metadata: the application menus and software
# centres.
configure_file(${RELANCE_PACKAGING_DIR}/fr.relance.Relance.metainfo.xml.in
    ${RELANCE_PACKAGING_OUT}/fr.relance.Relance.metainfo.xml @ONLY)
install(FILES ${RELANCE_PACKAGING_DIR}/fr.relance.Relance.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${RELANCE_PACKAGING_OUT}/fr.relance.Relance.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG and PNGs rendered from it (rsvg-convert, docs/packaging.md).
install(FILES ${RELANCE_PACKAGING_DIR}/icons/scalable/fr.relance.Relance.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${RELANCE_PACKAGING_DIR}/icons/${size}x${size}/fr.relance.Relance.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The daily automation for one user (systemctl --user), whatever the prefix:
# systemd looks for user units only under /usr/lib/systemd/user.
install(FILES ${RELANCE_PACKAGING_DIR}/systemd/relance-run-due.service
    ${RELANCE_PACKAGING_DIR}/systemd/relance-run-due.timer
    DESTINATION lib/systemd/user)

# Manual pages, gzipped without a timestamp (lintian). relance-cli's lists
# the commands and options from the program's own --help.
find_program(RELANCE_GZIP gzip REQUIRED)
set(relance_cli_man ${RELANCE_PACKAGING_OUT}/relance-cli.1)
add_custom_command(OUTPUT ${relance_cli_man}.gz
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:relance-cli>
        -DHEAD=${RELANCE_PACKAGING_DIR}/man/relance-cli.1.head
        -DTAIL=${RELANCE_PACKAGING_DIR}/man/relance-cli.1.tail
        -DOUT=${relance_cli_man} -DVERSION=${PROJECT_VERSION}
        -P ${RELANCE_PACKAGING_DIR}/man/GenerateCliManPage.cmake
    COMMAND ${RELANCE_GZIP} -9nf ${relance_cli_man}
    DEPENDS relance-cli ${RELANCE_PACKAGING_DIR}/man/relance-cli.1.head
        ${RELANCE_PACKAGING_DIR}/man/relance-cli.1.tail
        ${RELANCE_PACKAGING_DIR}/man/GenerateCliManPage.cmake
    COMMENT "Writing the manual page of relance-cli from its --help")
set(relance_gui_man ${RELANCE_PACKAGING_OUT}/relance.1)
add_custom_command(OUTPUT ${relance_gui_man}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${RELANCE_PACKAGING_DIR}/man/relance.1 ${relance_gui_man}
    COMMAND ${RELANCE_GZIP} -9nf ${relance_gui_man}
    DEPENDS ${RELANCE_PACKAGING_DIR}/man/relance.1)
set(relance_changelog ${RELANCE_PACKAGING_OUT}/changelog)
add_custom_command(OUTPUT ${relance_changelog}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${RELANCE_PACKAGING_DIR}/debian/changelog ${relance_changelog}
    COMMAND ${RELANCE_GZIP} -9nf ${relance_changelog}
    DEPENDS ${RELANCE_PACKAGING_DIR}/debian/changelog)
add_custom_target(relance_packaging_files ALL
    DEPENDS ${relance_cli_man}.gz ${relance_gui_man}.gz ${relance_changelog}.gz)
install(FILES ${relance_cli_man}.gz ${relance_gui_man}.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A native package's changelog is changelog.gz (Debian policy 12.7).
install(FILES ${RELANCE_PACKAGING_DIR}/debian/copyright ${relance_changelog}.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/relance)

set(CPACK_PACKAGE_NAME relance)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Relance")
set(CPACK_PACKAGE_CONTACT "Relance <contact@relance.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "rent arrears reminders for letting agencies")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# relance_<version>_amd64.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RELANCE_HOMEPAGE})
# After the summary line; CPack indents it and marks the empty line.
set(CPACK_PACKAGE_DESCRIPTION
    "Relance chases unpaid rent for French letting agencies: it finds the
tenants with overdue amounts, decides who gets which reminder by the
agency's rules, prints the letters and e-mails them through the agency's
mail server, each reminder exactly once.

The package holds the desktop application (relance), the command line
(relance-cli) and a systemd user timer that runs the daily automation.")
# The libraries the programs link come from dpkg-shlibdeps; what Qt loads
# at run time does not show there: the SQLite driver (plugin) and the
# font the letters are drawn with.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# PostgreSQL (a shared server) and Qt's own French texts (dialog buttons).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cups")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
