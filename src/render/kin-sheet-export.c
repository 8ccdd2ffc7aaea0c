/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-sheet"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kin-file-writer-private.h"
#include "kin-print-job-private.h"

/*
 * Writing a print job to files. PDF holds every page in one file; PNG and
 * SVG hold one page per file, so a job of several pages writes NAME-1.png,
 * NAME-2.png, ... next to the name given (a one-page job writes exactly the
 * name given). Every file is written through a KinFileWriter, so a failed
 * or cancelled export never leaves a half-written file in place.
 */

typedef enum
{
  FORMAT_PDF,
  FORMAT_PNG,
  FORMAT_SVG,
} Format;

typedef void (*DrawPageFunc) (KinPrintJob *job,
                              cairo_t     *cr,
                              guint        page_index);

/* Finishes the file, unless the drawing failed. */
static gboolean
close_writer (KinFileWriter   *writer,
              cairo_status_t   status,
              GFile           *file,
              GError         **error)
{
  if (status != CAIRO_STATUS_SUCCESS && writer->error == NULL &&
      !g_cancellable_is_cancelled (writer->cancellable))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      _kin_file_writer_discard (writer);
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_FAILED,
                   _("Could not draw “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }

  return _kin_file_writer_close (writer, error);
}

static gboolean
format_for (GFile   *file,
            Format  *format,
            GError **error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (basename != NULL ? basename : "", -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNSUPPORTED_FORMAT,
                   _("Cannot export cards to “%s”: the name must end in .pdf, .png or .svg"),
                   basename != NULL ? basename : "");
      return FALSE;
    }

  return TRUE;
}

/* "cards.png" with page 2 of 3 becomes "cards-2.png". */
static GFile *
page_file (GFile *file,
           guint  page_index,
           guint  n_pages)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  char *dot;

  if (n_pages <= 1)
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  basename = g_file_get_basename (file);
  dot = strrchr (basename, '.');
  *dot = '\0';
  name = g_strdup_printf ("%s-%u.%s", basename, page_index + 1, dot + 1);
  return parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

static void
report (KinProgressFunc progress,
        gpointer        user_data,
        double          fraction)
{
  if (progress != NULL)
    progress (fraction, user_data);
}

static gboolean
export_pdf (KinPrintJob     *self,
            GFile           *file,
            guint            n_pages,
            DrawPageFunc     draw_page,
            KinProgressFunc  progress,
            gpointer         user_data,
            GCancellable    *cancellable,
            GError         **error)
{
  KinFileWriter writer;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (!_kin_file_writer_open (&writer, file, cancellable, error))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (_kin_file_writer_write_cb, &writer,
                                                 self->sheet->paper_width_mm * PT_PER_MM,
                                                 self->sheet->paper_height_mm * PT_PER_MM);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Pocket cards"));
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages && !g_cancellable_is_cancelled (cancellable) && writer.error == NULL; i++)
    {
      draw_page (self, cr, i);
      cairo_show_page (cr);
      report (progress, user_data, (i + 1.0) / n_pages);
    }

  cairo_destroy (cr);
  status = _kin_file_writer_take_surface (&writer, surface, 0, CAIRO_STATUS_SUCCESS);

  return close_writer (&writer, status, file, error);
}

static cairo_surface_t *
create_page_surface (KinPrintJob   *self,
                     Format         format,
                     double         dpi,
                     KinFileWriter *writer)
{
  double width_pt = self->sheet->paper_width_mm * PT_PER_MM;
  double height_pt = self->sheet->paper_height_mm * PT_PER_MM;

  if (format == FORMAT_SVG)
    return cairo_svg_surface_create_for_stream (_kin_file_writer_write_cb, writer, width_pt, height_pt);

  return cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                     (int) (width_pt / 72.0 * dpi + 0.5),
                                     (int) (height_pt / 72.0 * dpi + 0.5));
}

static gboolean
export_page_files (KinPrintJob     *self,
                   GFile           *file,
                   Format           format,
                   double           dpi,
                   guint            n_pages,
                   DrawPageFunc     draw_page,
                   KinProgressFunc  progress,
                   gpointer         user_data,
                   GCancellable    *cancellable,
                   GError         **error)
{
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GFile) out = page_file (file, i, n_pages);
      cairo_surface_t *surface;
      cairo_status_t status;
      KinFileWriter writer;
      cairo_t *cr;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !_kin_file_writer_open (&writer, out, cancellable, error))
        return FALSE;

      surface = create_page_surface (self, format, dpi, &writer);
      cr = cairo_create (surface);

      if (format == FORMAT_PNG)
        {
          /* Bitmaps have no paper underneath: paint it white. */
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_scale (cr, dpi / 72.0, dpi / 72.0);
        }

      draw_page (self, cr, i);
      cairo_destroy (cr);
      /* The resolution goes into the PNG, so that the cards print at
       * their size. */
      status = _kin_file_writer_take_surface (&writer, surface, dpi, CAIRO_STATUS_SUCCESS);

      if (!close_writer (&writer, status, out, error))
        return FALSE;

      report (progress, user_data, (i + 1.0) / n_pages);
    }

  return TRUE;
}

static gboolean
export_pages (KinPrintJob     *self,
              GFile           *file,
              double           dpi,
              guint            n_pages,
              DrawPageFunc     draw_page,
              KinProgressFunc  progress,
              gpointer         user_data,
              GCancellable    *cancellable,
              GError         **error)
{
  Format format;
  gboolean ok;

  if (!format_for (file, &format, error))
    return FALSE;

  if (format == FORMAT_PNG && (dpi < 30 || dpi > 1200))
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("Choose a resolution from 30 to 1200 dots per inch"));
      return FALSE;
    }

  report (progress, user_data, 0.0);
  if (format == FORMAT_PDF)
    ok = export_pdf (self, file, n_pages, draw_page, progress, user_data, cancellable, error);
  else
    ok = export_page_files (self, file, format, dpi, n_pages, draw_page, progress, user_data, cancellable, error);

  return ok;
}

/**
 * kin_print_job_export:
 * @self: a print job
 * @file: where to write; the extension picks the format: .pdf, .png, .svg
 * @dpi: resolution of PNG files (30 to 1200); ignored for PDF and SVG
 * @progress: (nullable) (scope call): called after each page, in this thread
 * @user_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes every page of the job. PDF keeps text as text and artwork at its
 * own resolution, each image once however often it is used, and JPEG
 * artwork as the original JPEG data. PNG and SVG write one file per page:
 * with more than one page, "cards.png" becomes "cards-1.png", "cards-2.png"
 * and so on. May be called from a worker thread.
 *
 * Returns: whether every file was written
 */
gboolean
kin_print_job_export (KinPrintJob      *self,
                      GFile            *file,
                      double            dpi,
                      KinProgressFunc   progress,
                      gpointer          user_data,
                      GCancellable     *cancellable,
                      GError          **error)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_pages (self, file, dpi, kin_print_job_get_n_pages (self), kin_print_job_render_page,
                       progress, user_data, cancellable, error);
}

/**
 * kin_print_job_export_calibration:
 * @self: a print job, for its paper size and back offset
 * @file: where to write (.pdf, .png or .svg)
 * @dpi: resolution of PNG files
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes the two duplex calibration pages, like kin_print_job_export().
 *
 * Returns: whether every file was written
 */
gboolean
kin_print_job_export_calibration (KinPrintJob   *self,
                                  GFile         *file,
                                  double         dpi,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return export_pages (self, file, dpi, kin_print_job_get_n_calibration_pages (self),
                       kin_print_job_render_calibration_page, NULL, NULL, cancellable, error);
}
