/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-string-list"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-string-list-group.h"

/* A preferences group that edits a list of short texts, one entry row each,
 * with buttons to remove an entry and a menu (or Alt+Up/Down) to move it.
 * It holds no model: the owner shows the list with
 * kin_string_list_group_set_strings() and is told of every change the user
 * makes by the "edited" signal, which it turns into one undoable edit.
 *
 * A string list is one property in the model, which the project's history
 * does not merge, so typing is reported after a short pause (or when the
 * entry loses focus) rather than on every key press: one word typed is one
 * undo step, not one per letter.
 */

#define TEXT_EDIT_DELAY_MS 500

struct _KinStringListGroup
{
  AdwPreferencesGroup    parent_instance;

  GPtrArray             *rows;
  guint                  text_edit_id;
  int                    focus_index;
  gboolean               updating;

  KinStringListTitleFunc title_func;
  gpointer               title_data;
  GDestroyNotify         title_destroy;

  char                  *move_tooltip;
  char                  *remove_tooltip;
};

G_DEFINE_FINAL_TYPE (KinStringListGroup, kin_string_list_group, ADW_TYPE_PREFERENCES_GROUP)

G_DEFINE_ENUM_TYPE (KinStringListEdit, kin_string_list_edit,
                    G_DEFINE_ENUM_VALUE (KIN_STRING_LIST_EDIT_TEXT, "text"),
                    G_DEFINE_ENUM_VALUE (KIN_STRING_LIST_EDIT_ADD, "add"),
                    G_DEFINE_ENUM_VALUE (KIN_STRING_LIST_EDIT_REMOVE, "remove"),
                    G_DEFINE_ENUM_VALUE (KIN_STRING_LIST_EDIT_MOVE, "move"))

