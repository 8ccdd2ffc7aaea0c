/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-fuzz"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "kin-gains-csv.h"
#include "kin-model.h"

/*
 * libFuzzer target for importing marginal gains from CSV: any input must be
 * imported or refused with an error, never crash, hang or log a critical.
 * What it accepts must survive the round trip: exporting the imported gains
 * and importing that export into a fresh project must succeed and add the
 * same number of gains. Undoing the import must leave no gain behind.
 */

static KinProject *
new_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinPrinciple) principle = kin_principle_new ();
  g_autoptr(KinStandard) standard = kin_standard_new ();

  /* Names that the CSV can refer to, so name lookups are exercised too. */
  kin_principle_set_name (principle, "Respect");
  kin_standard_set_title (standard, "Answer within five rings");
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
  g_list_store_append (G_LIST_STORE (kin_project_get_standards (project)), standard);
  kin_project_mark_saved (project);

  return project;
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(KinProject) project = new_project ();
  g_autoptr(GError) error = NULL;
  KinGainsImportResult result;
  GListModel *gains = kin_project_get_gains (project);

  /* Criticals and warnings are bugs too: make them crash so they are found. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  kin_gains_import_result_init (&result);
  if (!kin_gains_csv_import (project, bytes, "fuzz.csv", &result, &error))
    {
      /* A refused file changes nothing. */
      if (error == NULL || g_list_model_get_n_items (gains) != 0)
        abort ();
      kin_gains_import_result_clear (&result);
      return 0;
    }

  if (g_list_model_get_n_items (gains) != result.added)
    abort ();

  if (result.added > 0)
    {
      g_autoptr(GBytes) exported = kin_gains_csv_export (project, gains);
      g_autoptr(KinProject) again = new_project ();
      g_autoptr(GError) again_error = NULL;
      KinGainsImportResult again_result;

      kin_gains_import_result_init (&again_result);
      if (!kin_gains_csv_import (again, exported, "again.csv", &again_result, &again_error) ||
          again_result.added != result.added)
        abort ();
      kin_gains_import_result_clear (&again_result);

      /* The whole import is one step. */
      if (!kin_project_undo (project) || g_list_model_get_n_items (gains) != 0)
        abort ();
    }

  kin_gains_import_result_clear (&result);
  return 0;
}
