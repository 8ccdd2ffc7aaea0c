/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

KinProject *kin_project_read_bytes (GBytes      *bytes,
                                    const char  *display_name,
                                    GPtrArray  **warnings,
                                    GError     **error);

const char *kin_image_sniff_mime   (GBytes      *data);

G_END_DECLS
