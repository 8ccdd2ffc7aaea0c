/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-projector"

#include "config.h"

#include <math.h>

#include "kin-card-render.h"
#include "kin-model.h"
#include "kin-presenter-text.h"
#include "kin-projector-view-private.h"

/* The projector's slide for a card round: the card drawn by the renderer
 * that prints it, scaled up, with the countdown beside it or, on a screen
 * with no room beside it, above it. The card is never so small that its
 * prompt is under a twentieth of the height; a card with more text than
 * its face can show that large has its texts put on the slide instead.
 */

#define MM_PER_PT (25.4 / 72.0)
#define CARD_SIZE "id-1-rounded"
/* A little is added to what the card needs for its prompt to reach the
 * smallest size the room can read, so that rounding never takes it under. */
#define PROMPT_HEADROOM 1.03

/* The prompt's size for each unit of card height. The card renderer shrinks
 * text that does not fit, by the same factor at any size, so measuring once
 * tells how big the card must be for its prompt to reach a given size. */
static double
measure_prompt_ratio (KinCardFace *face)
{
  const KinCardSize *size = kin_card_size_lookup (CARD_SIZE);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) boxes = g_array_new (FALSE, TRUE, sizeof (KinCardTextBox));
  KinCardRenderOptions options;
  double ratio = 0;

  kin_card_render_options_init (&options);
  options.units_per_mm = 10;
  kin_card_face_render_report (face, cr, size->width_mm * 10, size->height_mm * 10, &options, boxes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < boxes->len; i++)
    {
      KinCardTextBox *box = &g_array_index (boxes, KinCardTextBox, i);

      if (g_strcmp0 (box->role, "body") == 0)
        ratio = box->font_pt * MM_PER_PT / size->height_mm;
    }

  return ratio;
}

void
_kin_projector_view_clear_face (KinProjectorView *self)
{
  g_clear_pointer (&self->face, kin_card_face_unref);
  g_clear_weak_pointer (&self->face_card);
}

/* The face is a snapshot of the card; it is made again when another card
 * is drawn or the project changes. */
static void
update_face (KinProjectorView *self)
{
  KinCard *card = self->presenter != NULL ? kin_presenter_get_current_card (self->presenter) : NULL;

  _kin_projector_view_clear_face (self);
  if (card == NULL)
    return;

  g_set_weak_pointer (&self->face_card, card);
  self->face = kin_card_face_new_conversation (self->project, card);
  self->face_ratio = measure_prompt_ratio (self->face);
}

static double
draw_card (KinProjectorView      *self,
           GtkSnapshot           *snapshot,
           const graphene_rect_t *rect)
{
  const KinCardSize *size = kin_card_size_lookup (CARD_SIZE);
  double scale = rect->size.width / size->width_mm;
  g_autoptr(GArray) boxes = g_array_new (FALSE, TRUE, sizeof (KinCardTextBox));
  KinCardRenderOptions options;
  GskRoundedRect outline;
  double prompt = 0;
  cairo_t *cr;

  gsk_rounded_rect_init_from_rect (&outline, rect, size->corner_radius_mm * scale);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &(GdkRGBA) { 0, 0, 0, 0.3 },
                                     0, rect->size.height / 80, 0, rect->size.height / 40);

  cr = gtk_snapshot_append_cairo (snapshot, rect);
  cairo_translate (cr, rect->origin.x, rect->origin.y);
  kin_card_render_options_init (&options);
  options.units_per_mm = scale;
  options.corner_radius_mm = size->corner_radius_mm;
  options.clip_corners = TRUE;
  kin_card_face_render_report (self->face, cr, rect->size.width, rect->size.height, &options, boxes);
  cairo_destroy (cr);

  for (guint i = 0; i < boxes->len; i++)
    {
      KinCardTextBox *box = &g_array_index (boxes, KinCardTextBox, i);

      if (g_strcmp0 (box->role, "body") == 0)
        prompt = box->font_pt * MM_PER_PT * scale;
    }

  return prompt;
}

/* @countdown on the right of the top line and the position in the agenda
 * on its left, for slides with no room beside them. Returns where the
 * slide's content may start. */
static double
draw_countdown_line (KinProjectorView         *self,
                     GtkSnapshot              *snapshot,
                     PangoLayout              *countdown,
                     double                    margin,
                     double                    width,
                     double                    height,
                     const KinProjectorColors *colors)
{
  double small = height * KIN_PROJECTOR_SMALL_FRACTION;
  g_autofree char *position = kin_presenter_text_position (self->presenter);
  g_autoptr(PangoLayout) line = NULL;

  _kin_projector_draw_text (snapshot, countdown, width - margin - _kin_projector_text_width (countdown), margin,
             _kin_projector_countdown_color (self, colors));
  line = _kin_projector_create_line (self, position, small, TRUE,
                      width - 2 * margin - _kin_projector_text_width (countdown) - 2 * small, PANGO_ALIGN_LEFT);
  _kin_projector_draw_text (snapshot, line, margin, margin + (_kin_projector_text_height (countdown) - _kin_projector_text_height (line)) / 2,
             &colors->dim);

  return margin + _kin_projector_text_height (countdown) + height * 0.02;
}

