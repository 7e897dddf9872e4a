# Provides the target `sqlcipher`: SQLCipher 4 with the OpenSSL crypto provider.
# Default: compile the pinned amalgamation that scripts/fetch-sqlcipher verified
# and cached outside the source tree. With SAMEN_SYSTEM_SQLCIPHER=ON: link a
# system SQLCipher >= 4 found through pkg-config.

if(SAMEN_SYSTEM_SQLCIPHER)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SYSTEM_SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=4.0)
  add_library(sqlcipher INTERFACE)
  target_link_libraries(sqlcipher INTERFACE PkgConfig::SYSTEM_SQLCIPHER)
  target_compile_definitions(sqlcipher INTERFACE SQLITE_HAS_CODEC SAMEN_SYSTEM_SQLCIPHER)
  return()
endif()

set(SAMEN_SQLCIPHER_DIR "" CACHE PATH "Folder holding the SQLCipher amalgamation (sqlite3.c); fetched by scripts/fetch-sqlcipher when empty")
if(NOT SAMEN_SQLCIPHER_DIR OR NOT EXISTS "${SAMEN_SQLCIPHER_DIR}/sqlite3.c")
  execute_process(
    COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-sqlcipher"
    OUTPUT_VARIABLE _sqlcipher_out
    RESULT_VARIABLE _sqlcipher_rc
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _sqlcipher_rc EQUAL 0)
    message(FATAL_ERROR "Could not fetch the SQLCipher amalgamation (scripts/fetch-sqlcipher failed). Run scripts/setup and read its message.")
  endif()
  string(REGEX REPLACE ".*\n" "" _sqlcipher_dir "${_sqlcipher_out}")
  set(SAMEN_SQLCIPHER_DIR "${_sqlcipher_dir}" CACHE PATH "Folder holding the SQLCipher amalgamation" FORCE)
endif()
message(STATUS "SQLCipher amalgamation: ${SAMEN_SQLCIPHER_DIR}")

add_library(sqlcipher STATIC "${SAMEN_SQLCIPHER_DIR}/sqlite3.c")
set_target_properties(sqlcipher PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_include_directories(sqlcipher SYSTEM PUBLIC "${SAMEN_SQLCIPHER_DIR}")
target_compile_definitions(sqlcipher
  PUBLIC SQLITE_HAS_CODEC
  PRIVATE
    SQLCIPHER_CRYPTO_OPENSSL HAVE_STDINT_H=1 SQLITE_THREADSAFE=1 SQLITE_TEMP_STORE=2
    SQLITE_SECURE_DELETE SQLITE_EXTRA_INIT=sqlcipher_extra_init
    SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
    SQLITE_ENABLE_FTS5 SQLITE_ENABLE_JSON1 SQLITE_DQS=0 SQLITE_OMIT_LOAD_EXTENSION
    SQLITE_DEFAULT_WAL_SYNCHRONOUS=2 SQLITE_ENABLE_DBSTAT_VTAB
    # sqlite_dbpage: Database::checkPages reads every page through it (each one's HMAC checked).
    SQLITE_ENABLE_DBPAGE_VTAB
    # fdatasync instead of fsync for commits (SQLite's own switch; Linux's fdatasync also flushes the
    # file size, all a reader needs). Debian's SQLite is built with it, as Python's sqlite3 (the
    # store benchmark's anchor) shows: fsync also wrote the file's times to disk at every commit.
    HAVE_FDATASYNC=1)
# Third-party code: build it quietly and optimised even in debug builds, with line tables only (-g1), and with the same
# flags in every preset: the amalgamation is the project's only C, so the build type's C flags are emptied here, and
# ccache compiles it once for the GCC presets (scripts/test builds ci and asan from a clean clone). SQLite's own
# assertions are off without SQLITE_DEBUG whatever NDEBUG says.
foreach(_config DEBUG RELEASE RELWITHDEBINFO MINSIZEREL)
  set(CMAKE_C_FLAGS_${_config} "")
endforeach()
set_target_properties(sqlcipher PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
target_compile_options(sqlcipher PRIVATE -w -O2 -g1)
target_compile_definitions(sqlcipher PRIVATE NDEBUG)
target_link_libraries(sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
