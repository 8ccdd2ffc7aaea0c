/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-board-edit.h"
#include "kin-board-grid-private.h"
#include "kin-board-index.h"
#include "kin-model.h"

/*
 * The index keeps, for the notes and for the themes of a board, an entry
 * per object in list order with the rectangle it was indexed at, in a
 * uniform grid of square cells (kin-board-grid.c) that finds what lies
 * over a rectangle without going through the board.
 *
 * The entries follow the board's lists through "items-changed" and each
 * object through "notify": a move takes the entry out of the cells it was
 * in and puts it in those it is in now. The theme totals are kept the same
 * way, from the votes and the theme each note was counted with.
 *
 * Every change is also written to a log of rectangles, numbered by a
 * serial, so that any number of views can each ask what changed since
 * they last drew. The log keeps the latest changes only; a view that fell
 * further behind is told so, and draws everything.
 */

/* Changes kept in the log; when full, the older half is dropped. */
#define MAX_LOG         8192

typedef struct _Layer Layer;

typedef struct
{
  KinGridItem    item;        /* where it is; item.object owns a reference */
  KinBoardIndex *index;
  Layer         *layer;
  gulong         handler;
  /* Notes: what the theme totals counted for it. */
  int            votes;
  char          *cluster;
} Entry;

struct _Layer
{
  gboolean    notes;
  GListModel *list;           /* owns a reference */
  gulong      list_handler;
  KinGrid     grid;           /* of Entry, in list order */
};

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} Area;

struct _KinBoardIndex
{
  GObject     parent_instance;

  Layer       notes;
  Layer       clusters;
  GHashTable *totals;         /* theme id -> gint64* */

  gboolean    extents_valid;
  gboolean    any;
  double      extents_x0, extents_y0, extents_x1, extents_y1;

  GArray     *log;            /* Area */
  guint64     log_base;       /* the serial of log[0] */
  guint64     sealed;         /* the serial when the log was last read */
  gboolean    notified;
};

G_DEFINE_FINAL_TYPE (KinBoardIndex, kin_board_index, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark index_quark;

/* The change log */

/* Writes down that the drawing of an area may have changed, and tells
 * listeners once until someone reads the log. */
static void
report (KinBoardIndex *self,
        double         x,
        double         y,
        double         width,
        double         height)
{
  Area area = { x, y, width, height };

  /* A move reports where the object was; the last change often just
   * reported it as where the object went. That is enough unless someone
   * took the serial since. */
  if (self->log->len > 0 && self->log_base + self->log->len > self->sealed)
    {
      Area *last = &g_array_index (self->log, Area, self->log->len - 1);

      if (last->x == x && last->y == y && last->width == width && last->height == height)
        return;
    }

  if (self->log->len >= MAX_LOG)
    {
      g_array_remove_range (self->log, 0, MAX_LOG / 2);
      self->log_base += MAX_LOG / 2;
    }
  g_array_append_val (self->log, area);

  if (!self->notified)
    {
      self->notified = TRUE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
report_entry (Entry *entry)
{
  report (entry->index, entry->item.x, entry->item.y, entry->item.width, entry->item.height);
}

/* Theme totals */

/* Reports the themes with this id, whose totals changed. */
static void
report_cluster_id (KinBoardIndex *self,
                   const char    *id)
{
  GPtrArray *entries = self->clusters.grid.items;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = entries->pdata[i];

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (entry->item.object)), id) == 0)
        report_entry (entry);
    }
}

static void
add_votes (KinBoardIndex *self,
           const char    *cluster,
           int            votes)
{
  gint64 *total;

  if (cluster == NULL || votes == 0)
    return;

  total = g_hash_table_lookup (self->totals, cluster);
  if (total == NULL)
    {
      total = g_new0 (gint64, 1);
      g_hash_table_insert (self->totals, g_strdup (cluster), total);
    }

  *total += votes;
  if (*total == 0)
    g_hash_table_remove (self->totals, cluster);

  report_cluster_id (self, cluster);
}

