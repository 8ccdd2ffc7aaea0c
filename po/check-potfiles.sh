#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that po/POTFILES.in lists every source, template and data file that
# holds translatable strings, and that everything it lists exists. Prints TAP.
#
# Usage: check-potfiles.sh SOURCE_ROOT

root=${1:-.}
cd "$root" || exit 1
potfiles=po/POTFILES.in

if [ ! -f "$potfiles" ]; then
  echo "1..1"
  echo "not ok 1 - $potfiles is missing"
  exit 1
fi

listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$potfiles" | sort -u)

# Files that mark strings for translation: C sources using the gettext macros,
# GtkBuilder templates with translatable properties, and data files whose
# translatable fields gettext extracts.
candidates=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' --include='*.c' src 2>/dev/null
  grep -rl 'translatable="yes"' --include='*.ui' src 2>/dev/null
  find data -name '*.desktop.in.in' -o -name '*.metainfo.xml.in.in' -o -name '*.gschema.xml' 2>/dev/null
} | sort -u)

n=0
failed=0
missing=""
for file in $candidates; do
  if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
    missing="$missing $file"
  fi
done

n=$((n + 1))
if [ -z "$missing" ]; then
  echo "ok $n - every file with translatable strings is in $potfiles"
else
  echo "not ok $n - missing from $potfiles:$missing"
  failed=1
fi

gone=""
for file in $listed; do
  [ -f "$file" ] || gone="$gone $file"
done
n=$((n + 1))
if [ -z "$gone" ]; then
  echo "ok $n - every file in $potfiles exists"
else
  echo "not ok $n - listed in $potfiles but missing:$gone"
  failed=1
fi

echo "1..$n"
exit $failed
