/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kin-io-error.h"
#include "kin-json-writer.h"
#include "kin-model.h"
#include "kin-reader-private.h"

/*
 * The bookkeeping of a load that the reader's passes share: JSON paths and
 * how they are written in messages, errors and warnings, and the table of
 * ids with where each was defined.
 */

static gboolean
is_plain_key (const char *key)
{
  if (*key == '\0')
    return FALSE;

  for (const char *p = key; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static void
append_key (GString    *out,
            const char *key)
{
  if (is_plain_key (key))
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, key);
    }
  else
    {
      g_autofree char *quoted = kin_json_quote (key, -1);

      g_string_append_printf (out, "[%s]", quoted);
    }
}

/**
 * kin_path_to_string:
 * @path: (nullable): a path
 *
 * Returns: (transfer full): the path written as in messages, such as
 *   `gains[12].impact`
 */
char *
kin_path_to_string (const KinPath *path)
{
  const KinPath *steps[64];
  guint n = 0;
  GString *out = g_string_new (NULL);

  for (const KinPath *p = path; p != NULL && n < G_N_ELEMENTS (steps); p = p->parent)
    steps[n++] = p;

  while (n-- > 0)
    {
      if (steps[n]->key != NULL)
        append_key (out, steps[n]->key);
      else
        g_string_append_printf (out, "[%" G_GSIZE_FORMAT "]", steps[n]->index);
    }

  return g_string_free (out, FALSE);
}

/**
 * kin_location_to_string:
 * @reader: the reader
 * @location: where an id was defined
 * @id: the id
 *
 * Returns: (transfer full): the path of the id's definition, such as
 *   `decks[0].cards[3].id` or `assets.logo`
 */
char *
kin_location_to_string (KinReader         *reader,
                        const KinLocation *location,
                        const char        *id)
{
  const KinEntityFormat *format = location->format;
  GString *out = g_string_new (NULL);

  if (format == &kin_format_asset)
    {
      append_key (out, format->section);
      append_key (out, id);
      return g_string_free (out, FALSE);
    }

  g_string_append_printf (out, "%s[%u]", format->section, location->i);
  if (format->list != NULL)
    g_string_append_printf (out, ".%s[%u]", format->list, location->j);
  g_string_append (out, ".id");

  return g_string_free (out, FALSE);
}

/**
 * kin_reader_fail:
 * @reader: the reader
 * @code: a #KinIoError code
 * @path: (nullable): where the problem is
 * @format: printf() format of the problem
 *
 * Records the error that stops the load, as `NAME: PATH: problem`.
 *
 * Returns: %FALSE, for convenience
 */
gboolean
kin_reader_fail (KinReader     *reader,
                 int            code,
                 const KinPath *path,
                 const char    *format,
                 ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = kin_path_to_string (path);
  va_list args;

  if (reader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (*where != '\0')
    g_set_error (&reader->error, KIN_IO_ERROR, code, "%s: %s: %s",
                 reader->name, where, message);
  else
    g_set_error (&reader->error, KIN_IO_ERROR, code, "%s: %s",
                 reader->name, message);

  return FALSE;
}

static char *
describe_node (JsonNode *node)
{
  if (node == NULL)
    return g_strdup (_("nothing"));

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));

    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));

    case JSON_NODE_NULL:
      return g_strdup ("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *text = json_node_get_string (node);
        const char *cut = text;

        /* Quote at most 40 characters, so that a long paragraph in the
         * wrong place does not swamp the message. */
        for (guint n = 0; *cut != '\0' && n < 40; n++)
          cut = g_utf8_next_char (cut);

        if (*cut == '\0')
          return kin_json_quote (text, -1);
        else
          {
            g_autofree char *quoted = kin_json_quote (text, cut - text);

            return g_strconcat (quoted, "…", NULL);
          }
      }

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      {
        double value = json_node_get_double (node);
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        if (!isfinite (value))
          return g_strdup (_("a number too large to use"));
        return g_strdup (kin_json_format_double (buf, sizeof buf, value));
      }

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    default:
      return g_strdup (_("an unknown value"));
    }
}

/**
 * kin_reader_fail_expected:
 * @reader: the reader
 * @path: where the problem is
 * @got: (nullable): the value found there, or %NULL if it is missing
 * @expected: what should be there, e.g. "an integer from 1 to 5"
 *
 * Records a %KIN_IO_ERROR_SHAPE error such as
 * `NAME: gains[12].impact: expected an integer from 1 to 5, got "high"`.
 *
 * Returns: %FALSE
 */
