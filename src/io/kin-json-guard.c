/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kin-io-error.h"
#include "kin-json-guard.h"
#include "kin-json-keys-private.h"
#include "kin-utf8-private.h"

/*
 * The guard pass reads the raw bytes of a file once, before json-glib sees
 * them, and accepts only strict RFC 8259 JSON in valid UTF-8.
 *
 * This matters for two reasons. First, json-glib 1.6 is not safe on hostile
 * input: it recurses once per nesting level and overflows the stack on deep
 * nesting. Second, it is lenient in ways that silently change data: it
 * accepts comments, single quotes, hexadecimal and leading-zero numbers and
 * trailing text after the document, wraps integers that do not fit in 64
 * bits, drops everything after "\u0000" in a string, and turns unknown
 * escapes such as "\x" into the bare letter, and keeps only the last of
 * two members with the same name (in quadratic time, see kin-json-keys.c).
 * Rejecting all of these here, with a line and column a person can find,
 * means json-glib only ever parses documents it handles exactly.
 *
 * The scan is a small state machine with an explicit stack, so hostile
 * nesting cannot exhaust the C stack, and it is linear in the input.
 */

typedef struct
{
  const guchar *start;
  const guchar *end;
  const char   *name;
  GError      **error;
  guint         n_values;
  KinJsonKeys  *keys;        /* names of the open objects' members */
  KinJsonLayout *layout;     /* nullable: see kin_json_guard_check() */
  gboolean      escaped_key; /* a top-level member name has an escape */
  guint         n_elements;  /* array elements completed so far */
  guint         n_in_array;  /* elements so far in the current top-level array */
} Guard;

/* Bytes that can appear in a string without further checks: printable ASCII
 * except the quote and the backslash. */
static const guint8 string_plain[256] = {
  [0x20 ... 0x21] = 1,
  [0x23 ... 0x5b] = 1,
  [0x5d ... 0x7f] = 1,
};

/**
 * kin_json_guard_position:
 * @data: the text, starting where line 1 starts
 * @offset: a byte offset into @data
 * @line: (out): 1-based line number of @offset
 * @column: (out): 1-based column of @offset, counted in characters
 *
 * Converts a byte offset into the line and column a text editor shows.
 * Only called when reporting an error, so it simply rescans the prefix.
 */
void
kin_json_guard_position (const char *data,
                         gsize       offset,
                         guint      *line,
                         guint      *column)
{
  guint l = 1;
  guint c = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar b = (guchar) data[i];

      if (b == '\n')
        {
          l++;
          c = 1;
        }
      else if ((b & 0xc0) != 0x80)
        {
          c++;
        }
    }

  *line = l;
  *column = c;
}

static gboolean
fail_at (Guard        *g,
         const guchar *p,
         const char   *message)
{
  guint line, column;

  kin_json_guard_position ((const char *) g->start, (gsize) (p - g->start),
                           &line, &column);
  g_set_error (g->error, KIN_IO_ERROR, KIN_IO_ERROR_SYNTAX,
               "%s:%u:%u: %s", g->name, line, column, message);
  return FALSE;
}

static gboolean
fail_invalid_utf8 (Guard        *g,
                   const guchar *p)
{
  return fail_at (g, p, _("invalid UTF-8"));
}

static gboolean
fail_nul (Guard        *g,
          const guchar *p)
{
  return fail_at (g, p, _("NUL byte; the file is damaged or is not a text file"));
}

static gunichar
decode_utf8 (const guchar *p)
{
  return g_utf8_get_char ((const char *) p);
}

/* Describes the character at @p for a message, or returns NULL after
 * reporting invalid UTF-8 or a NUL byte there. */
