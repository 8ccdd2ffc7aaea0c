/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

#define KIN_TYPE_ASSET_STORE (kin_asset_store_get_type ())

G_DECLARE_FINAL_TYPE (KinAssetStore, kin_asset_store, KIN, ASSET_STORE, GObject)

KinAssetStore *kin_asset_store_new        (void);
GListModel    *kin_asset_store_get_assets (KinAssetStore *self);
KinAsset      *kin_asset_store_lookup     (KinAssetStore *self,
                                           const char    *id);

G_END_DECLS
