/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"
#include "kin-theme-editor.h"

/* What the canvas's menus do: the menu of a note (its text, colour, voice,
 * principle and theme), of a theme (rename and colour it, tidy it, delete
 * it) and of the empty board (add a note or a theme there, paste), and
 * deleting. Themes themselves are in kin-board-canvas-themes.c. The menu opens with a right-click, Shift+F10 or the Menu key,
 * so everything in it can be done from the keyboard.
 */

static const struct {
  const char *color;
  const char *name;
} note_colors[] = {
  { "#fff3a0", N_("Yellow") },
  { "#d3e9ff", N_("Blue") },
  { "#ffd6e0", N_("Pink") },
  { "#d9f5cf", N_("Green") },
  { "#ffe0b8", N_("Orange") },
  { "#e6dcff", N_("Lilac") },
};


/* Deleting ------------------------------------------------------------------ */

/* After a deletion the focus goes on to the next theme or note that is
 * left, so that Delete can be pressed again. */
static gpointer
next_survivor (KinBoardCanvas *self,
               GPtrArray      *deleted)
{
  g_autoptr(GPtrArray) order = _kin_board_canvas_tab_order (self);
  gpointer current = self->focused != NULL ? (gpointer) self->focused : (gpointer) self->focused_cluster;
  guint start = 0;

  if (current != NULL)
    g_ptr_array_find (order, current, &start);

  for (guint i = start; i < order->len; i++)
    if (!g_ptr_array_find (deleted, g_ptr_array_index (order, i), NULL))
      return g_object_ref (g_ptr_array_index (order, i));

  for (guint i = start; i > 0; i--)
    if (!g_ptr_array_find (deleted, g_ptr_array_index (order, i - 1), NULL))
      return g_object_ref (g_ptr_array_index (order, i - 1));

  return NULL;
}

/**
 * kin_board_canvas_delete_selection:
 *
 * Deletes the selected notes (or, with none selected, the focused note or
 * theme) as one step, and emits #KinBoardCanvas::deleted.
 *
 * Returns: how many notes were deleted
 */
guint
kin_board_canvas_delete_selection (KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autofree char *message = NULL;
  gpointer next;
  guint n;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), 0);

  if (self->project == NULL || self->board == NULL)
    return 0;

  targets = kin_board_canvas_get_selection (self);
  if (targets->len == 0 && self->focused != NULL)
    g_ptr_array_add (targets, g_object_ref (self->focused));

  if (targets->len == 0)
    {
      if (self->focused_cluster != NULL)
        {
          g_autoptr(KinCluster) cluster = g_object_ref (self->focused_cluster);

          next = next_survivor (self, targets);
          _kin_board_canvas_delete_cluster (self, cluster);
          if (next != NULL && next != (gpointer) cluster)
            {
              if (KIN_IS_NOTE (next))
                _kin_board_canvas_set_focus_target (self, next, NULL);
              else
                _kin_board_canvas_set_focus_target (self, NULL, next);
            }
          g_clear_object (&next);
        }
      return 0;
    }

  next = next_survivor (self, targets);
  n = kin_board_delete_notes (self->project, self->board, targets);
  if (n > 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Note deleted", "%u notes deleted", n), n);
      _kin_board_canvas_emit_deleted (self, message);
    }

  if (KIN_IS_NOTE (next))
    _kin_board_canvas_set_focus_target (self, next, NULL);
  else
    _kin_board_canvas_set_focus_target (self, NULL, next);
  g_clear_object (&next);

  return n;
}

/* The note menu ------------------------------------------------------------ */

static GPtrArray *
menu_targets (KinBoardCanvas *self)
{
  return _kin_board_canvas_get_targets (self, self->menu_note);
}

static void
set_notes_property (KinBoardCanvas *self,
                    const char     *label,
                    const char     *property,
                    const GValue   *value)
{
  g_autoptr(GPtrArray) targets = menu_targets (self);

  if (targets->len == 0 || self->project == NULL)
    return;

  kin_project_begin_action (self->project, label);
  for (guint i = 0; i < targets->len; i++)
    kin_project_set_value (self->project, g_ptr_array_index (targets, i), property, value);
  kin_project_end_action (self->project);
}

static void
color_change_cb (GSimpleAction  *action,
                 GVariant       *state,
                 KinBoardCanvas *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, g_variant_get_string (state, NULL));
  set_notes_property (self, _("Change Note Colour"), "color", &value);
  g_simple_action_set_state (action, state);
}

static void
voice_change_cb (GSimpleAction  *action,
                 GVariant       *state,
                 KinBoardCanvas *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  int voice;

  if (!kin_enum_from_nick (KIN_TYPE_VOICE, g_variant_get_string (state, NULL), &voice))
    return;

  g_value_init (&value, KIN_TYPE_VOICE);
  g_value_set_enum (&value, voice);
  set_notes_property (self, _("Change Voice"), "voice", &value);
  g_simple_action_set_state (action, state);
}

