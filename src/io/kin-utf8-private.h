/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Returns the length (2 to 4) of the well-formed multi-byte UTF-8 sequence
 * starting at @p, or 0 if the bytes there are not one. Overlong forms,
 * surrogate code points and values above U+10FFFF are rejected, as RFC 3629
 * requires. @p must point at a byte of 0x80 or more, before @end.
 *
 * Both the loader's guard pass and the writer use this, so what one writes
 * the other always accepts.
 */
static inline gsize
kin_utf8_sequence_length (const guchar *p,
                          const guchar *end)
{
  gsize avail = (gsize) (end - p);
  guchar c = p[0];

  if (c >= 0xc2 && c <= 0xdf)
    return (avail >= 2 && (p[1] & 0xc0) == 0x80) ? 2 : 0;

  if (c >= 0xe0 && c <= 0xef)
    {
      if (avail < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
        return 0;
      if (c == 0xe0 && p[1] < 0xa0)
        return 0;
      if (c == 0xed && p[1] > 0x9f)
        return 0;
      return 3;
    }

  if (c >= 0xf0 && c <= 0xf4)
    {
      if (avail < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
          (p[3] & 0xc0) != 0x80)
        return 0;
      if (c == 0xf0 && p[1] < 0x90)
        return 0;
      if (c == 0xf4 && p[1] > 0x8f)
        return 0;
      return 4;
    }

  return 0;
}

G_END_DECLS
