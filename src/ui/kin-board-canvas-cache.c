/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include "kin-board-canvas-private.h"

/* The board as the canvas last drew it, so that a frame draws only what
 * changed.
 *
 * The canvas keeps an image of its view. Before each frame it compares
 * every note and theme with how it was drawn (place, size, stacking and a
 * digest of everything else that shows: text, colour, votes, selection...)
 * and redraws, with kin_board_render() clipped to them, only the places
 * where something changed, before and after. Panning by whole pixels moves
 * the image and draws the strips that came into view. A new zoom, size,
 * style, filter or board, or a change to the principles (their names and
 * colours are on the notes), draws it all again.
 *
 * Nothing here keeps a reference to the model: the objects are only used
 * as keys, and the comparison is made with the values kept, so a note that
 * went away is simply one whose place needs drawing again.
 */

/* How far beyond a note or theme its drawing may reach: its shadow and
 * dots in board units, and its selection and focus rings in pixels. */
#define DAMAGE_MARGIN        12.0
#define DAMAGE_MARGIN_PIXELS 12.0

typedef struct
{
  double x;
  double y;
  double width;
  double height;
  guint  index;
  guint  look;
  guint  generation;   /* the last frame it was seen in */
} KinDrawn;

static guint
mix_hash (guint       hash,
          const char *text)
{
  return hash * 31 + (text != NULL ? g_str_hash (text) : 7);
}

static guint
note_look (KinNote                     *note,
           const KinBoardRenderOptions *options)
{
  guint hash = mix_hash (17, kin_note_get_text (note));

  hash = mix_hash (hash, kin_note_get_color (note));
  hash = mix_hash (hash, kin_note_get_principle (note));
  hash = mix_hash (hash, kin_note_get_cluster (note));
  hash = hash * 31 + (guint) kin_note_get_voice (note);
  hash = hash * 31 + (guint) kin_note_get_votes (note);
  hash = hash * 31 + (guint) kin_note_get_hidden (note);
  hash = hash * 31 + (options->selected != NULL && g_hash_table_contains (options->selected, note));
  hash = hash * 31 + (note == options->focused) * 2 + (note == options->editing) * 4;

  return hash;
}

static guint
cluster_look (KinCluster *cluster,
              int         votes)
{
  guint hash = mix_hash (23, kin_cluster_get_title (cluster));

  hash = mix_hash (hash, kin_cluster_get_color (cluster));
  return hash * 31 + (guint) votes;
}

/* Principle names and colours are drawn on the notes. */
static guint
principles_look (KinProject *project)
{
  GListModel *principles = kin_project_get_principles (project);
  guint hash = 29;

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      hash = mix_hash (hash, kin_object_get_id (KIN_OBJECT (principle)));
      hash = mix_hash (hash, kin_principle_get_name (principle));
      hash = mix_hash (hash, kin_principle_get_color (principle));
    }

  return hash;
}

static void
damage_board_rect (KinBoardCanvas *self,
                   cairo_region_t *damage,
                   const KinDrawn *drawn)
{
  double x, y;
  cairo_rectangle_int_t rect;

  kin_board_canvas_board_to_widget (self, drawn->x - DAMAGE_MARGIN, drawn->y - DAMAGE_MARGIN, &x, &y);
  rect.x = (int) floor (x - DAMAGE_MARGIN_PIXELS);
  rect.y = (int) floor (y - DAMAGE_MARGIN_PIXELS);
  rect.width = (int) ceil ((drawn->width + 2 * DAMAGE_MARGIN) * self->scale + 2 * DAMAGE_MARGIN_PIXELS) + 1;
  rect.height = (int) ceil ((drawn->height + 2 * DAMAGE_MARGIN) * self->scale + 2 * DAMAGE_MARGIN_PIXELS) + 1;
  cairo_region_union_rectangle (damage, &rect);
}

/* Compares one object with how it was drawn, and keeps how it is now,
 * marked as seen in this frame. */
static void
compare_drawn (KinBoardCanvas *self,
               GHashTable     *drawn,
               gpointer        object,
               const KinDrawn *now,
               cairo_region_t *damage)
{
  KinDrawn *before = g_hash_table_lookup (drawn, object);

  if (before == NULL)
    {
      before = g_new (KinDrawn, 1);
      g_hash_table_insert (drawn, object, before);
      if (damage != NULL)
        damage_board_rect (self, damage, now);
    }
  else if (damage != NULL &&
           (before->x != now->x || before->y != now->y || before->width != now->width ||
            before->height != now->height || before->index != now->index || before->look != now->look))
    {
      damage_board_rect (self, damage, before);
      damage_board_rect (self, damage, now);
    }

  *before = *now;
}

