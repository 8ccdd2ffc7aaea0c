/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-page-private.h"
#include "kin-color-dot.h"
#include "kin-deck-edit.h"
#include "kin-list-rows.h"
#include "kin-undo-toast.h"

/* The cards of the selected deck: their rows and what can be done to a
 * card (add, duplicate, delete, reorder, move to another deck). Which of
 * them the list shows is decided in kin-cards-page-filter.c. */

static GListModel *
get_deck_cards (KinCardsPage *self)
{
  return self->deck != NULL ? kin_deck_get_cards (self->deck) : NULL;
}

/**
 * _kin_cards_page_find_visible:
 *
 * Returns: whether the list shows @card, and where
 */
gboolean
_kin_cards_page_find_visible (KinCardsPage *self,
                              KinCard      *card,
                              guint        *position)
{
  GListModel *visible = G_LIST_MODEL (self->visible_cards);

  if (card == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(KinCard) item = g_list_model_get_item (visible, i);

      if (item == card)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Rows -------------------------------------------------------------------- */

static void
update_card_row (GtkWidget *row)
{
  KinCardsPage *self = g_object_get_data (G_OBJECT (row), "kin-page");
  KinCard *card = g_object_get_data (G_OBJECT (row), "kin-card");
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "kin-title");
  GtkWidget *dot = g_object_get_data (G_OBJECT (row), "kin-dot");
  GtkWidget *principle_label = g_object_get_data (G_OBJECT (row), "kin-principle");
  GtkWidget *minutes_label = g_object_get_data (G_OBJECT (row), "kin-minutes");
  KinPrinciple *principle = _kin_cards_page_find_principle (self->project, kin_card_get_principle (card));
  int minutes = kin_card_get_minutes (card);
  const char *text = kin_card_get_title (card);
  g_autofree char *minutes_text = NULL;

  gtk_label_set_text (GTK_LABEL (title), *text != '\0' ? text : _("Untitled Card"));

  if (principle != NULL)
    {
      const char *name = kin_principle_get_name (principle);

      gtk_label_set_text (GTK_LABEL (principle_label), *name != '\0' ? name : _("Untitled Principle"));
      kin_color_dot_set_color (dot, kin_principle_get_color (principle));
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (principle_label), _("No principle"));
      kin_color_dot_set_color (dot, NULL);
    }

  /* Translators: a card's time box, in minutes. */
  minutes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), minutes);
  gtk_label_set_text (GTK_LABEL (minutes_label), minutes_text);
}

/**
 * _kin_cards_page_refresh_card_rows:
 *
 * Shows the cards' principles again, whose names and colours live outside
 * the cards.
 */
void
_kin_cards_page_refresh_card_rows (KinCardsPage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->cards_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "kin-card") != NULL)
      update_card_row (row);
}

/* Escapes the mnemonic marks of a menu label: a deck called "Q_and_A" is
 * shown as it is. */
static char *
menu_label (const char *text)
{
  GString *label = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        g_string_append_c (label, '_');
      g_string_append_c (label, *p);
    }

  return g_string_free (label, FALSE);
}

/* The decks the selected card can move to, and a new one. */
static GMenu *
build_move_menu (KinCardsPage *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) decks_section = g_menu_new ();
  g_autoptr(GMenu) new_section = g_menu_new ();
  GListModel *decks = self->project != NULL ? kin_project_get_decks (self->project) : NULL;

  for (guint i = 0; decks != NULL && i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KinDeck) deck = g_list_model_get_item (decks, i);
      g_autofree char *title = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (deck == self->deck)
        continue;

      title = _kin_cards_page_dup_deck_title (deck);
      label = menu_label (title);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "cards.move-to-deck",
                                               g_variant_new_string (kin_object_get_id (KIN_OBJECT (deck))));
      g_menu_append_item (decks_section, item);
    }

  g_menu_append (new_section, _("_New Deck"), "cards.move-to-new-deck");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (decks_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (new_section));

  return menu;
}

static void
move_button_popup_cb (GtkMenuButton *button,
                      gpointer       user_data)
{
  KinCardsPage *self = user_data;
  g_autoptr(GMenu) menu = build_move_menu (self);

  /* Built each time it opens, so that it lists the decks as they are. */
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
card_menu_popup_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  GtkWidget *row = user_data;
  KinCardsPage *self = g_object_get_data (G_OBJECT (row), "kin-page");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GMenu) move = NULL;

  /* The menu acts on the selected card, so the card whose menu it is
   * becomes the selected one, as a right click would make it. */
  kin_cards_page_select_card (self, g_object_get_data (G_OBJECT (row), "kin-card"));

  move = build_move_menu (self);
  g_menu_append (first, _("D_uplicate"), "cards.duplicate-card");
  g_menu_append_submenu (first, _("_Move to Deck"), G_MENU_MODEL (move));
  g_menu_append (last, _("_Delete"), "cards.delete-card");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static gboolean