enum {
  PROP_0,
  PROP_MOVE_TOOLTIP,
  PROP_REMOVE_TOOLTIP,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_edited (KinStringListGroup *self,
             KinStringListEdit   edit,
             const char * const *strings)
{
  g_clear_handle_id (&self->text_edit_id, g_source_remove);

  g_signal_emit (self, signals[EDITED], 0, edit, strings);

  /* The owner shows the new list while handling the signal, which places
   * the focus; a list it did not take leaves nothing pending. */
  self->focus_index = -1;
}

/**
 * kin_string_list_group_dup_strings:
 *
 * Returns: (transfer full): the texts of the entries as they are now
 */
GStrv
kin_string_list_group_dup_strings (KinStringListGroup *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KIN_IS_STRING_LIST_GROUP (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    g_strv_builder_add (builder, gtk_editable_get_text (g_ptr_array_index (self->rows, i)));

  return g_strv_builder_end (builder);
}

/**
 * kin_string_list_group_flush:
 *
 * Reports text still waiting for a pause in typing, now.
 */
void
kin_string_list_group_flush (KinStringListGroup *self)
{
  g_auto(GStrv) strings = NULL;

  g_return_if_fail (KIN_IS_STRING_LIST_GROUP (self));

  if (self->text_edit_id == 0)
    return;

  strings = kin_string_list_group_dup_strings (self);
  emit_edited (self, KIN_STRING_LIST_EDIT_TEXT, (const char * const *) strings);
}

static gboolean
text_edit_timeout_cb (gpointer data)
{
  KinStringListGroup *self = data;
  g_auto(GStrv) strings = kin_string_list_group_dup_strings (self);

  self->text_edit_id = 0;
  emit_edited (self, KIN_STRING_LIST_EDIT_TEXT, (const char * const *) strings);

  return G_SOURCE_REMOVE;
}

static void
row_changed_cb (KinStringListGroup *self)
{
  if (self->updating)
    return;

  g_clear_handle_id (&self->text_edit_id, g_source_remove);
  self->text_edit_id = g_timeout_add (TEXT_EDIT_DELAY_MS, text_edit_timeout_cb, self);
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

static char *
dup_row_title (KinStringListGroup *self,
               guint               index)
{
  if (self->title_func != NULL)
    return self->title_func (index, self->title_data);

  return g_strdup_printf ("%u", index + 1);
}

static GtkWidget *
create_row (KinStringListGroup *self,
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
  g_autofree char *title = dup_row_title (self, index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* Ctrl+Z undoes the project, which already holds typing as one step. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);

  g_menu_item_set_action_and_target_value (up, "string-list.move-up", g_variant_new_int32 (index));
  g_menu_item_set_action_and_target_value (down, "string-list.move-down", g_variant_new_int32 (index));
  g_menu_append_item (menu, up);
  g_menu_append_item (menu, down);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (menu_button, self->move_tooltip != NULL ? self->move_tooltip : _("Move"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove_button), "string-list.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove_button), g_variant_new_int32 (index));
  gtk_widget_set_tooltip_text (remove_button, self->remove_tooltip != NULL ? self->remove_tooltip : _("Remove"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove_button);

  /* Alt+Up/Down move the entry being edited; the row handles them before
   * any ancestor that binds the same keys. */
  add_move_shortcut (shortcuts, "<Alt>Up", "string-list.move-up", index);
  add_move_shortcut (shortcuts, "<Alt>Down", "string-list.move-down", index);
  gtk_widget_add_controller (row, shortcuts);

  g_signal_connect_object (focus, "leave", G_CALLBACK (kin_string_list_group_flush),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, focus);

  g_signal_connect_object (row, "changed", G_CALLBACK (row_changed_cb), self, G_CONNECT_SWAPPED);

  return row;
}

static void
clear_rows (KinStringListGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      g_signal_handlers_disconnect_by_data (row, self);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
set_row_text (GtkEditable *editable,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

/**
 * kin_string_list_group_set_strings:
 * @strings: (nullable): the texts to show
 *
 * Shows @strings. Rows are kept when their number is the same, so that the
 * entry being typed in keeps its focus and cursor. Text typed but not yet
 * reported is dropped: the list changed elsewhere, by undo for example.
 */
void
kin_string_list_group_set_strings (KinStringListGroup *self,
                                   const char * const *strings)
{
  guint n;

  g_return_if_fail (KIN_IS_STRING_LIST_GROUP (self));

  g_clear_handle_id (&self->text_edit_id, g_source_remove);
  n = strings != NULL ? g_strv_length ((char **) strings) : 0;

  self->updating = TRUE;

  if (n != self->rows->len)
    {
      clear_rows (self);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = create_row (self, i);

          g_ptr_array_add (self->rows, row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
        }
    }

  for (guint i = 0; i < n; i++)
    set_row_text (g_ptr_array_index (self->rows, i), strings[i]);

  self->updating = FALSE;

  if (self->focus_index >= 0 && (guint) self->focus_index < n)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, self->focus_index);

      gtk_widget_grab_focus (row);
      gtk_editable_set_position (GTK_EDITABLE (row), -1);
    }
  self->focus_index = -1;
}

/* Actions ----------------------------------------------------------------- */

/* Adds an empty entry at the end, or removes the one at @index. */
static void
add_or_remove (KinStringListGroup *self,
               KinStringListEdit   edit,
               int                 index)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  g_auto(GStrv) current = kin_string_list_group_dup_strings (self);
  int n = g_strv_length (current);

  if (edit == KIN_STRING_LIST_EDIT_REMOVE && (index < 0 || index >= n))
    return;

  for (int i = 0; i < n; i++)
    if (edit != KIN_STRING_LIST_EDIT_REMOVE || i != index)
      g_ptr_array_add (list, current[i]);

  if (edit == KIN_STRING_LIST_EDIT_ADD)
    {
      g_ptr_array_add (list, (gpointer) "");
      self->focus_index = n;
    }

  g_ptr_array_add (list, NULL);
  emit_edited (self, edit, (const char * const *) list->pdata);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_or_remove (KIN_STRING_LIST_GROUP (widget), KIN_STRING_LIST_EDIT_ADD, -1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  add_or_remove (KIN_STRING_LIST_GROUP (widget), KIN_STRING_LIST_EDIT_REMOVE,
                 g_variant_get_int32 (parameter));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinStringListGroup *self = KIN_STRING_LIST_GROUP (widget);
  g_auto(GStrv) strings = kin_string_list_group_dup_strings (self);
  int n = g_strv_length (strings);
  int from = g_variant_get_int32 (parameter);
  int to = g_str_equal (action_name, "string-list.move-up") ? from - 1 : from + 1;
  char *moved;

  if (from < 0 || from >= n || to < 0 || to >= n)
    return;

  moved = strings[from];
  strings[from] = strings[to];
  strings[to] = moved;
  self->focus_index = to;

  emit_edited (self, KIN_STRING_LIST_EDIT_MOVE, (const char * const *) strings);
}

/* Object ------------------------------------------------------------------ */

static void
kin_string_list_group_dispose (GObject *object)
{
  KinStringListGroup *self = KIN_STRING_LIST_GROUP (object);

  g_clear_handle_id (&self->text_edit_id, g_source_remove);
  if (self->title_destroy != NULL)
    g_clear_pointer (&self->title_data, self->title_destroy);
  self->title_func = NULL;
  self->title_destroy = NULL;

  G_OBJECT_CLASS (kin_string_list_group_parent_class)->dispose (object);
}

static void
kin_string_list_group_finalize (GObject *object)
{
  KinStringListGroup *self = KIN_STRING_LIST_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->move_tooltip);
  g_free (self->remove_tooltip);

  G_OBJECT_CLASS (kin_string_list_group_parent_class)->finalize (object);
}

static void
kin_string_list_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KinStringListGroup *self = KIN_STRING_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_MOVE_TOOLTIP:
      g_value_set_string (value, self->move_tooltip);
      break;

    case PROP_REMOVE_TOOLTIP:
      g_value_set_string (value, self->remove_tooltip);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_string_list_group_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KinStringListGroup *self = KIN_STRING_LIST_GROUP (object);

  switch (prop_id)
    {
    case PROP_MOVE_TOOLTIP:
      self->move_tooltip = g_value_dup_string (value);
      break;

    case PROP_REMOVE_TOOLTIP:
      self->remove_tooltip = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_string_list_group_class_init (KinStringListGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_string_list_group_dispose;
  object_class->finalize = kin_string_list_group_finalize;
  object_class->get_property = kin_string_list_group_get_property;
  object_class->set_property = kin_string_list_group_set_property;

  /**
   * KinStringListGroup:move-tooltip:
   *
   * The tooltip of each entry's Move menu, such as "Move Behaviour";
   * %NULL for "Move".
   */
  properties[PROP_MOVE_TOOLTIP] =
    g_param_spec_string ("move-tooltip", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * KinStringListGroup:remove-tooltip:
   *
   * The tooltip of each entry's Remove button; %NULL for "Remove".
   */
  properties[PROP_REMOVE_TOOLTIP] =
    g_param_spec_string ("remove-tooltip", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinStringListGroup::edited:
   * @edit: what the user did
   * @strings: the list as the user wants it now
   *
   * Emitted when the user changes the list. The group shows the change
   * only when the owner passes the new list back with
   * kin_string_list_group_set_strings().
   */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  KIN_TYPE_STRING_LIST_EDIT,
                  G_TYPE_STRV);

  gtk_widget_class_install_action (widget_class, "string-list.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "string-list.remove", "i", remove_action);
  gtk_widget_class_install_action (widget_class, "string-list.move-up", "i", move_action);
  gtk_widget_class_install_action (widget_class, "string-list.move-down", "i", move_action);
}

static void
kin_string_list_group_init (KinStringListGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->focus_index = -1;
}

/**
 * kin_string_list_group_new:
 *
 * Returns: a new, empty list group
 */
GtkWidget *
kin_string_list_group_new (void)
{
  return g_object_new (KIN_TYPE_STRING_LIST_GROUP, NULL);
}

/**
 * kin_string_list_group_set_title_func:
 * @func: (nullable): gives the title of each entry
 * @user_data: passed to @func
 * @destroy: (nullable): frees @user_data
 *
 * Sets how the entries are titled; without a function they are numbered.
 */
void
kin_string_list_group_set_title_func (KinStringListGroup     *self,
                                      KinStringListTitleFunc  func,
                                      gpointer                user_data,
                                      GDestroyNotify          destroy)
{
  g_return_if_fail (KIN_IS_STRING_LIST_GROUP (self));

  if (self->title_destroy != NULL)
    g_clear_pointer (&self->title_data, self->title_destroy);

  self->title_func = func;
  self->title_data = user_data;
  self->title_destroy = destroy;

  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autofree char *title = dup_row_title (self, i);

      adw_preferences_row_set_title (g_ptr_array_index (self->rows, i), title);
    }
}

/**
 * kin_string_list_group_get_n_rows:
 *
 * Returns: how many entries the group shows
 */
guint
kin_string_list_group_get_n_rows (KinStringListGroup *self)
{
  g_return_val_if_fail (KIN_IS_STRING_LIST_GROUP (self), 0);

  return self->rows->len;
}

/**
 * kin_string_list_group_get_row:
 *
 * Returns: (transfer none): the entry row at @index
 */
GtkWidget *
kin_string_list_group_get_row (KinStringListGroup *self,
                               guint               index)
{
  g_return_val_if_fail (KIN_IS_STRING_LIST_GROUP (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}
