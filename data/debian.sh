# Sourced by the data scripts (`. data/debian.sh`): makes sure files that come from Debian packages are there.
#
#   need_debian SCRIPT FILE... -- PACKAGE...
#
# If a FILE is missing, installs the PACKAGEs when run as root (CI, a fresh container), or else stops with a
# message naming SCRIPT, the file and the packages to install.
need_debian() {
  local script=$1
  shift
  local files=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    files+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  local f
  for f in "${files[@]}"; do
    [ -e "$f" ] && continue
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
      break
    fi
    echo "$script: $f is missing; install Debian's $* (apt-get install $*)" >&2
    exit 1
  done
  for f in "${files[@]}"; do
    if [ ! -e "$f" ]; then
      echo "$script: $f is still missing after installing $*" >&2
      exit 1
    fi
  done
}
