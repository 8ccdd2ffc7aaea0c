/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "kin-card-render.h"

G_BEGIN_DECLS

/* Decoded artwork. Bitmaps are one image surface, shared by every card that
 * uses the asset, so a PDF embeds each image once; JPEG keeps its original
 * bytes attached so the PDF carries them without re-encoding. SVG is drawn
 * once into a recording surface, so it stays vector in PDF and SVG output. */
typedef struct
{
  gatomicrefcount  ref_count;
  cairo_surface_t *surface;
  GObject         *svg;      /* the RsvgHandle of SVG artwork */
  double           width;
  double           height;
} KinCardArt;

KinCardArt  *_kin_card_art_new_from_bytes   (GBytes      *bytes,
                                             const char  *mime,
                                             GError     **error);
KinCardArt  *_kin_card_art_ref              (KinCardArt  *art);
void         _kin_card_art_unref            (KinCardArt  *art);
void         _kin_card_art_paint            (KinCardArt  *art,
                                             cairo_t     *cr,
                                             gboolean     smooth_edges);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinCardArt, _kin_card_art_unref)

/* A cache from asset ID to decoded artwork, so a job that prints the same
 * artwork many times decodes it once. Create it with _kin_card_art_cache_new(). */
GHashTable  *_kin_card_art_cache_new        (void);
KinCardArt  *_kin_card_art_lookup           (KinProject  *project,
                                             const char  *asset_id,
                                             GHashTable  *cache);

PangoContext *_kin_card_create_pango_context (cairo_t *cr);

KinCardFace *_kin_card_face_new_principle_front (KinProject   *project,
                                                 KinPrinciple *principle,
                                                 GHashTable   *art_cache);

G_END_DECLS
