/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kin-columns.h"
#include "kin-date-button.h"
#include "kin-session-editor.h"

/* The editor of one session: its details and agenda, and beside them (or
 * below, in a narrow window) the editor of the selected agenda item, the
 * actions agreed and what was captured. Text fields go into the model as they are typed,
 * where a burst of typing is one undo step. Times are different: half a
 * time ("10:") is not a time, so the start and finish times are checked
 * and applied when Enter is pressed or the field is left; a time that
 * cannot be read is explained under the fields and changes nothing. */

struct _KinSessionEditor
{
  GtkWidget        parent_instance;

  KinProject      *project;
  KinSession      *session;
  gboolean         updating;
  char            *start_error;
  char            *end_error;

  GtkWidget       *scrolled;
  GtkWidget       *content;
  AdwEntryRow     *title_row;
  KinDateButton   *date_button;
  AdwEntryRow     *start_row;
  AdwEntryRow     *end_row;
  AdwEntryRow     *facilitator_row;
  GtkLabel        *time_error;
  KinAgendaEditor *agenda_editor;
  KinAgendaItemEditor *item_editor;
  KinActionList   *action_list;
  KinCaptureList  *capture_list;
};

G_DEFINE_FINAL_TYPE (KinSessionEditor, kin_session_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Times ------------------------------------------------------------------- */

static gboolean
parse_number (const char *text,
              gsize       length,
              guint      *value)
{
  *value = 0;
  if (length == 0)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }

  return TRUE;
}

/**
 * kin_session_editor_normalize_time:
 * @text: a time as someone might type it
 *
 * Reads a time of day written the ways people write one: "09:30", "9:30",
 * "9.30", "9h30", "930", "0930" or just "9".
 *
 * Returns: (transfer full) (nullable): the time as "HH:MM", "" when @text
 *   is empty or blank, or %NULL when it is not a time of day
 */
char *
kin_session_editor_normalize_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize length = strlen (stripped);
  const char *separator = strpbrk (stripped, ":.hH");
  guint hours, minutes = 0;

  if (length == 0)
    return g_strdup ("");

  if (separator != NULL)
    {
      gsize before = separator - stripped;
      gsize after = length - before - 1;

      if (before > 2 || after != 2 ||
          !parse_number (stripped, before, &hours) ||
          !parse_number (separator + 1, after, &minutes))
        return NULL;
    }
  else if (length <= 2)
    {
      if (!parse_number (stripped, length, &hours))
        return NULL;
    }
  else if (length <= 4)
    {
      if (!parse_number (stripped, length - 2, &hours) ||
          !parse_number (stripped + length - 2, 2, &minutes))
        return NULL;
    }
  else
    return NULL;

  if (hours > 23 || minutes > 59)
    return NULL;

  return g_strdup_printf ("%02u:%02u", hours, minutes);
}

static void
show_time_errors (KinSessionEditor *self)
{
  g_autoptr(GString) message = g_string_new (NULL);

  if (self->start_error != NULL)
    g_string_append (message, self->start_error);
  if (self->end_error != NULL)
    {
      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, self->end_error);
    }

  gtk_label_set_text (self->time_error, message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->time_error), message->len > 0);

  if (self->start_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
  if (self->end_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->end_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "error");
}

static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

/* Applies the time typed in @row to @property, or explains why it cannot. */
static void
commit_time (KinSessionEditor *self,
             AdwEntryRow      *row)
{
  gboolean is_start = row == self->start_row;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *time = kin_session_editor_normalize_time (text);
  char **error = is_start ? &self->start_error : &self->end_error;
  const char *current;

  if (self->updating || self->project == NULL || self->session == NULL)
    return;

  g_clear_pointer (error, g_free);

  if (time == NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      *error = g_strdup_printf (is_start
                                /* Translators: %s is what was typed as the start time. */
                                ? _("The start time “%s” is not a time of day. Write it as HH:MM, "
                                    "for example 09:30.")
                                /* Translators: %s is what was typed as the finish time. */
                                : _("The finish time “%s” is not a time of day. Write it as HH:MM, "
                                    "for example 16:30, or leave it empty."),
                                stripped);
      show_time_errors (self);
      return;
    }

  show_time_errors (self);

  current = is_start ? kin_session_get_start (self->session) : kin_session_get_end (self->session);
  if (g_strcmp0 (current != NULL ? current : "", time) != 0)
    {
      kin_project_begin_action (self->project, is_start ? _("Change Start Time") : _("Change Finish Time"));
      /* No finish time is stored as none at all. */
      kin_project_set (self->project, self->session,
                       is_start ? "start" : "end", (*time != '\0' || is_start) ? time : NULL,
                       NULL);
      kin_project_end_action (self->project);
    }

  /* Shows the time written the usual way, "9.30" as "09:30". */
  self->updating = TRUE;
  set_editable_text (GTK_EDITABLE (row), time);
  self->updating = FALSE;
}

