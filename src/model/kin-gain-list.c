/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <string.h>

#include "kin-gain-index-private.h"
#include "kin-gain-list.h"
#include "kin-gain.h"
#include "kin-object.h"

/*
 * KinGainList: the gains of a log, filtered and sorted, as one list model.
 *
 * A general filter model followed by a general sort model re-sorts what
 * passes the filter after every keystroke, and compares gains through
 * pointers to scattered objects. With 100,000 gains both are too slow, so
 * this list keeps:
 *
 * - the gains in the order of the log (holding a reference to each);
 * - one byte per gain saying whether it passes the filter;
 * - the order of ALL gains for the current sort key, ascending.
 *
 * A change of the filter only tests gains again (only those shown when the
 * search narrows, only those hidden when it widens) and then walks the
 * sorted order; it never sorts. A change of the sort key copies what each
 * gain is compared by into one array of small records and sorts that, so
 * that comparisons read contiguous memory. Descending is the ascending
 * order walked backwards.
 *
 * The list follows the log's items-changed and every edit of a gain (through
 * the gain index's watch, which avoids one more signal handler per gain),
 * and each time tells its own consumers with a single items-changed that
 * spans only the rows that differ, so a selection outside them stays.
 */

struct _KinGainList
{
  GObject         parent_instance;

  GListModel     *gains;
  KinGainFilter  *filter;
  KinGainSortKey  key;
  gboolean        descending;

  /* The log's gains, in its order, owned. */
  GPtrArray      *items;
  /* For each of items, whether it passes the filter. */
  GByteArray     *matches;
  /* Positions in items, ascending by the sort key. */
  GArray         *order;
  /* What the list shows, in order; borrowed from items. */
  GPtrArray      *shown;
};

static void kin_gain_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KinGainList, kin_gain_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kin_gain_list_model_init))

