/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-board-render-private.h"
#include "kin-card-private.h"
#include "kin-file-writer-private.h"
#include "kin-model.h"

/*
 * A board on one A3 landscape page, to print for the wall or to send round
 * after the workshop: the board's title and question at the top, then the
 * board (or the chosen notes and their themes) scaled to fill the rest of
 * the page, drawn by the same code as the canvas with every detail.
 *
 * A3 is 420 by 297 mm. A board of about 150 notes in themes fills it at
 * about 0.45 points a board unit, which puts note text at 6 to 9 points;
 * bigger boards get smaller text, and are best exported a theme at a time.
 * PNG files are the same page at 150 dpi, and say so, so that they print
 * on A3 too.
 */

#define PAGE_WIDTH   (420.0 / 25.4 * 72.0)
#define PAGE_HEIGHT  (297.0 / 25.4 * 72.0)
#define MARGIN       30.0
#define TITLE_SIZE   22.0
#define QUESTION_SIZE 14.0
#define HEADER_GAP   18.0
#define PNG_DPI      150.0
/* A small board is not blown up beyond this many points a board unit, at
 * which a note is about 56 mm wide. */
#define MAX_SCALE    1.0

/**
 * kin_board_export_format_for_file:
 * @file: the file to write
 * @format: (out): the format its name asks for
 * @error: return location for a %G_IO_ERROR_NOT_SUPPORTED error
 *
 * Returns: %FALSE, with a message naming the extensions, when the name
 *   does not end in .png, .svg or .pdf (in any case)
 */
gboolean
kin_board_export_format_for_file (GFile                *file,
                                  KinBoardExportFormat *format,
                                  GError              **error)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = KIN_BOARD_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = KIN_BOARD_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = KIN_BOARD_EXPORT_PDF;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot export a board as “%s”: use a name ending in .png, .svg or .pdf"),
                   name != NULL ? name : "");
      return FALSE;
    }

  return TRUE;
}

/* The notes to export and the themes they are in, or all of them. */
typedef struct
{
  GHashTable *notes;
  GHashTable *clusters;
  double      x, y, width, height;
  gboolean    empty;
} Selection;

static void
extend (Selection *s,
        gboolean  *any,
        double     x,
        double     y,
        double     width,
        double     height)
{
  double x1 = *any ? MAX (s->x + s->width, x + width) : x + width;
  double y1 = *any ? MAX (s->y + s->height, y + height) : y + height;

  s->x = *any ? MIN (s->x, x) : x;
  s->y = *any ? MIN (s->y, y) : y;
  s->width = x1 - s->x;
  s->height = y1 - s->y;
  *any = TRUE;
}

static void
select_notes (Selection *s,
              KinBoard  *board,
              GPtrArray *notes)
{
  GListModel *clusters = kin_board_get_clusters (board);
  guint n = g_list_model_get_n_items (clusters);
  g_autoptr(GHashTable) cluster_ids = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any = FALSE;

  if (notes == NULL)
    {
      s->empty = !kin_board_get_extents (board, &s->x, &s->y, &s->width, &s->height);
      return;
    }

  s->notes = g_hash_table_new (NULL, NULL);
  s->clusters = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = notes->pdata[i];

      g_hash_table_add (s->notes, note);
      if (kin_note_get_cluster (note) != NULL)
        g_hash_table_add (cluster_ids, (gpointer) kin_note_get_cluster (note));
      extend (s, &any, kin_note_get_x (note), kin_note_get_y (note), KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);

      if (!g_hash_table_contains (cluster_ids, kin_object_get_id (KIN_OBJECT (cluster))))
        continue;

      g_hash_table_add (s->clusters, cluster);
      extend (s, &any, kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
              kin_cluster_get_width (cluster), kin_cluster_get_height (cluster));
    }

  s->empty = !any;
}

static void
selection_clear (Selection *s)
{
  g_clear_pointer (&s->notes, g_hash_table_unref);
  g_clear_pointer (&s->clusters, g_hash_table_unref);
}

