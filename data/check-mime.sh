#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the shared-mime-info package file does what it promises:
# a name ending in .kindling is a Kindling project, and so is a file with
# no telling name whose content starts like a Kindling project, while other
# JSON is not. It builds a private MIME database so that the result does not
# depend on what is installed on this machine.
#
# Usage: check-mime.sh MIME-XML
# Prints TAP; exits 0 on success and 1 on failure. Without the tools it
# reports the whole test as skipped.

set -u

xml="$1"

for tool in update-mime-database gio; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool is not installed"
    exit 0
  fi
done

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

XDG_DATA_HOME="$tmp"
XDG_DATA_DIRS="$tmp:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export XDG_DATA_HOME XDG_DATA_DIRS

mkdir -p "$tmp/mime/packages" "$tmp/files" || exit 1
cp "$xml" "$tmp/mime/packages/io.github.kindling.Kindling.xml" || exit 1
update-mime-database "$tmp/mime" || exit 1

printf '{\n  "format": "kindling",\n  "version": 1\n}\n' > "$tmp/files/workshop.kindling"
printf '{\n  "format": "kindling",\n  "version": 1\n}\n' > "$tmp/files/no-extension"
printf '{"format":"kindling","version":1}' > "$tmp/files/compact"
printf '{\n  "format": "something-else"\n}\n' > "$tmp/files/other"

status=0
n=0

expect ()
{
  n=$((n + 1))
  got=$(gio info -a standard::content-type "$tmp/files/$1" |
        sed -n 's/^ *standard::content-type: //p')
  if [ "$got" = "$2" ]; then
    echo "ok $n - $1 is $2"
  else
    echo "not ok $n - $1 is '$got', expected $2"
    status=1
  fi
}

echo "1..4"
expect workshop.kindling application/x-kindling
expect no-extension application/x-kindling
expect compact application/x-kindling
n=$((n + 1))
got=$(gio info -a standard::content-type "$tmp/files/other" |
      sed -n 's/^ *standard::content-type: //p')
if [ "$got" != "application/x-kindling" ]; then
  echo "ok $n - other JSON is not a Kindling project ($got)"
else
  echo "not ok $n - other JSON was taken for a Kindling project"
  status=1
fi

exit $status
