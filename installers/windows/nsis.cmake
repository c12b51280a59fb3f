# Windows installer (NSIS). Qt's deploy script (windeployqt) copies the Qt DLLs and
# plug-ins next to heron.exe at install time; the installer adds a Start-menu entry and
# registers Heron as a mail client (Default Apps: mailto and .eml).
# Not verified here: built by .github/workflows/installers.yml on a Windows runner.
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Heron")
set(CPACK_NSIS_DISPLAY_NAME "Heron ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/heron.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\heron.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://heron-mail.org/")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MENU_LINKS "bin/heron.exe" "Heron")
file(READ "${CMAKE_CURRENT_LIST_DIR}/register_mail_client.nsh" CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ "${CMAKE_CURRENT_LIST_DIR}/unregister_mail_client.nsh" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
