# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
  # CPACK_DEBIAN_DEBUGINFO_PACKAGE strips after copying the debug information out; stripping
  # at install time would leave the -dbgsym package empty.
  set(CPACK_STRIP_FILES OFF)
endif()