static char *
describe_char (Guard        *g,
               const guchar *p)
{
  guchar c = *p;

  if (c == 0)
    {
      fail_nul (g, p);
      return NULL;
    }

  if (c >= 0x80)
    {
      if (kin_utf8_sequence_length (p, g->end) == 0)
        {
          fail_invalid_utf8 (g, p);
          return NULL;
        }
      return g_strdup_printf ("U+%04X", decode_utf8 (p));
    }

  if (c < 0x20 || c == 0x7f)
    return g_strdup_printf ("U+%04X", c);

  if (c == '\'')
    return g_strdup ("\"'\"");

  return g_strdup_printf ("'%c'", c);
}

static gboolean
fail_unexpected (Guard        *g,
                 const guchar *p,
                 const char   *expected)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;

  if (p == g->end)
    {
      /* TRANSLATORS: %s is what the file should have had, e.g. "a value". */
      message = g_strdup_printf (_("unexpected end of file; expected %s"), expected);
      return fail_at (g, p, message);
    }

  what = describe_char (g, p);
  if (what == NULL)
    return FALSE;

  /* TRANSLATORS: the first %s is a character such as 'x' or U+00E9, the
   * second what was expected there, e.g. "a value". */
  message = g_strdup_printf (_("unexpected character %s; expected %s"), what, expected);
  return fail_at (g, p, message);
}

static inline const guchar *
skip_space (const guchar *p,
            const guchar *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static int
hex4 (const guchar *p,
      const guchar *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);

      if (d < 0)
        return -1;
      value = value * 16 + d;
    }

  return value;
}

/* Checks one backslash escape; @p points at the backslash. Returns the
 * position after the escape, or NULL after reporting an error. */
static const guchar *
scan_escape (Guard        *g,
             const guchar *p,
             const guchar *open)
{
  const guchar *end = g->end;
  int cp;

  if (p + 1 >= end)
    {
      fail_at (g, open, _("this string has no closing quote"));
      return NULL;
    }

  switch (p[1])
    {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
      return p + 2;

    case 'u':
      break;

    default:
      {
        g_autofree char *what = describe_char (g, p + 1);
        g_autofree char *message = NULL;

        if (what == NULL)
          return NULL;
        /* TRANSLATORS: %s is a character, e.g. 'x' in "\x". */
        message = g_strdup_printf (_("unknown escape sequence: backslash followed by %s"), what);
        fail_at (g, p, message);
        return NULL;
      }
    }

  cp = hex4 (p + 2, end);
  if (cp < 0)
    {
      fail_at (g, p, _("\\u must be followed by four hexadecimal digits"));
      return NULL;
    }

  if (cp == 0)
    {
      /* json-glib would silently cut the string short here. */
      fail_at (g, p, _("\\u0000 is not allowed: text cannot contain NUL characters"));
      return NULL;
    }

  if (cp >= 0xd800 && cp <= 0xdbff)
    {
      int low = -1;

      if (end - p >= 12 && p[6] == '\\' && p[7] == 'u')
        low = hex4 (p + 8, end);

      if (low >= 0xdc00 && low <= 0xdfff)
        return p + 12;
    }

  if (cp >= 0xd800 && cp <= 0xdfff)
    {
      g_autofree char *message =
        g_strdup_printf (_("\\u%04X is half of a surrogate pair without its other half"), (guint) cp);

      fail_at (g, p, message);
      return NULL;
    }

  return p + 6;
}

/* Skips the bytes of a string that need no further look: printable ASCII
 * other than the quote and the backslash. Most of a project file is such
 * text, so this loop is where the guard spends its time; with SSE2 it looks
 * at sixteen bytes at once. */
static inline const guchar *
skip_plain (const guchar *p,
            const guchar *end)
{
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
  const __m128i space = _mm_set1_epi8 (' ');

  while (end - p >= 16)
    {
      __m128i chunk = _mm_loadu_si128 ((const __m128i *) p);
      /* A signed comparison with ' ' catches both control characters and
       * bytes of 0x80 and above, which are negative as signed chars. */
      __m128i special = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (chunk, quote),
                                                    _mm_cmpeq_epi8 (chunk, backslash)),
                                      _mm_cmplt_epi8 (chunk, space));
      int mask = _mm_movemask_epi8 (special);

      if (mask != 0)
        return p + __builtin_ctz ((unsigned int) mask);
      p += 16;
    }
