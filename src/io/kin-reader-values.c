/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "kin-json-writer.h"
#include "kin-model.h"
#include "kin-reader-private.h"

/*
 * Readers for single JSON values: each checks the value's type and range
 * (taken from the model property, so the file accepts exactly what the
 * model does) and reports what was expected when it is wrong.
 */

/**
 * kin_reader_field_pspec:
 * @r: the reader
 * @format: an entity format
 * @field: one of its fields, which has a property
 *
 * Returns: (transfer none): the property carrying @field, looked up once
 *   per load
 */
GParamSpec *
kin_reader_field_pspec (KinReader             *r,
                        const KinEntityFormat *format,
                        const KinFieldFormat  *field)
{
  GParamSpec *pspec = g_hash_table_lookup (r->pspecs, field);

  if (pspec == NULL)
    {
      pspec = kin_format_field_pspec (format, field);
      g_assert (pspec != NULL);
      g_hash_table_insert (r->pspecs, (gpointer) field, pspec);
    }

  return pspec;
}

static char *
describe_int_range (GParamSpecInt *spec)
{
  if (spec->minimum == G_MININT && spec->maximum == G_MAXINT)
    return g_strdup (_("an integer"));
  if (spec->maximum == G_MAXINT)
    return g_strdup_printf (_("an integer of %d or more"), spec->minimum);
  return g_strdup_printf (_("an integer from %d to %d"), spec->minimum, spec->maximum);
}

/**
 * kin_reader_read_int:
 * @r: the reader
 * @path: where @node is
 * @node: (nullable): the value
 * @spec: the property, whose range applies
 * @out: (out): the integer
 *
 * Returns: %FALSE, with the reader's error set, if @node is not an integer
 *   within the range
 */
gboolean
kin_reader_read_int (KinReader     *r,
                     const KinPath *path,
                     JsonNode      *node,
                     GParamSpecInt *spec,
                     int           *out)
{
  double value;

  if (kin_json_node_is_number (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_INT64)
        value = (double) json_node_get_int (node);
      else
        value = json_node_get_double (node);

      /* 3.0 is an integer too, as JSON Schema sees it. */
      if (value == floor (value) && value >= spec->minimum && value <= spec->maximum)
        {
          *out = (int) value;
          return TRUE;
        }
    }

  {
    g_autofree char *expected = describe_int_range (spec);

    return kin_reader_fail_expected (r, path, node, expected);
  }
}

static char *
describe_double_range (GParamSpecDouble *spec)
{
  char lo[G_ASCII_DTOSTR_BUF_SIZE];
  char hi[G_ASCII_DTOSTR_BUF_SIZE];

  kin_json_format_double (lo, sizeof lo, spec->minimum);
  kin_json_format_double (hi, sizeof hi, spec->maximum);

  if (spec->minimum <= -G_MAXDOUBLE && spec->maximum >= G_MAXDOUBLE)
    return g_strdup (_("a number"));
  if (spec->maximum >= G_MAXDOUBLE)
    return g_strdup_printf (_("a number of %s or more"), lo);
  return g_strdup_printf (_("a number from %s to %s"), lo, hi);
}

/**
 * kin_reader_read_double:
 * @r: the reader
 * @path: where @node is
 * @node: (nullable): the value
 * @spec: the property, whose range applies
 * @out: (out): the number
 *
 * Returns: %FALSE, with the reader's error set, if @node is not a finite
 *   number within the range
 */
gboolean
kin_reader_read_double (KinReader        *r,
                        const KinPath    *path,
                        JsonNode         *node,
                        GParamSpecDouble *spec,
                        double           *out)
{
  if (kin_json_node_is_number (node))
    {
      double value = json_node_get_double (node);

      if (isfinite (value) && value >= spec->minimum && value <= spec->maximum)
        {
          *out = value;
          return TRUE;
        }
    }

  {
    g_autofree char *expected = describe_double_range (spec);

    return kin_reader_fail_expected (r, path, node, expected);
  }
}

/**
 * kin_reader_read_enum:
 * @r: the reader
 * @path: where @node is
 * @node: (nullable): the value
 * @pspec: an enum property
 * @out: (out): the enum value
 *
 * Returns: %FALSE, with the reader's error set, if @node is not the nick of
 *   one of the enum's values
 */
