/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-color-dot"

#include "config.h"

#include "kin-color-dot.h"

#define COLOR_KEY "kin-color-dot-color"

static void
draw_dot (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        data)
{
  const char *color = g_object_get_data (G_OBJECT (area), COLOR_KEY);
  double size = MIN (width, height);
  GdkRGBA rgba;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    return;

  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, size / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

/**
 * kin_color_dot_new:
 * @size: the diameter in pixels
 *
 * Returns: (transfer floating): a dot with no colour, hidden until it has one
 */
GtkWidget *
kin_color_dot_new (int size)
{
  GtkWidget *dot = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), size);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), size);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot, NULL, NULL);
  gtk_widget_set_visible (dot, FALSE);

  return dot;
}

/**
 * kin_color_dot_set_color:
 * @dot: a dot from kin_color_dot_new()
 * @color: (nullable): a colour such as "#1c6e8c"; %NULL hides the dot
 */
void
kin_color_dot_set_color (GtkWidget  *dot,
                         const char *color)
{
  g_return_if_fail (GTK_IS_DRAWING_AREA (dot));

  g_object_set_data_full (G_OBJECT (dot), COLOR_KEY, g_strdup (color), g_free);
  gtk_widget_set_visible (dot, color != NULL);
  gtk_widget_queue_draw (dot);
}
