/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-resources.h"
#include "kin-sheet.h"
#include "kin-test-render.h"
#include "kin-test-util.h"

/*
 * Sheets of cards: the bundled and custom templates, the layout of a print
 * job (copies, start position, duplex mirroring and back offset), crop-mark
 * geometry, export to PDF, PNG and SVG (page size and count checked with
 * pdfinfo, images embedded once, JPEG passed through) and a golden sheet.
 * The command line is in test-cards-cli.c.
 */

static const struct {
  const char *id;
  double      paper_width;
  double      paper_height;
  guint       slots;
  gboolean    print_shop;
} bundled[] = {
  { "avery-5371", 215.9, 279.4, 10, FALSE },
  { "avery-8373", 215.9, 279.4, 8, FALSE },
  { "avery-c32011", 210, 297, 10, FALSE },
  { "avery-c32015", 210, 297, 8, FALSE },
  { "print-shop-a4", 210, 297, 8, TRUE },
  { "print-shop-letter", 215.9, 279.4, 8, TRUE },
};

static char *tmpdir;

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static KinPrintJob *
make_job (KinProject       *project,
          const char       *template_id,
          KinCardSelection  selection,
          KinDuplex         duplex)
{
  KinPrintJobOptions options;
  g_autoptr(GError) error = NULL;
  KinPrintJob *job;

  kin_print_job_options_init (&options, project);
  options.template_id = template_id;
  options.selection = selection;
  options.duplex = duplex;
  options.font_family = "DejaVu Sans";
  job = kin_print_job_new (project, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (job);
  return job;
}

static void
test_bundled_templates (void)
{
  g_autoptr(GPtrArray) list = kin_sheet_template_list ();
  g_autoptr(KinSheetTemplate) c32011 = kin_sheet_template_lookup ("avery-c32011");
  g_autoptr(KinSheetTemplate) us = kin_sheet_template_lookup ("avery-5371");
  g_autoptr(KinSheetTemplate) shop = kin_sheet_template_lookup ("print-shop-letter");

  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (bundled));
  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      KinSheetTemplate *t = g_ptr_array_index (list, i);

      g_assert_cmpstr (t->id, ==, bundled[i].id);
      g_assert_cmpfloat_with_epsilon (t->paper_width_mm, bundled[i].paper_width, 1e-6);
      g_assert_cmpfloat_with_epsilon (t->paper_height_mm, bundled[i].paper_height, 1e-6);
      g_assert_cmpuint (t->columns * t->rows, ==, bundled[i].slots);
      g_assert_cmpint (t->print_shop, ==, bundled[i].print_shop);
      g_assert_cmpint (t->crop_marks, ==, bundled[i].print_shop);
      g_assert_false (t->custom);
      g_assert_true (kin_sheet_template_validate (t, NULL));
    }

  g_assert_cmpstr (c32011->paper, ==, "iso_a4");
  g_assert_cmpuint (c32011->columns, ==, 2);
  g_assert_cmpuint (c32011->rows, ==, 5);
  g_assert_cmpfloat (c32011->card_width_mm, ==, 85);
  g_assert_cmpfloat (c32011->card_height_mm, ==, 54);
  g_assert_cmpfloat (c32011->margin_left_mm, ==, 15);
  g_assert_cmpfloat (c32011->margin_top_mm, ==, 13.5);
  g_assert_cmpfloat (c32011->pitch_x_mm, ==, 95);
  g_assert_cmpfloat (c32011->pitch_y_mm, ==, 54);
  g_assert_cmpfloat (c32011->bleed_mm, ==, 0);

  /* Inches are converted exactly. */
  g_assert_cmpstr (us->paper, ==, "na_letter");
  g_assert_cmpfloat_with_epsilon (us->margin_left_mm, 19.05, 1e-9);
  g_assert_cmpfloat_with_epsilon (us->margin_top_mm, 12.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (us->pitch_x_mm, 88.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (us->pitch_y_mm, 50.8, 1e-9);
  g_assert_cmpstr (us->card_size, ==, "us-business");

  g_assert_cmpfloat_with_epsilon (shop->bleed_mm, 3.175, 1e-9);
  g_assert_true (shop->print_shop);

  g_assert_null (kin_sheet_template_lookup ("avery-99999"));
  g_assert_cmpstr (kin_sheet_template_get_default_id (), ==, "avery-c32011");
}

static void
test_custom_templates (void)
{
  const char *json =
    "[{\"id\": \"office-a4\", \"name\": \"Office A4\", \"paper\": {\"width\": 210, \"height\": 297},"
    "  \"card\": {\"width\": 85, \"height\": 55},"
    "  \"grid\": {\"columns\": 2, \"rows\": 4, \"left\": 15, \"top\": 20, \"pitch_x\": 95, \"pitch_y\": 65}}]";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(KinSheetTemplate) found = NULL;
  g_autoptr(KinSheetTemplate) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *saved = NULL;

  g_assert_true (kin_sheet_template_set_custom (json, &error));
  g_assert_no_error (error);

  found = kin_sheet_template_lookup ("office-a4");
  g_assert_nonnull (found);
  g_assert_true (found->custom);
  g_assert_cmpstr (found->name, ==, "Office A4");
  g_assert_cmpfloat (found->pitch_y_mm, ==, 65);
  list = kin_sheet_template_list ();
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (bundled) + 1);

  /* What the application saves in the setting reads back the same. */
  parsed = g_ptr_array_new ();
  g_ptr_array_add (parsed, found);
  saved = kin_sheet_template_custom_to_json (parsed);
  g_ptr_array_set_size (parsed, 0);
  g_clear_pointer (&parsed, g_ptr_array_unref);
  parsed = kin_sheet_template_parse_custom (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 1);
  again = kin_sheet_template_ref (g_ptr_array_index (parsed, 0));
  g_assert_cmpstr (again->id, ==, "office-a4");
  g_assert_cmpuint (again->rows, ==, 4);
  g_assert_cmpfloat (again->margin_top_mm, ==, 20);

  /* Mistakes are refused with a message, and change nothing. */
  g_assert_false (kin_sheet_template_set_custom ("[{", &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE);
  g_clear_error (&error);

  g_assert_false (kin_sheet_template_set_custom (
    "[{\"id\": \"avery-c32011\", \"paper\": {\"width\": 210, \"height\": 297},"
    "  \"card\": {\"width\": 85, \"height\": 54}, \"grid\": {\"columns\": 1, \"rows\": 1}}]", &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE);
  g_clear_error (&error);

  g_assert_null (kin_sheet_template_new_from_json (
    "{\"id\": \"overlap\", \"paper\": {\"width\": 210, \"height\": 297},"
    " \"card\": {\"width\": 85, \"height\": 54},"
    " \"grid\": {\"columns\": 2, \"rows\": 5, \"left\": 15, \"top\": 13.5, \"pitch_x\": 80, \"pitch_y\": 54}}", &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE);
  g_assert_nonnull (strstr (error->message, "overlap"));
  g_clear_error (&error);

  g_assert_null (kin_sheet_template_new_from_json (
    "{\"id\": \"too-big\", \"paper\": {\"width\": 210, \"height\": 297},"
    " \"card\": {\"width\": 85, \"height\": 54},"
    " \"grid\": {\"columns\": 3, \"rows\": 5, \"left\": 15, \"top\": 13.5, \"pitch_x\": 95, \"pitch_y\": 54}}", &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE);
  g_clear_error (&error);

  found = (kin_sheet_template_unref (found), kin_sheet_template_lookup ("office-a4"));
  g_assert_nonnull (found);

  g_assert_true (kin_sheet_template_set_custom ("[]", &error));
  g_assert_null (kin_sheet_template_lookup ("office-a4"));
}

static void
test_pdf_every_template (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();

  for (guint i = 0; i < G_N_ELEMENTS (bundled); i++)
    {
      g_autoptr(KinPrintJob) job = make_job (project, bundled[i].id, KIN_CARD_SELECTION_ALL, KIN_DUPLEX_LONG_EDGE);
      g_autofree char *name = g_strconcat (bundled[i].id, ".pdf", NULL);
      g_autofree char *path = temp_path (name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      /* 7 principles and the 21 cards of the starter's deck, each sheet
       * followed by its backs. */
      guint expected_pages = 2 * ((28 + bundled[i].slots - 1) / bundled[i].slots);
      guint pages;
      double width_pt, height_pt;

      g_assert_cmpuint (kin_print_job_get_n_cards (job), ==, 28);
      g_assert_cmpuint (kin_print_job_get_n_pages (job), ==, expected_pages);
      g_assert_true (kin_print_job_export (job, file, 300, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      kin_test_pdf_info (path, &pages, &width_pt, &height_pt);
      g_test_message ("%s: %u pages of %.2f × %.2f pt", bundled[i].id, pages, width_pt, height_pt);
      g_assert_cmpuint (pages, ==, expected_pages);
      g_assert_cmpfloat_with_epsilon (width_pt, bundled[i].paper_width * 72 / 25.4, 0.5);
      g_assert_cmpfloat_with_epsilon (height_pt, bundled[i].paper_height * 72 / 25.4, 0.5);
      g_unlink (path);
    }
}

static void
assert_mirrored (KinDuplex duplex)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintJobOptions options;
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  KinSheetTemplate *t;

  kin_print_job_options_init (&options, project);
  options.template_id = "avery-c32011";
  options.duplex = duplex;
  options.back_offset_x_mm = 1.5;
  options.back_offset_y_mm = -0.5;
  job = kin_print_job_new (project, &options, &error);
  g_assert_no_error (error);
  t = kin_print_job_get_template (job);

  g_assert_cmpuint (kin_print_job_get_n_pages (job), ==, 2);
  g_assert_false (kin_print_job_is_back_page (job, 0));
  g_assert_true (kin_print_job_is_back_page (job, 1));

  for (guint slot = 0; slot < 10; slot++)
    {
      guint column = slot % 2, row = slot / 2;
      guint mirror = duplex == KIN_DUPLEX_LONG_EDGE ? row * 2 + (1 - column) : (4 - row) * 2 + column;
      double fx, fy, bx, by, mx, my;

      g_assert_true (kin_print_job_get_slot_rect (job, 0, slot, &fx, &fy));
      g_assert_true (kin_print_job_get_slot_rect (job, 1, slot, &bx, &by));
      g_assert_true (kin_print_job_get_slot_rect (job, 0, mirror, &mx, &my));

      g_assert_cmpfloat_with_epsilon (fx, t->margin_left_mm + column * t->pitch_x_mm, 1e-9);
      g_assert_cmpfloat_with_epsilon (fy, t->margin_top_mm + row * t->pitch_y_mm, 1e-9);
      /* The back of slot N lies where the mirrored slot is on the front,
       * moved by the back offset. */
      g_assert_cmpfloat_with_epsilon (bx, mx + 1.5, 1e-9);
      g_assert_cmpfloat_with_epsilon (by, my - 0.5, 1e-9);
      g_assert_cmpuint (kin_print_job_get_slot_card (job, 1, slot), ==, kin_print_job_get_slot_card (job, 0, slot));
    }

  /* And it is drawn there: the back of the first card (Equality, a band of
   * #1c6e8c across its top) appears in the mirrored slot's band. */
  {
    double scale = 4.0; /* pixels per mm */
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 210 * 4, 297 * 4);
    cairo_t *cr = cairo_create (surface);
    double bx, by;
    guint32 pixel;
    int px, py;

    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_scale (cr, scale * 25.4 / 72, scale * 25.4 / 72);
    kin_print_job_render_page (job, cr, 1);
    cairo_destroy (cr);
    cairo_surface_flush (surface);

    kin_print_job_get_slot_rect (job, 1, 0, &bx, &by);
    px = (int) ((bx + 40) * scale);
    py = (int) ((by + 8) * scale);
    pixel = kin_test_golden_pixel (surface, px, py);
    g_assert_cmphex (pixel & 0xffffff, ==, 0x1c6e8c);
    cairo_surface_destroy (surface);
  }
}

static void
test_duplex_long_edge (void)
{
  assert_mirrored (KIN_DUPLEX_LONG_EDGE);
}

static void
test_duplex_short_edge (void)
{
  assert_mirrored (KIN_DUPLEX_SHORT_EDGE);
}

static void
test_copies_and_start (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintJobOptions options;
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;

  kin_print_job_options_init (&options, project);
  options.template_id = "avery-c32011";
  options.duplex = KIN_DUPLEX_NONE;
  options.copies = 2;
  options.start_position = 3;
  job = kin_print_job_new (project, &options, &error);
  g_assert_no_error (error);

  /* 7 principles × 2 copies from slot 4 of 10: 7 on the first sheet, 7 on
   * the second. */
  g_assert_cmpuint (kin_print_job_get_n_cards (job), ==, 14);
  g_assert_cmpuint (kin_print_job_get_n_sheets (job), ==, 2);
  g_assert_cmpuint (kin_print_job_get_n_pages (job), ==, 2);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 2), ==, G_MAXUINT);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 3), ==, 0);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 0, 4), ==, 1);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 1, 0), ==, 7);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 1, 6), ==, 13);
  g_assert_cmpuint (kin_print_job_get_slot_card (job, 1, 7), ==, G_MAXUINT);

  /* Out-of-range options are refused with a message. */
  options.start_position = 10;
  g_clear_object (&job);
  g_assert_null (kin_print_job_new (project, &options, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION);
  g_clear_error (&error);

  options.start_position = 0;
  options.copies = 0;
  g_assert_null (kin_print_job_new (project, &options, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION);
  g_clear_error (&error);

  /* A UK business card (55 mm) is taller than C32011's 54 mm rows. */
  options.copies = 1;
  options.card_size_id = "uk-business";
  g_assert_null (kin_print_job_new (project, &options, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION);
  g_clear_error (&error);

  options.card_size_id = NULL;
  options.selection = KIN_CARD_SELECTION_DECK;
  options.deck_id = "no-such-deck";
  g_assert_null (kin_print_job_new (project, &options, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNKNOWN_DECK);
  g_clear_error (&error);

  options.deck_id = "deck-principles";
  job = kin_print_job_new (project, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kin_print_job_get_n_cards (job), ==, 21);
}

static void
test_selection_parse (void)
{
  KinCardSelection selection;
  g_autofree char *deck = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kin_card_selection_parse ("principles", &selection, &deck, NULL));
  g_assert_cmpint (selection, ==, KIN_CARD_SELECTION_PRINCIPLES);
  g_assert_null (deck);
  g_assert_true (kin_card_selection_parse ("all", &selection, &deck, NULL));
  g_assert_cmpint (selection, ==, KIN_CARD_SELECTION_ALL);
  g_assert_true (kin_card_selection_parse ("deck:warm-up", &selection, &deck, NULL));
  g_assert_cmpint (selection, ==, KIN_CARD_SELECTION_DECK);
  g_assert_cmpstr (deck, ==, "warm-up");
  g_clear_pointer (&deck, g_free);
  g_assert_false (kin_card_selection_parse ("deck:", &selection, &deck, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION);
}

/* The shortest distance between an axis-aligned segment and a box. */
static double
distance_to_box (const KinCropMark *mark,
                 double             x,
                 double             y,
                 double             width,
                 double             height)
{
  double x0 = MIN (mark->x1, mark->x2), x1 = MAX (mark->x1, mark->x2);
  double y0 = MIN (mark->y1, mark->y2), y1 = MAX (mark->y1, mark->y2);
  double dx = MAX (0, MAX (x - x1, x0 - (x + width)));
  double dy = MAX (0, MAX (y - y1, y0 - (y + height)));

  return hypot (dx, dy);
}

static void
assert_marks_clear (KinPrintJob *job,
                    double       bleed,
                    gboolean     expect_all_corners)
{
  double paper_w, paper_h, card_w, card_h;

  kin_print_job_get_page_size (job, &paper_w, &paper_h);
  kin_print_job_get_card_size (job, &card_w, &card_h, NULL);

  for (guint page = 0; page < kin_print_job_get_n_pages (job); page++)
    {
      g_autoptr(GArray) marks = kin_print_job_get_crop_marks (job, page);
      guint n_cards = 0;

      g_assert_cmpuint (marks->len, >, 0);

      for (guint slot = 0; slot < 10; slot++)
        {
          double x, y;

          if (kin_print_job_get_slot_card (job, page, slot) == G_MAXUINT)
            continue;
          g_assert_true (kin_print_job_get_slot_rect (job, page, slot, &x, &y));
          n_cards++;

          for (guint m = 0; m < marks->len; m++)
            {
              const KinCropMark *mark = &g_array_index (marks, KinCropMark, m);

              /* Never inside, across or touching a card, nor in its bleed. */
              g_assert_cmpfloat (distance_to_box (mark, x, y, card_w, card_h), >=, bleed);
              g_assert_cmpfloat (distance_to_box (mark, x, y, card_w, card_h), >, 0);
            }

          if (expect_all_corners)
            {
              /* Each of the trim box's four edges has a mark beyond both of
               * its ends, on the edge's own line. */
              double lines[4][4] = {
                { 1, y, x, x + card_w }, { 1, y + card_h, x, x + card_w },
                { 0, x, y, y + card_h }, { 0, x + card_w, y, y + card_h },
              };

              for (guint l = 0; l < 4; l++)
                for (guint end = 0; end < 2; end++)
                  {
                    gboolean found = FALSE;

                    for (guint m = 0; m < marks->len && !found; m++)
                      {
                        const KinCropMark *mark = &g_array_index (marks, KinCropMark, m);
                        gboolean horizontal = lines[l][0] == 1;
                        double fixed = horizontal ? mark->y1 : mark->x1;
                        double lo = horizontal ? MIN (mark->x1, mark->x2) : MIN (mark->y1, mark->y2);
                        double hi = horizontal ? MAX (mark->x1, mark->x2) : MAX (mark->y1, mark->y2);

                        if (fabs (fixed - lines[l][1]) > 1e-9)
                          continue;
                        if (end == 0)
                          found = hi <= lines[l][2] - bleed && hi >= lines[l][2] - bleed - 2;
                        else
                          found = lo >= lines[l][3] + bleed && lo <= lines[l][3] + bleed + 2;
                      }
                    g_assert_true (found);
                  }
            }
        }

      for (guint m = 0; m < marks->len; m++)
        {
          const KinCropMark *mark = &g_array_index (marks, KinCropMark, m);

          g_assert_true (mark->x1 == mark->x2 || mark->y1 == mark->y2);
          g_assert_cmpfloat (hypot (mark->x2 - mark->x1, mark->y2 - mark->y1), >=, 1.5);
          g_assert_cmpfloat (MIN (mark->x1, mark->x2), >=, 0);
          g_assert_cmpfloat (MAX (mark->x1, mark->x2), <=, paper_w);
          g_assert_cmpfloat (MIN (mark->y1, mark->y2), >=, 0);
          g_assert_cmpfloat (MAX (mark->y1, mark->y2), <=, paper_h);
        }

      g_test_message ("page %u: %u cards, %u marks", page, n_cards, marks->len);
    }
}

static void
test_crop_marks (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  const char *shops[] = { "print-shop-a4", "print-shop-letter" };

  for (guint i = 0; i < G_N_ELEMENTS (shops); i++)
    {
      KinPrintJobOptions options;
      g_autoptr(KinPrintJob) job = NULL;
      g_autoptr(GError) error = NULL;

      kin_print_job_options_init (&options, project);
      options.template_id = shops[i];
      options.bleed_mm = -1;
      options.crop_marks = -1;
      options.selection = KIN_CARD_SELECTION_ALL;
      options.duplex = KIN_DUPLEX_LONG_EDGE;
      options.back_offset_x_mm = 0.8;
      options.start_position = 1;
      job = kin_print_job_new (project, &options, &error);
      g_assert_no_error (error);
      assert_marks_clear (job, kin_print_job_get_template (job)->bleed_mm, TRUE);
    }

  /* A print-shop sheet is laid out again around another card size. */
  {
    KinPrintJobOptions options;
    g_autoptr(KinPrintJob) job = NULL;
    g_autoptr(GError) error = NULL;
    KinSheetTemplate *t;
    double width, height, radius;

    kin_print_job_options_init (&options, project);
    options.template_id = "print-shop-a4";
    options.bleed_mm = -1;
    options.crop_marks = -1;
    options.card_size_id = "id-1-rounded";
    job = kin_print_job_new (project, &options, &error);
    g_assert_no_error (error);
    kin_print_job_get_card_size (job, &width, &height, &radius);
    g_assert_cmpfloat (width, ==, 85.60);
    g_assert_cmpfloat (height, ==, 53.98);
    g_assert_cmpfloat (radius, ==, 3.18);
    t = kin_print_job_get_template (job);
    g_assert_cmpfloat (t->pitch_x_mm, >, 85.60 + 2 * 3);
    g_assert_cmpfloat (t->pitch_y_mm, >, 53.98 + 2 * 3);
    /* Centred on the paper. */
    g_assert_cmpfloat_with_epsilon (t->margin_left_mm,
                                    210 - (t->margin_left_mm + (t->columns - 1) * t->pitch_x_mm + 85.60), 1e-6);
    assert_marks_clear (job, 3, TRUE);
  }

  /* Label sheets with marks switched on: rows touch, so marks between them
   * are left out rather than drawn across the neighbouring card. */
  {
    KinPrintJobOptions options;
    g_autoptr(KinPrintJob) job = NULL;
    g_autoptr(GError) error = NULL;

    kin_print_job_options_init (&options, project);
    options.template_id = "avery-c32011";
    options.bleed_mm = 3;
    options.crop_marks = 1;
    options.card_size_id = "id-1";
    job = kin_print_job_new (project, &options, &error);
    g_assert_no_error (error);
    assert_marks_clear (job, 3, FALSE);
  }

  /* Without crop marks there are none. */
  {
    g_autoptr(KinPrintJob) job = make_job (project, "avery-5371", KIN_CARD_SELECTION_PRINCIPLES, KIN_DUPLEX_NONE);
    g_autoptr(GArray) marks = NULL;
    KinPrintJobOptions options;
    g_autoptr(GError) error = NULL;

    kin_print_job_options_init (&options, project);
    options.template_id = "avery-5371";
    options.crop_marks = 0;
    g_clear_object (&job);
    job = kin_print_job_new (project, &options, &error);
    g_assert_no_error (error);
    marks = kin_print_job_get_crop_marks (job, 0);
    g_assert_cmpuint (marks->len, ==, 0);
  }
}

static GBytes *
make_jpeg (void)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 400, 250);
  g_autoptr(GError) error = NULL;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  char *buffer;
  gsize size;

  /* Large enough, and with a different aspect from the artwork area, that
   * every card crops it: cropping must not make the PDF re-encode it. */
  for (int y = 0; y < 250; y++)
    for (int x = 0; x < 400; x++)
      {
        guint8 *p = pixels + y * gdk_pixbuf_get_rowstride (pixbuf) + x * 3;

        p[0] = x * 255 / 400;
        p[1] = y * 255 / 250;
        p[2] = (x ^ y) & 0xff;
      }
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", &error, "quality", "90", NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

static GBytes *
make_png (void)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 50, 30);
  g_autoptr(GError) error = NULL;
  char *buffer;
  gsize size;

  gdk_pixbuf_fill (pixbuf, 0xcc6633ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL));
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, size);
}

