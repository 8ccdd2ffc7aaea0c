/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-print"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-dialogs.h"
#include "kin-print-page-private.h"

/* Getting the cards out of Kindling: printing through GtkPrintOperation and
 * exporting to PDF, PNG or SVG. Both draw with the print job the preview
 * shows. The job is immutable, so an export can run in a thread while the
 * project is being edited; each run uses the job as it was when it started.
 */

#define DEFAULT_PNG_DPI 300

/* Printing ---------------------------------------------------------------- */

typedef struct
{
  KinPrintJob *job;
  gboolean     calibration;
} PrintData;

static void
print_data_free (PrintData *data)
{
  g_clear_object (&data->job);
  g_free (data);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintData         *data)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* The operation uses points and the full page, which is what the job
   * draws in: (0, 0) is the paper's top-left corner. */
  if (data->calibration)
    kin_print_job_render_calibration_page (data->job, cr, page_nr);
  else
    kin_print_job_render_page (data->job, cr, page_nr);
}

static GtkPageSetup *
create_page_setup (KinPrintJob *job)
{
  KinSheetTemplate *template = kin_print_job_get_template (job);
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  double width_mm, height_mm;

  kin_print_job_get_page_size (job, &width_mm, &height_mm);

  /* A standard paper name lets the printer pick the right tray; anything
   * else is sent as a custom size. */
  if (template != NULL && template->paper != NULL && g_strcmp0 (template->paper, "custom") != 0)
    {
      paper = gtk_paper_size_new (template->paper);
      if (ABS (gtk_paper_size_get_width (paper, GTK_UNIT_MM) - width_mm) > 0.5 ||
          ABS (gtk_paper_size_get_height (paper, GTK_UNIT_MM) - height_mm) > 0.5)
        g_clear_pointer (&paper, gtk_paper_size_free);
    }
  if (paper == NULL)
    paper = gtk_paper_size_new_custom ("kindling-cards",
                                       template != NULL ? template->name : _("Cards"),
                                       width_mm, height_mm, GTK_UNIT_MM);

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_MM);

  return setup;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               KinPrintPage            *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Print the Cards"),
                              error != NULL ? error->message : _("The printer reported an error."));
}

/**
 * kin_print_page_run_print:
 * @action: what the operation does: show the print dialog, or (for tests
 *   and scripts) export to @export_filename
 * @calibration: print the calibration page rather than the cards
 * @export_filename: (nullable): the PDF file for %GTK_PRINT_OPERATION_ACTION_EXPORT
 *
 * Prints the current job with GtkPrintOperation, one job page per printed
 * page, on the template's paper with no margins.
 *
 * Returns: the operation's result
 */
GtkPrintOperationResult
kin_print_page_run_print (KinPrintPage             *self,
                          GtkPrintOperationAction   action,
                          gboolean                  calibration,
                          const char               *export_filename,
                          GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PrintData *data;
  guint n_pages;

  g_return_val_if_fail (KIN_IS_PRINT_PAGE (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  if (self->update_id != 0 || self->stale)
    kin_print_page_update_now (self);

  if (self->job == NULL)
    {
      g_set_error_literal (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_NOTHING_TO_PRINT,
                           _("There are no cards to print."));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  data = g_new0 (PrintData, 1);
  data->job = g_object_ref (self->job);
  data->calibration = calibration;
  n_pages = calibration ? kin_print_job_get_n_calibration_pages (data->job)
                        : kin_print_job_get_n_pages (data->job);

  operation = gtk_print_operation_new ();
  setup = create_page_setup (data->job);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, n_pages);
  gtk_print_operation_set_job_name (operation, calibration ? _("Card calibration page")
                                                           : _("Pocket cards"));
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         data, (GClosureNotify) (void (*) (void)) print_data_free, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  return gtk_print_operation_run (operation, action,
                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  error);
}

void
_kin_print_page_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gboolean calibration = g_str_equal (action_name, "print.calibrate");

  if (kin_print_page_run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                calibration, NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Print the Cards"), error->message);
}

/* Exporting --------------------------------------------------------------- */

typedef struct
{
  KinPrintJob  *job;
  GFile        *file;
  double        dpi;
  /* Progress from the export thread, in thousandths, and whether the main
   * loop has yet to show the last value. */
  gint          progress;
  gint          progress_queued;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->job);
  g_clear_object (&data->file);
  g_free (data);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  KinPrintPage *self = g_task_get_source_object (task);
  ExportData *data = g_task_get_task_data (task);

  g_atomic_int_set (&data->progress_queued, FALSE);
  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&data->progress) / 1000.0);

  return G_SOURCE_REMOVE;
}

/* Called in the export thread: the main loop shows the value when it can,
 * without piling up one idle callback per page. */
