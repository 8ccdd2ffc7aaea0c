/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kin-board-edit.h"
#include "kin-types.h"

G_BEGIN_DECLS

/*
 * Drawing a vision board: the one function that paints the board on the
 * canvas widget, on the projector and into exported PNG, SVG and PDF files,
 * so that what the room sees is what is exported. No GTK.
 *
 * The view maps board units to the cairo_t's user units:
 *   device = board * scale + offset
 * Only what lies inside the clip is drawn (cairo_clip_extents), and a note
 * smaller than a few device units is drawn without its text, so a fit-all
 * view of thousands of notes stays quick.
 */

/* The font family a board is drawn in unless the options name another. */
#define KIN_BOARD_DEFAULT_FONT "Cantarell, DejaVu Sans"

/* Where the text of a note goes, in board units from the note's top-left
 * corner, and the sizes it is fitted between, in board units: the largest
 * that fits is used (see kin_board_render_note_text_size()). Its lines are
 * a little closer than the font's own spacing, by the factor
 * KIN_NOTE_TEXT_LINE_SPACING: a note is a few lines of a short phrase, not
 * a page of prose. The canvas's in-place editor lays its text out the same
 * way, so that the text does not move when editing starts. */
#define KIN_NOTE_TEXT_X       8.0
#define KIN_NOTE_TEXT_Y       6.0
#define KIN_NOTE_TEXT_WIDTH  (KIN_NOTE_WIDTH - 2 * KIN_NOTE_TEXT_X)
#define KIN_NOTE_FOOTER      20.0
#define KIN_NOTE_TEXT_HEIGHT (KIN_NOTE_HEIGHT - KIN_NOTE_TEXT_Y - KIN_NOTE_FOOTER - 2.0)
#define KIN_NOTE_TEXT_MAX    22.0
#define KIN_NOTE_TEXT_MIN    12.0
#define KIN_NOTE_TEXT_LINE_SPACING 0.92

typedef struct
{
  double               scale;
  double               offset_x;
  double               offset_y;
  gboolean             dark;            /* dark style: dark paper, light text */
  gboolean             show_question;   /* the framing question above the board */
  gboolean             show_votes;      /* dots on notes, totals on themes */
  GHashTable          *selected;        /* set of KinNote*, nullable */
  KinNote             *focused;         /* keyboard focus ring, nullable */
  KinNote             *editing;         /* drawn empty: an editor covers it */
  const KinNoteFilter *filter;          /* non-matching notes are dimmed */
  const char          *font_family;     /* NULL: KIN_BOARD_DEFAULT_FONT */
} KinBoardRenderOptions;

void     kin_board_render_options_init (KinBoardRenderOptions *options);

/* Paints the board (background, themes, notes) onto @cr. */
void     kin_board_render              (cairo_t                     *cr,
                                        KinProject                  *project,
                                        KinBoard                    *board,
                                        const KinBoardRenderOptions *options);

/* The extent of what kin_board_render() draws, in board units: the notes
 * and themes, and the question above them when show_question is set; FALSE
 * when there is nothing to draw. */
gboolean kin_board_render_get_extents  (KinBoard                    *board,
                                        const KinBoardRenderOptions *options,
                                        double                      *x,
                                        double                      *y,
                                        double                      *width,
                                        double                      *height);

/* Paints one note at board position (its own x, y) under the view. */
void     kin_board_render_note         (cairo_t                     *cr,
                                        KinProject                  *project,
                                        KinBoard                    *board,
                                        KinNote                     *note,
                                        const KinBoardRenderOptions *options);

/* The text size, in board units, that a note saying @text is drawn with. */
double   kin_board_render_note_text_size (const char                  *text,
                                          const char                  *font_family);

typedef enum
{
  KIN_BOARD_EXPORT_PNG,
  KIN_BOARD_EXPORT_SVG,
  KIN_BOARD_EXPORT_PDF,
} KinBoardExportFormat;

/* The format from the file name's extension (.png, .svg, .pdf); FALSE with
 * a message naming the extensions for anything else. */
gboolean kin_board_export_format_for_file (GFile                *file,
                                           KinBoardExportFormat *format,
                                           GError              **error);

/* Writes the board, or only @notes when not NULL (with the themes they are
 * in), scaled to fit an A3 landscape page for PDF and SVG and at 150 dpi of
 * that page for PNG, with the title and question above it. Writes to a
 * temporary file and renames, so a failed export leaves nothing behind. */
gboolean kin_board_export             (KinProject           *project,
                                       KinBoard             *board,
                                       GPtrArray            *notes,
                                       GFile                *file,
                                       KinBoardExportFormat  format,
                                       GError              **error);

G_END_DECLS
