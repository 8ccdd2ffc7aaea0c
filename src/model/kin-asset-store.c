/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-asset.h"
#include "kin-asset-store.h"

/**
 * KinAssetStore:
 *
 * The images stored inside a project, such as principle card artwork.
 *
 * The assets are a #GListStore, so that edits go through the same undoable
 * insert and remove as every other list. An index by id follows the list,
 * so kin_asset_store_lookup() stays fast however the list is changed.
 */
struct _KinAssetStore
{
  GObject parent_instance;

  GListStore *assets;

  /* The items of @assets in order, each holding a reference and a
   * "notify::id" handler. Needed because "items-changed" does not say
   * which items were removed.
   */
  GPtrArray *mirror;

  /* Owned id -> KinAsset borrowed from @mirror. */
  GHashTable *by_id;
};

G_DEFINE_FINAL_TYPE (KinAssetStore, kin_asset_store, G_TYPE_OBJECT)

static void
rebuild_index (KinAssetStore *self)
{
  g_hash_table_remove_all (self->by_id);

  /* Walk backwards so that, should two assets share an id, the first one
   * wins, as it does for a linear search.
   */
  for (guint i = self->mirror->len; i > 0; i--)
    {
      KinAsset *asset = g_ptr_array_index (self->mirror, i - 1);
      const char *id = kin_object_get_id (KIN_OBJECT (asset));

      if (id != NULL)
        g_hash_table_insert (self->by_id, g_strdup (id), asset);
    }
}

static void
asset_id_changed_cb (KinAssetStore *self,
                     GParamSpec    *pspec,
                     KinAsset      *asset)
{
  rebuild_index (self);
}

static void
release_asset (KinAssetStore *self,
               KinAsset      *asset)
{
  g_signal_handlers_disconnect_by_func (asset, asset_id_changed_cb, self);
  g_object_unref (asset);
}

static void
assets_changed_cb (KinAssetStore *self,
                   guint          position,
                   guint          removed,
                   guint          added,
                   GListModel    *assets)
{
  for (guint i = 0; i < removed; i++)
    release_asset (self, g_ptr_array_index (self->mirror, position + i));
  g_ptr_array_remove_range (self->mirror, position, removed);

  for (guint i = 0; i < added; i++)
    {
      KinAsset *asset = g_list_model_get_item (assets, position + i);

      g_signal_connect_object (asset, "notify::id",
                               G_CALLBACK (asset_id_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_insert (self->mirror, position + i, asset);
    }

  /* Removing an id could uncover a duplicate further on, so removals
   * rebuild the index; plain additions only add to it.
   */
  if (removed > 0)
    {
      rebuild_index (self);
      return;
    }

  for (guint i = 0; i < added; i++)
    {
      KinAsset *asset = g_ptr_array_index (self->mirror, position + i);
      const char *id = kin_object_get_id (KIN_OBJECT (asset));

      if (id != NULL && !g_hash_table_contains (self->by_id, id))
        g_hash_table_insert (self->by_id, g_strdup (id), asset);
      else if (id != NULL)
        rebuild_index (self);
    }
}

static void
kin_asset_store_dispose (GObject *object)
{
  KinAssetStore *self = KIN_ASSET_STORE (object);

  if (self->assets != NULL)
    g_signal_handlers_disconnect_by_func (self->assets, assets_changed_cb, self);

  if (self->mirror != NULL)
    {
      g_hash_table_remove_all (self->by_id);
      for (guint i = 0; i < self->mirror->len; i++)
        release_asset (self, g_ptr_array_index (self->mirror, i));
      g_ptr_array_set_size (self->mirror, 0);
    }

  g_clear_object (&self->assets);

  G_OBJECT_CLASS (kin_asset_store_parent_class)->dispose (object);
}

static void
kin_asset_store_finalize (GObject *object)
{
  KinAssetStore *self = KIN_ASSET_STORE (object);

  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (kin_asset_store_parent_class)->finalize (object);
}

static void
kin_asset_store_class_init (KinAssetStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kin_asset_store_dispose;
  object_class->finalize = kin_asset_store_finalize;
}

static void
kin_asset_store_init (KinAssetStore *self)
{
  self->assets = g_list_store_new (KIN_TYPE_ASSET);
  self->mirror = g_ptr_array_new ();
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_signal_connect_object (self->assets, "items-changed",
                           G_CALLBACK (assets_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * kin_asset_store_new:
 *
 * Returns: (transfer full): a new, empty #KinAssetStore
 */
KinAssetStore *
kin_asset_store_new (void)
{
  return g_object_new (KIN_TYPE_ASSET_STORE, NULL);
}

/**
 * kin_asset_store_get_assets:
 * @self: a #KinAssetStore
 *
 * Returns: (transfer none): the assets, a #GListStore of #KinAsset
 */
GListModel *
kin_asset_store_get_assets (KinAssetStore *self)
{
  g_return_val_if_fail (KIN_IS_ASSET_STORE (self), NULL);

  return G_LIST_MODEL (self->assets);
}

/**
 * kin_asset_store_lookup:
 * @self: a #KinAssetStore
 * @id: (nullable): an asset id
 *
 * Finds an asset by id, in constant time.
 *
 * Returns: (transfer none) (nullable): the asset, or %NULL if there is none
 *   with this id
 */
KinAsset *
kin_asset_store_lookup (KinAssetStore *self,
                        const char    *id)
{
  g_return_val_if_fail (KIN_IS_ASSET_STORE (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}
