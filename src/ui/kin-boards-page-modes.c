/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-edit.h"
#include "kin-boards-page-private.h"
#include "kin-drop-down.h"

/* The modes of a workshop on the Boards page, each with a bar under the
 * toolbar while it is on:
 *
 * - Dot voting and silent writing: the bars of KinBoardModes, which the
 *   presenter console shows too; the toolbar's buttons turn them on.
 * - Search and highlight: notes that do not match the words, principle,
 *   voice or theme are dimmed, and the bar counts those that match.
 */

/* Voting and silent writing ------------------------------------------------ */

static void
modes_message_cb (KinBoardsPage *self,
                  const char    *message,
                  KinBoardModes *modes)
{
  _kin_boards_page_toast (self, message);
}

static void
clear_votes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (self->board == NULL)
    return;

  kin_board_clear_votes (self->project, self->board);

  self->delete_undo_depth = kin_history_get_n_undo (kin_project_get_history (self->project));
  escaped = g_markup_escape_text (_("All votes cleared"), -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "boards.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
reveal_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  kin_board_modes_reveal_all (self->modes);
}

/* Filters ------------------------------------------------------------------- */

static void
update_match_count (KinBoardsPage *self)
{
  g_autofree char *text = NULL;
  guint n, matching;

  if (self->board == NULL)
    return;

  n = g_list_model_get_n_items (kin_board_get_notes (self->board));
  matching = kin_board_canvas_count_matching (self->canvas);
  /* Translators: "3 of 12 notes match" the search and filters. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u note matches", "%u of %u notes match", n),
                          matching, n);
  gtk_label_set_text (self->match_label, text);
}

static void
filter_changed_cb (KinBoardsPage *self)
{
  KinNoteFilter filter = { NULL, -1, NULL, NULL };
  guint principle = gtk_drop_down_get_selected (self->principle_dropdown);
  guint voice = gtk_drop_down_get_selected (self->voice_dropdown);
  guint theme = gtk_drop_down_get_selected (self->theme_dropdown);
  const char *text = gtk_editable_get_text (self->search_entry);

  if (self->updating)
    return;

  if (principle != GTK_INVALID_LIST_POSITION && principle > 0 && principle - 1 < self->principle_ids->len)
    filter.principle = g_ptr_array_index (self->principle_ids, principle - 1);
  if (voice != GTK_INVALID_LIST_POSITION && voice > 0)
    filter.voice = (int) voice - 1 + KIN_VOICE_STAFF;
  /* The theme list is "All themes", "No theme", then the themes. */
  if (theme == 1)
    filter.cluster = "";
  else if (theme != GTK_INVALID_LIST_POSITION && theme > 1 && theme - 2 < self->theme_ids->len)
    filter.cluster = g_ptr_array_index (self->theme_ids, theme - 2);
  if (text != NULL && *text != '\0')
    filter.text = text;

  kin_board_canvas_set_filter (self->canvas, &filter);
  update_match_count (self);
}

static void
stop_search_cb (KinBoardsPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Fills a dropdown's list, keeping the chosen entry when it is still there
 * (compared by id). */
static void
refill_choices (KinBoardsPage *self,
                GtkDropDown   *dropdown,
                GtkStringList *list,
                GPtrArray     *ids,
                guint          fixed,
                GPtrArray     *labels,
                GPtrArray     *new_ids)
{
  guint old = gtk_drop_down_get_selected (dropdown);
  g_autofree char *kept = NULL;
  guint selected = old != GTK_INVALID_LIST_POSITION && old < fixed ? old : 0;

  if (old != GTK_INVALID_LIST_POSITION && old >= fixed && old - fixed < ids->len)
    kept = g_strdup (g_ptr_array_index (ids, old - fixed));

  g_ptr_array_set_size (ids, 0);
  for (guint i = 0; i < new_ids->len; i++)
    {
      g_ptr_array_add (ids, g_strdup (g_ptr_array_index (new_ids, i)));
      if (kept != NULL && g_str_equal (kept, g_ptr_array_index (new_ids, i)))
        selected = i + fixed;
    }

  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (dropdown, selected);
}

static gboolean
same_choices (GtkStringList *list,
              guint          fixed,
              GPtrArray     *labels)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) != labels->len)
    return FALSE;

  for (guint i = fixed; i < labels->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (list, i), g_ptr_array_index (labels, i)) != 0)
      return FALSE;

  return TRUE;
}

