/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-drafts.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-reader.h"
#include "kin-window-private.h"

/* The window's file and history actions: new, open, save, save as, undo and
 * redo, and the question asked before unsaved changes would be lost. */

#define STARTER_RESOURCE RESOURCE_PATH "/starter/starter.kindling"
#define PROJECT_MIME_TYPE "application/x-kindling"

char *
_kin_window_dup_display_name (KinWindow *self)
{
  const char *title = self->project ? kin_project_get_title (self->project) : NULL;

  if (title != NULL && *title != '\0')
    return g_strdup (title);

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, ".kindling"))
        basename[strlen (basename) - strlen (".kindling")] = '\0';

      return g_steal_pointer (&basename);
    }

  return g_strdup (_("Untitled Project"));
}

void
_kin_window_show_error (KinWindow  *self,
                        const char *heading,
                        const char *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  /* The body is plain text: messages quote file contents and names. */
  adw_message_dialog_set_body (dialog, message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) PROJECT_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "kindling %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_kin_window_update_actions (KinWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_project = self->project != NULL;
  gboolean can_undo = has_project && kin_project_can_undo (self->project);
  gboolean can_redo = has_project && kin_project_can_redo (self->project);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (widget, "win.save", has_project);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_project);
  gtk_widget_action_set_enabled (widget, "win.undo", can_undo);
  gtk_widget_action_set_enabled (widget, "win.redo", can_redo);
  gtk_widget_action_set_enabled (widget, "win.present", has_project);
  gtk_widget_action_set_enabled (widget, "win.stop-presenting", self->presenter != NULL);

  /* The tooltips name the step, as in "Undo Move Note". */
  if (can_undo)
    /* Translators: %s is the name of an edit, such as "Move Note". */
    undo_tip = g_strdup_printf (_("Undo %s"), kin_project_get_undo_label (self->project));
  if (can_redo)
    /* Translators: %s is the name of an edit, such as "Move Note". */
    redo_tip = g_strdup_printf (_("Redo %s"), kin_project_get_redo_label (self->project));

  gtk_widget_set_tooltip_text (self->undo_button, undo_tip ? undo_tip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip ? redo_tip : _("Redo"));
}

/* A project opened or created while this window already shows one goes into a
 * new window, so the open project is never replaced behind the user's back. */
static KinWindow *
window_for_new_project (KinWindow *self)
{
  KinWindow *window;

  if (self->project == NULL)
    return self;

  window = kin_window_new (KIN_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
show_load_warnings (KinWindow *self,
                    GPtrArray *warnings)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  if (warnings == NULL || warnings->len == 0)
    return;

  self->load_warnings = g_ptr_array_ref (warnings);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u problem in the file was repaired",
                                          "%u problems in the file were repaired",
                                          warnings->len),
                             warnings->len);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-load-warnings");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_load_warnings_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->load_warnings == NULL)
    return;

  for (guint i = 0; i < self->load_warnings->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (self->load_warnings, i));

  _kin_window_show_error (self, _("Repaired Problems"), text->str);
}

/* What an asynchronous load or save needs when it finishes. The window is
 * referenced so that it outlives the operation. */
typedef struct
{
  KinWindow *window;
  GFile     *file;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadData *data = user_data;
  KinWindow *self = data->window;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  KinWindow *target;

  project = kin_project_load_file_finish (result, &warnings, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      load_data_free (data);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), TRUE);

  if (project == NULL)
    {
      g_autofree char *name = g_file_get_basename (data->file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      /* Whatever the window showed before is untouched. */
      _kin_window_show_error (self, heading, error->message);
      load_data_free (data);
      return;
    }

  target = window_for_new_project (self);
  kin_window_set_project (target, project, data->file);
  show_load_warnings (target, warnings);
  add_to_recent (data->file);

  load_data_free (data);
}

/**
 * kin_window_open_file:
 * @file: a project file
 *
 * Loads @file without blocking the window. On success the project shows in
 * this window, or in a new one when this one already shows a project; on
 * failure a dialog says what is wrong and nothing else changes.
 */
void
kin_window_open_file (KinWindow *self,
                      GFile     *file)
{
  LoadData *data;

  g_return_if_fail (KIN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), FALSE);
  kin_project_load_file_async (file, self->cancellable, load_cb, data);
}

gboolean
kin_window_is_busy (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), FALSE);

  return !gtk_widget_get_sensitive (GTK_WIDGET (self->main_stack));
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  g_autoptr(KinProject) project = kin_project_new ();

  kin_window_set_project (window_for_new_project (self), project, NULL);
}

static void
new_from_starter_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (STARTER_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    project = kin_project_read_bytes (bytes, "starter.kindling", NULL, &error);

  if (project == NULL)
    {
      _kin_window_show_error (self, _("Could Not Open the Example Project"), error->message);
      return;
    }

  /* A copy that has never been saved: saving asks where to put it. */
  kin_window_set_project (window_for_new_project (self), project, NULL);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  KinWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      kin_window_open_file (self, file);
    }

  g_object_unref (chooser);
}

