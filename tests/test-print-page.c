/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-dialogs.h"
#include "kin-model.h"
#include "kin-print-page-private.h"
#include "kin-project-reader.h"
#include "kin-template-dialog.h"
#include "kin-test-util.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

static KinPrintPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  GtkWidget *page = g_object_new (KIN_TYPE_PRINT_PAGE, "project", project, NULL);

  kin_test_present (page, width, height);
  kin_print_page_update_now (KIN_PRINT_PAGE (page));
  kin_test_wait_for_frame (page);

  return KIN_PRINT_PAGE (page);
}

/* Actions have no public "enabled" getter at GTK 4.8; the buttons that use
 * them are insensitive when they are disabled. */
static gboolean
action_enabled (KinPrintPage *page,
                const char   *action)
{
  GtkWidget *button = kin_test_find_actionable (GTK_WIDGET (page), action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static guint
find_template_index (KinPrintPage *page,
                     const char   *id)
{
  for (guint i = 0; i < page->templates->len; i++)
    if (g_str_equal (((KinSheetTemplate *) g_ptr_array_index (page->templates, i))->id, id))
      return i;

  g_assert_not_reached ();
}

/* Runs pdfinfo on @path and returns the value of @field, e.g. "Pages". */
static char *
pdfinfo_field (const char *path,
               const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &output, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));

  return NULL;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *pages = pdfinfo_field (path, "Pages");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

static void
test_preview (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 1100, 800);
  KinPrintJob *job = kin_print_page_get_job (page);
  guint n_principles = g_list_model_get_n_items (kin_project_get_principles (project));

  g_assert_nonnull (job);
  g_assert_cmpuint (kin_print_job_get_n_cards (job), ==, n_principles);
  g_assert_true (kin_sheet_preview_get_job (page->front_sheet) == job);
  g_assert_cmpuint (kin_sheet_preview_get_page_index (page->front_sheet), ==, 0);
  g_assert_nonnull (kin_card_preview_get_face (page->card_front));
  g_assert_nonnull (kin_card_preview_get_face (page->card_back));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page->front_sheet)), >, 100);
  g_assert_true (action_enabled (page, "print.print"));
  g_assert_true (action_enabled (page, "print.export"));
  g_assert_false (action_enabled (page, "print.cancel-export"));
  g_assert_nonnull (strstr (gtk_label_get_text (page->summary_label), "7 cards"));

  kin_test_screenshot (GTK_WIDGET (page), "print-page");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (page), "print-page-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* What to print, copies and start position only change this run. */
  gtk_spin_button_set_value (page->copies_spin, 2);
  gtk_spin_button_set_value (page->start_spin, 3);
  kin_print_page_update_now (page);
  job = kin_print_page_get_job (page);
  g_assert_cmpuint (kin_print_job_get_n_cards (job), ==, 2 * n_principles);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 0), ==, G_MAXUINT);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 1), ==, G_MAXUINT);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 2), ==, 0);
  g_assert_false (kin_project_can_undo (project));

  /* A conversation deck, and everything. */
  {
    g_autoptr(KinDeck) deck = g_list_model_get_item (kin_project_get_decks (project), 0);
    guint n_deck_cards = g_list_model_get_n_items (kin_deck_get_cards (deck));

    gtk_spin_button_set_value (page->copies_spin, 1);
    gtk_spin_button_set_value (page->start_spin, 1);
    adw_combo_row_set_selected (page->selection_row, 2);
    kin_print_page_update_now (page);
    g_assert_cmpuint (kin_print_job_get_n_cards (kin_print_page_get_job (page)), ==, n_deck_cards);
    g_assert_cmpint (kin_card_face_get_kind (kin_card_preview_get_face (page->card_front)), ==,
                     KIN_CARD_FACE_CONVERSATION);
    kin_test_screenshot (GTK_WIDGET (page), "print-page-deck");

    adw_combo_row_set_selected (page->selection_row, 1);
    kin_print_page_update_now (page);
    g_assert_cmpuint (kin_print_job_get_n_cards (kin_print_page_get_job (page)), >=,
                      n_principles + n_deck_cards);
    adw_combo_row_set_selected (page->selection_row, 0);
  }

  /* A sheet with fewer cards brings a start position past its end back. */
  gtk_spin_button_set_value (page->start_spin, 10);
  kin_print_page_select_template (page, "avery-c32015");
  kin_print_page_update_now (page);
  g_assert_cmpfloat (gtk_spin_button_get_value (page->start_spin), ==, 8);
  job = kin_print_page_get_job (page);
  g_assert_nonnull (job);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 6), ==, G_MAXUINT);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 7), ==, 0);

  kin_test_close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 360, 720);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page->front_sheet)), >, 80);
  kin_test_screenshot (GTK_WIDGET (page), "print-page-narrow");

  kin_test_close_page (page);
}

