/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kin-entity-io-private.h"
#include "kin-io-error.h"
#include "kin-json-guard.h"
#include "kin-json-peek.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-reader-private.h"

/*
 * Loading happens in three passes:
 *
 * 1. kin_json_guard_check() reads the raw bytes and refuses anything that
 *    is not strict, safe JSON (see kin-json-guard.c for why).
 * 2. json-glib builds a tree, which is turned into model objects by walking
 *    the tables of kin-format.c. The big top-level arrays (gains...) are
 *    converted while json-glib parses them, element by element (see
 *    "Streaming" below); everything else once the tree is complete. Each
 *    element is emptied as soon as it has been converted, so the tree never
 *    holds much more than what is still to convert. Every id is recorded
 *    with where it was found.
 * 3. kin-reader-refs.c checks every reference against the recorded ids and
 *    clears the dangling ones, with a warning each.
 *
 * Any error stops the load and frees everything built so far; the caller
 * gets NULL and an error naming the file, the JSON path and the problem.
 */

/* Upgrades from older file format versions: migrations[v] turns a version
 * v document into a version v + 1 one, in place on the JSON tree, before it
 * is read. Version 1 is the first version, so there are none yet; when the
 * format changes, add the step here and bump KIN_FORMAT_VERSION. Index 0
 * is unused because no file has version 0. */
static const KinMigrationFunc migrations[KIN_FORMAT_VERSION] = {
  NULL,
};

static gboolean read_fields (KinReader             *r,
                             const KinEntityFormat *format,
                             gpointer               object,
                             JsonObject            *json,
                             const KinPath         *path,
                             guint                  index);

static gpointer read_entity (KinReader             *r,
                             const KinEntityFormat *format,
                             JsonNode              *node,
                             const KinPath         *path,
                             guint                  i,
                             guint                  j);

/* Converts the array of child entities in @node and adds them to the
 * object's store in one splice. */
static gboolean
read_list (KinReader            *r,
           const KinFieldFormat *field,
           gpointer              object,
           JsonNode             *node,
           const KinPath        *path,
           guint                 parent_index)
{
  const KinEntityFormat *child = field->child;
  gboolean top_level = child->list == NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return kin_reader_fail_expected (r, path, node, _("an array"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);

  /* A streamed array was converted while it was parsed; what is left in
   * the tree is a row of null nodes. */
  if (r->streamed != NULL &&
      g_hash_table_steal_extended (r->streamed, field, NULL, (gpointer *) &items))
    {
      g_assert (items->len == n);
    }
  else
    {
      items = g_ptr_array_new_full (n, g_object_unref);

      /* Each element is emptied (turned into a null node, which frees its
       * contents) as soon as it has been converted, so that the tree
       * shrinks while the model grows. */
      for (guint k = 0; k < n; k++)
        {
          KinPath item_path = { path, NULL, k };
          JsonNode *element = json_array_get_element (array, k);
          gpointer item = read_entity (r, child, element, &item_path,
                                       top_level ? k : parent_index, top_level ? 0 : k);

          if (item == NULL)
            return FALSE;

          g_ptr_array_add (items, item);
          json_node_init_null (element);
        }
    }

  g_list_store_splice (G_LIST_STORE (field->get_list (object)), 0, 0, items->pdata, items->len);
  json_node_init_null (node);
  return TRUE;
}

static gboolean
read_scores (KinReader     *r,
             KinTeam       *team,
             JsonNode      *node,
             const KinPath *path)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return kin_reader_fail_expected (r, path, node,
                                     _("an object mapping statement ids to numbers"));

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      KinPath score_path = { path, key, 0 };
      JsonNode *value = json_object_get_member (object, key);

      if (*key == '\0')
        return kin_reader_fail (r, KIN_IO_ERROR_SHAPE, &score_path,
                                _("a score must be keyed by a statement id, not an empty string"));

      if (!kin_json_node_is_number (value) || !isfinite (json_node_get_double (value)))
        return kin_reader_fail_expected (r, &score_path, value, _("a number"));

      g_variant_builder_add (&builder, "{sd}", key, json_node_get_double (value));
    }

  kin_team_set_scores (team, g_variant_builder_end (&builder));
  return TRUE;
}

