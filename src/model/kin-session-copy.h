/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

KinSession *kin_session_copy (KinSession *session);

G_END_DECLS
