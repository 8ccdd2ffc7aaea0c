/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-board-render-private.h"
#include "kin-model.h"

/*
 * Pictures of notes, kept between frames.
 *
 * A readable sticky note takes a dozen Cairo operations (shadow, rounded
 * paper, text, tag, voice, dots); copying a picture of it takes one. So a
 * note drawn twice at the same scale is drawn the second time into an
 * image of its own, which later frames copy until the note or the scale
 * changes. The first time at a scale it is drawn directly: while the view
 * zooms, every frame has a new scale and a picture would never be used.
 *
 * Each note keeps pictures at up to two scales (the canvas and the
 * projector show the same board at different sizes), as object data freed
 * with the note. All pictures together are held to a budget, the least
 * recently used going first.
 *
 * The pictures and their budget belong to the first thread that draws a
 * board, the main thread in the application: an export drawn in a worker
 * thread (on its own copy of the project) draws every note directly.
 */

#define N_SLOTS 2
#define MAX_BYTES ((gsize) 64 * 1024 * 1024)
/* Zoomed in far enough for one note to need more than this, there are
 * only a few notes in view, and they are drawn directly. */
#define MAX_PICTURE_BYTES ((gsize) 4 * 1024 * 1024)

/* Room around the note for its shadow and for the dots on its top edge,
 * in board units. */
#define MARGIN_LEFT    1.0
#define MARGIN_TOP    10.0
#define MARGIN_RIGHT   3.0
#define MARGIN_BOTTOM  4.0

typedef struct
{
  cairo_surface_t *surface;
  double           scale;
  char            *key;
  int              origin_x;
  int              origin_y;
} Slot;

typedef struct
{
  GList    link;     /* in the recently used list; data is this */
  KinNote *note;
  Slot     slots[N_SLOTS];
  double   seen[N_SLOTS];
  guint    next_seen;
  guint    last_used;
} Sprites;

static GQueue recent = G_QUEUE_INIT;  /* most recently used first */
static gsize total_bytes;
static GQuark sprites_quark;
static gpointer owner_thread;

static gsize
slot_bytes (Slot *slot)
{
  if (slot->surface == NULL)
    return 0;

  return (gsize) cairo_image_surface_get_stride (slot->surface) * cairo_image_surface_get_height (slot->surface);
}

static void
slot_clear (Slot *slot)
{
  total_bytes -= slot_bytes (slot);
  g_clear_pointer (&slot->surface, cairo_surface_destroy);
  g_clear_pointer (&slot->key, g_free);
  slot->scale = 0;
}

static void
sprites_free (gpointer data)
{
  Sprites *sprites = data;

  for (guint i = 0; i < N_SLOTS; i++)
    slot_clear (&sprites->slots[i]);
  if (sprites->link.data != NULL)
    g_queue_unlink (&recent, &sprites->link);
  g_free (sprites);
}

static Sprites *
get_sprites (KinNote *note)
{
  Sprites *sprites;

  if (sprites_quark == 0)
    sprites_quark = g_quark_from_static_string ("kin-board-note-sprites");

  sprites = g_object_get_qdata (G_OBJECT (note), sprites_quark);
  if (sprites == NULL)
    {
      sprites = g_new0 (Sprites, 1);
      sprites->note = note;
      g_object_set_qdata_full (G_OBJECT (note), sprites_quark, sprites, sprites_free);
    }

  return sprites;
}

static void
touch (Sprites *sprites)
{
  if (sprites->link.data != NULL)
    g_queue_unlink (&recent, &sprites->link);
  sprites->link.data = sprites;
  g_queue_push_head_link (&recent, &sprites->link);
}

/* Drops the pictures of the notes used longest ago until the budget is
 * kept, never those of @keep. */
static void
enforce_budget (Sprites *keep)
{
  while (total_bytes > MAX_BYTES)
    {
      GList *oldest = g_queue_peek_tail_link (&recent);
      Sprites *sprites;

      if (oldest == NULL || oldest->data == keep)
        break;

      sprites = oldest->data;
      g_queue_unlink (&recent, oldest);
      sprites->link.data = NULL;
      for (guint i = 0; i < N_SLOTS; i++)
        slot_clear (&sprites->slots[i]);
    }
}

