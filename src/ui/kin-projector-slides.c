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
 * A card round's slide, the card drawn as it is printed, is in
 * kin-projector-card.c. A vision board's slide is its question over the
 * board itself, which kin-projector-board.c draws.
 */

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

PangoLayout *
_kin_projector_create_text (KinProjectorView *self,
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
PangoLayout *
_kin_projector_create_line (KinProjectorView *self,
             const char       *text,
             double            pixels,
             gboolean          bold,
             double            width,
             PangoAlignment    alignment)
{
  PangoLayout *layout = _kin_projector_create_text (self, text, pixels, bold, width, alignment);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

double
_kin_projector_text_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

double
_kin_projector_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

void
_kin_projector_draw_text (GtkSnapshot   *snapshot,
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
PangoLayout *
_kin_projector_create_figures (KinProjectorView *self,
                const char       *text,
                double            pixels)
{
  PangoLayout *layout = _kin_projector_create_text (self, text, pixels, TRUE, -1, PANGO_ALIGN_LEFT);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  return layout;
}

PangoLayout *
_kin_projector_create_countdown (KinProjectorView *self,
                  double            pixels)
{
  g_autofree char *text = kin_presenter_text_countdown (kin_presenter_get_remaining_ms (self->presenter));

  return _kin_projector_create_figures (self, text, pixels);
}

const GdkRGBA *
_kin_projector_countdown_color (KinProjectorView         *self,
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

/* Slides ------------------------------------------------------------------ */

/* The line along the top: what the item is on the left, where the session
 * is on the right. Returns its height. */
double
_kin_projector_draw_top_line (KinProjectorView         *self,
               GtkSnapshot              *snapshot,
               const char               *kicker,
               gboolean                  with_position,
               double                    margin,
               double                    width,
               double                    height,
               const KinProjectorColors *colors)
{
  double small = height * KIN_PROJECTOR_SMALL_FRACTION;
  g_autofree char *position = with_position ? kin_presenter_text_position (self->presenter) : NULL;
  g_autoptr(PangoLayout) position_layout = NULL;
  g_autoptr(PangoLayout) kicker_layout = NULL;
  double position_width = 0;
  double line = 0;

  if (position != NULL && *position != '\0')
    {
      position_layout = _kin_projector_create_line (self, position, small, FALSE, -1, PANGO_ALIGN_LEFT);
      position_width = MIN (_kin_projector_text_width (position_layout), width / 2 - margin);
      pango_layout_set_width (position_layout, (int) (position_width * PANGO_SCALE));
      _kin_projector_draw_text (snapshot, position_layout, width - margin - position_width, margin, &colors->dim);
      line = _kin_projector_text_height (position_layout);
    }

  if (kicker != NULL && *kicker != '\0')
    {
      kicker_layout = _kin_projector_create_line (self, kicker, small, TRUE,
                                   width - 2 * margin - position_width - (position_width > 0 ? small * 2 : 0),
                                   PANGO_ALIGN_LEFT);
      _kin_projector_draw_text (snapshot, kicker_layout, margin, margin, &colors->dim);
      line = MAX (line, _kin_projector_text_height (kicker_layout));
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
  double minimum = ceil (height * KIN_PROJECTOR_MIN_PROMPT_FRACTION);
  PangoAlignment alignment = slide->centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  g_autoptr(PangoLayout) countdown = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) body = NULL;
  double top, bottom, region, factor = 1.0, heading_px, body_px, gap, total, y;

  top = margin + _kin_projector_draw_top_line (self, snapshot, slide->kicker, !slide->centered, margin, width, height, colors);
  bottom = height - margin;

  if (slide->countdown)
    {
      countdown = _kin_projector_create_countdown (self, height / 8);
      _kin_projector_draw_text (snapshot, countdown, width - margin - _kin_projector_text_width (countdown),
                 bottom - _kin_projector_text_height (countdown), _kin_projector_countdown_color (self, colors));
      bottom -= _kin_projector_text_height (countdown);
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
      heading = _kin_projector_create_text (self, slide->heading, heading_px, TRUE, width - 2 * margin, alignment);
      if (slide->body != NULL)
        body = _kin_projector_create_text (self, slide->body, body_px, FALSE, width - 2 * margin, alignment);
      gap = body != NULL ? body_px * 0.6 : 0;
      total = _kin_projector_text_height (heading) + gap + _kin_projector_text_height (body);

      if (total <= region || (heading_px <= minimum && body_px <= minimum))
        break;
      factor *= 0.92;
    }

  if (total > region)
    {
      /* Still too long at the smallest size: keep the heading whole if it
       * can be, and cut the rest with an ellipsis. */
      double heading_room = body != NULL ? MIN (_kin_projector_text_height (heading), region / 2) : region;

      pango_layout_set_ellipsize (heading, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (heading, (int) (heading_room * PANGO_SCALE));
      if (body != NULL)
        {
          pango_layout_set_ellipsize (body, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (body, (int) ((region - _kin_projector_text_height (heading) - gap) * PANGO_SCALE));
        }
      total = _kin_projector_text_height (heading) + gap + _kin_projector_text_height (body);
    }

  y = top + MAX (region - total, 0) / 2;
  _kin_projector_draw_text (snapshot, heading, margin, y, &colors->text);
  if (body != NULL)
    _kin_projector_draw_text (snapshot, body, margin, y + _kin_projector_text_height (heading) + gap, &colors->text);

  self->prompt_pixel_size = body != NULL ? MIN (heading_px, body_px) : heading_px;
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
  double minimum = ceil (height * KIN_PROJECTOR_MIN_PROMPT_FRACTION);
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
      layout = _kin_projector_create_text (self, text, *pixels, FALSE, width, PANGO_ALIGN_LEFT);

      if (_kin_projector_text_height (layout) <= room || *pixels <= minimum)
        break;
      factor *= 0.92;
    }

  if (_kin_projector_text_height (layout) > room)
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
  double small = height * KIN_PROJECTOR_SMALL_FRACTION;
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
  countdown = _kin_projector_create_countdown (self, height / 12);
  _kin_projector_draw_text (snapshot, countdown, width - margin - _kin_projector_text_width (countdown), margin,
             _kin_projector_countdown_color (self, colors));
  room = width - 2 * margin - _kin_projector_text_width (countdown) - 2 * small;
  line_y = margin + (_kin_projector_text_height (countdown) - small * 1.3) / 2;

  position_line = _kin_projector_create_line (self, position, small, FALSE, room / 2, PANGO_ALIGN_LEFT);
  if (kicker != NULL && *kicker != '\0')
    {
      kicker_line = _kin_projector_create_line (self, kicker, small, TRUE,
                                 room - MIN (_kin_projector_text_width (position_line), room / 2) - 2 * small,
                                 PANGO_ALIGN_LEFT);
      _kin_projector_draw_text (snapshot, kicker_line, margin, line_y, &colors->dim);
    }
  _kin_projector_draw_text (snapshot, position_line,
             margin + (kicker_line != NULL ? _kin_projector_text_width (kicker_line) + 2 * small : 0), line_y,
             &colors->dim);
  top = margin + _kin_projector_text_height (countdown) + gap;

  question = create_question (self, board, width - 2 * margin, height, &question_px);
  _kin_projector_draw_text (snapshot, question, margin, top, &colors->text);
  top += _kin_projector_text_height (question) + gap;
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
      _kin_projector_view_snapshot_card_slide (self, snapshot, width, height, colors);
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
