/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-card"

#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>

#include "kin-asset-store.h"
#include "kin-asset.h"
#include "kin-card-private.h"
#include "kin-project.h"

/* Artwork decoding for the card renderer. Only GLib-level libraries are used
 * (cairo for PNG, gdk-pixbuf for JPEG, librsvg for SVG), so the renderer keeps
 * working without a display. */

typedef struct
{
  const guint8 *data;
  gsize         size;
  gsize         offset;
} ReadState;

static cairo_status_t
read_bytes_cb (void          *closure,
               unsigned char *buffer,
               unsigned int   length)
{
  ReadState *state = closure;

  if (state->size - state->offset < length)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (buffer, state->data + state->offset, length);
  state->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes  *bytes,
            GError **error)
{
  ReadState state = { 0 };
  cairo_surface_t *surface;

  state.data = g_bytes_get_data (bytes, &state.size);
  surface = cairo_image_surface_create_from_png_stream (read_bytes_cb, &state);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The PNG artwork is damaged; choose the image again"));
      return NULL;
    }

  return surface;
}

/* Copies a pixbuf into a cairo image surface, premultiplying alpha as cairo
 * expects. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  cairo_surface_t *surface;
  guint8 *dst;
  int dst_stride;

  surface = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                        width, height);
  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  dst_stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < height; y++)
    {
      const guint8 *s = src + (gsize) y * src_stride;
      guint32 *d = (guint32 *) (gpointer) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, s += channels)
        {
          guint a = alpha ? s[3] : 255;
          guint r = (s[0] * a + 127) / 255;
          guint g = (s[1] * a + 127) / 255;
          guint b = (s[2] * a + 127) / 255;

          d[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }

  cairo_surface_mark_dirty (surface);
  return surface;
}

static cairo_surface_t *
decode_jpeg (GBytes  *bytes,
             GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_mime_type ("image/jpeg", NULL);
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  GdkPixbuf *pixbuf;

  if (loader == NULL ||
      !gdk_pixbuf_loader_write_bytes (loader, bytes, &local_error) ||
      !gdk_pixbuf_loader_close (loader, &local_error) ||
      (pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)) == NULL)
    {
      if (loader != NULL)
        gdk_pixbuf_loader_close (loader, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The JPEG artwork cannot be read; choose the image again"));
      return NULL;
    }

  surface = surface_from_pixbuf (pixbuf);

  /* PDF output embeds these bytes as they are instead of re-encoding the
   * decoded pixels, which keeps the file small and the photo untouched. */
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG,
                               g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (bytes));
  return surface;
}

static cairo_surface_t *
decode_svg (GBytes   *bytes,
            double   *width,
            double   *height,
            GObject **handle_out,
            GError  **error)
{
  g_autoptr(GObject) handle_object = NULL;
  RsvgHandle *handle;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  RsvgRectangle viewport;
  cairo_surface_t *surface;
  cairo_rectangle_t extents;
  cairo_t *cr;
  gboolean ok;

  handle = rsvg_handle_new_from_data (data, size, &local_error);
  handle_object = (GObject *) handle;
  if (handle == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The SVG artwork cannot be read; choose the image again"));
      return NULL;
    }

  rsvg_handle_set_dpi (handle, 96.0);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, width, height) ||
      *width <= 0 || *height <= 0)
    {
      /* Drawings with only a viewBox have no size of their own; any size with
       * the right proportions will do, because the card scales it anyway. */
      gboolean has_width, has_height, has_viewbox;
      RsvgLength w, h;
      RsvgRectangle viewbox;

      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &w, &has_height, &h,
                                            &has_viewbox, &viewbox);
      if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The SVG artwork has no size; give it a width and height or a viewBox"));
          return NULL;
        }
      *width = viewbox.width;
      *height = viewbox.height;
    }

  extents = (cairo_rectangle_t) { 0, 0, *width, *height };
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  viewport = (RsvgRectangle) { 0, 0, *width, *height };
  ok = rsvg_handle_render_document (handle, cr, &viewport, &local_error);
  cairo_destroy (cr);

  if (!ok)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The SVG artwork cannot be drawn; choose the image again"));
      return NULL;
    }

  *handle_out = g_steal_pointer (&handle_object);
  return surface;
}

/*
 * _kin_card_art_new_from_bytes:
 * @bytes: the asset's data
 * @mime: its MIME type: image/png, image/jpeg or image/svg+xml
 *
 * Returns: (transfer full) (nullable): the decoded artwork
 */
