# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE), after CPackConfig.cmake.

# CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in front of every component's description.
# Each .deb's synopsis is the first line of its component's description instead.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
