#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The gLabels side of the pocket-card benchmark (bench-cards.c).
#
#   glabels-peer.sh DIR
#
# DIR holds records.csv (a header line "name,summary", then one line per card)
# and art.jpg. This installs glabels from Debian when glabels-3-batch is
# missing, then writes DIR/job.glabels: the same card as Kindling's principle
# front on Avery C32011 (85 x 54 mm, 2 x 5 on A4), that is a colour
# background, the artwork across the top 56 %, the name in bold and the
# summary, merged from the CSV file. bench-cards.c then times
#   glabels-3-batch -o DIR/glabels.pdf DIR/job.glabels
set -eu

dir=${1:?usage: glabels-peer.sh DIR}

if ! command -v glabels-3-batch >/dev/null 2>&1; then
  echo "glabels-3-batch is missing; installing glabels from Debian" >&2
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y glabels >&2
  else
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y glabels >&2
  fi
fi

# gLabels 3 reads Object-text contents as Span elements; merge fields are
# Field elements inside them. Lengths carry their unit.
cat > "$dir/job.glabels" <<XML
<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Avery" part="C32011-10" size="A4" description="Business Cards">
    <Meta category="card"/>
    <Label-rectangle id="0" width="85mm" height="54mm" round="0mm" x_waste="0mm" y_waste="0mm">
      <Markup-margin size="3.2mm"/>
      <Layout nx="2" ny="5" x0="15mm" y0="13.5mm" dx="95mm" dy="54mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-box x="0mm" y="0mm" w="85mm" h="54mm" line_width="0pt" line_color="0x00000000"
                fill_color="0x1c6e8cff" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
    <Object-image x="0mm" y="0mm" w="85mm" h="30.2mm" src="$dir/art.jpg"
                  a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
    <Object-text x="5.3mm" y="32.2mm" w="74.4mm" h="6.5mm" justify="Left" valign="Top" auto_shrink="True"
                 a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="DejaVu Sans" font_size="13" font_weight="bold" font_italic="False"
            color="0xffffffff" line_spacing="1"><Field name="name"/></Span>
    </Object-text>
    <Object-text x="5.3mm" y="39mm" w="74.4mm" h="10mm" justify="Left" valign="Top" auto_shrink="True"
                 a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="DejaVu Sans" font_size="7.5" font_weight="normal" font_italic="False"
            color="0xffffffff" line_spacing="1"><Field name="summary"/></Span>
    </Object-text>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="$dir/records.csv"/>
</Glabels-document>
XML
