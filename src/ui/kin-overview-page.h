/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-project.h"

G_BEGIN_DECLS

#define KIN_TYPE_OVERVIEW_PAGE (kin_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (KinOverviewPage, kin_overview_page, KIN, OVERVIEW_PAGE, GtkWidget)

KinProject *kin_overview_page_get_project (KinOverviewPage *self);
void        kin_overview_page_set_project (KinOverviewPage *self,
                                           KinProject      *project);
const char *kin_overview_page_get_count_text (KinOverviewPage *self,
                                              const char      *section);

G_END_DECLS