enum {
  PROP_0,
  PROP_GAINS,
  PROP_FILTER,
  PROP_SORT_KEY,
  PROP_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Above this many gains added at once, sorting everything again is
 * quicker than placing each of them. */
#define MAX_PLACED 64

/* GListModel */

static GType
kin_gain_list_get_item_type (GListModel *model)
{
  return KIN_TYPE_GAIN;
}

static guint
kin_gain_list_get_n_items (GListModel *model)
{
  return KIN_GAIN_LIST (model)->shown->len;
}

static gpointer
kin_gain_list_get_item (GListModel *model,
                        guint       position)
{
  KinGainList *self = KIN_GAIN_LIST (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
kin_gain_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kin_gain_list_get_item_type;
  iface->get_n_items = kin_gain_list_get_n_items;
  iface->get_item = kin_gain_list_get_item;
}

/* Sorting */

/* What one gain is compared by, copied out of its index so that a sort
 * reads one array. */
typedef struct
{
  guint64     primary;
  guint64     id_prefix;
  const char *text;
  guint32     date;
  guint32     item;
} SortEntry;

/* The same order as kin_gain_compare_by(), which the tests check. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortEntry *x = a;
  const SortEntry *y = b;
  KinGainList *self = user_data;
  KinGain *gain_x, *gain_y;
  int result;

  if (x->primary != y->primary)
    return x->primary < y->primary ? -1 : 1;
  if (x->text != NULL && (result = strcmp (x->text, y->text)) != 0)
    return result;
  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;

  gain_x = g_ptr_array_index (self->items, x->item);
  gain_y = g_ptr_array_index (self->items, y->item);
  /* Dates that are not valid still order by their text. */
  if (x->date == 0 && (result = strcmp (kin_gain_get_date (gain_x), kin_gain_get_date (gain_y))) != 0)
    return result;
  if (x->id_prefix != y->id_prefix)
    return x->id_prefix < y->id_prefix ? -1 : 1;

  return strcmp (kin_object_get_id (KIN_OBJECT (gain_x)), kin_object_get_id (KIN_OBJECT (gain_y)));
}

/* An empty text sorts last, as in kin_gain_compare_by(); no folded text
 * starts with eight 0xff bytes, which are never part of UTF-8. */
static inline void
set_text_key (SortEntry    *entry,
              KinGainIndex *index,
              guint64       prefix,
              guint32       offset)
{
  entry->text = index->haystack + offset;
  entry->primary = entry->text[0] == '\0' ? G_MAXUINT64 : prefix;
}

static void
sort_all (KinGainList *self)
{
  guint n = self->items->len;
  g_autofree SortEntry *entries = g_new (SortEntry, MAX (n, 1));

  /* Nothing may move the index blocks from here on: the entries point
   * into them. */
  _kin_gain_index_maintain ();

  for (guint i = 0; i < n; i++)
    {
      KinGainIndex *index = _kin_gain_index_get (g_ptr_array_index (self->items, i));
      SortEntry *entry = &entries[i];

      entry->text = NULL;
      entry->primary = 0;
      entry->id_prefix = index->id_prefix;
      entry->date = index->date;
      entry->item = i;

      switch (self->key)
        {
        case KIN_GAIN_SORT_TITLE:
          set_text_key (entry, index, index->title_prefix, index->title_key);
          break;
        case KIN_GAIN_SORT_TEAM:
          set_text_key (entry, index, index->team_prefix, index->team_key);
          break;
        case KIN_GAIN_SORT_WHO:
          set_text_key (entry, index, index->who_prefix, index->who_key);
          break;
        case KIN_GAIN_SORT_IMPACT:
          entry->primary = index->impact;
          break;
        case KIN_GAIN_SORT_EFFORT:
          entry->primary = index->effort;
          break;
        case KIN_GAIN_SORT_STATUS:
          entry->primary = index->status;
          break;
        case KIN_GAIN_SORT_DATE:
        default:
          break;
        }
    }

  g_qsort_with_data (entries, (gint) n, sizeof (SortEntry), compare_entries, self);

  g_array_set_size (self->order, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->order, guint, i) = entries[i].item;
}

/* Where in the ascending order @gain belongs, by binary search. */
static guint
find_place (KinGainList *self,
            KinGain     *gain)
{
  guint low = 0;
  guint high = self->order->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      KinGain *other = g_ptr_array_index (self->items, g_array_index (self->order, guint, mid));

      if (kin_gain_compare_by (self->key, other, gain) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static void
place_item (KinGainList *self,
            guint        item)
{
  guint place = find_place (self, g_ptr_array_index (self->items, item));

  g_array_insert_val (self->order, place, item);
}

/* Filtering */

static gboolean
test_gain (KinGainList *self,
           KinGain     *gain)
{
  return kin_gain_filter_is_empty (self->filter) || kin_gain_filter_matches (self->filter, gain);
}

typedef enum {
  TEST_ALL,
  TEST_SHOWN,
  TEST_HIDDEN,
} TestWhich;

static void
test_items (KinGainList *self,
            TestWhich    which)
{
  gboolean empty = kin_gain_filter_is_empty (self->filter);

  /* In the log's order, which is close to the order of the index blocks
   * in memory. */
  for (guint i = 0; i < self->items->len; i++)
    {
      guint8 *match = &self->matches->data[i];

      if ((which == TEST_SHOWN && !*match) || (which == TEST_HIDDEN && *match))
        continue;
      *match = empty || kin_gain_filter_matches (self->filter, g_ptr_array_index (self->items, i));
    }
}

/* Walks the sorted order to find what to show, and tells the consumers
 * about the rows that changed, as one change. */
static void
update_shown (KinGainList *self)
{
  GPtrArray *old = self->shown;
  GPtrArray *shown = g_ptr_array_sized_new (MAX (old->len, 16));
  guint n = self->order->len;
  guint prefix = 0;
  guint suffix = 0;

  for (guint i = 0; i < n; i++)
    {
      guint item = g_array_index (self->order, guint, self->descending ? n - 1 - i : i);

      if (self->matches->data[item])
        g_ptr_array_add (shown, g_ptr_array_index (self->items, item));
    }

  while (prefix < old->len && prefix < shown->len &&
         old->pdata[prefix] == shown->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < shown->len - prefix &&
         old->pdata[old->len - 1 - suffix] == shown->pdata[shown->len - 1 - suffix])
    suffix++;

  self->shown = shown;

  if (prefix + suffix < old->len || prefix + suffix < shown->len)
    g_list_model_items_changed (G_LIST_MODEL (self),
                                prefix, old->len - prefix - suffix, shown->len - prefix - suffix);

  /* The consumers have let go of what they removed by now. */
  g_ptr_array_unref (old);
}

/* Following the log */

static void
gains_changed_cb (GListModel  *gains,
                  guint        position,
                  guint        removed,
                  guint        added,
                  KinGainList *self)
{
  g_autoptr(GPtrArray) new_items = g_ptr_array_new_full (added, g_object_unref);
  guint kept = 0;

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (new_items, g_list_model_get_item (gains, position + i));

  /* Drops the removed gains from the order, and renumbers those after
   * them. */
  for (guint i = 0; i < self->order->len; i++)
    {
      guint item = g_array_index (self->order, guint, i);

      if (item >= position && item < position + removed)
        continue;
      if (item >= position + removed)
        item = item - removed + added;
      g_array_index (self->order, guint, kept++) = item;
    }
  g_array_set_size (self->order, kept);

  /* The removed gains are kept alive until update_shown() has compared
   * the old rows with the new: a new gain could otherwise take the
   * address of a removed one and pass for it. */
  {
    g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < removed; i++)
      g_ptr_array_add (dropped, g_object_ref (g_ptr_array_index (self->items, position + i)));
    g_ptr_array_remove_range (self->items, position, removed);
    g_byte_array_remove_range (self->matches, position, removed);

    for (guint i = 0; i < added; i++)
      {
        KinGain *gain = g_ptr_array_index (new_items, i);
        guint8 match = test_gain (self, gain);

        g_ptr_array_insert (self->items, (gint) (position + i), g_object_ref (gain));
        g_byte_array_append (self->matches, &match, 1);
        memmove (self->matches->data + position + i + 1, self->matches->data + position + i,
                 self->matches->len - 1 - (position + i));
        self->matches->data[position + i] = match;
      }

    if (added > MAX_PLACED)
      sort_all (self);
    else
      for (guint i = 0; i < added; i++)
        place_item (self, position + i);

    update_shown (self);
  }
}

/* Edits that can neither move a gain in any order nor change whether a
 * filter lets it through. */
static gboolean
is_irrelevant (GParamSpec *pspec)
{
  static const char * const names[] = { "modified", "created", "standards", "tsm" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (pspec->name, names[i]))
      return TRUE;

  return FALSE;
}

static void
gain_changed_cb (KinGain    *gain,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  KinGainList *self = user_data;
  guint item;
  guint place;

  if (is_irrelevant (pspec) || !g_ptr_array_find (self->items, gain, &item))
    return;

  self->matches->data[item] = test_gain (self, gain);

  for (place = 0; place < self->order->len; place++)
    if (g_array_index (self->order, guint, place) == item)
      break;
  g_assert (place < self->order->len);
  g_array_remove_index (self->order, place);
  place_item (self, item);

  update_shown (self);
}

/* Public API */

/**
 * kin_gain_list_new:
 * @gains: (nullable): a #GListModel of #KinGain, usually the gains of a
 *   project
 *
 * Creates a list of @gains that can be filtered and sorted quickly. It
 * starts with no filter, sorted by date, oldest first.
 *
 * Returns: (transfer full): a new #KinGainList
 */
KinGainList *
kin_gain_list_new (GListModel *gains)
{
  g_return_val_if_fail (gains == NULL || G_IS_LIST_MODEL (gains), NULL);

  return g_object_new (KIN_TYPE_GAIN_LIST, "gains", gains, NULL);
}

/**
 * kin_gain_list_get_gains:
 *
 * Returns: (transfer none) (nullable): the gains the list shows a part of
 */
GListModel *
kin_gain_list_get_gains (KinGainList *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_LIST (self), NULL);

  return self->gains;
}

/**
 * kin_gain_list_set_gains:
 * @gains: (nullable): a #GListModel of #KinGain
 *
 * Shows @gains, with the current filter and sort.
 */
void
kin_gain_list_set_gains (KinGainList *self,
                         GListModel  *gains)
{
  guint n;

  g_return_if_fail (KIN_IS_GAIN_LIST (self));
  g_return_if_fail (gains == NULL || G_IS_LIST_MODEL (gains));

  if (self->gains == gains)
    return;

  if (self->gains != NULL)
    g_signal_handlers_disconnect_by_func (self->gains, gains_changed_cb, self);
  g_set_object (&self->gains, gains);

  n = gains != NULL ? g_list_model_get_n_items (gains) : 0;
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (gains, i));
  g_byte_array_set_size (self->matches, n);
  test_items (self, TEST_ALL);
  sort_all (self);

