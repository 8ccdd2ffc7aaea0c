/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-principle-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-artwork.h"
#include "kin-card-preview.h"
#include "kin-principle-editor-private.h"

/* The editor of one principle: its texts, colour, artwork and behaviours,
 * with a live preview of both sides of its pocket card. Every edit goes
 * through the project's undoable API.
 *
 * Text properties typed into an entry merge into one undo step in the model.
 * The behaviours are one string-list property, edited in a
 * KinStringListGroup, which reports typing after a short pause so that one
 * word typed is one undo step, not one per letter.
 */

G_DEFINE_FINAL_TYPE (KinPrincipleEditor, kin_principle_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PRINCIPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Previews ---------------------------------------------------------------- */

static gboolean
update_previews_cb (gpointer data)
{
  KinPrincipleEditor *self = data;
  g_autoptr(KinCardFace) front = NULL;
  g_autoptr(KinCardFace) back = NULL;

  self->preview_id = 0;

  if (self->project != NULL && self->principle != NULL)
    {
      front = kin_card_face_new_principle_front (self->project, self->principle);
      back = kin_card_face_new_principle_back (self->project, self->principle,
                                               KIN_CARD_BACK_BEHAVIOURS);
    }

  kin_card_preview_set_face (self->front_preview, front);
  kin_card_preview_set_face (self->back_preview, back);

  return G_SOURCE_REMOVE;
}

/* Faces decode the artwork, so a burst of edits builds them only once. */
static void
queue_previews (KinPrincipleEditor *self)
{
  if (self->preview_id == 0)
    self->preview_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_previews_cb, self, NULL);
}

/* Fields ------------------------------------------------------------------ */

static void
set_row_text (GtkEditable *editable,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text ? text : "") != 0)
    gtk_editable_set_text (editable, text ? text : "");
}

static void
update_artwork (KinPrincipleEditor *self)
{
  gboolean has_image = FALSE;
  g_autofree char *description = NULL;

  if (self->project != NULL && self->principle != NULL)
    {
      const char *image = kin_principle_get_image (self->principle);

      has_image = image != NULL && *image != '\0';
      description = kin_artwork_describe (self->project, image);
    }

  adw_action_row_set_subtitle (self->artwork_row, description ? description : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-artwork", has_image);
}

static void
show_behaviours (KinPrincipleEditor *self)
{
  kin_string_list_group_set_strings (self->behaviours_group,
                                     self->project != NULL && self->principle != NULL
                                     ? kin_principle_get_behaviours (self->principle) : NULL);
}

static void
update_fields (KinPrincipleEditor *self)
{
  gboolean editable = self->project != NULL && self->principle != NULL;
  GdkRGBA rgba;

  gtk_widget_set_sensitive (GTK_WIDGET (self), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.choose-artwork", editable);

  /* Showing the model must not feed back into it. */
  self->updating = TRUE;
  set_row_text (GTK_EDITABLE (self->name_row),
                editable ? kin_principle_get_name (self->principle) : "");
  set_row_text (GTK_EDITABLE (self->summary_row),
                editable ? kin_principle_get_summary (self->principle) : "");
  if (editable && gdk_rgba_parse (&rgba, kin_principle_get_color (self->principle)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  self->updating = FALSE;

  update_artwork (self);
  show_behaviours (self);
  queue_previews (self);
}

static void
edit_text (KinPrincipleEditor *self,
           const char         *property,
           AdwEntryRow        *row)
{
  if (self->updating || self->project == NULL || self->principle == NULL)
    return;

  kin_project_set (self->project, self->principle,
                   property, gtk_editable_get_text (GTK_EDITABLE (row)),
                   NULL);
}

static void
name_changed_cb (KinPrincipleEditor *self,
                 AdwEntryRow        *row)
{
  edit_text (self, "name", row);
}

static void
summary_changed_cb (KinPrincipleEditor *self,
                    AdwEntryRow        *row)
{
  edit_text (self, "summary", row);
}

static void
color_set_cb (KinPrincipleEditor *self,
              GtkColorButton     *button)
{
  GdkRGBA rgba;
  g_autofree char *color = NULL;

  if (self->updating || self->project == NULL || self->principle == NULL)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (guint) CLAMP (rgba.red * 255.0 + 0.5, 0, 255),
                           (guint) CLAMP (rgba.green * 255.0 + 0.5, 0, 255),
                           (guint) CLAMP (rgba.blue * 255.0 + 0.5, 0, 255));
  kin_project_set (self->project, self->principle, "color", color, NULL);
}

/* Behaviours ------------------------------------------------------------- */

static void
behaviours_edited_cb (KinPrincipleEditor *self,
                      KinStringListEdit   edit,
                      const char * const *behaviours)
{
  const char *label = NULL;

  if (self->project == NULL || self->principle == NULL)
    return;

  switch (edit)
    {
    case KIN_STRING_LIST_EDIT_ADD:
      label = _("Add Behaviour");
      break;

    case KIN_STRING_LIST_EDIT_REMOVE:
      label = _("Remove Behaviour");
      break;

    case KIN_STRING_LIST_EDIT_MOVE:
      label = _("Move Behaviour");
      break;

    case KIN_STRING_LIST_EDIT_TEXT:
    default:
      break;
    }

  kin_project_begin_action (self->project, label);
  kin_project_set (self->project, self->principle, "behaviours", behaviours, NULL);
  kin_project_end_action (self->project);
}

static char *
behaviour_title (guint    index,
                 gpointer user_data)
{
  /* Translators: the label of the entry for the behaviour at position %u. */
  return g_strdup_printf (_("Behaviour %u"), index + 1);
}

/**
 * kin_principle_editor_flush:
 *
 * Commits behaviour text still waiting for a pause in typing.
 */
void
kin_principle_editor_flush (KinPrincipleEditor *self)
{
  g_return_if_fail (KIN_IS_PRINCIPLE_EDITOR (self));

  kin_string_list_group_flush (self->behaviours_group);
}

static void
principle_notify_cb (KinPrincipleEditor *self,
                     GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, "behaviours"))
    {
      show_behaviours (self);
      queue_previews (self);
      return;
    }

  self->updating = TRUE;
  if (g_str_equal (pspec->name, "name"))
    set_row_text (GTK_EDITABLE (self->name_row), kin_principle_get_name (self->principle));
  else if (g_str_equal (pspec->name, "summary"))
    set_row_text (GTK_EDITABLE (self->summary_row), kin_principle_get_summary (self->principle));
  else if (g_str_equal (pspec->name, "color"))
    {
      GdkRGBA rgba;

      if (gdk_rgba_parse (&rgba, kin_principle_get_color (self->principle)))
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
    }
  self->updating = FALSE;

  update_artwork (self);
  queue_previews (self);
}

/* Object ------------------------------------------------------------------ */

static void
project_changed_cb (KinPrincipleEditor *self)
{
  /* Assets and the "no matter what" promises live outside the principle. */
  update_artwork (self);
  queue_previews (self);
}

static void
kin_principle_editor_dispose (GObject *object)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (object);

  kin_principle_editor_flush (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  kin_principle_editor_set_principle (self, NULL);
  kin_principle_editor_set_project (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_PRINCIPLE_EDITOR);

  G_OBJECT_CLASS (kin_principle_editor_parent_class)->dispose (object);
}

static void
kin_principle_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_PRINCIPLE:
      g_value_set_object (value, self->principle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principle_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_principle_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_PRINCIPLE:
      kin_principle_editor_set_principle (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principle_editor_class_init (KinPrincipleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_principle_editor_dispose;
  object_class->get_property = kin_principle_editor_get_property;
  object_class->set_property = kin_principle_editor_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINCIPLE] =
    g_param_spec_object ("principle", NULL, NULL,
                         KIN_TYPE_PRINCIPLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "editor.choose-artwork", NULL,
                                   _kin_principle_editor_choose_artwork_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-artwork", NULL,
                                   _kin_principle_editor_remove_artwork_action);

  g_type_ensure (KIN_TYPE_CARD_PREVIEW);
  g_type_ensure (KIN_TYPE_STRING_LIST_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-principle-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, front_preview);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, back_preview);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, color_button);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, artwork_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrincipleEditor, behaviours_group);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, color_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, behaviours_edited_cb);
}

