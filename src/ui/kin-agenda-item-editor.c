/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-agenda-item-editor.h"
#include "kin-agenda-kinds.h"

/* The editor of one agenda item: its title, kind, what it uses (the deck,
 * board, assessment or journey map, for those kinds), its timebox and the
 * facilitator's notes. Every edit is an undoable step of the project;
 * typing in one field merges into one step. The editor follows the item, so
 * undo shows up in it at once. */

#define MINUTES_MAX 480

struct _KinAgendaItemEditor
{
  GtkWidget      parent_instance;

  KinProject    *project;
  KinAgendaItem *item;
  GListModel    *targets;
  GPtrArray     *target_ids;
  gboolean       updating;

  GtkWidget      *content;
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *target_row;
  GtkSpinButton  *minutes_spin;
  GtkAdjustment  *minutes_adjustment;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (KinAgendaItemEditor, kin_agenda_item_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_targets (KinAgendaItemEditor *self);

static char *
get_notes_text (KinAgendaItemEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_fields (KinAgendaItemEditor *self)
{
  gboolean editable = self->project != NULL && self->item != NULL;
  g_autofree char *notes = NULL;
  const char *text;
  int minutes;

  gtk_widget_set_sensitive (self->content, editable);
  if (!editable)
    return;

  self->updating = TRUE;

  text = kin_agenda_item_get_title (self->item);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), text);

  adw_combo_row_set_selected (self->kind_row, kin_agenda_item_get_kind (self->item));

  /* A longer timebox from the file is shown as it is, not cut down. */
  minutes = kin_agenda_item_get_minutes (self->item);
  gtk_adjustment_set_upper (self->minutes_adjustment, MAX (MINUTES_MAX, minutes));
  gtk_spin_button_set_value (self->minutes_spin, minutes);

  notes = get_notes_text (self);
  text = kin_agenda_item_get_notes (self->item);
  if (g_strcmp0 (notes, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), text, -1);

  self->updating = FALSE;

  update_targets (self);
}

/* What the item uses ------------------------------------------------------ */

static void
targets_changed_cb (KinAgendaItemEditor *self)
{
  update_targets (self);
}

static void
watch_targets (KinAgendaItemEditor *self,
               GListModel          *targets)
{
  if (self->targets == targets)
    return;

  if (self->targets != NULL)
    g_signal_handlers_disconnect_by_func (self->targets, targets_changed_cb, self);
  self->targets = targets;
  if (targets != NULL)
    g_signal_connect_object (targets, "items-changed", G_CALLBACK (targets_changed_cb),
                             self, G_CONNECT_SWAPPED);
}

/* Whether the row already offers exactly these names. */
static gboolean
same_names (AdwComboRow *row,
            GPtrArray   *names)
{
  GListModel *model = adw_combo_row_get_model (row);

  if (model == NULL || g_list_model_get_n_items (model) != names->len)
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (name), g_ptr_array_index (names, i)) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
update_targets (KinAgendaItemEditor *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  KinAgendaKind kind;
  GListModel *targets;
  const char *ref;
  guint selected = 0;
  guint n;

  if (self->item == NULL || self->project == NULL)
    {
      watch_targets (self, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->target_row), FALSE);
      return;
    }

  kind = kin_agenda_item_get_kind (self->item);
  targets = kin_agenda_kind_get_targets (kind, self->project);
  watch_targets (self, targets);
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), targets != NULL);
  if (targets == NULL)
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row),
                                 kin_agenda_kind_get_target_label (kind));

  ref = kin_agenda_item_get_ref (self->item);
  g_ptr_array_set_size (self->target_ids, 0);
  g_ptr_array_add (names, g_strdup (_("None")));
  n = g_list_model_get_n_items (targets);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinObject) target = g_list_model_get_item (targets, i);
      g_autofree char *title = NULL;

      g_object_get (target, "title", &title, NULL);
      g_ptr_array_add (names, g_strdup (title != NULL && *title != '\0' ? title : _("Untitled")));
      g_ptr_array_add (self->target_ids, g_strdup (kin_object_get_id (target)));
      if (g_strcmp0 (ref, kin_object_get_id (target)) == 0)
        selected = i + 1;
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->target_row),
                               n == 0 ? _("There are none in this project yet") : NULL);

  self->updating = TRUE;
  /* The model is only replaced when the names differ: this runs while the
   * row's own choice is being made, and its model must outlive that. */
  if (!same_names (self->target_row, names))
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      for (guint i = 0; i < names->len; i++)
        gtk_string_list_append (list, g_ptr_array_index (names, i));
      adw_combo_row_set_model (self->target_row, G_LIST_MODEL (list));
    }
  adw_combo_row_set_selected (self->target_row, selected);
  self->updating = FALSE;
}

/* Edits ------------------------------------------------------------------- */

static gboolean
can_edit (KinAgendaItemEditor *self)
{
  return !self->updating && self->project != NULL && self->item != NULL;
}

/* A new item's title names its kind; a title still like that is replaced
 * when the item gets a better name, and one the user wrote is kept. */
static gboolean
title_is_default (KinAgendaItemEditor *self)
{
  const char *title = kin_agenda_item_get_title (self->item);

  return *title == '\0' ||
         g_strcmp0 (title, kin_agenda_kind_get_new_title (kin_agenda_item_get_kind (self->item))) == 0;
}

