/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-board-edit.h"
#include "kin-board-paint-private.h"
#include "kin-model.h"

/*
 * Notes too small to read (see kin-board-paint-private.h): each is a few
 * flat blocks on whole device pixels (its selection or focus, its paper,
 * two strokes where the text is, a dot for its votes), filled without
 * antialiasing.
 *
 * A fit-all view of a big board has thousands of such blocks, and Cairo
 * spends far longer setting up each fill than filling a few hundred
 * pixels. So the blocks of notes that touch no other note are gathered by
 * kind and colour and filled together, a handful of fills in all, written
 * straight into the pixels of an image target: since
 * such notes share no pixel, the order in which they are filled does not
 * show, and each note's own blocks keep their order (its ring under its
 * paper, its paper under its strokes and dot). Notes lying on others are
 * then filled one by one, in list order, so that later ones stay on top;
 * they share no pixel with the others either.
 */

/* What a block is, in the order a note's blocks are drawn. */
typedef enum
{
  LAYER_RING,
  LAYER_PAPER,
  LAYER_STROKES,
  LAYER_DOT,
  N_LAYERS
} Layer;

typedef struct
{
  double left;
  double top;
  double right;
  double bottom;
} Box;

/* Blocks of one kind and colour, filled together. */
typedef struct
{
  guint64 key;
  Layer   layer;
  double  red;
  double  green;
  double  blue;
  double  alpha;
  GArray *boxes;    /* of Box */
} Batch;

typedef struct
{
  KinBoardPainter *painter;
  GHashTable      *batches;   /* &Batch.key -> Batch*, NULL: fill at once */
  GPtrArray       *order;     /* Batch*, as made */
} Blocks;

/* Cells of the grid that finds notes lying on others, in device pixels. */
#define CELL_SIZE 32

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_array_unref (batch->boxes);
  g_free (batch);
}

/* The colour as Cairo keeps it, 16 bits a channel, so that colours Cairo
 * would fill alike go together. */
static guint64
batch_key (Layer  layer,
           KinRgb color,
           double alpha)
{
  guint64 red = (guint64) (CLAMP (color.red, 0, 1) * 0xffff + 0.5);
  guint64 green = (guint64) (CLAMP (color.green, 0, 1) * 0xffff + 0.5);
  guint64 blue = (guint64) (CLAMP (color.blue, 0, 1) * 0xffff + 0.5);
  guint64 opacity = (guint64) (CLAMP (alpha, 0, 1) * 0x3fff + 0.5);

  return ((guint64) layer << 62) | (opacity << 48) | (red << 32) | (green << 16) | blue;
}

/* The pixels a block covers: at least one. */
static Box
snap_box (double x0,
          double y0,
          double x1,
          double y1)
{
  double left = kin_board_snap (x0), top = kin_board_snap (y0);

  return (Box) { left, top, MAX (kin_board_snap (x1), left + 1), MAX (kin_board_snap (y1), top + 1) };
}

static void
add_block (Blocks *blocks,
           Layer   layer,
           KinRgb  color,
           double  alpha,
           double  x0,
           double  y0,
           double  x1,
           double  y1)
{
  cairo_t *cr = blocks->painter->cr;
  Box box = snap_box (x0, y0, x1, y1);
  guint64 key;
  Batch *batch;

  if (blocks->batches == NULL)
    {
      kin_board_set_rgba (cr, color, alpha);
      cairo_rectangle (cr, box.left, box.top, box.right - box.left, box.bottom - box.top);
      cairo_fill (cr);
      return;
    }

  key = batch_key (layer, color, alpha);
  batch = g_hash_table_lookup (blocks->batches, &key);
  if (batch == NULL)
    {
      batch = g_new0 (Batch, 1);
      *batch = (Batch) { key, layer, color.red, color.green, color.blue, alpha,
                         g_array_new (FALSE, FALSE, sizeof (Box)) };
      g_hash_table_insert (blocks->batches, &batch->key, batch);
      g_ptr_array_add (blocks->order, batch);
    }
  g_array_append_val (batch->boxes, box);
}