/* A note's dots: voter name -> a count of 0 or more. Names need not be
 * among the board's voters (a voter may have been taken off the list after
 * voting), so they are kept as they are. The note's votes are the total,
 * so they cannot be fewer than the named dots: if they are, they are
 * raised to match, with a warning. */
static gboolean
read_dots (KinReader     *r,
           KinNote       *note,
           JsonNode      *node,
           const KinPath *path)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  gint64 total = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return kin_reader_fail_expected (r, path, node,
                                     _("an object mapping voter names to numbers of dots"));

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *voter = l->data;
      KinPath dot_path = { path, voter, 0 };
      JsonNode *value = json_object_get_member (object, voter);
      double count;

      if (*voter == '\0')
        return kin_reader_fail (r, KIN_IO_ERROR_SHAPE, &dot_path,
                                _("dots must be keyed by a voter's name, not an empty string"));

      if (!kin_json_node_is_number (value))
        return kin_reader_fail_expected (r, &dot_path, value, _("an integer of 0 or more"));

      count = json_node_get_value_type (value) == G_TYPE_INT64
        ? (double) json_node_get_int (value)
        : json_node_get_double (value);
      if (count != floor (count) || count < 0 || count > G_MAXINT32)
        return kin_reader_fail_expected (r, &dot_path, value, _("an integer of 0 or more"));

      g_variant_builder_add (&builder, "{si}", voter, (gint32) count);
      total += (gint64) count;
    }

  kin_note_set_dots (note, g_variant_builder_end (&builder));

  if (total > kin_note_get_votes (note))
    {
      KinPath votes_path = { path->parent, "votes", 0 };
      int votes = (int) MIN (total, G_MAXINT);

      kin_reader_warn (r, &votes_path,
                       /* TRANSLATORS: e.g. 2 is fewer than the 5 dots given by named voters; raised to 5 */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%d is fewer than the %d dot given by named voters; raised to %d",
                                    "%d is fewer than the %d dots given by named voters; raised to %d",
                                    votes),
                       kin_note_get_votes (note), votes, votes);
      kin_note_set_votes (note, votes);
    }

  return TRUE;
}