static void
start_activated_cb (KinSessionEditor *self)
{
  commit_time (self, self->start_row);
}

static void
end_activated_cb (KinSessionEditor *self)
{
  commit_time (self, self->end_row);
}

static void
time_changed_cb (KinSessionEditor *self,
                 AdwEntryRow      *row)
{
  char **error = row == self->start_row ? &self->start_error : &self->end_error;
  g_autofree char *time = NULL;

  /* A half-typed time is not an error yet, but a corrected one is fixed.
   * An empty field is only a step on the way to typing the time again. */
  if (self->updating || *error == NULL)
    return;

  time = kin_session_editor_normalize_time (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (time != NULL && *time != '\0')
    {
      g_clear_pointer (error, g_free);
      show_time_errors (self);
    }
}

static void
time_focus_leave_cb (GtkEventControllerFocus *controller,
                     KinSessionEditor        *self)
{
  commit_time (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/**
 * kin_session_editor_commit:
 *
 * Applies the times typed and not applied yet, as leaving the fields does.
 */
void
kin_session_editor_commit (KinSessionEditor *self)
{
  g_return_if_fail (KIN_IS_SESSION_EDITOR (self));

  commit_time (self, self->start_row);
  commit_time (self, self->end_row);
}

/* Other fields ------------------------------------------------------------ */

static void
update_fields (KinSessionEditor *self)
{
  gboolean editable = self->project != NULL && self->session != NULL;

  gtk_widget_set_sensitive (self->content, editable);

  self->updating = TRUE;
  set_editable_text (GTK_EDITABLE (self->title_row),
                     editable ? kin_session_get_title (self->session) : "");
  kin_date_button_set_date (self->date_button, editable ? kin_session_get_date (self->session) : "");
  set_editable_text (GTK_EDITABLE (self->facilitator_row),
                     editable ? kin_session_get_facilitator (self->session) : "");
  self->updating = FALSE;
}

/* A time shown from the model replaces what was typed, and its error. */
static void
update_time (KinSessionEditor *self,
             AdwEntryRow      *row)
{
  gboolean is_start = row == self->start_row;
  const char *time = NULL;

  if (self->session != NULL)
    time = is_start ? kin_session_get_start (self->session) : kin_session_get_end (self->session);

  self->updating = TRUE;
  set_editable_text (GTK_EDITABLE (row), time);
  self->updating = FALSE;

  g_clear_pointer (is_start ? &self->start_error : &self->end_error, g_free);
  show_time_errors (self);
}

static void
session_notify_cb (KinSessionEditor *self,
                   GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "start"))
    update_time (self, self->start_row);
  else if (g_str_equal (pspec->name, "end"))
    update_time (self, self->end_row);
  else
    update_fields (self);
}

static void
edit_text (KinSessionEditor *self,
           const char       *property,
           AdwEntryRow      *row)
{
  if (self->updating || self->project == NULL || self->session == NULL)
    return;

  kin_project_set (self->project, self->session,
                   property, gtk_editable_get_text (GTK_EDITABLE (row)),
                   NULL);
}

static void
title_changed_cb (KinSessionEditor *self)
{
  edit_text (self, "title", self->title_row);
}

static void
facilitator_changed_cb (KinSessionEditor *self)
{
  edit_text (self, "facilitator", self->facilitator_row);
}

static void
date_picked_cb (KinSessionEditor *self)
{
  const char *date = kin_date_button_get_date (self->date_button);

  if (self->updating || self->project == NULL || self->session == NULL ||
      g_strcmp0 (date, kin_session_get_date (self->session)) == 0)
    return;

  kin_project_begin_action (self->project, _("Change Date"));
  kin_project_set (self->project, self->session, "date", date, NULL);
  kin_project_end_action (self->project);
}

/* The selected agenda item ------------------------------------------------ */

static void
agenda_selected_cb (KinSessionEditor *self)
{
  KinAgendaItem *item = self->agenda_editor != NULL ? kin_agenda_editor_get_selected (self->agenda_editor) : NULL;

  if (self->item_editor == NULL)
    return;

  kin_agenda_item_editor_set_item (self->item_editor, item);
  gtk_widget_set_visible (GTK_WIDGET (self->item_editor), item != NULL);
}

static void
item_activated_cb (KinSessionEditor *self,
                   KinAgendaItem    *item)
{
  /* In a narrow window the item editor is below the agenda; the focus
   * scrolls it into view. */
  kin_agenda_item_editor_focus_title (self->item_editor);
}

/* Object ------------------------------------------------------------------ */

static void
kin_session_editor_dispose (GObject *object)
{
  KinSessionEditor *self = KIN_SESSION_EDITOR (object);

  kin_session_editor_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_SESSION_EDITOR);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_session_editor_parent_class)->dispose (object);
}

