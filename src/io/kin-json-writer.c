/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-json-writer.h"
#include "kin-utf8-private.h"

/* Our file format nests five levels at most; the limit only guards misuse. */
#define MAX_DEPTH 32

typedef struct
{
  gboolean is_object;
  guint    count;
} Frame;

struct _KinJsonWriter
{
  GString *out;
  Frame    stack[MAX_DEPTH];
  guint    depth;
  /* Set between a key and its value, when nothing must precede the value. */
  gboolean after_key;
};

/* Bytes that may be copied into a JSON string as they are: printable ASCII
 * except the quote and the backslash. */
static const guint8 plain_ascii[256] = {
  [0x20 ... 0x21] = 1,
  [0x23 ... 0x5b] = 1,
  [0x5d ... 0x7f] = 1,
};

static const char spaces[] = "                                                                ";

static void
append_indent (GString *out,
               guint    depth)
{
  gsize n = depth * 2;

  g_string_append_c (out, '\n');
  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (out, spaces, chunk);
      n -= chunk;
    }
}

/* Writes whatever separates the previous value from the next one. */
static void
begin_value (KinJsonWriter *self)
{
  Frame *top;

  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }

  if (self->depth == 0)
    return;

  top = &self->stack[self->depth - 1];
  g_return_if_fail (!top->is_object);

  if (top->count > 0)
    g_string_append_c (self->out, ',');
  append_indent (self->out, self->depth);
  top->count++;
}

static void
append_escaped (GString    *out,
                const char *value,
                gsize       length)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *p = (const guchar *) value;
  const guchar *end = p + length;
  const guchar *run = p;

  g_string_append_c (out, '"');

  while (p < end)
    {
      guchar c = *p;

      if (G_LIKELY (plain_ascii[c]))
        {
          p++;
          continue;
        }

      if (c >= 0x80)
        {
          gsize n = kin_utf8_sequence_length (p, end);

          if (G_LIKELY (n > 0))
            {
              p += n;
              continue;
            }

          /* Text in the model should always be valid UTF-8. If a bug lets a
           * broken byte through, write U+FFFD instead: a file with invalid
           * UTF-8 would be refused by the loader and the work would be lost. */
          g_string_append_len (out, (const char *) run, p - run);
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          run = p;
          continue;
        }

      g_string_append_len (out, (const char *) run, p - run);
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };

            g_string_append_len (out, esc, sizeof esc);
          }
          break;
        }
      p++;
      run = p;
    }

  g_string_append_len (out, (const char *) run, p - run);
  g_string_append_c (out, '"');
}

/**
 * kin_json_writer_new:
 * @size_hint: expected size of the output in bytes, or 0
 *
 * Returns: (transfer full): a new writer with an empty buffer
 */
KinJsonWriter *
kin_json_writer_new (gsize size_hint)
{
  KinJsonWriter *self = g_new0 (KinJsonWriter, 1);

  self->out = g_string_sized_new (MAX (size_hint, 256));

  return self;
}

/**
 * kin_json_writer_free:
 * @self: a writer
 *
 * Frees the writer and what it has written so far.
 */
void
kin_json_writer_free (KinJsonWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->out, TRUE);
  g_free (self);
}

/**
 * kin_json_writer_free_to_bytes:
 * @self: (transfer full): a writer whose containers are all closed
 *
 * Finishes the text with a newline and frees the writer.
 *
 * Returns: (transfer full): the JSON text
 */
GBytes *
kin_json_writer_free_to_bytes (KinJsonWriter *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_warn_if_fail (self->depth == 0);

  out = self->out;
  g_string_append_c (out, '\n');
  g_free (self);

  return g_string_free_to_bytes (out);
}

static void
push (KinJsonWriter *self,
      gboolean       is_object)
{
  g_return_if_fail (self->depth < MAX_DEPTH);

  begin_value (self);
  g_string_append_c (self->out, is_object ? '{' : '[');
  self->stack[self->depth].is_object = is_object;
  self->stack[self->depth].count = 0;
  self->depth++;
}

static void
pop (KinJsonWriter *self,
     gboolean       is_object)
{
  Frame *top;

  g_return_if_fail (self->depth > 0);
  g_return_if_fail (!self->after_key);

  top = &self->stack[self->depth - 1];
  g_return_if_fail (top->is_object == is_object);

  self->depth--;
  if (top->count > 0)
    append_indent (self->out, self->depth);
  g_string_append_c (self->out, is_object ? '}' : ']');
}

