/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-projector"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kin-agenda-kinds.h"
#include "kin-model.h"
#include "kin-presenter-text.h"
#include "kin-projector-view-private.h"

/* The slides of the projector view: which texts a slide shows for the
 * presenter's state, and where they go. Sizes come from the height.
 *
 * A vision board's slide is its question over the board itself, which
 * kin-projector-board.c draws.
 */

#define MM_PER_PT (25.4 / 72.0)
#define CARD_SIZE "id-1-rounded"
/* The smallest prompt the room can read from the back: a twentieth of the
 * height. A little is added to what the card needs, so rounding never takes
 * it under. */
#define MIN_PROMPT_FRACTION (1.0 / 20.0)
#define PROMPT_HEADROOM 1.03
#define SMALL_FRACTION (1.0 / 30.0)
/* A board's question starts a little smaller than a slide's body text,
 * to leave the board as much room as it can, and may take up to this much
 * of the height before it shrinks. */
#define QUESTION_FRACTION (1.0 / 16.0)
#define QUESTION_MAX_HEIGHT 0.2

typedef struct
{
  char     *kicker;
  char     *heading;
  char     *body;
  gboolean  centered;
  gboolean  countdown;
} Slide;

static void
slide_clear (Slide *slide)
{
  g_clear_pointer (&slide->kicker, g_free);
  g_clear_pointer (&slide->heading, g_free);
  g_clear_pointer (&slide->body, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Slide, slide_clear)

/* Text -------------------------------------------------------------------- */

static PangoLayout *
create_text (KinProjectorView *self,
             const char       *text,
             double            pixels,
             gboolean          bold,
             double            width,
             PangoAlignment    alignment)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font =
    pango_font_description_copy (pango_context_get_font_description (context));

  pango_font_description_set_absolute_size (font, pixels * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);

  return layout;
}

