/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <string.h>

#include "kin-json-peek.h"

/*
 * Finding the top-level "version" of a JSON document cheaply, without
 * parsing or validating it: saving uses it to make sure it is not about to
 * overwrite a file from a newer version, and the loader to decide how to
 * read. The scan works on a prefix of a file too, and gives up on anything
 * unexpected.
 */

typedef struct
{
  const char *p;
  const char *end;
} Cursor;

static void
skip_space (Cursor *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\n' || *c->p == '\r' || *c->p == '\t'))
    c->p++;
}

/* Skips a string; @c is at its opening quote. */
static gboolean
skip_string (Cursor *c)
{
  for (c->p++; c->p < c->end; c->p++)
    {
      if (*c->p == '\\')
        c->p++;
      else if (*c->p == '"')
        {
          c->p++;
          return TRUE;
        }
    }

  return FALSE;
}

/* Skips a value of any kind, keeping count of nesting. */
static gboolean
skip_value (Cursor *c)
{
  guint depth = 0;

  for (;;)
    {
      skip_space (c);
      if (c->p >= c->end)
        return FALSE;

      switch (*c->p)
        {
        case '"':
          if (!skip_string (c))
            return FALSE;
          break;

        case '{':
        case '[':
          depth++;
          c->p++;
          break;

        case '}':
        case ']':
          if (depth == 0)
            return TRUE;
          depth--;
          c->p++;
          break;

        case ',':
          if (depth == 0)
            return TRUE;
          c->p++;
          break;

        default:
          c->p++;
          break;
        }

      if (depth == 0 && c->p < c->end && (*c->p == ',' || *c->p == '}'))
        return TRUE;
    }
}

/**
 * kin_json_peek_version:
 * @data: the start of a file (it may be cut short)
 * @length: the length of @data
 * @version: (out): the value of the top-level "version" member
 *
 * Returns: %TRUE if a whole-number "version" was found
 */
gboolean
kin_json_peek_version (const char *data,
                       gsize       length,
                       gint64     *version)
{
  Cursor c = { data, data + length };

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    c.p += 3;

  skip_space (&c);
  if (c.p >= c.end || *c.p != '{')
    return FALSE;
  c.p++;

  for (;;)
    {
      const char *key;
      gboolean is_version;

      skip_space (&c);
      if (c.p >= c.end || *c.p != '"')
        return FALSE;
      key = c.p;
      if (!skip_string (&c))
        return FALSE;
      is_version = c.p - key == 9 && memcmp (key, "\"version\"", 9) == 0;

      skip_space (&c);
      if (c.p >= c.end || *c.p != ':')
        return FALSE;
      c.p++;
      skip_space (&c);

      if (is_version)
        {
          const char *start = c.p;
          g_autofree char *text = NULL;

          if (c.p < c.end && *c.p == '-')
            c.p++;
          while (c.p < c.end && g_ascii_isdigit (*c.p))
            c.p++;
          /* A fraction or exponent is not a version. */
          if (c.p >= c.end || *c.p == '.' || *c.p == 'e' || *c.p == 'E')
            return FALSE;

          text = g_strndup (start, c.p - start);
          return g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, version, NULL);
        }

      if (!skip_value (&c))
        return FALSE;
      skip_space (&c);
      if (c.p >= c.end || *c.p != ',')
        return FALSE;
      c.p++;
    }
}
