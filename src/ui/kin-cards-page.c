/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-page-private.h"
#include "kin-deck-edit.h"
#include "kin-list-rows.h"

/* The Conversation Cards section: the decks on the left, the cards of the
 * selected deck in the middle and the editor of the selected card on the
 * right. On a narrow window the three panes fold into one, with back
 * buttons. This file holds the page's state and the selected deck; the
 * decks list is in kin-cards-page-decks.c, the cards in
 * kin-cards-page-cards.c and their search in kin-cards-page-filter.c.
 */

G_DEFINE_FINAL_TYPE (KinCardsPage, kin_cards_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GListModel *
_kin_cards_page_get_decks (KinCardsPage *self)
{
  return self->project != NULL ? kin_project_get_decks (self->project) : NULL;
}

static guint
n_decks (KinCardsPage *self)
{
  GListModel *decks = _kin_cards_page_get_decks (self);

  return decks != NULL ? g_list_model_get_n_items (decks) : 0;
}

/**
 * _kin_cards_page_find_deck:
 *
 * Returns: whether @deck is one of the project's, and where
 */
gboolean
_kin_cards_page_find_deck (KinCardsPage *self,
                           KinDeck      *deck,
                           guint        *position)
{
  return kin_list_model_find (_kin_cards_page_get_decks (self), deck, position);
}

/**
 * _kin_cards_page_dup_deck_title:
 *
 * Returns: (transfer full): the deck's title, or a stand-in for an empty one
 */
char *
_kin_cards_page_dup_deck_title (KinDeck *deck)
{
  const char *title = kin_deck_get_title (deck);

  return g_strdup (*title != '\0' ? title : _("Untitled Deck"));
}

void
_kin_cards_page_update_actions (KinCardsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint deck_position = 0;
  gboolean has_deck = _kin_cards_page_find_deck (self, self->deck, &deck_position);
  gboolean has_card = has_deck && self->card != NULL;
  guint n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->visible_cards));
  guint position = 0;
  /* Moving up and down follows what the list shows, which the filter may
   * have thinned out. */
  gboolean visible = has_card && _kin_cards_page_find_visible (self, self->card, &position);

  gtk_widget_action_set_enabled (widget, "cards.add-deck", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "cards.duplicate-deck", has_deck);
  gtk_widget_action_set_enabled (widget, "cards.rename-deck", has_deck);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rename_button), has_deck);
  gtk_widget_action_set_enabled (widget, "cards.delete-deck", has_deck);
  gtk_widget_action_set_enabled (widget, "cards.move-deck-up", has_deck && deck_position > 0);
  gtk_widget_action_set_enabled (widget, "cards.move-deck-down",
                                 has_deck && deck_position + 1 < n_decks (self));
  gtk_widget_action_set_enabled (widget, "cards.add-card", has_deck);
  gtk_widget_action_set_enabled (widget, "cards.duplicate-card", has_card);
  gtk_widget_action_set_enabled (widget, "cards.delete-card", has_card);
  gtk_widget_action_set_enabled (widget, "cards.move-to-deck", has_card);
  gtk_widget_action_set_enabled (widget, "cards.move-to-new-deck", has_card);
  gtk_widget_action_set_enabled (widget, "cards.move-up", visible && position > 0);
  gtk_widget_action_set_enabled (widget, "cards.move-down", visible && position + 1 < n_visible);
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), has_card);
}

void
_kin_cards_page_update_state (KinCardsPage *self)
{
  guint n_cards = self->deck != NULL ? g_list_model_get_n_items (kin_deck_get_cards (self->deck)) : 0;
  guint n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->visible_cards));

  gtk_stack_set_visible_child_name (self->stack, n_decks (self) == 0 ? "empty" : "decks");
  if (self->project == NULL)
    adw_status_page_set_description (self->status_page,
                                     _("Open or create a project to write its conversation cards."));
  else
    adw_status_page_set_description (self->status_page,
                                     _("A deck holds the prompt cards for a workshop. Draw them one "
                                       "at a time and let small groups talk about each for a few "
                                       "minutes."));

  /* Nothing to search in an empty deck; a search that found nothing
   * stays, so that it can be changed. */
  gtk_widget_set_visible (self->filter_bar, n_cards > 0);

  if (n_cards == 0)
    gtk_stack_set_visible_child_name (self->cards_stack, "empty");
  else if (n_visible == 0)
    gtk_stack_set_visible_child_name (self->cards_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->cards_stack, "cards");

  gtk_stack_set_visible_child_name (self->editor_stack, self->card != NULL ? "editor" : "none");
  if (n_cards == 0)
    adw_status_page_set_description (self->no_card_page, _("This deck has no cards yet."));
  else
    adw_status_page_set_description (self->no_card_page, _("Choose a card in the list to edit it."));

  _kin_cards_page_update_actions (self);
}

