/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <string.h>

#include "kin-gain-index-private.h"
#include "kin-gain.h"
#include "kin-object.h"

/*
 * The per-gain search index, kept beside the gains rather than in them.
 *
 * Filtering and sorting 100,000 gains is bound by memory latency, not by
 * arithmetic: every pointer followed to a cold cache line costs about as
 * much as comparing a hundred bytes. So:
 *
 * - the index of a gain is one block (numbers, key prefixes and the folded
 *   text together);
 * - blocks are carved one after the other out of large chunks, so that a
 *   scan through the list, which visits gains in the order their blocks
 *   were built, reads memory in order and the processor prefetches it;
 * - a block is found through an open-addressing table keyed by the gain's
 *   address, which costs one cache line and no locking
 *   (g_object_get_qdata() takes a bit lock on every call, which stops the
 *   processor from overlapping cache misses).
 *
 * A block is marked stale by any property notification of its gain and
 * rebuilt when next needed; the old one becomes garbage. When more than
 * half of the chunks is garbage, _kin_gain_index_maintain() copies the live
 * blocks into fresh chunks, in table order. Blocks leave the table when
 * their gain is finalised.
 */

#define CHUNK_SIZE ((gsize) 1 << 20)

typedef struct
{
  KinGain      *gain;
  KinGainIndex *index;
} Slot;

static Slot  *slots;
static guint  slot_bits;
static gsize  n_slots;
static gsize  n_used;

static GPtrArray *chunks;
static char      *bump;
static gsize      bump_left;
static gsize      arena_bytes;
static gsize      live_bytes;

typedef struct
{
  KinGainIndexWatch watch;
  gpointer          user_data;
} Watch;

static GArray *watches;

static GQuark
cleanup_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("kin-gain-index-cleanup");

  return quark;
}

static inline gsize
home_slot (gconstpointer gain)
{
  /* Gains loaded together lie together in memory, and are visited in that
   * order: keeping the address order in the table lets the processor
   * prefetch the slots of a scan through the list. */
  return (gsize) ((guintptr) gain >> 4) & (n_slots - 1);
}

static gssize
find_slot (gconstpointer gain)
{
  gsize mask = n_slots - 1;

  if (n_slots == 0)
    return -1;

  for (gsize i = home_slot (gain); slots[i].gain != NULL; i = (i + 1) & mask)
    if (slots[i].gain == gain)
      return (gssize) i;

  return -1;
}

static void
insert_slot (KinGain      *gain,
             KinGainIndex *index)
{
  gsize mask = n_slots - 1;
  gsize i = home_slot (gain);

  while (slots[i].gain != NULL)
    i = (i + 1) & mask;

  slots[i].gain = gain;
  slots[i].index = index;
  n_used++;
}

static void
grow (void)
{
  Slot *old = slots;
  gsize old_n = n_slots;

  slot_bits = slot_bits == 0 ? 10 : slot_bits + 1;
  n_slots = (gsize) 1 << slot_bits;
  slots = g_new0 (Slot, n_slots);
  n_used = 0;

  for (gsize i = 0; i < old_n; i++)
    if (old[i].gain != NULL)
      insert_slot (old[i].gain, old[i].index);

  g_free (old);
}

/* Removes slot @i, moving later entries of the same run back so that
 * lookups never stop at a hole that used to be on their path. */
static void
remove_slot (gsize i)
{
  gsize mask = n_slots - 1;
  gsize j = i;

  for (;;)
    {
      gsize home;

      j = (j + 1) & mask;
      if (slots[j].gain == NULL)
        break;

      home = home_slot (slots[j].gain);
      /* Move the entry back unless its home lies cyclically in (i, j]. */
      if ((i < j) ? (home <= i || home > j) : (home <= i && home > j))
        {
          slots[i] = slots[j];
          i = j;
        }
    }

  slots[i].gain = NULL;
  slots[i].index = NULL;
  n_used--;
}

static KinGainIndex *
arena_alloc (gsize size)
{
  KinGainIndex *block;

  /* Keep every block aligned for its 64-bit fields. */
  size = (size + 15) & ~(gsize) 15;

  if (size > bump_left)
    {
      gsize chunk_size = MAX (CHUNK_SIZE, size);

      if (chunks == NULL)
        chunks = g_ptr_array_new_with_free_func (g_free);
      bump = g_malloc (chunk_size);
      bump_left = chunk_size;
      arena_bytes += chunk_size;
      g_ptr_array_add (chunks, bump);
    }

  block = (KinGainIndex *) (gpointer) bump;
  bump += size;
  bump_left -= size;
  live_bytes += size;
  block->size = (guint32) size;

  return block;
}

