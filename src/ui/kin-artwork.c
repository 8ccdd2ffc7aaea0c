/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-artwork"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kin-artwork.h"

/* Principle artwork: checking that a file is an image the card renderer can
 * draw, and storing it as a project asset with undoable edits. An asset no
 * principle uses any more is removed in the same undo step, so the project
 * file does not keep images nobody can see.
 */

G_DEFINE_QUARK (kin-artwork-error-quark, kin_artwork_error)

static gboolean
has_prefix (const guint8 *data,
            gsize         size,
            const char   *prefix,
            gsize         prefix_size)
{
  return size >= prefix_size && memcmp (data, prefix, prefix_size) == 0;
}

/* An SVG file is XML whose root element is <svg>. Looking for the element
 * near the start, after any XML declaration, comments or doctype, is enough
 * to tell it from other text; the renderer reports files it cannot draw. */
static gboolean
looks_like_svg (const guint8 *data,
                gsize         size)
{
  gsize window = MIN (size, 4096);
  g_autofree char *head = g_strndup ((const char *) data, window);

  if (strlen (head) != window)
    return FALSE;

  return strstr (head, "<svg") != NULL;
}

/**
 * kin_artwork_sniff_mime:
 * @bytes: the contents of a file
 *
 * Returns: (nullable): "image/png", "image/jpeg" or "image/svg+xml" as the
 *   contents show, whatever the file is called; %NULL for anything else
 */
const char *
kin_artwork_sniff_mime (GBytes *bytes)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  if (data == NULL)
    return NULL;
  if (has_prefix (data, size, "\x89PNG\r\n\x1a\n", 8))
    return "image/png";
  if (has_prefix (data, size, "\xff\xd8\xff", 3))
    return "image/jpeg";
  if (looks_like_svg (data, size))
    return "image/svg+xml";

  return NULL;
}

static KinAsset *
lookup_asset (KinProject *project,
              const char *asset_id)
{
  if (asset_id == NULL || *asset_id == '\0')
    return NULL;

  return kin_asset_store_lookup (kin_project_get_assets (project), asset_id);
}

/**
 * kin_artwork_describe:
 * @asset_id: (nullable): the principle's image
 *
 * Returns: a short description for the user, such as "PNG image, 120 kB"
 */
char *
kin_artwork_describe (KinProject *project,
                      const char *asset_id)
{
  KinAsset *asset = lookup_asset (project, asset_id);
  const char *mime;
  GBytes *data;
  g_autofree char *size = NULL;

  if (asset == NULL)
    return g_strdup (_("No artwork: the card front shows the colour only"));

  mime = kin_asset_get_mime (asset);
  data = kin_asset_get_data (asset);
  size = g_format_size (data != NULL ? g_bytes_get_size (data) : 0);

  if (g_strcmp0 (mime, "image/png") == 0)
    /* Translators: %s is a file size such as "120 kB". */
    return g_strdup_printf (_("PNG image, %s"), size);
  if (g_strcmp0 (mime, "image/jpeg") == 0)
    return g_strdup_printf (_("JPEG image, %s"), size);
  if (g_strcmp0 (mime, "image/svg+xml") == 0)
    return g_strdup_printf (_("SVG image, %s"), size);

  return g_strdup_printf (_("Image, %s"), size);
}

static gboolean
asset_in_use (KinProject *project,
              const char *asset_id)
{
  GListModel *principles = kin_project_get_principles (project);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      if (g_strcmp0 (kin_principle_get_image (principle), asset_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * kin_artwork_release:
 * @asset_id: (nullable): an asset that may have just lost its last user
 *
 * Removes the asset, as an undoable edit, when no principle refers to it.
 * Call it inside the action that dropped the reference.
 */
void
kin_artwork_release (KinProject *project,
                     const char *asset_id)
{
  GListModel *assets;

  if (asset_id == NULL || asset_in_use (project, asset_id))
    return;

  assets = kin_asset_store_get_assets (kin_project_get_assets (project));
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(KinAsset) asset = g_list_model_get_item (assets, i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (asset)), asset_id) == 0)
        {
          kin_project_remove (project, assets, i);
          return;
        }
    }
}

