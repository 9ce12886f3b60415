#!/usr/bin/env bash
# Regenerates data/tokenizer/roots.txt from Debian's hunspell-id package (LGPL-3.0).
#
# The tokenizer uses this list only as a membership test: "is this a known Indonesian root?" when it decides
# whether a final -nya/-lah/-kah/-pun/-ku/-mu (or an initial ku-/kau-) is a clitic to split off.
# The list is the dictionary's stems with their affix flags removed, lower-cased, de-duplicated and sorted
# (C collation), one per line. Run from anywhere: `bash data/tokenizer/build-roots.sh`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dic=/usr/share/hunspell/id_ID.dic
# shellcheck source=../debian.sh
. "$here/../debian.sh"
need_debian build-roots.sh "$dic" -- hunspell-id
version=$(dpkg-query -W -f='${Version}' hunspell-id 2>/dev/null || echo unknown)
{
  echo "# Indonesian roots for urai-tokenizer's clitic decisions."
  echo "# Derived by data/tokenizer/build-roots.sh from Debian hunspell-id ${version} (id_ID.dic, LGPL-3.0)."
  # First line of the .dic is the entry count; entries are ISO-8859-1, `stem/FLAGS`.
  tail -n +2 "$dic" | iconv -f ISO-8859-1 -t UTF-8 | cut -d/ -f1 | tr -d '\r' \
    | awk '{ print tolower($0) }' | grep -v '^[[:space:]]*$' | LC_ALL=C sort -u
} > "$here/roots.txt"
echo "wrote $(grep -vc '^#' "$here/roots.txt") roots to $here/roots.txt"
