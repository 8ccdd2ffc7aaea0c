/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-sheet.h"

G_BEGIN_DECLS

#define KIN_TYPE_SHEET_PREVIEW (kin_sheet_preview_get_type ())

G_DECLARE_FINAL_TYPE (KinSheetPreview, kin_sheet_preview, KIN, SHEET_PREVIEW, GtkWidget)

GtkWidget   *kin_sheet_preview_new            (void);
KinPrintJob *kin_sheet_preview_get_job        (KinSheetPreview *self);
guint        kin_sheet_preview_get_page_index (KinSheetPreview *self);
void         kin_sheet_preview_set_page       (KinSheetPreview *self,
                                               KinPrintJob     *job,
                                               guint            page_index);

G_END_DECLS