static void
test_template_change (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 1100, 800);
  KinPrintSettings *settings = kin_project_get_print_settings (project);
  g_autofree char *old_template = g_strdup (kin_print_settings_get_template (settings));
  gboolean old_crop_marks = kin_print_settings_get_crop_marks (settings);
  double old_bleed = kin_print_settings_get_bleed_mm (settings);
  KinPrintJob *old_job = kin_print_page_get_job (page);
  KinPrintJob *job;
  double width, height;

  g_assert_cmpstr (old_template, !=, "print-shop-a4");

  /* Choosing a template in the list is an undoable project edit. */
  adw_combo_row_set_selected (page->template_row, find_template_index (page, "print-shop-a4"));
  g_assert_cmpstr (kin_print_settings_get_template (settings), ==, "print-shop-a4");
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_bleed_mm (settings), 3.0, 1e-9);
  g_assert_true (kin_print_settings_get_crop_marks (settings));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Template");

  kin_print_page_update_now (page);
  job = kin_print_page_get_job (page);
  g_assert_true (job != old_job);
  g_assert_cmpstr (kin_print_job_get_template (job)->id, ==, "print-shop-a4");
  g_assert_true (kin_sheet_preview_get_job (page->front_sheet) == job);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (page->bleed_spin), 3.0, 1e-9);
  g_assert_true (gtk_switch_get_active (page->crop_switch));
  kin_test_screenshot (GTK_WIDGET (page), "print-page-print-shop");

  /* A US Letter label sheet: no bleed, no marks. */
  kin_print_page_select_template (page, "avery-5371");
  kin_print_page_update_now (page);
  kin_print_job_get_page_size (kin_print_page_get_job (page), &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 215.9, 0.1);
  g_assert_cmpfloat_with_epsilon (height, 279.4, 0.1);
  g_assert_false (kin_print_settings_get_crop_marks (settings));

  /* Undo restores the stored settings and what the page shows. */
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_print_settings_get_template (settings), ==, old_template);
  g_assert_cmpuint (adw_combo_row_get_selected (page->template_row), ==,
                    find_template_index (page, old_template));
  g_assert_true (gtk_switch_get_active (page->crop_switch) == old_crop_marks);
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_bleed_mm (settings), old_bleed, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (page->bleed_spin), old_bleed, 1e-9);
  kin_print_page_update_now (page);
  g_assert_cmpstr (kin_print_job_get_template (kin_print_page_get_job (page))->id, ==, old_template);

  /* Bleed, crop marks, duplex and offsets are stored in the project. */
  adw_combo_row_set_selected (page->duplex_row, KIN_DUPLEX_NONE);
  g_assert_cmpint (kin_print_settings_get_duplex (settings), ==, KIN_DUPLEX_NONE);
  kin_print_page_update_now (page);
  g_assert_false (gtk_widget_get_visible (page->back_sheet_box));
  gtk_spin_button_set_value (page->bleed_spin, 2.5);
  gtk_switch_set_active (page->crop_switch, !old_crop_marks);
  adw_combo_row_set_selected (page->duplex_row, KIN_DUPLEX_LONG_EDGE);
  gtk_spin_button_set_value (page->offset_x_spin, 1.5);
  gtk_spin_button_set_value (page->offset_y_spin, -0.7);
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_bleed_mm (settings), 2.5, 1e-9);
  g_assert_true (kin_print_settings_get_crop_marks (settings) == !old_crop_marks);
  g_assert_cmpint (kin_print_settings_get_duplex (settings), ==, KIN_DUPLEX_LONG_EDGE);
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_back_offset_x (settings), 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_back_offset_y (settings), -0.7, 1e-9);

  kin_print_page_update_now (page);
  job = kin_print_page_get_job (page);
  g_assert_cmpuint (kin_print_job_get_n_pages (job), ==, 2);
  g_assert_true (kin_print_job_is_back_page (job, 1));
  g_assert_true (gtk_widget_get_visible (page->back_sheet_box));
  g_assert_true (kin_sheet_preview_get_job (page->back_sheet) == job);
  g_assert_cmpuint (kin_sheet_preview_get_page_index (page->back_sheet), ==, 1);
  kin_test_screenshot (GTK_WIDGET (page), "print-page-duplex");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpfloat_with_epsilon (kin_print_settings_get_back_offset_y (settings), 0.0, 1e-9);

  kin_test_close_page (page);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ExportResult;

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportResult *export = user_data;

  export->ok = kin_print_page_export_finish (KIN_PRINT_PAGE (source), result, &export->error);
  export->done = TRUE;
}

