/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include "kin-entity-io-private.h"
#include "kin-format-private.h"
#include "kin-json-writer.h"
#include "kin-model.h"
#include "kin-project-writer.h"

/*
 * Writes a project as file format version 1 by walking the same tables the
 * reader uses (kin-format.c), straight into a text buffer: no JSON tree is
 * built, so saving costs little more memory than the text itself. Every
 * member is always written, in the documented order, with null for unset
 * references, so files diff well and other tools need no defaults.
 */

typedef struct
{
  KinJsonWriter *json;
  GHashTable    *enum_classes;  /* KinFieldFormat* -> GEnumClass* */
} Writer;

static void write_fields (Writer                *w,
                          const KinEntityFormat *format,
                          gpointer               object);

static const char *
enum_nick (Writer                *w,
           const KinEntityFormat *format,
           const KinFieldFormat  *field,
           int                    value)
{
  GEnumClass *klass = g_hash_table_lookup (w->enum_classes, field);
  GEnumValue *enum_value;

  if (klass == NULL)
    {
      GParamSpec *pspec = kin_format_field_pspec (format, field);

      klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      g_hash_table_insert (w->enum_classes, (gpointer) field, klass);
    }

  enum_value = g_enum_get_value (klass, value);
  if (enum_value == NULL)
    {
      /* Cannot happen through the setters, which check the range; write
       * the default rather than a file that would not load. */
      g_critical ("Value %d of %s is not a valid %s", value, field->key,
                  G_ENUM_CLASS_TYPE_NAME (klass));
      enum_value = &klass->values[0];
    }

  return enum_value->value_nick;
}

static void
write_object (Writer                *w,
              const KinEntityFormat *format,
              gpointer               object)
{
  kin_json_writer_begin_object (w->json);
  write_fields (w, format, object);
  kin_json_writer_end_object (w->json);
}

static void
write_list (Writer                *w,
            const KinEntityFormat *format,
            GListModel            *list)
{
  guint n = g_list_model_get_n_items (list);

  kin_json_writer_begin_array (w->json);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      write_object (w, format, item);
    }
  kin_json_writer_end_array (w->json);
}

static void
write_scores (Writer  *w,
              KinTeam *team)
{
  GVariant *scores = kin_team_get_scores (team);
  GVariantIter iter;
  const char *id;
  double score;

  kin_json_writer_begin_object (w->json);
  if (scores != NULL)
    {
      g_variant_iter_init (&iter, scores);
      while (g_variant_iter_next (&iter, "{&sd}", &id, &score))
        kin_json_writer_member_double (w->json, id, score);
    }
  kin_json_writer_end_object (w->json);
}

static void
write_dots (Writer  *w,
            KinNote *note)
{
  GVariantIter iter;
  const char *voter;
  gint32 count;

  kin_json_writer_begin_object (w->json);
  g_variant_iter_init (&iter, kin_note_get_dots (note));
  while (g_variant_iter_next (&iter, "{&si}", &voter, &count))
    kin_json_writer_member_int (w->json, voter, count);
  kin_json_writer_end_object (w->json);
}

static void
write_assets (Writer     *w,
              KinProject *project)
{
  GListModel *assets = kin_asset_store_get_assets (kin_project_get_assets (project));
  guint n = g_list_model_get_n_items (assets);

  kin_json_writer_begin_object (w->json);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinAsset) asset = g_list_model_get_item (assets, i);

      kin_json_writer_key (w->json, kin_object_get_id (KIN_OBJECT (asset)));
      kin_json_writer_begin_object (w->json);
      kin_json_writer_member_string (w->json, "mime", kin_asset_get_mime (asset));
      kin_json_writer_key (w->json, "data");
      kin_json_writer_base64 (w->json, kin_asset_get_data (asset));
      kin_json_writer_end_object (w->json);
    }
  kin_json_writer_end_object (w->json);
}

