/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_ASSET (kin_asset_get_type ())

G_DECLARE_FINAL_TYPE (KinAsset, kin_asset, KIN, ASSET, KinObject)

KinAsset   *kin_asset_new      (void);

const char *kin_asset_get_mime (KinAsset   *self);
void        kin_asset_set_mime (KinAsset   *self,
                                const char *mime);
GBytes     *kin_asset_get_data (KinAsset   *self);
void        kin_asset_set_data (KinAsset   *self,
                                GBytes     *data);

G_END_DECLS
