/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-agenda-editor.h"
#include "kin-agenda-kinds.h"
#include "kin-agenda-row.h"
#include "kin-list-rows.h"
#include "kin-undo-toast.h"

/* A session's agenda: one row per item with the time it starts, the total
 * and the time the agenda ends, and a warning when it runs past the time
 * the session must finish by. Items are added from a menu of kinds,
 * duplicated, deleted (with an undo toast) and moved by dragging or with
 * Alt+Up and Alt+Down. The selected item is a property, for an item editor
 * beside the list; activating a row (Enter or a double click) asks for it
 * to be edited. Start times depend on
 * every item before, so they are worked out again after each change to the
 * project, which is cheap for an agenda. */

struct _KinAgendaEditor
{
  GtkWidget            parent_instance;

  KinProject          *project;
  KinSession          *session;
  KinAgendaItem       *selected;
  GListModel          *bound_agenda;
  gboolean             selecting;

  GtkWidget           *content;
  GtkListBox          *list_box;
  GtkLabel            *summary_label;
  GtkWidget           *overrun_box;
  GtkLabel            *overrun_label;
};

G_DEFINE_FINAL_TYPE (KinAgendaEditor, kin_agenda_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  PROP_SELECTED,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GListModel *
get_agenda (KinAgendaEditor *self)
{
  return self->session != NULL ? kin_session_get_agenda (self->session) : NULL;
}

static guint
n_items (KinAgendaEditor *self)
{
  GListModel *agenda = get_agenda (self);

  return agenda != NULL ? g_list_model_get_n_items (agenda) : 0;
}

static gboolean
find_item (KinAgendaEditor *self,
           KinAgendaItem   *item,
           guint           *position)
{
  return kin_list_model_find (get_agenda (self), item, position);
}

static gboolean
can_edit (KinAgendaEditor *self)
{
  return self->project != NULL && self->session != NULL;
}

/* What the agenda shows ---------------------------------------------------- */

static void
update_actions (KinAgendaEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint position = 0;
  gboolean has_selection = can_edit (self) && find_item (self, self->selected, &position);
  guint n = n_items (self);

  gtk_widget_action_set_enabled (widget, "agenda.add", can_edit (self));
  gtk_widget_action_set_enabled (widget, "agenda.duplicate", has_selection);
  gtk_widget_action_set_enabled (widget, "agenda.delete", has_selection);
  gtk_widget_action_set_enabled (widget, "agenda.move-up", has_selection && position > 0);
  gtk_widget_action_set_enabled (widget, "agenda.move-down", has_selection && position + 1 < n);
}

static void
update_times (KinAgendaEditor *self)
{
  guint i = 0;

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (self->list_box, ++i))
    {
      kin_agenda_row_set_start (KIN_AGENDA_ROW (row),
                                self->session != NULL ? kin_session_get_item_start (self->session, i) : -1);
      /* The deck or board an item uses may have a new title. */
      kin_agenda_row_refresh (KIN_AGENDA_ROW (row));
    }
}

static char *
format_end (int end)
{
  g_autofree char *time = kin_hhmm_format (end);

  if (end >= 24 * 60)
    /* Translators: %s is a time such as 00:15, after midnight. */
    return g_strdup_printf (_("Ends at %s the next day"), time);

  /* Translators: %s is a time such as 11:45. */
  return g_strdup_printf (_("Ends at %s"), time);
}

static void
update_summary (KinAgendaEditor *self)
{
  guint n = n_items (self);
  g_autofree char *total = NULL;
  g_autofree char *summary = NULL;
  int minutes, end, overrun;

  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n > 0);
  if (n == 0)
    {
      gtk_widget_set_visible (self->overrun_box, FALSE);
      return;
    }

  minutes = kin_session_get_total_minutes (self->session);
  end = kin_session_get_end_minutes (self->session);
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Total %d minute", "Total %d minutes", minutes),
                           minutes);

  if (end >= 0)
    {
      g_autofree char *ends = format_end (end);

      /* Translators: the total length of an agenda and when it ends. */
      summary = g_strdup_printf (_("%s · %s"), total, ends);
    }
  else
    /* Translators: %s is the total, such as "Total 105 minutes". */
    summary = g_strdup_printf (_("%s · Set a start time to see when each item starts"), total);
  gtk_label_set_text (self->summary_label, summary);

  overrun = kin_session_get_overrun_minutes (self->session);
  gtk_widget_set_visible (self->overrun_box, overrun > 0);
  if (overrun > 0)
    {
      g_autofree char *limit = kin_hhmm_format (kin_hhmm_parse (kin_session_get_end (self->session)));
      g_autofree char *warning =
        /* Translators: %d is a number of minutes, %s the time the session
         * must finish by, such as 11:30. */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The agenda runs %d minute past %s",
                                      "The agenda runs %d minutes past %s", overrun),
                         overrun, limit);

      gtk_label_set_text (self->overrun_label, warning);
    }
}

