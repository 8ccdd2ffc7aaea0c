/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "kin-gain-chart.h"

/*
 * The progress charts of the marginal-gains log. The page draws them on
 * screen and the exports draw them into PNG, SVG and PDF surfaces with this
 * same code (kin-gain-chart-export.c), so what people see is what they
 * send round.
 *
 * Drawing only walks the aggregates of a KinGainStats (a few hundred
 * periods or groups at most in practice), never the gains themselves, so a
 * redraw costs the same for ten gains as for a hundred thousand.
 */

typedef struct
{
  cairo_t             *cr;
  const KinChartStyle *style;
  PangoLayout         *layout;
  double               width;
  double               height;
  double               pad;
  /* The area left for the plot once the title and subtitle are drawn. */
  double               top;
  /* Whether text wider than its room wraps (the subtitle) rather than
   * being ellipsized (labels). */
  gboolean             wrap;
} Chart;

/* Used by the time axis: either a single value per period, or the running
 * total for the cumulative line. */
typedef guint (*BucketValue) (const KinGainStatsBucket *bucket);

/**
 * kin_chart_style_init_light:
 * @style: (out caller-allocates): the style to fill
 *
 * Fills @style with dark text on white, the GNOME blue accent and 13 unit
 * labels in "Sans".
 */
void
kin_chart_style_init_light (KinChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (KinChartStyle) {
    .foreground = { 0.14, 0.14, 0.16, 1.0 },
    .background = { 1.0, 1.0, 1.0, 1.0 },
    /* The GNOME blue, which reads well on both white and dark grey. */
    .accent = { 0.21, 0.52, 0.89, 1.0 },
    .font_family = NULL,
    .font_size = 13.0,
    .transparent = FALSE,
  };
}

/**
 * kin_chart_style_init_dark:
 * @style: (out caller-allocates): the style to fill
 *
 * Fills @style with light text on dark grey, matching the dark style of
 * the application.
 */
void
kin_chart_style_init_dark (KinChartStyle *style)
{
  g_return_if_fail (style != NULL);

  *style = (KinChartStyle) {
    .foreground = { 0.96, 0.96, 0.96, 1.0 },
    .background = { 0.14, 0.14, 0.14, 1.0 },
    .accent = { 0.47, 0.68, 0.93, 1.0 },
    .font_family = NULL,
    .font_size = 13.0,
    .transparent = FALSE,
  };
}

/**
 * kin_gain_chart_kind_get_title:
 * @kind: a chart kind
 *
 * Returns: the translated name of the chart, for menus and file names
 */
const char *
kin_gain_chart_kind_get_title (KinGainChartKind kind)
{
  switch (kind)
    {
    case KIN_GAIN_CHART_PER_PERIOD:
      return _("Wins per period");
    case KIN_GAIN_CHART_CUMULATIVE:
      return _("Cumulative wins");
    case KIN_GAIN_CHART_BY_TEAM:
      return _("Wins by team");
    case KIN_GAIN_CHART_BY_PRINCIPLE:
      return _("Wins by principle");
    case KIN_GAIN_CHART_CONTRIBUTORS:
      return _("Contributors");
    default:
      g_return_val_if_reached ("");
    }
}

