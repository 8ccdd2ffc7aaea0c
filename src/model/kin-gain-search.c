/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

/* memmem() is a GNU extension; it finds a word of the query inside the
 * haystack without copying the word into a NUL-terminated buffer. */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "kin-gain-search.h"
#include "kin-gain.h"
#include "kin-gain-index-private.h"
#include "kin-object.h"

/*
 * Searching, filtering and sorting the marginal-gains log. The list
 * filters 100,000 gains on every keystroke and sorts them on a click, so
 * everything here reads the packed per-gain index of kin-gain-index.c
 * instead of the gain's own strings.
 *
 * The functions called once per gain per keystroke or per comparison only
 * check their gains against NULL: a type check reads the object, and in
 * a sort that is a cache miss the index lookup otherwise avoids.
 */

G_DEFINE_BOXED_TYPE (KinGainFilter, kin_gain_filter,
                     kin_gain_filter_copy, kin_gain_filter_free)

/**
 * kin_gain_search_fold:
 * @text: (nullable): text typed by the user
 *
 * Folds @text the way gains are indexed: lower case, accents removed,
 * leading and trailing white space trimmed. Pass the result to
 * kin_gain_matches_text().
 *
 * Returns: (transfer full): the folded text, never %NULL
 */
char *
kin_gain_search_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text != NULL)
    _kin_gain_fold_append (out, text);

  g_strstrip (out->str);
  out->len = strlen (out->str);

  return g_string_free (out, FALSE);
}

/**
 * kin_gain_get_team_key:
 * @gain: a #KinGain
 *
 * Returns: the team of @gain folded with kin_gain_search_fold(); valid
 *   until the gain changes or the next call of a function of this file
 *   (copy it to keep it)
 */
const char *
kin_gain_get_team_key (KinGain *gain)
{
  g_return_val_if_fail (KIN_IS_GAIN (gain), "");

  _kin_gain_index_maintain ();
  return KIN_GAIN_INDEX_KEY (_kin_gain_index_get (gain), team_key);
}

/**
 * kin_gain_get_who_key:
 * @gain: a #KinGain
 *
 * Returns: who made @gain, folded with kin_gain_search_fold(), so that
 *   "Ann Lee " and "ann lee" are the same contributor; valid until the
 *   gain changes or the next call of a function of this file (copy it to
 *   keep it)
 */