/* Selection --------------------------------------------------------------- */

void
_kin_cards_page_show_deck_title (KinCardsPage *self)
{
  g_autofree char *title = self->deck != NULL ? _kin_cards_page_dup_deck_title (self->deck) : NULL;

  gtk_label_set_text (self->deck_title, title != NULL ? title : "");
}

static void
deck_title_notify_cb (KinCardsPage *self)
{
  _kin_cards_page_show_deck_title (self);
}

/* Shows self->deck as the selected row, its title and its cards. */
static void
show_selected_deck (KinCardsPage *self)
{
  guint position;
  GtkListBoxRow *row = NULL;

  if (_kin_cards_page_find_deck (self, self->deck, &position))
    row = gtk_list_box_get_row_at_index (self->decks_list, position);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->decks_list, row);
  self->selecting = FALSE;

  _kin_cards_page_show_deck_cards (self);
  _kin_cards_page_show_deck_title (self);
}

static void
set_deck (KinCardsPage *self,
          KinDeck      *deck)
{
  if (self->deck == deck)
    return;

  kin_card_editor_flush (self->editor);
  /* A rename belongs to the deck it was started for. */
  gtk_popover_popdown (self->rename_popover);

  if (self->deck != NULL)
    g_signal_handlers_disconnect_by_func (self->deck, deck_title_notify_cb, self);

  g_set_object (&self->deck, deck);
  g_clear_object (&self->card);

  if (deck != NULL)
    {
      g_signal_connect_object (deck, "notify::title", G_CALLBACK (deck_title_notify_cb),
                               self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (kin_deck_get_cards (deck)) > 0)
        self->card = g_list_model_get_item (kin_deck_get_cards (deck), 0);
    }
}

/**
 * kin_cards_page_select_deck:
 * @deck: (nullable): a deck of the project
 *
 * Selects @deck in the list and shows its cards, the first one in the
 * editor.
 */
void
kin_cards_page_select_deck (KinCardsPage *self,
                            KinDeck      *deck)
{
  g_return_if_fail (KIN_IS_CARDS_PAGE (self));
  g_return_if_fail (deck == NULL || KIN_IS_DECK (deck));

  set_deck (self, deck);
  show_selected_deck (self);
}

static void
deck_row_selected_cb (KinCardsPage  *self,
                      GtkListBoxRow *row)
{
  if (self->selecting || row == NULL)
    return;

  set_deck (self, g_object_get_data (G_OBJECT (row), "kin-deck"));
  _kin_cards_page_show_deck_cards (self);
  _kin_cards_page_show_deck_title (self);
}

static void
deck_row_activated_cb (KinCardsPage  *self,
                       GtkListBoxRow *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->cards_pane);
}

static void
decks_changed_cb (KinCardsPage *self,
                  guint         position,
                  guint         removed,
                  guint         added,
                  GListModel   *decks)
{
  /* The list box rebuilds the changed rows, which loses the selection; the
   * same deck is selected again, or, when it was removed, the one that
   * took its place. */
  if (!_kin_cards_page_find_deck (self, self->deck, NULL))
    {
      g_autoptr(KinDeck) next = kin_list_model_dup_near (decks, position);

      set_deck (self, next);
    }

  show_selected_deck (self);
}

static void
project_changed_cb (KinCardsPage *self)
{
  /* Counts, minutes and principle names shown in the rows can change with
   * any edit, including undo. */
  _kin_cards_page_refresh_deck_rows (self);
  _kin_cards_page_refresh_card_rows (self);
  _kin_cards_page_sync_filter (self);
  _kin_cards_page_update_actions (self);
}

