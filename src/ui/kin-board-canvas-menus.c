/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"
#include "kin-theme-editor.h"

/* What the canvas's menus do: the menu of a note (its text, colour, voice,
 * principle and theme), of a theme (rename and colour it, tidy it, delete
 * it) and of the empty board (add a note or a theme there, paste), and
 * deleting. The menu opens with a right-click, Shift+F10 or the Menu key,
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

#define NOTE_GAP KIN_BOARD_GAP

/* Themes ------------------------------------------------------------------ */

/* Gives every note whose centre lies in the board rectangle the theme it now
 * lies in, as part of the current action. */
void
_kin_board_canvas_assign_notes_in_rect (KinBoardCanvas *self,
                                        double          x,
                                        double          y,
                                        double          width,
                                        double          height)
{
  g_autoptr(GPtrArray) notes = kin_board_notes_in_rect (self->board, x, y, width, height);

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);
      double cx = kin_note_get_x (note) + KIN_NOTE_WIDTH / 2;
      double cy = kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2;
      KinCluster *cluster;
      const char *id;

      if (cx < x || cy < y || cx > x + width || cy > y + height)
        continue;

      cluster = kin_board_cluster_at (self->board, cx, cy);
      id = cluster != NULL ? kin_object_get_id (KIN_OBJECT (cluster)) : NULL;
      if (g_strcmp0 (id, kin_note_get_cluster (note)) != 0)
        kin_project_set (self->project, note, "cluster", id, NULL);
    }
}

/* Adds a theme, which takes the notes it covers, as one step, then opens
 * its editor so that it can be named at once. */
void
_kin_board_canvas_add_theme (KinBoardCanvas *self,
                             double          x,
                             double          y,
                             double          width,
                             double          height)
{
  KinCluster *cluster;

  cluster = kin_board_add_cluster (self->project, self->board, x, y,
                                   MAX (width, KIN_CLUSTER_MIN_WIDTH),
                                   MAX (height, KIN_CLUSTER_MIN_HEIGHT),
                                   _("New Theme"));

  kin_board_canvas_set_adding_theme (self, FALSE);
  if (cluster != NULL)
    {
      kin_board_canvas_focus_cluster (self, cluster);
      kin_board_canvas_edit_cluster (self, cluster);
    }
}

/**
 * kin_board_canvas_add_cluster_at_center:
 *
 * Adds a theme in the middle of the view, as one step, and opens its editor.
 *
 * Returns: (nullable) (transfer none): the new theme
 */
KinCluster *
kin_board_canvas_add_cluster_at_center (KinBoardCanvas *self)
{
  GListModel *clusters;
  double x, y;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  if (self->project == NULL || self->board == NULL)
    return NULL;

  _kin_board_canvas_get_view_center (self, &x, &y);
  _kin_board_canvas_add_theme (self, x - KIN_CLUSTER_DEFAULT_WIDTH / 2, y - KIN_CLUSTER_DEFAULT_HEIGHT / 2,
                               KIN_CLUSTER_DEFAULT_WIDTH, KIN_CLUSTER_DEFAULT_HEIGHT);

  clusters = kin_board_get_clusters (self->board);
  if (g_list_model_get_n_items (clusters) == 0)
    return NULL;

  return self->focused_cluster;
}

/* Where the theme editor points: the theme's title bar, or the middle of
 * the view when that is out of sight. */
static void
theme_editor_target (KinBoardCanvas *self,
                     KinCluster     *cluster,
                     GdkRectangle   *rect)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x, y;

  kin_board_canvas_board_to_widget (self, kin_cluster_get_x (cluster), kin_cluster_get_y (cluster), &x, &y);
  rect->x = (int) CLAMP (x, 0, MAX (width - 1, 0));
  rect->y = (int) CLAMP (y, 0, MAX (height - 1, 0));
  rect->width = (int) CLAMP (kin_cluster_get_width (cluster) * self->scale, 1, MAX (width - rect->x, 1));
  rect->height = (int) CLAMP (KIN_CLUSTER_TITLE_HEIGHT * self->scale, 1, MAX (height - rect->y, 1));
}

/**
 * kin_board_canvas_edit_cluster:
 * @cluster: a theme of the board
 *
 * Opens the popover that renames, colours, tidies and deletes @cluster.
 */
void
kin_board_canvas_edit_cluster (KinBoardCanvas *self,
                               KinCluster     *cluster)
{
  GdkRectangle rect;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (KIN_IS_CLUSTER (cluster));

  kin_board_canvas_commit_edit (self);
  _kin_board_canvas_set_focus_target (self, NULL, cluster);

  kin_theme_editor_set_project (KIN_THEME_EDITOR (self->theme_editor), self->project);
  kin_theme_editor_set_board (KIN_THEME_EDITOR (self->theme_editor), self->board);
  kin_theme_editor_set_cluster (KIN_THEME_EDITOR (self->theme_editor), cluster);
  theme_editor_target (self, cluster, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->theme_editor), &rect);
  gtk_popover_popup (GTK_POPOVER (self->theme_editor));
}

static KinCluster *
edited_cluster (KinBoardCanvas *self)
{
  KinCluster *cluster = kin_theme_editor_get_cluster (KIN_THEME_EDITOR (self->theme_editor));

  if (cluster != NULL && gtk_widget_get_visible (self->theme_editor))
    return cluster;

  return self->focused_cluster;
}

static void
edit_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (self->focused_cluster != NULL)
    kin_board_canvas_edit_cluster (self, self->focused_cluster);
}

static void
tidy_theme_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  KinCluster *cluster = edited_cluster (self);

  if (cluster == NULL || self->project == NULL)
    return;

  kin_board_tidy_cluster (self->project, self->board, cluster);
}

