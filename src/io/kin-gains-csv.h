/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

#define KIN_GAINS_CSV_ERROR (kin_gains_csv_error_quark ())

/**
 * KinGainsCsvError:
 * @KIN_GAINS_CSV_ERROR_SYNTAX: the text is not well-formed CSV (an
 *   unterminated quote, a stray quote, a row with the wrong number of cells)
 * @KIN_GAINS_CSV_ERROR_HEADER: the header row lacks a required column or
 *   names one twice
 * @KIN_GAINS_CSV_ERROR_VALUE: a cell holds a value a gain cannot have (a bad
 *   date, impact, effort or status; an id used twice)
 *
 * Error codes in the %KIN_GAINS_CSV_ERROR domain. Messages read
 * "NAME:LINE:COLUMN: what is wrong", counting lines and columns from 1.
 */
typedef enum {
  KIN_GAINS_CSV_ERROR_SYNTAX,
  KIN_GAINS_CSV_ERROR_HEADER,
  KIN_GAINS_CSV_ERROR_VALUE,
} KinGainsCsvError;

/**
 * KinGainsImportResult:
 * @added: gains appended to the project
 * @skipped: rows skipped because the gain is already in the project (or
 *   earlier in the same file)
 * @warnings: (element-type utf8): things that were repaired rather than
 *   refused, such as a principle name the project does not have; one
 *   translated line each, "NAME:LINE:COLUMN: ..."
 *
 * What kin_gains_csv_import() did. Initialise with
 * kin_gains_import_result_init(), release with kin_gains_import_result_clear().
 */
typedef struct {
  guint      added;
  guint      skipped;
  GPtrArray *warnings;
} KinGainsImportResult;

GQuark    kin_gains_csv_error_quark      (void);

void      kin_gains_import_result_init   (KinGainsImportResult *result);
void      kin_gains_import_result_clear  (KinGainsImportResult *result);

GBytes   *kin_gains_csv_export           (KinProject           *project,
                                          GListModel           *gains);
gboolean  kin_gains_csv_import           (KinProject           *project,
                                          GBytes               *csv,
                                          const char           *display_name,
                                          KinGainsImportResult *result,
                                          GError              **error);

G_END_DECLS
