/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "kin-model.h"

G_BEGIN_DECLS

/*
 * The fixture of the presenter tests, header-only so that both test
 * programs share it: a project whose session is presented with a fake
 * clock. The agenda:
 *
 *   0 "Welcome"  custom, 10 minutes
 *   1 "Cards"    cards from deck "d", 20 minutes; the cards have 3, 0 (so
 *                the item's 20), 5 and 2 minutes
 *   2 "Pause"    break, 0 minutes
 *   3 "Close"    custom, 5 minutes
 *
 * With test data NULL the fixture also has a presenter whose notifications
 * it counts; otherwise a test makes its own with new_presenter().
 */

#define SECOND ((gint64) G_USEC_PER_SEC)

typedef struct
{
  KinProject *project;
  KinSession *session;
  KinDeck *deck;
  KinPresenter *presenter;
  gint64 now;
  GHashTable *notified;  /* property name -> count */
  guint pile_changes;
} Fixture;

static inline gint64
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->now;
}

static inline void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Fixture *fixture = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (fixture->notified, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, name)) + 1));
}

static inline void
pile_changed_cb (KinPresenter *presenter,
                 gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->pile_changes++;
}

static inline guint
notified (Fixture    *fixture,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->notified, name));
}

static inline guint
notified_total (Fixture *fixture)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, fixture->notified);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static inline void
forget_notifications (Fixture *fixture)
{
  g_hash_table_remove_all (fixture->notified);
  fixture->pile_changes = 0;
}

static inline KinAgendaItem *
add_item (KinSession    *session,
          const char    *id,
          KinAgendaKind  kind,
          const char    *ref,
          const char    *title,
          int            minutes)
{
  g_autoptr(KinAgendaItem) item = g_object_new (KIN_TYPE_AGENDA_ITEM, "id", id, NULL);

  kin_agenda_item_set_kind (item, kind);
  kin_agenda_item_set_ref (item, ref);
  kin_agenda_item_set_title (item, title);
  kin_agenda_item_set_minutes (item, minutes);
  g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);

  return item;
}

static inline void
add_card (KinDeck    *deck,
          const char *id,
          int         minutes)
{
  g_autoptr(KinCard) card = g_object_new (KIN_TYPE_CARD, "id", id, NULL);

  kin_card_set_title (card, id);
  kin_card_set_minutes (card, minutes);
  g_list_store_append (G_LIST_STORE (kin_deck_get_cards (deck)), card);
}

static inline KinPresenter *
new_presenter (Fixture *fixture)
{
  KinPresenter *presenter = kin_presenter_new (fixture->project, fixture->session);

  kin_presenter_set_clock (presenter, fake_clock, fixture);

  return presenter;
}

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KinDeck) deck = g_object_new (KIN_TYPE_DECK, "id", "d", NULL);
  g_autoptr(KinSession) session = g_object_new (KIN_TYPE_SESSION, "id", "s", NULL);

  fixture->now = 1000 * SECOND;
  fixture->project = kin_project_new ();
  fixture->deck = deck;
  fixture->session = session;
  g_list_store_append (G_LIST_STORE (kin_project_get_decks (fixture->project)), deck);
  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (fixture->project)), session);

  add_card (deck, "c1", 3);
  add_card (deck, "c2", 0);
  add_card (deck, "c3", 5);
  add_card (deck, "c4", 2);

  kin_session_set_start (session, "09:00");
  add_item (session, "welcome", KIN_AGENDA_KIND_CUSTOM, NULL, "Welcome", 10);
  add_item (session, "cards", KIN_AGENDA_KIND_CARDS, "d", "Cards", 20);
  add_item (session, "pause", KIN_AGENDA_KIND_BREAK, NULL, "Pause", 0);
  add_item (session, "close", KIN_AGENDA_KIND_CUSTOM, NULL, "Close", 5);

  if (data == NULL)
    {
      fixture->presenter = new_presenter (fixture);
      fixture->notified = g_hash_table_new (g_str_hash, g_str_equal);
      g_signal_connect (fixture->presenter, "notify", G_CALLBACK (notify_cb), fixture);
      g_signal_connect (fixture->presenter, "pile-changed", G_CALLBACK (pile_changed_cb), fixture);
    }
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->presenter != NULL)
    g_assert_finalize_object (fixture->presenter);
  g_clear_pointer (&fixture->notified, g_hash_table_unref);
  g_assert_finalize_object (fixture->project);
}

static inline void
advance (Fixture *fixture,
         gint64   seconds)
{
  fixture->now += seconds * SECOND;
  kin_presenter_tick (fixture->presenter);
}

static inline const char *
item_id (KinPresenter *presenter)
{
  KinAgendaItem *item = kin_presenter_get_current_item (presenter);

  return item != NULL ? kin_object_get_id (KIN_OBJECT (item)) : NULL;
}

static inline const char *
card_id (KinCard *card)
{
  return card != NULL ? kin_object_get_id (KIN_OBJECT (card)) : NULL;
}

static inline KinAgendaItem *
agenda_item (Fixture *fixture,
             guint    index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (fixture->session), index);

  return item;
}

/* The ids of the history, with a "!" after skipped ones, such as "c1! c2". */
static inline char *
history_text (KinPresenter *presenter)
{
  GListModel *history = kin_presenter_get_history (presenter);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (history, i);

      g_string_append_printf (text, "%s%s%s", i > 0 ? " " : "", card_id (card),
                              kin_presenter_history_is_skipped (presenter, i) ? "!" : "");
    }

  return g_string_free (text, FALSE);
}

#define assert_history(presenter, expected) \
  G_STMT_START { \
    g_autofree char *history__ = history_text (presenter); \
    g_assert_cmpstr (history__, ==, expected); \
  } G_STMT_END

G_END_DECLS