/* One line, cut with an ellipsis when it is too long. */
static PangoLayout *
create_line (KinProjectorView *self,
             const char       *text,
             double            pixels,
             gboolean          bold,
             double            width,
             PangoAlignment    alignment)
{
  PangoLayout *layout = create_text (self, text, pixels, bold, width, alignment);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           double         x,
           double         y,
           const GdkRGBA *color)
{
  if (layout == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor (x), floor (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Figures of equal width, so that the countdown does not jiggle as it
 * counts. */
static PangoLayout *
create_figures (KinProjectorView *self,
                const char       *text,
                double            pixels)
{
  PangoLayout *layout = create_text (self, text, pixels, TRUE, -1, PANGO_ALIGN_LEFT);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  return layout;
}

static PangoLayout *
create_countdown (KinProjectorView *self,
                  double            pixels)
{
  g_autofree char *text = kin_presenter_text_countdown (kin_presenter_get_remaining_ms (self->presenter));

  return create_figures (self, text, pixels);
}

static const GdkRGBA *
countdown_color (KinProjectorView         *self,
                 const KinProjectorColors *colors)
{
  switch (kin_presenter_get_phase (self->presenter))
    {
    case KIN_TIMER_PHASE_OVERTIME:
      return &colors->overtime;
    case KIN_TIMER_PHASE_LAST_MINUTE:
      return &colors->last_minute;
    case KIN_TIMER_PHASE_NORMAL:
    default:
      /* A countdown that is not running is shown quieter. */
      return kin_presenter_get_timer_running (self->presenter) ? &colors->text : &colors->dim;
    }
}

/* What the slide says ------------------------------------------------------ */

static char *
dup_ref_title (KinProjectorView *self,
               KinAgendaItem    *item,
               GType             type)
{
  const char *ref = kin_agenda_item_get_ref (item);
  GObject *object;
  char *title = NULL;

  if (ref == NULL || self->project == NULL)
    return NULL;

  object = kin_project_lookup (self->project, type, ref);
  if (object == NULL)
    return NULL;

  /* Every kind an item can refer to has a "title". */
  g_object_get (object, "title", &title, NULL);
  return title;
}

static char *
dup_session_title (KinProjectorView *self)
{
  const char *title = kin_session_get_title (kin_presenter_get_session (self->presenter));

  return g_strdup (title != NULL && *title != '\0' ? title : _("Session"));
}

static void
describe_slide (KinProjectorView *self,
                Slide            *slide)
{
  KinAgendaItem *item = kin_presenter_get_current_item (self->presenter);
  KinAgendaKind kind;
  const char *title;

  if (kin_presenter_get_state (self->presenter) == KIN_PRESENTER_STATE_ENDED)
    {
      slide->heading = g_strdup (_("Thank you"));
      slide->body = dup_session_title (self);
      slide->centered = TRUE;
      return;
    }

  if (item == NULL)
    {
      slide->heading = dup_session_title (self);
      slide->centered = TRUE;
      return;
    }

  kind = kin_agenda_item_get_kind (item);
  slide->countdown = TRUE;

  switch (kind)
    {
    case KIN_AGENDA_KIND_CARDS:
      {
        KinDeck *deck = kin_presenter_get_deck (self->presenter);
        guint n = kin_presenter_get_n_remaining (self->presenter);

        slide->kicker = kin_presenter_text_item_title (item);
        if (deck == NULL)
          {
            slide->heading = g_strdup (kin_agenda_kind_get_label (kind));
            break;
          }
        title = kin_deck_get_title (deck);
        slide->heading = g_strdup (title != NULL && *title != '\0' ? title : _("Conversation Cards"));
        if (n > 0)
          slide->body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n), n);
        else
          slide->body = g_strdup (_("No cards left to draw"));
      }
      break;

    case KIN_AGENDA_KIND_BOARD:
      {
        KinBoard *board = kin_presenter_get_board (self->presenter);

        slide->kicker = kin_presenter_text_item_title (item);
        if (board != NULL)
          {
            title = kin_board_get_title (board);
            slide->heading = g_strdup (title != NULL && *title != '\0' ? title : _("Vision Board"));
            slide->body = g_strdup (kin_board_get_question (board));
          }
        else
          slide->heading = g_strdup (kin_agenda_kind_get_label (kind));
      }
      break;

    case KIN_AGENDA_KIND_BREAK:
      {
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();

        slide->kicker = g_strdup (kin_agenda_kind_get_label (kind));
        slide->heading = kin_presenter_text_item_title (item);
        slide->body = kin_presenter_text_back_at (self->presenter, now);
      }
      break;

    case KIN_AGENDA_KIND_ASSESSMENT:
    case KIN_AGENDA_KIND_JOURNEY:
      slide->kicker = g_strdup (kin_agenda_kind_get_label (kind));
      slide->heading = kin_presenter_text_item_title (item);
      slide->body = dup_ref_title (self, item, kind == KIN_AGENDA_KIND_ASSESSMENT
                                               ? KIN_TYPE_ASSESSMENT : KIN_TYPE_JOURNEY);
      break;

    case KIN_AGENDA_KIND_GAINS:
    case KIN_AGENDA_KIND_PRINCIPLES:
      slide->kicker = g_strdup (kin_agenda_kind_get_label (kind));
      slide->heading = kin_presenter_text_item_title (item);
      break;

    case KIN_AGENDA_KIND_CUSTOM:
    default:
      slide->kicker = dup_session_title (self);
      slide->heading = kin_presenter_text_item_title (item);
      break;
    }

  if (slide->body != NULL && *slide->body == '\0')
    g_clear_pointer (&slide->body, g_free);
}

/* The texts that change as time passes: redrawing is only needed when one
 * of them does, not at every tick. */
char *
_kin_projector_view_dup_clock_text (KinProjectorView *self)
{
  g_autofree char *countdown = NULL;
  KinAgendaItem *item;

  if (self->presenter == NULL)
    return NULL;

  countdown = kin_presenter_text_countdown (kin_presenter_get_remaining_ms (self->presenter));
  item = kin_presenter_get_current_item (self->presenter);
  if (item != NULL && kin_agenda_item_get_kind (item) == KIN_AGENDA_KIND_BREAK)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *back_at = kin_presenter_text_back_at (self->presenter, now);

      return g_strconcat (countdown, " ", back_at, NULL);
    }

  return g_steal_pointer (&countdown);
}

/* Cards ------------------------------------------------------------------- */

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

/* Slides ------------------------------------------------------------------ */

/* The line along the top: what the item is on the left, where the session
 * is on the right. Returns its height. */
