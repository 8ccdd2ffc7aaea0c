/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "kin-model.h"

G_BEGIN_DECLS

/* Images larger than this are refused: the project file embeds them, and a
 * pocket card never needs more. */
#define KIN_ARTWORK_MAX_BYTES (10 * 1024 * 1024)

#define KIN_ARTWORK_ERROR (kin_artwork_error_quark ())

typedef enum {
  KIN_ARTWORK_ERROR_TOO_LARGE,
  KIN_ARTWORK_ERROR_NOT_AN_IMAGE,
} KinArtworkError;

GQuark      kin_artwork_error_quark    (void);

const char *kin_artwork_sniff_mime     (GBytes       *bytes);
char       *kin_artwork_describe       (KinProject   *project,
                                        const char   *asset_id);
gboolean    kin_artwork_set            (KinProject   *project,
                                        KinPrinciple *principle,
                                        GBytes       *bytes,
                                        const char   *display_name,
                                        GError      **error);
void        kin_artwork_remove         (KinProject   *project,
                                        KinPrinciple *principle);
void        kin_artwork_release        (KinProject   *project,
                                        const char   *asset_id);

G_END_DECLS
