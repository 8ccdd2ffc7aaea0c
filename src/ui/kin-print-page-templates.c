/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-print"

#include "config.h"

#include "kin-print-page-private.h"
#include "kin-template-dialog.h"

/* The user's own sheet templates. They live in the "custom-templates"
 * setting, not in the project; the page reloads its list whenever the
 * setting changes, so adding or removing one here only edits the setting.
 */

static void
template_dialog_response_cb (KinPrintPage *self,
                             const char   *response,
                             GObject      *dialog)
{
  const char *id = g_object_get_data (dialog, "kin-template-id");

  /* The settings' change notification has reloaded the list by now. */
  if (g_str_equal (response, "add") && id != NULL)
    kin_print_page_select_template (self, id);
}

void
_kin_print_page_add_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  KinTemplateDialog *dialog;

  dialog = kin_template_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->settings);
  /* After the dialog's own handler, which saves the template. */
  g_signal_connect_object (dialog, "response", G_CALLBACK (template_dialog_response_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kin_print_page_remove_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  KinSheetTemplate *template = _kin_print_page_get_selected_template (self);
  g_autofree char *json = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) templates = NULL;

  if (template == NULL || !template->custom)
    return;

  id = g_strdup (template->id);
  json = g_settings_get_string (self->settings, "custom-templates");
  templates = kin_sheet_template_parse_custom (json, NULL);
  if (templates == NULL)
    return;

  for (guint i = 0; i < templates->len; i++)
    if (g_str_equal (((KinSheetTemplate *) g_ptr_array_index (templates, i))->id, id))
      g_ptr_array_remove_index (templates, i--);

  /* The project falls back to the default template first, so that it never
   * names a template that does not exist. */
  kin_print_page_select_template (self, kin_sheet_template_get_default_id ());
  updated = kin_sheet_template_custom_to_json (templates);
  g_settings_set_string (self->settings, "custom-templates", updated);
}
