/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "kin-card-render.h"
#include "kin-model.h"
#include "kin-test-render.h"

/*
 * The card renderer: sizes, golden images of a front and a back, text that
 * shrinks, wraps and never leaves the safe area whatever its length or
 * script, and user text that is never read as markup.
 */

#define GOLDEN_PX_PER_MM 10.0

static const char long_text[] =
  "We listen to every customer until they have finished, we repeat back what we heard, "
  "we check that we have understood it, we say what happens next and when, and then we "
  "do it, every single time, whoever they are and however they got in touch with us, "
  "because that is what being a good landlord means to every one of us here. "
  "We listen to every customer until they have finished, we repeat back what we heard, "
  "we check that we have understood it, we say what happens next and when.";

static const char long_word[] =
  "Antidisestablishmentarianismantidisestablishmentarianismantidisestablishmentarianism";

static const char arabic[] = "نحن نستمع إلى كل عميل حتى ينتهي من كلامه، ثم نخبره بما سيحدث بعد ذلك";
static const char hebrew[] = "אנחנו מקשיבים לכל לקוח עד שהוא מסיים, ואז אומרים לו מה יקרה אחר כך";

static KinPrinciple *
add_principle (KinProject         *project,
               const char         *id,
               const char         *name,
               const char         *summary,
               const char * const *behaviours,
               const char         *color,
               const char         *image)
{
  g_autoptr(KinPrinciple) principle = kin_principle_new ();

  kin_object_set_id (KIN_OBJECT (principle), id);
  kin_principle_set_name (principle, name);
  kin_principle_set_summary (principle, summary);
  kin_principle_set_behaviours (principle, behaviours);
  kin_principle_set_color (principle, color);
  kin_principle_set_image (principle, image);
  kin_project_append (project, kin_project_get_principles (project), principle);
  return principle;
}

static void
add_promise (KinProject *project,
             const char *area,
             const char *title)
{
  g_autoptr(KinStandard) standard = kin_standard_new ();

  kin_standard_set_area (standard, area);
  kin_standard_set_title (standard, title);
  kin_project_append (project, kin_project_get_standards (project), standard);
}

static void
test_sizes (void)
{
  const KinCardSize *size;
  guint n = 0;
  const KinCardSize *all = kin_card_size_list (&n);

  g_assert_cmpuint (n, ==, 4);
  g_assert_nonnull (all);

  size = kin_card_size_lookup ("id-1");
  g_assert_nonnull (size);
  g_assert_cmpfloat_with_epsilon (size->width_mm, 85.60, 1e-9);
  g_assert_cmpfloat_with_epsilon (size->height_mm, 53.98, 1e-9);
  g_assert_cmpfloat (size->corner_radius_mm, ==, 0);

  size = kin_card_size_lookup ("id-1-rounded");
  g_assert_cmpfloat_with_epsilon (size->corner_radius_mm, 3.18, 1e-9);

  size = kin_card_size_lookup ("uk-business");
  g_assert_cmpfloat_with_epsilon (size->width_mm, 85.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (size->height_mm, 55.0, 1e-9);

  size = kin_card_size_lookup ("us-business");
  g_assert_cmpfloat_with_epsilon (size->width_mm, 3.5 * 25.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (size->height_mm, 2 * 25.4, 1e-9);
  g_assert_cmpstr (kin_card_size_get_display_name (size), !=, "");

  g_assert_null (kin_card_size_lookup ("a7"));
  g_assert_null (kin_card_size_lookup (NULL));
}

static cairo_surface_t *
render_face_png (KinCardFace *face,
                 double       bleed_mm)
{
  KinCardRenderOptions options;
  double width = 85.6 * GOLDEN_PX_PER_MM, height = 53.98 * GOLDEN_PX_PER_MM;
  double margin = bleed_mm * GOLDEN_PX_PER_MM;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width + 2 * margin),
                                        (int) ceil (height + 2 * margin));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);

  kin_card_render_options_init (&options);
  options.units_per_mm = GOLDEN_PX_PER_MM;
  options.bleed_mm = bleed_mm;
  options.font_family = "DejaVu Sans";
  kin_card_face_render (face, cr, width, height, &options);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 160, 100);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "kin-test-art.png", NULL);
  char *data;
  gsize size;

  /* A sky, a sun and a hill: enough shape to see that artwork covers and
   * crops rather than stretches. */
  cairo_set_source_rgb (cr, 0.70, 0.85, 0.95);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.98, 0.78, 0.30);
  cairo_arc (cr, 120, 30, 18, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.30, 0.55, 0.30);
  cairo_arc (cr, 50, 130, 70, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &data, &size, &error));
  g_unlink (path);
  return g_bytes_new_take (data, size);
}