static void
update_all (KinAgendaEditor *self)
{
  update_times (self);
  update_summary (self);
  update_actions (self);
}

/* Rows -------------------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         KinAgendaRow  *row)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (GTK_WIDGET (row), KIN_TYPE_AGENDA_EDITOR);
  KinAgendaItem *dropped = g_value_get_object (value);
  guint from, to;

  if (ancestor == NULL || dropped == NULL ||
      !find_item (KIN_AGENDA_EDITOR (ancestor), dropped, &from) ||
      !find_item (KIN_AGENDA_EDITOR (ancestor), kin_agenda_row_get_item (row), &to))
    return FALSE;

  kin_agenda_editor_move_item (KIN_AGENDA_EDITOR (ancestor), dropped, to);
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KinAgendaEditor *self = user_data;
  GtkWidget *row = kin_agenda_row_new (self->project, item);
  GtkDropTarget *target = gtk_drop_target_new (KIN_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);

  kin_list_row_set_draggable (row, KIN_TYPE_AGENDA_ITEM, item);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

/* Selection --------------------------------------------------------------- */

static void
set_selected (KinAgendaEditor *self,
              KinAgendaItem   *item)
{
  if (g_set_object (&self->selected, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
show_selected (KinAgendaEditor *self)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (find_item (self, self->selected, &position))
    row = gtk_list_box_get_row_at_index (self->list_box, position);
  if (row == NULL)
    set_selected (self, NULL);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->list_box, row);
  self->selecting = FALSE;

  update_actions (self);
}

/**
 * kin_agenda_editor_select:
 * @item: (nullable): an item of the agenda
 *
 * Selects @item and shows it in the item editor.
 */
void
kin_agenda_editor_select (KinAgendaEditor *self,
                          KinAgendaItem   *item)
{
  g_return_if_fail (KIN_IS_AGENDA_EDITOR (self));
  g_return_if_fail (item == NULL || KIN_IS_AGENDA_ITEM (item));

  set_selected (self, item);
  show_selected (self);
}

static void
row_selected_cb (KinAgendaEditor *self,
                 GtkListBoxRow   *row)
{
  if (self->selecting || row == NULL)
    return;

  set_selected (self, kin_agenda_row_get_item (KIN_AGENDA_ROW (row)));
  update_actions (self);
}

static void
row_activated_cb (KinAgendaEditor *self,
                  GtkListBoxRow   *row)
{
  kin_agenda_editor_select (self, kin_agenda_row_get_item (KIN_AGENDA_ROW (row)));
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, kin_agenda_row_get_item (KIN_AGENDA_ROW (row)));
}

static void
agenda_changed_cb (KinAgendaEditor *self,
                   guint            position,
                   guint            removed,
                   guint            added,
                   GListModel      *agenda)
{
  /* Changed rows are made again, which loses the selection: the same item
   * is selected again or, when it went, the one that took its place. */
  if (!find_item (self, self->selected, NULL))
    {
      g_autoptr(KinAgendaItem) next = kin_list_model_dup_near (agenda, position);

      set_selected (self, next);
    }

  show_selected (self);
  update_all (self);
}

static void
project_changed_cb (KinAgendaEditor *self)
{
  update_all (self);
}

/* Actions ----------------------------------------------------------------- */

