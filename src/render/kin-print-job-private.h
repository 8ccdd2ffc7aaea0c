/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-sheet-private.h"

G_BEGIN_DECLS

#define PT_PER_MM (72.0 / 25.4)

struct _KinPrintJob
{
  GObject           parent_instance;

  KinSheetTemplate *sheet;      /* as laid out for this job */
  GPtrArray        *fronts;     /* KinCardFace, one per card, copies included */
  GPtrArray        *backs;      /* the matching backs */
  double            card_width;
  double            card_height;
  double            corner_radius;
  double            card_dx;    /* where the card sits inside its label */
  double            card_dy;
  double            bleed;
  gboolean          crop_marks;
  guint             slots_per_sheet;
  guint             start;
  guint             n_sheets;
  KinDuplex         duplex;
  double            offset_x;
  double            offset_y;
  char             *font_family;
};

KinTrimBox _kin_print_job_trim_box (KinPrintJob *self,
                                    guint        page_index,
                                    guint        slot);

G_END_DECLS