static KinProject *
golden_project (void)
{
  KinProject *project = kin_project_new ();
  g_autoptr(KinAsset) asset = kin_asset_new ();
  g_autoptr(GBytes) png = make_png ();
  const char *behaviours[] = {
    "Ask how each customer prefers to be contacted, and use it",
    "Offer large print, translation or a home visit without being asked twice",
    "Notice who we are not hearing from",
    NULL,
  };

  kin_object_set_id (KIN_OBJECT (asset), "art");
  kin_asset_set_mime (asset, "image/png");
  kin_asset_set_data (asset, png);
  kin_project_append (project, kin_asset_store_get_assets (kin_project_get_assets (project)), asset);

  add_principle (project, "p1", "Equality",
                 "Everyone gets a fair deal, and we change how we work so that they can.",
                 behaviours, "#1c6e8c", "art");
  return project;
}

static void
test_golden_front (void)
{
  g_autoptr(KinProject) project = golden_project ();
  g_autoptr(KinPrinciple) principle = g_list_model_get_item (kin_project_get_principles (project), 0);
  g_autoptr(KinCardFace) face = kin_card_face_new_principle_front (project, principle);
  cairo_surface_t *surface;

  g_assert_true (kin_card_face_has_artwork (face));
  g_assert_cmpint (kin_card_face_get_kind (face), ==, KIN_CARD_FACE_PRINCIPLE_FRONT);
  g_assert_cmpstr (kin_card_face_get_title (face), ==, "Equality");

  /* With 3 mm of bleed, drawn on grey: the artwork and colour must reach
   * the edge of the bleed, which the golden image shows. */
  surface = render_face_png (face, 3.0);
  kin_test_assert_golden (surface, "cards-front.png");
  cairo_surface_destroy (surface);
}

static void
test_golden_back (void)
{
  g_autoptr(KinProject) project = golden_project ();
  g_autoptr(KinPrinciple) principle = g_list_model_get_item (kin_project_get_principles (project), 0);
  g_autoptr(KinCardFace) face = kin_card_face_new_principle_back (project, principle, KIN_CARD_BACK_BEHAVIOURS);
  cairo_surface_t *surface;

  g_assert_cmpuint (g_strv_length ((char **) kin_card_face_get_items (face)), ==, 3);

  surface = render_face_png (face, 0.0);
  kin_test_assert_golden (surface, "cards-back.png");
  cairo_surface_destroy (surface);
}

static void
test_promises_back (void)
{
  g_autoptr(KinProject) project = golden_project ();
  g_autoptr(KinPrinciple) principle = g_list_model_get_item (kin_project_get_principles (project), 0);
  g_autoptr(KinCardFace) face = NULL;
  const char * const *items;

  add_promise (project, "No matter what", "We will be polite");
  add_promise (project, "Getting in touch", "We answer the phone in 30 seconds");
  add_promise (project, "no-matter-what", "We will own the problem");

  face = kin_card_face_new_principle_back (project, principle, KIN_CARD_BACK_PROMISES);
  items = kin_card_face_get_items (face);
  g_assert_cmpuint (g_strv_length ((char **) items), ==, 2);
  g_assert_cmpstr (items[0], ==, "We will be polite");
  g_assert_cmpstr (items[1], ==, "We will own the problem");
}

/* Renders @face at @units_per_mm and checks every text box against the safe
 * area, returning the boxes. */
