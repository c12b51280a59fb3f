# CPack: one configuration for every package format. The version, name and
# description come from project() in the top-level CMakeLists.txt.
#   Linux:   ./dev package  (DEB and RPM, built and install-tested here)
#   Windows: cpack -G NSIS  (installers/windows/, windeployqt via Qt's deploy script)
#   macOS:   cpack -G DragNDrop (installers/macos/, macdeployqt via Qt's deploy script)
# The Windows and macOS configurations run on CI runners (.github/workflows/installers.yml)
# and are not verified on the Debian machines this project is developed on.

set(CPACK_PACKAGE_NAME "heron")
set(CPACK_PACKAGE_VENDOR "The Heron developers")
set(CPACK_PACKAGE_CONTACT "Heron developers <dev@heron-mail.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://heron-mail.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/description.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Heron")
set(CPACK_PACKAGE_EXECUTABLES "heron" "Heron")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

# Debian: dependencies from the binaries' shared libraries (dpkg-shlibdeps), plus the
# SQLite driver Qt loads at run time, which no ELF header names.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own dialogs and --help in the user's language; Heron's own text is built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "mail-reader")

# RPM: automatic requirements from the binaries; the same run-time plug-ins by name.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# Directories other packages own (hicolor-icon-theme, desktop-file-utils) stay theirs.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
  /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
  /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS HERON_ICON_SIZES)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

if(WIN32)
  include("${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake")
elseif(APPLE)
  include("${CMAKE_CURRENT_LIST_DIR}/macos/bundle.cmake")
else()
  set(CPACK_GENERATOR "DEB;RPM")
endif()

include(CPack)