const char *
kin_gain_get_who_key (KinGain *gain)
{
  g_return_val_if_fail (KIN_IS_GAIN (gain), "");

  _kin_gain_index_maintain ();
  return KIN_GAIN_INDEX_KEY (_kin_gain_index_get (gain), who_key);
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
index_matches_text (const KinGainIndex *index,
                    const char         *p)
{
  while (*p != '\0')
    {
      const char *word;

      while (is_space (*p))
        p++;
      if (*p == '\0')
        break;

      word = p;
      while (*p != '\0' && !is_space (*p))
        p++;

      if (memmem (index->haystack, index->haystack_len, word, p - word) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * kin_gain_matches_text:
 * @gain: a #KinGain
 * @casefolded_query: (nullable): a query folded with kin_gain_search_fold()
 *
 * Checks whether every word of the query appears somewhere in the title,
 * before, change, evidence, team or who of @gain. Words may be parts of
 * words: "arrea" finds "arrears".
 *
 * Returns: %TRUE if all words are found (or the query has none)
 */
gboolean
kin_gain_matches_text (KinGain    *gain,
                       const char *casefolded_query)
{
  g_return_val_if_fail (gain != NULL, FALSE);

  if (casefolded_query == NULL || *casefolded_query == '\0')
    return TRUE;

  _kin_gain_index_maintain ();
  return index_matches_text (_kin_gain_index_get (gain), casefolded_query);
}

/**
 * kin_gain_filter_new:
 *
 * Returns: (transfer full): a filter that lets every gain through
 */
KinGainFilter *
kin_gain_filter_new (void)
{
  return g_new0 (KinGainFilter, 1);
}

/**
 * kin_gain_filter_copy:
 * @filter: a #KinGainFilter
 *
 * Returns: (transfer full): a deep copy of @filter
 */
KinGainFilter *
kin_gain_filter_copy (const KinGainFilter *filter)
{
  KinGainFilter *copy;

  g_return_val_if_fail (filter != NULL, NULL);

  copy = g_new0 (KinGainFilter, 1);
  copy->query = g_strdup (filter->query);
  copy->team = g_strdup (filter->team);
  copy->principle = g_strdup (filter->principle);
  copy->statuses = filter->statuses;
  copy->from = g_strdup (filter->from);
  copy->to = g_strdup (filter->to);

  return copy;
}

/**
 * kin_gain_filter_free:
 * @filter: (nullable): a #KinGainFilter
 *
 * Frees @filter and its strings.
 */
void
kin_gain_filter_free (KinGainFilter *filter)
{
  if (filter == NULL)
    return;

  g_free (filter->query);
  g_free (filter->team);
  g_free (filter->principle);
  g_free (filter->from);
  g_free (filter->to);
  g_free (filter);
}

/**
 * kin_gain_filter_set_query:
 * @filter: a #KinGainFilter
 * @text: (nullable): the search text as typed
 *
 * Sets the words to look for, folding them.
 */
void
kin_gain_filter_set_query (KinGainFilter *filter,
                           const char    *text)
{
  g_return_if_fail (filter != NULL);

  g_free (filter->query);
  filter->query = kin_gain_search_fold (text);
}

/**
 * kin_gain_filter_set_team:
 * @filter: a #KinGainFilter
 * @team: (nullable): a team as written in a gain, or %NULL for every team
 *
 * Limits the filter to one team, folding the name.
 */
void
kin_gain_filter_set_team (KinGainFilter *filter,
                          const char    *team)
{
  g_return_if_fail (filter != NULL);

  g_free (filter->team);
  filter->team = team != NULL ? kin_gain_search_fold (team) : NULL;
}

/**
 * kin_gain_filter_set_principle:
 * @filter: a #KinGainFilter
 * @principle_id: (nullable): a principle id, or %NULL for any
 *
 * Limits the filter to gains serving one principle.
 */
void
kin_gain_filter_set_principle (KinGainFilter *filter,
                               const char    *principle_id)
{
  g_return_if_fail (filter != NULL);

  g_free (filter->principle);
  filter->principle = g_strdup (principle_id);
}

/**
 * kin_gain_filter_set_dates:
 * @filter: a #KinGainFilter
 * @from: (nullable): the earliest date, "YYYY-MM-DD", inclusive
 * @to: (nullable): the latest date, "YYYY-MM-DD", inclusive
 *
 * Limits the filter to a range of dates; %NULL leaves that end open.
 */
void
kin_gain_filter_set_dates (KinGainFilter *filter,
                           const char    *from,
                           const char    *to)
{
  g_return_if_fail (filter != NULL);

  g_free (filter->from);
  g_free (filter->to);
  filter->from = g_strdup (from);
  filter->to = g_strdup (to);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * kin_gain_filter_is_empty:
 * @filter: (nullable): a #KinGainFilter
 *
 * Returns: %TRUE if @filter lets every gain through
 */
gboolean
kin_gain_filter_is_empty (const KinGainFilter *filter)
{
  if (filter == NULL)
    return TRUE;

  return (!is_set (filter->query) &&
          !is_set (filter->team) &&
          !is_set (filter->principle) &&
          (filter->statuses == 0 ||
           (filter->statuses & KIN_GAIN_STATUS_ALL) == KIN_GAIN_STATUS_ALL) &&
          !is_set (filter->from) &&
          !is_set (filter->to));
}

static gboolean
strv_contains (const char * const *strv,
               const char         *text)
{
  for (; *strv != NULL; strv++)
    if (strcmp (*strv, text) == 0)
      return TRUE;

  return FALSE;
}

/**
 * kin_gain_filter_matches:
 * @filter: (nullable): a #KinGainFilter; %NULL lets everything through
 * @gain: a #KinGain
 *
 * Checks @gain against every condition of @filter. The cheap conditions
 * are tested before the text search.
 *
 * Returns: %TRUE if the gain should be shown
 */
gboolean
kin_gain_filter_matches (const KinGainFilter *filter,
                         KinGain             *gain)
{
  KinGainIndex *index;

  g_return_val_if_fail (gain != NULL, FALSE);

  if (filter == NULL)
    return TRUE;

  _kin_gain_index_maintain ();
  index = _kin_gain_index_get (gain);

  if (filter->statuses != 0 &&
      (filter->statuses & KIN_GAIN_STATUS_BIT (index->status)) == 0)
    return FALSE;

  /* A gain without a valid date counts as earlier than any date. */
  if (is_set (filter->from) && index->date < _kin_gain_date_number (filter->from))
    return FALSE;
  if (is_set (filter->to) && index->date > _kin_gain_date_number (filter->to))
    return FALSE;

  if (is_set (filter->team) && strcmp (KIN_GAIN_INDEX_KEY (index, team_key), filter->team) != 0)
    return FALSE;

  if (is_set (filter->principle) &&
      !strv_contains (kin_gain_get_principles (gain), filter->principle))
    return FALSE;

  /* The index is still current: nothing above can change it. */
  return filter->query == NULL || index_matches_text (index, filter->query);
}

static int
compare_int (int a,
             int b)
{
  return (a > b) - (a < b);
}

/* Compares folded keys, first by their packed prefixes, so that "émile"
 * sorts with "emile". An empty value sorts last: a gain without a team is
 * not the first thing to show. */
static inline int
compare_keys (guint64     prefix_a,
              guint64     prefix_b,
              const char *key_a,
              const char *key_b)
{
  if (key_a[0] == '\0' || key_b[0] == '\0')
    return (key_a[0] == '\0') - (key_b[0] == '\0');

  if (prefix_a != prefix_b)
    return prefix_a < prefix_b ? -1 : 1;

  return strcmp (key_a, key_b);
}

/**
 * kin_gain_compare_by:
 * @key: the column to sort by
 * @a: a #KinGain
 * @b: another #KinGain
 *
 * Compares two gains for sorting the list in ascending order (reverse the
 * sign for descending). Text compares ignoring case, accents and spaces at
 * either end, so "Income" and "income " are one team. Ties are broken by
 * date, then id, so that the order is always the same whatever the sort
 * algorithm.
 *
 * Returns: a negative value if @a comes first, positive if @b does, 0 only
 *   for the same gain
 */
int
kin_gain_compare_by (KinGainSortKey  key,
                     KinGain        *a,
                     KinGain        *b)
{
  KinGainIndex *x, *y;
  int result = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  _kin_gain_index_maintain ();
  x = _kin_gain_index_get (a);
  y = _kin_gain_index_get (b);

  switch (key)
    {
    case KIN_GAIN_SORT_DATE:
      break;

    case KIN_GAIN_SORT_TITLE:
      result = compare_keys (x->title_prefix, y->title_prefix,
                             KIN_GAIN_INDEX_KEY (x, title_key), KIN_GAIN_INDEX_KEY (y, title_key));
      break;

    case KIN_GAIN_SORT_TEAM:
      result = compare_keys (x->team_prefix, y->team_prefix,
                             KIN_GAIN_INDEX_KEY (x, team_key), KIN_GAIN_INDEX_KEY (y, team_key));
      break;

    case KIN_GAIN_SORT_WHO:
      result = compare_keys (x->who_prefix, y->who_prefix,
                             KIN_GAIN_INDEX_KEY (x, who_key), KIN_GAIN_INDEX_KEY (y, who_key));
      break;

    case KIN_GAIN_SORT_IMPACT:
      result = compare_int (x->impact, y->impact);
      break;

    case KIN_GAIN_SORT_EFFORT:
      result = compare_int (x->effort, y->effort);
      break;

    case KIN_GAIN_SORT_STATUS:
      result = compare_int (x->status, y->status);
      break;

    default:
      g_return_val_if_reached (0);
    }

  if (result == 0)
    result = (x->date > y->date) - (x->date < y->date);
  /* Two dates that are not valid still order by their text. */
  if (result == 0 && x->date == 0)
    result = strcmp (kin_gain_get_date (a), kin_gain_get_date (b));
  if (result == 0 && x->id_prefix != y->id_prefix)
    result = x->id_prefix < y->id_prefix ? -1 : 1;
  if (result == 0)
    result = strcmp (kin_object_get_id (KIN_OBJECT (a)), kin_object_get_id (KIN_OBJECT (b)));

  return result;
}

/**
 * kin_gain_compare_func:
 * @a: a #KinGain
 * @b: another #KinGain
 * @key: a #KinGainSortKey wrapped with GINT_TO_POINTER()
 *
 * kin_gain_compare_by() as a #GCompareDataFunc, for
 * gtk_custom_sorter_new (kin_gain_compare_func, GINT_TO_POINTER (key), NULL).
 *
 * Returns: as kin_gain_compare_by()
 */
int
kin_gain_compare_func (gconstpointer a,
                       gconstpointer b,
                       gpointer      key)
{
  return kin_gain_compare_by (GPOINTER_TO_INT (key), (KinGain *) a, (KinGain *) b);
}

