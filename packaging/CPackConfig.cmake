# Packages: a .deb on Debian and Ubuntu (plus a .tar.gz), an NSIS installer on Windows, a
# disk image on macOS. How to build them: docs/packaging.md.
set(CPACK_PACKAGE_NAME "reelforge")
set(CPACK_PACKAGE_VENDOR "ReelForge")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop video studio for content creators")
set(CPACK_PACKAGE_DESCRIPTION
    "ReelForge imports videos into a local library, analyses them (scenes, silences, loudness,
faces, speech), runs recipes on them in a background queue (cut silences, normalise
loudness, reframe, captions, thumbnails, platform presets) and publishes the results to
YouTube, Vimeo, PeerTube, TikTok, S3-compatible storage, WebDAV or a folder. The same
engine drives the reelforge-cli command-line tool.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ReelForge maintainers <maintainers@reelforge.invalid>")
# Every generator but DEB strips the executables; DEB strips them itself, after keeping the
# debug information for the -dbgsym package (CPackProjectConfig.cmake switches it off there).
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "TGZ;DEB")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # reelforge_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION "video")
  # Libraries the executables link: found by dpkg-shlibdeps.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # What is loaded at run time without being linked, so dpkg-shlibdeps cannot see it: the
  # Qt SQLite driver and SVG icon plugins, libsecret (QtKeychain opens it with dlopen), the
  # face cascades and the speech model (adapters/ai). The FFmpeg media backend is part of
  # libqt6multimedia6 and the xcb and offscreen platforms of libqt6gui6, both linked.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, opencv-data, pocketsphinx-en-us")
  # Wayland without XWayland, GTK file dialogs, Qt's own translations, a keychain service for
  # account secrets, xdg-open for sign-in pages and folders. The ffmpeg tool is only suggested:
  # it runs the commands the studio shows (Show ffmpeg command…, process --print-ffmpeg).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "qt6-wayland, qt6-gtk-platformtheme, qt6-translations-l10n, gnome-keyring | kwalletmanager, xdg-utils")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ffmpeg")
  # Debug information goes to reelforge-dbgsym_<version>_<arch>.ddeb, found by build id.
  set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
elseif(WIN32)
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "ReelForge")
  set(CPACK_NSIS_DISPLAY_NAME "ReelForge")
  set(CPACK_PACKAGE_EXECUTABLES "reelforge" "ReelForge")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
endif()
include(CPack)
