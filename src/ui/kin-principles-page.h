/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"
#include "kin-principle-editor.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRINCIPLES_PAGE (kin_principles_page_get_type ())

G_DECLARE_FINAL_TYPE (KinPrinciplesPage, kin_principles_page, KIN, PRINCIPLES_PAGE, GtkWidget)

KinProject         *kin_principles_page_get_project  (KinPrinciplesPage *self);
void                kin_principles_page_set_project  (KinPrinciplesPage *self,
                                                      KinProject        *project);
KinPrinciple       *kin_principles_page_get_selected (KinPrinciplesPage *self);
void                kin_principles_page_select       (KinPrinciplesPage *self,
                                                      KinPrinciple      *principle);
KinPrincipleEditor *kin_principles_page_get_editor   (KinPrinciplesPage *self);
void                kin_principles_page_move_principle (KinPrinciplesPage *self,
                                                        KinPrinciple      *principle,
                                                        guint              to);

G_END_DECLS