static double
draw_top_line (KinProjectorView         *self,
               GtkSnapshot              *snapshot,
               const char               *kicker,
               gboolean                  with_position,
               double                    margin,
               double                    width,
               double                    height,
               const KinProjectorColors *colors)
{
  double small = height * SMALL_FRACTION;
  g_autofree char *position = with_position ? kin_presenter_text_position (self->presenter) : NULL;
  g_autoptr(PangoLayout) position_layout = NULL;
  g_autoptr(PangoLayout) kicker_layout = NULL;
  double position_width = 0;
  double line = 0;

  if (position != NULL && *position != '\0')
    {
      position_layout = create_line (self, position, small, FALSE, -1, PANGO_ALIGN_LEFT);
      position_width = MIN (text_width (position_layout), width / 2 - margin);
      pango_layout_set_width (position_layout, (int) (position_width * PANGO_SCALE));
      draw_text (snapshot, position_layout, width - margin - position_width, margin, &colors->dim);
      line = text_height (position_layout);
    }

  if (kicker != NULL && *kicker != '\0')
    {
      kicker_layout = create_line (self, kicker, small, TRUE,
                                   width - 2 * margin - position_width - (position_width > 0 ? small * 2 : 0),
                                   PANGO_ALIGN_LEFT);
      draw_text (snapshot, kicker_layout, margin, margin, &colors->dim);
      line = MAX (line, text_height (kicker_layout));
    }

  return line;
}

