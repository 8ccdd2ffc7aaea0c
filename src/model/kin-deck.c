/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-deck.h"
#include "kin-card.h"
#include "kin-model-private.h"

/**
 * KinDeck:
 *
 * A deck of conversation cards.
 */
struct _KinDeck
{
  KinObject parent_instance;

  char *title;

  GListStore *cards;
};

G_DEFINE_FINAL_TYPE (KinDeck, kin_deck, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_deck_foreach_child_list (KinObject        *object,
                             KinChildListFunc  func,
                             gpointer          user_data)
{
  KinDeck *self = KIN_DECK (object);

  func (G_LIST_MODEL (self->cards), user_data);
}

static void
kin_deck_dispose (GObject *object)
{
  KinDeck *self = KIN_DECK (object);

  g_clear_object (&self->cards);

  G_OBJECT_CLASS (kin_deck_parent_class)->dispose (object);
}

static void
kin_deck_finalize (GObject *object)
{
  KinDeck *self = KIN_DECK (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (kin_deck_parent_class)->finalize (object);
}

static void
kin_deck_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinDeck *self = KIN_DECK (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_deck_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_deck_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinDeck *self = KIN_DECK (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_deck_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_deck_class_init (KinDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_deck_dispose;
  object_class->finalize = kin_deck_finalize;
  object_class->get_property = kin_deck_get_property;
  object_class->set_property = kin_deck_set_property;

  kin_class->type_label = N_("Card Deck");
  kin_class->foreach_child_list = kin_deck_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_deck_init (KinDeck *self)
{
  self->cards = g_list_store_new (KIN_TYPE_CARD);
}

/**
 * kin_deck_new:
 *
 * Creates a card deck with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinDeck
 */
KinDeck *
kin_deck_new (void)
{
  return g_object_new (KIN_TYPE_DECK, NULL);
}

/**
 * kin_deck_get_title:
 * @self: a #KinDeck
 *
 * Returns: the title, never %NULL
 */
const char *
kin_deck_get_title (KinDeck *self)
{
  g_return_val_if_fail (KIN_IS_DECK (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_deck_set_title:
 * @self: a #KinDeck
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_deck_set_title (KinDeck    *self,
                    const char *title)
{
  g_return_if_fail (KIN_IS_DECK (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_deck_get_cards:
 * @self: a #KinDeck
 *
 * Returns: (transfer none): the cards of the deck, a #GListStore of #KinCard
 */
GListModel *
kin_deck_get_cards (KinDeck *self)
{
  g_return_val_if_fail (KIN_IS_DECK (self), NULL);

  return G_LIST_MODEL (self->cards);
}
