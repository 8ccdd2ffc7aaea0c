/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "kin-board-render.h"

G_BEGIN_DECLS

/*
 * Shared by the files that draw boards: the text caches of
 * kin-board-text.c, and the full drawing entry point of
 * kin-board-render.c that exports use.
 *
 * All text is laid out in board units, once, by a Pango context of its
 * own with unhinted metrics, and drawn at whatever scale the view has:
 * line breaks never change with the zoom, so a layout is made again only
 * when its text changes.
 */

/* A theme's title, and the smaller size it takes on two lines when it
 * does not fit on one. */
#define KIN_CLUSTER_TITLE_SIZE       21.0
#define KIN_CLUSTER_TITLE_SMALL_SIZE 16.0

PangoLayout *_kin_board_note_layout (KinNote    *note,
                                     const char *family,
                                     double     *size);
PangoLayout *_kin_board_label       (const char *family,
                                     double      size,
                                     gboolean    bold,
                                     double      width,
                                     const char *text);
PangoLayout *_kin_board_title_layout (const char *family,
                                      double      size,
                                      double      width,
                                      const char *text);
PangoLayout *_kin_board_question_layout (KinBoard   *board,
                                         const char *family,
                                         double      width);

typedef void (*KinNoteDrawFunc) (cairo_t  *cr,
                                 gpointer  user_data);

cairo_surface_t *_kin_board_note_sprite (KinNote         *note,
                                         double           scale,
                                         const char      *key,
                                         KinNoteDrawFunc  draw,
                                         gpointer         user_data,
                                         int             *origin_x,
                                         int             *origin_y);

/* What a drawing covers beyond the options: exports draw only some notes,
 * on white paper, with every detail. */
typedef struct
{
  GHashTable *only_notes;     /* set of KinNote*, or NULL for all */
  GHashTable *only_clusters;  /* set of KinCluster*, or NULL for all */
  gboolean    no_paper;       /* leave the background alone */
  gboolean    full_detail;    /* no level of detail, as for vector files */
} KinBoardScope;

void         _kin_board_render_scoped (cairo_t                     *cr,
                                       KinProject                  *project,
                                       KinBoard                    *board,
                                       const KinBoardRenderOptions *options,
                                       const KinBoardScope         *scope);

/* Height of the framing question above the board, in board units. */
#define KIN_BOARD_QUESTION_GAP 40.0
#define KIN_BOARD_QUESTION_SIZE 34.0

G_END_DECLS
