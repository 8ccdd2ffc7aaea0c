/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "kin-file-writer-private.h"
#include "kin-gain-chart.h"

/*
 * Writing a progress chart to a PNG, SVG or PDF file, drawn by
 * kin_gain_chart_render() like the chart on screen.
 */

/* A chart is drawn in the same units for every format: points in SVG and
 * PDF, pixels in PNG. So a PNG is the chart at 72 dots per inch, and says
 * so, to come out the same size as the SVG or PDF in a document. */
#define PNG_DPI 72.0

typedef enum {
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
  FORMAT_UNKNOWN,
} Format;

static Format
format_for_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;

  return FORMAT_UNKNOWN;
}

/**
 * kin_gain_chart_export:
 * @stats: figures from kin_gain_stats_compute()
 * @kind: which chart to export
 * @out: the file to write; its extension (.png, .svg or .pdf) picks the format
 * @width: the width: pixels for PNG, points (1/72 inch) for SVG and PDF
 * @height: the height, in the same unit
 * @style: (nullable): colours and font; %NULL for the light style, which
 *   suits paper and documents
 * @error: return location for a #GError
 *
 * Writes one chart to a file, drawn by kin_gain_chart_render(). A PNG
 * gives its resolution as 72 dpi, one pixel a point, so that it is as big
 * as an SVG or PDF of the same size. The file is replaced atomically, so
 * a failed export never leaves half a file.
 *
 * Returns: %TRUE on success
 */
gboolean
kin_gain_chart_export (const KinGainStats  *stats,
                       KinGainChartKind     kind,
                       GFile               *out,
                       double               width,
                       double               height,
                       const KinChartStyle *style,
                       GError             **error)
{
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  KinFileWriter writer;
  Format format;
  cairo_t *cr;

  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = format_for_file (out);
  if (format == FORMAT_UNKNOWN)
    {
      g_autofree char *name = g_file_get_basename (out);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot export a chart as “%s”: use a name ending in .png, .svg or .pdf"),
                   name);
      return FALSE;
    }

  if (width < 50 || height < 50 || width > 20000 || height > 20000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot export a chart of %.0f × %.0f: each side must be between 50 and 20000"),
                   width, height);
      return FALSE;
    }

  if (!_kin_file_writer_open (&writer, out, NULL, error))
    return FALSE;

  if (format == FORMAT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
  else if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (_kin_file_writer_write_cb, &writer, width, height);
  else
    surface = cairo_pdf_surface_create_for_stream (_kin_file_writer_write_cb, &writer, width, height);

  cr = cairo_create (surface);
  kin_gain_chart_render (stats, kind, cr, width, height, style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  status = _kin_file_writer_take_surface (&writer, surface, PNG_DPI, status);

  if (status != CAIRO_STATUS_SUCCESS && writer.error == NULL)
    {
      g_autofree char *name = g_file_get_basename (out);

      _kin_file_writer_discard (&writer);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the chart into “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return _kin_file_writer_close (&writer, error);
}
