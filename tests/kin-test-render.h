/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>

/*
 * Helpers for rendering tests, header-only so that any test program can use
 * them: golden-image comparison, pdfinfo and pdftotext, and the chunks of a
 * PNG file.
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
/* ... and of any square this many pixels across: a change in one place. */
#define KIN_GOLDEN_TILE 24
#define KIN_GOLDEN_TILE_MAX_DIFFERENT 0.1

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
  int width, height, tiles_across;
  guint64 different = 0;
  guint *tiles;

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

  tiles_across = (width + KIN_GOLDEN_TILE - 1) / KIN_GOLDEN_TILE;
  tiles = g_new0 (guint, (gsize) tiles_across * ((height + KIN_GOLDEN_TILE - 1) / KIN_GOLDEN_TILE));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = kin_test_golden_pixel (actual, x, y);
        guint32 b = kin_test_golden_pixel (golden, x, y);

        for (int shift = 0; shift < 24; shift += 8)
          if (abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > KIN_GOLDEN_TOLERANCE)
            {
              different++;
              tiles[(y / KIN_GOLDEN_TILE) * tiles_across + x / KIN_GOLDEN_TILE]++;
              break;
            }
      }

  cairo_surface_destroy (golden);
  g_test_message ("%s: %" G_GUINT64_FORMAT " of %d pixels differ", name, different, width * height);
  g_assert_cmpfloat ((double) different / (width * height), <=, KIN_GOLDEN_MAX_DIFFERENT);

  /* A few differences spread thin are rendering noise; many in one place
   * are something drawn differently, however small against the whole. */
  for (int ty = 0; ty * KIN_GOLDEN_TILE < height; ty++)
    for (int tx = 0; tx < tiles_across; tx++)
      if (tiles[ty * tiles_across + tx] > KIN_GOLDEN_TILE * KIN_GOLDEN_TILE * KIN_GOLDEN_TILE_MAX_DIFFERENT)
        g_error ("%s: %u pixels differ in the %d-pixel square at %d,%d (see %s)", name,
                 tiles[ty * tiles_across + tx], KIN_GOLDEN_TILE,
                 tx * KIN_GOLDEN_TILE, ty * KIN_GOLDEN_TILE, actual_path);
  g_free (tiles);
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

/* PNG files: the exports write a resolution into them that cairo does not,
 * so the tests read the chunks themselves. */

static inline guint32
kin_test_png_uint32 (const guint8 *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* PNG's CRC-32, from a table: worked out apart from the exporter's own,
 * and checked against the CRCs libpng writes. */
static inline guint32
kin_test_png_crc (const guint8 *data,
                  gsize         length)
{
  static guint32 table[256];
  guint32 crc = 0xffffffff;

  if (table[1] == 0)
    for (guint32 n = 0; n < 256; n++)
      {
        guint32 c = n;

        for (int k = 0; k < 8; k++)
          c = (c & 1) != 0 ? 0xedb88320 ^ (c >> 1) : c >> 1;
        table[n] = c;
      }

  for (gsize i = 0; i < length; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);

  return crc ^ 0xffffffff;
}

typedef struct
{
  char          type[5];
  const guint8 *data;
  guint32       length;
} KinTestPngChunk;

/* Splits @bytes into its chunks, checking the signature, that every chunk
 * lies within the file, and every chunk's CRC. */
static inline GArray *
kin_test_png_chunks (const guint8 *bytes,
                     gsize         length)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (KinTestPngChunk));
  gsize at = sizeof signature;

  g_assert_cmpuint (length, >=, sizeof signature);
  g_assert_cmpmem (bytes, sizeof signature, signature, sizeof signature);

  while (at < length)
    {
      KinTestPngChunk chunk = { { 0 }, NULL, 0 };

      g_assert_cmpuint (length - at, >=, 12);
      chunk.length = kin_test_png_uint32 (bytes + at);
      g_assert_cmpuint (length - at - 12, >=, chunk.length);
      memcpy (chunk.type, bytes + at + 4, 4);
      chunk.data = bytes + at + 8;
      g_assert_cmphex (kin_test_png_uint32 (chunk.data + chunk.length), ==,
                       kin_test_png_crc (bytes + at + 4, 4 + chunk.length));
      g_array_append_val (chunks, chunk);
      at += 12 + chunk.length;
    }

  return chunks;
}

/* Checks that the PNG file at @path says it has @pixels_per_metre both
 * ways, in a pHYs chunk right after IHDR, and that cairo still reads it as
 * an image of @width x @height. */
static inline void
kin_test_assert_png_resolution (const char *path,
                                guint32     pixels_per_metre,
                                int         width,
                                int         height)
{
  g_autofree char *contents = NULL;
  g_autoptr(GArray) chunks = NULL;
  g_autoptr(GError) error = NULL;
  const KinTestPngChunk *phys;
  cairo_surface_t *image;
  gsize length;
  guint n_phys = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  chunks = kin_test_png_chunks ((const guint8 *) contents, length);

  g_assert_cmpuint (chunks->len, >=, 4);
  g_assert_cmpstr (g_array_index (chunks, KinTestPngChunk, 0).type, ==, "IHDR");
  g_assert_cmpstr (g_array_index (chunks, KinTestPngChunk, chunks->len - 1).type, ==, "IEND");
  for (guint i = 0; i < chunks->len; i++)
    n_phys += strcmp (g_array_index (chunks, KinTestPngChunk, i).type, "pHYs") == 0;
  g_assert_cmpuint (n_phys, ==, 1);

  phys = &g_array_index (chunks, KinTestPngChunk, 1);
  g_assert_cmpstr (phys->type, ==, "pHYs");
  g_assert_cmpuint (phys->length, ==, 9);
  g_assert_cmpuint (kin_test_png_uint32 (phys->data), ==, pixels_per_metre);
  g_assert_cmpuint (kin_test_png_uint32 (phys->data + 4), ==, pixels_per_metre);
  g_assert_cmpuint (phys->data[8], ==, 1);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  cairo_surface_destroy (image);
}
