/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-projector"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "kin-model.h"
#include "kin-projector-view-private.h"

/* What the room sees: one slide for the presenter's current state, drawn to
 * fit whatever size the widget has. Every size comes from the height, so
 * the slide looks the same on a 720p projector and on a 4K one; the same
 * widget, small, is the live preview in the presenter console.
 *
 * A drawn conversation card is drawn by kin_card_face_render(), the
 * function that prints it, so the room sees the card they may hold in
 * their hands; it is drawn big enough for its prompt to be at least a
 * twentieth of the height. A vision board is drawn by kin_board_render(),
 * as on the canvas, and again whenever the project changes. The slides
 * themselves are drawn in kin-projector-slides.c.
 */

G_DEFINE_FINAL_TYPE (KinProjectorView, kin_projector_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRESENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Colours ----------------------------------------------------------------- */

static void
parse (GdkRGBA    *rgba,
       const char *spec)
{
  if (!gdk_rgba_parse (rgba, spec))
    g_critical ("Not a colour: %s", spec);
}

/**
 * kin_projector_view_get_colors:
 * @colors: (out caller-allocates): receives the colours
 *
 * Fills in the colours the slide uses in the current light or dark style.
 * Text has a contrast of at least 7:1 on the background and the countdown
 * colours at least 4.5:1, so that a washed-out projector still shows them.
 */
void
kin_projector_view_get_colors (KinProjectorView   *self,
                               KinProjectorColors *colors)
{
  g_return_if_fail (KIN_IS_PROJECTOR_VIEW (self));
  g_return_if_fail (colors != NULL);

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    {
      parse (&colors->background, "#1c1c1f");
      parse (&colors->text, "#f6f5f4");
      parse (&colors->dim, "#c0bfbc");
      parse (&colors->last_minute, "#ffbe6f");
      parse (&colors->overtime, "#ff8f7e");
    }
  else
    {
      parse (&colors->background, "#fafafa");
      parse (&colors->text, "#1c1c1f");
      parse (&colors->dim, "#4f4d55");
      parse (&colors->last_minute, "#945200");
      parse (&colors->overtime, "#b3161f");
    }
}

static void
kin_projector_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  KinProjectorColors colors;

  g_clear_pointer (&self->clock_text, g_free);
  self->prompt_pixel_size = 0;
  self->board_scale = 0;

  if (width < 1 || height < 1)
    return;

  if (self->presenter != NULL && kin_presenter_get_blanked (self->presenter))
    {
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  kin_projector_view_get_colors (self, &colors);
  gtk_snapshot_append_color (snapshot, &colors.background, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->presenter == NULL)
    return;

  self->clock_text = _kin_projector_view_dup_clock_text (self);
  _kin_projector_view_snapshot_slide (self, snapshot, width, height, &colors);
}

/* Size -------------------------------------------------------------------- */

static GtkSizeRequestMode
kin_projector_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The size the view asks for is that of a preview: it keeps the
 * projector's shape for the width it is given, up to a height. (The
 * projector window gives it the whole screen whatever it asks.) Taller
 * requests for wider widths would break the rule that a height-for-width
 * widget needs no more height when it is given more width. */
#define PREVIEW_MAX_HEIGHT 300

static void
kin_projector_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = (int) ceil (PREVIEW_MAX_HEIGHT * self->aspect_ratio);
    }
  else if (for_size < 0)
    *minimum = *natural = PREVIEW_MAX_HEIGHT;
  else
    *minimum = *natural = MIN ((int) ceil (for_size / self->aspect_ratio), PREVIEW_MAX_HEIGHT);
}

/* Keeping up with the presenter -------------------------------------------- */