static GArray *
assert_inside_safe_area (KinCardFace *face,
                         double       units_per_mm,
                         double       width_mm,
                         double       height_mm)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (KinCardTextBox));
  cairo_surface_t *surface;
  KinCardRenderOptions options;
  double safe;
  cairo_t *cr;
  /* Less than a hundredth of a millimetre. */
  double slack = 0.01 * units_per_mm;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width_mm * units_per_mm) + 1,
                                        (int) (height_mm * units_per_mm) + 1);
  cr = cairo_create (surface);
  kin_card_render_options_init (&options);
  options.units_per_mm = units_per_mm;
  options.font_family = "DejaVu Sans";
  safe = options.safe_margin_mm * units_per_mm;

  kin_card_face_render_report (face, cr, width_mm * units_per_mm, height_mm * units_per_mm, &options, boxes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < boxes->len; i++)
    {
      KinCardTextBox *box = &g_array_index (boxes, KinCardTextBox, i);

      g_test_message ("%s: %.2f,%.2f %.2f×%.2f at %.2f pt%s", box->role, box->x, box->y,
                      box->width, box->height, box->font_pt, box->ellipsized ? ", ellipsised" : "");
      g_assert_cmpfloat (box->x, >=, safe - slack);
      g_assert_cmpfloat (box->y, >=, safe - slack);
      g_assert_cmpfloat (box->x + box->width, <=, width_mm * units_per_mm - safe + slack);
      g_assert_cmpfloat (box->y + box->height, <=, height_mm * units_per_mm - safe + slack);
      g_assert_cmpfloat (box->font_pt, >=, options.min_font_pt - 1e-9);
      g_assert_cmpfloat (box->width, >, 0);
    }

  return boxes;
}

static const KinCardTextBox *
find_box (GArray     *boxes,
          const char *role)
{
  for (guint i = 0; i < boxes->len; i++)
    if (g_str_equal (g_array_index (boxes, KinCardTextBox, i).role, role))
      return &g_array_index (boxes, KinCardTextBox, i);

  return NULL;
}

typedef struct
{
  const char *name;
  const char *summary;
  const char *behaviour;
} TextCase;

static void
test_safe_area (void)
{
  const TextCase cases[] = {
    { "A", "B", "C" },
    { long_text, long_text, long_text },
    { long_word, long_word, long_word },
    { "Equality", long_text, long_word },
    { arabic, arabic, hebrew },
    { hebrew, long_text, arabic },
    { "", "", "" },
  };
  const double scales[] = { 72.0 / 25.4, 4.0, 23.0 };
  const char *sizes[] = { "id-1", "us-business", "uk-business" };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(KinProject) project = golden_project ();
      const char *behaviours[] = { cases[c].behaviour, cases[c].behaviour, cases[c].behaviour, NULL };
      g_autoptr(KinCard) card = kin_card_new ();
      KinPrinciple *principle = add_principle (project, "p2", cases[c].name, cases[c].summary,
                                               behaviours, "#ffe08a", c % 2 ? "art" : NULL);
      KinCardFace *faces[4];

      kin_card_set_title (card, cases[c].name);
      kin_card_set_prompt (card, cases[c].summary);
      kin_card_set_follow_ups (card, behaviours);

      faces[0] = kin_card_face_new_principle_front (project, principle);
      faces[1] = kin_card_face_new_principle_back (project, principle, KIN_CARD_BACK_BEHAVIOURS);
      faces[2] = kin_card_face_new_conversation (project, card);
      faces[3] = kin_card_face_new_conversation_back (project, NULL, card);

      for (guint f = 0; f < G_N_ELEMENTS (faces); f++)
        {
          for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
            {
              const KinCardSize *size = kin_card_size_lookup (sizes[(c + f + s) % G_N_ELEMENTS (sizes)]);
              g_autoptr(GArray) boxes = assert_inside_safe_area (faces[f], scales[s],
                                                                 size->width_mm, size->height_mm);

              /* Every face with text shows its title, however long. */
              if (cases[c].name[0] != '\0' && f != 3)
                g_assert_nonnull (find_box (boxes, "title"));
            }
          kin_card_face_unref (faces[f]);
        }
    }
}

