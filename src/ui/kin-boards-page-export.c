/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-render.h"
#include "kin-boards-page-private.h"
#include "kin-dialogs.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"

/* Exporting the board, or the selected notes, as PNG, SVG or PDF.
 *
 * A big board takes a while to draw at print size, so the file is written
 * in a thread. The thread must not read the project while the facilitator
 * goes on editing it, so it works on its own copy: the project is written
 * to bytes in the main loop (quick, and exactly what is on screen) and read
 * back in the thread, where the board and the notes are found again by id.
 */

typedef struct
{
  GBytes    *snapshot;
  char      *board_id;
  GStrv      note_ids;   /* NULL: the whole board */
  GFile     *file;
  KinBoardExportFormat format;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->snapshot, g_bytes_unref);
  g_free (data->board_id);
  g_strfreev (data->note_ids);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  KinBoard *board;

  project = kin_project_read_bytes (data->snapshot, "export", NULL, &error);
  if (project == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  board = kin_project_lookup (project, KIN_TYPE_BOARD, data->board_id);
  if (board == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s", _("The board is no longer there."));
      return;
    }

  if (data->note_ids != NULL)
    {
      notes = g_ptr_array_new ();
      for (guint i = 0; data->note_ids[i] != NULL; i++)
        {
          KinNote *note = kin_project_lookup (project, KIN_TYPE_NOTE, data->note_ids[i]);

          if (note != NULL)
            g_ptr_array_add (notes, note);
        }
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!kin_board_export (project, board, notes, data->file, data->format, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * kin_boards_page_export_async:
 * @file: a .png, .svg or .pdf file
 * @selection_only: only the selected notes (and their themes)
 *
 * Writes the shown board to @file in a thread.
 */
void
kin_boards_page_export_async (KinBoardsPage       *self,
                              GFile               *file,
                              gboolean             selection_only,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  KinBoardExportFormat format;
  ExportData *data;

  g_return_if_fail (KIN_IS_BOARDS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, kin_boards_page_export_async);

  if (self->board == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s", _("There is no board to export."));
      return;
    }

  if (!kin_board_export_format_for_file (file, &format, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* What is being typed on a note is part of the board. */
  kin_board_canvas_commit_edit (self->canvas);

  data = g_new0 (ExportData, 1);
  data->snapshot = kin_project_write_bytes (self->project);
  data->board_id = g_strdup (kin_object_get_id (KIN_OBJECT (self->board)));
  data->file = g_object_ref (file);
  data->format = format;

  if (selection_only)
    {
      g_autoptr(GPtrArray) selection = kin_board_canvas_get_selection (self->canvas);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (selection->len == 0)
        {
          export_data_free (data);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                                   _("Select the notes to export first."));
          return;
        }

      for (guint i = 0; i < selection->len; i++)
        g_strv_builder_add (builder, kin_object_get_id (g_ptr_array_index (selection, i)));
      data->note_ids = g_strv_builder_end (builder);
    }

  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
kin_boards_page_export_finish (KinBoardsPage  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kin_boards_page_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  if (kin_boards_page_export_finish (self, result, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("Board exported to “%s”"), name);
      _kin_boards_page_toast (self, message);
    }
  else
    _kin_boards_page_show_error (self, _("Cannot Export the Board"), error->message);
}

static void
chooser_response_cb (KinBoardsPage        *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  gboolean selection_only = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kin-selection"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = kin_export_chooser_get_file (chooser);

      if (file != NULL)
        kin_boards_page_export_async (self, file, selection_only, export_done_cb, file);
    }

  g_clear_object (&self->chooser);
}

/* A file name from the board's title, without characters that file
 * systems refuse. */
static char *
suggested_name (KinBoard *board)
{
  const char *title = kin_board_get_title (board);
  g_autofree char *clean = g_strdup (title != NULL && *title != '\0' ? title : _("Vision board"));

  g_strdelimit (clean, "/\\:*?\"<>|", '-');
  return g_strconcat (clean, ".pdf", NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);
  gboolean selection_only = g_str_equal (g_variant_get_string (parameter, NULL), "selection");
  g_autofree char *name = NULL;

  if (self->board == NULL || self->chooser != NULL)
    return;

  if (selection_only && kin_board_canvas_get_n_selected (self->canvas) == 0)
    {
      _kin_boards_page_toast (self, _("Select the notes to export first"));
      return;
    }

  self->chooser = kin_export_chooser_new (widget, selection_only ? _("Export Selected Notes")
                                                                 : _("Export Board"));
  kin_export_chooser_add_format (self->chooser, _("PDF document (A3, for printing)"), "application/pdf", ".pdf");
  kin_export_chooser_add_format (self->chooser, _("PNG image"), "image/png", ".png");
  kin_export_chooser_add_format (self->chooser, _("SVG drawing"), "image/svg+xml", ".svg");
  name = suggested_name (self->board);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "kin-selection", GINT_TO_POINTER (selection_only));

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_kin_boards_page_update_export (KinBoardsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "boards.export", self->board != NULL);
}

void
_kin_boards_page_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "boards.export", "s", export_action);
}
