# CENTRALITA_SANITIZE=address,undefined builds every target with those sanitizers; any report
# ends the process with an error, so a test that trips one fails. CENTRALITA_FUZZ instruments the
# libraries for libFuzzer (clang) with AddressSanitizer and UBSan as well; tests/fuzz links the
# fuzzing engine into each target.
if(CENTRALITA_FUZZ)
    set(CENTRALITA_SANITIZE "address,undefined")
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(CENTRALITA_SANITIZE)
    set(sanitize_flags -fsanitize=${CENTRALITA_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_compile_options(${sanitize_flags})
    add_link_options(${sanitize_flags})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC's flow analysis is confused by the instrumentation (false maybe-uninitialized in
        # libstdc++'s <regex>, see the GCC manual on -fsanitize); the normal build keeps the warning.
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
    if(CENTRALITA_SANITIZE MATCHES "undefined")
        # UBSan's vptr check needs the type information of libphonenumber's protobuf messages.
        find_library(PROTOBUF_LIBRARY NAMES protobuf REQUIRED)
        link_libraries(${PROTOBUF_LIBRARY})
    endif()
endif()
