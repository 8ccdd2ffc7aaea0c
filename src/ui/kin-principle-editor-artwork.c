/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-principle-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-artwork.h"
#include "kin-dialogs.h"
#include "kin-principle-editor-private.h"

/* The principle editor's artwork: reading an image file chosen in a file
 * chooser or dropped on the editor, in the background, and storing it with
 * kin_artwork_set(), or explaining why it cannot be used.
 */

typedef struct
{
  KinPrincipleEditor *self;
  char               *display_name;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->display_name);
  g_free (data);
}

static void
finish_loading (KinPrincipleEditor *self)
{
  g_clear_object (&self->load_cancellable);
}

static void
contents_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  LoadData *data = user_data;
  KinPrincipleEditor *self = data->self;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          finish_loading (self);
          kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Read the Image"), error->message);
        }
      load_data_free (data);
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  finish_loading (self);

  if (self->project != NULL && self->principle != NULL &&
      !kin_artwork_set (self->project, self->principle, bytes, data->display_name, &error))
    kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Use This Image"), error->message);

  load_data_free (data);
}

static void
info_queried_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LoadData *data = user_data;
  KinPrincipleEditor *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);

  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          finish_loading (self);
          kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Read the Image"), error->message);
        }
      load_data_free (data);
      return;
    }

  g_free (data->display_name);
  data->display_name = g_strdup (g_file_info_get_display_name (info));

  /* Refuse a huge file before reading it all into memory. */
  if (g_file_info_get_size (info) > KIN_ARTWORK_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *message =
        g_strdup_printf (_("“%s” is %s, and images can be at most 10 MB. Save a smaller "
                           "copy, for example at the size of the printed card, and try again."),
                         data->display_name, size);

      finish_loading (self);
      kin_show_error_dialog (GTK_WIDGET (self), _("Cannot Use This Image"), message);
      load_data_free (data);
      return;
    }

  g_file_load_contents_async (G_FILE (source), self->load_cancellable,
                              contents_loaded_cb, data);
}

/**
 * kin_principle_editor_load_artwork:
 * @file: an image file
 *
 * Reads @file in the background and makes it the artwork of the principle,
 * or explains in a dialog why it cannot be used.
 */
void
kin_principle_editor_load_artwork (KinPrincipleEditor *self,
                                   GFile              *file)
{
  LoadData *data;

  g_return_if_fail (KIN_IS_PRINCIPLE_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project == NULL || self->principle == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->self = self;
  data->display_name = g_file_get_parse_name (file);

  g_file_query_info_async (file,
                           G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->load_cancellable, info_queried_cb, data);
}

/**
 * kin_principle_editor_is_loading:
 *
 * Returns: whether an image file is being read
 */
gboolean
kin_principle_editor_is_loading (KinPrincipleEditor *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE_EDITOR (self), FALSE);

  return self->load_cancellable != NULL;
}

static void
chooser_response_cb (KinPrincipleEditor   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        kin_principle_editor_load_artwork (self, file);
    }

  g_clear_object (&self->chooser);
}

void
_kin_principle_editor_choose_artwork_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("Images (PNG, JPEG, SVG)"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");

  self->chooser = gtk_file_chooser_native_new (_("Choose Artwork"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_kin_principle_editor_remove_artwork_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (widget);

  if (self->project != NULL && self->principle != NULL)
    kin_artwork_remove (self->project, self->principle);
}

gboolean
_kin_principle_editor_drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         KinPrincipleEditor *self)
{
  GFile *file = NULL;

  if (self->principle == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  kin_principle_editor_load_artwork (self, file);
  return TRUE;
}