gboolean
kin_reader_read_enum (KinReader     *r,
                      const KinPath *path,
                      JsonNode      *node,
                      GParamSpec    *pspec,
                      int           *out)
{
  GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
  g_autoptr(GString) allowed = NULL;
  g_autofree char *expected = NULL;

  if (kin_json_node_is_string (node))
    {
      GEnumValue *value = g_enum_get_value_by_nick (klass, json_node_get_string (node));

      if (value != NULL)
        {
          *out = value->value;
          return TRUE;
        }
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s\"%s\"", i > 0 ? ", " : "", klass->values[i].value_nick);

  /* TRANSLATORS: %s is a list of quoted words, e.g. "small", "medium", "large" */
  expected = g_strdup_printf (_("one of %s"), allowed->str);
  return kin_reader_fail_expected (r, path, node, expected);
}

/**
 * kin_reader_read_strv:
 * @r: the reader
 * @path: where @node is
 * @node: the value
 * @ids: whether the strings are ids, which must not be empty
 * @object: the entity
 * @set: the setter to pass the strings to
 *
 * Reads an array of strings and passes it to @set. The strings stay in the
 * JSON tree; the setter copies them.
 *
 * Returns: %FALSE, with the reader's error set, if @node is not an array of
 *   strings
 */
gboolean
kin_reader_read_strv (KinReader     *r,
                      const KinPath *path,
                      JsonNode      *node,
                      gboolean       ids,
                      gpointer       object,
                      KinStrvSetter  set)
{
  JsonArray *array;
  guint n;
  const char *stack_strv[17];
  g_autofree const char **heap_strv = NULL;
  const char **strv = stack_strv;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return kin_reader_fail_expected (r, path, node,
                                     ids ? _("an array of ids") : _("an array of strings"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n >= G_N_ELEMENTS (stack_strv))
    strv = heap_strv = g_new (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!kin_json_node_is_string (element) || (ids && *json_node_get_string (element) == '\0'))
        {
          KinPath element_path = { path, NULL, i };

          return kin_reader_fail_expected (r, &element_path, element,
                                           ids ? _("an id (a non-empty string)") : _("a string"));
        }
      strv[i] = json_node_get_string (element);
    }
  strv[n] = NULL;

  set (object, strv);
  return TRUE;
}

/**
 * kin_reader_read_checked_string:
 * @r: the reader
 * @path: where @node is
 * @node: (nullable): the value
 * @type: a date, timestamp, time of day or colour field type
 * @out: (out) (transfer none): the text
 *
 * Returns: %FALSE, with the reader's error set, if @node is not a string
 *   of that form (dates, timestamps and times may also be empty)
 */
gboolean
kin_reader_read_checked_string (KinReader     *r,
                                const KinPath *path,
                                JsonNode      *node,
                                KinFieldType   type,
                                const char   **out)
{
  const char *text = NULL;
  gboolean ok = FALSE;
  const char *expected = NULL;

  if (kin_json_node_is_string (node))
    {
      text = json_node_get_string (node);
      switch (type)
        {
        case KIN_FIELD_DATE:
          ok = *text == '\0' || kin_is_valid_date (text);
          break;
        case KIN_FIELD_TIMESTAMP:
          ok = *text == '\0' || kin_is_valid_timestamp (text);
          break;
        case KIN_FIELD_HHMM:
          ok = *text == '\0' || kin_is_valid_hhmm (text);
          break;
        case KIN_FIELD_COLOR:
        case KIN_FIELD_OPTIONAL_COLOR:
          ok = kin_is_valid_color (text);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (ok)
    {
      *out = text;
      return TRUE;
    }

  switch (type)
    {
    case KIN_FIELD_DATE:
      expected = _("a date written as YYYY-MM-DD, such as \"2026-11-22\"");
      break;
    case KIN_FIELD_TIMESTAMP:
      expected = _("a UTC time written as YYYY-MM-DDTHH:MM:SSZ, such as \"2026-11-22T10:15:00Z\"");
      break;
    case KIN_FIELD_HHMM:
      expected = _("a time of day written as HH:MM, such as \"10:00\"");
      break;
    case KIN_FIELD_OPTIONAL_COLOR:
      expected = _("a colour written as #rrggbb, such as \"#3b6ea5\", or null");
      break;
    case KIN_FIELD_COLOR:
    default:
      expected = _("a colour written as #rrggbb, such as \"#3b6ea5\"");
      break;
    }

  return kin_reader_fail_expected (r, path, node, expected);
}