static gboolean
read_special (KinReader            *r,
              const KinFieldFormat *field,
              gpointer              object,
              JsonNode             *node,
              const KinPath        *path)
{
  switch (field->special)
    {
    case KIN_SPECIAL_TARGET:
      /* null (no target) never gets here: it is the default. */
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return kin_reader_fail_expected (r, path, node, _("an object or null"));
      kin_standard_set_has_target (object, TRUE);
      return read_fields (r, &kin_format_target, object, json_node_get_object (node), path, 0);

    case KIN_SPECIAL_SCORES:
      return read_scores (r, object, node, path);

    case KIN_SPECIAL_DOTS:
      return read_dots (r, object, node, path);

    case KIN_SPECIAL_BACK_OFFSET:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return kin_reader_fail_expected (r, path, node, _("an object"));
      return read_fields (r, &kin_format_back_offset, object, json_node_get_object (node), path, 0);

    case KIN_SPECIAL_PRINT:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return kin_reader_fail_expected (r, path, node, _("an object"));
      return read_fields (r, &kin_format_print, kin_project_get_print_settings (object),
                          json_node_get_object (node), path, 0);

    case KIN_SPECIAL_ASSETS:
      return kin_reader_read_assets (r, node, path);

    case KIN_SPECIAL_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Reads every member of @json that @format describes into @object. Missing
 * members, and members that are null, keep the object's default. */
static gboolean
read_fields (KinReader             *r,
             const KinEntityFormat *format,
             gpointer               object,
             JsonObject            *json,
             const KinPath         *path,
             guint                  index)
{
  for (guint f = 0; f < format->n_fields; f++)
    {
      const KinFieldFormat *field = &format->fields[f];
      JsonNode *node;
      KinPath field_path = { path, field->key, 0 };

      /* The id was read when the entity was constructed. */
      if (field->type == KIN_FIELD_ID)
        continue;

      node = json_object_get_member (json, field->key);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;

      switch (field->type)
        {
        case KIN_FIELD_TEXT:
          if (!kin_json_node_is_string (node))
            return kin_reader_fail_expected (r, &field_path, node, _("a string"));
          ((KinStringSetter) field->set) (object, json_node_get_string (node));
          break;

        case KIN_FIELD_REF:
          if (!kin_json_node_is_string (node))
            return kin_reader_fail_expected (r, &field_path, node, _("an id (a non-empty string) or null"));
          /* An empty string is taken as "no reference", like null. A
           * missing reference that the entity needs is dealt with with the
           * dangling ones, in kin-reader-refs.c. */
          if (*json_node_get_string (node) != '\0')
            ((KinStringSetter) field->set) (object, json_node_get_string (node));
          break;

        case KIN_FIELD_REF_LIST:
        case KIN_FIELD_STRV:
          if (!kin_reader_read_strv (r, &field_path, node, field->type == KIN_FIELD_REF_LIST,
                                     object, (KinStrvSetter) field->set))
            return FALSE;
          break;

        case KIN_FIELD_DATE:
        case KIN_FIELD_TIMESTAMP:
        case KIN_FIELD_HHMM:
        case KIN_FIELD_COLOR:
        case KIN_FIELD_OPTIONAL_COLOR:
          {
            const char *text = NULL;

            if (!kin_reader_read_checked_string (r, &field_path, node, field->type, &text))
              return FALSE;
            ((KinStringSetter) field->set) (object, text);
          }
          break;

        case KIN_FIELD_INT:
          {
            int value = 0;

            if (!kin_reader_read_int (r, &field_path, node,
                                      G_PARAM_SPEC_INT (kin_reader_field_pspec (r, format, field)),
                                      &value))
              return FALSE;
            ((KinIntSetter) field->set) (object, value);
          }
          break;

        case KIN_FIELD_DOUBLE:
          {
            double value = 0.0;

            if (!kin_reader_read_double (r, &field_path, node,
                                         G_PARAM_SPEC_DOUBLE (kin_reader_field_pspec (r, format, field)),
                                         &value))
              return FALSE;
            ((KinDoubleSetter) field->set) (object, value);
          }
          break;

        case KIN_FIELD_BOOL:
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            return kin_reader_fail_expected (r, &field_path, node, _("true or false"));
          ((KinBoolSetter) field->set) (object, json_node_get_boolean (node));
          break;

        case KIN_FIELD_ENUM:
          {
            int value = 0;

            if (!kin_reader_read_enum (r, &field_path, node,
                                       kin_reader_field_pspec (r, format, field), &value))
              return FALSE;
            ((KinIntSetter) field->set) (object, value);
          }
          break;

        case KIN_FIELD_LIST:
          if (!read_list (r, field, object, node, &field_path, index))
            return FALSE;
          break;

        case KIN_FIELD_SPECIAL:
          if (!read_special (r, field, object, node, &field_path))
            return FALSE;
          break;

        case KIN_FIELD_ID:
        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* Builds one entity from @node. @i and @j say where it is, for the record
 * of ids: the index of its top-level entity and its index in that entity's
 * list. */
static gpointer
read_entity (KinReader             *r,
             const KinEntityFormat *format,
             JsonNode              *node,
             const KinPath         *path,
             guint                  i,
             guint                  j)
{
  g_autoptr(GObject) entity = NULL;
  JsonObject *json;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return kin_reader_fail_expected (r, path, node, _("an object")), NULL;

  json = json_node_get_object (node);

  if (format->fields[0].type == KIN_FIELD_ID)
    {
      KinPath id_path = { path, "id", 0 };
      JsonNode *id = json_object_get_member (json, "id");

      if (id == NULL || !kin_json_node_is_string (id) || *json_node_get_string (id) == '\0')
        return kin_reader_fail_expected (r, &id_path, id, _("a non-empty string")), NULL;

      /* Constructing with the id saves generating a random one. */
      entity = g_object_new (format->get_type (), "id", json_node_get_string (id), NULL);
      if (!kin_reader_register_id (r, kin_object_get_id (KIN_OBJECT (entity)), format, i, j, &id_path))
        return NULL;
    }
  else
    {
      entity = g_object_new (format->get_type (), NULL);
    }

  if (!read_fields (r, format, entity, json, path, i))
    return NULL;

  return g_steal_pointer (&entity);
}

/* Streaming
 *
 * Converting the big arrays after json-glib has built the whole tree means
 * walking hundreds of megabytes that have long left the processor's caches,
 * and then freeing them. Instead, the elements of the arrays of entities in
 * the top-level object are converted from JsonParser::array-element, right
 * after json-glib has built each one, and emptied at once. The tree then
 * never holds more than one such element, and loading costs little more
 * than parsing.
 *
 * The signal does not say which array an element belongs to, but the guard
 * pass saw the same text: it numbers every array element in the order
 * json-glib completes them and lists those of the top-level arrays with
 * their member names (KinJsonLayout). So one signal is enough, and nested
 * arrays cost a counter increment. Streaming is only used when the file is
 * of the current version (older ones must be migrated as a tree first), and
 * not at all when a top-level member name is written with escapes. The
 * guard refuses repeated member names, so each streamed array is the one
 * json-glib keeps.
 *
 * The signal is connected through a closure with a marshaller of its own:
 * json-glib registers it without a C marshaller, and the generic one goes
 * through libffi for every element in the file.
 */

static gboolean streaming_enabled = TRUE;

/**
 * kin_project_reader_set_streaming:
 * @enabled: whether loads may stream
 *
 * Lets tests load the same file with and without streaming, which must
 * give the same project.
 */
void
kin_project_reader_set_streaming (gboolean enabled)
{
  streaming_enabled = enabled;
}

static const KinFieldFormat *
project_list_field (const char *key)
{
  for (guint f = 0; f < kin_format_project.n_fields; f++)
    {
      if (kin_format_project.fields[f].type == KIN_FIELD_LIST &&
          strcmp (kin_format_project.fields[f].key, key) == 0)
        return &kin_format_project.fields[f];
    }

  return NULL;
}

static void
array_element_marshal (GClosure     *closure,
                       GValue       *return_value,
                       guint         n_params,
                       const GValue *params,
                       gpointer      hint,
                       gpointer      marshal_data)
{
  KinReader *r = closure->data;
  const KinJsonElement *expected;
  const KinFieldFormat *field;
  JsonArray *array;
  JsonNode *element;
  KinPath list_path;
  KinPath item_path;
  gpointer item;
  guint ordinal = r->n_elements++;

  if (r->next_element >= r->layout->elements->len)
    return;
  expected = &g_array_index (r->layout->elements, KinJsonElement, r->next_element);
  if (expected->ordinal != ordinal)
    return;
  r->next_element++;

  field = r->key_fields[expected->key];
  if (field == NULL || r->error != NULL)
    return;

  /* The element just parsed is the last one of its array. */
  array = g_value_get_boxed (&params[1]);
  element = json_array_get_element (array, json_array_get_length (array) - 1);
  list_path = (KinPath) { NULL, field->key, 0 };
  item_path = (KinPath) { &list_path, NULL, expected->index };

  item = read_entity (r, field->child, element, &item_path, expected->index, 0);
  if (item == NULL)
    return;

  g_ptr_array_add (g_hash_table_lookup (r->streamed, field), item);
  json_node_init_null (element);
}

static void
connect_streaming (KinReader  *r,
                   JsonParser *parser)
{
  GClosure *closure;

  r->streamed = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  r->key_fields = g_new0 (const KinFieldFormat *, r->layout->array_keys->len);
  for (guint k = 0; k < r->layout->array_keys->len; k++)
    {
      r->key_fields[k] = project_list_field (r->layout->array_keys->pdata[k]);
      if (r->key_fields[k] != NULL)
        g_hash_table_insert (r->streamed, (gpointer) r->key_fields[k],
                             g_ptr_array_new_with_free_func (g_object_unref));
    }

  closure = g_closure_new_simple (sizeof (GClosure), r);
  g_closure_set_marshal (closure, array_element_marshal);
  g_signal_connect_closure (parser, "array-element", closure, FALSE);
}

/* Version checks and migration */

/**
 * kin_project_reader_migrate:
 * @root: the top-level object of a document
 * @from_version: the document's version
 * @to_version: the version to reach
 * @steps: @steps[v] upgrades version v to v + 1
 * @error: return location for an error
 *
 * Runs the upgrade steps one version at a time and updates "version" in
 * @root after each. Used with the built-in table by the reader, and with
 * made-up tables by the tests.
 *
 * Returns: %FALSE if a step failed
 */
gboolean
kin_project_reader_migrate (JsonObject              *root,
                            gint64                   from_version,
                            gint64                   to_version,
                            const KinMigrationFunc  *steps,
                            GError                 **error)
{
  for (gint64 v = from_version; v < to_version; v++)
    {
      g_return_val_if_fail (steps[v] != NULL, FALSE);

      if (!steps[v] (root, error))
        return FALSE;
      json_object_set_int_member (root, "version", v + 1);
    }

  return TRUE;
}

static gboolean
check_header (KinReader  *r,
              JsonNode   *root)
{
  JsonObject *object;
  JsonNode *format;
  JsonNode *version;
  KinPath version_path = { NULL, "version", 0 };
  gint64 number;

  format = JSON_NODE_HOLDS_OBJECT (root)
    ? json_object_get_member (json_node_get_object (root), "format")
    : NULL;

  if (format == NULL || !kin_json_node_is_string (format) ||
      strcmp (json_node_get_string (format), "kindling") != 0)
    {
      g_set_error (&r->error, KIN_IO_ERROR, KIN_IO_ERROR_NOT_KINDLING,
                   _("%s is not a Kindling project"), r->name);
      return FALSE;
    }

  object = json_node_get_object (root);
  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    return kin_reader_fail_expected (r, &version_path, version, _("an integer of 1 or more"));

  number = json_node_get_int (version);
  if (number > KIN_FORMAT_VERSION)
    {
      g_set_error (&r->error, KIN_IO_ERROR, KIN_IO_ERROR_NEWER_VERSION,
                   _("%s was saved by a newer Kindling (file format version %lld); "
                     "this version reads up to version %d"),
                   r->name, (long long) number, KIN_FORMAT_VERSION);
      return FALSE;
    }

  return kin_project_reader_migrate (object, number, KIN_FORMAT_VERSION, migrations, &r->error);
}

/* json-glib reports "<data>:LINE:COLUMN: Parse error: message"; the guard
 * pass should leave it nothing to complain about, but if it ever does, say
 * it the way our own syntax errors are said. */
static void
set_parse_error (KinReader    *r,
                 const GError *parse_error)
{
  const char *message = parse_error->message;
  const char *prefix = "<data>:";
  char *end;
  guint64 line, column;

  if (g_str_has_prefix (message, prefix))
    {
      line = g_ascii_strtoull (message + strlen (prefix), &end, 10);
      if (*end == ':')
        {
          column = g_ascii_strtoull (end + 1, &end, 10);
          if (g_str_has_prefix (end, ": "))
            {
              const char *rest = strstr (end + 2, ": ");

              rest = rest != NULL ? rest + 2 : end + 2;
              g_set_error (&r->error, KIN_IO_ERROR, KIN_IO_ERROR_SYNTAX,
                           "%s:%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ": %s",
                           r->name, line, column, rest);
              return;
            }
        }
    }

  g_set_error (&r->error, KIN_IO_ERROR, KIN_IO_ERROR_SYNTAX, "%s: %s", r->name, message);
}

static void
reader_clear (KinReader *r)
{
  /* The id table points into the entities, so it goes first. */
  g_clear_pointer (&r->ids, g_hash_table_unref);
  g_clear_pointer (&r->locations, g_array_unref);
  g_clear_pointer (&r->pspecs, g_hash_table_unref);
  g_clear_pointer (&r->streamed, g_hash_table_unref);
  g_clear_pointer (&r->layout, kin_json_layout_free);
  g_clear_pointer (&r->key_fields, g_free);
  g_clear_pointer (&r->warnings, g_ptr_array_unref);
  g_clear_object (&r->project);
  g_clear_error (&r->error);
}

/* Reads @bytes, dropping the caller's reference as soon as the JSON tree is
 * built, so that a caller who hands over its only reference does not keep
 * the file's text in memory while the model is built. */
KinProject *
kin_project_read_owned_bytes (GBytes      *bytes,
                              const char  *display_name,
                              GPtrArray  **warnings,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GError) stream_error = NULL;
  KinReader r = { 0 };
  const char *data;
  gsize length;
  gsize offset;
  gint64 version;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;

  data = g_bytes_get_data (bytes, &length);
  if (!kin_json_guard_check (data, length, display_name, &offset, &r.layout, error))
    {
      g_bytes_unref (bytes);
      return NULL;
    }

  r.name = display_name;
  r.ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.locations = g_array_new (FALSE, FALSE, sizeof (KinLocation));
  r.pspecs = g_hash_table_new (NULL, NULL);
  r.warnings = g_ptr_array_new_with_free_func (g_free);
  r.project = kin_project_new ();

  parser = json_parser_new ();
  if (streaming_enabled && r.layout != NULL &&
      kin_json_peek_version (data + offset, length - offset, &version) &&
      version == KIN_FORMAT_VERSION)
    connect_streaming (&r, parser);

  if (!json_parser_load_from_data (parser, data + offset, (gssize) (length - offset), &parse_error))
    {
      g_bytes_unref (bytes);
      g_clear_error (&r.error);
      set_parse_error (&r, parse_error);
      g_propagate_error (error, g_steal_pointer (&r.error));
      reader_clear (&r);
      return NULL;
    }
  g_bytes_unref (bytes);
  root = json_parser_steal_root (parser);
  g_clear_object (&parser);

  /* A file that is not a Kindling project, or is from a newer version, is
   * best described as such, not by the first entity that failed to read. */
  stream_error = g_steal_pointer (&r.error);
  if (!check_header (&r, root))
    {
      g_propagate_error (error, g_steal_pointer (&r.error));
      reader_clear (&r);
      return NULL;
    }

  if (stream_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&stream_error));
      reader_clear (&r);
      return NULL;
    }

  if (read_fields (&r, &kin_format_project, r.project, json_node_get_object (root), NULL, 0))
    kin_reader_check_references (&r);

  if (r.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&r.error));
      reader_clear (&r);
      return NULL;
    }

  if (warnings != NULL)
    *warnings = g_steal_pointer (&r.warnings);

  {
    KinProject *project = g_steal_pointer (&r.project);

    reader_clear (&r);
    return project;
  }
}