card_drop_cb (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              GtkWidget     *row)
{
  KinCardsPage *self = g_object_get_data (G_OBJECT (row), "kin-page");
  KinCard *onto = g_object_get_data (G_OBJECT (row), "kin-card");
  guint to;

  if (self->deck == NULL ||
      !g_list_store_find (G_LIST_STORE (get_deck_cards (self)), onto, &to))
    return FALSE;

  /* The dropped card takes the place of the one it was dropped on. */
  return _kin_cards_page_drop_card (self, g_value_get_object (value), self->deck, to);
}

static GtkWidget *
create_card_row (gpointer item,
                 gpointer user_data)
{
  KinCardsPage *self = user_data;
  KinCard *card = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *dot = kin_color_dot_new (10);
  GtkWidget *principle = gtk_label_new (NULL);
  GtkWidget *minutes = gtk_label_new (NULL);
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDropTarget *target = gtk_drop_target_new (KIN_TYPE_CARD, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "kin-page", self);
  g_object_set_data_full (G_OBJECT (row), "kin-card", g_object_ref (card), g_object_unref);
  g_object_set_data (G_OBJECT (row), "kin-title", title);
  g_object_set_data (G_OBJECT (row), "kin-dot", dot);
  g_object_set_data (G_OBJECT (row), "kin-principle", principle);
  g_object_set_data (G_OBJECT (row), "kin-minutes", minutes);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* Long titles wrap rather than widen the list at the editor's expense. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 26);

  gtk_label_set_xalign (GTK_LABEL (principle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (principle), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (principle), 18);
  gtk_widget_add_css_class (principle, "caption");
  gtk_widget_add_css_class (principle, "dim-label");
  gtk_widget_add_css_class (minutes, "caption");
  gtk_widget_add_css_class (minutes, "dim-label");
  gtk_widget_add_css_class (minutes, "kin-count");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), card_menu_popup_cb, row, NULL);
  gtk_widget_set_tooltip_text (menu_button, _("Card Menu"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (meta), dot);
  gtk_box_append (GTK_BOX (meta), principle);
  gtk_box_append (GTK_BOX (meta), minutes);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), meta);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_box_append (GTK_BOX (box), handle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_signal_connect_object (card, "notify", G_CALLBACK (update_card_row), row, G_CONNECT_SWAPPED);
  update_card_row (row);

  kin_list_row_set_draggable (row, KIN_TYPE_CARD, card);
  g_signal_connect (target, "drop", G_CALLBACK (card_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

/* Selection --------------------------------------------------------------- */

/**
 * _kin_cards_page_show_selected_card:
 *
 * Shows self->card as the selected row and in the editor; a card the list
 * does not show (filtered out) is not edited.
 */
void
_kin_cards_page_show_selected_card (KinCardsPage *self)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (_kin_cards_page_find_visible (self, self->card, &position))
    row = gtk_list_box_get_row_at_index (self->cards_list, position);
  else
    g_clear_object (&self->card);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->cards_list, row);
  self->selecting = FALSE;

  kin_card_editor_set_card (self->editor, self->card);
  _kin_cards_page_update_state (self);
}

/**
 * _kin_cards_page_show_deck_cards:
 *
 * Lists the cards of self->deck.
 */
void
_kin_cards_page_show_deck_cards (KinCardsPage *self)
{
  GListModel *cards = get_deck_cards (self);

  if (gtk_filter_list_model_get_model (self->visible_cards) != cards)
    {
      /* The list is emptied and refilled: the card chosen for this deck
       * stays chosen, rather than a neighbour. */
      self->switching_deck = TRUE;
      gtk_filter_list_model_set_model (self->visible_cards, cards);
      self->switching_deck = FALSE;
    }

  if (self->card == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->visible_cards)) > 0)
    self->card = g_list_model_get_item (G_LIST_MODEL (self->visible_cards), 0);

  _kin_cards_page_show_selected_card (self);
}

/**
 * kin_cards_page_select_card:
 * @card: (nullable): a card of the selected deck
 *
 * Selects @card in the list and shows it in the editor. A card of another
 * deck selects that deck first.
 */
