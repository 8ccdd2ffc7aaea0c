/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <math.h>

#include "kin-board-grid-private.h"

/*
 * The cells are 256 board units across, a little more than a note, and
 * kept in a hash table by their column and row, so that a board spread
 * far and wide costs only the cells it uses. A question about a small
 * rectangle collects the items in the cells under it, once each (an item
 * over several cells is marked as seen), and sorts them back into list
 * order; a question about most of the board walks the list instead, which
 * is in order already. An item over very many cells (a huge theme) is
 * kept in a short list of its own that every question looks at.
 */

#define CELL_SIZE       256.0
/* Cells are numbered in an int: a board is never wider than this many. */
#define MAX_CELL        (1 << 28)
/* An item over more cells than this goes into the list of large ones. */
#define MAX_SPAN_CELLS  64

static int
cell_of (double value)
{
  double cell = floor (value / CELL_SIZE);

  if (isnan (cell))
    return 0;

  return (int) CLAMP (cell, -MAX_CELL, MAX_CELL);
}

static gpointer
cell_key (int cell_x,
          int cell_y)
{
  return GSIZE_TO_POINTER (((guint64) (guint32) cell_x << 32) | (guint32) cell_y);
}

static guint
cell_hash (gconstpointer key)
{
  guint64 value = GPOINTER_TO_SIZE (key);

  return (guint) ((value >> 32) * 0x9e3779b1u) ^ (guint) value;
}

static void
place (KinGrid     *grid,
       KinGridItem *item)
{
  gint64 span;

  item->cell_x0 = cell_of (item->x);
  item->cell_y0 = cell_of (item->y);
  item->cell_x1 = cell_of (item->x + item->width);
  item->cell_y1 = cell_of (item->y + item->height);
  span = ((gint64) item->cell_x1 - item->cell_x0 + 1) * ((gint64) item->cell_y1 - item->cell_y0 + 1);

  item->large = span > MAX_SPAN_CELLS;
  if (item->large)
    {
      g_ptr_array_add (grid->large, item);
      return;
    }

  for (int cy = item->cell_y0; cy <= item->cell_y1; cy++)
    for (int cx = item->cell_x0; cx <= item->cell_x1; cx++)
      {
        gpointer key = cell_key (cx, cy);
        GPtrArray *cell = g_hash_table_lookup (grid->cells, key);

        if (cell == NULL)
          {
            cell = g_ptr_array_new ();
            g_hash_table_insert (grid->cells, key, cell);
          }
        g_ptr_array_add (cell, item);
      }
}

static void
unplace (KinGrid     *grid,
         KinGridItem *item)
{
  if (item->large)
    {
      g_ptr_array_remove_fast (grid->large, item);
      return;
    }

  for (int cy = item->cell_y0; cy <= item->cell_y1; cy++)
    for (int cx = item->cell_x0; cx <= item->cell_x1; cx++)
      {
        gpointer key = cell_key (cx, cy);
        GPtrArray *cell = g_hash_table_lookup (grid->cells, key);

        if (cell == NULL)
          continue;
        g_ptr_array_remove_fast (cell, item);
        if (cell->len == 0)
          g_hash_table_remove (grid->cells, key);
      }
}

