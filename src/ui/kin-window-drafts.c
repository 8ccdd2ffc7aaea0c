/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-drafts.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-writer.h"
#include "kin-window-private.h"

/* Autosaving: while the window's project has unsaved changes, it is written
 * to a draft a few seconds after the last edit (and at least every so often
 * while edits keep coming), so a crash in the middle of a workshop loses
 * seconds, not the session. The welcome page offers drafts left behind. */

#define AUTOSAVE_DELAY_MS 3000
#define AUTOSAVE_MAX_WAIT_US (15 * G_USEC_PER_SEC)

typedef struct
{
  GWeakRef  window;
  char     *draft_id;
} WriteData;

static void
write_draft_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  WriteData *data = user_data;
  g_autoptr(KinWindow) self = g_weak_ref_get (&data->window);
  g_autoptr(GError) error = NULL;

  /* A draft that cannot be written is worth a warning in the log, not a
   * dialog in front of the room: the real file is unaffected. */
  if (!kin_drafts_write_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not autosave a draft: %s", error->message);

  /* The changes were saved or discarded while this draft was being written:
   * the write must not bring back a draft the window has let go of. */
  if (self != NULL && g_strcmp0 (self->draft_id, data->draft_id) != 0)
    kin_drafts_remove (data->draft_id);

  g_weak_ref_clear (&data->window);
  g_free (data->draft_id);
  g_free (data);
}

/**
 * kin_window_autosave_now:
 *
 * Writes the draft of unsaved changes at once, if there are any.
 */
void
kin_window_autosave_now (KinWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *title = NULL;
  WriteData *data;

  g_return_if_fail (KIN_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_pending_since = 0;

  if (self->project == NULL || !kin_project_get_modified (self->project))
    return;

  if (self->draft_id == NULL)
    self->draft_id = kin_drafts_new_id ();

  /* Serialising reads the model, so it happens here on the main thread;
   * writing happens in a worker thread. */
  bytes = kin_project_write_bytes (self->project);
  title = _kin_window_dup_display_name (self);
  data = g_new0 (WriteData, 1);
  g_weak_ref_init (&data->window, self);
  data->draft_id = g_strdup (self->draft_id);
  kin_drafts_write_async (self->draft_id, bytes, title, self->file,
                          NULL, write_draft_cb, data);
}

static gboolean
autosave_cb (gpointer user_data)
{
  KinWindow *self = user_data;

  self->autosave_source = 0;
  kin_window_autosave_now (self);

  return G_SOURCE_REMOVE;
}

/* Called after every change to the project, including undo, redo and saving. */
void
_kin_window_project_changed (KinWindow *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->project == NULL || !kin_project_get_modified (self->project))
    {
      /* Saved, or undone back to the saved state: nothing to protect. */
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      self->autosave_pending_since = 0;
      _kin_window_forget_draft (self);
      return;
    }

  if (self->autosave_pending_since == 0)
    self->autosave_pending_since = now;

  /* Wait for a pause in the typing, but not for ever. */
  if (now - self->autosave_pending_since >= AUTOSAVE_MAX_WAIT_US)
    {
      kin_window_autosave_now (self);
      return;
    }

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

void
_kin_window_forget_draft (KinWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_pending_since = 0;

  if (self->draft_id != NULL)
    {
      kin_drafts_remove (self->draft_id);
      g_clear_pointer (&self->draft_id, g_free);
    }
}

/**
 * kin_window_get_draft_id:
 *
 * Returns: (nullable): the id of the draft this window autosaves to
 */
const char *
kin_window_get_draft_id (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->draft_id;
}

typedef struct
{
  KinWindow *window;
  char      *draft_id;
} RestoreData;

static void
restore_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  RestoreData *data = user_data;
  g_autoptr(KinWindow) self = data->window;
  g_autofree char *draft_id = data->draft_id;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  KinWindow *target = self;

  g_free (data);

  project = kin_project_load_file_finish (result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), TRUE);

  if (project == NULL)
    {
      /* The draft stays where it is: it may be the only copy of the work. */
      _kin_window_show_error (self, _("Could Not Recover the Unsaved Changes"), error->message);
      return;
    }

  drafts = kin_drafts_list ();
  for (guint i = 0; i < drafts->len; i++)
    {
      KinDraftInfo *info = g_ptr_array_index (drafts, i);

      if (g_str_equal (info->id, draft_id) && info->original_uri != NULL)
        original = g_file_new_for_uri (info->original_uri);
    }

  if (self->project != NULL)
    {
      target = kin_window_new (KIN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
      gtk_window_present (GTK_WINDOW (target));
    }

  kin_window_set_project (target, project, original);

  /* The recovered work is not saved anywhere yet; it keeps autosaving to the
   * same draft until it is. */
  target->draft_id = g_steal_pointer (&draft_id);
  kin_project_mark_unsaved (project);

  kin_window_show_toast (target, _("Unsaved changes recovered"));
}

/**
 * kin_window_restore_draft:
 * @draft_id: the draft to recover
 *
 * Opens an autosaved draft as a project with unsaved changes, in this
 * window or, when this one shows a project, in a new one.
 */
void
kin_window_restore_draft (KinWindow  *self,
                          const char *draft_id)
{
  g_autoptr(GFile) file = NULL;
  RestoreData *data;

  g_return_if_fail (KIN_IS_WINDOW (self));
  g_return_if_fail (draft_id != NULL);

  data = g_new0 (RestoreData, 1);
  data->window = g_object_ref (self);
  data->draft_id = g_strdup (draft_id);

  file = kin_drafts_get_file (draft_id);
  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), FALSE);
  kin_project_load_file_async (file, self->cancellable, restore_cb, data);
}
