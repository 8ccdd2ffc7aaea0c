/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-gains-cli.h"
#include "kin-gains-csv.h"
#include "kin-model.h"
#include "kin-project-file.h"

/*
 * The command-line side of the gains CSV: `--export=gains` and
 * `--import-gains`. Both work without a display. They print problems to
 * stderr as one line each and return the exit status: 0 on success, 1 on
 * bad input (a project or CSV that cannot be read or written).
 */

static int
report (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  return 1;
}

static KinProject *
load (const char  *project_path,
      GFile      **file_out)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (project_path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  KinProject *project;

  project = kin_project_load_file (file, &warnings, NULL, &error);
  if (project == NULL)
    {
      report (error->message);
      return NULL;
    }

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s %s", _("warning:"),
                                               (const char *) g_ptr_array_index (warnings, i));
      report (line);
    }

  if (file_out != NULL)
    *file_out = g_steal_pointer (&file);

  return project;
}

/**
 * kin_gains_cli_export:
 * @project_path: the project file, as given on the command line
 * @output_path: the CSV file to write
 *
 * Writes every gain of a project as CSV (see kin_gains_csv_export()),
 * replacing @output_path atomically.
 *
 * Returns: the exit status
 */
int
kin_gains_cli_export (const char *project_path,
                      const char *output_path)
{
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (project_path != NULL, 2);
  g_return_val_if_fail (output_path != NULL, 2);

  project = load (project_path, NULL);
  if (project == NULL)
    return 1;

  csv = kin_gains_csv_export (project, NULL);
  out = g_file_new_for_commandline_arg (output_path);
  if (!g_file_replace_contents (out, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                &error))
    return report (error->message);

  return 0;
}

/**
 * kin_gains_cli_import:
 * @project_path: the project file, as given on the command line
 * @csv_path: the CSV file to read
 *
 * Appends the gains of a CSV file to a project, skipping those it already
 * has (see kin_gains_csv_import()), and saves the project atomically.
 * Prints "Added N gains, skipped M duplicates". On a bad CSV, prints the
 * line and column of the problem and leaves the project file untouched.
 *
 * Returns: the exit status
 */
int
kin_gains_cli_import (const char *project_path,
                      const char *csv_path)
{
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  g_autofree char *skipped = NULL;
  KinGainsImportResult result;

  g_return_val_if_fail (project_path != NULL, 2);
  g_return_val_if_fail (csv_path != NULL, 2);

  csv_file = g_file_new_for_commandline_arg (csv_path);
  csv = g_file_load_bytes (csv_file, NULL, NULL, &error);
  if (csv == NULL)
    return report (error->message);

  project = load (project_path, &file);
  if (project == NULL)
    return 1;

  /* Messages name the CSV as the user wrote it, so they can find it. */
  kin_gains_import_result_init (&result);
  if (!kin_gains_csv_import (project, csv, csv_path, &result, &error))
    {
      kin_gains_import_result_clear (&result);
      return report (error->message);
    }

  for (guint i = 0; i < result.warnings->len; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s %s", _("warning:"),
                                               (const char *) g_ptr_array_index (result.warnings, i));
      report (line);
    }

  /* Nothing new means nothing to save: the file stays byte for byte. */
  if (result.added > 0 && !kin_project_save_file (project, file, NULL, &error))
    {
      kin_gains_import_result_clear (&result);
      return report (error->message);
    }

  added = g_strdup_printf (ngettext ("Added %u gain", "Added %u gains", result.added),
                           result.added);
  skipped = g_strdup_printf (ngettext ("skipped %u duplicate", "skipped %u duplicates",
                                       result.skipped),
                             result.skipped);
  /* Translators: the two parts are "Added 5 gains" and "skipped 2 duplicates". */
  g_print (_("%s, %s\n"), added, skipped);

  kin_gains_import_result_clear (&result);
  return 0;
}

/**
 * kin_gains_cli_is_export:
 * @options: the parsed command-line options
 *
 * Returns: %TRUE if the options ask for `--export=gains`
 */
gboolean
kin_gains_cli_is_export (GVariantDict *options)
{
  const char *what = NULL;

  g_return_val_if_fail (options != NULL, FALSE);

  return (g_variant_dict_lookup (options, "export", "&s", &what) &&
          g_strcmp0 (what, "gains") == 0);
}