  if (gains != NULL)
    g_signal_connect (gains, "items-changed", G_CALLBACK (gains_changed_cb), self);

  update_shown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAINS]);
}

/**
 * kin_gain_list_get_filter:
 *
 * Returns: (transfer none): the filter in use; copy it before changing it
 */
const KinGainFilter *
kin_gain_list_get_filter (KinGainList *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_LIST (self), NULL);

  return self->filter;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

/**
 * kin_gain_list_set_filter:
 * @filter: (nullable): what to show; %NULL shows every gain
 *
 * Shows only the gains @filter lets through, in the current order. The
 * list keeps a copy. When only the search text changed and the new text
 * extends the old one (the user typed on), only the gains shown are tested
 * again; when it is shortened, only the hidden ones.
 */
void
kin_gain_list_set_filter (KinGainList         *self,
                          const KinGainFilter *filter)
{
  g_autoptr(KinGainFilter) old = NULL;
  const char *old_query, *new_query;
  TestWhich which = TEST_ALL;

  g_return_if_fail (KIN_IS_GAIN_LIST (self));

  old = g_steal_pointer (&self->filter);
  self->filter = filter != NULL ? kin_gain_filter_copy (filter) : kin_gain_filter_new ();

  old_query = old->query != NULL ? old->query : "";
  new_query = self->filter->query != NULL ? self->filter->query : "";

  if (same_text (old->team, self->filter->team) &&
      same_text (old->principle, self->filter->principle) &&
      same_text (old->from, self->filter->from) &&
      same_text (old->to, self->filter->to) &&
      (old->statuses & KIN_GAIN_STATUS_ALL) == (self->filter->statuses & KIN_GAIN_STATUS_ALL))
    {
      if (g_str_equal (old_query, new_query))
        return;
      if (g_str_has_prefix (new_query, old_query))
        which = TEST_SHOWN;
      else if (g_str_has_prefix (old_query, new_query))
        which = TEST_HIDDEN;
    }

  test_items (self, which);
  update_shown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/**
 * kin_gain_list_get_sort_key:
 *
 * Returns: what the list is sorted by
 */
KinGainSortKey
kin_gain_list_get_sort_key (KinGainList *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_LIST (self), KIN_GAIN_SORT_DATE);

  return self->key;
}