static void
add_asset (KinProject *project,
           const char *id,
           const char *mime,
           GBytes     *data)
{
  g_autoptr(KinAsset) asset = kin_asset_new ();

  kin_object_set_id (KIN_OBJECT (asset), id);
  kin_asset_set_mime (asset, mime);
  kin_asset_set_data (asset, data);
  kin_project_append (project, kin_asset_store_get_assets (kin_project_get_assets (project)), asset);
}

static guint
count_occurrences (const char *haystack,
                   gsize       size,
                   const char *needle,
                   gsize       needle_size)
{
  guint n = 0;

  for (gsize at = 0; at + needle_size <= size; at++)
    if (haystack[at] == needle[0] && memcmp (haystack + at, needle, needle_size) == 0)
      {
        n++;
        at += needle_size - 1;
      }

  return n;
}

static void
test_images_once (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(GBytes) jpeg = make_jpeg ();
  g_autoptr(GBytes) png = make_png ();
  g_autofree char *path = temp_path ("images.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  gsize pdf_size;

  add_asset (project, "photo", "image/jpeg", jpeg);
  add_asset (project, "drawing", "image/png", png);
  for (guint i = 0; i < 24; i++)
    {
      g_autoptr(KinPrinciple) principle = kin_principle_new ();
      g_autofree char *name = g_strdup_printf ("Principle %u", i + 1);

      kin_principle_set_name (principle, name);
      kin_principle_set_summary (principle, "A summary");
      kin_principle_set_color (principle, "#204a87");
      kin_principle_set_image (principle, i % 2 ? "photo" : "drawing");
      kin_project_append (project, kin_project_get_principles (project), principle);
    }

  job = make_job (project, "avery-c32011", KIN_CARD_SELECTION_PRINCIPLES, KIN_DUPLEX_NONE);
  g_assert_cmpuint (kin_print_job_get_n_pages (job), ==, 3);
  g_assert_true (kin_print_job_export (job, file, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &pdf, &pdf_size, &error));
  /* 24 cards on 3 pages, but two images, each embedded once... */
  g_assert_cmpuint (count_occurrences (pdf, pdf_size, "/Subtype /Image", 15), ==, 2);
  /* ...and the JPEG is the original file, byte for byte. */
  g_assert_cmpuint (count_occurrences (pdf, pdf_size, "/DCTDecode", 10), ==, 1);
  g_assert_cmpuint (count_occurrences (pdf, pdf_size, g_bytes_get_data (jpeg, NULL), g_bytes_get_size (jpeg)), ==, 1);
  /* So the whole file is little more than the two pictures. */
  g_assert_cmpuint (pdf_size, <, g_bytes_get_size (jpeg) + g_bytes_get_size (png) + 200 * 1024);
  g_unlink (path);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_png_and_svg (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPrintJob) job = make_job (project, "avery-c32011", KIN_CARD_SELECTION_PRINCIPLES, KIN_DUPLEX_LONG_EDGE);
  g_autofree char *png = temp_path ("sheet.png");
  g_autofree char *png1 = temp_path ("sheet-1.png");
  g_autofree char *png2 = temp_path ("sheet-2.png");
  g_autofree char *svg = temp_path ("sheet.svg");
  g_autofree char *svg2 = temp_path ("sheet-2.svg");
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GError) error = NULL;
  double last = 0;
  g_autofree char *svg_text = NULL;

  g_assert_true (kin_print_job_export (job, png_file, 100, progress_cb, &last, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  /* Two pages: one file each, numbered. A4 at 100 dpi, which each file
   * gives as 3937 pixels a metre so that it prints on A4. */
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  kin_test_assert_png_resolution (png1, 3937, 827, 1169);
  kin_test_assert_png_resolution (png2, 3937, 827, 1169);

  g_assert_true (kin_print_job_export (job, svg_file, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg2, &svg_text, NULL, &error));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  /* A4 in points. */
  g_assert_nonnull (strstr (svg_text, "width=\"595.27"));

  g_unlink (png1);
  g_unlink (png2);
  g_unlink (svg2);
  g_clear_pointer (&svg2, g_free);
  svg2 = temp_path ("sheet-1.svg");
  g_unlink (svg2);

  /* A resolution nobody can mean, and a format we do not write. */
  g_assert_false (kin_print_job_export (job, png_file, 5, NULL, NULL, NULL, &error));
  g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION);
  g_clear_error (&error);
  {
    g_autofree char *doc = temp_path ("sheet.docx");
    g_autoptr(GFile) doc_file = g_file_new_for_path (doc);

    g_assert_false (kin_print_job_export (job, doc_file, 0, NULL, NULL, NULL, &error));
    g_assert_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNSUPPORTED_FORMAT);
    g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  }
}