/* Entries */

static void
read_geometry (Layer   *layer,
               GObject *object,
               double  *x,
               double  *y,
               double  *width,
               double  *height)
{
  if (layer->notes)
    {
      *x = kin_note_get_x (KIN_NOTE (object));
      *y = kin_note_get_y (KIN_NOTE (object));
      *width = KIN_NOTE_WIDTH;
      *height = KIN_NOTE_HEIGHT;
    }
  else
    {
      *x = kin_cluster_get_x (KIN_CLUSTER (object));
      *y = kin_cluster_get_y (KIN_CLUSTER (object));
      *width = kin_cluster_get_width (KIN_CLUSTER (object));
      *height = kin_cluster_get_height (KIN_CLUSTER (object));
    }
}

/* Any notification: the object may look different, may have moved, and a
 * note may count for another theme or with other votes. */
static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  Entry *entry = user_data;
  KinBoardIndex *self = entry->index;
  KinGridItem *item = &entry->item;
  double x, y, width, height;

  report_entry (entry);

  read_geometry (entry->layer, object, &x, &y, &width, &height);
  if (item->x != x || item->y != y || item->width != width || item->height != height)
    {
      _kin_grid_move (&entry->layer->grid, item, x, y, width, height);
      self->extents_valid = FALSE;
      report_entry (entry);
    }

  if (entry->layer->notes)
    {
      KinNote *note = KIN_NOTE (object);
      const char *cluster = kin_note_get_cluster (note);
      int votes = kin_note_get_votes (note);

      if (votes != entry->votes || g_strcmp0 (cluster, entry->cluster) != 0)
        {
          add_votes (self, entry->cluster, -entry->votes);
          g_free (entry->cluster);
          entry->cluster = g_strdup (cluster);
          entry->votes = votes;
          add_votes (self, entry->cluster, entry->votes);
        }
    }
}

static Entry *
entry_new (KinBoardIndex *self,
           Layer         *layer,
           GObject       *object)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->index = self;
  entry->layer = layer;
  entry->item.object = g_object_ref (object);
  read_geometry (layer, object, &entry->item.x, &entry->item.y, &entry->item.width, &entry->item.height);
  if (layer->notes)
    {
      entry->votes = kin_note_get_votes (KIN_NOTE (object));
      entry->cluster = g_strdup (kin_note_get_cluster (KIN_NOTE (object)));
    }
  entry->handler = g_signal_connect (object, "notify", G_CALLBACK (object_notify_cb), entry);

  return entry;
}

static void
entry_free (Entry *entry)
{
  g_clear_signal_handler (&entry->handler, entry->item.object);
  g_clear_object (&entry->item.object);
  g_free (entry->cluster);
  g_free (entry);
}

/* Layers */

static void
layer_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data);

static void
layer_init (KinBoardIndex *self,
            Layer         *layer,
            GListModel    *list,
            gboolean       notes)
{
  layer->notes = notes;
  _kin_grid_init (&layer->grid);

  if (list == NULL)
    return;

  layer->list = g_object_ref (list);
  layer->list_handler = g_signal_connect (list, "items-changed", G_CALLBACK (layer_items_changed_cb), self);
  layer_items_changed_cb (list, 0, 0, g_list_model_get_n_items (list), self);
}

static void
layer_clear (Layer *layer)
{
  if (layer->list != NULL)
    g_clear_signal_handler (&layer->list_handler, layer->list);
  g_clear_object (&layer->list);

  if (layer->grid.items != NULL)
    g_ptr_array_foreach (layer->grid.items, (GFunc) entry_free, NULL);
  _kin_grid_clear (&layer->grid);
}

