/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-card-render.h"

G_BEGIN_DECLS

#define KIN_TYPE_CARD_PREVIEW (kin_card_preview_get_type ())

G_DECLARE_FINAL_TYPE (KinCardPreview, kin_card_preview, KIN, CARD_PREVIEW, GtkWidget)

GtkWidget   *kin_card_preview_new           (void);
KinCardFace *kin_card_preview_get_face      (KinCardPreview *self);
void         kin_card_preview_set_face      (KinCardPreview *self,
                                             KinCardFace    *face);
const char  *kin_card_preview_get_card_size (KinCardPreview *self);
void         kin_card_preview_set_card_size (KinCardPreview *self,
                                             const char     *card_size);
void         kin_card_preview_set_dimensions (KinCardPreview *self,
                                              double          width_mm,
                                              double          height_mm,
                                              double          corner_radius_mm);

G_END_DECLS