static void
presenter_notify_cb (KinProjectorView *self,
                     GParamSpec       *pspec,
                     KinPresenter     *presenter)
{
  if (g_str_equal (pspec->name, "remaining-ms"))
    {
      g_autofree char *clock_text = _kin_projector_view_dup_clock_text (self);

      if (g_strcmp0 (clock_text, self->clock_text) == 0)
        return;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
content_changed_cb (KinProjectorView *self)
{
  /* A card or a board edited while it is shown shows the edit, at the
   * next frame. */
  _kin_projector_view_clear_face (self);
  _kin_projector_view_clear_board (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (KinProjectorView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GObject ----------------------------------------------------------------- */

static void
kin_projector_view_dispose (GObject *object)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (object);

  kin_projector_view_set_presenter (self, NULL);

  G_OBJECT_CLASS (kin_projector_view_parent_class)->dispose (object);
}

static void
kin_projector_view_finalize (GObject *object)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (object);

  g_clear_pointer (&self->clock_text, g_free);
  _kin_projector_view_clear_board (self);

  G_OBJECT_CLASS (kin_projector_view_parent_class)->finalize (object);
}

static void
kin_projector_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      g_value_set_object (value, self->presenter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_projector_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KinProjectorView *self = KIN_PROJECTOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      kin_projector_view_set_presenter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_projector_view_class_init (KinProjectorViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_projector_view_dispose;
  object_class->finalize = kin_projector_view_finalize;
  object_class->get_property = kin_projector_view_get_property;
  object_class->set_property = kin_projector_view_set_property;

  widget_class->snapshot = kin_projector_view_snapshot;
  widget_class->measure = kin_projector_view_measure;
  widget_class->get_request_mode = kin_projector_view_get_request_mode;

  properties[PROP_PRESENTER] =
    g_param_spec_object ("presenter", NULL, NULL,
                         KIN_TYPE_PRESENTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "kin-projector-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kin_projector_view_init (KinProjectorView *self)
{
  self->aspect_ratio = 16.0 / 9.0;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kin_projector_view_new:
 * @presenter: (nullable): what to show
 *
 * Returns: a new projector view
 */
GtkWidget *
kin_projector_view_new (KinPresenter *presenter)
{
  return g_object_new (KIN_TYPE_PROJECTOR_VIEW, "presenter", presenter, NULL);
}

/**
 * kin_projector_view_get_presenter:
 *
 * Returns: (transfer none) (nullable): the presenter shown
 */
KinPresenter *
kin_projector_view_get_presenter (KinProjectorView *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_VIEW (self), NULL);

  return self->presenter;
}

/**
 * kin_projector_view_set_presenter:
 * @presenter: (nullable): what to show; %NULL shows an empty slide
 */
void
kin_projector_view_set_presenter (KinProjectorView *self,
                                  KinPresenter     *presenter)
{
  g_return_if_fail (KIN_IS_PROJECTOR_VIEW (self));
  g_return_if_fail (presenter == NULL || KIN_IS_PRESENTER (presenter));

  if (self->presenter == presenter)
    return;

  if (self->presenter != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->presenter, self);
      g_signal_handlers_disconnect_by_data (kin_presenter_get_history (self->presenter), self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }

  _kin_projector_view_clear_face (self);
  _kin_projector_view_clear_board (self);
  _kin_projector_view_unwatch_board (self);
  g_set_object (&self->presenter, presenter);
  g_clear_object (&self->project);
  if (presenter != NULL)
    self->project = g_object_ref (kin_presenter_get_project (presenter));

  if (presenter != NULL)
    {
      g_signal_connect_object (presenter, "notify",
                               G_CALLBACK (presenter_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (kin_presenter_get_history (presenter), "items-changed",
                               G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->project, "changed",
                               G_CALLBACK (content_changed_cb), self, G_CONNECT_SWAPPED);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER]);
}

/**
 * kin_projector_view_set_aspect_ratio:
 * @ratio: width divided by height, such as 16/9
 *
 * Sets the shape the view asks for when it is given a width, so that a
 * preview has the shape of the projector it stands for.
 */
void
kin_projector_view_set_aspect_ratio (KinProjectorView *self,
                                     double            ratio)
{
  g_return_if_fail (KIN_IS_PROJECTOR_VIEW (self));
  g_return_if_fail (ratio > 0);

  if (G_APPROX_VALUE (self->aspect_ratio, ratio, 0.001))
    return;

  self->aspect_ratio = ratio;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * kin_projector_view_get_prompt_pixel_size:
 *
 * Returns: the size in pixels of the main text of the slide last drawn (a
 *   card's prompt, an item's title, a board's question); 0 when the slide
 *   had none, such as when the projector is blanked
 */
double
kin_projector_view_get_prompt_pixel_size (KinProjectorView *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_VIEW (self), 0);

  return self->prompt_pixel_size;
}

/**
 * kin_projector_view_get_board_scale:
 *
 * Returns: the pixels for each board unit at which the slide last drawn
 *   showed a vision board, or 0 when it showed none
 */
double
kin_projector_view_get_board_scale (KinProjectorView *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_VIEW (self), 0);

  return self->board_scale;
}
