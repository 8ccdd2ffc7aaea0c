/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/*
 * Pocket cards: the card sizes, the content of one card face, and the one
 * function that draws a face onto any cairo_t at any size. The printed sheet,
 * the on-screen preview and the projected conversation card all call
 * kin_card_face_render(), so what is seen is what is printed.
 *
 * Nothing here needs GTK or a display; faces are immutable once built and
 * may be drawn from any thread.
 */

/* Card sizes ------------------------------------------------------------- */

/**
 * KinCardSize:
 * @id: stable identifier ("id-1", "id-1-rounded", "uk-business", "us-business")
 * @name: untranslated display name; show it with kin_card_size_get_display_name()
 * @width_mm: trim width in millimetres (landscape)
 * @height_mm: trim height in millimetres
 * @corner_radius_mm: corner radius of the trim, 0 for square corners
 */
typedef struct
{
  const char *id;
  const char *name;
  double      width_mm;
  double      height_mm;
  double      corner_radius_mm;
} KinCardSize;

const KinCardSize *kin_card_size_lookup           (const char        *id);
const KinCardSize *kin_card_size_list             (guint             *n_sizes);
const char        *kin_card_size_get_display_name (const KinCardSize *size);

/* Card faces ------------------------------------------------------------- */

/**
 * KinCardBack:
 * @KIN_CARD_BACK_BEHAVIOURS: the principle's behaviours
 * @KIN_CARD_BACK_PROMISES: the titles of the "No matter what" standards
 *
 * What the back of a principle card shows.
 */
typedef enum
{
  KIN_CARD_BACK_BEHAVIOURS,
  KIN_CARD_BACK_PROMISES,
} KinCardBack;

/**
 * KinCardFaceKind:
 * @KIN_CARD_FACE_PRINCIPLE_FRONT: name, colour band, artwork, summary
 * @KIN_CARD_FACE_PRINCIPLE_BACK: name and a list (behaviours or promises)
 * @KIN_CARD_FACE_CONVERSATION: title, prompt and follow-up questions
 * @KIN_CARD_FACE_CONVERSATION_BACK: deck title and principle name
 */
typedef enum
{
  KIN_CARD_FACE_PRINCIPLE_FRONT,
  KIN_CARD_FACE_PRINCIPLE_BACK,
  KIN_CARD_FACE_CONVERSATION,
  KIN_CARD_FACE_CONVERSATION_BACK,
} KinCardFaceKind;

#define KIN_TYPE_CARD_FACE (kin_card_face_get_type ())

/* A reference-counted, immutable snapshot of what one side of a card shows.
 * It copies the texts and decodes the artwork when it is built, so later
 * edits to the project do not change a face that is being drawn. */
typedef struct _KinCardFace KinCardFace;

GType            kin_card_face_get_type                (void) G_GNUC_CONST;

KinCardFace     *kin_card_face_new_principle_front     (KinProject    *project,
                                                        KinPrinciple  *principle);
KinCardFace     *kin_card_face_new_principle_back      (KinProject    *project,
                                                        KinPrinciple  *principle,
                                                        KinCardBack    back);
KinCardFace     *kin_card_face_new_conversation        (KinProject    *project,
                                                        KinCard       *card);
KinCardFace     *kin_card_face_new_conversation_back   (KinProject    *project,
                                                        KinDeck       *deck,
                                                        KinCard       *card);

KinCardFace     *kin_card_face_ref                     (KinCardFace   *face);
void             kin_card_face_unref                   (KinCardFace   *face);

KinCardFaceKind  kin_card_face_get_kind                (const KinCardFace *face);
const char      *kin_card_face_get_title               (const KinCardFace *face);
const char      *kin_card_face_get_body                (const KinCardFace *face);
const char * const *kin_card_face_get_items            (const KinCardFace *face);
const char      *kin_card_face_get_color               (const KinCardFace *face);
gboolean         kin_card_face_has_artwork             (const KinCardFace *face);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinCardFace, kin_card_face_unref)

/* Drawing ---------------------------------------------------------------- */

/**
 * KinCardRenderOptions:
 * @units_per_mm: user units of the cairo_t per millimetre of card (72 / 25.4
 *   for points); 0 means "fit": the card's width is taken to be 85.6 mm, so
 *   a face drawn at any pixel size keeps its proportions
 * @bleed_mm: how far artwork and background colour extend outside the trim
 *   box on every side (0 on screen, typically 3 for a print shop)
 * @safe_margin_mm: no text comes closer than this to the trim (default 5)
 * @min_font_pt: text shrinks to fit down to this size, then is ellipsised
 *   (default 6 pt, the smallest size that stays legible on a pocket card)
 * @corner_radius_mm: when > 0 and @clip_corners is set, the face is clipped
 *   to a rounded rectangle (the preview of a rounded card)
 * @clip_corners: clip to the rounded trim shape; only for screen previews,
 *   since print artwork must extend into the bleed
 * @font_family: Pango font family list; NULL uses "Cantarell, DejaVu Sans"
 *
 * Initialise with kin_card_render_options_init(), then change what you need.
 */
typedef struct
{
  double      units_per_mm;
  double      bleed_mm;
  double      safe_margin_mm;
  double      min_font_pt;
  double      corner_radius_mm;
  gboolean    clip_corners;
  const char *font_family;
} KinCardRenderOptions;

void kin_card_render_options_init (KinCardRenderOptions *options);

/**
 * KinCardTextBox:
 * @role: which text it is ("title", "body", "item")
 * @x: left edge in user units, relative to the trim box
 * @y: top edge
 * @width: width
 * @height: height
 * @font_pt: the font size used after shrinking to fit
 * @ellipsized: whether the text did not fit even at the minimum size
 *
 * Where one block of text was drawn; lets tests (and callers) check that
 * text stayed inside the safe area.
 */
typedef struct
{
  const char *role;
  double      x;
  double      y;
  double      width;
  double      height;
  double      font_pt;
  gboolean    ellipsized;
} KinCardTextBox;

void kin_card_face_render        (const KinCardFace          *face,
                                  cairo_t                    *cr,
                                  double                      width,
                                  double                      height,
                                  const KinCardRenderOptions *options);
void kin_card_face_render_report (const KinCardFace          *face,
                                  cairo_t                    *cr,
                                  double                      width,
                                  double                      height,
                                  const KinCardRenderOptions *options,
                                  GArray                     *text_boxes);

G_END_DECLS