void
_kin_grid_init (KinGrid *grid)
{
  grid->items = g_ptr_array_new ();
  grid->cells = g_hash_table_new_full (cell_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  grid->large = g_ptr_array_new ();
  grid->orders_stale = FALSE;
  grid->mark = 0;
}

/* Forgets every item; the caller frees them. */
void
_kin_grid_clear (KinGrid *grid)
{
  g_clear_pointer (&grid->items, g_ptr_array_unref);
  g_clear_pointer (&grid->cells, g_hash_table_unref);
  g_clear_pointer (&grid->large, g_ptr_array_unref);
}

/* Puts @item, with its rectangle set, at @position in the list. */
void
_kin_grid_insert (KinGrid     *grid,
                  guint        position,
                  KinGridItem *item)
{
  g_ptr_array_insert (grid->items, position, item);
  place (grid, item);
  grid->orders_stale = TRUE;
}

/* Takes the item at @position out of the list and returns it. The others
 * keep their numbers: with a gap, they are still in order. */
KinGridItem *
_kin_grid_remove (KinGrid *grid,
                  guint    position)
{
  KinGridItem *item = g_ptr_array_steal_index (grid->items, position);

  unplace (grid, item);
  return item;
}

void
_kin_grid_move (KinGrid     *grid,
                KinGridItem *item,
                double       x,
                double       y,
                double       width,
                double       height)
{
  unplace (grid, item);
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  place (grid, item);
}

static gboolean
overlaps (const KinGridItem *item,
          double             x0,
          double             y0,
          double             x1,
          double             y1)
{
  return item->x < x1 && item->x + item->width > x0 && item->y < y1 && item->y + item->height > y0;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const KinGridItem *x = *(const KinGridItem * const *) a;
  const KinGridItem *y = *(const KinGridItem * const *) b;

  return (x->order > y->order) - (x->order < y->order);
}

static guint
next_mark (KinGrid *grid)
{
  if (G_UNLIKELY (++grid->mark == 0))
    {
      /* After four billion questions: start counting again. */
      for (guint i = 0; i < grid->items->len; i++)
        ((KinGridItem *) grid->items->pdata[i])->mark = 0;
      grid->mark = 1;
    }

  return grid->mark;
}

static void
collect (GPtrArray *found,
         GPtrArray *candidates,
         guint      mark,
         double     x0,
         double     y0,
         double     x1,
         double     y1)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      KinGridItem *item = candidates->pdata[i];

      if (item->mark == mark)
        continue;
      item->mark = mark;
      if (overlaps (item, x0, y0, x1, y1))
        g_ptr_array_add (found, item);
    }
}

/*
 * _kin_grid_query:
 *
 * Finds the items that share some area with the rectangle (one with no
 * width or height finds those across its line).
 *
 * Returns: (transfer container): their objects, in list order
 */
GPtrArray *
_kin_grid_query (KinGrid *grid,
                 double   x,
                 double   y,
                 double   width,
                 double   height)
{
  GPtrArray *result = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = NULL;
  double x1 = x + width, y1 = y + height;
  int cell_x0 = cell_of (x), cell_y0 = cell_of (y);
  int cell_x1 = cell_of (x1), cell_y1 = cell_of (y1);
  gint64 span = ((gint64) cell_x1 - cell_x0 + 1) * ((gint64) cell_y1 - cell_y0 + 1);
  guint mark;

  if (grid->items->len == 0)
    return result;

  /* Most of the board: every item, already in order. */
  if (span >= g_hash_table_size (grid->cells) || span * 4 >= grid->items->len)
    {
      for (guint i = 0; i < grid->items->len; i++)
        {
          KinGridItem *item = grid->items->pdata[i];

          if (overlaps (item, x, y, x1, y1))
            g_ptr_array_add (result, item->object);
        }
      return result;
    }

  if (grid->orders_stale)
    {
      for (guint i = 0; i < grid->items->len; i++)
        ((KinGridItem *) grid->items->pdata[i])->order = i;
      grid->orders_stale = FALSE;
    }

  mark = next_mark (grid);
  found = g_ptr_array_new ();
  for (int cy = cell_y0; cy <= cell_y1; cy++)
    for (int cx = cell_x0; cx <= cell_x1; cx++)
      {
        GPtrArray *cell = g_hash_table_lookup (grid->cells, cell_key (cx, cy));

        if (cell != NULL)
          collect (found, cell, mark, x, y, x1, y1);
      }
  collect (found, grid->large, mark, x, y, x1, y1);

  g_ptr_array_sort (found, compare_order);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (result, ((KinGridItem *) found->pdata[i])->object);

  return result;
}