static void
test_shrink_to_fit (void)
{
  g_autoptr(KinProject) project = golden_project ();
  KinPrinciple *short_one = add_principle (project, "s", "Respect", "Short.", NULL, "#7a3e9d", NULL);
  g_autofree char *longer = g_strjoin (" ", long_text, long_text, long_text, NULL);
  KinPrinciple *long_one = add_principle (project, "l", "Respect", longer, NULL, "#7a3e9d", NULL);
  g_autoptr(KinCardFace) short_face = kin_card_face_new_principle_front (project, short_one);
  g_autoptr(KinCardFace) long_face = kin_card_face_new_principle_front (project, long_one);
  g_autoptr(GArray) short_boxes = assert_inside_safe_area (short_face, 72.0 / 25.4, 85.6, 53.98);
  g_autoptr(GArray) long_boxes = assert_inside_safe_area (long_face, 72.0 / 25.4, 85.6, 53.98);
  const KinCardTextBox *short_body = find_box (short_boxes, "body");
  const KinCardTextBox *long_body = find_box (long_boxes, "body");

  g_assert_nonnull (short_body);
  g_assert_nonnull (long_body);
  g_assert_false (short_body->ellipsized);
  /* The long summary shrank to the minimum and was then cut with an
   * ellipsis; the short one kept its full size. */
  g_assert_cmpfloat (long_body->font_pt, <, short_body->font_pt);
  g_assert_cmpfloat_with_epsilon (long_body->font_pt, 6.0, 1e-9);
  g_assert_true (long_body->ellipsized);
}

static void
test_long_word_wraps (void)
{
  g_autoptr(KinProject) project = golden_project ();
  KinPrinciple *principle = add_principle (project, "w", long_word, "x", NULL, "#7a3e9d", NULL);
  g_autoptr(KinCardFace) face = kin_card_face_new_principle_front (project, principle);
  g_autoptr(GArray) boxes = assert_inside_safe_area (face, 72.0 / 25.4, 85.6, 53.98);
  const KinCardTextBox *title = find_box (boxes, "title");

  /* The word is broken over lines rather than running off the card: the
   * title is more than one line tall. */
  g_assert_nonnull (title);
  g_assert_cmpfloat (title->height, >, 2 * title->font_pt);
}

static void
test_right_to_left (void)
{
  g_autoptr(KinProject) project = golden_project ();
  KinPrinciple *rtl = add_principle (project, "r", "כבוד", "نحن نستمع", NULL, "#1c6e8c", NULL);
  KinPrinciple *ltr = add_principle (project, "t", "Respect", "We listen", NULL, "#1c6e8c", NULL);
  g_autoptr(KinCardFace) rtl_face = kin_card_face_new_principle_front (project, rtl);
  g_autoptr(KinCardFace) ltr_face = kin_card_face_new_principle_front (project, ltr);
  double u = 72.0 / 25.4;
  g_autoptr(GArray) rtl_boxes = assert_inside_safe_area (rtl_face, u, 85.6, 53.98);
  g_autoptr(GArray) ltr_boxes = assert_inside_safe_area (ltr_face, u, 85.6, 53.98);
  const KinCardTextBox *rtl_title = find_box (rtl_boxes, "title");
  const KinCardTextBox *ltr_title = find_box (ltr_boxes, "title");

  /* Hebrew starts at the right edge of the safe area, English at the left. */
  g_assert_cmpfloat_with_epsilon (rtl_title->x + rtl_title->width, (85.6 - 5) * u, 0.6 * u);
  g_assert_cmpfloat (rtl_title->x, >, 40 * u);
  g_assert_cmpfloat_with_epsilon (ltr_title->x, 5 * u, 0.6 * u);
}

static char *
pdf_text_of_face (KinCardFace *face)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "kin-test-markup.pdf", NULL);
  g_autofree char *command = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int status;

  surface = cairo_pdf_surface_create (path, 85.6 * 72 / 25.4, 53.98 * 72 / 25.4);
  cr = cairo_create (surface);
  kin_card_face_render (face, cr, 85.6 * 72 / 25.4, 53.98 * 72 / 25.4, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", path);
  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  return g_steal_pointer (&text);
}

static void
test_markup_is_literal (void)
{
  g_autoptr(KinProject) project = golden_project ();
  const char *behaviours[] = { "Say <i>sorry</i> & mean it", NULL };
  KinPrinciple *principle = add_principle (project, "m", "<b>Bold</b> & brave",
                                           "Use &amp; and <span>", behaviours, "#1c6e8c", NULL);
  g_autoptr(KinCardFace) front = kin_card_face_new_principle_front (project, principle);
  g_autoptr(KinCardFace) back = kin_card_face_new_principle_back (project, principle, KIN_CARD_BACK_BEHAVIOURS);
  g_autofree char *front_text = pdf_text_of_face (front);
  g_autofree char *back_text = pdf_text_of_face (back);

  g_test_message ("front: %s", front_text);
  g_assert_nonnull (strstr (front_text, "<b>Bold</b> & brave"));
  g_assert_nonnull (strstr (front_text, "Use &amp; and <span>"));
  g_assert_nonnull (strstr (back_text, "Say <i>sorry</i> & mean it"));
}

