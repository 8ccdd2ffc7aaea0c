/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "kin-board-index.h"
#include "kin-board-render-private.h"
#include "kin-util.h"

G_BEGIN_DECLS

/*
 * The state of one drawing of a board, shared by kin-board-render.c
 * (paper, question, themes) and kin-board-notes.c (the notes).
 */

typedef struct
{
  double red;
  double green;
  double blue;
} KinRgb;

typedef struct
{
  KinRgb paper;
  KinRgb ink;            /* theme titles, the question */
  KinRgb neutral;        /* themes without a colour */
  double neutral_alpha;
  double tint_alpha;     /* themes with a colour */
  double shadow_alpha;
  KinRgb back;           /* a face-down note */
  KinRgb back_fold;
  KinRgb accent;         /* selection and focus */
  KinRgb dot;
} KinBoardPalette;

/* How much of a note is drawn, by its size on the device:
 * full: the sticky note as it is, with its text, tag, voice and dots;
 * sketch: a flat block in its colour with two strokes where the text is;
 * speck: the block alone. */
typedef enum
{
  KIN_BOARD_DETAIL_FULL,
  KIN_BOARD_DETAIL_SKETCH,
  KIN_BOARD_DETAIL_SPECK,
} KinBoardDetail;

typedef struct
{
  cairo_t                     *cr;
  KinProject                  *project;
  KinBoard                    *board;
  const KinBoardRenderOptions *options;
  const KinBoardScope         *scope;
  const char                  *family;
  KinBoardPalette              palette;
  KinRgb                       base;          /* what the board is drawn on */
  cairo_matrix_t               to_device;     /* board units to device pixels */
  gboolean                     axis_aligned_raster;
  gboolean                     use_sprites;
  double                       device_scale;  /* device pixels per board unit */
  KinBoardDetail               detail;
  gboolean                     filtering;
  GHashTable                  *principles;    /* id -> KinPrinciple */
  /* The clip, in board units. */
  double                       clip_x0, clip_y0, clip_x1, clip_y1;
} KinBoardPainter;

static inline KinRgb
kin_rgb_mix (KinRgb a,
             KinRgb b,
             double t)
{
  return (KinRgb) { a.red + (b.red - a.red) * t, a.green + (b.green - a.green) * t, a.blue + (b.blue - a.blue) * t };
}

/* Dark text on light paper, light text on dark. */
static inline KinRgb
kin_rgb_text_on (KinRgb background)
{
  double luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue;

  return luminance > 0.5 ? (KinRgb) { 0.13, 0.13, 0.14 } : (KinRgb) { 1, 1, 1 };
}

static inline void
kin_board_set_rgb (cairo_t *cr,
                   KinRgb   c)
{
  cairo_set_source_rgb (cr, c.red, c.green, c.blue);
}

static inline void
kin_board_set_rgba (cairo_t *cr,
                    KinRgb   c,
                    double   alpha)
{
  cairo_set_source_rgba (cr, c.red, c.green, c.blue, alpha);
}

static inline void
kin_board_layout_size (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

static inline gboolean
kin_board_is_visible (KinBoardPainter *p,
                      double           x,
                      double           y,
                      double           width,
                      double           height,
                      double           margin)
{
  return x - margin < p->clip_x1 && x + width + margin > p->clip_x0 &&
         y - margin < p->clip_y1 && y + height + margin > p->clip_y0;
}

/* The device pixel edge nearest to @value. Unlike round(), moving the
 * drawing by whole pixels moves the result by as many, also below zero,
 * so that a view drawn in pieces matches one drawn at once. */
static inline double
kin_board_snap (double value)
{
  return floor (value + 0.5);
}

/* A width in device pixels, in board units. */
static inline double
kin_board_device_pixels (KinBoardPainter *p,
                         double           pixels)
{
  return pixels / MAX (p->device_scale, 1e-6);
}

KinRgb   _kin_board_parse_color        (const char      *text,
                                        KinRgb           fallback);
void     _kin_board_rounded_rectangle  (cairo_t         *cr,
                                        double           x,
                                        double           y,
                                        double           width,
                                        double           height,
                                        double           radius);
void     _kin_board_draw_dot_count     (KinBoardPainter *p,
                                        cairo_t         *cr,
                                        int              count,
                                        KinRgb           color,
                                        double           ring_alpha,
                                        double           size,
                                        double           right,
                                        double           middle);
gboolean _kin_board_note_is_visible    (KinBoardPainter *p,
                                        KinNote         *note);
GPtrArray *_kin_board_notes_in_view    (KinBoardPainter *p,
                                        KinBoardIndex   *index);
void     _kin_board_paint_notes        (KinBoardPainter *p,
                                        GPtrArray       *notes);
void     _kin_board_paint_blocks       (KinBoardPainter *p,
                                        GPtrArray       *notes);
KinRgb   _kin_board_note_body          (KinBoardPainter *p,
                                        KinNote         *note,
                                        gboolean         dimmed);

G_END_DECLS
