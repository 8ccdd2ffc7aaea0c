/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-drafts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kin-drafts.h"

/*
 * Drafts keep unsaved work safe from a crash or a flat battery. While a
 * project has unsaved changes, its window writes the whole project every few
 * seconds to $XDG_DATA_HOME/kindling/drafts/ID.kindling, with a small
 * ID.json beside it saying what the project is called and where it was
 * saved. Saving or discarding the changes removes the draft, so a draft that
 * is still there when Kindling starts is work that would otherwise be lost.
 *
 * Both files are written atomically (temporary file, then rename), the
 * project first: a draft whose description exists always has its project.
 */

#define DRAFT_SUFFIX ".kindling"
#define INFO_SUFFIX ".json"

void
kin_draft_info_free (KinDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_free (info->title);
  g_free (info->original_uri);
  g_clear_pointer (&info->saved, g_date_time_unref);
  g_free (info);
}

/**
 * kin_drafts_get_dir:
 *
 * Returns: (transfer full): the folder drafts live in
 */
GFile *
kin_drafts_get_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "kindling", "drafts", NULL);

  return g_file_new_for_path (path);
}

/**
 * kin_drafts_new_id:
 *
 * Returns: (transfer full): a fresh draft id
 */
char *
kin_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static GFile *
get_child (const char *id,
           const char *suffix)
{
  g_autoptr(GFile) dir = kin_drafts_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (dir, name);
}

/**
 * kin_drafts_get_file:
 * @id: a draft id
 *
 * Returns: (transfer full): the draft's project file
 */
GFile *
kin_drafts_get_file (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return get_child (id, DRAFT_SUFFIX);
}

static GBytes *
build_info (const char *title,
            GFile      *original)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *uri = original ? g_file_get_uri (original) : NULL;
  char *text;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title ? title : "");
  json_builder_set_member_name (builder, "original");
  if (uri != NULL)
    json_builder_add_string_value (builder, uri);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "saved");
  json_builder_add_string_value (builder, saved);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static gboolean
replace_contents (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes),
                                  NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/**
 * kin_drafts_write:
 * @id: the draft id
 * @project: the serialised project
 * @title: the project's title, shown when offering to recover it
 * @original: (nullable): where the project is saved, if anywhere
 *
 * Writes or replaces a draft. The files are private to the user: projects
 * hold personal data about tenants.
 *
 * Returns: %TRUE on success
 */
gboolean
kin_drafts_write (const char    *id,
                  GBytes        *project,
                  const char    *title,
                  GFile         *original,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) dir = kin_drafts_get_dir ();
  g_autoptr(GFile) draft = get_child (id, DRAFT_SUFFIX);
  g_autoptr(GFile) info = get_child (id, INFO_SUFFIX);
  g_autoptr(GBytes) info_bytes = build_info (title, original);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (id != NULL && *id != '\0', FALSE);
  g_return_val_if_fail (project != NULL, FALSE);

  if (!g_file_make_directory_with_parents (dir, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return replace_contents (draft, project, cancellable, error) &&
         replace_contents (info, info_bytes, cancellable, error);
}

typedef struct
{
  char   *id;
  GBytes *project;
  char   *title;
  GFile  *original;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_free (data->id);
  g_bytes_unref (data->project);
  g_free (data->title);
  g_clear_object (&data->original);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (kin_drafts_write (data->id, data->project, data->title, data->original,
                        cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * kin_drafts_write_async:
 *
 * Writes a draft in a worker thread, so that a big project never holds up
 * the window. See kin_drafts_write().
 */
void
kin_drafts_write_async (const char          *id,
                        GBytes              *project,
                        const char          *title,
                        GFile               *original,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (id != NULL && *id != '\0');
  g_return_if_fail (project != NULL);

  data = g_new0 (WriteData, 1);
  data->id = g_strdup (id);
  data->project = g_bytes_ref (project);
  data->title = g_strdup (title);
  data->original = original ? g_object_ref (original) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kin_drafts_write_async);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
kin_drafts_write_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kin_drafts_write_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kin_drafts_remove:
 * @id: a draft id
 *
 * Removes a draft, if it exists. The description goes first, so a draft is
 * never listed without its project.
 */
void
kin_drafts_remove (const char *id)
{
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) info = NULL;

  g_return_if_fail (id != NULL);

  draft = get_child (id, DRAFT_SUFFIX);
  info = get_child (id, INFO_SUFFIX);
  g_file_delete (info, NULL, NULL);
  g_file_delete (draft, NULL, NULL);
}

static KinDraftInfo *
read_info (GFile      *dir,
           const char *name)
{
  g_autoptr(KinDraftInfo) info = g_new0 (KinDraftInfo, 1);
  g_autoptr(GFile) file = g_file_get_child (dir, name);
  g_autoptr(GFile) draft = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *contents = NULL;
  gsize length;
  JsonNode *root;
  JsonObject *object;
  const char *saved;

  /* Descriptions are tiny; anything large is not one of ours. */
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL) || length > 64 * 1024)
    return NULL;
  if (!json_parser_load_from_data (parser, contents, length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);

  info->id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
  draft = get_child (info->id, DRAFT_SUFFIX);
  if (!g_file_query_exists (draft, NULL))
    return NULL;

  info->title = g_strdup (json_object_get_string_member_with_default (object, "title", ""));
  if (json_object_has_member (object, "original") &&
      JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "original")))
    info->original_uri = g_strdup (json_object_get_string_member (object, "original"));

  saved = json_object_get_string_member_with_default (object, "saved", "");
  info->saved = g_date_time_new_from_iso8601 (saved, NULL);
  if (info->saved == NULL)
    info->saved = g_date_time_new_now_utc ();

  return g_steal_pointer (&info);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const KinDraftInfo *x = *(KinDraftInfo **) a;
  const KinDraftInfo *y = *(KinDraftInfo **) b;

  return g_date_time_compare (y->saved, x->saved);
}

/**
 * kin_drafts_list:
 *
 * Lists the drafts on disk, newest first. Unreadable ones are skipped.
 *
 * Returns: (transfer full) (element-type KinDraftInfo): the drafts
 */
GPtrArray *
kin_drafts_list (void)
{
  g_autoptr(GFile) dir = kin_drafts_get_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_draft_info_free);
  GFileInfo *child;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL)
    return drafts;

  while ((child = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (child);

      if (g_str_has_suffix (name, INFO_SUFFIX))
        {
          KinDraftInfo *info = read_info (dir, name);

          if (info != NULL)
            g_ptr_array_add (drafts, info);
        }

      g_object_unref (child);
    }

  g_ptr_array_sort (drafts, compare_newest_first);

  return drafts;
}