static void
add_project_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) projects = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (projects, _("Kindling Projects"));
  gtk_file_filter_add_mime_type (projects, PROJECT_MIME_TYPE);
  gtk_file_filter_add_suffix (projects, "kindling");
  gtk_file_chooser_add_filter (chooser, projects);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, projects);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_project_filters (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  kin_window_open_file (KIN_WINDOW (widget), file);
}

static void
save_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadData *data = user_data;
  g_autoptr(KinWindow) self = g_object_ref (data->window);
  g_autoptr(GFile) file = g_object_ref (data->file);
  g_autoptr(GError) error = NULL;

  load_data_free (data);

  if (!kin_project_save_file_finish (KIN_PROJECT (source), result, &error))
    {
      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

          /* The file on disk is as it was before: saving is atomic. */
          _kin_window_show_error (self, heading, error->message);
        }
      return;
    }

  g_set_object (&self->file, file);
  add_to_recent (file);
  kin_window_set_project (self, self->project, file);

  if (self->close_after_save)
    {
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/**
 * kin_window_save_to_file:
 * @file: where to save
 *
 * Saves the project to @file without blocking the window; from then on the
 * window's project lives there.
 */
void
kin_window_save_to_file (KinWindow *self,
                         GFile     *file)
{
  LoadData *data;

  g_return_if_fail (KIN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->project != NULL);

  /* The file records when the project was last saved. This is bookkeeping,
   * not an edit: it is not an undo step and does not mark the project as
   * changed. */
  {
    g_autofree char *now = kin_timestamp_now ();

    kin_project_set_modified_timestamp (self->project, now);
  }

  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  kin_project_save_file_async (self->project, file, self->cancellable, save_cb, data);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     KinWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *basename = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* A name typed without an extension gets ours, so the file manager
       * knows the file afterwards. */
      if (strchr (basename, '.') == NULL)
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *named = g_strconcat (basename, ".kindling", NULL);

          file = g_file_get_child (parent, named);
        }
      else
        file = g_object_ref (chosen);

      kin_window_save_to_file (self, file);
    }
  else
    self->close_after_save = FALSE;

  g_object_unref (chooser);
}

static void
save_as (KinWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = _kin_window_dup_display_name (self);
  g_autofree char *suggested = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_project_filters (GTK_FILE_CHOOSER (chooser));

  /* Slashes would make the suggested name a path. */
  g_strdelimit (name, "/\\", '-');
  suggested = g_strconcat (name, ".kindling", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);

  if (self->file != NULL)
    kin_window_save_to_file (self, self->file);
  else
    save_as (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (KIN_WINDOW (widget));
}

/* Ctrl+Z reaches the window before the focused widget. Most text fields
 * write into the project as they are typed in, so the project's undo is
 * theirs too; but a text view that keeps its own undo, such as a note
 * being written on a vision board, holds text that is not in the project
 * yet, and undoing there must undo the typing, not some earlier step. */
static gboolean
undo_in_text_view (KinWindow  *self,
                   const char *action)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!GTK_IS_TEXT_VIEW (focus) ||
      !gtk_text_buffer_get_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus))))
    return FALSE;

  gtk_widget_activate_action (focus, action, NULL);
  return TRUE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);

  if (undo_in_text_view (self, "text.undo"))
    return;

  if (self->project != NULL)
    kin_project_undo (self->project);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);

  if (undo_in_text_view (self, "text.redo"))
    return;

  if (self->project != NULL)
    kin_project_redo (self->project);
}

static gboolean
close_now_cb (gpointer user_data)
{
  KinWindow *self = user_data;

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   KinWindow        *self)
{
  /* The dialog is still on its way out when it reports the answer; the
   * window closes once it has gone, so the dialog never outlives its parent. */
  if (g_str_equal (response, "discard"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_now_cb, g_object_ref (self), g_object_unref);
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->file != NULL)
        kin_window_save_to_file (self, self->file);
      else
        save_as (self);
    }
}

void
_kin_window_confirm_close (KinWindow *self)
{
  g_autofree char *name = _kin_window_dup_display_name (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close "
                            "without saving, they are lost."), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  kin_window_restore_draft (KIN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
discard_draft_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           KinWindow        *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "kin-draft-id");

  if (!g_str_equal (response, "discard"))
    return;

  kin_drafts_remove (id);
  kin_welcome_page_reload (self->welcome_page);
}

static void
discard_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  AdwMessageDialog *dialog;

  /* Discarding a draft throws away work, so it is asked about first. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Recovered Changes?"),
                                                       _("The changes in this draft were never "
                                                         "saved. If you discard them, they are lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "kin-draft-id",
                          g_strdup (g_variant_get_string (parameter, NULL)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kin_window_class_actions_init (KinWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  /* A key of the window itself, heard after the page in view has had the
   * chance to use it: on the Conversation Cards page, Ctrl+N adds a card. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project", NULL);
  gtk_widget_class_install_action (widget_class, "win.new-from-starter", NULL,
                                   new_from_starter_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-load-warnings", NULL,
                                   show_load_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.restore-draft", "s", restore_draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", discard_draft_action);
}
