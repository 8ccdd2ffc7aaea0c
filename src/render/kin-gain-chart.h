/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kin-gain-stats.h"

G_BEGIN_DECLS

/**
 * KinGainChartKind:
 * @KIN_GAIN_CHART_PER_PERIOD: bars of wins per week or month
 * @KIN_GAIN_CHART_CUMULATIVE: a line of the running total of wins
 * @KIN_GAIN_CHART_BY_TEAM: horizontal bars of wins per team
 * @KIN_GAIN_CHART_BY_PRINCIPLE: horizontal bars of wins per principle, in
 *   the principle colours
 * @KIN_GAIN_CHART_CONTRIBUTORS: bars of distinct contributors per week or
 *   month, with the total in the subtitle
 *
 * The progress charts.
 */
typedef enum {
  KIN_GAIN_CHART_PER_PERIOD,
  KIN_GAIN_CHART_CUMULATIVE,
  KIN_GAIN_CHART_BY_TEAM,
  KIN_GAIN_CHART_BY_PRINCIPLE,
  KIN_GAIN_CHART_CONTRIBUTORS,
} KinGainChartKind;

#define KIN_GAIN_CHART_N_KINDS 5

/**
 * KinChartColor:
 *
 * A colour with components from 0 to 1 (the same fields as a GdkRGBA, as
 * doubles, since the render layer does not use GDK).
 */
typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} KinChartColor;

/**
 * KinChartStyle:
 * @foreground: text, axes and labels
 * @background: filled behind the chart unless @transparent is set
 * @accent: bars and the cumulative line (principle bars use the principle
 *   colours instead)
 * @font_family: (nullable): Pango family for every text, %NULL for "Sans"
 * @font_size: base size of labels, in the units of the target (pixels on
 *   screen, points in PDF); the title is larger
 * @transparent: do not paint @background (for drawing onto a widget)
 *
 * Colours and font of a chart, so that the same drawing serves light and
 * dark styles on screen and every export.
 */
typedef struct {
  KinChartColor  foreground;
  KinChartColor  background;
  KinChartColor  accent;
  const char    *font_family;
  double         font_size;
  gboolean       transparent;
} KinChartStyle;

void         kin_chart_style_init_light   (KinChartStyle      *style);
void         kin_chart_style_init_dark    (KinChartStyle      *style);

const char  *kin_gain_chart_kind_get_title (KinGainChartKind  kind);

void         kin_gain_chart_render        (const KinGainStats *stats,
                                           KinGainChartKind    kind,
                                           cairo_t            *cr,
                                           double              width,
                                           double              height,
                                           const KinChartStyle *style);

gboolean     kin_gain_chart_export        (const KinGainStats *stats,
                                           KinGainChartKind    kind,
                                           GFile              *out,
                                           double              width,
                                           double              height,
                                           const KinChartStyle *style,
                                           GError            **error);

G_END_DECLS