/* Object ------------------------------------------------------------------ */

static void
kin_cards_page_dispose (GObject *object)
{
  KinCardsPage *self = KIN_CARDS_PAGE (object);

  kin_cards_page_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_CARDS_PAGE);
  g_clear_object (&self->deck);
  g_clear_object (&self->card);
  _kin_cards_page_finalize_cards (self);
  _kin_cards_page_finalize_filter (self);

  G_OBJECT_CLASS (kin_cards_page_parent_class)->dispose (object);
}

static void
kin_cards_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KinCardsPage *self = KIN_CARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cards_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KinCardsPage *self = KIN_CARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_cards_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_cards_page_class_init (KinCardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_cards_page_dispose;
  object_class->get_property = kin_cards_page_get_property;
  object_class->set_property = kin_cards_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KIN_TYPE_CARD_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-cards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, decks_pane);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, decks_list);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, cards_pane);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, decks_back_button);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, deck_title);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, rename_button);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, rename_entry);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, rename_commit_button);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, principle_filter);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, cards_stack);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, cards_list);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, move_button);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, cards_back_bar);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, no_card_page);
  gtk_widget_class_bind_template_child (widget_class, KinCardsPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, deck_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, deck_row_activated_cb);

  _kin_cards_page_class_init_decks (widget_class);
  _kin_cards_page_class_init_cards (widget_class);
  _kin_cards_page_class_init_filter (widget_class);
}

static void
kin_cards_page_init (KinCardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The back buttons only make sense when the panes are folded. */
  g_object_bind_property (self->leaflet, "folded", self->decks_back_button, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->leaflet, "folded", self->cards_back_bar, "visible",
                          G_BINDING_SYNC_CREATE);

  _kin_cards_page_init_decks (self);
  _kin_cards_page_init_cards (self);
  _kin_cards_page_update_state (self);
}

KinProject *
kin_cards_page_get_project (KinCardsPage *self)
{
  g_return_val_if_fail (KIN_IS_CARDS_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_cards_page_set_project:
 * @project: (nullable): the project to show
 */
void
kin_cards_page_set_project (KinCardsPage *self,
                            KinProject   *project)
{
  GListModel *decks;

  g_return_if_fail (KIN_IS_CARDS_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  set_deck (self, NULL);
  kin_card_editor_set_card (self->editor, NULL);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (_kin_cards_page_get_decks (self), self);
    }

  g_set_object (&self->project, project);
  kin_card_editor_set_project (self->editor, project);

  decks = _kin_cards_page_get_decks (self);
  gtk_list_box_bind_model (self->decks_list, decks, _kin_cards_page_create_deck_row, NULL, NULL);

  if (project != NULL)
    {
      g_autoptr(KinDeck) first = NULL;

      g_signal_connect_object (decks, "items-changed",
                               G_CALLBACK (decks_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "changed",
                               G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (decks) > 0)
        first = g_list_model_get_item (decks, 0);
      set_deck (self, first);
    }

  _kin_cards_page_sync_filter (self);
  show_selected_deck (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_cards_page_get_selected_deck:
 *
 * Returns: (nullable) (transfer none): the deck whose cards are shown
 */
KinDeck *
kin_cards_page_get_selected_deck (KinCardsPage *self)
{
  g_return_val_if_fail (KIN_IS_CARDS_PAGE (self), NULL);

  return self->deck;
}

/**
 * kin_cards_page_get_selected_card:
 *
 * Returns: (nullable) (transfer none): the card in the editor
 */
KinCard *
kin_cards_page_get_selected_card (KinCardsPage *self)
{
  g_return_val_if_fail (KIN_IS_CARDS_PAGE (self), NULL);

  return self->card;
}

/**
 * kin_cards_page_get_editor:
 *
 * Returns: (transfer none): the editor of the selected card
 */
KinCardEditor *
kin_cards_page_get_editor (KinCardsPage *self)
{
  g_return_val_if_fail (KIN_IS_CARDS_PAGE (self), NULL);

  return self->editor;
}