/* Forgets what was drawn and is gone, drawing where it was. */
static void
remove_unseen (KinBoardCanvas *self,
               GHashTable     *drawn,
               guint           n_seen,
               cairo_region_t *damage)
{
  GHashTableIter iter;
  gpointer value;

  if (g_hash_table_size (drawn) == n_seen)
    return;

  g_hash_table_iter_init (&iter, drawn);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KinDrawn *gone = value;

      if (gone->generation == self->drawn_generation)
        continue;

      if (damage != NULL)
        damage_board_rect (self, damage, gone);
      g_hash_table_iter_remove (&iter);
    }
}

/* Walks the board, recording how everything is now and, with @damage,
 * where that differs from the last frame. */
static void
update_drawn (KinBoardCanvas              *self,
              const KinBoardRenderOptions *options,
              cairo_region_t              *damage)
{
  GListModel *notes = kin_board_get_notes (self->board);
  GListModel *clusters = kin_board_get_clusters (self->board);
  g_autoptr(GHashTable) votes = NULL;
  guint n_notes, n_clusters;

  self->drawn_generation++;

  n_notes = g_list_model_get_n_items (notes);
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);
      KinDrawn now = {
        kin_note_get_x (note), kin_note_get_y (note), KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT,
        i, note_look (note, options), self->drawn_generation,
      };
      const char *cluster = kin_note_get_cluster (note);

      compare_drawn (self, self->drawn_notes, note, &now, damage);

      /* Themes show the total of their notes' votes. */
      if (cluster != NULL && kin_note_get_votes (note) > 0)
        {
          if (votes == NULL)
            votes = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (votes, (gpointer) cluster,
                               GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (votes, cluster)) +
                                                kin_note_get_votes (note)));
        }
    }

  n_clusters = g_list_model_get_n_items (clusters);
  for (guint i = 0; i < n_clusters; i++)
    {
      g_autoptr(KinCluster) cluster = g_list_model_get_item (clusters, i);
      const char *id = kin_object_get_id (KIN_OBJECT (cluster));
      int total = votes != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (votes, id)) : 0;
      KinDrawn now = {
        kin_cluster_get_x (cluster), kin_cluster_get_y (cluster),
        kin_cluster_get_width (cluster), kin_cluster_get_height (cluster),
        i, cluster_look (cluster, total), self->drawn_generation,
      };

      compare_drawn (self, self->drawn_clusters, cluster, &now, damage);
    }

  remove_unseen (self, self->drawn_notes, n_notes, damage);
  remove_unseen (self, self->drawn_clusters, n_clusters, damage);
}

static cairo_surface_t *
create_surface (int width,
                int height,
                int scale_factor)
{
  /* The paper is opaque, so no alpha is needed, which makes painting the
   * image quicker. */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         width * scale_factor, height * scale_factor);

  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  return surface;
}

/* Whether @buffer shows the board as the view is now, perhaps out of date
 * in some places. */
static gboolean
buffer_matches (KinBoardCanvas *self,
                KinCanvasImage *buffer,
                const KinCanvasImage *now,
                gboolean        same_offset)
{
  return buffer->surface != NULL && buffer->width == now->width && buffer->height == now->height &&
         buffer->scale_factor == now->scale_factor && buffer->zoom == now->zoom &&
         buffer->dark == now->dark && buffer->board == now->board &&
         buffer->principles == now->principles &&
         (!same_offset || (buffer->offset_x == now->offset_x && buffer->offset_y == now->offset_y));
}

/* Copies @from into @to moved by whole pixels for a pan, and returns the
 * strips that came into view; NULL when the move is not by whole pixels
 * or leaves nothing to keep. */
static cairo_region_t *
copy_shifted (KinCanvasImage       *from,
              KinCanvasImage       *to,
              const KinCanvasImage *now)
{
  double dx = now->offset_x - from->offset_x;
  double dy = now->offset_y - from->offset_y;
  cairo_region_t *exposed;
  cairo_t *cr;

  if (fabs (dx - round (dx)) > 1e-6 || fabs (dy - round (dy)) > 1e-6 ||
      fabs (dx) >= now->width || fabs (dy) >= now->height)
    return NULL;

  cr = cairo_create (to->surface);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, from->surface, round (dx), round (dy));
  cairo_paint (cr);
  cairo_destroy (cr);

  exposed = cairo_region_create_rectangle (&(cairo_rectangle_int_t) { 0, 0, now->width, now->height });
  cairo_region_subtract_rectangle (exposed, &(cairo_rectangle_int_t) {
                                     (int) round (dx), (int) round (dy), now->width, now->height });
  return exposed;
}

