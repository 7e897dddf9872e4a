# Shared helpers for the scripts in this folder (sourced, not run).
say() { printf '\033[1m[samen]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[samen] error:\033[0m %s\n' "$*" >&2; exit 1; }
SAMEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMEN_CACHE="${SAMEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/samen}"
SAMEN_BUILD="${SAMEN_BUILD:-$SAMEN_ROOT/build/dev}"
export SAMEN_ROOT SAMEN_CACHE SAMEN_BUILD
# samen_ccache_env: ccache settings for our builds. BASEDIR and NOHASHDIR let worktrees share entries; the sloppiness
# lets ccache cache the files built with the test suites' precompiled headers (tests/CMakeLists.txt): without it
# ccache passes every such file to the compiler (correct, but uncached). ccache's documentation on precompiled
# headers asks for pch_defines and time_macros; the header's own time (include_file_mtime, include_file_ctime) is
# always new after it was built.
samen_ccache_env() {
  export CCACHE_BASEDIR="$SAMEN_ROOT" CCACHE_NOHASHDIR=1
  [[ "${CCACHE_SLOPPINESS:-}" == *pch_defines* ]] ||
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:+$CCACHE_SLOPPINESS,}pch_defines,time_macros,include_file_mtime,include_file_ctime"
}