static void
arena_release (KinGainIndex *block)
{
  live_bytes -= block->size;
}

/**
 * _kin_gain_index_maintain:
 *
 * Gives the memory of stale blocks back once they make up more than half
 * of the index, moving the live blocks. Call it only where no block is
 * held.
 */
void
_kin_gain_index_maintain (void)
{
  g_autoptr(GPtrArray) old_chunks = NULL;

  if (G_LIKELY (arena_bytes < 4 * CHUNK_SIZE || live_bytes * 2 > arena_bytes))
    return;

  old_chunks = g_steal_pointer (&chunks);
  bump = NULL;
  bump_left = 0;
  arena_bytes = 0;
  live_bytes = 0;

  /* The table keeps the gains in address order, which is the order they
   * were loaded in, so the copies come out in list order. */
  for (gsize i = 0; i < n_slots; i++)
    if (slots[i].gain != NULL)
      {
        KinGainIndex *copy = arena_alloc (slots[i].index->size);

        memcpy (copy, slots[i].index, slots[i].index->size);
        slots[i].index = copy;
      }
}

static void
gain_finalized_cb (gpointer data)
{
  gssize i = find_slot (data);

  if (i < 0)
    return;

  arena_release (slots[i].index);
  remove_slot ((gsize) i);
}

static void
gain_notify_cb (GObject    *gain,
                GParamSpec *pspec,
                gpointer    user_data)
{
  gssize i = find_slot (gain);

  /* Any change may touch what the index holds; rebuilding is cheap. */
  if (i >= 0)
    slots[i].index->valid = FALSE;

  /* Backwards, so that a watcher may remove itself. */
  for (guint w = watches != NULL ? watches->len : 0; w > 0; w--)
    {
      Watch *entry = &g_array_index (watches, Watch, w - 1);

      entry->watch ((KinGain *) gain, pspec, entry->user_data);
    }
}

/**
 * _kin_gain_index_add_watch:
 * @watch: the function to call
 * @user_data: what to pass it
 *
 * Calls @watch whenever a property of a gain that has an index changes.
 * Gains get an index the first time something searches, filters or sorts
 * them.
 */
void
_kin_gain_index_add_watch (KinGainIndexWatch watch,
                           gpointer          user_data)
{
  Watch entry = { watch, user_data };

  if (watches == NULL)
    watches = g_array_new (FALSE, FALSE, sizeof (Watch));
  g_array_append_val (watches, entry);
}

/**
 * _kin_gain_index_remove_watch:
 * @watch: a function given to _kin_gain_index_add_watch()
 * @user_data: the data given with it
 *
 * Stops calling @watch with @user_data.
 */
void
_kin_gain_index_remove_watch (KinGainIndexWatch watch,
                              gpointer          user_data)
{
  for (guint w = 0; watches != NULL && w < watches->len; w++)
    {
      Watch *entry = &g_array_index (watches, Watch, w);

      if (entry->watch == watch && entry->user_data == user_data)
        {
          g_array_remove_index (watches, w);
          return;
        }
    }
}

/**
 * _kin_gain_fold_append:
 * @out: where to append
 * @text: the text to fold
 *
 * Appends @text in lower case without accents, so that "Résidents" is found
 * by "residents". Plain ASCII, by far the most common case, takes a fast
 * path.
 */
void
_kin_gain_fold_append (GString    *out,
                       const char *text)
{
  const guchar *p;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  gsize start = out->len;
  gsize length;

  for (p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      break;

  if (*p == '\0')
    {
      length = (gsize) (p - (const guchar *) text);
      g_string_append_len (out, text, length);
      for (gsize i = start; i < out->len; i++)
        out->str[i] = g_ascii_tolower (out->str[i]);
      return;
    }

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    {
      /* Not valid UTF-8: the model never stores such text, but keep what
       * can still be compared byte by byte. */
      g_string_append (out, folded);
      return;
    }

  for (const char *q = decomposed; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
}

/**
 * _kin_gain_date_number:
 * @text: a date "YYYY-MM-DD"
 *
 * Returns: the date as the number YYYYMMDD, which orders like the date, or
 *   0 if @text does not have that shape
 */
guint32
_kin_gain_date_number (const char *text)
{
  guint32 value = 0;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return 0;
          continue;
        }
      if (!g_ascii_isdigit (text[i]))
        return 0;
      value = value * 10 + (guint32) (text[i] - '0');
    }

  return text[10] == '\0' ? value : 0;
}