static void
title_changed_cb (KinAgendaItemEditor *self)
{
  if (!can_edit (self))
    return;

  kin_project_set (self->project, self->item,
                   "title", gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                   NULL);
}

static void
kind_selected_cb (KinAgendaItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  gboolean rename;

  if (!can_edit (self) || selected >= KIN_N_AGENDA_KINDS ||
      selected == (guint) kin_agenda_item_get_kind (self->item))
    return;

  rename = title_is_default (self);

  /* What the item used belongs to the old kind: a board is not a deck. */
  kin_project_begin_action (self->project, _("Change Kind"));
  kin_project_set (self->project, self->item, "kind", (KinAgendaKind) selected, "ref", NULL, NULL);
  if (rename)
    kin_project_set (self->project, self->item,
                     "title", kin_agenda_kind_get_new_title (selected), NULL);
  kin_project_end_action (self->project);
}

static void
target_selected_cb (KinAgendaItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);
  const char *ref = NULL;
  g_autofree char *title = NULL;
  gboolean rename;

  if (!can_edit (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected > 0 && selected <= self->target_ids->len)
    ref = g_ptr_array_index (self->target_ids, selected - 1);
  if (g_strcmp0 (ref, kin_agenda_item_get_ref (self->item)) == 0)
    return;

  rename = ref != NULL && title_is_default (self);
  if (rename)
    {
      g_autoptr(GObject) target = g_list_model_get_item (self->targets, selected - 1);

      g_object_get (target, "title", &title, NULL);
    }

  kin_project_begin_action (self->project, _("Change Linked Item"));
  kin_project_set (self->project, self->item, "ref", ref, NULL);
  if (title != NULL && *title != '\0')
    kin_project_set (self->project, self->item, "title", title, NULL);
  kin_project_end_action (self->project);
}

static void
minutes_changed_cb (KinAgendaItemEditor *self)
{
  int minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);

  if (!can_edit (self) || minutes == kin_agenda_item_get_minutes (self->item))
    return;

  kin_project_begin_action (self->project, _("Change Timebox"));
  kin_project_set (self->project, self->item, "minutes", minutes, NULL);
  kin_project_end_action (self->project);
}

static void
notes_changed_cb (KinAgendaItemEditor *self)
{
  g_autofree char *notes = NULL;

  if (!can_edit (self))
    return;

  notes = get_notes_text (self);
  kin_project_set (self->project, self->item, "notes", notes, NULL);
}

/* Object ------------------------------------------------------------------ */

static void
kin_agenda_item_editor_dispose (GObject *object)
{
  KinAgendaItemEditor *self = KIN_AGENDA_ITEM_EDITOR (object);

  kin_agenda_item_editor_set_item (self, NULL);
  watch_targets (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_AGENDA_ITEM_EDITOR);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_agenda_item_editor_parent_class)->dispose (object);
}

static void
kin_agenda_item_editor_finalize (GObject *object)
{
  KinAgendaItemEditor *self = KIN_AGENDA_ITEM_EDITOR (object);

  g_clear_pointer (&self->target_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (kin_agenda_item_editor_parent_class)->finalize (object);
}

static void
kin_agenda_item_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KinAgendaItemEditor *self = KIN_AGENDA_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_item_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KinAgendaItemEditor *self = KIN_AGENDA_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_agenda_item_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      kin_agenda_item_editor_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_item_editor_class_init (KinAgendaItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_agenda_item_editor_dispose;
  object_class->finalize = kin_agenda_item_editor_finalize;
  object_class->get_property = kin_agenda_item_editor_get_property;
  object_class->set_property = kin_agenda_item_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KIN_TYPE_AGENDA_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-agenda-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, content);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, minutes_adjustment);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaItemEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, minutes_changed_cb);
}

static void
kin_agenda_item_editor_init (KinAgendaItemEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->target_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  for (int kind = 0; kind < KIN_N_AGENDA_KINDS; kind++)
    gtk_string_list_append (kinds, kin_agenda_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  self->updating = FALSE;

  /* Ctrl+Z undoes the project's steps, which already hold each burst of
   * typing, rather than the field's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->notes_view), FALSE);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);

  update_fields (self);
  update_targets (self);
}

KinProject *
kin_agenda_item_editor_get_project (KinAgendaItemEditor *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM_EDITOR (self), NULL);

  return self->project;
}

/**
 * kin_agenda_item_editor_set_project:
 * @project: (nullable): the project that holds the item
 */
void
kin_agenda_item_editor_set_project (KinAgendaItemEditor *self,
                                    KinProject          *project)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM_EDITOR (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  update_fields (self);
  update_targets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_agenda_item_editor_get_item:
 *
 * Returns: (transfer none) (nullable): the item being edited
 */
KinAgendaItem *
kin_agenda_item_editor_get_item (KinAgendaItemEditor *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM_EDITOR (self), NULL);

  return self->item;
}

/**
 * kin_agenda_item_editor_set_item:
 * @item: (nullable): the agenda item to edit
 */
void
kin_agenda_item_editor_set_item (KinAgendaItemEditor *self,
                                 KinAgendaItem       *item)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM_EDITOR (self));
  g_return_if_fail (item == NULL || KIN_IS_AGENDA_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (update_fields), self, G_CONNECT_SWAPPED);

  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * kin_agenda_item_editor_focus_title:
 *
 * Moves the keyboard focus to the item's title, ready to type over it.
 */
void
kin_agenda_item_editor_focus_title (KinAgendaItemEditor *self)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