/**
 * kin_project_read_bytes:
 * @bytes: the contents of a project file
 * @display_name: the name to use in messages, usually the file's basename
 * @warnings: (out) (optional) (transfer full) (element-type utf8): return
 *   location for the problems that were repaired, one line each
 * @error: return location for an error
 *
 * Builds a new project from the text of a `.kindling` file. A file that is
 * not JSON, not a Kindling project, from a newer version, or whose contents
 * have the wrong shape is refused with a %KIN_IO_ERROR that names the file
 * and the place; references to missing ids are cleared and reported in
 * @warnings.
 *
 * Returns: (transfer full) (nullable): the new project, or %NULL on error
 */
KinProject *
kin_project_read_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GPtrArray  **warnings,
                        GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  return kin_project_read_owned_bytes (g_bytes_ref (bytes), display_name, warnings, error);
}

/**
 * kin_read_entity_list:
 * @bytes: the text of a document written by kin_write_entity_list()
 * @display_name: the name to use in messages, such as "clipboard"
 * @format_name: the "format" the document must have
 * @member: the name of the array of entities
 * @format: the kind of entity
 * @error: return location for a %KIN_IO_ERROR
 *
 * Reads a list of entities with the checks of a project file: text that is
 * not JSON gets %KIN_IO_ERROR_SYNTAX, a document of another format
 * %KIN_IO_ERROR_NOT_KINDLING, one from a newer version
 * %KIN_IO_ERROR_NEWER_VERSION, and a wrong value %KIN_IO_ERROR_SHAPE
 * naming its place, such as `notes[2].votes`. References to other entities
 * are read as they are, not checked: the caller decides what they mean.
 *
 * Returns: (transfer full) (element-type KinObject): the entities, or
 *   %NULL on error
 */
