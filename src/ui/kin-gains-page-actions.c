/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-editor.h"
#include "kin-gains-csv.h"
#include "kin-gains-merge.h"
#include "kin-gains-page-private.h"
#include "kin-model.h"

/* The actions of the Marginal Gains page: editing, dropping and deleting
 * the selected gain, and the spreadsheet and merge commands of its menu. */

/* Shows a toast. @message is its plain text, kept for
 * kin_gains_page_get_last_message(). */
void
_kin_gains_page_toast (KinGainsPage *self,
                       AdwToast     *toast,
                       const char   *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Toast titles are Pango markup, and messages may hold a gain's title. */
static void
toast_with_undo (KinGainsPage *self,
                 const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "gains.undo");
  _kin_gains_page_toast (self, toast, message);
}

KinGain *
_kin_gains_page_get_selected (KinGainsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
_kin_gains_page_update_actions (KinGainsPage *self)
{
  KinGain *gain = _kin_gains_page_get_selected (self);
  gboolean have_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.edit", gain != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.delete", gain != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.drop",
                                 gain != NULL &&
                                 kin_gain_get_status (gain) != KIN_GAIN_STATUS_DROPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.export-csv", have_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.import-csv", have_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.merge", have_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gains.undo",
                                 have_project && kin_project_can_undo (self->project));
}

static GtkWindow *
parent_window (KinGainsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_kin_gains_page_open_editor (KinGainsPage *self,
                             KinGain      *gain)
{
  GtkWidget *editor;

  if (self->project == NULL)
    return;

  /* One editor at a time: opening another gain replaces the first, whose
   * edits are already in the project. */
  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));

  editor = kin_gain_editor_new (self->project, gain);
  gtk_window_set_transient_for (GTK_WINDOW (editor), parent_window (self));
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);
  KinGain *gain = _kin_gains_page_get_selected (self);

  if (gain != NULL)
    _kin_gains_page_open_editor (self, gain);
}

static void
edit_gain_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);
  KinGain *gain;

  if (self->project == NULL)
    return;

  /* The gain may have been deleted or undone since the toast appeared. */
  gain = kin_project_lookup (self->project, KIN_TYPE_GAIN, g_variant_get_string (parameter, NULL));
  if (gain != NULL)
    _kin_gains_page_open_editor (self, gain);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);

  if (self->project != NULL)
    kin_project_undo (self->project);
}

static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);
  KinGain *gain = _kin_gains_page_get_selected (self);
  g_autofree char *now = NULL;
  g_autofree char *message = NULL;

  if (self->project == NULL || gain == NULL ||
      kin_gain_get_status (gain) == KIN_GAIN_STATUS_DROPPED)
    return;

  now = kin_timestamp_now ();
  kin_project_begin_action (self->project, _("Drop Gain"));
  kin_project_set (self->project, gain,
                   "status", KIN_GAIN_STATUS_DROPPED,
                   "modified", now,
                   NULL);
  kin_project_end_action (self->project);

  /* Translators: a toast; %s is the title of a marginal gain. */
  message = g_strdup_printf (_("“%s” dropped; it stays in the log"), kin_gain_get_title (gain));
  toast_with_undo (self, message);
}

static gboolean
find_gain (GListModel *gains,
           KinGain    *gain,
           guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (gains); i++)
    {
      g_autoptr(KinGain) item = g_list_model_get_item (gains, i);

      if (item == gain)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    KinGainsPage     *self)
{
  KinGain *gain = g_object_get_data (G_OBJECT (dialog), "kin-gain");
  GListModel *gains;
  guint position;

  if (self->project == NULL || gain == NULL)
    return;

  if (g_str_equal (response, "drop"))
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
        {
          g_autoptr(KinGain) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

          if (item == gain)
            gtk_single_selection_set_selected (self->selection, i);
        }
      gtk_widget_activate_action (GTK_WIDGET (self), "gains.drop", NULL);
      return;
    }

  if (!g_str_equal (response, "delete"))
    return;

  gains = kin_project_get_gains (self->project);
  if (!find_gain (gains, gain, &position))
    return;

  kin_project_begin_action (self->project, _("Delete Gain"));
  kin_project_remove (self->project, gains, position);
  kin_project_end_action (self->project);

  toast_with_undo (self, _("Gain deleted"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);
  KinGain *gain = _kin_gains_page_get_selected (self);
  GtkWidget *dialog;

  if (self->project == NULL || gain == NULL)
    return;

  /* Deleting loses the record of what was tried, so it is asked for
   * explicitly, with dropping offered as the gentler choice. */
  dialog = adw_message_dialog_new (parent_window (self), _("Delete Gain?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be removed from the log. To keep it as a "
                                    "record of what was tried, drop it instead."),
                                  kin_gain_get_title (gain));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "drop", _("D_rop Instead"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (kin_gain_get_status (gain) == KIN_GAIN_STATUS_DROPPED)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "drop", FALSE);

  g_object_set_data_full (G_OBJECT (dialog), "kin-gain", g_object_ref (gain), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Spreadsheets and merging */

static void
show_message (KinGainsPage *self,
              const char   *heading,
              const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  g_free (self->last_message);
  self->last_message = g_strdup_printf ("%s\n%s", heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
join_warnings (const char *summary,
               GPtrArray  *warnings)
{
  GString *text = g_string_new (summary);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (warnings, i));

  return g_string_free (text, FALSE);
}

typedef void (*ChooserDone) (KinGainsPage *self,
                             GFile        *file);

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     KinGainsPage    *self)
{
  ChooserDone done = g_object_get_data (G_OBJECT (chooser), "kin-done");

  if (response == GTK_RESPONSE_ACCEPT && self->project != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        done (self, file);
    }

  g_object_unref (chooser);
}

static void
run_chooser (KinGainsPage         *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char           *filter_name,
             const char           *pattern,
             const char           *suggested_name,
             ChooserDone           done)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent_window (self), action, accept, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  g_object_set_data (G_OBJECT (chooser), "kin-done", done);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KinGainsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_gains = GPOINTER_TO_UINT (g_object_get_data (source, "kin-n-gains"));
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      show_message (self, _("Could Not Export Gains"), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u gain",
                                          "Exported %u gains", n_gains), n_gains);
  _kin_gains_page_toast (self, adw_toast_new (message), message);
}