static void
snapshot_text_slide (KinProjectorView         *self,
                     GtkSnapshot              *snapshot,
                     const Slide              *slide,
                     double                    width,
                     double                    height,
                     const KinProjectorColors *colors)
{
  double margin = height * 0.06;
  double minimum = ceil (height * MIN_PROMPT_FRACTION);
  PangoAlignment alignment = slide->centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  g_autoptr(PangoLayout) countdown = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) body = NULL;
  double top, bottom, region, factor = 1.0, heading_px, body_px, gap, total, y;

  top = margin + draw_top_line (self, snapshot, slide->kicker, !slide->centered, margin, width, height, colors);
  bottom = height - margin;

  if (slide->countdown)
    {
      countdown = create_countdown (self, height / 8);
      draw_text (snapshot, countdown, width - margin - text_width (countdown),
                 bottom - text_height (countdown), countdown_color (self, colors));
      bottom -= text_height (countdown);
    }

  top += height * 0.04;
  bottom -= height * 0.03;
  region = MAX (bottom - top, minimum);

  /* Heading and body shrink together until they fit, never below the
   * size the back of the room can read. */
  for (;;)
    {
      heading_px = MAX (floor (height / 9 * factor), minimum);
      body_px = MAX (floor (height / 13 * factor), minimum);
      g_clear_object (&heading);
      g_clear_object (&body);
      heading = create_text (self, slide->heading, heading_px, TRUE, width - 2 * margin, alignment);
      if (slide->body != NULL)
        body = create_text (self, slide->body, body_px, FALSE, width - 2 * margin, alignment);
      gap = body != NULL ? body_px * 0.6 : 0;
      total = text_height (heading) + gap + text_height (body);

      if (total <= region || (heading_px <= minimum && body_px <= minimum))
        break;
      factor *= 0.92;
    }

  if (total > region)
    {
      /* Still too long at the smallest size: keep the heading whole if it
       * can be, and cut the rest with an ellipsis. */
      double heading_room = body != NULL ? MIN (text_height (heading), region / 2) : region;

      pango_layout_set_ellipsize (heading, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (heading, (int) (heading_room * PANGO_SCALE));
      if (body != NULL)
        {
          pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (body, (int) ((region - text_height (heading) - gap) * PANGO_SCALE));
        }
      total = text_height (heading) + gap + text_height (body);
    }

  y = top + MAX (region - total, 0) / 2;
  draw_text (snapshot, heading, margin, y, &colors->text);
  if (body != NULL)
    draw_text (snapshot, body, margin, y + text_height (heading) + gap, &colors->text);

  self->prompt_pixel_size = body != NULL ? MIN (heading_px, body_px) : heading_px;
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
  double small = height * SMALL_FRACTION;
  g_autofree char *position = kin_presenter_text_position (self->presenter);
  g_autoptr(PangoLayout) line = NULL;

  draw_text (snapshot, countdown, width - margin - text_width (countdown), margin,
             countdown_color (self, colors));
  line = create_line (self, position, small, TRUE,
                      width - 2 * margin - text_width (countdown) - 2 * small, PANGO_ALIGN_LEFT);
  draw_text (snapshot, line, margin, margin + (text_height (countdown) - text_height (line)) / 2,
             &colors->dim);

  return margin + text_height (countdown) + height * 0.02;
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

  dash = create_text (self, "\u2013 ", pixels, FALSE, -1, PANGO_ALIGN_LEFT);
  layout = create_text (self, text->str, pixels, FALSE, width, PANGO_ALIGN_LEFT);
  pango_layout_set_indent (layout, (int) (-text_width (dash) * PANGO_SCALE));

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
  double minimum = ceil (height * MIN_PROMPT_FRACTION);
  double small = height * SMALL_FRACTION;
  double column = width - 2 * margin;
  g_autoptr(PangoLayout) countdown = create_countdown (self, height / 14);
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
        heading = create_text (self, title, prompt_px, TRUE, column, PANGO_ALIGN_LEFT);
      if (prompt != NULL)
        body = create_text (self, prompt, prompt_px, FALSE, column, PANGO_ALIGN_LEFT);
      follow_ups = create_follow_ups (self, kin_card_get_follow_ups (card),
                                      MAX (prompt_px * 0.7, small), column);
      total = text_height (heading) + text_height (body) + text_height (follow_ups)
              + (heading != NULL && body != NULL ? gap : 0)
              + (follow_ups != NULL ? gap : 0);

      if (total <= region || prompt_px <= minimum)
        break;
      factor *= 0.92;
    }

  if (total > region)
    {
      double room = region - text_height (heading) - (heading != NULL && body != NULL ? gap : 0);

      if (body != NULL && text_height (body) > room)
        {
          pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (body, (int) (MAX (room, prompt_px) * PANGO_SCALE));
          g_clear_object (&follow_ups);
        }
      else if (follow_ups != NULL)
        {
          double left = room - text_height (body) - gap;
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
  draw_text (snapshot, heading, margin, y, &colors->text);
  y += text_height (heading) + (heading != NULL && body != NULL ? gap : 0);
  draw_text (snapshot, body, margin, y, &colors->text);
  y += text_height (body) + gap;
  draw_text (snapshot, follow_ups, margin, y, &colors->text);

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
  double small = height * SMALL_FRACTION;
  double needed = self->face_ratio > 0
    ? height * MIN_PROMPT_FRACTION * PROMPT_HEADROOM / self->face_ratio : 0;
  KinAgendaItem *item = kin_presenter_get_current_item (self->presenter);
  g_autofree char *kicker = kin_presenter_text_item_title (item);
  /* Room for any countdown under an hour, so that the card keeps its size
   * as the time runs out and past zero. */
  g_autofree char *widest = kin_presenter_text_countdown (-(59 * 60 + 59) * 1000);
  g_autoptr(PangoLayout) probe = create_line (self, kicker, small, TRUE, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) sample = NULL;
  g_autoptr(PangoLayout) countdown = NULL;
  double countdown_px = height / 9;
  double top = margin + text_height (probe) + height * 0.03;
  double available = height - top - margin;
  double column, card_height, card_width;

  sample = create_figures (self, widest, countdown_px);
  column = MAX (text_width (sample), height * 0.25);
  card_height = MIN (available, (width - 2 * margin - gap - column) / ratio);
  if (card_height < needed)
    {
      card_height = MIN (available, needed);
      column = width - 2 * margin - gap - card_height * ratio;
      countdown_px *= CLAMP (column / text_width (sample), 0, 1);
    }

  if (needed > available)
    {
      snapshot_card_text_slide (self, snapshot, width, height, colors);
      return;
    }

  if (countdown_px >= height / 16)
    {
      draw_top_line (self, snapshot, kicker, TRUE, margin, width, height, colors);
      card_width = card_height * ratio;
      self->prompt_pixel_size = draw_card (self, snapshot,
                                           &GRAPHENE_RECT_INIT (margin, top, card_width, card_height));
      countdown = create_countdown (self, countdown_px);
      draw_text (snapshot, countdown, margin + card_width + gap, top - countdown_px * 0.15,
                 countdown_color (self, colors));
      return;
    }

  /* No room beside the card (a 4:3 screen): the countdown goes in the top
   * line, with the position, and the card takes the whole width. */
  countdown = create_countdown (self, height / 14);
  top = margin + text_height (countdown) + height * 0.02;
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

/* Boards ------------------------------------------------------------------ */

/* The board's question, or its title when it asks none: as large as it can
 * be up to QUESTION_FRACTION of the height, on no more than a fifth of
 * it, and never under a twentieth of it. Returns the layout and its size. */
static PangoLayout *
create_question (KinProjectorView *self,
                 KinBoard         *board,
                 double            width,
                 double            height,
                 double           *pixels)
{
  const char *question = kin_board_get_question (board);
  const char *title = kin_board_get_title (board);
  double minimum = ceil (height * MIN_PROMPT_FRACTION);
  double room = height * QUESTION_MAX_HEIGHT;
  double factor = 1.0;
  PangoLayout *layout = NULL;
  const char *text;

  if (question != NULL && *question != '\0')
    text = question;
  else
    text = title != NULL && *title != '\0' ? title : _("Vision Board");

  for (;;)
    {
      *pixels = MAX (floor (height * QUESTION_FRACTION * factor), minimum);
      g_clear_object (&layout);
      layout = create_text (self, text, *pixels, FALSE, width, PANGO_ALIGN_LEFT);

      if (text_height (layout) <= room || *pixels <= minimum)
        break;
      factor *= 0.92;
    }

  if (text_height (layout) > room)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, (int) (room * PANGO_SCALE));
    }

  return layout;
}