static void
set_color (cairo_t             *cr,
           const KinChartColor *color,
           double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static gboolean
parse_hex_color (const char    *text,
                 KinChartColor *color)
{
  guint value = 0;

  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (text[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (guint) digit;
    }

  color->red = ((value >> 16) & 0xff) / 255.0;
  color->green = ((value >> 8) & 0xff) / 255.0;
  color->blue = (value & 0xff) / 255.0;
  color->alpha = 1.0;

  return TRUE;
}

static void
set_font (Chart    *chart,
          double    scale,
          gboolean  bold)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_new ();

  pango_font_description_set_family (desc, chart->style->font_family != NULL
                                           ? chart->style->font_family : "Sans");
  pango_font_description_set_absolute_size (desc, chart->style->font_size * scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (chart->layout, desc);
}

/* Sets the text of the layout (plain text, never markup: team names are
 * typed by users) and returns its size in user units. */
static void
set_text (Chart      *chart,
          const char *text,
          double      max_width,
          double     *width,
          double     *height)
{
  int w, h;

  pango_layout_set_text (chart->layout, text, -1);
  pango_layout_set_width (chart->layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (chart->layout, max_width > 0 && !chart->wrap
                                             ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_wrap (chart->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (chart->layout, &w, &h);

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* Draws @text with its top-left corner at (@x, @y), or its top-right
 * corner when @align_right is set. */
static void
draw_text (Chart      *chart,
           const char *text,
           double      x,
           double      y,
           double      max_width,
           gboolean    align_right,
           double      alpha)
{
  double w;

  set_text (chart, text, max_width, &w, NULL);
  set_color (chart->cr, &chart->style->foreground, alpha);
  cairo_move_to (chart->cr, align_right ? x - w : x, y);
  pango_cairo_show_layout (chart->cr, chart->layout);
}

static char *
format_day (const GDate *date)
{
  char buffer[64];

  if (g_date_strftime (buffer, sizeof buffer, "%-d %b %Y", date) == 0)
    return g_strdup ("");

  return g_strdup (buffer);
}

static char *
make_subtitle (const KinGainStats *stats,
               KinGainChartKind    kind)
{
  g_autofree char *from = format_day (&stats->from);
  g_autofree char *to = format_day (&stats->to);
  g_autofree char *wins = NULL;

  if (kind == KIN_GAIN_CHART_CONTRIBUTORS)
    return g_strdup_printf (ngettext ("%u distinct contributor, %s to %s",
                                      "%u distinct contributors, %s to %s",
                                      stats->n_contributors),
                            stats->n_contributors, from, to);

  wins = g_strdup_printf (ngettext ("%u win, %s to %s", "%u wins, %s to %s", stats->n_wins),
                          stats->n_wins, from, to);

  if (kind == KIN_GAIN_CHART_BY_PRINCIPLE)
    /* Translators: %s is a sentence like "12 wins, 1 Jan 2026 to 3 Mar 2026". */
    return g_strdup_printf (_("%s; dropped ideas are not counted; a gain serving two "
                              "principles counts for both"), wins);

  /* Translators: %s is a sentence like "12 wins, 1 Jan 2026 to 3 Mar 2026". */
  return g_strdup_printf (_("%s; dropped ideas are not counted"), wins);
}

static const char *
chart_title (const KinGainStats *stats,
             KinGainChartKind    kind)
{
  gboolean weeks = stats->period == KIN_GAIN_PERIOD_WEEK;

  switch (kind)
    {
    case KIN_GAIN_CHART_PER_PERIOD:
      return weeks ? _("Wins per week") : _("Wins per month");
    case KIN_GAIN_CHART_CONTRIBUTORS:
      return weeks ? _("Contributors per week") : _("Contributors per month");
    case KIN_GAIN_CHART_CUMULATIVE:
    case KIN_GAIN_CHART_BY_TEAM:
    case KIN_GAIN_CHART_BY_PRINCIPLE:
    default:
      return kin_gain_chart_kind_get_title (kind);
    }
}

static void
draw_header (Chart              *chart,
             const KinGainStats *stats,
             KinGainChartKind    kind)
{
  double h;
  double inner = chart->width - 2 * chart->pad;

  set_font (chart, 1.35, TRUE);
  set_text (chart, chart_title (stats, kind), inner, NULL, &h);
  draw_text (chart, chart_title (stats, kind), chart->pad, chart->pad, inner, FALSE, 1.0);
  chart->top = chart->pad + h;

  if (stats->n_wins > 0)
    {
      g_autofree char *subtitle = make_subtitle (stats, kind);

      set_font (chart, 0.9, FALSE);
      chart->wrap = TRUE;
      set_text (chart, subtitle, inner, NULL, &h);
      draw_text (chart, subtitle, chart->pad, chart->top + 2, inner, FALSE, 0.7);
      chart->wrap = FALSE;
      chart->top += 2 + h;
    }

  chart->top += chart->pad;
}

static void
draw_empty (Chart *chart)
{
  const char *text = _("No gains in this period");
  double w, h;

  set_font (chart, 1.1, FALSE);
  set_text (chart, text, chart->width - 2 * chart->pad, &w, &h);
  draw_text (chart, text,
             (chart->width - w) / 2,
             MAX (chart->top, (chart->top + chart->height - h) / 2),
             chart->width - 2 * chart->pad, FALSE, 0.6);
}

/* Picks a round step (1, 2 or 5 times a power of ten, never below 1 since
 * counts are whole) so that about @n_ticks steps cover @max. */
static double
nice_step (double max,
           guint  n_ticks)
{
  double raw = max / MAX (n_ticks, 1);
  double magnitude, fraction;

  if (raw <= 1)
    return 1;

  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;

  return 10 * magnitude;
}

static guint
bucket_wins (const KinGainStatsBucket *bucket)
{
  return bucket->wins;
}

static guint
bucket_cumulative (const KinGainStatsBucket *bucket)
{
  return bucket->cumulative;
}

static guint
bucket_contributors (const KinGainStatsBucket *bucket)
{
  return bucket->contributors;
}

static char *
bucket_axis_label (const KinGainStats *stats,
                   guint               index)
{
  const KinGainStatsBucket *bucket = &g_array_index (stats->buckets, KinGainStatsBucket, index);
  char buffer[64];
  const char *format;

  /* Weeks are named by their Monday, which people read more easily than a
   * week number; the year is only written where it changes. */
  if (stats->period == KIN_GAIN_PERIOD_WEEK)
    format = (index == 0 || (g_date_get_month (&bucket->start) == G_DATE_JANUARY &&
                             g_date_get_day (&bucket->start) <= 7))
             ? "%-d %b %Y" : "%-d %b";
  else
    format = (index == 0 || g_date_get_month (&bucket->start) == G_DATE_JANUARY)
             ? "%b %Y" : "%b";

  if (g_date_strftime (buffer, sizeof buffer, format, &bucket->start) == 0)
    return kin_gain_stats_bucket_label (stats, index);

  return g_strdup (buffer);
}

static void
draw_time_chart (Chart              *chart,
                 const KinGainStats *stats,
                 KinGainChartKind    kind)
{
  cairo_t *cr = chart->cr;
  BucketValue value;
  guint n = stats->buckets->len;
  guint max = 0, n_ticks, label_every;
  double step, axis_max, label_w = 0, label_h, tick_w = 0, x0, y0, plot_w, plot_h, slot;
  g_autofree char *max_label = NULL;

  if (kind == KIN_GAIN_CHART_CUMULATIVE)
    value = bucket_cumulative;
  else if (kind == KIN_GAIN_CHART_CONTRIBUTORS)
    value = bucket_contributors;
  else
    value = bucket_wins;

  for (guint i = 0; i < n; i++)
    max = MAX (max, value (&g_array_index (stats->buckets, KinGainStatsBucket, i)));

  set_font (chart, 0.85, FALSE);
  set_text (chart, "0", -1, NULL, &label_h);

  /* Bars may carry their value above them: keep room for it under the
   * subtitle. */
  if (kind != KIN_GAIN_CHART_CUMULATIVE)
    chart->top += label_h;

  /* Room for one tick label for every three lines of text, at least two. */
  plot_h = chart->height - chart->top - chart->pad - label_h * 1.6;
  n_ticks = CLAMP ((guint) (plot_h / (label_h * 3)), 2, 10);
  step = nice_step (MAX (max, 1), n_ticks);
  axis_max = step * ceil (MAX (max, 1) / step);

  max_label = g_strdup_printf ("%.0f", axis_max);
  set_text (chart, max_label, -1, &tick_w, NULL);

  x0 = chart->pad + tick_w + label_h * 0.6;
  y0 = chart->height - chart->pad - label_h * 1.6;
  plot_w = chart->width - chart->pad - x0;
  plot_h = y0 - chart->top;
  if (plot_w < 10 || plot_h < 10)
    return;
  slot = plot_w / n;

  /* Grid lines and their values. */
  cairo_set_line_width (cr, 1);
  for (double tick = 0; tick <= axis_max + 0.5; tick += step)
    {
      g_autofree char *text = g_strdup_printf ("%.0f", tick);
      double y = round (y0 - plot_h * tick / axis_max) + 0.5;

      set_color (cr, &chart->style->foreground, tick == 0 ? 0.5 : 0.12);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0 + plot_w, y);
      cairo_stroke (cr);
      draw_text (chart, text, x0 - label_h * 0.4, y - label_h / 2, -1, TRUE, 0.7);
    }

  /* Bars or the line, in one path each, whatever the number of periods. */
  if (kind == KIN_GAIN_CHART_CUMULATIVE)
    {
      for (guint i = 0; i < n; i++)
        {
          double x = x0 + slot * (i + 0.5);
          double y = y0 - plot_h * value (&g_array_index (stats->buckets, KinGainStatsBucket, i)) / axis_max;

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      set_color (cr, &chart->style->accent, 1.0);
      cairo_set_line_width (cr, MAX (2, chart->style->font_size / 6));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve (cr);
      cairo_line_to (cr, x0 + slot * (n - 0.5), y0);
      cairo_line_to (cr, x0 + slot * 0.5, y0);
      cairo_close_path (cr);
      set_color (cr, &chart->style->accent, 0.18);
      cairo_fill (cr);
    }
  else
    {
      double bar_w = MAX (1, slot * 0.72);

      for (guint i = 0; i < n; i++)
        {
          guint v = value (&g_array_index (stats->buckets, KinGainStatsBucket, i));
          double h = plot_h * v / axis_max;

          if (v > 0)
            cairo_rectangle (cr, x0 + slot * i + (slot - bar_w) / 2, y0 - h, bar_w, h);
        }
      set_color (cr, &chart->style->accent, 1.0);
      cairo_fill (cr);

      /* Values above the bars when there is room to read them. */
      set_font (chart, 0.75, FALSE);
      set_text (chart, max_label, -1, &label_w, NULL);
      if (label_w < slot * 0.95)
        for (guint i = 0; i < n; i++)
          {
            guint v = value (&g_array_index (stats->buckets, KinGainStatsBucket, i));
            g_autofree char *text = NULL;
            double w, h;

            if (v == 0)
              continue;
            text = g_strdup_printf ("%u", v);
            set_text (chart, text, -1, &w, &h);
            draw_text (chart, text, x0 + slot * (i + 0.5) - w / 2,
                       y0 - plot_h * v / axis_max - h, -1, FALSE, 0.8);
          }
      set_font (chart, 0.85, FALSE);
    }

  /* Period names under the axis, as many as fit without overlapping. */
  label_w = 0;
  for (guint i = 0; i < MIN (n, 3); i++)
    {
      g_autofree char *text = bucket_axis_label (stats, i);
      double w;

      set_text (chart, text, -1, &w, NULL);
      label_w = MAX (label_w, w);
    }
  label_every = (guint) ceil ((label_w + label_h) / slot);
  label_every = MAX (label_every, 1);

  for (guint i = 0; i < n; i += label_every)
    {
      g_autofree char *text = bucket_axis_label (stats, i);
      double w, x;

      set_text (chart, text, -1, &w, NULL);
      x = CLAMP (x0 + slot * (i + 0.5) - w / 2, chart->pad, chart->width - chart->pad - w);
      draw_text (chart, text, x, y0 + label_h * 0.3, -1, FALSE, 0.7);
    }
}

static void
draw_group_chart (Chart              *chart,
                  const KinGainStats *stats,
                  KinGainChartKind    kind)
{
  cairo_t *cr = chart->cr;
  GPtrArray *groups = kind == KIN_GAIN_CHART_BY_TEAM ? stats->teams : stats->principles;
  guint max = 1, n_rows, n_shown, n_hidden = 0;
  double label_h, row_h, label_w = 0, value_w, x0, plot_w, y;
  g_autofree char *max_text = NULL;

  for (guint i = 0; i < groups->len; i++)
    max = MAX (max, ((KinGainStatsGroup *) g_ptr_array_index (groups, i))->wins);

  set_font (chart, 0.9, FALSE);
  set_text (chart, "0", -1, NULL, &label_h);
  /* Rows grow to fill the height when there are few groups, up to a
   * size where bars still look like bars. */
  row_h = label_h * 1.7;
  if (groups->len > 0)
    row_h = CLAMP ((chart->height - chart->top - chart->pad) / groups->len, row_h, label_h * 3);

  n_rows = (guint) MAX (1, floor ((chart->height - chart->top - chart->pad) / row_h));
  n_shown = groups->len;
  if (n_shown > n_rows)
    {
      /* Keep a row to say how many more there are rather than cutting
       * groups off without a word. */
      n_shown = n_rows > 1 ? n_rows - 1 : 0;
      n_hidden = groups->len - n_shown;
    }

  for (guint i = 0; i < n_shown; i++)
    {
      KinGainStatsGroup *group = g_ptr_array_index (groups, i);
      double w;

      set_text (chart, group->label, -1, &w, NULL);
      label_w = MAX (label_w, w);
    }
  label_w = MIN (label_w, chart->width * 0.35);

  max_text = g_strdup_printf ("%u", max);
  set_text (chart, max_text, -1, &value_w, NULL);

  x0 = chart->pad + label_w + label_h * 0.6;
  plot_w = chart->width - chart->pad - x0 - value_w - label_h * 0.4;
  if (plot_w < 10)
    return;

  y = chart->top;
  for (guint i = 0; i < n_shown; i++)
    {
      KinGainStatsGroup *group = g_ptr_array_index (groups, i);
      g_autofree char *text = g_strdup_printf ("%u", group->wins);
      KinChartColor color = chart->style->accent;
      double bar_h = row_h * 0.7;
      double w = plot_w * group->wins / max;

      if (kind == KIN_GAIN_CHART_BY_PRINCIPLE)
        parse_hex_color (group->color, &color);

      draw_text (chart, group->label, x0 - label_h * 0.6, y + (row_h - label_h) / 2,
                 label_w, TRUE, 1.0);

      if (group->wins > 0)
        {
          cairo_rectangle (cr, x0, y + (row_h - bar_h) / 2, MAX (w, 1), bar_h);
          set_color (cr, &color, 1.0);
          cairo_fill (cr);
        }

      draw_text (chart, text, x0 + w + label_h * 0.4, y + (row_h - label_h) / 2, -1, FALSE, 0.8);
      y += row_h;
    }

  if (n_hidden > 0)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (kind == KIN_GAIN_CHART_BY_TEAM
                              ? ngettext ("and %u more team", "and %u more teams", n_hidden)
                              : ngettext ("and %u more principle", "and %u more principles", n_hidden),
                              n_hidden);
      draw_text (chart, more, x0, y + (row_h - label_h) / 2, -1, FALSE, 0.6);
    }

  /* The axis line the bars grow from. */
  cairo_set_line_width (cr, 1);
  set_color (cr, &chart->style->foreground, 0.5);
  cairo_move_to (cr, round (x0) + 0.5, chart->top);
  cairo_line_to (cr, round (x0) + 0.5, chart->top + row_h * MAX (n_shown, 1));
  cairo_stroke (cr);
}

/**
 * kin_gain_chart_render:
 * @stats: figures from kin_gain_stats_compute()
 * @kind: which chart to draw
 * @cr: where to draw, with the chart's top-left corner at the origin
 * @width: the width to fill, in user units of @cr
 * @height: the height to fill
 * @style: (nullable): colours and font; %NULL for the light style
 *
 * Draws one progress chart: a title, a subtitle with the totals and the
 * range, and the chart itself with labelled axes, or "No gains in this
 * period" when there is nothing to show. The state of @cr is preserved.
 */
void
kin_gain_chart_render (const KinGainStats  *stats,
                       KinGainChartKind     kind,
                       cairo_t             *cr,
                       double               width,
                       double               height,
                       const KinChartStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;
  cairo_font_options_t *options;
  KinChartStyle light;
  Chart chart;

  g_return_if_fail (stats != NULL);
  g_return_if_fail (cr != NULL);

  if (style == NULL)
    {
      kin_chart_style_init_light (&light);
      style = &light;
    }

  cairo_save (cr);

  if (!style->transparent)
    {
      set_color (cr, &style->background, 1.0);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  layout = pango_cairo_create_layout (cr);

  /* Unhinted metrics keep text the same size on screen, in PNG and in
   * PDF, so labels that fit in one fit in all. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  chart = (Chart) {
    .cr = cr,
    .style = style,
    .layout = layout,
    .width = width,
    .height = height,
    .pad = MAX (4, style->font_size),
  };

  draw_header (&chart, stats, kind);

  if (stats->n_wins == 0 || stats->buckets->len == 0)
    draw_empty (&chart);
  else if (kind == KIN_GAIN_CHART_BY_TEAM || kind == KIN_GAIN_CHART_BY_PRINCIPLE)
    draw_group_chart (&chart, stats, kind);
  else
    draw_time_chart (&chart, stats, kind);

  cairo_restore (cr);
}
