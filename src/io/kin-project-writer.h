/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

GBytes *kin_project_write_bytes (KinProject *project);

G_END_DECLS