/**
 * kin_json_writer_begin_object:
 * @self: a writer
 *
 * Opens an object; close it with kin_json_writer_end_object().
 */
void
kin_json_writer_begin_object (KinJsonWriter *self)
{
  push (self, TRUE);
}

/**
 * kin_json_writer_end_object:
 * @self: a writer
 *
 * Closes the innermost object.
 */
void
kin_json_writer_end_object (KinJsonWriter *self)
{
  pop (self, TRUE);
}

/**
 * kin_json_writer_begin_array:
 * @self: a writer
 *
 * Opens an array; close it with kin_json_writer_end_array().
 */
void
kin_json_writer_begin_array (KinJsonWriter *self)
{
  push (self, FALSE);
}

/**
 * kin_json_writer_end_array:
 * @self: a writer
 *
 * Closes the innermost array.
 */
void
kin_json_writer_end_array (KinJsonWriter *self)
{
  pop (self, FALSE);
}

/**
 * kin_json_writer_key:
 * @self: a writer inside an object
 * @key: the member name
 *
 * Starts a member of the current object; the next value call gives its value.
 */
void
kin_json_writer_key (KinJsonWriter *self,
                     const char    *key)
{
  Frame *top;

  g_return_if_fail (self->depth > 0);
  g_return_if_fail (!self->after_key);

  top = &self->stack[self->depth - 1];
  g_return_if_fail (top->is_object);

  if (top->count > 0)
    g_string_append_c (self->out, ',');
  append_indent (self->out, self->depth);
  top->count++;

  append_escaped (self->out, key, strlen (key));
  g_string_append_len (self->out, ": ", 2);
  self->after_key = TRUE;
}

/**
 * kin_json_writer_string:
 * @self: a writer
 * @value: (nullable): UTF-8 text, or %NULL to write `null`
 *
 * Writes a string value, escaping what JSON requires.
 */
void
kin_json_writer_string (KinJsonWriter *self,
                        const char    *value)
{
  if (value == NULL)
    {
      kin_json_writer_null (self);
      return;
    }

  kin_json_writer_string_len (self, value, strlen (value));
}

/**
 * kin_json_writer_string_len:
 * @self: a writer
 * @value: UTF-8 text
 * @length: its length in bytes
 *
 * Like kin_json_writer_string() for text that is not nul-terminated.
 */
void
kin_json_writer_string_len (KinJsonWriter *self,
                            const char    *value,
                            gsize          length)
{
  begin_value (self);
  append_escaped (self->out, value, length);
}

/**
 * kin_json_writer_int:
 * @self: a writer
 * @value: an integer
 *
 * Writes an integer value.
 */
void
kin_json_writer_int (KinJsonWriter *self,
                     gint64         value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  /* Formatting integers by hand is several times faster than printf, and
   * a big project writes a few hundred thousand of them. */
  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';

  begin_value (self);
  g_string_append_len (self->out, p, buf + sizeof buf - p);
}

/**
 * kin_json_quote:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if it is nul-terminated
 *
 * Quotes and escapes @text as a JSON string, for showing a value in a
 * message exactly as it would appear in a file.
 *
 * Returns: (transfer full): the quoted text
 */
char *
kin_json_quote (const char *text,
                gssize      length)
{
  GString *out;
  gsize len = length < 0 ? strlen (text) : (gsize) length;

  out = g_string_sized_new (len + 2);
  append_escaped (out, text, len);

  return g_string_free (out, FALSE);
}

/**
 * kin_json_format_double:
 * @buffer: where to write
 * @size: size of @buffer, at least %G_ASCII_DTOSTR_BUF_SIZE
 * @value: a number
 *
 * Formats @value with the fewest significant digits (15, 16 or 17) that
 * read back as exactly the same double, so files stay readable ("0.1" rather
 * than "0.10000000000000001") and still round-trip. Whole numbers come out
 * without a decimal point. JSON has no infinities or NaN, so those are
 * written as 0, as is negative zero.
 *
 * Returns: @buffer
 */