#endif

  while (p < end && string_plain[*p])
    p++;

  return p;
}

/* Checks a string; @p points at its opening quote. Returns the position
 * after the closing quote, or NULL after reporting an error. */
static const guchar *
scan_string (Guard        *g,
             const guchar *p)
{
  const guchar *open = p;
  const guchar *end = g->end;

  p++;
  for (;;)
    {
      guchar c;

      p = skip_plain (p, end);

      if (p == end)
        {
          fail_at (g, open, _("this string has no closing quote"));
          return NULL;
        }

      c = *p;
      if (c == '"')
        return p + 1;

      if (c == '\\')
        {
          p = scan_escape (g, p, open);
          if (p == NULL)
            return NULL;
        }
      else if (c >= 0x80)
        {
          gsize n = kin_utf8_sequence_length (p, end);

          if (n == 0)
            {
              fail_invalid_utf8 (g, p);
              return NULL;
            }
          p += n;
        }
      else if (c == 0)
        {
          fail_nul (g, p);
          return NULL;
        }
      else if (c == '\n' || c == '\r')
        {
          fail_at (g, p, _("line break inside a string: write it as \\n, "
                           "or add the missing closing quote"));
          return NULL;
        }
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("control character U+%04X inside a string: write it as \\u%04X"),
                             c, c);

          fail_at (g, p, message);
          return NULL;
        }
    }
}

/* Checks a number; @p points at '-' or a digit. */
static const guchar *
scan_number (Guard        *g,
             const guchar *p)
{
  static const char max_int64[] = "9223372036854775807";
  static const char min_int64[] = "9223372036854775808";
  const guchar *end = g->end;
  const guchar *q = p;
  const guchar *digits;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gsize n_digits;

  if (*q == '-')
    {
      negative = TRUE;
      q++;
    }

  digits = q;
  if (q == end || !is_digit (*q))
    {
      fail_unexpected (g, q, _("a digit"));
      return NULL;
    }

  if (*q == '0')
    {
      q++;
      if (q < end && is_digit (*q))
        {
          fail_at (g, p, _("a number must not start with 0"));
          return NULL;
        }
    }
  else
    {
      while (q < end && is_digit (*q))
        q++;
    }
  n_digits = (gsize) (q - digits);

  if (q < end && *q == '.')
    {
      integer = FALSE;
      q++;
      if (q == end || !is_digit (*q))
        {
          fail_unexpected (g, q, _("a digit after the decimal point"));
          return NULL;
        }
      while (q < end && is_digit (*q))
        q++;
    }

  if (q < end && (*q == 'e' || *q == 'E'))
    {
      integer = FALSE;
      q++;
      if (q < end && (*q == '+' || *q == '-'))
        q++;
      if (q == end || !is_digit (*q))
        {
          fail_unexpected (g, q, _("a digit in the exponent"));
          return NULL;
        }
      while (q < end && is_digit (*q))
        q++;
    }

  /* json-glib reads integers into 64 bits and wraps around silently on
   * overflow, so 99999999999999999999 would load as a small negative
   * number. Refuse those rather than load a wrong value. */
  if (integer && n_digits >= sizeof max_int64 - 1)
    {
      const char *limit = negative ? min_int64 : max_int64;

      if (n_digits > sizeof max_int64 - 1 ||
          memcmp (digits, limit, n_digits) > 0)
        {
          fail_at (g, p, _("this whole number is too large"));
          return NULL;
        }
    }

  return q;
}

/* Checks a bare word, which must be true, false or null. */
static const guchar *
scan_word (Guard        *g,
           const guchar *p)
{
  const guchar *q = p;
  gsize len;

  while (q < g->end && q - p < 64 && (g_ascii_isalnum (*q) || *q == '_'))
    q++;
  len = (gsize) (q - p);

  if ((len == 4 && memcmp (p, "true", 4) == 0) ||
      (len == 5 && memcmp (p, "false", 5) == 0) ||
      (len == 4 && memcmp (p, "null", 4) == 0))
    return q;

  {
    g_autofree char *word = g_strndup ((const char *) p, len);
    g_autofree char *message =
      /* TRANSLATORS: %s is a word found in the file, such as tru or NaN. */
      g_strdup_printf (_("unexpected word '%s'; text must be in double quotes"), word);

    fail_at (g, p, message);
  }
  return NULL;
}

