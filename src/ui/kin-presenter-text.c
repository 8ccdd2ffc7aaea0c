/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-presenting"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kin-agenda-kinds.h"
#include "kin-model.h"
#include "kin-presenter-text.h"

/* Whole seconds as "m:ss", or "h:mm:ss" from an hour up. */
static char *
format_seconds (gint64 seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d",
                            seconds / 3600, (int) (seconds / 60 % 60), (int) (seconds % 60));

  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

/**
 * kin_presenter_text_countdown:
 * @remaining_ms: the time left; negative past zero
 *
 * Returns: (transfer full): the countdown as the room reads it: "4:00",
 *   "0:01", then "−0:12" past zero. A part of a second left counts as a
 *   whole one, so "0:00" shows only when the time is up.
 */
char *
kin_presenter_text_countdown (gint64 remaining_ms)
{
  g_autofree char *digits = NULL;

  if (remaining_ms > -1000)
    return format_seconds (remaining_ms > 0 ? (remaining_ms + 999) / 1000 : 0);

  digits = format_seconds (-remaining_ms / 1000);
  /* Translators: a countdown that went past zero, e.g. "−1:05"; the first
   * character is a minus sign. */
  return g_strdup_printf (_("−%s"), digits);
}

/**
 * kin_presenter_text_duration:
 * @ms: a length of time, 0 or more
 *
 * Returns: (transfer full): @ms in whole seconds, "12:30" or "1:45:00"
 */
char *
kin_presenter_text_duration (gint64 ms)
{
  return format_seconds (MAX (ms, 0) / 1000);
}

/**
 * kin_presenter_text_progress:
 * @elapsed_ms: the time that has run
 * @planned_minutes: the time planned
 *
 * Returns: (transfer full): "12:30 of 25:00"
 */
char *
kin_presenter_text_progress (gint64 elapsed_ms,
                             int    planned_minutes)
{
  g_autofree char *elapsed = kin_presenter_text_duration (elapsed_ms);
  g_autofree char *planned = format_seconds ((gint64) MAX (planned_minutes, 0) * 60);

  /* Translators: elapsed time against planned time, e.g. "12:30 of 25:00". */
  return g_strdup_printf (_("%s of %s"), elapsed, planned);
}

/**
 * kin_presenter_text_item_title:
 * @item: (nullable): an agenda item
 *
 * Returns: (transfer full): the item's title, or the name of its kind
 *   when it has none
 */
char *
kin_presenter_text_item_title (KinAgendaItem *item)
{
  const char *title;

  if (item == NULL)
    return g_strdup ("");

  title = kin_agenda_item_get_title (item);
  if (title != NULL && *title != '\0')
    return g_strdup (title);

  return g_strdup (kin_agenda_kind_get_label (kin_agenda_item_get_kind (item)));
}

/**
 * kin_presenter_text_card_number:
 *
 * Returns: the place of the current card among the cards drawn in this
 *   round (1 for the first), or 0 when no card is drawn
 */
int
kin_presenter_text_card_number (KinPresenter *presenter)
{
  KinCard *card = kin_presenter_get_current_card (presenter);
  GListModel *history;
  guint n;

  if (card == NULL)
    return 0;

  history = kin_presenter_get_history (presenter);
  n = history != NULL ? g_list_model_get_n_items (history) : 0;

  /* The current card is normally the last one drawn; look from the end. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(KinCard) drawn = g_list_model_get_item (history, i - 1);

      if (drawn == card)
        return i;
    }

  return n + 1;
}

/**
 * kin_presenter_text_position:
 *
 * Returns: (transfer full): where the session is: "Item 3 of 7", and
 *   "Item 3 of 7 · Card 2 of 21" while a card is drawn; "" before the
 *   agenda has any item
 */
char *
kin_presenter_text_position (KinPresenter *presenter)
{
  int index = kin_presenter_get_item_index (presenter);
  guint n_items = kin_presenter_get_n_items (presenter);
  KinDeck *deck = kin_presenter_get_deck (presenter);
  int card = kin_presenter_text_card_number (presenter);
  g_autofree char *item_text = NULL;

  if (index < 0 || n_items == 0)
    return g_strdup ("");

  /* Translators: the place of the current item in the agenda. */
  item_text = g_strdup_printf (_("Item %d of %u"), index + 1, n_items);

  if (card > 0 && deck != NULL)
    {
      guint n_cards = g_list_model_get_n_items (kin_deck_get_cards (deck));

      /* Translators: the position on the projector, e.g.
       * "Item 3 of 7 · Card 2 of 21". */
      return g_strdup_printf (_("%s · Card %d of %u"), item_text, card, MAX (n_cards, (guint) card));
    }

  return g_steal_pointer (&item_text);
}

/**
 * kin_presenter_text_back_at:
 * @now: the wall-clock time now
 *
 * Returns: (transfer full): when a break ends if the countdown runs to
 *   zero from @now, "Back at 10:45", to the nearest minute
 */
char *
kin_presenter_text_back_at (KinPresenter *presenter,
                            GDateTime    *now)
{
  gint64 remaining_ms = MAX (kin_presenter_get_remaining_ms (presenter), 0);
  double seconds = g_date_time_get_seconds (now);
  double total = seconds + remaining_ms / 1000.0;
  g_autoptr(GDateTime) back = g_date_time_add_seconds (now, floor ((total + 30) / 60) * 60 - seconds);
  g_autofree char *clock = g_date_time_format (back, "%H:%M");

  /* Translators: when a break ends, e.g. "Back at 10:45". */
  return g_strdup_printf (_("Back at %s"), clock);
}