static void
layer_items_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data)
{
  KinBoardIndex *self = user_data;
  Layer *layer = list == self->notes.list ? &self->notes : &self->clusters;

  g_return_if_fail (position + removed <= layer->grid.items->len);

  for (guint i = 0; i < removed; i++)
    {
      Entry *entry = (Entry *) _kin_grid_remove (&layer->grid, position);

      report_entry (entry);
      if (layer->notes)
        add_votes (self, entry->cluster, -entry->votes);
      entry_free (entry);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, position + i);
      Entry *entry = entry_new (self, layer, object);

      _kin_grid_insert (&layer->grid, position + i, &entry->item);
      report_entry (entry);
      if (layer->notes)
        add_votes (self, entry->cluster, entry->votes);
    }

  self->extents_valid = FALSE;
}

/* Object */

static void
kin_board_index_finalize (GObject *object)
{
  KinBoardIndex *self = KIN_BOARD_INDEX (object);

  layer_clear (&self->notes);
  layer_clear (&self->clusters);
  g_clear_pointer (&self->totals, g_hash_table_unref);
  g_clear_pointer (&self->log, g_array_unref);

  G_OBJECT_CLASS (kin_board_index_parent_class)->finalize (object);
}

static void
kin_board_index_class_init (KinBoardIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kin_board_index_finalize;

  /**
   * KinBoardIndex::changed:
   *
   * Something on the board changed where it is or how it looks. Emitted
   * once, then again only after kin_board_index_foreach_change() was
   * called, so a burst of changes costs one emission.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
kin_board_index_init (KinBoardIndex *self)
{
  self->totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->log = g_array_new (FALSE, FALSE, sizeof (Area));
}

/**
 * kin_board_index_get:
 * @board: a board
 *
 * Finds the index of @board, making it the first time. It lives as long
 * as the board.
 *
 * Returns: (transfer none): the index
 */
KinBoardIndex *
kin_board_index_get (KinBoard *board)
{
  KinBoardIndex *self;

  g_return_val_if_fail (KIN_IS_BOARD (board), NULL);

  if (G_UNLIKELY (index_quark == 0))
    index_quark = g_quark_from_static_string ("kin-board-index");

  self = g_object_get_qdata (G_OBJECT (board), index_quark);
  if (self != NULL)
    return self;

  self = g_object_new (KIN_TYPE_BOARD_INDEX, NULL);
  /* Themes first: the notes' votes are reported on them. */
  layer_init (self, &self->clusters, kin_board_get_clusters (board), FALSE);
  layer_init (self, &self->notes, kin_board_get_notes (board), TRUE);
  /* What was there before anyone asked is not a change. */
  g_array_set_size (self->log, 0);
  self->log_base = 0;
  self->sealed = 0;
  self->notified = FALSE;

  g_object_set_qdata_full (G_OBJECT (board), index_quark, self, g_object_unref);
  return self;
}

/**
 * kin_board_index_notes_in_rect:
 * @self: an index
 * @x: the left edge of the rectangle, in board units
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * Finds the notes that share some area with the rectangle; touching its
 * edge is not enough. A rectangle with no width or height finds the notes
 * across its line.
 *
 * Returns: (transfer container) (element-type KinNote): the notes, in
 *   list order (bottom first), owned by the board
 */
GPtrArray *
kin_board_index_notes_in_rect (KinBoardIndex *self,
                               double         x,
                               double         y,
                               double         width,
                               double         height)
{
  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), NULL);

  return _kin_grid_query (&self->notes.grid, x, y, width, height);
}

/**
 * kin_board_index_clusters_in_rect:
 * @self: an index
 * @x: the left edge of the rectangle, in board units
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * Like kin_board_index_notes_in_rect(), for themes.
 *
 * Returns: (transfer container) (element-type KinCluster): the themes, in
 *   list order, owned by the board
 */
GPtrArray *
kin_board_index_clusters_in_rect (KinBoardIndex *self,
                                  double         x,
                                  double         y,
                                  double         width,
                                  double         height)
{
  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), NULL);

  return _kin_grid_query (&self->clusters.grid, x, y, width, height);
}