char *
kin_json_format_double (char   *buffer,
                        gsize   size,
                        double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

  if (!isfinite (value) || value == 0.0)
    {
      g_strlcpy (buffer, "0", size);
      return buffer;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, size, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return buffer;
}

/**
 * kin_json_writer_double:
 * @self: a writer
 * @value: a number
 *
 * Writes a number as described for kin_json_format_double().
 */
void
kin_json_writer_double (KinJsonWriter *self,
                        double         value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  kin_json_format_double (buf, sizeof buf, value);
  begin_value (self);
  g_string_append (self->out, buf);
}

/**
 * kin_json_writer_boolean:
 * @self: a writer
 * @value: a truth value
 *
 * Writes `true` or `false`.
 */
void
kin_json_writer_boolean (KinJsonWriter *self,
                         gboolean       value)
{
  begin_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

/**
 * kin_json_writer_null:
 * @self: a writer
 *
 * Writes `null`.
 */
void
kin_json_writer_null (KinJsonWriter *self)
{
  begin_value (self);
  g_string_append_len (self->out, "null", 4);
}

/**
 * kin_json_writer_strv:
 * @self: a writer
 * @strv: (nullable): a %NULL-terminated array of strings
 *
 * Writes an array of strings; %NULL writes an empty array.
 */
void
kin_json_writer_strv (KinJsonWriter      *self,
                      const char * const *strv)
{
  kin_json_writer_begin_array (self);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    kin_json_writer_string (self, strv[i]);
  kin_json_writer_end_array (self);
}

/**
 * kin_json_writer_base64:
 * @self: a writer
 * @data: (nullable): bytes to encode
 *
 * Writes @data as one base64 string, encoding straight into the output
 * buffer rather than through a temporary copy.
 */
void
kin_json_writer_base64 (KinJsonWriter *self,
                        GBytes        *data)
{
  const guchar *in = NULL;
  gsize in_len = 0;
  gsize start, written;
  int state = 0;
  int save = 0;

  if (data != NULL)
    in = g_bytes_get_data (data, &in_len);

  begin_value (self);
  g_string_append_c (self->out, '"');

  start = self->out->len;
  /* The size g_base64_encode_step() documents as enough without line breaks. */
  g_string_set_size (self->out, start + (in_len / 3 + 1) * 4 + 4);
  written = 0;
  if (in_len > 0)
    written = g_base64_encode_step (in, in_len, FALSE,
                                    self->out->str + start, &state, &save);
  written += g_base64_encode_close (FALSE, self->out->str + start + written,
                                    &state, &save);
  g_string_truncate (self->out, start + written);

  g_string_append_c (self->out, '"');
}

/**
 * kin_json_writer_member_string:
 * @self: a writer inside an object
 * @key: the member name
 * @value: (nullable): the text, or %NULL for `null`
 *
 * Writes a member with a string value.
 */
void
kin_json_writer_member_string (KinJsonWriter *self,
                               const char    *key,
                               const char    *value)
{
  kin_json_writer_key (self, key);
  kin_json_writer_string (self, value);
}

/**
 * kin_json_writer_member_int:
 * @self: a writer inside an object
 * @key: the member name
 * @value: the integer
 *
 * Writes a member with an integer value.
 */
void
kin_json_writer_member_int (KinJsonWriter *self,
                            const char    *key,
                            gint64         value)
{
  kin_json_writer_key (self, key);
  kin_json_writer_int (self, value);
}

/**
 * kin_json_writer_member_double:
 * @self: a writer inside an object
 * @key: the member name
 * @value: the number
 *
 * Writes a member with a number value.
 */
void
kin_json_writer_member_double (KinJsonWriter *self,
                               const char    *key,
                               double         value)
{
  kin_json_writer_key (self, key);
  kin_json_writer_double (self, value);
}

/**
 * kin_json_writer_member_boolean:
 * @self: a writer inside an object
 * @key: the member name
 * @value: the truth value
 *
 * Writes a member with a boolean value.
 */
void
kin_json_writer_member_boolean (KinJsonWriter *self,
                                const char    *key,
                                gboolean       value)
{
  kin_json_writer_key (self, key);
  kin_json_writer_boolean (self, value);
}

/**
 * kin_json_writer_member_strv:
 * @self: a writer inside an object
 * @key: the member name
 * @strv: (nullable): the strings
 *
 * Writes a member whose value is an array of strings.
 */
void
kin_json_writer_member_strv (KinJsonWriter      *self,
                             const char         *key,
                             const char * const *strv)
{
  kin_json_writer_key (self, key);
  kin_json_writer_strv (self, strv);
}