/* The follow-up questions, a dash before each and their lines under its
 * text, as the printed card lists them. */
static PangoLayout *
create_follow_ups (KinProjectorView   *self,
                   const char * const *follow_ups,
                   double              pixels,
                   double              width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoLayout) dash = NULL;
  PangoLayout *layout;

  if (follow_ups == NULL || follow_ups[0] == NULL)
    return NULL;

  for (guint i = 0; follow_ups[i] != NULL; i++)
    g_string_append_printf (text, "%s\u2013 %s", i > 0 ? "\n" : "", follow_ups[i]);

  dash = _kin_projector_create_text (self, "\u2013 ", pixels, FALSE, -1, PANGO_ALIGN_LEFT);
  layout = _kin_projector_create_text (self, text->str, pixels, FALSE, width, PANGO_ALIGN_LEFT);
  pango_layout_set_indent (layout, (int) (-_kin_projector_text_width (dash) * PANGO_SCALE));

  return layout;
}

/* A card with more to say than its face can show at a size the room can
 * read: its texts go on the slide itself, the title and prompt no smaller
 * than a twentieth of the height and the follow-up questions under them,
 * smaller, as on the card. What still does not fit is cut with an
 * ellipsis, the follow-ups first. */
static void
snapshot_card_text_slide (KinProjectorView         *self,
                          GtkSnapshot              *snapshot,
                          double                    width,
                          double                    height,
                          const KinProjectorColors *colors)
{
  KinCard *card = self->face_card;
  const char *title = kin_card_get_title (card);
  const char *prompt = kin_card_get_prompt (card);
  double margin = height * 0.045;
  double minimum = ceil (height * KIN_PROJECTOR_MIN_PROMPT_FRACTION);
  double small = height * KIN_PROJECTOR_SMALL_FRACTION;
  double column = width - 2 * margin;
  g_autoptr(PangoLayout) countdown = _kin_projector_create_countdown (self, height / 14);
  double top = draw_countdown_line (self, snapshot, countdown, margin, width, height, colors) + height * 0.02;
  double region = height - margin - top;
  double factor = 1.0, prompt_px, gap, total, y;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) body = NULL;
  g_autoptr(PangoLayout) follow_ups = NULL;

  if (title == NULL || *title == '\0')
    title = NULL;
  if (prompt == NULL || *prompt == '\0')
    prompt = NULL;

  for (;;)
    {
      prompt_px = MAX (floor (height / 13 * factor), minimum);
      gap = prompt_px * 0.5;
      g_clear_object (&heading);
      g_clear_object (&body);
      g_clear_object (&follow_ups);
      if (title != NULL)
        heading = _kin_projector_create_text (self, title, prompt_px, TRUE, column, PANGO_ALIGN_LEFT);
      if (prompt != NULL)
        body = _kin_projector_create_text (self, prompt, prompt_px, FALSE, column, PANGO_ALIGN_LEFT);
      follow_ups = create_follow_ups (self, kin_card_get_follow_ups (card),
                                      MAX (prompt_px * 0.7, small), column);
      total = _kin_projector_text_height (heading) + _kin_projector_text_height (body) + _kin_projector_text_height (follow_ups)
              + (heading != NULL && body != NULL ? gap : 0)
              + (follow_ups != NULL ? gap : 0);

      if (total <= region || prompt_px <= minimum)
        break;
      factor *= 0.92;
    }

  if (total > region)
    {
      double room = region - _kin_projector_text_height (heading) - (heading != NULL && body != NULL ? gap : 0);

      if (body != NULL && _kin_projector_text_height (body) > room)
        {
          pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (body, (int) (MAX (room, prompt_px) * PANGO_SCALE));
          g_clear_object (&follow_ups);
        }
      else if (follow_ups != NULL)
        {
          double left = room - _kin_projector_text_height (body) - gap;
          PangoRectangle first;

          /* Pango shows at least one line whatever height it is given. */
          pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (follow_ups, 0), NULL, &first);
          if (left < first.height)
            g_clear_object (&follow_ups);
          else
            {
              pango_layout_set_ellipsize (follow_ups, PANGO_ELLIPSIZE_END);
              pango_layout_set_height (follow_ups, (int) (left * PANGO_SCALE));
            }
        }
    }

  y = top;
  _kin_projector_draw_text (snapshot, heading, margin, y, &colors->text);
  y += _kin_projector_text_height (heading) + (heading != NULL && body != NULL ? gap : 0);
  _kin_projector_draw_text (snapshot, body, margin, y, &colors->text);
  y += _kin_projector_text_height (body) + gap;
  _kin_projector_draw_text (snapshot, follow_ups, margin, y, &colors->text);

  self->prompt_pixel_size = prompt_px;
}

