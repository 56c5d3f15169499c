# Third-party packages. Debian/Ubuntu, Fedora, Homebrew and vcpkg all provide these (see README).
# The fuzz build needs only what contract/ links; a server-only build (the sanitizer job) skips
# the client's modules.
if(CENTRALITA_FUZZ)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core)
elseif(CENTRALITA_BUILD_CLIENT)
    find_package(Qt6 6.4 REQUIRED COMPONENTS
        Core Network Sql HttpServer Widgets Multimedia Pdf PdfWidgets Charts Svg Concurrent LinguistTools)
    find_package(Qt6Keychain REQUIRED)
else()
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql HttpServer)
endif()

# libtiff reads fax documents (contract/FaxDocument.cpp): pages are counted by the decoder.
find_package(TIFF 4.5 REQUIRED)

# libcurl delivers the server's mail by SMTP (server/mail/MailDelivery.cpp); the server reads
# sessions and long lists with SQLite's and libpq's own APIs (server/db/RowReader.h).
if(NOT CENTRALITA_FUZZ)
    find_package(CURL REQUIRED)
    find_package(SQLite3 REQUIRED)
    find_package(PostgreSQL 14 REQUIRED) # libpq 14 brought pipeline mode (PostgresReader)
endif()

find_package(PkgConfig REQUIRED)
pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
# qpdf reads fax PDFs (contract/FaxDocument.cpp): pages are counted by the decoder.
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf>=11)
# zlib deflates the client's .xlsx exports (models/export/ZipStream.cpp) and checks their CRC-32.
if(CENTRALITA_BUILD_CLIENT AND NOT CENTRALITA_FUZZ)
    find_package(ZLIB REQUIRED)
endif()

# libphonenumber ships a CMake package on some systems and only headers + library on others.
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber-shared)
    set(CENTRALITA_PHONENUMBER_TARGET libphonenumber::phonenumber-shared)
elseif(TARGET libphonenumber::phonenumber)
    set(CENTRALITA_PHONENUMBER_TARGET libphonenumber::phonenumber)
else()
    find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
    find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
    add_library(centralita_phonenumber INTERFACE)
    target_include_directories(centralita_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
    target_link_libraries(centralita_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})
    set(CENTRALITA_PHONENUMBER_TARGET centralita_phonenumber)
endif()

if(CENTRALITA_BUILD_TESTS AND NOT CENTRALITA_FUZZ)
    find_package(Catch2 REQUIRED)
    find_package(Qt6 REQUIRED COMPONENTS Test)
endif()
