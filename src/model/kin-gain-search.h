/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-types.h"

G_BEGIN_DECLS

/**
 * KinGainSortKey:
 * @KIN_GAIN_SORT_DATE: by date (oldest first)
 * @KIN_GAIN_SORT_TITLE: by title, ignoring case and accents
 * @KIN_GAIN_SORT_TEAM: by team, ignoring case and accents
 * @KIN_GAIN_SORT_WHO: by who, ignoring case and accents
 * @KIN_GAIN_SORT_IMPACT: by impact (1 first)
 * @KIN_GAIN_SORT_EFFORT: by effort (small first)
 * @KIN_GAIN_SORT_STATUS: by status, in the order idea, trying, adopted,
 *   shared, dropped
 *
 * The columns the gains list can be sorted by. Every comparison breaks ties
 * by date, then title, then id, so the order is always the same.
 */
typedef enum {
  KIN_GAIN_SORT_DATE,
  KIN_GAIN_SORT_TITLE,
  KIN_GAIN_SORT_TEAM,
  KIN_GAIN_SORT_WHO,
  KIN_GAIN_SORT_IMPACT,
  KIN_GAIN_SORT_EFFORT,
  KIN_GAIN_SORT_STATUS,
} KinGainSortKey;

/* A bit for each status, for KinGainFilter.statuses. */
#define KIN_GAIN_STATUS_BIT(status) (1u << (guint) (status))
#define KIN_GAIN_STATUS_ALL        (0x1fu)

/**
 * KinGainFilter:
 * @query: (nullable): the words to look for, folded with
 *   kin_gain_search_fold() (kin_gain_filter_set_query() does it), or %NULL /
 *   "" for no text search
 * @team: (nullable): only gains of this team, folded with
 *   kin_gain_search_fold() (kin_gain_filter_set_team() does it), so that
 *   case, accents and surrounding spaces do not matter; %NULL / "" for every
 *   team
 * @principle: (nullable): only gains serving the principle with this id,
 *   or %NULL / "" for any
 * @statuses: a set of KIN_GAIN_STATUS_BIT() values; 0 means every status
 * @from: (nullable): earliest date "YYYY-MM-DD", inclusive, or %NULL
 * @to: (nullable): latest date "YYYY-MM-DD", inclusive, or %NULL
 *
 * What the gains list shows. All conditions must hold. The strings are
 * owned by the filter (freed by kin_gain_filter_free()); set them with the
 * setters below or with g_free() + g_strdup().
 */
typedef struct {
  char  *query;
  char  *team;
  char  *principle;
  guint  statuses;
  char  *from;
  char  *to;
} KinGainFilter;

KinGainFilter *kin_gain_filter_new        (void);
KinGainFilter *kin_gain_filter_copy       (const KinGainFilter *filter);
void           kin_gain_filter_free       (KinGainFilter       *filter);
void           kin_gain_filter_set_query  (KinGainFilter       *filter,
                                           const char          *text);
void           kin_gain_filter_set_team   (KinGainFilter       *filter,
                                           const char          *team);
void           kin_gain_filter_set_principle (KinGainFilter    *filter,
                                              const char       *principle_id);
void           kin_gain_filter_set_dates  (KinGainFilter       *filter,
                                           const char          *from,
                                           const char          *to);
gboolean       kin_gain_filter_is_empty   (const KinGainFilter *filter);
gboolean       kin_gain_filter_matches    (const KinGainFilter *filter,
                                           KinGain             *gain);

GType          kin_gain_filter_get_type   (void) G_GNUC_CONST;
#define KIN_TYPE_GAIN_FILTER (kin_gain_filter_get_type ())

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinGainFilter, kin_gain_filter_free)

char          *kin_gain_search_fold       (const char          *text);
gboolean       kin_gain_matches_text      (KinGain             *gain,
                                           const char          *casefolded_query);
const char    *kin_gain_get_team_key      (KinGain             *gain);
const char    *kin_gain_get_who_key       (KinGain             *gain);

int            kin_gain_compare_by        (KinGainSortKey       key,
                                           KinGain             *a,
                                           KinGain             *b);
int            kin_gain_compare_func      (gconstpointer        a,
                                           gconstpointer        b,
                                           gpointer             key);

G_END_DECLS