/* Using the same picture for several principles stores it once. */
static KinAsset *
find_equal_asset (KinProject *project,
                  const char *mime,
                  GBytes     *bytes)
{
  GListModel *assets = kin_asset_store_get_assets (kin_project_get_assets (project));

  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(KinAsset) asset = g_list_model_get_item (assets, i);
      GBytes *data = kin_asset_get_data (asset);

      if (g_strcmp0 (kin_asset_get_mime (asset), mime) == 0 &&
          data != NULL && g_bytes_equal (data, bytes))
        return asset;
    }

  return NULL;
}

/**
 * kin_artwork_set:
 * @bytes: the image file's contents
 * @display_name: the file's name, for error messages
 *
 * Checks the image and makes it the principle's artwork, storing it as an
 * asset, in one undo step "Change Artwork".
 *
 * Returns: %FALSE, with @error set to a message for the user, when the file
 *   is too large or not a PNG, JPEG or SVG image
 */
gboolean
kin_artwork_set (KinProject   *project,
                 KinPrinciple *principle,
                 GBytes       *bytes,
                 const char   *display_name,
                 GError      **error)
{
  g_autofree char *old_id = NULL;
  KinAsset *existing;
  g_autoptr(KinAsset) asset = NULL;
  const char *mime;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_PRINCIPLE (principle), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_bytes_get_size (bytes) > KIN_ARTWORK_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (bytes));

      g_set_error (error, KIN_ARTWORK_ERROR, KIN_ARTWORK_ERROR_TOO_LARGE,
                   /* Translators: the first %s is a file name, the second its size. */
                   _("“%s” is %s, and images can be at most 10 MB. Save a smaller "
                     "copy, for example at the size of the printed card, and try again."),
                   display_name, size);
      return FALSE;
    }

  mime = kin_artwork_sniff_mime (bytes);
  if (mime == NULL)
    {
      g_set_error (error, KIN_ARTWORK_ERROR, KIN_ARTWORK_ERROR_NOT_AN_IMAGE,
                   _("“%s” is not a PNG, JPEG or SVG image. Save the picture in "
                     "one of these formats and try again."),
                   display_name);
      return FALSE;
    }

  old_id = g_strdup (kin_principle_get_image (principle));

  existing = find_equal_asset (project, mime, bytes);
  if (existing != NULL)
    asset = g_object_ref (existing);
  else
    {
      /* A new asset is not part of the project yet, so it can be filled in
       * directly; inserting it is the undoable edit. */
      asset = kin_asset_new ();
      kin_asset_set_mime (asset, mime);
      kin_asset_set_data (asset, bytes);
    }

  kin_project_begin_action (project, _("Change Artwork"));
  if (existing == NULL)
    kin_project_append (project,
                        kin_asset_store_get_assets (kin_project_get_assets (project)),
                        asset);
  kin_project_set (project, principle,
                   "image", kin_object_get_id (KIN_OBJECT (asset)),
                   NULL);
  if (g_strcmp0 (old_id, kin_object_get_id (KIN_OBJECT (asset))) != 0)
    kin_artwork_release (project, old_id);
  kin_project_end_action (project);

  return TRUE;
}

/**
 * kin_artwork_remove:
 *
 * Clears the principle's artwork in one undo step "Remove Artwork".
 */
void
kin_artwork_remove (KinProject   *project,
                    KinPrinciple *principle)
{
  g_autofree char *old_id = NULL;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (KIN_IS_PRINCIPLE (principle));

  old_id = g_strdup (kin_principle_get_image (principle));
  if (old_id == NULL)
    return;

  kin_project_begin_action (project, _("Remove Artwork"));
  kin_project_set (project, principle, "image", NULL, NULL);
  kin_artwork_release (project, old_id);
  kin_project_end_action (project);
}
