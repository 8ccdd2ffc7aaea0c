/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-card-render.h"
#include "kin-projector-view.h"

G_BEGIN_DECLS

struct _KinProjectorView
{
  GtkWidget        parent_instance;

  KinPresenter    *presenter;
  KinProject      *project;
  double           aspect_ratio;

  /* The current card's face, and the size of its prompt for each pixel of
   * card height. */
  KinCard         *face_card;
  KinCardFace     *face;
  double           face_ratio;

  /* The board as last drawn, and where: the clock redraws the slide every
   * second, the board only changes with the project or the style. The
   * board is only compared with, never used. */
  GskRenderNode   *board_node;
  gconstpointer    board_node_board;
  graphene_rect_t  board_node_area;
  gboolean         board_node_dark;
  double           board_node_scale;
  /* The scale of the board on the slide last drawn, 0 for none. */
  double           board_scale;
  /* The index of the board shown, watched for notes that move before any
   * step is made, as in a drag. */
  gpointer         watched_index;
  gulong           watched_handler;

  /* The texts that change with the clock, as last drawn. */
  char            *clock_text;
  double           prompt_pixel_size;
};

/* The smallest prompt the room can read from the back: a twentieth of the
 * height; and the size of the small lines of a slide. */
#define KIN_PROJECTOR_MIN_PROMPT_FRACTION (1.0 / 20.0)
#define KIN_PROJECTOR_SMALL_FRACTION (1.0 / 30.0)

/* kin-projector-slides.c: what the slide says and how it is drawn, and the
 * text every slide is made of. */
void  _kin_projector_view_snapshot_slide  (KinProjectorView         *self,
                                           GtkSnapshot              *snapshot,
                                           double                    width,
                                           double                    height,
                                           const KinProjectorColors *colors);
char *_kin_projector_view_dup_clock_text  (KinProjectorView         *self);

PangoLayout   *_kin_projector_create_text      (KinProjectorView         *self,
                                                const char               *text,
                                                double                    pixels,
                                                gboolean                  bold,
                                                double                    width,
                                                PangoAlignment            alignment);
PangoLayout   *_kin_projector_create_line      (KinProjectorView         *self,
                                                const char               *text,
                                                double                    pixels,
                                                gboolean                  bold,
                                                double                    width,
                                                PangoAlignment            alignment);
PangoLayout   *_kin_projector_create_figures   (KinProjectorView         *self,
                                                const char               *text,
                                                double                    pixels);
PangoLayout   *_kin_projector_create_countdown (KinProjectorView         *self,
                                                double                    pixels);
double         _kin_projector_text_height      (PangoLayout              *layout);
double         _kin_projector_text_width       (PangoLayout              *layout);
void           _kin_projector_draw_text        (GtkSnapshot              *snapshot,
                                                PangoLayout              *layout,
                                                double                    x,
                                                double                    y,
                                                const GdkRGBA            *color);
const GdkRGBA *_kin_projector_countdown_color  (KinProjectorView         *self,
                                                const KinProjectorColors *colors);
double         _kin_projector_draw_top_line    (KinProjectorView         *self,
                                                GtkSnapshot              *snapshot,
                                                const char               *kicker,
                                                gboolean                  with_position,
                                                double                    margin,
                                                double                    width,
                                                double                    height,
                                                const KinProjectorColors *colors);

/* kin-projector-card.c: a card round's slide. */
void  _kin_projector_view_snapshot_card_slide (KinProjectorView         *self,
                                               GtkSnapshot              *snapshot,
                                               double                    width,
                                               double                    height,
                                               const KinProjectorColors *colors);
void  _kin_projector_view_clear_face      (KinProjectorView         *self);

/* kin-projector-board.c: a vision board drawn on its slide. */
gboolean _kin_projector_view_get_board_extent (KinBoard              *board,
                                               graphene_rect_t       *extent);
void     _kin_projector_view_draw_board       (KinProjectorView      *self,
                                               GtkSnapshot           *snapshot,
                                               KinBoard              *board,
                                               const graphene_rect_t *extent,
                                               const graphene_rect_t *areas,
                                               guint                  n_areas,
                                               double                 slide_height);
void     _kin_projector_view_clear_board      (KinProjectorView      *self);
void     _kin_projector_view_unwatch_board    (KinProjectorView      *self);

G_END_DECLS