static gboolean
count_value (Guard *g)
{
  if (G_UNLIKELY (++g->n_values > KIN_JSON_GUARD_MAX_VALUES))
    {
      g_set_error (g->error, KIN_IO_ERROR, KIN_IO_ERROR_TOO_LARGE,
                   _("%s is too large to open: it holds more than %u values"),
                   g->name, KIN_JSON_GUARD_MAX_VALUES);
      return FALSE;
    }
  return TRUE;
}

static gboolean
scan_document (Guard *g)
{
  const guchar *p = g->start;
  const guchar *end = g->end;
  guchar stack[KIN_JSON_GUARD_MAX_DEPTH];
  guint depth = 0;
  gboolean after_comma = FALSE;

value:
  p = skip_space (p, end);
  if (p == end)
    return fail_unexpected (g, p, after_comma ? _("a value after ','") : _("a value"));

  switch (*p)
    {
    case '{':
    case '[':
      if (depth == KIN_JSON_GUARD_MAX_DEPTH)
        {
          g_autofree char *message =
            g_strdup_printf (_("arrays and objects are nested more than %d deep"),
                             KIN_JSON_GUARD_MAX_DEPTH);
          return fail_at (g, p, message);
        }
      stack[depth++] = *p;
      p = skip_space (p + 1, end);
      if (p < end && *p == (stack[depth - 1] == '{' ? '}' : ']'))
        {
          p++;
          depth--;
          goto after_value;
        }
      if (stack[depth - 1] == '{')
        {
          kin_json_keys_open_object (g->keys);
          goto key;
        }
      after_comma = FALSE;
      goto value;

    case '"':
      p = scan_string (g, p);
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      p = scan_number (g, p);
      break;

    default:
      if (g_ascii_isalpha (*p))
        p = scan_word (g, p);
      else
        return fail_unexpected (g, p, after_comma ? _("a value after ','") : _("a value"));
      break;
    }

  if (p == NULL)
    return FALSE;

after_value:
  if (!count_value (g))
    return FALSE;

  /* The value just completed is an element of the array it is in: json-glib
   * emits JsonParser::array-element for it, in this same order. */
  if (depth > 0 && stack[depth - 1] == '[')
    {
      if (depth == 2 && stack[0] == '{' && g->layout != NULL && !g->escaped_key)
        {
          KinJsonElement element = { g->n_elements, g->layout->array_keys->len - 1, g->n_in_array++ };

          g_array_append_val (g->layout->elements, element);
        }
      g->n_elements++;
    }

  p = skip_space (p, end);
  if (depth == 0)
    {
      if (p != end)
        return fail_unexpected (g, p, _("the end of the file"));
      return TRUE;
    }

  if (stack[depth - 1] == '[')
    {
      if (p < end && *p == ',')
        {
          p++;
          after_comma = TRUE;
          goto value;
        }
      if (p < end && *p == ']')
        {
          p++;
          depth--;
          goto after_value;
        }
      return fail_unexpected (g, p, _("',' or ']'"));
    }
  else
    {
      if (p < end && *p == ',')
        {
          p++;
          goto key;
        }
      if (p < end && *p == '}')
        {
          p++;
          depth--;
          kin_json_keys_close_object (g->keys);
          goto after_value;
        }
      return fail_unexpected (g, p, _("',' or '}'"));
    }

key:
  {
    const guchar *key = skip_space (p, end);
    const guchar *key_end;

    if (key == end || *key != '"')
      return fail_unexpected (g, key, _("a member name in double quotes"));
    key_end = scan_string (g, key);
    if (key_end == NULL)
      return FALSE;
    if (!kin_json_keys_add (g->keys, key, (gsize) (key_end - key)))
      {
        g_autofree char *name = g_strndup ((const char *) key, (gsize) (key_end - key));
        g_autofree char *message =
          /* TRANSLATORS: %s is a member name in quotes, e.g. "title" */
          g_strdup_printf (_("%s is given twice in the same object; names must be unique"), name);

        return fail_at (g, key, message);
      }
    p = skip_space (key_end, end);
    if (p == end || *p != ':')
      return fail_unexpected (g, p, _("':' after the member name"));
    p = skip_space (p + 1, end);
    after_comma = FALSE;

    if (depth == 1 && g->layout != NULL)
      {
        if (memchr (key, '\\', key_end - key) != NULL)
          g->escaped_key = TRUE;
        else if (p < end && *p == '[')
          {
            g_ptr_array_add (g->layout->array_keys,
                             g_strndup ((const char *) key + 1, (gsize) (key_end - key - 2)));
            g->n_in_array = 0;
          }
      }
  }
  goto value;
}