/* The card drawn as it is printed, title, prompt and follow-up questions,
 * with the countdown beside it. The card is as large as the screen allows,
 * and never smaller than its prompt needs: when space is short, the
 * countdown makes do with what is left, and a card that cannot be shown
 * that large at all has its texts put on the slide instead. */
static void
snapshot_card_slide (KinProjectorView         *self,
                     GtkSnapshot              *snapshot,
                     double                    width,
                     double                    height,
                     const KinProjectorColors *colors)
{
  const KinCardSize *size = kin_card_size_lookup (CARD_SIZE);
  double ratio = size->width_mm / size->height_mm;
  double margin = height * 0.045;
  double gap = height * 0.045;
  double small = height * KIN_PROJECTOR_SMALL_FRACTION;
  double needed = self->face_ratio > 0
    ? height * KIN_PROJECTOR_MIN_PROMPT_FRACTION * PROMPT_HEADROOM / self->face_ratio : 0;
  KinAgendaItem *item = kin_presenter_get_current_item (self->presenter);
  g_autofree char *kicker = kin_presenter_text_item_title (item);
  /* Room for any countdown under an hour, so that the card keeps its size
   * as the time runs out and past zero. */
  g_autofree char *widest = kin_presenter_text_countdown (-(59 * 60 + 59) * 1000);
  g_autoptr(PangoLayout) probe = _kin_projector_create_line (self, kicker, small, TRUE, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) sample = NULL;
  g_autoptr(PangoLayout) countdown = NULL;
  double countdown_px = height / 9;
  double top = margin + _kin_projector_text_height (probe) + height * 0.03;
  double available = height - top - margin;
  double column, card_height, card_width;

  sample = _kin_projector_create_figures (self, widest, countdown_px);
  column = MAX (_kin_projector_text_width (sample), height * 0.25);
  card_height = MIN (available, (width - 2 * margin - gap - column) / ratio);
  if (card_height < needed)
    {
      card_height = MIN (available, needed);
      column = width - 2 * margin - gap - card_height * ratio;
      countdown_px *= CLAMP (column / _kin_projector_text_width (sample), 0, 1);
    }

  if (needed > available)
    {
      snapshot_card_text_slide (self, snapshot, width, height, colors);
      return;
    }

  if (countdown_px >= height / 16)
    {
      _kin_projector_draw_top_line (self, snapshot, kicker, TRUE, margin, width, height, colors);
      card_width = card_height * ratio;
      self->prompt_pixel_size = draw_card (self, snapshot,
                                           &GRAPHENE_RECT_INIT (margin, top, card_width, card_height));
      countdown = _kin_projector_create_countdown (self, countdown_px);
      _kin_projector_draw_text (snapshot, countdown, margin + card_width + gap, top - countdown_px * 0.15,
                 _kin_projector_countdown_color (self, colors));
      return;
    }

  /* No room beside the card (a 4:3 screen): the countdown goes in the top
   * line, with the position, and the card takes the whole width. */
  countdown = _kin_projector_create_countdown (self, height / 14);
  top = margin + _kin_projector_text_height (countdown) + height * 0.02;
  available = height - top - margin;
  card_height = MIN (available, (width - margin) / ratio);
  if (card_height < needed)
    {
      snapshot_card_text_slide (self, snapshot, width, height, colors);
      return;
    }

  draw_countdown_line (self, snapshot, countdown, margin, width, height, colors);
  card_width = card_height * ratio;
  self->prompt_pixel_size = draw_card (self, snapshot,
                                       &GRAPHENE_RECT_INIT ((width - card_width) / 2, top,
                                                            card_width, card_height));
}

/* Draws the slide of the card on show, and notes the size of its prompt. */
void
_kin_projector_view_snapshot_card_slide (KinProjectorView         *self,
                                         GtkSnapshot              *snapshot,
                                         double                    width,
                                         double                    height,
                                         const KinProjectorColors *colors)
{
  if (self->face == NULL || self->face_card != kin_presenter_get_current_card (self->presenter))
    update_face (self);
  snapshot_card_slide (self, snapshot, width, height, colors);
}
