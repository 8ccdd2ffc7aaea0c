/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kin-test-render.h"
#include "kin-test-util.h"

/*
 * kindling --export=cards, run as a separate process the way a script would:
 * the PDF it writes (page count and size, checked with pdfinfo), PNG pages
 * at 300 dpi, and its exit status and messages for mistakes.
 */

static char *tmpdir;

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
test_command_line (void)
{
  g_autofree char *project = temp_path ("cli.kindling");
  g_autofree char *starter_arg = g_strconcat ("--starter=", project, NULL);
  g_autofree char *pdf = temp_path ("cli.pdf");
  g_autofree char *out_arg = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *png = temp_path ("cli.png");
  g_autofree char *png1 = temp_path ("cli-1.png");
  g_autofree char *png2 = temp_path ("cli-2.png");
  g_autofree char *png_arg = g_strconcat ("--output=", png, NULL);
  g_autofree char *docx_arg = NULL;
  char *err = NULL;
  guint pages;
  double width_pt, height_pt;

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { starter_arg, NULL }, NULL), ==, 0);

  /* The starter's own print settings: C32011 with duplex, so 7 principles
   * make a fronts page and a backs page. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, project, NULL }, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  kin_test_pdf_info (pdf, &pages, &width_pt, &height_pt);
  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpfloat_with_epsilon (width_pt, 595.276, 0.5);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--template=avery-5371",
                                                    "--cards=all", project, NULL }, NULL), ==, 0);
  kin_test_pdf_info (pdf, &pages, &width_pt, &height_pt);
  g_assert_cmpuint (pages, ==, 6);
  g_assert_cmpfloat_with_epsilon (width_pt, 612, 0.5);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--template=print-shop-letter",
                                                    project, NULL }, NULL), ==, 0);
  kin_test_pdf_info (pdf, &pages, &width_pt, &height_pt);
  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpfloat_with_epsilon (height_pt, 792, 0.5);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--cards=deck:deck-principles",
                                                    project, NULL }, NULL), ==, 0);
  kin_test_pdf_info (pdf, &pages, &width_pt, &height_pt);
  g_assert_cmpuint (pages, ==, 6);

  /* PNG pages are at 300 dpi, and say so: 11811 pixels a metre, so that
   * they print on A4. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", png_arg, project, NULL }, NULL), ==, 0);
  kin_test_assert_png_resolution (png1, 11811, 2480, 3508);
  kin_test_assert_png_resolution (png2, 11811, 2480, 3508);
  g_unlink (png1);
  g_unlink (png2);

  /* Bad usage is exit status 2 with a message; a bad file is 1. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--template=nope", project, NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "avery-c32011"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--cards=some", project, NULL }, NULL), ==, 2);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "--cards=deck:nope", project, NULL }, NULL), ==, 2);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", project, NULL }, NULL), ==, 2);
  docx_arg = g_strconcat ("--output=", tmpdir, "/cards.docx", NULL);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", docx_arg, project, NULL }, NULL), ==, 2);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--cards=all", project, NULL }, NULL), ==, 2);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=cards", out_arg, "/nonexistent/x.kindling", NULL }, NULL), ==, 1);

  g_unlink (pdf);
  g_unlink (project);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("kin-test-cards-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cards-cli/export", test_command_line);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