static void
kin_principle_editor_init (KinPrincipleEditor *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  kin_string_list_group_set_title_func (self->behaviours_group, behaviour_title, NULL, NULL);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (target, "drop", G_CALLBACK (_kin_principle_editor_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  update_fields (self);
}

KinProject *
kin_principle_editor_get_project (KinPrincipleEditor *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE_EDITOR (self), NULL);

  return self->project;
}

/**
 * kin_principle_editor_set_project:
 * @project: (nullable): the project the principle belongs to
 */
void
kin_principle_editor_set_project (KinPrincipleEditor *self,
                                  KinProject         *project)
{
  g_return_if_fail (KIN_IS_PRINCIPLE_EDITOR (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  kin_principle_editor_flush (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                             self, G_CONNECT_SWAPPED);

  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

KinPrinciple *
kin_principle_editor_get_principle (KinPrincipleEditor *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE_EDITOR (self), NULL);

  return self->principle;
}

/**
 * kin_principle_editor_set_principle:
 * @principle: (nullable): the principle to edit
 */
void
kin_principle_editor_set_principle (KinPrincipleEditor *self,
                                    KinPrinciple       *principle)
{
  g_return_if_fail (KIN_IS_PRINCIPLE_EDITOR (self));
  g_return_if_fail (principle == NULL || KIN_IS_PRINCIPLE (principle));

  if (self->principle == principle)
    return;

  kin_principle_editor_flush (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  if (self->principle != NULL)
    g_signal_handlers_disconnect_by_data (self->principle, self);

  g_set_object (&self->principle, principle);

  if (principle != NULL)
    g_signal_connect_object (principle, "notify", G_CALLBACK (principle_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* Another principle's behaviours never reuse these rows' focus. */
  kin_string_list_group_set_strings (self->behaviours_group, NULL);
  update_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}

/**
 * kin_principle_editor_focus_name:
 *
 * Puts the keyboard focus in the name entry, for a principle just added.
 */
void
kin_principle_editor_focus_name (KinPrincipleEditor *self)
{
  g_return_if_fail (KIN_IS_PRINCIPLE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * kin_principle_editor_get_n_behaviour_rows:
 *
 * Returns: how many behaviour entries the editor shows
 */
guint
kin_principle_editor_get_n_behaviour_rows (KinPrincipleEditor *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE_EDITOR (self), 0);

  return kin_string_list_group_get_n_rows (self->behaviours_group);
}

/**
 * kin_principle_editor_get_behaviour_row:
 *
 * Returns: (transfer none): the entry row of behaviour @index
 */
GtkWidget *
kin_principle_editor_get_behaviour_row (KinPrincipleEditor *self,
                                        guint               index)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLE_EDITOR (self), NULL);

  return kin_string_list_group_get_row (self->behaviours_group, index);
}