/* The pixels of an image surface drawn on with no transformation, for
 * filling opaque blocks there directly: each fill costs Cairo a few
 * thousand instructions before it touches a pixel, and a block is often
 * a few hundred pixels. */
typedef struct
{
  cairo_surface_t       *target;
  guint32               *data;
  int                    stride;        /* in pixels */
  int                    offset_x;      /* device = user + offset */
  int                    offset_y;
  cairo_rectangle_list_t *clip;          /* in user units */
} Pixels;

static gboolean
is_whole (double value)
{
  return value == floor (value);
}

/* FALSE when the target is not such an image, or the clip is not made of
 * whole-pixel rectangles: then Cairo fills. */
static gboolean
pixels_init (Pixels  *pixels,
             cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_format_t format;
  cairo_matrix_t matrix;
  double scale_x, scale_y, offset_x, offset_y;

  *pixels = (Pixels) { NULL };

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE || cairo_get_group_target (cr) != target ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return FALSE;

  format = cairo_image_surface_get_format (target);
  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  if ((format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) ||
      matrix.xx != 1 || matrix.yy != 1 || matrix.xy != 0 || matrix.yx != 0 || matrix.x0 != 0 || matrix.y0 != 0 ||
      scale_x != 1 || scale_y != 1 || !is_whole (offset_x) || !is_whole (offset_y))
    return FALSE;

  pixels->clip = cairo_copy_clip_rectangle_list (cr);
  if (pixels->clip->status != CAIRO_STATUS_SUCCESS)
    {
      g_clear_pointer (&pixels->clip, cairo_rectangle_list_destroy);
      return FALSE;
    }
  for (int i = 0; i < pixels->clip->num_rectangles; i++)
    {
      cairo_rectangle_t *r = &pixels->clip->rectangles[i];

      if (!is_whole (r->x) || !is_whole (r->y) || !is_whole (r->width) || !is_whole (r->height))
        {
          g_clear_pointer (&pixels->clip, cairo_rectangle_list_destroy);
          return FALSE;
        }
    }

  cairo_surface_flush (target);
  pixels->target = target;
  pixels->data = (guint32 *) (gpointer) cairo_image_surface_get_data (target);
  pixels->stride = cairo_image_surface_get_stride (target) / 4;
  pixels->offset_x = (int) offset_x;
  pixels->offset_y = (int) offset_y;

  return pixels->data != NULL;
}

static void
pixels_clear (Pixels *pixels)
{
  if (pixels->target != NULL)
    cairo_surface_mark_dirty (pixels->target);
  g_clear_pointer (&pixels->clip, cairo_rectangle_list_destroy);
}

/* An opaque colour as Cairo writes it: 16 bits a channel, of which the
 * top 8 are kept. */
static guint32
opaque_pixel (const Batch *batch)
{
  guint32 red = (guint32) (CLAMP (batch->red, 0, 1) * 65535.0 + 0.5) >> 8;
  guint32 green = (guint32) (CLAMP (batch->green, 0, 1) * 65535.0 + 0.5) >> 8;
  guint32 blue = (guint32) (CLAMP (batch->blue, 0, 1) * 65535.0 + 0.5) >> 8;

  return 0xff000000u | (red << 16) | (green << 8) | blue;
}

static void
pixels_fill (Pixels    *pixels,
             const Box *box,
             guint32    pixel)
{
  for (int i = 0; i < pixels->clip->num_rectangles; i++)
    {
      cairo_rectangle_t *r = &pixels->clip->rectangles[i];
      int x0 = (int) MAX (box->left, r->x), x1 = (int) MIN (box->right, r->x + r->width);
      int y0 = (int) MAX (box->top, r->y), y1 = (int) MIN (box->bottom, r->y + r->height);

      for (int y = y0; y < y1; y++)
        {
          guint32 *row = pixels->data + (gsize) (y + pixels->offset_y) * pixels->stride + pixels->offset_x;

          for (int x = x0; x < x1; x++)
            row[x] = pixel;
        }
    }
}