static guint
insert_position (KinAgendaEditor *self)
{
  guint position;

  if (find_item (self, self->selected, &position))
    return position + 1;

  return n_items (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (widget);
  g_autoptr(KinAgendaItem) item = NULL;
  GListModel *targets;
  int kind;

  if (!can_edit (self) ||
      !kin_enum_from_nick (KIN_TYPE_AGENDA_KIND, g_variant_get_string (parameter, NULL), &kind))
    return;

  item = kin_agenda_item_new ();
  kin_agenda_item_set_kind (item, kind);
  kin_agenda_item_set_title (item, kin_agenda_kind_get_new_title (kind));
  kin_agenda_item_set_minutes (item, kin_agenda_kind_get_new_minutes (kind));

  /* With only one deck (or board...) to choose from, there is nothing to
   * choose: the item uses it. */
  targets = kin_agenda_kind_get_targets (kind, self->project);
  if (targets != NULL && g_list_model_get_n_items (targets) == 1)
    {
      g_autoptr(KinObject) target = g_list_model_get_item (targets, 0);
      g_autofree char *title = NULL;

      g_object_get (target, "title", &title, NULL);
      kin_agenda_item_set_ref (item, kin_object_get_id (target));
      if (title != NULL && *title != '\0')
        kin_agenda_item_set_title (item, title);
    }

  kin_project_begin_action (self->project, _("Add Agenda Item"));
  kin_project_insert (self->project, get_agenda (self), insert_position (self), item);
  kin_project_end_action (self->project);

  kin_agenda_editor_select (self, item);
  /* A new item is named first. */
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (widget);
  KinAgendaItem *original = self->selected;
  g_autoptr(KinAgendaItem) copy = NULL;
  guint position;

  if (!can_edit (self) || !find_item (self, original, &position))
    return;

  /* The plan is copied; when the original ran while presenting is not. */
  copy = kin_agenda_item_new ();
  kin_agenda_item_set_kind (copy, kin_agenda_item_get_kind (original));
  kin_agenda_item_set_ref (copy, kin_agenda_item_get_ref (original));
  kin_agenda_item_set_title (copy, kin_agenda_item_get_title (original));
  kin_agenda_item_set_minutes (copy, kin_agenda_item_get_minutes (original));
  kin_agenda_item_set_notes (copy, kin_agenda_item_get_notes (original));

  kin_project_begin_action (self->project, _("Duplicate Agenda Item"));
  kin_project_insert (self->project, get_agenda (self), position + 1, copy);
  kin_project_end_action (self->project);

  kin_agenda_editor_select (self, copy);
  kin_list_box_focus_selected_row (self->list_box);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (widget);
  GListModel *captures;
  g_autofree char *id = NULL;
  gboolean had_focus;
  guint position;

  if (!can_edit (self) || !find_item (self, self->selected, &position))
    return;

  id = g_strdup (kin_object_get_id (KIN_OBJECT (self->selected)));
  had_focus = kin_list_box_has_focus (self->list_box);
  captures = kin_session_get_captures (self->session);

  kin_project_begin_action (self->project, _("Delete Agenda Item"));
  kin_project_remove (self->project, get_agenda (self), position);
  /* What was captured during the item is kept, no longer tied to it. */
  for (guint i = 0; i < g_list_model_get_n_items (captures); i++)
    {
      g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i);

      if (g_strcmp0 (kin_capture_get_item (capture), id) == 0)
        kin_project_set (self->project, capture, "item", NULL, NULL);
    }
  kin_project_end_action (self->project);

  if (had_focus)
    kin_list_box_focus_selected_row (self->list_box);

  kin_undo_toast_show (widget, self->project, _("Agenda item deleted"));
}

/**
 * kin_agenda_editor_move_item:
 * @item: an item of the agenda
 * @to: its position after the move
 *
 * Moves an item as one undoable step, as dragging it does.
 */
void
kin_agenda_editor_move_item (KinAgendaEditor *self,
                             KinAgendaItem   *item,
                             guint            to)
{
  gboolean had_focus;
  guint from;

  g_return_if_fail (KIN_IS_AGENDA_EDITOR (self));

  if (!can_edit (self) || !find_item (self, item, &from) || to >= n_items (self) || from == to)
    return;

  had_focus = kin_list_box_has_focus (self->list_box);
  set_selected (self, item);

  kin_project_begin_action (self->project, _("Move Agenda Item"));
  kin_project_move (self->project, get_agenda (self), from, to);
  kin_project_end_action (self->project);

  show_selected (self);
  /* The moved row is a new widget; the keys keep working on it. */
  if (had_focus)
    kin_list_box_focus_selected_row (self->list_box);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (widget);
  gboolean up = g_str_equal (action_name, "agenda.move-up");
  guint position;

  if (!find_item (self, self->selected, &position) || (up && position == 0))
    return;

  kin_agenda_editor_move_item (self, self->selected, up ? position - 1 : position + 1);
}

