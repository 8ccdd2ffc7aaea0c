/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-page-private.h"

/* The search entry and principle drop-down above the cards: they decide
 * which of the selected deck's cards the list shows. */

/**
 * _kin_cards_page_find_principle:
 *
 * Returns: (transfer none) (nullable): the principle with id @id
 */
KinPrinciple *
_kin_cards_page_find_principle (KinProject *project,
                                const char *id)
{
  GListModel *principles;

  if (project == NULL || id == NULL)
    return NULL;

  /* Only the principles list, not the whole project: rows look principles
   * up after every edit. */
  principles = kin_project_get_principles (project);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (principle)), id) == 0)
        return principle;
    }

  return NULL;
}

/* Filter ------------------------------------------------------------------ */

/**
 * _kin_cards_page_get_filter_principle:
 *
 * Returns: (nullable): the principle id the list is limited to, "" for
 *   cards with none, or %NULL for all
 */
const char *
_kin_cards_page_get_filter_principle (KinCardsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->principle_filter);

  if (selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->filter_ids->len)
    return NULL;

  return g_ptr_array_index (self->filter_ids, selected - 1);
}

static gboolean
text_matches (const char *text,
              const char *folded_query)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_query) != NULL;
}

static gboolean
card_matches (gpointer item,
              gpointer user_data)
{
  KinCardsPage *self = user_data;
  KinCard *card = item;
  const char *principle = _kin_cards_page_get_filter_principle (self);

  if (principle != NULL)
    {
      const char *card_principle = kin_card_get_principle (card);

      if (g_str_equal (principle, KIN_CARDS_NO_PRINCIPLE) ?
          _kin_cards_page_find_principle (self->project, card_principle) != NULL :
          g_strcmp0 (card_principle, principle) != 0)
        return FALSE;
    }

  if (self->search_folded == NULL || *self->search_folded == '\0')
    return TRUE;

  if (text_matches (kin_card_get_title (card), self->search_folded) ||
      text_matches (kin_card_get_prompt (card), self->search_folded))
    return TRUE;

  for (const char * const *follow_up = kin_card_get_follow_ups (card); *follow_up != NULL; follow_up++)
    if (text_matches (*follow_up, self->search_folded))
      return TRUE;

  return FALSE;
}

static void
filter_changed_cb (KinCardsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->updating_filter)
    return;

  g_free (self->search_folded);
  self->search_folded = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _kin_cards_page_update_state (self);
}

static void
stop_search_cb (KinCardsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  filter_changed_cb (self);
}

/**
 * _kin_cards_page_sync_filter:
 *
 * Offers the project's principles in the principle filter, keeping the one
 * chosen while it exists.
 */
void
_kin_cards_page_sync_filter (KinCardsPage *self)
{
  GListModel *principles = self->project != NULL ? kin_project_get_principles (self->project) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *chosen = g_strdup (_kin_cards_page_get_filter_principle (self));
  guint n = principles != NULL ? g_list_model_get_n_items (principles) : 0;
  guint selected = 0;
  gboolean same;

  g_ptr_array_add (names, g_strdup (_("All Principles")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);
      const char *name = kin_principle_get_name (principle);

      g_ptr_array_add (names, g_strdup (*name != '\0' ? name : _("Untitled Principle")));
      g_ptr_array_add (ids, g_strdup (kin_object_get_id (KIN_OBJECT (principle))));
    }
  g_ptr_array_add (names, g_strdup (_("No Principle")));
  g_ptr_array_add (ids, g_strdup (KIN_CARDS_NO_PRINCIPLE));

  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), chosen) == 0)
      selected = i + 1;

  /* Most edits change no principle; leave the drop-down alone then. */
  same = names->len == g_list_model_get_n_items (G_LIST_MODEL (self->filter_names));
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->filter_names, i),
                      g_ptr_array_index (names, i)) == 0 &&
           (i == 0 || g_strcmp0 (g_ptr_array_index (self->filter_ids, i - 1),
                                 g_ptr_array_index (ids, i - 1)) == 0);
  if (same)
    return;

  g_ptr_array_add (names, NULL);

  self->updating_filter = TRUE;
  gtk_string_list_splice (self->filter_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->filter_names)),
                          (const char * const *) names->pdata);
  g_ptr_array_unref (self->filter_ids);
  self->filter_ids = g_steal_pointer (&ids);
  gtk_drop_down_set_selected (self->principle_filter, selected);
  self->updating_filter = FALSE;

  /* The chosen principle may be gone, or "No Principle" may now hold
   * cards whose principle was deleted. */
  filter_changed_cb (self);
}

/**
 * kin_cards_page_set_search:
 * @text: (nullable): words to look for in the cards' titles, prompts and
 *   follow-ups
 * @principle: (nullable): a principle id to show only its cards, "" for the
 *   cards with none, %NULL for all
 *
 * Filters the list of cards, as the search entry and the principle
 * drop-down do.
 */
void
kin_cards_page_set_search (KinCardsPage *self,
                           const char   *text,
                           const char   *principle)
{
  guint selected = 0;

  g_return_if_fail (KIN_IS_CARDS_PAGE (self));

  for (guint i = 0; principle != NULL && i < self->filter_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->filter_ids, i), principle))
      selected = i + 1;

  self->updating_filter = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  gtk_drop_down_set_selected (self->principle_filter, selected);
  self->updating_filter = FALSE;

  filter_changed_cb (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinCardsPage *self = KIN_CARDS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->cards_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_kin_cards_page_class_init_filter (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cards.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "cards.search", NULL);

  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

/* Called before the list is bound to self->visible_cards. */
void
_kin_cards_page_init_filter (KinCardsPage *self)
{
  self->filter = gtk_custom_filter_new (card_matches, self, NULL);
  self->visible_cards = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));

  self->filter_ids = g_ptr_array_new_with_free_func (g_free);
  self->filter_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->principle_filter, G_LIST_MODEL (self->filter_names));

  _kin_cards_page_sync_filter (self);
}

void
_kin_cards_page_finalize_filter (KinCardsPage *self)
{
  g_clear_object (&self->filter);
  g_clear_object (&self->filter_names);
  g_clear_pointer (&self->filter_ids, g_ptr_array_unref);
  g_clear_pointer (&self->search_folded, g_free);
}
