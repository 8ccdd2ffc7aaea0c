/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "kin-types.h"

G_BEGIN_DECLS

/* Helpers shared by the CSV export, the CSV import and the merge of
 * gains. */

/* The columns of the gains CSV, in the order export writes them. */
enum {
  KIN_GAINS_COL_ID,
  KIN_GAINS_COL_DATE,
  KIN_GAINS_COL_TITLE,
  KIN_GAINS_COL_TEAM,
  KIN_GAINS_COL_WHO,
  KIN_GAINS_COL_BEFORE,
  KIN_GAINS_COL_CHANGE,
  KIN_GAINS_COL_PRINCIPLES,
  KIN_GAINS_COL_STANDARDS,
  KIN_GAINS_COL_TSM,
  KIN_GAINS_COL_IMPACT,
  KIN_GAINS_COL_EFFORT,
  KIN_GAINS_COL_EVIDENCE,
  KIN_GAINS_COL_STATUS,
  KIN_GAINS_COL_CREATED,
  KIN_GAINS_COL_MODIFIED,
  KIN_GAINS_N_COLUMNS
};

/* The field names of the file format, which name the CSV columns. */
extern const char * const _kin_gains_csv_columns[KIN_GAINS_N_COLUMNS];

/* Lists such as principles are joined with this in one cell. */
#define KIN_GAINS_LIST_SEPARATOR "; "

char       *_kin_gains_fold_name     (const char *text);
GHashTable *_kin_project_collect_ids (KinProject *project);

G_END_DECLS
