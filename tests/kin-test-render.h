/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>
#include <glib.h>

/*
 * Helpers for rendering tests, header-only so that any test program can use
 * them: golden-image comparison, pdfinfo and pdftotext.
 *
 * Golden images: The image under test is always saved next to the test
 * binary (NAME.actual.png) so a failure can be looked at; with
 * KIN_UPDATE_GOLDEN=1 in the environment the golden file itself is rewritten
 * after a deliberate change in the design, to be looked at before committing.
 *
 * Fonts differ slightly between FreeType versions, so the comparison allows a
 * small difference per channel, and a few pixels (anti-aliased glyph edges)
 * to differ by more.
 */

#define KIN_GOLDEN_TOLERANCE 48          /* per channel, out of 255 */
#define KIN_GOLDEN_MAX_DIFFERENT 0.005   /* share of pixels beyond the tolerance */

static inline guint32
kin_test_golden_pixel (cairo_surface_t *surface,
                       int              x,
                       int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + (gsize) y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (gconstpointer) row)[x];
}

static inline void
kin_test_assert_golden (cairo_surface_t *actual,
                        const char      *name)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *golden_path = g_build_filename (srcdir != NULL ? srcdir : ".", "golden", name, NULL);
  g_autofree char *actual_name = g_strconcat (name, ".actual.png", NULL);
  g_autofree char *actual_path = g_build_filename (builddir != NULL ? builddir : ".", actual_name, NULL);
  cairo_surface_t *golden;
  int width, height;
  guint64 different = 0;

  cairo_surface_flush (actual);
  g_assert_cmpint (cairo_surface_write_to_png (actual, actual_path), ==, CAIRO_STATUS_SUCCESS);

  if (g_strcmp0 (g_getenv ("KIN_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, golden_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("Rewrote %s", golden_path);
    }

  golden = cairo_image_surface_create_from_png (golden_path);
  if (cairo_surface_status (golden) != CAIRO_STATUS_SUCCESS)
    g_error ("Cannot read the golden image %s (set KIN_UPDATE_GOLDEN=1 to create it)", golden_path);

  width = cairo_image_surface_get_width (actual);
  height = cairo_image_surface_get_height (actual);
  g_assert_cmpint (cairo_image_surface_get_width (golden), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (golden), ==, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = kin_test_golden_pixel (actual, x, y);
        guint32 b = kin_test_golden_pixel (golden, x, y);

        for (int shift = 0; shift < 24; shift += 8)
          if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > KIN_GOLDEN_TOLERANCE)
            {
              different++;
              break;
            }
      }

  cairo_surface_destroy (golden);
  g_test_message ("%s: %" G_GUINT64_FORMAT " of %d pixels differ", name, different, width * height);
  g_assert_cmpfloat ((double) different / (width * height), <=, KIN_GOLDEN_MAX_DIFFERENT);
}

/* Runs pdfinfo on @path and returns its page count and first page size. */
static inline void
kin_test_pdf_info (const char *path,
                   guint      *pages,
                   double     *width_pt,
                   double     *height_pt)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdfinfo %s", quoted);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  *pages = 0;
  *width_pt = *height_pt = 0;
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        *pages = (guint) g_ascii_strtoull (lines[i] + 6, NULL, 10);
      else if (g_str_has_prefix (lines[i], "Page size:"))
        g_assert_cmpint (sscanf (lines[i] + 10, "%lf x %lf", width_pt, height_pt), ==, 2);
    }
}

/* Runs pdftotext on @path and returns its text with every run of white space
 * (line breaks included) collapsed to one space, so that a test can look for
 * a phrase wherever the installed fonts happen to wrap it. */
static inline char *
kin_test_pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  spaces = g_regex_new ("\\s+", 0, 0, NULL);
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}