gboolean
kin_reader_fail_expected (KinReader     *reader,
                          const KinPath *path,
                          JsonNode      *got,
                          const char    *expected)
{
  g_autofree char *what = describe_node (got);

  /* TRANSLATORS: the first %s describes the value that belongs here, the
   * second the value found, e.g. expected an integer from 1 to 5, got "high" */
  return kin_reader_fail (reader, KIN_IO_ERROR_SHAPE, path, _("expected %s, got %s"),
                          expected, what);
}

/**
 * kin_reader_warn:
 * @reader: the reader
 * @path: where the problem is
 * @format: printf() format of what was found and done about it
 *
 * Records a warning such as
 * `gains[3].principles[1]: no principle with id "p-x"; removed`.
 */
void
kin_reader_warn (KinReader     *reader,
                 const KinPath *path,
                 const char    *format,
                 ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = kin_path_to_string (path);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->warnings, g_strdup_printf ("%s: %s", where, message));
}

/* Ids */

static int
compare_locations (const KinLocation *a,
                   const KinLocation *b)
{
  guint a_list = a->format->list != NULL ? a->format->list_index + 1 : 0;
  guint b_list = b->format->list != NULL ? b->format->list_index + 1 : 0;

  if (a->format->section_index != b->format->section_index)
    return a->format->section_index < b->format->section_index ? -1 : 1;
  if (a->i != b->i)
    return a->i < b->i ? -1 : 1;
  if (a_list != b_list)
    return a_list < b_list ? -1 : 1;
  if (a->j != b->j)
    return a->j < b->j ? -1 : 1;
  return 0;
}

/**
 * kin_reader_register_id:
 * @reader: the reader
 * @id: an entity's id, owned by the entity
 * @format: the kind of entity
 * @i: index of the top-level entity (or asset)
 * @j: index inside the parent's list
 * @path: the path of the id, for messages
 *
 * Records where @id is defined, failing with %KIN_IO_ERROR_DUPLICATE_ID if
 * it already is defined elsewhere.
 *
 * Returns: %FALSE on a duplicate
 */
gboolean
kin_reader_register_id (KinReader             *reader,
                        const char            *id,
                        const KinEntityFormat *format,
                        guint                  i,
                        guint                  j,
                        const KinPath         *path)
{
  KinLocation here = { format, i, j };
  gpointer found = g_hash_table_lookup (reader->ids, id);

  if (found != NULL)
    {
      const KinLocation *there =
        &g_array_index (reader->locations, KinLocation, GPOINTER_TO_UINT (found) - 1);
      const KinLocation *first = there;
      const KinLocation *second = &here;
      g_autofree char *quoted = kin_json_quote (id, -1);
      g_autofree char *first_path = NULL;
      g_autofree char *second_path = NULL;

      /* Sections are read in the order of the format, which need not be
       * the order of the file; name the two places in the format's order so
       * the message does not depend on how the file was laid out. */
      if (compare_locations (first, second) > 0)
        {
          first = &here;
          second = there;
        }
      first_path = kin_location_to_string (reader, first, id);
      second_path = kin_location_to_string (reader, second, id);

      return kin_reader_fail (reader, KIN_IO_ERROR_DUPLICATE_ID, NULL,
                              /* TRANSLATORS: an id, then two JSON paths */
                              _("the id %s is used twice, at %s and at %s; "
                                "ids must be unique"),
                              quoted, first_path, second_path);
    }

  g_array_append_val (reader->locations, here);
  g_hash_table_insert (reader->ids, (gpointer) id,
                       GUINT_TO_POINTER (reader->locations->len));
  return TRUE;
}

/**
 * kin_reader_lookup_id:
 * @reader: the reader
 * @id: an id
 *
 * Returns: (nullable): where @id is defined, or %NULL
 */
const KinLocation *
kin_reader_lookup_id (KinReader  *reader,
                      const char *id)
{
  gpointer found = g_hash_table_lookup (reader->ids, id);

  if (found == NULL)
    return NULL;

  return &g_array_index (reader->locations, KinLocation, GPOINTER_TO_UINT (found) - 1);
}

