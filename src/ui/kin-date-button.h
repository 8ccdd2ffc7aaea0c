/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KIN_TYPE_DATE_BUTTON (kin_date_button_get_type ())

G_DECLARE_FINAL_TYPE (KinDateButton, kin_date_button, KIN, DATE_BUTTON, GtkWidget)

GtkWidget  *kin_date_button_new            (void);

const char *kin_date_button_get_date       (KinDateButton *self);
void        kin_date_button_set_date       (KinDateButton *self,
                                            const char    *date);
const char *kin_date_button_get_none_label (KinDateButton *self);
void        kin_date_button_set_none_label (KinDateButton *self,
                                            const char    *label);
gboolean    kin_date_button_get_clearable  (KinDateButton *self);
void        kin_date_button_set_clearable  (KinDateButton *self,
                                            gboolean       clearable);
void        kin_date_button_pick           (KinDateButton *self,
                                            const char    *date);

G_END_DECLS