static void
test_conversation (void)
{
  g_autoptr(KinProject) project = golden_project ();
  g_autoptr(KinCard) card = kin_card_new ();
  g_autoptr(KinDeck) deck = kin_deck_new ();
  const char *follow_ups[] = { "What would you change?", "Who else should hear this?", NULL };
  g_autoptr(KinCardFace) face = NULL;
  g_autoptr(KinCardFace) back = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GArray) projector = NULL;

  kin_deck_set_title (deck, "Warm-up");
  kin_card_set_title (card, "A good day");
  kin_card_set_prompt (card, "Think of a time a customer left happier than they arrived.");
  kin_card_set_follow_ups (card, follow_ups);
  kin_card_set_principle (card, "p1");

  face = kin_card_face_new_conversation (project, card);
  g_assert_cmpstr (kin_card_face_get_color (face), ==, "#1c6e8c");
  g_assert_cmpstr (kin_card_face_get_body (face), ==, kin_card_get_prompt (card));
  boxes = assert_inside_safe_area (face, 72.0 / 25.4, 85.6, 53.98);
  g_assert_nonnull (find_box (boxes, "title"));
  g_assert_nonnull (find_box (boxes, "body"));
  g_assert_nonnull (find_box (boxes, "items"));

  /* On a projector the same face is drawn 1920 pixels wide with the same
   * proportions ("fit" scale). */
  projector = g_array_new (FALSE, FALSE, sizeof (KinCardTextBox));
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1211);
    cairo_t *cr = cairo_create (surface);
    KinCardRenderOptions options;

    kin_card_render_options_init (&options);
    options.units_per_mm = 0;
    kin_card_face_render_report (face, cr, 1920, 1211, &options, projector);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_assert_cmpuint (projector->len, ==, boxes->len);
  g_assert_cmpfloat (g_array_index (projector, KinCardTextBox, 0).x, >=, 5.0 * 1920 / 85.6);
  g_assert_cmpfloat (g_array_index (projector, KinCardTextBox, 0).x, <=, 5.6 * 1920 / 85.6);

  back = kin_card_face_new_conversation_back (project, deck, card);
  g_assert_cmpstr (kin_card_face_get_title (back), ==, "Warm-up");
  g_assert_cmpstr (kin_card_face_get_body (back), ==, "Equality");
}

static void
test_bad_artwork (void)
{
  g_autoptr(KinProject) project = golden_project ();
  g_autoptr(KinAsset) asset = kin_asset_new ();
  g_autoptr(GBytes) junk = g_bytes_new_static ("not a picture", 13);
  KinPrinciple *principle;
  g_autoptr(KinCardFace) face = NULL;

  kin_object_set_id (KIN_OBJECT (asset), "junk");
  kin_asset_set_mime (asset, "image/jpeg");
  kin_asset_set_data (asset, junk);
  kin_project_append (project, kin_asset_store_get_assets (kin_project_get_assets (project)), asset);
  principle = add_principle (project, "j", "Broken", "Art", NULL, "#000000", "junk");

  /* A damaged picture leaves the card without artwork instead of failing. */
  face = kin_card_face_new_principle_front (project, principle);
  g_assert_false (kin_card_face_has_artwork (face));
  g_array_unref (assert_inside_safe_area (face, 3.0, 85.6, 53.98));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/card-render/sizes", test_sizes);
  g_test_add_func ("/card-render/golden-front", test_golden_front);
  g_test_add_func ("/card-render/golden-back", test_golden_back);
  g_test_add_func ("/card-render/promises-back", test_promises_back);
  g_test_add_func ("/card-render/safe-area", test_safe_area);
  g_test_add_func ("/card-render/shrink-to-fit", test_shrink_to_fit);
  g_test_add_func ("/card-render/long-word", test_long_word_wraps);
  g_test_add_func ("/card-render/right-to-left", test_right_to_left);
  g_test_add_func ("/card-render/markup-is-literal", test_markup_is_literal);
  g_test_add_func ("/card-render/conversation", test_conversation);
  g_test_add_func ("/card-render/bad-artwork", test_bad_artwork);

  return g_test_run ();
}