KinCardArt *
_kin_card_art_new_from_bytes (GBytes      *bytes,
                              const char  *mime,
                              GError     **error)
{
  g_autoptr(KinCardArt) art = g_new0 (KinCardArt, 1);
  g_autofree char *checksum = NULL;
  g_autofree char *unique_id = NULL;

  g_atomic_ref_count_init (&art->ref_count);

  if (g_strcmp0 (mime, "image/png") == 0)
    art->surface = decode_png (bytes, error);
  else if (g_strcmp0 (mime, "image/jpeg") == 0)
    art->surface = decode_jpeg (bytes, error);
  else if (g_strcmp0 (mime, "image/svg+xml") == 0)
    art->surface = decode_svg (bytes, &art->width, &art->height, &art->svg, error);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Artwork of type “%s” cannot be printed; use PNG, JPEG or SVG"),
                 mime != NULL ? mime : "");

  if (art->surface == NULL)
    return NULL;

  if (cairo_surface_get_type (art->surface) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      art->width = cairo_image_surface_get_width (art->surface);
      art->height = cairo_image_surface_get_height (art->surface);
    }

  /* Identical artwork gets the same ID, so cairo's PDF output embeds it once
   * even when two faces decoded it separately. */
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  unique_id = g_strconcat ("kindling-art-", checksum, NULL);
  cairo_surface_set_mime_data (art->surface, CAIRO_MIME_TYPE_UNIQUE_ID,
                               (const guchar *) unique_id, strlen (unique_id),
                               g_free, unique_id);
  unique_id = NULL;

  return g_steal_pointer (&art);
}

KinCardArt *
_kin_card_art_ref (KinCardArt *art)
{
  g_atomic_ref_count_inc (&art->ref_count);
  return art;
}

void
_kin_card_art_unref (KinCardArt *art)
{
  if (art == NULL)
    return;

  if (g_atomic_ref_count_dec (&art->ref_count))
    {
      g_clear_pointer (&art->surface, cairo_surface_destroy);
      g_clear_object (&art->svg);
      g_free (art);
    }
}

/*
 * _kin_card_art_paint:
 * @art: artwork
 * @cr: where to paint, with (0, 0)-(width, height) of @art mapped where it
 *   goes and any clip already set
 * @smooth_edges: pad bitmaps so smoothing does not fade their edges; only
 *   for bitmap targets, since PDF output would then re-encode the picture
 *
 * Paints the artwork at its own size in @cr's user space.
 */
void
_kin_card_art_paint (KinCardArt *art,
                     cairo_t    *cr,
                     gboolean    smooth_edges)
{
  cairo_surface_type_t target = cairo_surface_get_type (cairo_get_target (cr));

  /* Cairo's SVG output keeps every recording surface painted into it alive,
   * so SVG artwork goes to SVG output straight from the drawing. */
  if (art->svg != NULL && target == CAIRO_SURFACE_TYPE_SVG)
    {
      RsvgRectangle viewport = { 0, 0, art->width, art->height };

      rsvg_handle_render_document (RSVG_HANDLE (art->svg), cr, &viewport, NULL);
      return;
    }

  cairo_set_source_surface (cr, art->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  if (smooth_edges)
    cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
}

GHashTable *
_kin_card_art_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) _kin_card_art_unref);
}

/*
 * _kin_card_art_lookup:
 * @project: the project that holds the asset
 * @asset_id: (nullable): the asset's ID
 * @cache: (nullable): decoded artwork by asset ID
 *
 * Artwork that is missing or cannot be decoded is left out with a warning
 * in the log: a card without its picture is better than no card.
 *
 * Returns: (transfer full) (nullable): the artwork
 */
KinCardArt *
_kin_card_art_lookup (KinProject *project,
                      const char *asset_id,
                      GHashTable *cache)
{
  g_autoptr(GError) error = NULL;
  KinAsset *asset;
  KinCardArt *art;

  if (project == NULL || asset_id == NULL || *asset_id == '\0')
    return NULL;

  if (cache != NULL && g_hash_table_lookup_extended (cache, asset_id, NULL, (gpointer *) &art))
    return art != NULL ? _kin_card_art_ref (art) : NULL;

  asset = kin_asset_store_lookup (kin_project_get_assets (project), asset_id);
  if (asset == NULL || kin_asset_get_data (asset) == NULL)
    art = NULL;
  else
    art = _kin_card_art_new_from_bytes (kin_asset_get_data (asset), kin_asset_get_mime (asset), &error);

  if (error != NULL)
    g_message ("Artwork %s left out: %s", asset_id, error->message);

  if (cache != NULL)
    g_hash_table_insert (cache, g_strdup (asset_id), art != NULL ? _kin_card_art_ref (art) : NULL);

  return art;
}