/**
 * kin_json_guard_check:
 * @data: the raw bytes of a file
 * @length: their length
 * @display_name: the name to use in messages, usually the file's basename
 * @body_offset: (out) (optional): where the JSON starts (after a UTF-8
 *   byte order mark, if there is one)
 * @layout: (out) (optional) (transfer full): where the arrays of the
 *   top-level object and their elements are; %NULL if a top-level member
 *   name contains an escape, since two names that differ as written could
 *   then be the same member
 * @error: return location for an error
 *
 * Checks that @data is strict JSON that json-glib will parse exactly and
 * safely: valid UTF-8 with no NUL bytes, no member name given twice in an
 * object, no nesting deeper than
 * %KIN_JSON_GUARD_MAX_DEPTH, integers within 64 bits, no "\u0000" or unpaired
 * surrogates, and no more than %KIN_JSON_GUARD_MAX_SIZE bytes or
 * %KIN_JSON_GUARD_MAX_VALUES values. Syntax errors are reported as
 * `NAME:LINE:COLUMN: message` in the %KIN_IO_ERROR_SYNTAX code.
 *
 * Returns: %TRUE if the data is acceptable
 */
gboolean
kin_json_guard_check (const char     *data,
                      gsize           length,
                      const char     *display_name,
                      gsize          *body_offset,
                      KinJsonLayout **layout,
                      GError        **error)
{
  g_autoptr(KinJsonLayout) found = NULL;
  g_autoptr(KinJsonKeys) keys_in_objects = NULL;
  Guard g = { 0 };
  gsize offset = 0;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length > KIN_JSON_GUARD_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_TOO_LARGE,
                   _("%s is too large to open (%s; the limit is 1 GiB)"),
                   display_name, size);
      return FALSE;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    offset = 3;

  g.start = (const guchar *) data + offset;
  g.end = (const guchar *) data + length;
  g.name = display_name;
  g.error = error;
  if (layout != NULL)
    {
      g.layout = found = g_new0 (KinJsonLayout, 1);
      found->array_keys = g_ptr_array_new_with_free_func (g_free);
      found->elements = g_array_new (FALSE, FALSE, sizeof (KinJsonElement));
    }

  if (g.start == g.end)
    return fail_at (&g, g.start, _("the file is empty"));

  g.keys = keys_in_objects = kin_json_keys_new ();
  if (!scan_document (&g))
    return FALSE;

  if (body_offset != NULL)
    *body_offset = offset;
  if (layout != NULL)
    *layout = g.escaped_key ? NULL : g_steal_pointer (&found);

  return TRUE;
}

/**
 * kin_json_layout_free:
 * @layout: (nullable): a layout
 *
 * Frees @layout.
 */
void
kin_json_layout_free (KinJsonLayout *layout)
{
  if (layout == NULL)
    return;

  g_ptr_array_unref (layout->array_keys);
  g_array_unref (layout->elements);
  g_free (layout);
}