static void
wait_for_export (ExportResult *export)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!export->done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* A name typed without the extension of one of the formats gets the one
 * of the format chosen; one that has one keeps it. */
static void
test_export_file_names (void)
{
  static const struct { const char *typed; guint format; const char *name; } cases[] = {
    { "pocket-cards", 0, "pocket-cards.pdf" },
    { "pocket-cards", 1, "pocket-cards.png" },
    { "pocket-cards.pdf", 2, "pocket-cards.pdf" },
    { "Pocket Cards.SVG", 0, "Pocket Cards.SVG" },
    { "cards.2026", 2, "cards.2026.svg" },
  };
  g_autoptr(GtkWidget) widget = g_object_ref_sink (gtk_label_new (NULL));
  g_autoptr(GtkFileChooserNative) chooser = kin_export_chooser_new (widget, "Export Cards");
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autoptr(GListModel) filters = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  kin_export_chooser_add_format (chooser, "PDF", "application/pdf", ".pdf");
  kin_export_chooser_add_format (chooser, "PNG", "image/png", ".png");
  kin_export_chooser_add_format (chooser, "SVG", "image/svg+xml", ".svg");
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  g_assert_true (gtk_native_dialog_get_modal (GTK_NATIVE_DIALOG (chooser)));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, cases[i].format);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autofree char *name = NULL;

      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), cases[i].typed);
      gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

      /* The chooser reads the folder in the background. */
      while ((file = kin_export_chooser_get_file (chooser)) == NULL)
        {
          g_assert_cmpint (g_get_monotonic_time (), <, deadline);
          kin_test_iterate (10);
        }
      name = g_file_get_basename (file);
      parent = g_file_get_parent (file);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_true (g_file_equal (parent, folder));
    }
}