/* Object ------------------------------------------------------------------ */

static void
bind_agenda (KinAgendaEditor *self)
{
  GListModel *agenda = can_edit (self) ? get_agenda (self) : NULL;
  g_autoptr(KinAgendaItem) first = NULL;

  if (self->bound_agenda != NULL)
    g_signal_handlers_disconnect_by_func (self->bound_agenda, agenda_changed_cb, self);
  g_clear_object (&self->bound_agenda);

  if (agenda != NULL)
    {
      gtk_list_box_bind_model (self->list_box, agenda, create_row, self, NULL);
      /* Connected after the list box's own handler, so that the rows exist
       * when the times are worked out. */
      self->bound_agenda = g_object_ref (agenda);
      g_signal_connect_object (agenda, "items-changed", G_CALLBACK (agenda_changed_cb),
                               self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (agenda) > 0)
        first = g_list_model_get_item (agenda, 0);
    }
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  set_selected (self, first);

  gtk_widget_set_sensitive (self->content, can_edit (self));
  show_selected (self);
  update_all (self);
}

static void
kin_agenda_editor_dispose (GObject *object)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (object);

  kin_agenda_editor_set_session (self, NULL);
  kin_agenda_editor_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_AGENDA_EDITOR);

  G_OBJECT_CLASS (kin_agenda_editor_parent_class)->dispose (object);
}

static void
kin_agenda_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KinAgendaEditor *self = KIN_AGENDA_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_agenda_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      kin_agenda_editor_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_editor_class_init (KinAgendaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_agenda_editor_dispose;
  object_class->get_property = kin_agenda_editor_get_property;
  object_class->set_property = kin_agenda_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         KIN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         KIN_TYPE_AGENDA_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinAgendaEditor::item-activated:
   * @item: the agenda item
   *
   * The user asked to edit @item: pressed Enter on its row, double-clicked
   * it, or has just added it.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KIN_TYPE_AGENDA_ITEM);

  gtk_widget_class_install_action (widget_class, "agenda.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", NULL, move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "agenda.move-down", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-agenda-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinAgendaEditor, content);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaEditor, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaEditor, overrun_box);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaEditor, overrun_label);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
kin_agenda_editor_init (KinAgendaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Delete takes out the selected item only from the list itself, never
   * while typing in the item's fields. */
  kin_list_box_add_shortcut (self->list_box, GDK_KEY_Delete, 0, "agenda.delete");

  bind_agenda (self);
}

KinProject *
kin_agenda_editor_get_project (KinAgendaEditor *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_EDITOR (self), NULL);

  return self->project;
}

/**
 * kin_agenda_editor_set_project:
 * @project: (nullable): the project that holds the session
 */
void
kin_agenda_editor_set_project (KinAgendaEditor *self,
                               KinProject      *project)
{
  g_return_if_fail (KIN_IS_AGENDA_EDITOR (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, project_changed_cb, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                             self, G_CONNECT_SWAPPED);

  bind_agenda (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_agenda_editor_get_session:
 *
 * Returns: (transfer none) (nullable): the session whose agenda is shown
 */
KinSession *
kin_agenda_editor_get_session (KinAgendaEditor *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_EDITOR (self), NULL);

  return self->session;
}

/**
 * kin_agenda_editor_set_session:
 * @session: (nullable): a session of the project
 */
void
kin_agenda_editor_set_session (KinAgendaEditor *self,
                               KinSession      *session)
{
  g_return_if_fail (KIN_IS_AGENDA_EDITOR (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  if (self->session == session)
    return;

  g_set_object (&self->session, session);
  bind_agenda (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * kin_agenda_editor_get_selected:
 *
 * Returns: (transfer none) (nullable): the item in the item editor
 */
KinAgendaItem *
kin_agenda_editor_get_selected (KinAgendaEditor *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_EDITOR (self), NULL);

  return self->selected;
}
