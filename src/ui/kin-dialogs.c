/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-dialogs.h"

/* Dialogs that several pages open the same way: the message that says why
 * something could not be done, and the file chooser that exports to one of
 * a few formats.
 */

#define EXTENSION_KEY "kin-extension"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * kin_show_error_dialog:
 * @widget: the widget whose window the dialog belongs to
 * @heading: what could not be done
 * @message: why, in plain text
 *
 * Shows @heading and @message in a message dialog with a Close button. A
 * widget that is not in a window (as in a script) logs them instead.
 */
void
kin_show_error_dialog (GtkWidget  *widget,
                       const char *heading,
                       const char *message)
{
  GtkWindow *parent = parent_window (widget);
  GtkWidget *dialog;

  if (parent == NULL)
    {
      g_warning ("%s: %s", heading, message);
      return;
    }

  dialog = adw_message_dialog_new (parent, heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kin_export_chooser_new:
 * @widget: the widget whose window the chooser belongs to
 * @title: the chooser's title, such as "Export Cards"
 *
 * Returns: (transfer full): a modal chooser of a file to export to, with
 *   Export and Cancel buttons; add its formats with
 *   kin_export_chooser_add_format()
 */
GtkFileChooserNative *
kin_export_chooser_new (GtkWidget  *widget,
                        const char *title)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent_window (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  return chooser;
}

/**
 * kin_export_chooser_add_format:
 * @name: the format as the user knows it, such as "PNG image"
 * @mime_type: its MIME type
 * @extension: the extension of its files, with the dot, such as ".png";
 *   a static string
 *
 * Offers a format to export to. The first one added is the one a name
 * without an extension gets when no format is chosen.
 */
void
kin_export_chooser_add_format (GtkFileChooserNative *chooser,
                               const char           *name,
                               const char           *mime_type,
                               const char           *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), EXTENSION_KEY, (gpointer) extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

/* Whether @name ends in the extension of one of the chooser's formats. */
static gboolean
has_format_extension (GtkFileChooser *chooser,
                      const char     *name)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      const char *extension = g_object_get_data (G_OBJECT (filter), EXTENSION_KEY);

      if (extension != NULL && g_str_has_suffix (lower, extension))
        return TRUE;
    }

  return FALSE;
}

static const char *
chosen_extension (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) first = NULL;

  if (filter != NULL)
    return g_object_get_data (G_OBJECT (filter), EXTENSION_KEY);

  filters = gtk_file_chooser_get_filters (chooser);
  first = g_list_model_get_item (filters, 0);

  return first != NULL ? g_object_get_data (G_OBJECT (first), EXTENSION_KEY) : NULL;
}

/**
 * kin_export_chooser_get_file:
 *
 * The file chosen, where a name typed without the extension of one of the
 * formats gets the one of the chosen format.
 *
 * Returns: (transfer full) (nullable): the file to export to
 */
GFile *
kin_export_chooser_get_file (GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *name = NULL;
  g_autofree char *with_extension = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *extension;

  if (chosen == NULL)
    return NULL;

  name = g_file_get_basename (chosen);
  extension = chosen_extension (GTK_FILE_CHOOSER (chooser));
  if (name == NULL || extension == NULL || has_format_extension (GTK_FILE_CHOOSER (chooser), name))
    return g_steal_pointer (&chosen);

  parent = g_file_get_parent (chosen);
  if (parent == NULL)
    return g_steal_pointer (&chosen);

  with_extension = g_strconcat (name, extension, NULL);
  return g_file_get_child (parent, with_extension);
}
