/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-page-private.h"
#include "kin-deck-edit.h"
#include "kin-list-rows.h"
#include "kin-undo-toast.h"

/* The list of decks and what can be done to a deck: add, rename,
 * duplicate, delete and reorder it. */

/* Deck rows --------------------------------------------------------------- */

static void
update_deck_row (GtkWidget *row)
{
  KinDeck *deck = g_object_get_data (G_OBJECT (row), "kin-deck");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "kin-title");
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "kin-count");
  guint n = g_list_model_get_n_items (kin_deck_get_cards (deck));
  int minutes = kin_deck_get_total_minutes (deck);
  g_autofree char *title_text = _kin_cards_page_dup_deck_title (deck);
  g_autofree char *cards_text = NULL;
  g_autofree char *count_text = NULL;

  gtk_label_set_text (title, title_text);

  /* Translators: how many cards a deck holds. */
  cards_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n), n);
  if (n == 0)
    count_text = g_steal_pointer (&cards_text);
  else
    /* Translators: a deck's number of cards and, after the dot, how many
     * minutes they take altogether. */
    count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d min", "%s · %d min", minutes),
                                  cards_text, minutes);
  gtk_label_set_text (count, count_text);
}

/**
 * _kin_cards_page_refresh_deck_rows:
 *
 * Shows the decks' counts and minutes again, which change with their cards.
 */
void
_kin_cards_page_refresh_deck_rows (KinCardsPage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->decks_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "kin-deck") != NULL)
      update_deck_row (row);
}

static gboolean
deck_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              GtkWidget     *row)
{
  KinCardsPage *self = KIN_CARDS_PAGE (gtk_widget_get_ancestor (row, KIN_TYPE_CARDS_PAGE));
  KinDeck *onto = g_object_get_data (G_OBJECT (row), "kin-deck");
  guint to;

  if (self == NULL || !_kin_cards_page_find_deck (self, onto, &to))
    return FALSE;

  /* A card dropped onto a deck moves to the end of that deck; a deck
   * dropped onto another takes its place in the list. */
  if (G_VALUE_HOLDS (value, KIN_TYPE_CARD))
    return _kin_cards_page_drop_card (self, g_value_get_object (value), onto, G_MAXUINT);

  if (G_VALUE_HOLDS (value, KIN_TYPE_DECK) && g_value_get_object (value) != NULL)
    {
      kin_cards_page_move_deck (self, g_value_get_object (value), to);
      return TRUE;
    }

  return FALSE;
}

GtkWidget *
_kin_cards_page_create_deck_row (gpointer item,
                                 gpointer user_data)
{
  KinDeck *deck = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);

  g_object_set_data_full (G_OBJECT (row), "kin-deck", g_object_ref (deck), g_object_unref);
  g_object_set_data (G_OBJECT (row), "kin-title", title);
  g_object_set_data (G_OBJECT (row), "kin-count", count);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (count), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (count), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (count, "caption");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "kin-count");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), count);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), handle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (deck, "notify::title", G_CALLBACK (update_deck_row), row, G_CONNECT_SWAPPED);
  update_deck_row (row);

  kin_list_row_set_draggable (row, KIN_TYPE_DECK, deck);
  gtk_drop_target_set_gtypes (target, (GType[2]) { KIN_TYPE_CARD, KIN_TYPE_DECK }, 2);
  g_signal_connect (target, "drop", G_CALLBACK (deck_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

/* Deck actions ------------------------------------------------------------ */

static void
start_renaming (KinCardsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->cards_pane);
  gtk_menu_button_popup (self->rename_button);
}

static void
add_deck_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  KinDeck *deck;

  if (self->project == NULL)
    return;

  deck = kin_deck_add (self->project, _("New Deck"));
  kin_cards_page_select_deck (self, deck);
  start_renaming (self);
}

static void
duplicate_deck_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  KinDeck *copy;

  if (!_kin_cards_page_find_deck (self, self->deck, NULL))
    return;

  kin_card_editor_flush (self->editor);
  copy = kin_deck_duplicate (self->project, self->deck);
  kin_cards_page_select_deck (self, copy);
}

static void
rename_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);

  if (_kin_cards_page_find_deck (self, self->deck, NULL))
    start_renaming (self);
}