void
kin_cards_page_select_card (KinCardsPage *self,
                            KinCard      *card)
{
  g_return_if_fail (KIN_IS_CARDS_PAGE (self));
  g_return_if_fail (card == NULL || KIN_IS_CARD (card));

  if (card != NULL && self->project != NULL)
    {
      KinDeck *deck = kin_deck_find_card (self->project, card, NULL);

      if (deck != NULL && deck != self->deck)
        kin_cards_page_select_deck (self, deck);
    }

  if (self->card != card)
    kin_card_editor_flush (self->editor);
  g_set_object (&self->card, card);
  _kin_cards_page_show_selected_card (self);
}

static void
card_row_selected_cb (KinCardsPage  *self,
                      GtkListBoxRow *row)
{
  if (self->selecting || row == NULL)
    return;

  kin_card_editor_flush (self->editor);
  g_set_object (&self->card, g_object_get_data (G_OBJECT (row), "kin-card"));
  kin_card_editor_set_card (self->editor, self->card);
  _kin_cards_page_update_state (self);
}

static void
card_row_activated_cb (KinCardsPage  *self,
                       GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
visible_cards_changed_cb (KinCardsPage *self,
                          guint         position,
                          guint         removed,
                          guint         added,
                          GListModel   *visible)
{
  if (self->switching_deck)
    return;

  /* The list box rebuilt the changed rows, which loses the selection: the
   * same card is selected again, or, when it went, the one that took its
   * place. */
  if (!_kin_cards_page_find_visible (self, self->card, NULL))
    {
      g_clear_object (&self->card);
      self->card = kin_list_model_dup_near (visible, position);
    }

  _kin_cards_page_show_selected_card (self);
}

/* Actions ----------------------------------------------------------------- */

static void
add_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  g_autofree char *filter_principle = g_strdup (_kin_cards_page_get_filter_principle (self));
  g_autofree char *principle = NULL;
  guint position = G_MAXUINT;
  KinCard *card;

  if (self->project == NULL || self->deck == NULL)
    return;

  kin_card_editor_flush (self->editor);

  /* A new card goes after the selected one and shares its principle, so
   * that cards written together stay together; when the list shows one
   * principle, the new card is of that principle, so that it is shown. */
  if (self->card != NULL &&
      g_list_store_find (G_LIST_STORE (get_deck_cards (self)), self->card, &position))
    {
      position++;
      principle = g_strdup (kin_card_get_principle (self->card));
    }
  if (filter_principle != NULL)
    {
      g_free (principle);
      principle = g_str_equal (filter_principle, KIN_CARDS_NO_PRINCIPLE) ? NULL : g_strdup (filter_principle);
    }

  /* A search would hide the new card. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    kin_cards_page_set_search (self, NULL, filter_principle);

  card = kin_deck_add_card (self->project, self->deck, position, _("New Card"), principle);
  kin_cards_page_select_card (self, card);
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  kin_card_editor_focus_title (self->editor);
}

static void
duplicate_card_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  KinCard *copy;

  if (self->project == NULL || self->card == NULL)
    return;

  kin_card_editor_flush (self->editor);
  copy = kin_deck_duplicate_card (self->project, self->card);
  if (copy != NULL)
    kin_cards_page_select_card (self, copy);
}

static void
delete_card_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  gboolean had_focus = kin_list_box_has_focus (self->cards_list);
  g_autofree char *message = NULL;
  const char *title;

  if (self->project == NULL || self->card == NULL)
    return;

  kin_card_editor_flush (self->editor);
  title = kin_card_get_title (self->card);
  /* Translators: %s is the title of the card. */
  message = *title != '\0' ? g_strdup_printf (_("Card “%s” deleted"), title) : g_strdup (_("Card deleted"));

  kin_deck_delete_card (self->project, self->card);
  kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, message);

  /* The card that took its place is ready for the next key. */
  if (had_focus)
    kin_list_box_focus_selected_row (self->cards_list);
}

/**
 * _kin_cards_page_drop_card:
 *
 * Moves @card to @position in @deck as one undoable step, the way dragging
 * and the Move to Deck menu do.
 *
 * Returns: %TRUE if the card moved
 */
gboolean
_kin_cards_page_drop_card (KinCardsPage *self,
                           KinCard      *card,
                           KinDeck      *deck,
                           guint         position)
{
  KinDeck *from;

  if (self->project == NULL || card == NULL || deck == NULL)
    return FALSE;

  from = kin_deck_find_card (self->project, card, NULL);
  if (from == NULL)
    return FALSE;

  kin_card_editor_flush (self->editor);
  if (!kin_deck_move_card (self->project, card, deck, position))
    return FALSE;

  if (from != deck)
    {
      g_autofree char *title = _kin_cards_page_dup_deck_title (deck);
      /* Translators: %s is the title of the deck the card went to. */
      g_autofree char *message = g_strdup_printf (_("Card moved to “%s”"), title);

      kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, message);
    }
  else
    {
      g_set_object (&self->card, card);
      _kin_cards_page_show_selected_card (self);
    }

  return TRUE;
}