/* Cancels once the first page is drawn, while the file is being written. */
static void
cancel_cb (double   fraction,
           gpointer user_data)
{
  if (fraction > 0)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPrintJob) job = make_job (project, "avery-c32011", KIN_CARD_SELECTION_ALL, KIN_DUPLEX_LONG_EDGE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = temp_path ("cancelled.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_autofree char *contents = NULL;

  g_assert_cmpuint (kin_print_job_get_n_pages (job), >, 1);

  /* Cancelled after the first page: no file, not even a partial one. */
  g_assert_false (kin_print_job_export (job, file, 0, cancel_cb, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Over an earlier file, the earlier file stays as it was. */
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  g_assert_false (kin_print_job_export (job, file, 0, cancel_cb, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");
  g_unlink (path);
}

static void
test_calibration (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  g_autoptr(KinPrintJob) job = make_job (project, "avery-5371", KIN_CARD_SELECTION_PRINCIPLES, KIN_DUPLEX_LONG_EDGE);
  g_autofree char *path = temp_path ("calibration.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint pages;
  double width_pt, height_pt;

  g_assert_cmpuint (kin_print_job_get_n_calibration_pages (job), ==, 2);
  g_assert_true (kin_print_job_export_calibration (job, file, 0, NULL, &error));
  g_assert_no_error (error);
  kin_test_pdf_info (path, &pages, &width_pt, &height_pt);
  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpfloat_with_epsilon (width_pt, 612, 0.5);

  text = kin_test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Back Offset Across"));
  g_assert_nonnull (strstr (text, "+10"));
  g_unlink (path);
}

static void
test_golden_sheet (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrintJobOptions options;
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GError) error = NULL;
  double scale = 60.0 / 72.0; /* 60 dpi */
  cairo_surface_t *surface;
  cairo_t *cr;

  kin_print_job_options_init (&options, project);
  options.template_id = "print-shop-a4";
  options.bleed_mm = -1;
  options.crop_marks = -1;
  options.font_family = "DejaVu Sans";
  job = kin_print_job_new (project, &options, &error);
  g_assert_no_error (error);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (595.276 * scale + 0.5), (int) (841.89 * scale + 0.5));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  kin_print_job_render_page (job, cr, 0);
  cairo_destroy (cr);

  kin_test_assert_golden (surface, "cards-sheet.png");
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  kin_register_resource ();
  tmpdir = g_dir_make_tmp ("kin-test-sheet-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/sheet/bundled-templates", test_bundled_templates);
  g_test_add_func ("/sheet/custom-templates", test_custom_templates);
  g_test_add_func ("/sheet/pdf-every-template", test_pdf_every_template);
  g_test_add_func ("/sheet/duplex-long-edge", test_duplex_long_edge);
  g_test_add_func ("/sheet/duplex-short-edge", test_duplex_short_edge);
  g_test_add_func ("/sheet/copies-and-start", test_copies_and_start);
  g_test_add_func ("/sheet/selection", test_selection_parse);
  g_test_add_func ("/sheet/crop-marks", test_crop_marks);
  g_test_add_func ("/sheet/images-once", test_images_once);
  g_test_add_func ("/sheet/png-and-svg", test_png_and_svg);
  g_test_add_func ("/sheet/cancel", test_cancel);
  g_test_add_func ("/sheet/calibration", test_calibration);
  g_test_add_func ("/sheet/golden", test_golden_sheet);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
