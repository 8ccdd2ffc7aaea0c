/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-card-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-card-preview.h"
#include "kin-card-editor.h"
#include "kin-color-dot.h"
#include "kin-string-list-group.h"

/* The editor of one conversation card: title, principle, minutes, prompt
 * and follow-up questions, with a live preview drawn by the renderer that
 * prints and projects the card. Every edit goes through the project's
 * undoable API; typing into the title or the prompt merges into one step
 * in the model, and the follow-ups are reported after a pause in typing
 * (see KinStringListGroup).
 */

struct _KinCardEditor
{
  GtkWidget           parent_instance;

  KinProject         *project;
  KinCard            *card;
  /* What the principle row offers: "None", then the project's principles. */
  GListStore         *choices;
  guint               preview_id;
  gboolean            updating;

  /* Template widgets */
  GtkWidget          *preferences_page;
  KinCardPreview     *preview;
  AdwEntryRow        *title_row;
  AdwComboRow        *principle_row;
  GtkSpinButton      *minutes_spin;
  GtkTextView        *prompt_view;
  KinStringListGroup *follow_ups_group;
};

G_DEFINE_FINAL_TYPE (KinCardEditor, kin_card_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
editable (KinCardEditor *self)
{
  return self->project != NULL && self->card != NULL;
}

/* Preview ----------------------------------------------------------------- */

static gboolean
update_preview_cb (gpointer data)
{
  KinCardEditor *self = data;
  g_autoptr(KinCardFace) face = NULL;

  self->preview_id = 0;

  if (editable (self))
    face = kin_card_face_new_conversation (self->project, self->card);
  kin_card_preview_set_face (self->preview, face);

  return G_SOURCE_REMOVE;
}

/* A burst of edits builds the face once. */
static void
queue_preview (KinCardEditor *self)
{
  if (self->preview_id == 0)
    self->preview_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_preview_cb, self, NULL);
}

/* Principle --------------------------------------------------------------- */

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = kin_color_dot_new (12);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static gboolean
principle_name_to_label (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      data)
{
  const char *name = g_value_get_string (from);

  g_value_set_string (to, name != NULL && *name != '\0' ? name : _("Untitled Principle"));
  return TRUE;
}

static void
principle_color_changed_cb (KinPrinciple *principle,
                            GParamSpec   *pspec,
                            GtkWidget    *dot)
{
  kin_color_dot_set_color (dot, kin_principle_get_color (principle));
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GObject *choice = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *dot = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);

  if (KIN_IS_PRINCIPLE (choice))
    {
      GBinding *binding = g_object_bind_property_full (choice, "name", label, "label",
                                                       G_BINDING_SYNC_CREATE,
                                                       principle_name_to_label, NULL,
                                                       NULL, NULL);

      g_object_set_data (G_OBJECT (item), "kin-binding", binding);
      kin_color_dot_set_color (dot, kin_principle_get_color (KIN_PRINCIPLE (choice)));
      g_signal_connect_object (choice, "notify::color",
                               G_CALLBACK (principle_color_changed_cb), dot, 0);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (GTK_STRING_OBJECT (choice)));
      kin_color_dot_set_color (dot, NULL);
    }
}

static void
choice_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GObject *choice = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *dot = gtk_widget_get_first_child (box);
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "kin-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  if (choice != NULL)
    g_signal_handlers_disconnect_by_data (choice, dot);
}

/* Selects the card's principle in the row. A principle id that names no
 * principle (a broken reference) shows as "None" but is left alone. */
static void
show_principle (KinCardEditor *self)
{
  const char *id = editable (self) ? kin_card_get_principle (self->card) : NULL;
  guint selected = 0;

  for (guint i = 1; id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->choices)); i++)
    {
      g_autoptr(GObject) choice = g_list_model_get_item (G_LIST_MODEL (self->choices), i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (choice)), id) == 0)
        {
          selected = i;
          break;
        }
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->principle_row, selected);
  self->updating = FALSE;
}

/* The choices are a copy of the project's list rather than a view of it,
 * so that the row's selection never moves by itself when principles are
 * added or removed: only the user's choice writes to the card. */
static void
sync_choices (KinCardEditor *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *principles = self->project != NULL ? kin_project_get_principles (self->project) : NULL;

  g_ptr_array_add (items, gtk_string_object_new (_("None")));
  for (guint i = 0; principles != NULL && i < g_list_model_get_n_items (principles); i++)
    g_ptr_array_add (items, g_list_model_get_item (principles, i));

  self->updating = TRUE;
  g_list_store_splice (self->choices, 0, g_list_model_get_n_items (G_LIST_MODEL (self->choices)),
                       items->pdata, items->len);
  self->updating = FALSE;

  show_principle (self);
}

