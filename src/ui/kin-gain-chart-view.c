/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <adwaita.h>

#include "kin-gain-chart-view.h"

/* One progress chart on screen. It draws with the same render function as
 * the PNG, SVG and PDF exports, in the colours of the current style, so
 * what is exported is what was seen (exports use the light colours, for
 * paper). The statistics belong to whoever sets them and must outlive
 * their use here: drawing only walks those figures, never the gains. */

struct _KinGainChartView
{
  GtkWidget           parent_instance;

  KinGainChartKind    kind;
  const KinGainStats *stats;
};

G_DEFINE_FINAL_TYPE (KinGainChartView, kin_gain_chart_view, GTK_TYPE_WIDGET)

static void
color_from_rgba (KinChartColor *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/**
 * kin_gain_chart_view_get_style:
 * @style: (out caller-allocates): the style to fill
 *
 * Fills @style with the colours the chart is drawn with on screen: the
 * widget's text colour and the accent colour of the light or dark style.
 */
void
kin_gain_chart_view_get_style (KinGainChartView *self,
                               KinChartStyle    *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    kin_chart_style_init_dark (style);
  else
    kin_chart_style_init_light (style);

  gtk_style_context_get_color (context, &rgba);
  color_from_rgba (&style->foreground, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_bg_color", &rgba))
    color_from_rgba (&style->accent, &rgba);
  if (gtk_style_context_lookup_color (context, "card_bg_color", &rgba))
    color_from_rgba (&style->background, &rgba);

  /* The card behind the chart is drawn by CSS. */
  style->transparent = TRUE;
}

static void
kin_gain_chart_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  KinGainChartView *self = KIN_GAIN_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KinChartStyle style;
  cairo_t *cr;

  if (self->stats == NULL || width <= 0 || height <= 0)
    return;

  kin_gain_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  kin_gain_chart_render (self->stats, self->kind, cr, width, height, &style);
  cairo_destroy (cr);
}

static void
kin_gain_chart_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  /* Small enough for a phone-width window, big enough for readable axes. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 480;
    }
  else
    {
      *minimum = 240;
      *natural = 280;
    }
}

static void
kin_gain_chart_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kin_gain_chart_view_parent_class)->css_changed (widget, change);

  /* Switching between light and dark changes the colours drawn. */
  gtk_widget_queue_draw (widget);
}

static void
kin_gain_chart_view_class_init (KinGainChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = kin_gain_chart_view_snapshot;
  widget_class->measure = kin_gain_chart_view_measure;
  widget_class->css_changed = kin_gain_chart_view_css_changed;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kin_gain_chart_view_init (KinGainChartView *self)
{
}

/**
 * kin_gain_chart_view_new:
 * @kind: which chart to draw
 *
 * Returns: a new chart view, empty until statistics are set
 */
GtkWidget *
kin_gain_chart_view_new (KinGainChartKind kind)
{
  KinGainChartView *self = g_object_new (KIN_TYPE_GAIN_CHART_VIEW, NULL);

  self->kind = kind;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kin_gain_chart_kind_get_title (kind),
                                  -1);

  return GTK_WIDGET (self);
}

KinGainChartKind
kin_gain_chart_view_get_kind (KinGainChartView *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_CHART_VIEW (self), KIN_GAIN_CHART_PER_PERIOD);

  return self->kind;
}

/**
 * kin_gain_chart_view_set_stats:
 * @stats: (nullable) (transfer none): the figures to draw; they must stay
 *   valid until replaced
 */
void
kin_gain_chart_view_set_stats (KinGainChartView   *self,
                               const KinGainStats *stats)
{
  g_return_if_fail (KIN_IS_GAIN_CHART_VIEW (self));

  self->stats = stats;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
