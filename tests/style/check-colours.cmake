# Fails when a colour is written out in views/ or app/ outside views/style/: colours come from the
# palette or from the style module (views/style/Style.h), so they follow light and dark mode.
file(GLOB_RECURSE sources LIST_DIRECTORIES false
    ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(offences "")
foreach(source IN LISTS sources)
    if(source MATCHES "/views/style/")
        continue()
    endif()
    file(STRINGS ${source} lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "[:\"' ]#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]"
           OR line MATCHES "QColor *\\(|QColor::fromRgb|QColorConstants::|rgba? *\\("
           OR line MATCHES "Qt::(white|black|red|green|blue|cyan|magenta|yellow|gray|darkGray|lightGray|darkRed|darkGreen|darkBlue|darkCyan|darkMagenta|darkYellow)[^A-Za-z]")
            file(RELATIVE_PATH relative ${SOURCE_DIR} ${source})
            string(APPEND offences "  ${relative}:${number}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(offences)
    message(FATAL_ERROR "Colour literals outside views/style/ (use views::style or a palette role):\n${offences}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files write no colour of their own")
