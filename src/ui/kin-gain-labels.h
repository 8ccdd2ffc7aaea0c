/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kin-enums.h"

G_BEGIN_DECLS

const char *kin_gain_status_get_label (KinGainStatus status);
const char *kin_effort_get_label      (KinEffort     effort);
char       *kin_gain_format_impact    (int           impact);

G_END_DECLS
