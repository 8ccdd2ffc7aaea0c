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
 * The behaviours are one string-list property, which the model does not
 * merge, so typing in a behaviour is committed after a short pause (or when
 * the entry loses focus) rather than on every key press: one word typed is
 * then one undo step, not one per letter.
 */

#define BEHAVIOUR_COMMIT_DELAY_MS 500

G_DEFINE_FINAL_TYPE (KinPrincipleEditor, kin_principle_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PRINCIPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void sync_behaviours (KinPrincipleEditor *self);

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
update_fields (KinPrincipleEditor *self)
{
  gboolean editable = self->project != NULL && self->principle != NULL;
  GdkRGBA rgba;

  gtk_widget_set_sensitive (GTK_WIDGET (self), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.choose-artwork", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-behaviour", editable);

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
  sync_behaviours (self);
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

static GStrv
collect_behaviours (KinPrincipleEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->behaviour_rows->len; i++)
    g_strv_builder_add (builder,
                        gtk_editable_get_text (g_ptr_array_index (self->behaviour_rows, i)));

  return g_strv_builder_end (builder);
}

static void
commit_behaviours (KinPrincipleEditor *self,
                   const char         *label,
                   const char * const *behaviours)
{
  g_clear_handle_id (&self->commit_id, g_source_remove);

  if (self->project == NULL || self->principle == NULL)
    return;

  self->committing = TRUE;
  kin_project_begin_action (self->project, label);
  kin_project_set (self->project, self->principle, "behaviours", behaviours, NULL);
  kin_project_end_action (self->project);
  self->committing = FALSE;

  /* The rows may differ from what was committed (a behaviour added or
   * removed), so show the model. */
  sync_behaviours (self);
}

static void
commit_typed_behaviours (KinPrincipleEditor *self)
{
  g_auto(GStrv) behaviours = collect_behaviours (self);

  commit_behaviours (self, NULL, (const char * const *) behaviours);
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

  if (self->commit_id != 0)
    commit_typed_behaviours (self);
}

static gboolean
commit_timeout_cb (gpointer data)
{
  KinPrincipleEditor *self = data;

  self->commit_id = 0;
  commit_typed_behaviours (self);

  return G_SOURCE_REMOVE;
}

static void
behaviour_changed_cb (GtkEditable        *row,
                      KinPrincipleEditor *self)
{
  if (self->updating)
    return;

  g_clear_handle_id (&self->commit_id, g_source_remove);
  self->commit_id = g_timeout_add (BEHAVIOUR_COMMIT_DELAY_MS, commit_timeout_cb, self);
}

static void
behaviour_focus_leave_cb (KinPrincipleEditor *self)
{
  kin_principle_editor_flush (self);
}

static void
add_move_shortcut (GtkEventController *controller,
                   const char         *trigger,
                   const char         *action,
                   guint               index)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (index));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

static GtkWidget *
create_behaviour_row (KinPrincipleEditor *self,
                      guint               index)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *title = NULL;

  /* Translators: the label of the entry for the behaviour at position %u. */
  title = g_strdup_printf (_("Behaviour %u"), index + 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  g_menu_item_set_action_and_target_value (up, "editor.move-behaviour-up",
                                           g_variant_new_int32 (index));
  g_menu_item_set_action_and_target_value (down, "editor.move-behaviour-down",
                                           g_variant_new_int32 (index));
  g_menu_append_item (menu, up);
  g_menu_append_item (menu, down);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu_button, _("Move Behaviour"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "editor.remove-behaviour");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove_button),
                                          g_variant_new_int32 (index));
  gtk_widget_set_tooltip_text (remove_button, _("Remove Behaviour"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove_button);

  /* Alt+Up/Down move the behaviour being edited; the row handles them before
   * the page, where they move the whole principle. */
  add_move_shortcut (shortcuts, "<Alt>Up", "editor.move-behaviour-up", index);
  add_move_shortcut (shortcuts, "<Alt>Down", "editor.move-behaviour-down", index);
  gtk_widget_add_controller (row, shortcuts);

  g_signal_connect_object (focus, "leave", G_CALLBACK (behaviour_focus_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);

  g_signal_connect (row, "changed", G_CALLBACK (behaviour_changed_cb), self);

  return row;
}

static void
clear_behaviour_rows (KinPrincipleEditor *self)
{
  for (guint i = 0; i < self->behaviour_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->behaviour_rows, i);

      g_signal_handlers_disconnect_by_data (row, self);
      adw_preferences_group_remove (self->behaviours_group, row);
    }
  g_ptr_array_set_size (self->behaviour_rows, 0);
}