static void
delete_cluster (KinBoardCanvas *self,
                KinCluster     *cluster)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the name of a theme of a vision board. */
  message = g_strdup_printf (_("Theme “%s” deleted"), kin_cluster_get_title (cluster));
  gtk_popover_popdown (GTK_POPOVER (self->theme_editor));
  kin_board_delete_cluster (self->project, self->board, cluster);
  _kin_board_canvas_emit_deleted (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
delete_theme_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  g_autoptr(KinCluster) cluster = NULL;

  if (edited_cluster (self) == NULL || self->project == NULL)
    return;

  cluster = g_object_ref (edited_cluster (self));
  delete_cluster (self, cluster);
}

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
          delete_cluster (self, cluster);
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

/* A free place for a note in a theme's grid, or FALSE when it is full. */
static gboolean
find_free_slot (KinBoardCanvas *self,
                KinCluster     *cluster,
                double         *slot_x,
                double         *slot_y)
{
  double cx = kin_cluster_get_x (cluster);
  double cy = kin_cluster_get_y (cluster) + KIN_CLUSTER_TITLE_HEIGHT;
  double cw = kin_cluster_get_width (cluster);
  double ch = kin_cluster_get_height (cluster) - KIN_CLUSTER_TITLE_HEIGHT;
  int columns = MAX (1, (int) ((cw - NOTE_GAP) / (KIN_NOTE_WIDTH + NOTE_GAP)));
  int rows = MAX (1, (int) ((ch - NOTE_GAP) / (KIN_NOTE_HEIGHT + NOTE_GAP)));

  for (int row = 0; row < rows; row++)
    for (int column = 0; column < columns; column++)
      {
        double x = cx + NOTE_GAP + column * (KIN_NOTE_WIDTH + NOTE_GAP);
        double y = cy + row * (KIN_NOTE_HEIGHT + NOTE_GAP);
        g_autoptr(GPtrArray) there = kin_board_notes_in_rect (self->board, x + 1, y + 1,
                                                              KIN_NOTE_WIDTH - 2, KIN_NOTE_HEIGHT - 2);

        if (there->len == 0)
          {
            *slot_x = x;
            *slot_y = y;
            return TRUE;
          }
      }

  return FALSE;
}

static void
move_note_to (KinBoardCanvas *self,
              KinNote        *note,
              double          x,
              double          y)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_ptr_array_add (one, note);
  kin_board_move_notes (self->project, self->board, one,
                        x - kin_note_get_x (note), y - kin_note_get_y (note));
}

/* Puts notes into a theme from the menu: each goes to a free place in the
 * theme's grid; when there is none left they are tidied in, which makes
 * the theme bigger. With no theme, they go just below the one they were
 * in. One step in all. */
static void
move_notes_to_cluster (KinBoardCanvas *self,
                       GPtrArray      *notes,
                       KinCluster     *cluster)
{
  gboolean tidy = FALSE;

  kin_project_begin_action (self->project, _("Move to Theme"));

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);
      const char *current = kin_note_get_cluster (note);
      double x, y;

      if (cluster == NULL)
        {
          KinCluster *old = current != NULL ? kin_project_lookup (self->project, KIN_TYPE_CLUSTER, current)
                                            : NULL;

          if (old == NULL)
            continue;

          move_note_to (self, note,
                        kin_cluster_get_x (old) + i * NOTE_GAP,
                        kin_cluster_get_y (old) + kin_cluster_get_height (old) + NOTE_GAP + i * NOTE_GAP);
          /* Below the theme might be inside another one; otherwise no theme. */
          continue;
        }

      if (g_strcmp0 (current, kin_object_get_id (KIN_OBJECT (cluster))) == 0)
        continue;

      if (!find_free_slot (self, cluster, &x, &y))
        {
          x = kin_cluster_get_x (cluster) + (kin_cluster_get_width (cluster) - KIN_NOTE_WIDTH) / 2;
          y = kin_cluster_get_y (cluster) + (kin_cluster_get_height (cluster) - KIN_NOTE_HEIGHT) / 2;
          tidy = TRUE;
        }
      move_note_to (self, note, x, y);
    }

  if (tidy)
    kin_board_tidy_cluster (self->project, self->board, cluster);

  kin_project_end_action (self->project);
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

  move_notes_to_cluster (self, targets, cluster);
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

  if (self->theme_editor != NULL && gtk_widget_get_visible (self->theme_editor))
    {
      KinCluster *cluster = kin_theme_editor_get_cluster (KIN_THEME_EDITOR (self->theme_editor));
      GdkRectangle rect;

      if (cluster != NULL)
        {
          theme_editor_target (self, cluster, &rect);
          gtk_popover_set_pointing_to (GTK_POPOVER (self->theme_editor), &rect);
        }
      gtk_popover_present (GTK_POPOVER (self->theme_editor));
    }
}

static void
theme_editor_closed_cb (KinBoardCanvas *self)
{
  /* The keyboard carries on from the theme. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
_kin_board_canvas_class_init_menus (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "canvas.add-note-here", NULL, add_note_here_action);
  gtk_widget_class_install_action (widget_class, "canvas.add-theme-here", NULL, add_theme_here_action);
  gtk_widget_class_install_action (widget_class, "canvas.edit-theme", NULL, edit_theme_action);
  gtk_widget_class_install_action (widget_class, "canvas.tidy-theme", NULL, tidy_theme_action);
  gtk_widget_class_install_action (widget_class, "canvas.delete-theme", NULL, delete_theme_action);
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

  self->theme_editor = kin_theme_editor_new ();
  gtk_widget_set_parent (self->theme_editor, GTK_WIDGET (self));
  g_signal_connect_object (self->theme_editor, "closed", G_CALLBACK (theme_editor_closed_cb), self,
                           G_CONNECT_SWAPPED);
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
