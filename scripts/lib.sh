# Shared helpers for the scripts in this folder (sourced, not run).
say() { printf '\033[1m[samen]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[samen] error:\033[0m %s\n' "$*" >&2; exit 1; }
SAMEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMEN_CACHE="${SAMEN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/samen}"
SAMEN_BUILD="${SAMEN_BUILD:-$SAMEN_ROOT/build/dev}"
export SAMEN_ROOT SAMEN_CACHE SAMEN_BUILD