/* The question at the top, the board under it and the countdown in its
 * usual corner. The board goes above the countdown or beside it,
 * whichever lets it be drawn bigger. */
static void
snapshot_board_slide (KinProjectorView         *self,
                      GtkSnapshot              *snapshot,
                      KinBoard                 *board,
                      const graphene_rect_t    *extent,
                      double                    width,
                      double                    height,
                      const KinProjectorColors *colors)
{
  double margin = height * 0.045;
  double gap = height * 0.025;
  double small = height * SMALL_FRACTION;
  KinAgendaItem *item = kin_presenter_get_current_item (self->presenter);
  g_autofree char *kicker = kin_presenter_text_item_title (item);
  g_autofree char *position = kin_presenter_text_position (self->presenter);
  g_autoptr(PangoLayout) countdown = NULL;
  g_autoptr(PangoLayout) position_line = NULL;
  g_autoptr(PangoLayout) kicker_line = NULL;
  g_autoptr(PangoLayout) question = NULL;
  double question_px, top, line_y, room;
  graphene_rect_t area;

  /* The countdown goes in the top line, with what the item is and where
   * the session is, and leaves the rest of the slide to the question and
   * the board: notes are only as readable as the board is big. */
  countdown = create_countdown (self, height / 12);
  draw_text (snapshot, countdown, width - margin - text_width (countdown), margin,
             countdown_color (self, colors));
  room = width - 2 * margin - text_width (countdown) - 2 * small;
  line_y = margin + (text_height (countdown) - small * 1.3) / 2;

  position_line = create_line (self, position, small, FALSE, room / 2, PANGO_ALIGN_LEFT);
  if (kicker != NULL && *kicker != '\0')
    {
      kicker_line = create_line (self, kicker, small, TRUE,
                                 room - MIN (text_width (position_line), room / 2) - 2 * small,
                                 PANGO_ALIGN_LEFT);
      draw_text (snapshot, kicker_line, margin, line_y, &colors->dim);
    }
  draw_text (snapshot, position_line,
             margin + (kicker_line != NULL ? text_width (kicker_line) + 2 * small : 0), line_y,
             &colors->dim);
  top = margin + text_height (countdown) + gap;

  question = create_question (self, board, width - 2 * margin, height, &question_px);
  draw_text (snapshot, question, margin, top, &colors->text);
  top += text_height (question) + gap;
  self->prompt_pixel_size = question_px;

  graphene_rect_init (&area, margin, top, width - 2 * margin, MAX (height - margin - top, 1));
  _kin_projector_view_draw_board (self, snapshot, board, extent, &area, 1, height);
}

/* Draws the slide for the presenter's state on the background, and notes
 * the size of its main text. */
void
_kin_projector_view_snapshot_slide (KinProjectorView         *self,
                                    GtkSnapshot              *snapshot,
                                    double                    width,
                                    double                    height,
                                    const KinProjectorColors *colors)
{
  KinCard *card = kin_presenter_get_current_card (self->presenter);
  gboolean running = kin_presenter_get_state (self->presenter) == KIN_PRESENTER_STATE_RUNNING;
  KinBoard *board = kin_presenter_get_board (self->presenter);
  g_auto(Slide) slide = { NULL };
  graphene_rect_t extent;

  if (running && card != NULL)
    {
      if (self->face == NULL || self->face_card != card)
        update_face (self);
      snapshot_card_slide (self, snapshot, width, height, colors);
      return;
    }

  if (board != NULL && _kin_projector_view_get_board_extent (board, &extent))
    {
      snapshot_board_slide (self, snapshot, board, &extent, width, height, colors);
      return;
    }

  describe_slide (self, &slide);
  snapshot_text_slide (self, snapshot, &slide, width, height, colors);
}
