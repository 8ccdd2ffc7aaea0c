/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_ASSESSMENT (kin_assessment_get_type ())

G_DECLARE_FINAL_TYPE (KinAssessment, kin_assessment, KIN, ASSESSMENT, KinObject)

KinAssessment *kin_assessment_new            (void);

const char    *kin_assessment_get_title      (KinAssessment *self);
void           kin_assessment_set_title      (KinAssessment *self,
                                              const char    *title);
const char    *kin_assessment_get_date       (KinAssessment *self);
void           kin_assessment_set_date       (KinAssessment *self,
                                              const char    *date);
int            kin_assessment_get_scale_max  (KinAssessment *self);
void           kin_assessment_set_scale_max  (KinAssessment *self,
                                              int            scale_max);
GListModel    *kin_assessment_get_statements (KinAssessment *self);
GListModel    *kin_assessment_get_teams      (KinAssessment *self);

G_END_DECLS