/**
 * kin_cards_page_move_card:
 * @card: a card of the project
 * @deck: the deck to put it in, its own or another
 * @position: its position in @deck after the move; G_MAXUINT puts it last
 *
 * Reorders a card or moves it to another deck as one undoable step, as
 * dragging it onto a card or a deck does.
 */
void
kin_cards_page_move_card (KinCardsPage *self,
                          KinCard      *card,
                          KinDeck      *deck,
                          guint         position)
{
  g_return_if_fail (KIN_IS_CARDS_PAGE (self));
  g_return_if_fail (KIN_IS_CARD (card));
  g_return_if_fail (KIN_IS_DECK (deck));

  _kin_cards_page_drop_card (self, card, deck, position);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  gboolean up = g_str_equal (action_name, "cards.move-up");
  gboolean had_focus = kin_list_box_has_focus (self->cards_list);
  g_autoptr(KinCard) neighbour = NULL;
  guint position, to;

  if (!_kin_cards_page_find_visible (self, self->card, &position))
    return;
  if (up ? position == 0 : position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->visible_cards)))
    return;

  /* The card swaps places with its neighbour in the list as shown, which
   * may skip cards hidden by the filter. */
  neighbour = g_list_model_get_item (G_LIST_MODEL (self->visible_cards), up ? position - 1 : position + 1);
  if (g_list_store_find (G_LIST_STORE (get_deck_cards (self)), neighbour, &to) &&
      _kin_cards_page_drop_card (self, self->card, self->deck, to) && had_focus)
    kin_list_box_focus_selected_row (self->cards_list);
}

static void
move_to_deck_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  KinDeck *deck;

  if (self->project == NULL || self->card == NULL)
    return;

  deck = kin_project_lookup (self->project, KIN_TYPE_DECK, g_variant_get_string (parameter, NULL));
  if (deck != NULL)
    _kin_cards_page_drop_card (self, self->card, deck, G_MAXUINT);
}

static void
move_to_new_deck_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);
  g_autoptr(KinCard) card = NULL;
  KinDeck *deck;

  if (self->project == NULL || self->card == NULL)
    return;

  kin_card_editor_flush (self->editor);
  card = g_object_ref (self->card);

  /* Making the deck and moving the card into it is one step. */
  kin_project_begin_action (self->project, _("Move Card to New Deck"));
  deck = kin_deck_add (self->project, _("New Deck"));
  kin_deck_move_card (self->project, card, deck, 0);
  kin_project_end_action (self->project);

  kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, _("Card moved to a new deck"));
}

/* Set-up ------------------------------------------------------------------ */

void
_kin_cards_page_class_init_cards (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cards.add-card", NULL, add_card_action);
  gtk_widget_class_install_action (widget_class, "cards.duplicate-card", NULL, duplicate_card_action);
  gtk_widget_class_install_action (widget_class, "cards.delete-card", NULL, delete_card_action);
  gtk_widget_class_install_action (widget_class, "cards.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "cards.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "cards.move-to-deck", "s", move_to_deck_action);
  gtk_widget_class_install_action (widget_class, "cards.move-to-new-deck", NULL, move_to_new_deck_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "cards.add-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "cards.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "cards.move-down", NULL);

  gtk_widget_class_bind_template_callback (widget_class, card_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_row_activated_cb);
}

void
_kin_cards_page_init_cards (KinCardsPage *self)
{
  _kin_cards_page_init_filter (self);
  gtk_list_box_bind_model (self->cards_list, G_LIST_MODEL (self->visible_cards),
                           create_card_row, self, NULL);
  g_signal_connect_object (self->visible_cards, "items-changed",
                           G_CALLBACK (visible_cards_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_menu_button_set_create_popup_func (self->move_button, move_button_popup_cb, self, NULL);

  /* Delete removes the selected card only from the list itself, never
   * while typing in the editor. */
  kin_list_box_add_shortcut (self->cards_list, GDK_KEY_Delete, 0, "cards.delete-card");
}

void
_kin_cards_page_finalize_cards (KinCardsPage *self)
{
  g_clear_object (&self->visible_cards);
}