/**
 * kin_gain_list_get_descending:
 *
 * Returns: %TRUE if the list shows the largest first
 */
gboolean
kin_gain_list_get_descending (KinGainList *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_LIST (self), FALSE);

  return self->descending;
}

/**
 * kin_gain_list_set_sort:
 * @key: what to sort by
 * @descending: %TRUE for the exact reverse of the ascending order
 *
 * Sorts the list as kin_gain_compare_by() orders gains. Changing only the
 * direction does not sort again.
 */
void
kin_gain_list_set_sort (KinGainList    *self,
                        KinGainSortKey  key,
                        gboolean        descending)
{
  gboolean key_changed;
  gboolean direction_changed;

  g_return_if_fail (KIN_IS_GAIN_LIST (self));
  g_return_if_fail (key <= KIN_GAIN_SORT_STATUS);

  descending = !!descending;
  key_changed = self->key != key;
  direction_changed = self->descending != descending;
  if (!key_changed && !direction_changed)
    return;

  self->key = key;
  self->descending = descending;
  if (key_changed)
    sort_all (self);
  update_shown (self);

  if (key_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_KEY]);
  if (direction_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}

/* GObject */

static void
kin_gain_list_dispose (GObject *object)
{
  KinGainList *self = KIN_GAIN_LIST (object);

  if (self->gains != NULL)
    g_signal_handlers_disconnect_by_func (self->gains, gains_changed_cb, self);
  g_clear_object (&self->gains);

  G_OBJECT_CLASS (kin_gain_list_parent_class)->dispose (object);
}

static void
kin_gain_list_finalize (GObject *object)
{
  KinGainList *self = KIN_GAIN_LIST (object);

  _kin_gain_index_remove_watch (gain_changed_cb, self);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->matches, g_byte_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->filter, kin_gain_filter_free);

  G_OBJECT_CLASS (kin_gain_list_parent_class)->finalize (object);
}

static void
kin_gain_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KinGainList *self = KIN_GAIN_LIST (object);

  switch (prop_id)
    {
    case PROP_GAINS:
      g_value_set_object (value, self->gains);
      break;

    case PROP_FILTER:
      g_value_set_boxed (value, self->filter);
      break;

    case PROP_SORT_KEY:
      g_value_set_uint (value, self->key);
      break;

    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_gain_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KinGainList *self = KIN_GAIN_LIST (object);

  switch (prop_id)
    {
    case PROP_GAINS:
      kin_gain_list_set_gains (self, g_value_get_object (value));
      break;

    case PROP_FILTER:
      kin_gain_list_set_filter (self, g_value_get_boxed (value));
      break;

    case PROP_SORT_KEY:
      kin_gain_list_set_sort (self, g_value_get_uint (value), self->descending);
      break;

    case PROP_DESCENDING:
      kin_gain_list_set_sort (self, self->key, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_gain_list_class_init (KinGainListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kin_gain_list_dispose;
  object_class->finalize = kin_gain_list_finalize;
  object_class->get_property = kin_gain_list_get_property;
  object_class->set_property = kin_gain_list_set_property;

  properties[PROP_GAINS] =
    g_param_spec_object ("gains", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_boxed ("filter", NULL, NULL,
                        KIN_TYPE_GAIN_FILTER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_KEY] =
    g_param_spec_uint ("sort-key", NULL, NULL,
                       KIN_GAIN_SORT_DATE, KIN_GAIN_SORT_STATUS, KIN_GAIN_SORT_DATE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_gain_list_init (KinGainList *self)
{
  self->filter = kin_gain_filter_new ();
  self->key = KIN_GAIN_SORT_DATE;
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->matches = g_byte_array_new ();
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->shown = g_ptr_array_new ();

  _kin_gain_index_add_watch (gain_changed_cb, self);
}