static PangoLayout *
page_text (PangoContext *context,
           const char   *text,
           double        size,
           gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (KIN_BOARD_DEFAULT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) ((PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

/* Draws the title and question; returns where the board may start. */
static double
draw_header (cairo_t      *cr,
             PangoContext *context,
             KinBoard     *board)
{
  const char *title = kin_board_get_title (board);
  const char *question = kin_board_get_question (board);
  double y = MARGIN;
  int height;

  cairo_set_source_rgb (cr, 0.16, 0.16, 0.17);

  {
    g_autoptr(PangoLayout) layout = page_text (context, *title != '\0' ? title : _("Untitled board"),
                                               TITLE_SIZE, TRUE);

    cairo_move_to (cr, MARGIN, y);
    pango_cairo_show_layout (cr, layout);
    pango_layout_get_size (layout, NULL, &height);
    y += (double) height / PANGO_SCALE;
  }

  if (*question != '\0')
    {
      g_autoptr(PangoLayout) layout = page_text (context, question, QUESTION_SIZE, FALSE);

      y += 6;
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, NULL, &height);
      y += (double) height / PANGO_SCALE;
    }

  return y + HEADER_GAP;
}

static void
draw_empty (cairo_t      *cr,
            PangoContext *context,
            double        top)
{
  g_autoptr(PangoLayout) layout = page_text (context, _("This board has no notes yet."), QUESTION_SIZE, FALSE);

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, MARGIN, top);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_page (cairo_t    *cr,
           KinProject *project,
           KinBoard   *board,
           Selection  *selection)
{
  KinBoardRenderOptions options;
  KinBoardScope scope = { selection->notes, selection->clusters, TRUE, TRUE };
  PangoContext *context = _kin_card_create_pango_context (cr);
  double top, area_width, area_height, scale;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  top = draw_header (cr, context, board);
  if (selection->empty)
    draw_empty (cr, context, top);
  g_object_unref (context);
  if (selection->empty)
    return;

  area_width = PAGE_WIDTH - 2 * MARGIN;
  area_height = MAX (PAGE_HEIGHT - MARGIN - top, 1.0);
  /* The dots on the top edge of a note reach above it. */
  scale = MIN (area_width / MAX (selection->width, 1.0),
               area_height / MAX (selection->height + 8.0, 1.0));
  scale = MIN (scale, MAX_SCALE);

  kin_board_render_options_init (&options);
  options.scale = scale;
  options.offset_x = MARGIN + (area_width - selection->width * scale) / 2 - selection->x * scale;
  /* Right below the question, so that the page reads as one piece. */
  options.offset_y = top + 8.0 * scale - selection->y * scale;
  options.show_votes = TRUE;

  _kin_board_render_scoped (cr, project, board, &options, &scope);
}

/**
 * kin_board_export:
 * @project: the project that holds @board
 * @board: the board to export
 * @notes: (nullable) (element-type KinNote): the notes to export, with the
 *   themes they are in, or %NULL for the whole board
 * @file: the file to write
 * @format: the kind of file
 * @error: return location for a #GError
 *
 * Writes the board on one A3 landscape page, with its title and question
 * above it: a PDF or SVG page in points, or a PNG of the page at 150 dpi.
 * The board is scaled to fill the page. Face-down notes are exported face
 * down, so their text is not in the file. A failed export leaves any
 * earlier file as it was, and no part of a new one.
 *
 * Returns: %TRUE on success
 */
gboolean
kin_board_export (KinProject            *project,
                  KinBoard              *board,
                  GPtrArray             *notes,
                  GFile                 *file,
                  KinBoardExportFormat   format,
                  GError               **error)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  KinFileWriter writer;
  Selection selection = { 0 };
  cairo_t *cr;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_BOARD (board), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (notes != NULL && notes->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("There are no notes to export: select some first"));
      return FALSE;
    }

  if (!_kin_file_writer_open (&writer, file, NULL, error))
    return FALSE;

  switch (format)
    {
    case KIN_BOARD_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                            (int) ceil (PAGE_WIDTH * PNG_DPI / 72.0),
                                            (int) ceil (PAGE_HEIGHT * PNG_DPI / 72.0));
      break;

    case KIN_BOARD_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (_kin_file_writer_write_cb, &writer, PAGE_WIDTH, PAGE_HEIGHT);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      break;

    case KIN_BOARD_EXPORT_PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (_kin_file_writer_write_cb, &writer, PAGE_WIDTH, PAGE_HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, kin_board_get_title (board));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kindling");
      break;
    }

  select_notes (&selection, board, notes);

  cr = cairo_create (surface);
  if (format == KIN_BOARD_EXPORT_PNG)
    cairo_scale (cr, PNG_DPI / 72.0, PNG_DPI / 72.0);
  draw_page (cr, project, board, &selection);
  status = cairo_status (cr);
  cairo_destroy (cr);
  selection_clear (&selection);

  status = _kin_file_writer_take_surface (&writer, surface, PNG_DPI, status);

  if (status != CAIRO_STATUS_SUCCESS && writer.error == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      _kin_file_writer_discard (&writer);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the board into “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return _kin_file_writer_close (&writer, error);
}