static void
test_export (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 1100, 800);
  KinPrintSettings *settings = kin_project_get_print_settings (project);
  g_autofree char *path = g_build_filename (tmpdir, "cards.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ExportResult export = { 0 };
  guint n_pages;

  kin_project_set (project, settings, "duplex", KIN_DUPLEX_LONG_EDGE, NULL);
  gtk_spin_button_set_value (page->copies_spin, 2);
  kin_print_page_update_now (page);
  n_pages = kin_print_job_get_n_pages (kin_print_page_get_job (page));
  g_assert_cmpuint (n_pages, ==, 4);

  kin_print_page_export_async (page, file, 0, export_done_cb, &export);
  g_assert_true (kin_print_page_is_exporting (page));
  g_assert_true (gtk_widget_get_visible (page->progress_box));
  g_assert_true (action_enabled (page, "print.cancel-export"));
  g_assert_false (action_enabled (page, "print.export"));
  kin_test_screenshot (GTK_WIDGET (page), "print-page-exporting");
  wait_for_export (&export);

  g_assert_no_error (export.error);
  g_assert_true (export.ok);
  g_assert_false (kin_print_page_is_exporting (page));
  g_assert_false (gtk_widget_get_visible (page->progress_box));
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  g_unlink (path);

  /* Cancelling stops the export and leaves no file behind. */
  memset (&export, 0, sizeof export);
  gtk_spin_button_set_value (page->copies_spin, 60);
  kin_print_page_export_async (page, file, 0, export_done_cb, &export);
  kin_print_page_cancel_export (page);
  wait_for_export (&export);
  g_assert_error (export.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&export.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (kin_print_page_is_exporting (page));
  g_assert_true (action_enabled (page, "print.export"));

  kin_test_close_page (page);
}

static void
test_print_operation (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 1100, 800);
  g_autofree char *path = g_build_filename (tmpdir, "printed.pdf", NULL);
  g_autofree char *calibration = g_build_filename (tmpdir, "calibration.pdf", NULL);
  g_autofree char *size = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* GtkPrintOperation's export draws every page through the same
   * draw-page handler as printing. */
  kin_project_set (project, kin_project_get_print_settings (project),
                   "duplex", KIN_DUPLEX_SHORT_EDGE, NULL);
  result = kin_print_page_run_print (page, GTK_PRINT_OPERATION_ACTION_EXPORT, FALSE, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (path), ==, kin_print_job_get_n_pages (kin_print_page_get_job (page)));
  size = pdfinfo_field (path, "Page size");
  g_assert_nonnull (strstr (size, "595.")); /* A4 is 595.28 × 841.89 pt */
  g_assert_nonnull (strstr (size, "841."));

  result = kin_print_page_run_print (page, GTK_PRINT_OPERATION_ACTION_EXPORT, TRUE, calibration, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpuint (pdf_pages (calibration), ==,
                    kin_print_job_get_n_calibration_pages (kin_print_page_get_job (page)));

  g_unlink (path);
  g_unlink (calibration);
  kin_test_close_page (page);
}

static void
test_custom_template (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintPage *page = show_page (project, 1100, 800);
  KinPrintSettings *settings = kin_project_get_print_settings (project);
  g_autoptr(GSettings) gsettings = g_settings_new (BASE_APPLICATION_ID);
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  KinTemplateDialog *dialog;
  KinSheetTemplate *template;
  guint n_templates = page->templates->len;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "print.add-template", NULL));
  kin_test_iterate (50);
  dialog = kin_test_find_toplevel (KIN_TYPE_TEMPLATE_DIALOG);
  g_assert_nonnull (dialog);
  kin_test_screenshot (GTK_WIDGET (dialog), "print-template-dialog");

  /* Three columns of 85 mm cards do not fit across A4: refused. */
  kin_template_dialog_set_value (dialog, "columns", 3);
  json = kin_template_dialog_dup_json (dialog, &error);
  g_assert_null (json);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));

  /* A 2 × 4 sheet of 85 × 55 mm cards. */
  kin_template_dialog_set_value (dialog, "columns", 2);
  kin_template_dialog_set_value (dialog, "rows", 4);
  kin_template_dialog_set_value (dialog, "card-height", 55);
  kin_template_dialog_set_value (dialog, "pitch-y", 60);
  kin_template_dialog_set_value (dialog, "top", 30);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  kin_test_iterate (50);

  /* Stored in the settings, listed, and chosen for the project. */
  stored = g_settings_get_string (gsettings, "custom-templates");
  g_assert_cmpuint (page->templates->len, ==, n_templates + 1);
  template = g_ptr_array_index (page->templates, page->templates->len - 1);
  g_assert_true (template->custom);
  g_assert_cmpuint (template->rows, ==, 4);
  g_assert_cmpfloat_with_epsilon (template->card_height_mm, 55, 1e-6);
  g_assert_nonnull (strstr (stored, template->id));
  g_assert_cmpstr (kin_print_settings_get_template (settings), ==, template->id);
  kin_print_page_update_now (page);
  g_assert_cmpstr (kin_print_job_get_template (kin_print_page_get_job (page))->id, ==, template->id);
  g_assert_true (gtk_widget_get_visible (page->remove_template_row));

  /* Removing it goes back to the default template. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "print.remove-template", NULL));
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (gsettings, "custom-templates");
  g_assert_cmpstr (stored, ==, "[]");
  g_assert_cmpuint (page->templates->len, ==, n_templates);
  g_assert_cmpstr (kin_print_settings_get_template (settings), ==, kin_sheet_template_get_default_id ());

  kin_test_close_page (page);
}

static void
test_no_project (void)
{
  KinPrintPage *page = show_page (NULL, 800, 600);
  g_autoptr(KinProject) empty = kin_project_new ();

  g_assert_null (kin_print_page_get_job (page));
  g_assert_false (action_enabled (page, "print.print"));

  /* A project without cards explains that there is nothing to print. */
  kin_print_page_set_project (page, empty);
  kin_print_page_update_now (page);
  g_assert_null (kin_print_page_get_job (page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->error_label)));
  g_assert_false (gtk_widget_get_visible (page->sheets_box));
  g_assert_false (action_enabled (page, "print.export"));
  kin_test_screenshot (GTK_WIDGET (page), "print-page-nothing");

  kin_test_close_page (page);
}

static void
test_in_window (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "print", 1100, 760);
  KinPrintPage *page;

  page = KIN_PRINT_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_PRINT_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (kin_print_page_get_project (page) == kin_window_get_project (window));
  g_assert_nonnull (kin_print_page_get_job (page));
  kin_test_screenshot (GTK_WIDGET (window), "window-print");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  kin_test_iterate (600);
  kin_test_screenshot (GTK_WIDGET (window), "window-print-narrow");

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestPrint", &tmpdir);

  g_test_add_func ("/print/preview", test_preview);
  g_test_add_func ("/print/narrow", test_narrow);
  g_test_add_func ("/print/template-change", test_template_change);
  g_test_add_func ("/print/export", test_export);
  g_test_add_func ("/print/export-file-names", test_export_file_names);
  g_test_add_func ("/print/print-operation", test_print_operation);
  g_test_add_func ("/print/custom-template", test_custom_template);
  g_test_add_func ("/print/no-project", test_no_project);
  g_test_add_func ("/print/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