static void
fill_batches (Blocks *blocks)
{
  cairo_t *cr = blocks->painter->cr;
  Pixels pixels;
  gboolean direct = pixels_init (&pixels, cr);

  for (Layer layer = 0; layer < N_LAYERS; layer++)
    for (guint i = 0; i < blocks->order->len; i++)
      {
        Batch *batch = blocks->order->pdata[i];

        if (batch->layer != layer)
          continue;

        if (direct && batch->alpha >= 1)
          {
            guint32 pixel = opaque_pixel (batch);

            for (guint b = 0; b < batch->boxes->len; b++)
              pixels_fill (&pixels, &g_array_index (batch->boxes, Box, b), pixel);
            continue;
          }

        /* What is not opaque is blended by Cairo, after what it lies on. */
        if (direct)
          cairo_surface_mark_dirty (pixels.target);
        for (guint b = 0; b < batch->boxes->len; b++)
          {
            Box *box = &g_array_index (batch->boxes, Box, b);

            cairo_rectangle (cr, box->left, box->top, box->right - box->left, box->bottom - box->top);
          }
        cairo_set_source_rgba (cr, batch->red, batch->green, batch->blue, batch->alpha);
        cairo_fill (cr);
        if (direct)
          cairo_surface_flush (pixels.target);
      }

  pixels_clear (&pixels);
}

/* The blocks of one note, in device pixels: @p->to_device takes board
 * units to the pixels drawn in. */
static void
add_note (Blocks  *blocks,
          KinNote *note,
          double   x0,
          double   y0,
          double   x1,
          double   y1)
{
  KinBoardPainter *p = blocks->painter;
  const KinBoardRenderOptions *options = p->options;
  gboolean dimmed = p->filtering && !kin_note_matches (note, options->filter);
  gboolean selected = options->selected != NULL && g_hash_table_contains (options->selected, note);
  gboolean hidden = kin_note_get_hidden (note);
  KinRgb body = _kin_board_note_body (p, note, dimmed);
  double width = x1 - x0;
  double height = y1 - y0;

  if (selected || note == options->focused)
    add_block (blocks, LAYER_RING, p->palette.accent, selected ? 1.0 : 0.6, x0 - 2, y0 - 2, x1 + 2, y1 + 2);

  add_block (blocks, LAYER_PAPER, body, 1.0, x0, y0, x1, y1);

  if (p->detail != KIN_BOARD_DETAIL_SKETCH)
    return;

  if (!hidden && options->editing != note && *kin_note_get_text (note) != '\0')
    {
      KinRgb ink = kin_rgb_mix (body, kin_rgb_text_on (body), dimmed ? 0.15 : 0.35);
      double stroke = MAX (1, round (height * 0.07));

      add_block (blocks, LAYER_STROKES, ink, 1.0,
                 x0 + width * 0.07, y0 + height * 0.17, x0 + width * 0.82, y0 + height * 0.17 + stroke);
      add_block (blocks, LAYER_STROKES, ink, 1.0,
                 x0 + width * 0.07, y0 + height * 0.34, x0 + width * 0.55, y0 + height * 0.34 + stroke);
    }

  if (!hidden && options->show_votes && kin_note_get_votes (note) > 0)
    {
      double size = MAX (2, round (width * 0.09));

      add_block (blocks, LAYER_DOT, dimmed ? kin_rgb_mix (p->palette.dot, body, 0.6) : p->palette.dot, 1.0,
                 x1 - size * 1.6, y0 + 1, x1 - size * 0.6, y0 + 1 + size);
    }
}

/* Marks in @crowded each note that shares a pixel with another, from the
 * pixels each covers (@extents): its ring, or else its paper, which holds
 * its strokes and dot. */
