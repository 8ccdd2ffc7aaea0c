/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-asset.h"
#include "kin-model-private.h"

/**
 * KinAsset:
 *
 * An image stored inside the project file, such as the artwork of a
 * principle card.
 */
struct _KinAsset
{
  KinObject parent_instance;

  char *mime;
  GBytes *data;
};

G_DEFINE_FINAL_TYPE (KinAsset, kin_asset, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MIME,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_asset_finalize (GObject *object)
{
  KinAsset *self = KIN_ASSET (object);

  g_clear_pointer (&self->mime, g_free);
  g_clear_pointer (&self->data, g_bytes_unref);

  G_OBJECT_CLASS (kin_asset_parent_class)->finalize (object);
}

static void
kin_asset_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KinAsset *self = KIN_ASSET (object);

  switch (prop_id)
    {
    case PROP_MIME:
      g_value_set_string (value, kin_asset_get_mime (self));
      break;

    case PROP_DATA:
      g_value_set_boxed (value, kin_asset_get_data (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_asset_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KinAsset *self = KIN_ASSET (object);

  switch (prop_id)
    {
    case PROP_MIME:
      kin_asset_set_mime (self, g_value_get_string (value));
      break;

    case PROP_DATA:
      kin_asset_set_data (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_asset_class_init (KinAssetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_asset_finalize;
  object_class->get_property = kin_asset_get_property;
  object_class->set_property = kin_asset_set_property;

  kin_class->type_label = N_("Image");

  properties[PROP_MIME] =
    g_param_spec_string ("mime", N_("Type"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", N_("Data"), NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_asset_init (KinAsset *self)
{
}

/**
 * kin_asset_new:
 *
 * Creates a image with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinAsset
 */
KinAsset *
kin_asset_new (void)
{
  return g_object_new (KIN_TYPE_ASSET, NULL);
}

/**
 * kin_asset_get_mime:
 * @self: a #KinAsset
 *
 * Returns: the MIME type, such as "image/png", never %NULL
 */
const char *
kin_asset_get_mime (KinAsset *self)
{
  g_return_val_if_fail (KIN_IS_ASSET (self), NULL);

  return self->mime ? self->mime : "";
}

/**
 * kin_asset_set_mime:
 * @self: a #KinAsset
 * @mime: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the MIME type, such as "image/png". Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_asset_set_mime (KinAsset   *self,
                    const char *mime)
{
  g_return_if_fail (KIN_IS_ASSET (self));

  if (_kin_set_string (&self->mime, mime))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIME]);
}

/**
 * kin_asset_get_data:
 * @self: a #KinAsset
 *
 * Returns: (transfer none) (nullable): the contents of the file
 */
GBytes *
kin_asset_get_data (KinAsset *self)
{
  g_return_val_if_fail (KIN_IS_ASSET (self), NULL);

  return self->data;
}

/**
 * kin_asset_set_data:
 * @self: a #KinAsset
 * @data: (nullable): the new contents
 *
 * Sets the contents of the file. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_asset_set_data (KinAsset *self,
                    GBytes   *data)
{
  g_return_if_fail (KIN_IS_ASSET (self));

  if (self->data == data ||
      (self->data != NULL && data != NULL && g_bytes_equal (self->data, data)))
    return;

  g_clear_pointer (&self->data, g_bytes_unref);
  self->data = data ? g_bytes_ref (data) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}
