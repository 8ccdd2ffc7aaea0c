/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_TEAM (kin_team_get_type ())

G_DECLARE_FINAL_TYPE (KinTeam, kin_team, KIN, TEAM, KinObject)

KinTeam    *kin_team_new         (void);

const char *kin_team_get_name    (KinTeam    *self);
void        kin_team_set_name    (KinTeam    *self,
                                  const char *name);
const char *kin_team_get_comment (KinTeam    *self);
void        kin_team_set_comment (KinTeam    *self,
                                  const char *comment);
GVariant   *kin_team_get_scores  (KinTeam    *self);
void        kin_team_set_scores  (KinTeam    *self,
                                  GVariant   *scores);

gboolean    kin_team_get_score             (KinTeam    *self,
                                            const char *statement_id,
                                            double     *score);
GVariant   *kin_team_build_scores_with     (KinTeam    *self,
                                            const char *statement_id,
                                            double      score);
GVariant   *kin_team_build_scores_without  (KinTeam    *self,
                                            const char *statement_id);

G_END_DECLS