/**
 * _kin_board_canvas_invalidate_cache:
 *
 * The next frame draws the whole view.
 */
void
_kin_board_canvas_invalidate_cache (KinBoardCanvas *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->images); i++)
    self->images[i].board = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Two images take turns: the one painted last frame is still held by
 * that frame's drawing, and changing it would make Cairo copy it first.
 * So each frame brings the other one up to date: from the changes it
 * missed when the view has not moved, or from last frame's image moved by
 * a pan, or by drawing it all. Returns the image to paint. */
static cairo_surface_t *
update_cache (KinBoardCanvas              *self,
              const KinBoardRenderOptions *options,
              int                          width,
              int                          height)
{
  KinCanvasImage now = {
    NULL, NULL, width, height, gtk_widget_get_scale_factor (GTK_WIDGET (self)),
    self->scale, self->offset_x, self->offset_y, options->dark, self->board,
    principles_look (self->project),
  };
  KinCanvasImage *front = &self->images[self->front_image];
  KinCanvasImage *back = &self->images[1 - self->front_image];
  gboolean full = !buffer_matches (self, front, &now, FALSE);
  cairo_region_t *changes = full ? NULL : cairo_region_create ();
  cairo_region_t *damage = NULL;
  cairo_t *cr;

  /* What changed on the board since the last frame. */
  update_drawn (self, options, changes);

  if (buffer_matches (self, back, &now, FALSE) && back->offset_x == now.offset_x &&
      back->offset_y == now.offset_y && back->pending != NULL && changes != NULL)
    {
      damage = g_steal_pointer (&back->pending);
      cairo_region_union (damage, changes);
    }
  else if (!full)
    {
      if (!buffer_matches (self, back, &now, FALSE))
        {
          g_clear_pointer (&back->surface, cairo_surface_destroy);
          back->surface = create_surface (width, height, now.scale_factor);
        }
      damage = copy_shifted (front, back, &now);
      if (damage != NULL)
        cairo_region_union (damage, changes);
    }

  if (damage == NULL)
    {
      /* Everything. */
      if (back->surface == NULL || !buffer_matches (self, back, &now, FALSE) ||
          cairo_image_surface_get_width (back->surface) != width * now.scale_factor)
        {
          g_clear_pointer (&back->surface, cairo_surface_destroy);
          back->surface = create_surface (width, height, now.scale_factor);
        }
      damage = cairo_region_create_rectangle (&(cairo_rectangle_int_t) { 0, 0, width, height });
    }

  if (!cairo_region_is_empty (damage))
    {
      cr = cairo_create (back->surface);
      gdk_cairo_region (cr, damage);
      cairo_clip (cr);
      kin_board_render (cr, self->project, self->board, options);
      cairo_destroy (cr);
    }
  cairo_region_destroy (damage);

  /* The image painted last frame now misses this frame's changes; if the
   * view moved it is of no more use than as a source to move from. */
  g_clear_pointer (&back->pending, cairo_region_destroy);
  g_clear_pointer (&front->pending, cairo_region_destroy);
  if (changes != NULL && front->offset_x == now.offset_x && front->offset_y == now.offset_y)
    front->pending = cairo_region_reference (changes);
  g_clear_pointer (&changes, cairo_region_destroy);

  now.surface = back->surface;
  *back = now;
  self->front_image = 1 - self->front_image;

  return back->surface;
}

/* Paints the board into the frame, from the image. */
void
_kin_board_canvas_draw_board (KinBoardCanvas              *self,
                              cairo_t                     *cr,
                              const KinBoardRenderOptions *options,
                              int                          width,
                              int                          height)
{
  cairo_surface_t *image = update_cache (self, options, width, height);

  cairo_save (cr);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
_kin_board_canvas_init_cache (KinBoardCanvas *self)
{
  self->drawn_notes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->drawn_clusters = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

void
_kin_board_canvas_clear_cache (KinBoardCanvas *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->images); i++)
    {
      g_clear_pointer (&self->images[i].surface, cairo_surface_destroy);
      g_clear_pointer (&self->images[i].pending, cairo_region_destroy);
    }
  g_clear_pointer (&self->drawn_notes, g_hash_table_unref);
  g_clear_pointer (&self->drawn_clusters, g_hash_table_unref);
}
