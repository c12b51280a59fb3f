# macOS: Heron.app with its Info.plist (mailto URL scheme, .eml documents), the icon, Qt
# frameworks copied in by Qt's deploy script (macdeployqt), packed into a DMG.
# Not verified here: built by .github/workflows/installers.yml on a macOS runner.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Heron ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