static void
rename_popover_show_cb (KinCardsPage *self)
{
  if (self->deck == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), kin_deck_get_title (self->deck));
  gtk_widget_grab_focus (GTK_WIDGET (self->rename_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

static char *
dup_new_title (KinCardsPage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rename_entry))));
}

static void
rename_entry_changed_cb (KinCardsPage *self)
{
  g_autofree char *title = dup_new_title (self);

  gtk_widget_set_sensitive (self->rename_commit_button, *title != '\0');
}

/* The popover gathers the whole new title, so that one rename is one undo
 * step; Escape closes it and changes nothing. */
static void
rename_commit_cb (KinCardsPage *self)
{
  g_autofree char *title = dup_new_title (self);

  if (*title == '\0' || !_kin_cards_page_find_deck (self, self->deck, NULL))
    return;

  gtk_popover_popdown (self->rename_popover);

  kin_project_begin_action (self->project, _("Rename Deck"));
  kin_project_set (self->project, self->deck, "title", title, NULL);
  kin_project_end_action (self->project);
}

static void
delete_deck_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  gboolean had_focus = kin_list_box_has_focus (self->decks_list);
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (!_kin_cards_page_find_deck (self, self->deck, NULL))
    return;

  kin_card_editor_flush (self->editor);
  title = _kin_cards_page_dup_deck_title (self->deck);
  kin_deck_delete (self->project, self->deck);

  /* Translators: %s is the title of the deck. */
  message = g_strdup_printf (_("Deck “%s” deleted"), title);
  kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, message);

  if (had_focus)
    kin_list_box_focus_selected_row (self->decks_list);
}

/**
 * kin_cards_page_move_deck:
 * @deck: a deck of the project
 * @position: its position after the move
 *
 * Moves a deck in the list as one undoable step, as dragging it does.
 */
void
kin_cards_page_move_deck (KinCardsPage *self,
                          KinDeck      *deck,
                          guint         position)
{
  guint from;

  g_return_if_fail (KIN_IS_CARDS_PAGE (self));

  if (!_kin_cards_page_find_deck (self, deck, &from) || position >= g_list_model_get_n_items (_kin_cards_page_get_decks (self)) || from == position)
    return;

  kin_card_editor_flush (self->editor);

  kin_project_begin_action (self->project, _("Move Deck"));
  kin_project_move (self->project, _kin_cards_page_get_decks (self), from, position);
  kin_project_end_action (self->project);

  kin_cards_page_select_deck (self, deck);
}

static void
move_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  gboolean up = g_str_equal (action_name, "cards.move-deck-up");
  gboolean had_focus = kin_list_box_has_focus (self->decks_list);
  guint position;

  if (!_kin_cards_page_find_deck (self, self->deck, &position) || (up && position == 0))
    return;

  kin_cards_page_move_deck (self, self->deck, up ? position - 1 : position + 1);
  if (had_focus)
    kin_list_box_focus_selected_row (self->decks_list);
}

static void
show_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);

  if (g_str_equal (action_name, "cards.show-decks"))
    adw_leaflet_set_visible_child (self->leaflet, self->decks_pane);
  else
    adw_leaflet_set_visible_child (self->leaflet, self->cards_pane);
}

void
_kin_cards_page_class_init_decks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cards.add-deck", NULL, add_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.duplicate-deck", NULL, duplicate_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.rename-deck", NULL, rename_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.delete-deck", NULL, delete_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.move-deck-up", NULL, move_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.move-deck-down", NULL, move_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.show-decks", NULL, show_pane_action);
  gtk_widget_class_install_action (widget_class, "cards.show-cards", NULL, show_pane_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "cards.rename-deck", NULL);

  gtk_widget_class_bind_template_callback (widget_class, rename_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, rename_commit_cb);
}

void
_kin_cards_page_init_decks (KinCardsPage *self)
{
  /* In the list of decks, the keys act on the selected deck: they are
   * handled before the page's, which act on the selected card. Delete
   * never reaches the list while typing. */
  kin_list_box_add_shortcut (self->decks_list, GDK_KEY_Delete, 0, "cards.delete-deck");
  kin_list_box_add_shortcut (self->decks_list, GDK_KEY_Up, GDK_ALT_MASK, "cards.move-deck-up");
  kin_list_box_add_shortcut (self->decks_list, GDK_KEY_Down, GDK_ALT_MASK, "cards.move-deck-down");
}