GPtrArray *
kin_read_entity_list (GBytes                *bytes,
                      const char            *display_name,
                      const char            *format_name,
                      const char            *member,
                      const KinEntityFormat *format,
                      GError               **error)
{
  g_autoptr(KinJsonLayout) layout = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  KinReader r = { 0 };
  KinPath version_path = { NULL, "version", 0 };
  KinPath list_path = { NULL, member, 0 };
  JsonObject *root;
  JsonNode *node;
  JsonArray *array;
  const char *data;
  gsize length;
  gsize offset;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (format_name != NULL && member != NULL && format != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!kin_json_guard_check (data, length, display_name, &offset, &layout, error))
    return NULL;

  r.name = display_name;
  r.ids = g_hash_table_new (g_str_hash, g_str_equal);
  r.locations = g_array_new (FALSE, FALSE, sizeof (KinLocation));
  r.pspecs = g_hash_table_new (NULL, NULL);
  r.warnings = g_ptr_array_new_with_free_func (g_free);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data + offset, (gssize) (length - offset), &parse_error))
    {
      set_parse_error (&r, parse_error);
      goto out;
    }

  node = json_parser_get_root (parser);
  root = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  node = root != NULL ? json_object_get_member (root, "format") : NULL;
  if (node == NULL || !kin_json_node_is_string (node) ||
      strcmp (json_node_get_string (node), format_name) != 0)
    {
      g_set_error (&r.error, KIN_IO_ERROR, KIN_IO_ERROR_NOT_KINDLING,
                   /* TRANSLATORS: the first %s is where the text came from, the second
                    * the kind of document expected, such as "kindling-notes" */
                   _("%s: not a document of the kind %s"), display_name, format_name);
      goto out;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      kin_reader_fail_expected (&r, &version_path, node, _("an integer of 1 or more"));
      goto out;
    }
  if (json_node_get_int (node) > KIN_FORMAT_VERSION)
    {
      g_set_error (&r.error, KIN_IO_ERROR, KIN_IO_ERROR_NEWER_VERSION,
                   _("%s: written by a newer Kindling (version %lld); "
                     "this version reads up to version %d"),
                   display_name, (long long) json_node_get_int (node), KIN_FORMAT_VERSION);
      goto out;
    }

  node = json_object_get_member (root, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      kin_reader_fail_expected (&r, &list_path, node, _("an array"));
      goto out;
    }

  array = json_node_get_array (node);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < json_array_get_length (array); k++)
    {
      KinPath item_path = { &list_path, NULL, k };
      gpointer item = read_entity (&r, format, json_array_get_element (array, k), &item_path, 0, k);

      if (item == NULL)
        break;
      g_ptr_array_add (items, item);
    }

out:
  if (r.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&r.error));
      g_clear_pointer (&items, g_ptr_array_unref);
    }
  reader_clear (&r);

  return g_steal_pointer (&items);
}