/*
 * _kin_board_note_sprite:
 * @note: the note
 * @scale: device pixels per board unit
 * @key: everything its look depends on, as text; a different key makes
 *   a new picture
 * @draw: draws the note with its top-left corner at the origin, in board
 *   units
 * @user_data: for @draw
 * @origin_x: (out): where the note's top-left corner is in the picture
 * @origin_y: (out): the same, down
 *
 * Returns: (transfer none) (nullable): the picture of the note, or %NULL
 *   when it is better drawn directly this time, or at this scale
 */
cairo_surface_t *
_kin_board_note_sprite (KinNote         *note,
                        double           scale,
                        const char      *key,
                        KinNoteDrawFunc  draw,
                        gpointer         user_data,
                        int             *origin_x,
                        int             *origin_y)
{
  Sprites *sprites;
  Slot *slot = NULL;
  gboolean seen = FALSE;
  int width, height;
  cairo_t *cr;

  g_atomic_pointer_compare_and_exchange (&owner_thread, NULL, g_thread_self ());
  if (g_atomic_pointer_get (&owner_thread) != (gpointer) g_thread_self ())
    return NULL;

  if ((KIN_NOTE_WIDTH + MARGIN_LEFT + MARGIN_RIGHT) * (KIN_NOTE_HEIGHT + MARGIN_TOP + MARGIN_BOTTOM) *
      scale * scale * 4 > MAX_PICTURE_BYTES)
    return NULL;

  sprites = get_sprites (note);

  for (guint i = 0; i < N_SLOTS; i++)
    {
      Slot *candidate = &sprites->slots[i];

      if (candidate->surface != NULL && candidate->scale == scale)
        {
          if (strcmp (candidate->key, key) == 0)
            {
              sprites->last_used = i;
              touch (sprites);
              *origin_x = candidate->origin_x;
              *origin_y = candidate->origin_y;
              return candidate->surface;
            }
          slot = candidate;
        }
      seen |= sprites->seen[i] == scale;
    }

  /* A note that changed is drawn again into its picture at once. A new
   * scale waits until it is seen a second time. */
  if (slot == NULL && !seen)
    {
      sprites->seen[sprites->next_seen] = scale;
      sprites->next_seen = (sprites->next_seen + 1) % N_SLOTS;
      return NULL;
    }

  if (slot == NULL)
    {
      for (guint i = 0; i < N_SLOTS && slot == NULL; i++)
        if (sprites->slots[i].surface == NULL)
          slot = &sprites->slots[i];
      /* Both in use at other scales: keep the one used last. */
      if (slot == NULL)
        slot = &sprites->slots[(sprites->last_used + 1) % N_SLOTS];
    }

  slot_clear (slot);

  slot->origin_x = (int) ceil (MARGIN_LEFT * scale);
  slot->origin_y = (int) ceil (MARGIN_TOP * scale);
  width = slot->origin_x + (int) ceil ((KIN_NOTE_WIDTH + MARGIN_RIGHT) * scale);
  height = slot->origin_y + (int) ceil ((KIN_NOTE_HEIGHT + MARGIN_BOTTOM) * scale);
  slot->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  slot->scale = scale;
  slot->key = g_strdup (key);

  cr = cairo_create (slot->surface);
  cairo_translate (cr, slot->origin_x, slot->origin_y);
  cairo_scale (cr, scale, scale);
  draw (cr, user_data);
  cairo_destroy (cr);
  cairo_surface_flush (slot->surface);

  total_bytes += slot_bytes (slot);
  sprites->last_used = slot - sprites->slots;
  touch (sprites);
  enforce_budget (sprites);

  *origin_x = slot->origin_x;
  *origin_y = slot->origin_y;
  return slot->surface;
}