static void
principle_change_cb (GSimpleAction  *action,
                     GVariant       *state,
                     KinBoardCanvas *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *id = g_variant_get_string (state, NULL);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, *id != '\0' ? id : NULL);
  set_notes_property (self, _("Change Principle"), "principle", &value);
  g_simple_action_set_state (action, state);
}

static void
theme_change_cb (GSimpleAction  *action,
                 GVariant       *state,
                 KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) targets = menu_targets (self);
  const char *id = g_variant_get_string (state, NULL);
  KinCluster *cluster = NULL;

  if (targets->len == 0 || self->project == NULL)
    return;

  if (*id != '\0')
    {
      cluster = kin_project_lookup (self->project, KIN_TYPE_CLUSTER, id);
      if (cluster == NULL)
        return;
    }

  _kin_board_canvas_move_to_cluster (self, targets, cluster);
  g_simple_action_set_state (action, state);
  if (self->menu_note != NULL)
    kin_board_canvas_scroll_to_note (self, self->menu_note);
}

static void
edit_note_cb (GSimpleAction  *action,
              GVariant       *parameter,
              KinBoardCanvas *self)
{
  if (self->menu_note != NULL)
    kin_board_canvas_edit_note (self, self->menu_note);
}

static void
add_note_here_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  double x, y;

  kin_board_canvas_widget_to_board (self, self->menu_x, self->menu_y, &x, &y);
  kin_board_canvas_add_note (self, x - KIN_NOTE_WIDTH / 2, y - KIN_NOTE_HEIGHT / 2);
}

static void
add_theme_here_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  double x, y;

  if (self->project == NULL || self->board == NULL)
    return;

  kin_board_canvas_widget_to_board (self, self->menu_x, self->menu_y, &x, &y);
  _kin_board_canvas_add_theme (self, x, y, KIN_CLUSTER_DEFAULT_WIDTH, KIN_CLUSTER_DEFAULT_HEIGHT);
}

static void
set_action_state (KinBoardCanvas *self,
                  const char     *name,
                  const char     *value)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->note_actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (value != NULL ? value : ""));
}

/* Menu labels read "_" as the mark of a mnemonic: a name is shown as it
 * is written. */
static char *
escape_mnemonic (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '_')
        g_string_append_c (escaped, '_');
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

static GMenu *
build_note_menu (KinBoardCanvas *self,
                 KinNote        *note)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) properties = g_menu_new ();
  g_autoptr(GMenu) clipboard = g_menu_new ();
  g_autoptr(GMenu) colors = g_menu_new ();
  g_autoptr(GMenu) voice_menu = g_menu_new ();
  g_autoptr(GMenu) principles = g_menu_new ();
  g_autoptr(GMenu) themes = g_menu_new ();
  GListModel *list;
  guint n_targets = g_hash_table_contains (self->selected, note) ? g_hash_table_size (self->selected) : 1;

  g_menu_append (edit, _("_Edit Text"), "note.edit");
  g_menu_append (edit, n_targets > 1 ? _("_Delete Notes") : _("_Delete Note"), "canvas.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  for (guint i = 0; i < G_N_ELEMENTS (note_colors); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(note_colors[i].name), NULL);

      g_menu_item_set_action_and_target (item, "note.color", "s", note_colors[i].color);
      g_menu_append_item (colors, item);
    }
  g_menu_append_submenu (properties, _("_Colour"), G_MENU_MODEL (colors));

  for (int voice = KIN_VOICE_STAFF; voice <= KIN_VOICE_OTHER; voice++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (kin_voice_get_label (voice), NULL);

      g_menu_item_set_action_and_target (item, "note.voice", "s", kin_enum_to_nick (KIN_TYPE_VOICE, voice));
      g_menu_append_item (voice_menu, item);
    }
  g_menu_append_submenu (properties, _("_Voice"), G_MENU_MODEL (voice_menu));

  {
    g_autoptr(GMenuItem) none = g_menu_item_new (_("No Principle"), NULL);

    g_menu_item_set_action_and_target (none, "note.principle", "s", "");
    g_menu_append_item (principles, none);
  }
  list = kin_project_get_principles (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (list, i);
      g_autofree char *label = escape_mnemonic (kin_principle_get_name (principle));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "note.principle", "s",
                                         kin_object_get_id (KIN_OBJECT (principle)));
      g_menu_append_item (principles, item);
    }
  g_menu_append_submenu (properties, _("_Principle"), G_MENU_MODEL (principles));

  {
    g_autoptr(GMenuItem) none = g_menu_item_new (_("No Theme"), NULL);

    g_menu_item_set_action_and_target (none, "note.theme", "s", "");
    g_menu_append_item (themes, none);
  }
  list = kin_board_get_clusters (self->board);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (list, i);
      g_autofree char *label = escape_mnemonic (kin_cluster_get_title (cluster));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "note.theme", "s", kin_object_get_id (KIN_OBJECT (cluster)));
      g_menu_append_item (themes, item);
    }
  g_menu_append_submenu (properties, _("Move to _Theme"), G_MENU_MODEL (themes));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (properties));

  g_menu_append (clipboard, _("Cu_t"), "canvas.cut");
  g_menu_append (clipboard, _("_Copy"), "canvas.copy");
  g_menu_append (clipboard, _("_Paste"), "canvas.paste");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clipboard));

  set_action_state (self, "color", kin_note_get_color (note));
  set_action_state (self, "voice", kin_enum_to_nick (KIN_TYPE_VOICE, kin_note_get_voice (note)));
  set_action_state (self, "principle", kin_note_get_principle (note));
  set_action_state (self, "theme", kin_note_get_cluster (note));

  return g_steal_pointer (&menu);
}