static void
principle_selected_cb (KinCardEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->principle_row);
  g_autoptr(GObject) choice = NULL;
  const char *id = NULL;

  if (self->updating || !editable (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  choice = g_list_model_get_item (G_LIST_MODEL (self->choices), selected);
  if (KIN_IS_PRINCIPLE (choice))
    id = kin_object_get_id (KIN_OBJECT (choice));

  /* A choice is a step of its own: unlike typing, two choices in a row
   * must not merge. */
  kin_project_begin_action (self->project, NULL);
  kin_project_set (self->project, self->card, "principle", id, NULL);
  kin_project_end_action (self->project);
}

/* Fields ------------------------------------------------------------------ */

static void
set_entry_text (GtkEditable *editable,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static void
show_prompt (KinCardEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->prompt_view);
  const char *prompt = editable (self) ? kin_card_get_prompt (self->card) : "";
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, prompt) != 0)
    gtk_text_buffer_set_text (buffer, prompt, -1);
}

static void
show_minutes (KinCardEditor *self)
{
  int minutes = editable (self) ? kin_card_get_minutes (self->card) : 3;

  if ((int) gtk_spin_button_get_value (self->minutes_spin) != minutes)
    gtk_spin_button_set_value (self->minutes_spin, minutes);
}

static void
show_follow_ups (KinCardEditor *self)
{
  kin_string_list_group_set_strings (self->follow_ups_group,
                                     editable (self) ? kin_card_get_follow_ups (self->card) : NULL);
}

static void
update_fields (KinCardEditor *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self), editable (self));

  /* Showing the model must not feed back into it. */
  self->updating = TRUE;
  set_entry_text (GTK_EDITABLE (self->title_row), editable (self) ? kin_card_get_title (self->card) : "");
  show_prompt (self);
  show_minutes (self);
  self->updating = FALSE;

  show_principle (self);
  show_follow_ups (self);
  queue_preview (self);
}

static void
card_notify_cb (KinCardEditor *self,
                GParamSpec    *pspec)
{
  if (g_str_equal (pspec->name, "follow-ups"))
    show_follow_ups (self);
  else if (g_str_equal (pspec->name, "principle"))
    show_principle (self);
  else
    {
      self->updating = TRUE;
      if (g_str_equal (pspec->name, "title"))
        set_entry_text (GTK_EDITABLE (self->title_row), kin_card_get_title (self->card));
      else if (g_str_equal (pspec->name, "prompt"))
        show_prompt (self);
      else if (g_str_equal (pspec->name, "minutes"))
        show_minutes (self);
      self->updating = FALSE;
    }

  queue_preview (self);
}

static void
title_changed_cb (KinCardEditor *self)
{
  if (self->updating || !editable (self))
    return;

  kin_project_set (self->project, self->card,
                   "title", gtk_editable_get_text (GTK_EDITABLE (self->title_row)), NULL);
}

static void
prompt_changed_cb (KinCardEditor *self,
                   GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || !editable (self))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  kin_project_set (self->project, self->card, "prompt", text, NULL);
}

static void
minutes_changed_cb (KinCardEditor *self)
{
  if (self->updating || !editable (self))
    return;

  kin_project_set (self->project, self->card,
                   "minutes", gtk_spin_button_get_value_as_int (self->minutes_spin), NULL);
}

static void
follow_ups_edited_cb (KinCardEditor      *self,
                      KinStringListEdit   edit,
                      const char * const *follow_ups)
{
  const char *label = NULL;

  if (!editable (self))
    return;

  switch (edit)
    {
    case KIN_STRING_LIST_EDIT_ADD:
      label = _("Add Follow-up Question");
      break;

    case KIN_STRING_LIST_EDIT_REMOVE:
      label = _("Remove Follow-up Question");
      break;

    case KIN_STRING_LIST_EDIT_MOVE:
      label = _("Move Follow-up Question");
      break;

    case KIN_STRING_LIST_EDIT_TEXT:
    default:
      break;
    }

  kin_project_begin_action (self->project, label);
  kin_project_set (self->project, self->card, "follow-ups", follow_ups, NULL);
  kin_project_end_action (self->project);
}