static void
export_progress_cb (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  ExportData *data = g_task_get_task_data (task);

  g_atomic_int_set (&data->progress, (gint) (CLAMP (fraction, 0, 1) * 1000));
  if (g_atomic_int_compare_and_exchange (&data->progress_queued, FALSE, TRUE))
    g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                                show_progress_cb, g_object_ref (task), g_object_unref);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;

  /* A cancelled export leaves no part of a file behind, and any file that
   * was there before as it was. */
  if (!kin_print_job_export (data->job, data->file, data->dpi,
                             export_progress_cb, task, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * kin_print_page_export_async:
 * @file: a .pdf, .png or .svg file
 * @dpi: the resolution of PNG files
 *
 * Exports the current job in a thread, showing progress and a Cancel button
 * on the page. A PNG export of several pages writes name-1.png, name-2.png
 * and so on.
 */
void
kin_print_page_export_async (KinPrintPage        *self,
                             GFile               *file,
                             double               dpi,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (KIN_IS_PRINT_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->update_id != 0 || self->stale)
    kin_print_page_update_now (self);

  if (self->job == NULL || self->export_cancellable != NULL)
    {
      g_task_report_new_error (self, callback, user_data, kin_print_page_export_async,
                               KIN_SHEET_ERROR, KIN_SHEET_ERROR_NOTHING_TO_PRINT,
                               "%s", self->job == NULL ? _("There are no cards to export.")
                                                       : _("The cards are already being exported."));
      return;
    }

  self->export_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->export_cancellable, callback, user_data);
  g_task_set_source_tag (task, kin_print_page_export_async);
  /* The thread stops at the next page when cancelled and removes what it
   * wrote, so the task waits for it rather than returning at once. */
  g_task_set_return_on_cancel (task, FALSE);
  /* What the export did decides: one that finished before it noticed the
   * cancellation wrote a complete file. */
  g_task_set_check_cancellable (task, FALSE);

  data = g_new0 (ExportData, 1);
  data->job = g_object_ref (self->job);
  data->file = g_object_ref (file);
  data->dpi = dpi > 0 ? dpi : DEFAULT_PNG_DPI;
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (self->progress_box, TRUE);
  _kin_print_page_update_actions (self);

  g_task_run_in_thread (task, export_thread);
}

/**
 * kin_print_page_export_finish:
 *
 * Returns: whether the file was written; %G_IO_ERROR_CANCELLED when the user
 *   cancelled
 */
gboolean
kin_print_page_export_finish (KinPrintPage  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kin_print_page_export_async, FALSE);

  /* The export is over whatever happened, so the page can start another.
   * A task refused at the start has no data and changed nothing. */
  if (g_task_get_task_data (G_TASK (result)) != NULL)
    {
      g_clear_object (&self->export_cancellable);
      gtk_widget_set_visible (self->progress_box, FALSE);
      _kin_print_page_update_actions (self);
    }

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
kin_print_page_is_exporting (KinPrintPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_PAGE (self), FALSE);

  return self->export_cancellable != NULL;
}

/**
 * kin_print_page_cancel_export:
 *
 * Stops a running export; the partly written file is removed.
 */
void
kin_print_page_cancel_export (KinPrintPage *self)
{
  g_return_if_fail (KIN_IS_PRINT_PAGE (self));

  g_cancellable_cancel (self->export_cancellable);
}

void
_kin_print_page_cancel_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  kin_print_page_cancel_export (KIN_PRINT_PAGE (widget));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KinPrintPage *self = KIN_PRINT_PAGE (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (kin_print_page_export_finish (self, result, &error))
    {
      g_autofree char *escaped = NULL;

      /* Toast titles are markup, and file names may hold "&" or "<". */
      name = g_file_get_basename (file);
      escaped = g_markup_escape_text (name, -1);
      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("Cards exported to “%s”"), escaped);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Export cancelled")));
  else
    kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Export the Cards"), error->message);
}

static void
chooser_response_cb (KinPrintPage         *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = kin_export_chooser_get_file (chooser);
      const char *dpi = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "dpi");

      if (file != NULL)
        kin_print_page_export_async (self, file, dpi != NULL ? g_ascii_strtod (dpi, NULL) : 0,
                                     export_done_cb, file);
    }

  g_clear_object (&self->chooser);
}

void
_kin_print_page_export_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  const char *dpi_values[] = { "150", "300", "600", NULL };
  const char *dpi_labels[] = { N_("150 dpi"), N_("300 dpi"), N_("600 dpi"), NULL };
  const char *translated[G_N_ELEMENTS (dpi_labels)] = { NULL };
  GtkFileChooser *chooser;

  if (self->chooser != NULL)
    return;

  for (guint i = 0; dpi_labels[i] != NULL; i++)
    translated[i] = _(dpi_labels[i]);

  self->chooser = kin_export_chooser_new (widget, _("Export Cards"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  kin_export_chooser_add_format (self->chooser, _("PDF document (for printing or a print shop)"),
                                 "application/pdf", ".pdf");
  kin_export_chooser_add_format (self->chooser, _("PNG images (one per page)"), "image/png", ".png");
  kin_export_chooser_add_format (self->chooser, _("SVG drawing"), "image/svg+xml", ".svg");
  gtk_file_chooser_add_choice (chooser, "dpi", _("PNG resolution"), dpi_values, translated);
  gtk_file_chooser_set_choice (chooser, "dpi", "300");
  gtk_file_chooser_set_current_name (chooser, _("pocket-cards.pdf"));

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}