/* Shows the model's behaviours. Rows are kept when the number is the same,
 * so that the entry being typed in keeps its focus and cursor. */
static void
sync_behaviours (KinPrincipleEditor *self)
{
  const char * const *behaviours = NULL;
  guint n;

  if (self->principle != NULL && self->project != NULL)
    behaviours = kin_principle_get_behaviours (self->principle);
  n = behaviours != NULL ? g_strv_length ((char **) behaviours) : 0;

  self->updating = TRUE;

  if (n != self->behaviour_rows->len)
    {
      clear_behaviour_rows (self);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = create_behaviour_row (self, i);

          g_ptr_array_add (self->behaviour_rows, row);
          adw_preferences_group_add (self->behaviours_group, row);
        }
    }

  for (guint i = 0; i < n; i++)
    set_row_text (g_ptr_array_index (self->behaviour_rows, i), behaviours[i]);

  self->updating = FALSE;

  if (self->focus_behaviour >= 0 && (guint) self->focus_behaviour < n)
    {
      GtkWidget *row = g_ptr_array_index (self->behaviour_rows, self->focus_behaviour);

      gtk_widget_grab_focus (row);
      gtk_editable_set_position (GTK_EDITABLE (row), -1);
    }
  self->focus_behaviour = -1;
}

static void
principle_notify_cb (KinPrincipleEditor *self,
                     GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, "behaviours"))
    {
      if (self->committing)
        return;

      /* The behaviours changed elsewhere, by undo for example: text still
       * waiting to be committed is out of date. */
      g_clear_handle_id (&self->commit_id, g_source_remove);
      sync_behaviours (self);
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

static void
edit_behaviours (KinPrincipleEditor *self,
                 const char         *label,
                 int                 remove_index,
                 int                 move_from,
                 int                 move_to,
                 gboolean            append)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  g_auto(GStrv) current = collect_behaviours (self);
  guint n = g_strv_length (current);

  for (guint i = 0; i < n; i++)
    if ((int) i != remove_index)
      g_ptr_array_add (list, current[i]);

  if (move_from >= 0)
    {
      if (move_from >= (int) n || move_to < 0 || move_to >= (int) n)
        return;

      gpointer item = g_ptr_array_steal_index (list, move_from);
      g_ptr_array_insert (list, move_to, item);
      self->focus_behaviour = move_to;
    }

  if (append)
    {
      g_ptr_array_add (list, (gpointer) "");
      self->focus_behaviour = n;
    }

  g_ptr_array_add (list, NULL);
  commit_behaviours (self, label, (const char * const *) list->pdata);
}

static void
add_behaviour_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  edit_behaviours (KIN_PRINCIPLE_EDITOR (widget), _("Add Behaviour"), -1, -1, -1, TRUE);
}

static void
remove_behaviour_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  edit_behaviours (KIN_PRINCIPLE_EDITOR (widget), _("Remove Behaviour"),
                   g_variant_get_int32 (parameter), -1, -1, FALSE);
}

static void
move_behaviour_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  int from = g_variant_get_int32 (parameter);
  int to = g_str_equal (action_name, "editor.move-behaviour-up") ? from - 1 : from + 1;

  edit_behaviours (KIN_PRINCIPLE_EDITOR (widget), _("Move Behaviour"), -1, from, to, FALSE);
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
kin_principle_editor_finalize (GObject *object)
{
  KinPrincipleEditor *self = KIN_PRINCIPLE_EDITOR (object);

  g_clear_pointer (&self->behaviour_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kin_principle_editor_parent_class)->finalize (object);
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
  object_class->finalize = kin_principle_editor_finalize;
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

  gtk_widget_class_install_action (widget_class, "editor.add-behaviour", NULL,
                                   add_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-behaviour", "i",
                                   remove_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.move-behaviour-up", "i",
                                   move_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.move-behaviour-down", "i",
                                   move_behaviour_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-artwork", NULL,
                                   _kin_principle_editor_choose_artwork_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-artwork", NULL,
                                   _kin_principle_editor_remove_artwork_action);

  g_type_ensure (KIN_TYPE_CARD_PREVIEW);

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
}

static void
kin_principle_editor_init (KinPrincipleEditor *self)
{
  GtkDropTarget *target;

  self->behaviour_rows = g_ptr_array_new ();
  self->focus_behaviour = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

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
  clear_behaviour_rows (self);
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

  return self->behaviour_rows->len;
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
  g_return_val_if_fail (index < self->behaviour_rows->len, NULL);

  return g_ptr_array_index (self->behaviour_rows, index);
}