static char *
follow_up_title (guint    index,
                 gpointer user_data)
{
  /* Translators: the label of the entry for follow-up question %u. */
  return g_strdup_printf (_("Question %u"), index + 1);
}

/* Object ------------------------------------------------------------------ */

static void
project_changed_cb (KinCardEditor *self)
{
  /* The card's colour is its principle's, which lives outside the card. */
  queue_preview (self);
}

static void
kin_card_editor_dispose (GObject *object)
{
  KinCardEditor *self = KIN_CARD_EDITOR (object);

  kin_card_editor_set_card (self, NULL);
  kin_card_editor_set_project (self, NULL);
  g_clear_handle_id (&self->preview_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_CARD_EDITOR);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (kin_card_editor_parent_class)->dispose (object);
}

static void
kin_card_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinCardEditor *self = KIN_CARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinCardEditor *self = KIN_CARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_card_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_CARD:
      kin_card_editor_set_card (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_editor_class_init (KinCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_card_editor_dispose;
  object_class->get_property = kin_card_editor_get_property;
  object_class->set_property = kin_card_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL,
                         KIN_TYPE_CARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KIN_TYPE_CARD_PREVIEW);
  g_type_ensure (KIN_TYPE_STRING_LIST_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, preview);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, principle_row);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, prompt_view);
  gtk_widget_class_bind_template_child (widget_class, KinCardEditor, follow_ups_group);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, principle_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, minutes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_ups_edited_cb);
}

static void
kin_card_editor_init (KinCardEditor *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->choices = g_list_store_new (G_TYPE_OBJECT);
  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (choice_unbind_cb), NULL);
  adw_combo_row_set_factory (self->principle_row, factory);
  adw_combo_row_set_model (self->principle_row, G_LIST_MODEL (self->choices));

  /* Ctrl+Z undoes the project, which already holds a burst of typing as
   * one step, rather than the fields' own undo. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  buffer = gtk_text_view_get_buffer (self->prompt_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (prompt_changed_cb),
                           self, G_CONNECT_SWAPPED);

  kin_string_list_group_set_title_func (self->follow_ups_group, follow_up_title, NULL, NULL);

  sync_choices (self);
  update_fields (self);
}

KinProject *
kin_card_editor_get_project (KinCardEditor *self)
{
  g_return_val_if_fail (KIN_IS_CARD_EDITOR (self), NULL);

  return self->project;
}

/**
 * kin_card_editor_set_project:
 * @project: (nullable): the project the card belongs to
 */
void
kin_card_editor_set_project (KinCardEditor *self,
                             KinProject    *project)
{
  g_return_if_fail (KIN_IS_CARD_EDITOR (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  kin_card_editor_flush (self);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (kin_project_get_principles (self->project), self);
    }

  g_set_object (&self->project, project);

  if (project != NULL)
    {
      g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (kin_project_get_principles (project), "items-changed",
                               G_CALLBACK (sync_choices), self, G_CONNECT_SWAPPED);
    }

  sync_choices (self);
  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

KinCard *
kin_card_editor_get_card (KinCardEditor *self)
{
  g_return_val_if_fail (KIN_IS_CARD_EDITOR (self), NULL);

  return self->card;
}

/**
 * kin_card_editor_set_card:
 * @card: (nullable): the card to edit, one of the project's
 */
void
kin_card_editor_set_card (KinCardEditor *self,
                          KinCard       *card)
{
  g_return_if_fail (KIN_IS_CARD_EDITOR (self));
  g_return_if_fail (card == NULL || KIN_IS_CARD (card));

  if (self->card == card)
    return;

  /* Text typed into a follow-up belongs to the card it was typed for. */
  kin_card_editor_flush (self);
  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);

  g_set_object (&self->card, card);

  if (card != NULL)
    g_signal_connect_object (card, "notify", G_CALLBACK (card_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* Another card's follow-ups never reuse these rows' focus. */
  kin_string_list_group_set_strings (self->follow_ups_group, NULL);
  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}

/**
 * kin_card_editor_flush:
 *
 * Commits follow-up text still waiting for a pause in typing.
 */
void
kin_card_editor_flush (KinCardEditor *self)
{
  g_return_if_fail (KIN_IS_CARD_EDITOR (self));

  kin_string_list_group_flush (self->follow_ups_group);
}

/**
 * kin_card_editor_focus_title:
 *
 * Puts the keyboard focus in the title entry, for a card just added.
 */
void
kin_card_editor_focus_title (KinCardEditor *self)
{
  g_return_if_fail (KIN_IS_CARD_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