static guint64
key_prefix (const char *key)
{
  guint64 prefix = 0;
  guint i;

  for (i = 0; i < 8 && key[i] != '\0'; i++)
    prefix = (prefix << 8) | (guchar) key[i];

  /* Shifting a 64-bit value by 64 is undefined: an empty key is simply 0. */
  if (i == 0)
    return 0;

  return prefix << (8 * (8 - i));
}

/* Appends the folded key of @text, trimmed of ASCII white space like
 * g_strstrip(), followed by a NUL; returns its offset. */
static gsize
append_key (GString    *out,
            const char *text)
{
  gsize start = out->len;
  gsize end;

  while (g_ascii_isspace (*text))
    text++;
  _kin_gain_fold_append (out, text);

  end = out->len;
  while (end > start && g_ascii_isspace (out->str[end - 1]))
    end--;
  g_string_truncate (out, end);
  g_string_append_c (out, '\0');

  return start;
}

static KinGainIndex *
build (KinGain *gain)
{
  GString *text = g_string_sized_new (512);
  const char *fields[] = {
    kin_gain_get_title (gain),
    kin_gain_get_before (gain),
    kin_gain_get_change (gain),
    kin_gain_get_evidence (gain),
    kin_gain_get_team (gain),
    kin_gain_get_who (gain),
  };
  KinGainIndex *index;
  gsize haystack_len, title, team, who;

  /* A line break between fields keeps a word of the query from matching
   * across two fields, since words never contain one. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      _kin_gain_fold_append (text, fields[i]);
    }
  haystack_len = text->len;
  g_string_append_c (text, '\0');

  title = append_key (text, fields[0]);
  team = append_key (text, fields[4]);
  who = append_key (text, fields[5]);

  index = arena_alloc (sizeof (KinGainIndex) + text->len);
  memcpy (index->haystack, text->str, text->len);
  index->haystack_len = (guint32) haystack_len;
  index->title_key = (guint32) title;
  index->team_key = (guint32) team;
  index->who_key = (guint32) who;
  index->title_prefix = key_prefix (index->haystack + title);
  index->team_prefix = key_prefix (index->haystack + team);
  index->who_prefix = key_prefix (index->haystack + who);
  index->id_prefix = key_prefix (kin_object_get_id (KIN_OBJECT (gain)) != NULL
                                ? kin_object_get_id (KIN_OBJECT (gain)) : "");
  index->date = _kin_gain_date_number (kin_gain_get_date (gain));
  index->impact = (guint8) kin_gain_get_impact (gain);
  index->effort = (guint8) kin_gain_get_effort (gain);
  index->status = (guint8) kin_gain_get_status (gain);
  index->valid = TRUE;

  g_string_free (text, TRUE);

  return index;
}

/**
 * _kin_gain_index_get:
 * @gain: a #KinGain
 *
 * Returns: (transfer none): the up-to-date index of @gain, valid until the
 *   gain changes or _kin_gain_index_maintain() runs
 */
KinGainIndex *
_kin_gain_index_get (KinGain *gain)
{
  gssize i = find_slot (gain);

  if (G_LIKELY (i >= 0))
    {
      if (G_UNLIKELY (!slots[i].index->valid))
        {
          arena_release (slots[i].index);
          slots[i].index = build (gain);
        }
      return slots[i].index;
    }

  if ((n_used + 1) * 2 > n_slots)
    grow ();

  /* Once per gain: find out when it changes and when it goes away. */
  g_signal_connect (gain, "notify", G_CALLBACK (gain_notify_cb), NULL);
  g_object_set_qdata_full (G_OBJECT (gain), cleanup_quark (), gain, gain_finalized_cb);

  insert_slot (gain, build (gain));

  return slots[find_slot (gain)].index;
}