/**
 * kin_gains_page_export_csv:
 * @file: where to write
 *
 * Writes the gains the list shows, in the order shown, to @file as CSV, as
 * the menu's export does; the outcome is shown as a toast or a dialog.
 */
void
kin_gains_page_export_csv (KinGainsPage *self,
                           GFile        *file)
{
  GListModel *shown;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (KIN_IS_GAINS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project == NULL)
    return;

  shown = kin_gains_page_get_shown_gains (self);
  bytes = kin_gains_csv_export (self->project, shown);

  g_object_set_data (G_OBJECT (file), "kin-n-gains",
                     GUINT_TO_POINTER (g_list_model_get_n_items (shown)));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       export_done_cb, g_object_ref (self));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* What is exported is what the list shows, so a search or filter picks
   * the rows of the spreadsheet. */
  run_chooser (KIN_GAINS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
               _("Export Gains as CSV"), _("_Export"),
               _("CSV files"), "*.csv", _("gains.csv"), kin_gains_page_export_csv);
}

static void
import_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KinGainsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  KinGainsImportResult import;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (bytes == NULL)
    {
      show_message (self, _("Could Not Import Gains"), error->message);
      return;
    }

  if (self->project == NULL)
    return;

  name = g_file_get_basename (G_FILE (source));
  kin_gains_import_result_init (&import);
  if (!kin_gains_csv_import (self->project, bytes, name, &import, &error))
    {
      g_autofree char *body =
        g_strdup_printf (_("Nothing was imported. Correct the file and try again.\n\n%s"),
                         error->message);

      show_message (self, _("Could Not Import Gains"), body);
      kin_gains_import_result_clear (&import);
      return;
    }

  /* Translators: the first %s is "Added N gains", the second "skipped M duplicates". */
  {
    g_autofree char *added =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u gain", "Added %u gains",
                                    import.added), import.added);
    g_autofree char *skipped =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "skipped %u duplicate",
                                    "skipped %u duplicates", import.skipped), import.skipped);

    summary = g_strdup_printf (C_("import summary", "%s, %s"), added, skipped);
  }

  if (import.warnings != NULL && import.warnings->len > 0)
    {
      g_autofree char *body = join_warnings (_("Some values could not be kept:"),
                                             import.warnings);

      show_message (self, summary, body);
    }
  else
    toast_with_undo (self, summary);

  kin_gains_import_result_clear (&import);
}

/**
 * kin_gains_page_import_csv:
 * @file: a CSV file of gains
 *
 * Adds the gains of @file that the project does not have yet, as the
 * menu's import does, as one undo step; the outcome is shown as a toast, or
 * a dialog for errors and warnings.
 */
void
kin_gains_page_import_csv (KinGainsPage *self,
                           GFile        *file)
{
  g_return_if_fail (KIN_IS_GAINS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_bytes_async (file, NULL, import_loaded_cb, g_object_ref (self));
}

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  run_chooser (KIN_GAINS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Import Gains from CSV"), _("_Import"),
               _("CSV files"), "*.csv", NULL, kin_gains_page_import_csv);
}

/**
 * kin_gains_page_merge_file:
 * @file: another project file
 *
 * Merges the gains of @file into the project, as the menu's merge does, as
 * one undo step, and shows a summary.
 */
void
kin_gains_page_merge_file (KinGainsPage *self,
                           GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  KinGainsMergeSummary merge;

  g_return_if_fail (KIN_IS_GAINS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project == NULL)
    return;

  kin_gains_merge_summary_init (&merge);
  if (!kin_gains_merge_file (self->project, file, &merge, NULL, &error))
    {
      show_message (self, _("Could Not Merge Gains"), error->message);
      kin_gains_merge_summary_clear (&merge);
      return;
    }

  /* Translators: the summary of merging gains from another project. */
  summary = g_strdup_printf (_("%u added, %u updated, %u unchanged"),
                             merge.added, merge.updated, merge.unchanged);

  if (merge.warnings != NULL && merge.warnings->len > 0)
    {
      g_autofree char *body = join_warnings (_("Some references could not be kept:"),
                                             merge.warnings);

      show_message (self, summary, body);
    }
  else if (merge.added + merge.updated > 0)
    toast_with_undo (self, summary);
  else
    _kin_gains_page_toast (self, adw_toast_new (summary), summary);

  kin_gains_merge_summary_clear (&merge);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  run_chooser (KIN_GAINS_PAGE (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Merge Gains from Project"), _("_Merge"),
               _("Kindling projects"), "*.kindling", NULL, kin_gains_page_merge_file);
}

void
_kin_gains_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "gains.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "gains.edit-gain", "s", edit_gain_action);
  gtk_widget_class_install_action (widget_class, "gains.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "gains.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "gains.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "gains.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "gains.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "gains.merge", NULL, merge_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "gains.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "gains.edit", NULL);
}
