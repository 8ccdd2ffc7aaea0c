/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-sheet.h"

G_BEGIN_DECLS

/* Crop marks are this long, and start this far outside the trim (never
 * nearer than the bleed). */
#define KIN_CROP_MARK_LENGTH_MM 5.0
#define KIN_CROP_MARK_MIN_OFFSET_MM 2.0

/* One card's trim box on a page, in mm from the paper's top-left corner. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} KinTrimBox;

double  _kin_crop_mark_offset             (double            bleed_mm);
GArray *_kin_crop_marks_compute           (const KinTrimBox *trims,
                                           guint             n_trims,
                                           double            bleed_mm,
                                           double            paper_width_mm,
                                           double            paper_height_mm);

void    _kin_sheet_template_layout_print_shop (KinSheetTemplate *self,
                                               double            card_width_mm,
                                               double            card_height_mm,
                                               double            bleed_mm);

G_END_DECLS