/**
 * kin_board_index_get_cluster_votes:
 * @self: an index
 * @cluster: a theme of the board
 *
 * Returns: the votes of the notes in @cluster added up
 */
gint64
kin_board_index_get_cluster_votes (KinBoardIndex *self,
                                   KinCluster    *cluster)
{
  gint64 *total;

  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), 0);
  g_return_val_if_fail (KIN_IS_CLUSTER (cluster), 0);

  total = g_hash_table_lookup (self->totals, kin_object_get_id (KIN_OBJECT (cluster)));
  return total != NULL ? *total : 0;
}

/**
 * kin_board_index_get_extents:
 * @self: an index
 * @x: (out) (optional): the left edge of what is on the board
 * @y: (out) (optional): the top edge
 * @width: (out) (optional): the width
 * @height: (out) (optional): the height
 *
 * The smallest rectangle holding every note and theme.
 *
 * Returns: %FALSE, with all outputs 0, when the board is empty
 */
gboolean
kin_board_index_get_extents (KinBoardIndex *self,
                             double        *x,
                             double        *y,
                             double        *width,
                             double        *height)
{
  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), FALSE);

  if (!self->extents_valid)
    {
      Layer *layers[] = { &self->clusters, &self->notes };

      self->any = FALSE;
      self->extents_x0 = self->extents_y0 = self->extents_x1 = self->extents_y1 = 0;
      for (guint l = 0; l < G_N_ELEMENTS (layers); l++)
        for (guint i = 0; i < layers[l]->grid.items->len; i++)
          {
            KinGridItem *item = layers[l]->grid.items->pdata[i];

            if (!self->any)
              {
                self->extents_x0 = item->x;
                self->extents_y0 = item->y;
                self->extents_x1 = item->x + item->width;
                self->extents_y1 = item->y + item->height;
                self->any = TRUE;
                continue;
              }
            self->extents_x0 = MIN (self->extents_x0, item->x);
            self->extents_y0 = MIN (self->extents_y0, item->y);
            self->extents_x1 = MAX (self->extents_x1, item->x + item->width);
            self->extents_y1 = MAX (self->extents_y1, item->y + item->height);
          }
      self->extents_valid = TRUE;
    }

  if (x != NULL)
    *x = self->extents_x0;
  if (y != NULL)
    *y = self->extents_y0;
  if (width != NULL)
    *width = self->extents_x1 - self->extents_x0;
  if (height != NULL)
    *height = self->extents_y1 - self->extents_y0;

  return self->any;
}

/**
 * kin_board_index_get_serial:
 * @self: an index
 *
 * Returns: the number of changes so far, to pass to
 *   kin_board_index_foreach_change() next time
 */
guint64
kin_board_index_get_serial (KinBoardIndex *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), 0);

  self->sealed = self->log_base + self->log->len;
  return self->sealed;
}

/**
 * kin_board_index_foreach_change:
 * @self: an index
 * @since: a serial from kin_board_index_get_serial()
 * @func: called with each area that may look different
 * @user_data: for @func
 *
 * Goes through the changes made since @since, oldest first. A change
 * reports the rectangle of a note or theme before it and the one after:
 * what is drawn around them (shadows, rings) is up to the caller.
 *
 * Returns: %FALSE, calling @func for nothing, when @since is too long
 *   ago for the log to say
 */
gboolean
kin_board_index_foreach_change (KinBoardIndex    *self,
                                guint64           since,
                                KinBoardAreaFunc  func,
                                gpointer          user_data)
{
  g_return_val_if_fail (KIN_IS_BOARD_INDEX (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  self->notified = FALSE;
  self->sealed = self->log_base + self->log->len;

  if (since < self->log_base || since > self->log_base + self->log->len)
    return FALSE;

  for (guint i = since - self->log_base; i < self->log->len; i++)
    {
      Area *area = &g_array_index (self->log, Area, i);

      func (area->x, area->y, area->width, area->height, user_data);
    }

  return TRUE;
}
