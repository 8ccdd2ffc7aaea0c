/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-csv-private.h"
#include "kin-gains-csv.h"
#include "kin-gains-private.h"
#include "kin-model.h"

/*
 * The marginal-gains log as CSV, for spreadsheets and for moving gains
 * between tools. The columns are the field names of the file format.
 * Principles and standards are written by name and title, which people can
 * read, and resolved back to ids on import.
 *
 * Importing is in kin-gains-csv-import.c.
 */

G_DEFINE_QUARK (kin-gains-csv-error-quark, kin_gains_csv_error)

const char * const _kin_gains_csv_columns[KIN_GAINS_N_COLUMNS] = {
  "id", "date", "title", "team", "who", "before", "change", "principles",
  "standards", "tsm", "impact", "effort", "evidence", "status", "created",
  "modified",
};

/* Joins the names of the entities whose ids are in @ids. An id that no
 * longer resolves (which loading repairs, so it should not happen) is
 * written as it is rather than silently lost. */
static char *
join_names (GHashTable         *names_by_id,
            const char * const *ids)
{
  GString *out = g_string_new (NULL);

  for (; *ids != NULL; ids++)
    {
      const char *name = g_hash_table_lookup (names_by_id, *ids);

      if (out->len > 0)
        g_string_append (out, KIN_GAINS_LIST_SEPARATOR);
      g_string_append (out, name != NULL ? name : *ids);
    }

  return g_string_free (out, FALSE);
}

static GHashTable *
principle_names (KinProject *project)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *list = kin_project_get_principles (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (list, i);

      g_hash_table_insert (names, g_strdup (kin_object_get_id (KIN_OBJECT (principle))),
                           g_strdup (kin_principle_get_name (principle)));
    }

  return names;
}

static GHashTable *
standard_titles (KinProject *project)
{
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *list = kin_project_get_standards (project);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KinStandard) standard = g_list_model_get_item (list, i);

      g_hash_table_insert (titles, g_strdup (kin_object_get_id (KIN_OBJECT (standard))),
                           g_strdup (kin_standard_get_title (standard)));
    }

  return titles;
}

/**
 * kin_gains_csv_export:
 * @project: the project the gains belong to
 * @gains: (nullable) (element-type KinGain): the gains to write, such as
 *   the filtered list; %NULL for all gains of @project
 *
 * Writes gains as RFC 4180 CSV in UTF-8, starting with a byte order mark
 * (LibreOffice Calc and Excel otherwise read the text in a legacy 8-bit
 * encoding and garble every accent; the import skips the mark), with CR LF
 * between records and a header row of the file format's field names.
 * Lists are joined with "; ", principles by name and standards by title.
 * Cells a spreadsheet would run as a formula get a leading apostrophe (see
 * _kin_csv_append_cell()).
 *
 * Returns: (transfer full): the CSV text
 */
GBytes *
kin_gains_csv_export (KinProject *project,
                      GListModel *gains)
{
  g_autoptr(GHashTable) principles = NULL;
  g_autoptr(GHashTable) standards = NULL;
  GString *out;
  guint n;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (gains == NULL || G_IS_LIST_MODEL (gains), NULL);

  if (gains == NULL)
    gains = kin_project_get_gains (project);

  principles = principle_names (project);
  standards = standard_titles (project);
  n = g_list_model_get_n_items (gains);
  out = g_string_sized_new (256 + n * 256);
  g_string_append (out, "\xef\xbb\xbf");

  for (guint i = 0; i < KIN_GAINS_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, _kin_gains_csv_columns[i]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);
      g_autofree char *principle_text = join_names (principles, kin_gain_get_principles (gain));
      g_autofree char *standard_text = join_names (standards, kin_gain_get_standards (gain));
      g_autofree char *tsm_text = g_strjoinv (KIN_GAINS_LIST_SEPARATOR, (char **) kin_gain_get_tsm (gain));
      char impact[16];
      const char *cells[KIN_GAINS_N_COLUMNS];

      g_snprintf (impact, sizeof impact, "%d", kin_gain_get_impact (gain));

      cells[KIN_GAINS_COL_ID] = kin_object_get_id (KIN_OBJECT (gain));
      cells[KIN_GAINS_COL_DATE] = kin_gain_get_date (gain);
      cells[KIN_GAINS_COL_TITLE] = kin_gain_get_title (gain);
      cells[KIN_GAINS_COL_TEAM] = kin_gain_get_team (gain);
      cells[KIN_GAINS_COL_WHO] = kin_gain_get_who (gain);
      cells[KIN_GAINS_COL_BEFORE] = kin_gain_get_before (gain);
      cells[KIN_GAINS_COL_CHANGE] = kin_gain_get_change (gain);
      cells[KIN_GAINS_COL_PRINCIPLES] = principle_text;
      cells[KIN_GAINS_COL_STANDARDS] = standard_text;
      cells[KIN_GAINS_COL_TSM] = tsm_text;
      cells[KIN_GAINS_COL_IMPACT] = impact;
      cells[KIN_GAINS_COL_EFFORT] = kin_enum_to_nick (KIN_TYPE_EFFORT, kin_gain_get_effort (gain));
      cells[KIN_GAINS_COL_EVIDENCE] = kin_gain_get_evidence (gain);
      cells[KIN_GAINS_COL_STATUS] = kin_enum_to_nick (KIN_TYPE_GAIN_STATUS, kin_gain_get_status (gain));
      cells[KIN_GAINS_COL_CREATED] = kin_gain_get_created (gain);
      cells[KIN_GAINS_COL_MODIFIED] = kin_gain_get_modified (gain);

      for (guint c = 0; c < KIN_GAINS_N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          _kin_csv_append_cell (out, cells[c] != NULL ? cells[c] : "");
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}
