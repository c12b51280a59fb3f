# Warnings and sanitizers for every Heron target, applied through one interface library.
add_library(heron_compiler_options INTERFACE)

if(MSVC)
  target_compile_options(heron_compiler_options INTERFACE /W4 /permissive-)
  if(HERON_WERROR)
    target_compile_options(heron_compiler_options INTERFACE /WX)
  endif()
else()
  target_compile_options(heron_compiler_options INTERFACE -Wall -Wextra -Wpedantic)
  if(HERON_WERROR)
    target_compile_options(heron_compiler_options INTERFACE -Werror)
  endif()
endif()

if(HERON_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "HERON_SANITIZE is supported with GCC and Clang only")
  endif()
  set(_heron_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(heron_compiler_options INTERFACE ${_heron_san})
  target_link_options(heron_compiler_options INTERFACE ${_heron_san})
endif()

# Qt: no implicit string conversions from/to char*, so every encoding choice is explicit.
target_compile_definitions(heron_compiler_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH QT_DISABLE_DEPRECATED_UP_TO=0x060400)