static GMenu *
build_board_menu (KinBoardCanvas *self,
                  KinCluster     *cluster)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();
  g_autoptr(GMenu) theme = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();

  if (cluster != NULL)
    {
      g_menu_append (theme, _("_Rename and Colour…"), "canvas.edit-theme");
      g_menu_append (theme, _("T_idy Notes into a Grid"), "canvas.tidy-theme");
      g_menu_append (theme, _("_Delete Theme"), "canvas.delete-theme");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (theme));
    }

  g_menu_append (add, _("Add _Note Here"), "canvas.add-note-here");
  g_menu_append (add, _("Add T_heme Here"), "canvas.add-theme-here");
  g_menu_append (add, _("_Paste"), "canvas.paste");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));

  g_menu_append (view, _("Select _All"), "canvas.select-all");
  g_menu_append (view, _("_Fit the Board in View"), "canvas.zoom::fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));

  return g_steal_pointer (&menu);
}

/**
 * _kin_board_canvas_popup_menu:
 * @note: (nullable): the note the menu is for
 * @cluster: (nullable): the theme it is for, when not a note
 *
 * Shows the menu at a point of the widget.
 */
void
_kin_board_canvas_popup_menu (KinBoardCanvas *self,
                              KinNote        *note,
                              KinCluster     *cluster,
                              double          widget_x,
                              double          widget_y)
{
  g_autoptr(GMenu) menu = NULL;

  if (self->project == NULL || self->board == NULL)
    return;

  g_set_object (&self->menu_note, note);
  self->menu_x = widget_x;
  self->menu_y = widget_y;

  if (cluster != NULL && note == NULL)
    _kin_board_canvas_set_focus_target (self, NULL, cluster);

  menu = note != NULL ? build_note_menu (self, note) : build_board_menu (self, cluster);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { (int) widget_x, (int) widget_y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

void
_kin_board_canvas_allocate_menus (KinBoardCanvas *self)
{
  if (self->context_menu != NULL && gtk_widget_get_visible (self->context_menu))
    gtk_popover_present (GTK_POPOVER (self->context_menu));

  _kin_board_canvas_place_theme_editor (self);
}

void
_kin_board_canvas_class_init_menus (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.add-note-here", NULL, add_note_here_action);
  gtk_widget_class_install_action (widget_class, "canvas.add-theme-here", NULL, add_theme_here_action);
  _kin_board_canvas_class_init_themes (widget_class);
}

void
_kin_board_canvas_init_menus (KinBoardCanvas *self)
{
  static const struct {
    const char *name;
    GCallback   callback;
  } stateful[] = {
    { "color", G_CALLBACK (color_change_cb) },
    { "voice", G_CALLBACK (voice_change_cb) },
    { "principle", G_CALLBACK (principle_change_cb) },
    { "theme", G_CALLBACK (theme_change_cb) },
  };
  g_autoptr(GSimpleAction) edit = NULL;

  self->note_actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (stateful); i++)
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new_stateful (stateful[i].name, G_VARIANT_TYPE_STRING, g_variant_new_string (""));

      g_signal_connect_object (action, "change-state", stateful[i].callback, self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->note_actions), G_ACTION (action));
    }

  edit = g_simple_action_new ("edit", NULL);
  g_signal_connect_object (edit, "activate", G_CALLBACK (edit_note_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self->note_actions), G_ACTION (edit));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "note", G_ACTION_GROUP (self->note_actions));

  self->context_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  _kin_board_canvas_init_themes (self);
}

/* Another board or project: the menus and the theme editor let go of the
 * old one. */
void
_kin_board_canvas_close_menus (KinBoardCanvas *self)
{
  if (self->context_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->context_menu));

  if (self->theme_editor != NULL)
    {
      KinThemeEditor *editor = KIN_THEME_EDITOR (self->theme_editor);

      gtk_popover_popdown (GTK_POPOVER (editor));
      kin_theme_editor_set_cluster (editor, NULL);
      kin_theme_editor_set_board (editor, self->board);
      kin_theme_editor_set_project (editor, self->project);
    }
}

void
_kin_board_canvas_dispose_menus (KinBoardCanvas *self)
{
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_pointer (&self->theme_editor, gtk_widget_unparent);
  g_clear_object (&self->note_actions);
}
