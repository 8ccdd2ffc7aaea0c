/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "kin-types.h"

G_BEGIN_DECLS

/* What the search, the filters and the sorters read about a gain, folded
 * and packed into one block, so that going through 100,000 gains touches
 * as little memory as possible. Rebuilt after any change of the gain.
 * Main thread only, like the model itself.
 *
 * Blocks may move when _kin_gain_index_maintain() runs: call it at the
 * start of a public function, never while holding a block.
 */
typedef struct
{
  /* The first eight bytes of each folded key, big-endian, so that most
   * comparisons are one integer comparison. */
  guint64      title_prefix;
  guint64      team_prefix;
  guint64      who_prefix;
  guint64      id_prefix;
  /* The date as YYYYMMDD, or 0 when it is not a valid date. */
  guint32      date;
  guint8       impact;
  guint8       effort;
  guint8       status;
  guint8       valid;
  /* The size of this block, and where each folded key starts in
   * haystack[]. Offsets rather than pointers, so that blocks can move. */
  guint32      size;
  guint32      title_key;
  guint32      team_key;
  guint32      who_key;
  guint32      haystack_len;
  /* Title, before, change, evidence, team and who, folded, one per line,
   * then a NUL and the three keys, each ending with a NUL. */
  char         haystack[];
} KinGainIndex;

#define KIN_GAIN_INDEX_KEY(index, key) ((const char *) (index)->haystack + (index)->key)

void          _kin_gain_index_maintain (void);
KinGainIndex *_kin_gain_index_get   (KinGain    *gain);
void          _kin_gain_fold_append (GString    *out,
                                     const char *text);
guint32       _kin_gain_date_number (const char *text);

/* Called after any property of an indexed gain changed, once its block is
 * marked stale. Lets a list that keeps its own order follow edits without
 * a signal handler of its own on every gain. */
typedef void (*KinGainIndexWatch) (KinGain    *gain,
                                   GParamSpec *pspec,
                                   gpointer    user_data);

void          _kin_gain_index_add_watch    (KinGainIndexWatch watch,
                                            gpointer          user_data);
void          _kin_gain_index_remove_watch (KinGainIndexWatch watch,
                                            gpointer          user_data);

G_END_DECLS