static void
kin_session_editor_finalize (GObject *object)
{
  KinSessionEditor *self = KIN_SESSION_EDITOR (object);

  g_clear_pointer (&self->start_error, g_free);
  g_clear_pointer (&self->end_error, g_free);

  G_OBJECT_CLASS (kin_session_editor_parent_class)->finalize (object);
}

static void
kin_session_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KinSessionEditor *self = KIN_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_session_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KinSessionEditor *self = KIN_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_session_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      kin_session_editor_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_session_editor_class_init (KinSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_session_editor_dispose;
  object_class->finalize = kin_session_editor_finalize;
  object_class->get_property = kin_session_editor_get_property;
  object_class->set_property = kin_session_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         KIN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KIN_TYPE_DATE_BUTTON);
  g_type_ensure (KIN_TYPE_COLUMNS);
  g_type_ensure (KIN_TYPE_AGENDA_EDITOR);
  g_type_ensure (KIN_TYPE_AGENDA_ITEM_EDITOR);
  g_type_ensure (KIN_TYPE_ACTION_LIST);
  g_type_ensure (KIN_TYPE_CAPTURE_LIST);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, content);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, time_error);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, agenda_editor);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, item_editor);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, action_list);
  gtk_widget_class_bind_template_child (widget_class, KinSessionEditor, capture_list);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, facilitator_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, agenda_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
}

static void
watch_focus (KinSessionEditor *self,
             AdwEntryRow      *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (time_focus_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

static void
kin_session_editor_init (KinSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Z in these fields undoes the project's steps rather than the
   * field's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->start_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->end_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->facilitator_row), FALSE);

  watch_focus (self, self->start_row);
  watch_focus (self, self->end_row);

  update_fields (self);
}

KinProject *
kin_session_editor_get_project (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->project;
}

/**
 * kin_session_editor_set_project:
 * @project: (nullable): the project that holds the session
 */
void
kin_session_editor_set_project (KinSessionEditor *self,
                                KinProject       *project)
{
  g_return_if_fail (KIN_IS_SESSION_EDITOR (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  kin_agenda_editor_set_project (self->agenda_editor, project);
  kin_agenda_item_editor_set_project (self->item_editor, project);
  kin_action_list_set_project (self->action_list, project);
  kin_capture_list_set_project (self->capture_list, project);
  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_session_editor_get_session:
 *
 * Returns: (transfer none) (nullable): the session being edited
 */
KinSession *
kin_session_editor_get_session (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}

/**
 * kin_session_editor_set_session:
 * @session: (nullable): a session of the project
 */
void
kin_session_editor_set_session (KinSessionEditor *self,
                                KinSession       *session)
{
  g_return_if_fail (KIN_IS_SESSION_EDITOR (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, session_notify_cb, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify", G_CALLBACK (session_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* Disposing clears the children before the session. */
  if (self->agenda_editor != NULL)
    {
      kin_agenda_editor_set_session (self->agenda_editor, session);
      kin_action_list_set_session (self->action_list, session);
      kin_capture_list_set_session (self->capture_list, session);
      update_fields (self);
      update_time (self, self->start_row);
      update_time (self, self->end_row);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * kin_session_editor_focus_title:
 *
 * Moves the keyboard focus to the session's title.
 */
void
kin_session_editor_focus_title (KinSessionEditor *self)
{
  g_return_if_fail (KIN_IS_SESSION_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

KinAgendaEditor *
kin_session_editor_get_agenda_editor (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->agenda_editor;
}

/**
 * kin_session_editor_get_item_editor:
 *
 * Returns: (transfer none): the editor of the selected agenda item
 */
KinAgendaItemEditor *
kin_session_editor_get_item_editor (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->item_editor;
}

KinActionList *
kin_session_editor_get_action_list (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->action_list;
}

KinCaptureList *
kin_session_editor_get_capture_list (KinSessionEditor *self)
{
  g_return_val_if_fail (KIN_IS_SESSION_EDITOR (self), NULL);

  return self->capture_list;
}