static void
find_crowded (const Box *extents,
              guint      n,
              gboolean  *crowded)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  g_autofree guint *start = NULL;
  g_autofree guint *members = NULL;
  guint columns, rows, n_cells, total = 0;

  if (n < 2)
    return;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, extents[i].left);
      y0 = MIN (y0, extents[i].top);
      x1 = MAX (x1, extents[i].right);
      y1 = MAX (y1, extents[i].bottom);
    }

  /* A grid over the notes: each note is listed in the cells it touches,
   * counted first, then listed, and compared with those listed before it. */
  columns = (guint) CLAMP (ceil ((x1 - x0) / CELL_SIZE), 1, 1024);
  rows = (guint) CLAMP (ceil ((y1 - y0) / CELL_SIZE), 1, 1024);
  n_cells = columns * rows;
  start = g_new0 (guint, n_cells + 1);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          const Box *box = &extents[i];
          guint c0 = (guint) CLAMP ((box->left - x0) / CELL_SIZE, 0, columns - 1);
          guint c1 = (guint) CLAMP ((box->right - x0) / CELL_SIZE, 0, columns - 1);
          guint r0 = (guint) CLAMP ((box->top - y0) / CELL_SIZE, 0, rows - 1);
          guint r1 = (guint) CLAMP ((box->bottom - y0) / CELL_SIZE, 0, rows - 1);

          for (guint r = r0; r <= r1; r++)
            for (guint c = c0; c <= c1; c++)
              {
                guint cell = r * columns + c;
                guint m;

                if (pass == 0)
                  {
                    start[cell + 1]++;
                    total++;
                    continue;
                  }

                for (m = start[cell]; m < start[cell + 1] && members[m] != G_MAXUINT; m++)
                  {
                    const Box *other = &extents[members[m]];

                    if (box->left < other->right && other->left < box->right &&
                        box->top < other->bottom && other->top < box->bottom)
                      crowded[i] = crowded[members[m]] = TRUE;
                  }
                members[m] = i;
              }
        }

      if (pass == 0)
        {
          for (guint cell = 0; cell < n_cells; cell++)
            start[cell + 1] += start[cell];
          members = g_new (guint, total);
          memset (members, 0xff, total * sizeof (guint));
        }
    }
}

/*
 * _kin_board_paint_blocks:
 * @p: the painter, at sketch or speck detail
 * @notes: (element-type KinNote): the notes to draw, bottom first
 *
 * Draws the notes as blocks, with their selection, focus and filter.
 */
void
_kin_board_paint_blocks (KinBoardPainter *p,
                         GPtrArray       *notes)
{
  g_autofree double *papers = g_new (double, 4 * MAX (notes->len, 1));
  g_autofree Box *extents = g_new (Box, MAX (notes->len, 1));
  g_autofree gboolean *crowded = g_new0 (gboolean, MAX (notes->len, 1));
  const KinBoardRenderOptions *options = p->options;
  Blocks together = { p, NULL, NULL };
  Blocks one_by_one = { p, NULL, NULL };

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = notes->pdata[i];
      double *paper = &papers[4 * i];

      paper[0] = kin_note_get_x (note);
      paper[1] = kin_note_get_y (note);
      paper[2] = paper[0] + KIN_NOTE_WIDTH;
      paper[3] = paper[1] + KIN_NOTE_HEIGHT;
      cairo_matrix_transform_point (&p->to_device, &paper[0], &paper[1]);
      cairo_matrix_transform_point (&p->to_device, &paper[2], &paper[3]);

      if ((options->selected != NULL && g_hash_table_contains (options->selected, note)) ||
          note == options->focused)
        extents[i] = snap_box (paper[0] - 2, paper[1] - 2, paper[2] + 2, paper[3] + 2);
      else
        extents[i] = snap_box (paper[0], paper[1], paper[2], paper[3]);
    }
  find_crowded (extents, notes->len, crowded);

  cairo_save (p->cr);
  cairo_identity_matrix (p->cr);
  cairo_set_antialias (p->cr, CAIRO_ANTIALIAS_NONE);

  together.batches = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, NULL);
  together.order = g_ptr_array_new_with_free_func (batch_free);
  for (guint i = 0; i < notes->len; i++)
    if (!crowded[i])
      add_note (&together, notes->pdata[i], papers[4 * i], papers[4 * i + 1], papers[4 * i + 2], papers[4 * i + 3]);
  fill_batches (&together);
  g_hash_table_unref (together.batches);
  g_ptr_array_unref (together.order);

  for (guint i = 0; i < notes->len; i++)
    if (crowded[i])
      add_note (&one_by_one, notes->pdata[i], papers[4 * i], papers[4 * i + 1], papers[4 * i + 2], papers[4 * i + 3]);

  cairo_restore (p->cr);
}