static void
write_special (Writer               *w,
               const KinFieldFormat *field,
               gpointer              object)
{
  switch (field->special)
    {
    case KIN_SPECIAL_TARGET:
      if (kin_standard_get_has_target (object))
        write_object (w, &kin_format_target, object);
      else
        kin_json_writer_null (w->json);
      break;

    case KIN_SPECIAL_SCORES:
      write_scores (w, object);
      break;

    case KIN_SPECIAL_DOTS:
      write_dots (w, object);
      break;

    case KIN_SPECIAL_BACK_OFFSET:
      write_object (w, &kin_format_back_offset, object);
      break;

    case KIN_SPECIAL_PRINT:
      write_object (w, &kin_format_print, kin_project_get_print_settings (object));
      break;

    case KIN_SPECIAL_ASSETS:
      write_assets (w, object);
      break;

    case KIN_SPECIAL_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* An empty string names nothing, and the reader refuses it in a list of
 * ids, so it is left out. */
static void
write_ids (KinJsonWriter      *json,
           const char * const *ids)
{
  kin_json_writer_begin_array (json);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (*ids[i] != '\0')
        kin_json_writer_string (json, ids[i]);
    }
  kin_json_writer_end_array (json);
}

static gboolean
is_valid_text (KinFieldType  type,
               const char   *text)
{
  switch (type)
    {
    case KIN_FIELD_DATE:
      return *text == '\0' || kin_is_valid_date (text);
    case KIN_FIELD_TIMESTAMP:
      return *text == '\0' || kin_is_valid_timestamp (text);
    case KIN_FIELD_HHMM:
      return *text == '\0' || kin_is_valid_hhmm (text);
    case KIN_FIELD_COLOR:
      return kin_is_valid_color (text);
    case KIN_FIELD_OPTIONAL_COLOR:
      return *text == '\0' || kin_is_valid_color (text);
    default:
      return TRUE;
    }
}

/* The model does not check the form of dates, times and colours, and the
 * reader refuses a file where they are wrong. A file that cannot be opened
 * again is the worst outcome of a save, so a malformed value (a bug
 * elsewhere) is written as the property's default instead, with a warning
 * for whoever is debugging. */
static const char *
checked_text (const KinEntityFormat *format,
              const KinFieldFormat  *field,
              gpointer               object)
{
  const char *text = ((KinStringGetter) field->get) (object);
  GParamSpec *pspec;
  const char *fallback;

  if (text == NULL)
    text = "";

  if (G_LIKELY (is_valid_text (field->type, text)))
    return text;

  pspec = kin_format_field_pspec (format, field);
  fallback = G_PARAM_SPEC_STRING (pspec)->default_value;
  if (fallback == NULL || !is_valid_text (field->type, fallback))
    fallback = field->type == KIN_FIELD_COLOR ? "#000000" : "";

  g_warning ("%s \"%s\" of %s is not valid; writing \"%s\" instead",
             field->key, text, G_OBJECT_TYPE_NAME (object), fallback);
  return fallback;
}

static void
write_fields (Writer                *w,
              const KinEntityFormat *format,
              gpointer               object)
{
  KinJsonWriter *json = w->json;

  for (guint f = 0; f < format->n_fields; f++)
    {
      const KinFieldFormat *field = &format->fields[f];

      kin_json_writer_key (json, field->key);

      switch (field->type)
        {
        case KIN_FIELD_ID:
        case KIN_FIELD_TEXT:
          {
            const char *text = ((KinStringGetter) field->get) (object);

            kin_json_writer_string (json, text != NULL ? text : "");
          }
          break;

        case KIN_FIELD_DATE:
        case KIN_FIELD_TIMESTAMP:
        case KIN_FIELD_HHMM:
        case KIN_FIELD_COLOR:
          {
            const char *text = checked_text (format, field, object);

            kin_json_writer_string (json, field->nullable && *text == '\0' ? NULL : text);
          }
          break;

        case KIN_FIELD_OPTIONAL_COLOR:
          {
            const char *color = checked_text (format, field, object);

            kin_json_writer_string (json, *color != '\0' ? color : NULL);
          }
          break;

        case KIN_FIELD_REF:
          {
            const char *id = ((KinStringGetter) field->get) (object);

            /* An empty reference is written as null, the one way to say
             * "none" in the file. */
            kin_json_writer_string (json, id != NULL && *id != '\0' ? id : NULL);
          }
          break;

        case KIN_FIELD_REF_LIST:
          write_ids (json, ((KinStrvGetter) field->get) (object));
          break;

        case KIN_FIELD_STRV:
          kin_json_writer_strv (json, ((KinStrvGetter) field->get) (object));
          break;

        case KIN_FIELD_INT:
          kin_json_writer_int (json, ((KinIntGetter) field->get) (object));
          break;

        case KIN_FIELD_DOUBLE:
          kin_json_writer_double (json, ((KinDoubleGetter) field->get) (object));
          break;

        case KIN_FIELD_BOOL:
          kin_json_writer_boolean (json, ((KinBoolGetter) field->get) (object));
          break;

        case KIN_FIELD_ENUM:
          kin_json_writer_string (json, enum_nick (w, format, field,
                                                   ((KinIntGetter) field->get) (object)));
          break;

        case KIN_FIELD_LIST:
          write_list (w, field->child, field->get_list (object));
          break;

        case KIN_FIELD_SPECIAL:
          write_special (w, field, object);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* A rough size of the output, so the buffer rarely has to grow and copy. */
static gsize
estimate_size (KinProject *project)
{
  GListModel *assets = kin_asset_store_get_assets (kin_project_get_assets (project));
  gsize size = 64 * 1024;
  guint n;

  size += 700 * (gsize) g_list_model_get_n_items (kin_project_get_gains (project));

  n = g_list_model_get_n_items (assets);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinAsset) asset = g_list_model_get_item (assets, i);
      GBytes *data = kin_asset_get_data (asset);

      if (data != NULL)
        size += g_bytes_get_size (data) / 3 * 4 + 128;
    }

  return size;
}

/**
 * kin_project_write_bytes:
 * @project: a project
 *
 * Serialises @project as a version 1 `.kindling` file: pretty-printed
 * UTF-8 JSON with two-space indentation and members in the documented
 * order. Writing the result back with kin_project_read_bytes() gives an
 * equal project.
 *
 * Returns: (transfer full): the file contents
 */
GBytes *
kin_project_write_bytes (KinProject *project)
{
  Writer w;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);

  w.json = kin_json_writer_new (estimate_size (project));
  w.enum_classes = g_hash_table_new (NULL, NULL);

  kin_json_writer_begin_object (w.json);
  kin_json_writer_member_string (w.json, "format", "kindling");
  kin_json_writer_member_int (w.json, "version", KIN_FORMAT_VERSION);
  write_fields (&w, &kin_format_project, project);
  kin_json_writer_end_object (w.json);

  g_hash_table_unref (w.enum_classes);

  return kin_json_writer_free_to_bytes (w.json);
}

/**
 * kin_write_entity_list:
 * @format_name: the document's "format"
 * @member: the name of the array of entities
 * @format: the kind of entity
 * @items: (element-type KinObject): the entities
 *
 * Writes a document holding a list of entities, each as in a project
 * file (see kin-entity-io-private.h).
 *
 * Returns: (transfer full): the document's text
 */
GBytes *
kin_write_entity_list (const char            *format_name,
                       const char            *member,
                       const KinEntityFormat *format,
                       GPtrArray             *items)
{
  Writer w;

  g_return_val_if_fail (format_name != NULL, NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (items != NULL, NULL);

  w.json = kin_json_writer_new (1024 + 512 * (gsize) items->len);
  w.enum_classes = g_hash_table_new (NULL, NULL);

  kin_json_writer_begin_object (w.json);
  kin_json_writer_member_string (w.json, "format", format_name);
  kin_json_writer_member_int (w.json, "version", KIN_FORMAT_VERSION);
  kin_json_writer_key (w.json, member);
  kin_json_writer_begin_array (w.json);
  for (guint i = 0; i < items->len; i++)
    {
      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items->pdata[i], format->get_type ()), NULL);
      write_object (&w, format, items->pdata[i]);
    }
  kin_json_writer_end_array (w.json);
  kin_json_writer_end_object (w.json);

  g_hash_table_unref (w.enum_classes);

  return kin_json_writer_free_to_bytes (w.json);
}
