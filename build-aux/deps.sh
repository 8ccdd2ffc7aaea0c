# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/run and build-aux/test. Installs the Debian packages that
# are missing, with apt-get, as root or through sudo. Works on Debian 12 and
# Ubuntu 24.04; every package named here exists in both.

# What building Kindling needs.
KIN_BUILD_PACKAGES="
  build-essential pkg-config meson ninja-build gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libcairo2-dev libpango1.0-dev
  libgdk-pixbuf-2.0-dev librsvg2-dev
  desktop-file-utils appstream shared-mime-info
  adwaita-icon-theme libx11-dev libxdamage-dev
"

# What running it from the build needs on top: the help viewer.
KIN_RUN_PACKAGES="yelp"

# What the tests need on top: a headless X server and a session bus, XTest
# to press keys through it, Weston for a display with two screens, the data
# file validators, and Python with jsonschema for the file-format schema
# check.
KIN_TEST_PACKAGES="
  xvfb xauth dbus-daemon libxtst-dev weston
  yelp-tools libxml2-utils
  python3 python3-jsonschema
  poppler-utils fonts-dejavu-core
"

kin_missing_packages () {
  missing=""
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
      missing="$missing $package"
    fi
  done
  printf '%s' "$missing"
}

kin_ensure_packages () {
  missing=$(kin_missing_packages "$@")
  [ -z "$missing" ] && return 0

  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo"
  else
    echo "These packages are missing and neither root nor sudo is available:$missing" >&2
    return 1
  fi

  echo "Installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq || return 1
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing || return 1
}
