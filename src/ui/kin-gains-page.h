/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-project.h"
#include "kin-gain.h"

G_BEGIN_DECLS

#define KIN_TYPE_GAINS_PAGE (kin_gains_page_get_type ())

G_DECLARE_FINAL_TYPE (KinGainsPage, kin_gains_page, KIN, GAINS_PAGE, GtkWidget)

KinProject *kin_gains_page_get_project     (KinGainsPage *self);
void        kin_gains_page_set_project     (KinGainsPage *self,
                                            KinProject   *project);
KinGain    *kin_gains_page_quick_add       (KinGainsPage *self);
GListModel *kin_gains_page_get_shown_gains (KinGainsPage *self);
const char *kin_gains_page_get_count_text  (KinGainsPage *self);
GtkWidget  *kin_gains_page_get_editor      (KinGainsPage *self);
const char *kin_gains_page_get_last_message (KinGainsPage *self);
void        kin_gains_page_export_csv      (KinGainsPage *self,
                                            GFile        *file);
void        kin_gains_page_import_csv      (KinGainsPage *self,
                                            GFile        *file);
void        kin_gains_page_merge_file      (KinGainsPage *self,
                                            GFile        *file);

G_END_DECLS