static void
refresh_filter_choices (KinBoardsPage *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GListModel *list;

  if (self->project == NULL)
    return;

  self->updating = TRUE;

  g_ptr_array_add (labels, (gpointer) _("All principles"));
  list = kin_project_get_principles (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (list, i);

      g_ptr_array_add (labels, (gpointer) kin_principle_get_name (principle));
      g_ptr_array_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (principle)));
    }
  if (!same_choices (self->principle_list, 1, labels))
    refill_choices (self, self->principle_dropdown, self->principle_list, self->principle_ids, 1, labels, ids);

  g_ptr_array_set_size (labels, 0);
  g_ptr_array_set_size (ids, 0);
  g_ptr_array_add (labels, (gpointer) _("All themes"));
  g_ptr_array_add (labels, (gpointer) _("No theme"));
  list = self->board != NULL ? kin_board_get_clusters (self->board) : NULL;
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (list, i);

      g_ptr_array_add (labels, (gpointer) kin_cluster_get_title (cluster));
      g_ptr_array_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (cluster)));
    }
  if (!same_choices (self->theme_list, 2, labels))
    refill_choices (self, self->theme_dropdown, self->theme_list, self->theme_ids, 2, labels, ids);

  self->updating = FALSE;
  filter_changed_cb (self);
}

static void
clear_filters (KinBoardsPage *self)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->principle_dropdown, 0);
  gtk_drop_down_set_selected (self->voice_dropdown, 0);
  gtk_drop_down_set_selected (self->theme_dropdown, 0);
  gtk_editable_set_text (self->search_entry, "");
  self->updating = FALSE;
  filter_changed_cb (self);
}

static void
search_mode_cb (KinBoardsPage *self)
{
  /* Closing the bar shows every note again. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      clear_filters (self);
      if (gtk_widget_get_mapped (GTK_WIDGET (self->canvas)))
        gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
    }
  else
    {
      refresh_filter_choices (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  if (self->board == NULL)
    return;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
}

/* Keeping up ---------------------------------------------------------------- */

/* After every step: counts and the filter choices. */
void
_kin_boards_page_update_modes (KinBoardsPage *self)
{
  if (self->board == NULL)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "boards.reveal-all", kin_board_count_hidden (self->board) > 0);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    refresh_filter_choices (self);
  else
    update_match_count (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "boards.clear-votes", TRUE);
}

/* Another board is shown: the filters start again. */
void
_kin_boards_page_board_changed (KinBoardsPage *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  clear_filters (self);
  _kin_boards_page_update_modes (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "boards.find", self->board != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "boards.clear-votes", self->board != NULL);
}

void
_kin_boards_page_class_init_modes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "boards.clear-votes", NULL, clear_votes_action);
  gtk_widget_class_install_action (widget_class, "boards.reveal-all", NULL, reveal_all_action);
  gtk_widget_class_install_action (widget_class, "boards.find", NULL, find_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "boards.find", NULL);

  gtk_widget_class_bind_template_callback (widget_class, modes_message_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

void
_kin_boards_page_init_modes (KinBoardsPage *self)
{
  g_autoptr(GtkStringList) voices = gtk_string_list_new (NULL);

  kin_drop_down_make_compact (self->principle_dropdown);
  kin_drop_down_make_compact (self->voice_dropdown);
  kin_drop_down_make_compact (self->theme_dropdown);

  self->principle_list = gtk_string_list_new (NULL);
  gtk_string_list_append (self->principle_list, _("All principles"));
  self->principle_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_drop_down_set_model (self->principle_dropdown, G_LIST_MODEL (self->principle_list));

  gtk_string_list_append (voices, _("All voices"));
  for (int voice = KIN_VOICE_STAFF; voice <= KIN_VOICE_OTHER; voice++)
    gtk_string_list_append (voices, kin_voice_get_label (voice));
  gtk_drop_down_set_model (self->voice_dropdown, G_LIST_MODEL (voices));

  self->theme_list = gtk_string_list_new (NULL);
  gtk_string_list_append (self->theme_list, _("All themes"));
  self->theme_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_drop_down_set_model (self->theme_dropdown, G_LIST_MODEL (self->theme_list));

  g_object_bind_property (self->voting_button, "active", self->canvas, "voting",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->silent_button, "active", self->modes, "silent",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->filter_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}
