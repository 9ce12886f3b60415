#!/usr/bin/env bash
# The data each crate embeds, copied into that crate so that its published package carries it.
# data/ is the one source of truth: edit or rebuild a file here, then run this script. With --check it changes
# nothing and fails (exit 1) when a crate's copy differs from data/ or is missing, naming the file; CI runs that.
set -euo pipefail
cd "$(dirname "$0")/.."

# crate: the files below data/ it embeds (kept at the same relative path under crates/<crate>/data/).
# The licence texts go with the data whose licence asks for them (data/licences/NOTICE.md says which).
lgpl="licences/NOTICE.md licences/hunspell-id.txt licences/LGPL-3.txt licences/GPL-3.txt"
declare -A EMBEDS=(
  [urai-tokenizer]="tokenizer/roots.txt tokenizer/clitic-whole.txt tokenizer/abbreviations.txt $lgpl"
  [urai-stem]="stem/lexicon.tsv stem/exceptions.tsv stem/stopwords.txt $lgpl"
  [urai-ner]="ner/model.bin $(cd data && echo ner/gaz/*.txt) ner/gaz/common_en.COPYRIGHT $(cd data && echo licences/*.txt) licences/NOTICE.md"
  [urai-cli]="licences/NOTICE.md $(cd data && echo licences/*.txt) ner/gaz/common_en.COPYRIGHT"
)
# Every published crate carries the project's own licence texts too.
ROOT_FILES="LICENSE-MIT LICENSE-APACHE"

check=0
[ "${1:-}" = "--check" ] && check=1
status=0
for crate in "${!EMBEDS[@]}"; do
  for f in ${EMBEDS[$crate]}; do
    src="data/$f" dst="crates/$crate/data/$f"
    if [ $check = 1 ]; then
      if ! cmp -s "$src" "$dst"; then
        echo "error: $dst differs from $src (run data/sync-crates.sh)" >&2
        status=1
      fi
    else
      mkdir -p "$(dirname "$dst")"
      cp "$src" "$dst"
    fi
  done
done
for crate in urai-tokenizer urai-stem urai-ner urai urai-cli; do
  for f in $ROOT_FILES; do
    if [ $check = 1 ]; then
      cmp -s "$f" "crates/$crate/$f" || { echo "error: crates/$crate/$f differs from $f (run data/sync-crates.sh)" >&2; status=1; }
    else
      cp "$f" "crates/$crate/$f"
    fi
  done
done
exit $status
