/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-artwork.h"
#include "kin-card-preview.h"
#include "kin-model.h"
#include "kin-principles-page.h"
#include "kin-project-reader.h"
#include "kin-string-list-group.h"
#include "kin-test-util.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

static KinPrinciplesPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  return KIN_PRINCIPLES_PAGE (kin_test_show_page (KIN_TYPE_PRINCIPLES_PAGE, project, width, height));
}

static KinPrinciple *
principle_at (KinProject *project,
              guint       index)
{
  g_autoptr(KinPrinciple) principle =
    g_list_model_get_item (kin_project_get_principles (project), index);

  /* The project keeps it alive. */
  return principle;
}

static guint
n_principles (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_principles (project));
}

static guint
n_assets (KinProject *project)
{
  return g_list_model_get_n_items (kin_asset_store_get_assets (kin_project_get_assets (project)));
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A small PNG image: an orange square with a blue disc. */
static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *data = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.9, 0.6, 0.1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.3, 0.7);
  cairo_arc (cr, width / 2.0, height / 2.0, height / 3.0, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, data), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (data);
}

static void
wait_until_loaded (KinPrincipleEditor *editor)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (kin_principle_editor_is_loading (editor))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
    }
  kin_test_iterate (20);
}

static void
test_empty_state (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  KinPrinciplesPage *page = show_page (project, 900, 700);
  KinPrinciple *added;

  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "principles.add"));
  kin_test_screenshot (GTK_WIDGET (page), "principles-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.add", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));

  g_assert_cmpuint (n_principles (project), ==, 1);
  added = principle_at (project, 0);
  g_assert_cmpstr (kin_principle_get_name (added), ==, "New Principle");
  g_assert_true (kin_principles_page_get_selected (page) == added);
  g_assert_true (kin_principle_editor_get_principle (kin_principles_page_get_editor (page)) == added);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "principles");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Principle");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_principles (project), ==, 0);
  g_assert_null (kin_principles_page_get_selected (page));
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");

  /* No project: the page is empty and cannot add anything. */
  kin_principles_page_set_project (page, NULL);
  g_assert_cmpstr (kin_test_visible_stack_child (GTK_WIDGET (page)), ==, "empty");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "principles.add", NULL) &&
                  n_principles (project) != 0);
  g_assert_cmpuint (n_principles (project), ==, 0);

  kin_test_close_page (page);
}

static void
test_starter_shows_principles (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);
  KinPrinciple *first = principle_at (project, 0);
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "principles-list");
  GtkWidget *name_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  GtkWidget *summary_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Summary");
  KinCardPreview *preview;
  guint n_rows = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, n_principles (project));

  g_assert_true (kin_principles_page_get_selected (page) == first);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, kin_principle_get_name (first));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary_row)), ==,
                   kin_principle_get_summary (first));
  g_assert_cmpuint (kin_principle_editor_get_n_behaviour_rows (editor), ==,
                    g_strv_length ((char **) kin_principle_get_behaviours (first)));

  /* The previews show the selected principle through the card renderer. */
  preview = KIN_CARD_PREVIEW (kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_CARD_PREVIEW, NULL));
  kin_test_wait_for_preview (preview, kin_principle_get_name (first));
  g_assert_cmpstr (kin_card_face_get_title (kin_card_preview_get_face (preview)), ==,
                   kin_principle_get_name (first));
  g_assert_true (kin_card_face_has_artwork (kin_card_preview_get_face (preview)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), >, 100);

  kin_test_screenshot (GTK_WIDGET (page), "principles-starter");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (page), "principles-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Selecting another principle shows it in the editor and the preview. */
  kin_principles_page_select (page, principle_at (project, 2));
  kin_test_wait_for_preview (preview, kin_principle_get_name (principle_at (project, 2)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==,
                   kin_principle_get_name (principle_at (project, 2)));
  g_assert_cmpstr (kin_card_face_get_title (kin_card_preview_get_face (preview)), ==,
                   kin_principle_get_name (principle_at (project, 2)));

  kin_test_close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 360, 700);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_LEAFLET, NULL));
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  /* Folding is animated; the settled picture shows the list only. */
  kin_test_iterate (500);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) != GTK_WIDGET (editor) &&
                 !gtk_widget_is_ancestor (GTK_WIDGET (editor), adw_leaflet_get_visible_child (leaflet)));
  kin_test_screenshot (GTK_WIDGET (page), "principles-narrow-list");

  /* Adding a principle shows its editor, with a way back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.add", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (editor), adw_leaflet_get_visible_child (leaflet)));
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "principles.show-list"));
  g_assert_true (gtk_widget_is_visible (kin_test_find_actionable (GTK_WIDGET (page), "principles.show-list")));
  kin_test_screenshot (GTK_WIDGET (page), "principles-narrow-editor");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.show-list", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (editor), adw_leaflet_get_visible_child (leaflet)));

  kin_test_close_page (page);
}

static void
test_edit_fields (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);
  KinPrinciple *first = principle_at (project, 0);
  g_autofree char *old_name = g_strdup (kin_principle_get_name (first));
  g_autofree char *old_color = g_strdup (kin_principle_get_color (first));
  GtkWidget *name_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  GtkWidget *color_button = kin_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_COLOR_BUTTON, NULL);
  guint undo_before = kin_test_n_undo (project);

  /* Typing merges into one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "F");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Fa");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Fairness <&>");
  g_assert_cmpstr (kin_principle_get_name (first), ==, "Fairness <&>");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);

  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_principle_get_name (first), ==, old_name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, old_name);
  g_assert_true (kin_project_redo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Fairness <&>");

  /* The colour button writes #rrggbb. */
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color_button), &(GdkRGBA) { 1.0, 0.0, 0.5, 1.0 });
  g_signal_emit_by_name (color_button, "color-set");
  g_assert_cmpstr (kin_principle_get_color (first), ==, "#ff0080");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_principle_get_color (first), ==, old_color);

  kin_test_close_page (page);
}

static void
test_behaviours (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);
  KinPrinciple *first = principle_at (project, 0);
  g_auto(GStrv) original = g_strdupv ((char **) kin_principle_get_behaviours (first));
  guint n = g_strv_length (original);
  GtkWidget *group = kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_STRING_LIST_GROUP, NULL);
  GtkWidget *row;
  guint undo_before;

  g_assert_cmpuint (n, >=, 2);
  row = kin_principle_editor_get_behaviour_row (editor, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Behaviour 2");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (kin_test_find_actionable (row, "string-list.remove")), ==,
                   "Remove Behaviour");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (kin_test_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL)), ==,
                   "Move Behaviour");

  g_assert_true (gtk_widget_activate_action (group, "string-list.add", NULL));
  g_assert_cmpuint (g_strv_length ((char **) kin_principle_get_behaviours (first)), ==, n + 1);
  g_assert_cmpuint (kin_principle_editor_get_n_behaviour_rows (editor), ==, n + 1);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Behaviour");

  /* Typing in a behaviour is one undo step. */
  undo_before = kin_test_n_undo (project);
  row = kin_principle_editor_get_behaviour_row (editor, n);
  gtk_editable_set_text (GTK_EDITABLE (row), "I");
  gtk_editable_set_text (GTK_EDITABLE (row), "I say");
  gtk_editable_set_text (GTK_EDITABLE (row), "I say sorry");
  kin_principle_editor_flush (editor);
  g_assert_cmpstr (kin_principle_get_behaviours (first)[n], ==, "I say sorry");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);

  /* The pause in typing commits by itself too. */
  gtk_editable_set_text (GTK_EDITABLE (row), "I say sorry first");
  kin_test_iterate (700);
  g_assert_cmpstr (kin_principle_get_behaviours (first)[n], ==, "I say sorry first");

  /* Move it to the top, as Alt+Up does, then remove it. */
  for (int i = n; i > 0; i--)
    g_assert_true (gtk_widget_activate_action (group, "string-list.move-up", "i", i));
  g_assert_cmpstr (kin_principle_get_behaviours (first)[0], ==, "I say sorry first");
  g_assert_cmpstr (kin_principle_get_behaviours (first)[1], ==, original[0]);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_principle_editor_get_behaviour_row (editor, 0))),
                   ==, "I say sorry first");
  g_assert_true (gtk_widget_activate_action (group, "string-list.move-down", "i", 0));
  g_assert_cmpstr (kin_principle_get_behaviours (first)[1], ==, "I say sorry first");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Behaviour");

  g_assert_true (gtk_widget_activate_action (group, "string-list.remove", "i", 1));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Remove Behaviour");
  g_assert_cmpuint (g_strv_length ((char **) kin_principle_get_behaviours (first)), ==, n);
  g_assert_cmpuint (kin_principle_editor_get_n_behaviour_rows (editor), ==, n);
  g_assert_cmpstrv ((const char * const *) kin_principle_get_behaviours (first), original);

  /* Undo shows the removed behaviour again. */
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_principle_editor_get_n_behaviour_rows (editor), ==, n + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_principle_editor_get_behaviour_row (editor, 1))),
                   ==, "I say sorry first");

  kin_test_close_page (page);
}

static void
test_list_editing (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  guint n = n_principles (project);
  KinPrinciple *first = principle_at (project, 0);
  KinPrinciple *second = principle_at (project, 1);
  KinPrinciple *copy;
  const char *image = kin_principle_get_image (second);
  guint assets = n_assets (project);
  g_autofree char *copy_name = g_strdup_printf ("%s (copy)", kin_principle_get_name (second));
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "principles-list");
  g_autoptr(AdwToast) old_toast = NULL;

  /* Alt+Down and Alt+Up are bound to these actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.move-down", NULL));
  g_assert_true (principle_at (project, 1) == first);
  g_assert_true (kin_principles_page_get_selected (page) == first);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Principle");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.move-up", NULL));
  g_assert_true (principle_at (project, 0) == first);

  /* Dropping a row onto another moves it there. */
  g_assert_true (kin_test_drag_row (list, 0, list, n - 1));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Principle");
  g_assert_true (principle_at (project, n - 1) == first);
  g_assert_true (principle_at (project, 0) == second);
  g_assert_true (kin_project_undo (project));
  g_assert_true (principle_at (project, 0) == first);

  /* Duplicate: right after the original, sharing its artwork. */
  kin_principles_page_select (page, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.duplicate", NULL));
  g_assert_cmpuint (n_principles (project), ==, n + 1);
  copy = principle_at (project, 2);
  g_assert_cmpstr (kin_principle_get_name (copy), ==, copy_name);
  g_assert_cmpstr (kin_principle_get_image (copy), ==, image);
  g_assert_cmpstrv (kin_principle_get_behaviours (copy), kin_principle_get_behaviours (second));
  g_assert_true (kin_principles_page_get_selected (page) == copy);
  g_assert_cmpuint (n_assets (project), ==, assets);

  /* Deleting the copy keeps the shared artwork; deleting the original too
   * removes it, in the same undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.delete", NULL));
  g_assert_cmpuint (n_principles (project), ==, n);
  g_assert_cmpuint (n_assets (project), ==, assets);
  kin_principles_page_select (page, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.delete", NULL));
  g_assert_cmpuint (n_principles (project), ==, n - 1);
  g_assert_cmpuint (n_assets (project), ==, assets - 1);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Principle");
  /* The neighbour that took its place is selected. */
  g_assert_true (kin_principles_page_get_selected (page) == principle_at (project, 1));
  kin_test_screenshot (GTK_WIDGET (page), "principles-deleted-toast");

  /* The toast's Undo brings it back with its artwork. */
  g_assert_cmpstr (adw_toast_get_title (kin_test_get_undo_toast (GTK_WIDGET (page))), ==, "Principle deleted");
  kin_test_click_undo_toast (GTK_WIDGET (page));
  g_assert_cmpuint (n_principles (project), ==, n);
  g_assert_true (principle_at (project, 1) == second);
  g_assert_cmpuint (n_assets (project), ==, assets);
  g_assert_nonnull (kin_asset_store_lookup (kin_project_get_assets (project), image));

  /* An old toast goes once something else was done, and its Undo does
   * nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.delete", NULL));
  old_toast = g_object_ref (kin_test_get_undo_toast (GTK_WIDGET (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "principles.add", NULL));
  g_assert_null (kin_test_get_undo_toast (GTK_WIDGET (page)));
  g_signal_emit_by_name (old_toast, "button-clicked");
  g_assert_cmpuint (n_principles (project), ==, n);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Principle");

  kin_test_close_page (page);
}

static void
test_artwork (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinPrinciple) principle = kin_principle_new ();
  g_autoptr(GBytes) png = make_png (120, 80);
  g_autoptr(GBytes) other = make_png (60, 40);
  g_autoptr(GBytes) text = g_bytes_new_static ("hello, world", 12);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_id = NULL;

  kin_project_append (project, kin_project_get_principles (project), principle);

  g_assert_cmpstr (kin_artwork_sniff_mime (png), ==, "image/png");
  g_assert_cmpstr (kin_artwork_sniff_mime (text), ==, NULL);
  svg = g_bytes_new_static ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                            "width=\"10\" height=\"10\"/>", 82);
  g_assert_cmpstr (kin_artwork_sniff_mime (svg), ==, "image/svg+xml");

  g_assert_true (kin_artwork_set (project, principle, png, "a.png", &error));
  g_assert_no_error (error);
  first_id = g_strdup (kin_principle_get_image (principle));
  g_assert_nonnull (first_id);
  g_assert_cmpuint (n_assets (project), ==, 1);
  g_assert_cmpstr (kin_asset_get_mime (kin_asset_store_lookup (kin_project_get_assets (project), first_id)),
                   ==, "image/png");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Artwork");

  /* Replacing the artwork drops the old image in the same step. */
  g_assert_true (kin_artwork_set (project, principle, other, "b.png", &error));
  g_assert_cmpuint (n_assets (project), ==, 1);
  g_assert_cmpstr (kin_principle_get_image (principle), !=, first_id);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_assets (project), ==, 1);
  g_assert_nonnull (kin_asset_store_lookup (kin_project_get_assets (project), kin_principle_get_image (principle)));
  g_assert_true (g_bytes_equal (kin_asset_get_data (kin_asset_store_lookup (kin_project_get_assets (project),
                                                                           kin_principle_get_image (principle))),
                                png));

  /* Not an image, and too large: refused with a message, nothing changed. */
  g_assert_false (kin_artwork_set (project, principle, text, "notes.txt", &error));
  g_assert_error (error, KIN_ARTWORK_ERROR, KIN_ARTWORK_ERROR_NOT_AN_IMAGE);
  g_assert_nonnull (strstr (error->message, "notes.txt"));
  g_clear_error (&error);
  huge = g_bytes_new_take (g_malloc0 (KIN_ARTWORK_MAX_BYTES + 1), KIN_ARTWORK_MAX_BYTES + 1);
  g_assert_false (kin_artwork_set (project, principle, huge, "big.png", &error));
  g_assert_error (error, KIN_ARTWORK_ERROR, KIN_ARTWORK_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_assert_cmpuint (n_assets (project), ==, 1);

  /* Removing is one undoable step that also drops the unused asset. */
  kin_artwork_remove (project, principle);
  g_assert_null (kin_principle_get_image (principle));
  g_assert_cmpuint (n_assets (project), ==, 0);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Remove Artwork");
  g_assert_true (kin_project_undo (project));
  g_assert_nonnull (kin_principle_get_image (principle));
  g_assert_cmpuint (n_assets (project), ==, 1);
}

static void
test_artwork_from_file (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);
  KinPrinciple *first = principle_at (project, 0);
  g_autoptr(GBytes) png = make_png (200, 120);
  g_autofree char *png_path = g_build_filename (tmpdir, "art.png", NULL);
  g_autofree char *text_path = g_build_filename (tmpdir, "art.jpg", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png_path);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  KinAsset *asset;

  g_assert_true (g_file_set_contents (png_path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), &error));
  g_assert_true (g_file_set_contents (text_path, "not really a JPEG", -1, &error));

  kin_principle_editor_load_artwork (editor, png_file);
  wait_until_loaded (editor);
  asset = kin_asset_store_lookup (kin_project_get_assets (project), kin_principle_get_image (first));
  g_assert_nonnull (asset);
  g_assert_true (g_bytes_equal (kin_asset_get_data (asset), png));
  kin_test_screenshot (GTK_WIDGET (page), "principles-new-artwork");

  /* A file named .jpg that is not an image is explained, not stored. */
  kin_principle_editor_load_artwork (editor, text_file);
  wait_until_loaded (editor);
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "art.jpg"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a PNG, JPEG or SVG"));
  g_assert_true (kin_asset_store_lookup (kin_project_get_assets (project),
                                         kin_principle_get_image (first)) == asset);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove-artwork", NULL));
  g_assert_null (kin_principle_get_image (first));

  g_unlink (png_path);
  g_unlink (text_path);
  kin_test_close_page (page);
}

static void
test_keyboard (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinPrinciplesPage *page = show_page (project, 1000, 760);
  KinPrincipleEditor *editor = kin_principles_page_get_editor (page);
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "principles-list");

  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "<Alt>Up", "principles.move-up", -1));
  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "<Alt>Down", "principles.move-down", -1));
  g_assert_true (kin_test_has_shortcut (list, "Delete", "principles.delete", -1));
  /* In a behaviour, the same keys move the behaviour instead. */
  g_assert_true (kin_test_has_shortcut (kin_principle_editor_get_behaviour_row (editor, 1),
                               "<Alt>Up", "string-list.move-up", 1));
  g_assert_true (kin_test_has_shortcut (kin_principle_editor_get_behaviour_row (editor, 1),
                               "<Alt>Down", "string-list.move-down", 1));

  kin_test_close_page (page);
}

static void
test_in_window (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "principles", 1100, 760);
  KinPrinciplesPage *page;

  page = KIN_PRINCIPLES_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_PRINCIPLES_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (kin_principles_page_get_project (page) == kin_window_get_project (window));
  kin_test_screenshot (GTK_WIDGET (window), "window-principles");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  kin_test_iterate (600);
  kin_test_screenshot (GTK_WIDGET (window), "window-principles-narrow");

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestPrinciples", &tmpdir);

  g_test_add_func ("/principles/empty-state", test_empty_state);
  g_test_add_func ("/principles/starter", test_starter_shows_principles);
  g_test_add_func ("/principles/narrow", test_narrow);
  g_test_add_func ("/principles/edit-fields", test_edit_fields);
  g_test_add_func ("/principles/behaviours", test_behaviours);
  g_test_add_func ("/principles/list-editing", test_list_editing);
  g_test_add_func ("/principles/artwork", test_artwork);
  g_test_add_func ("/principles/artwork-from-file", test_artwork_from_file);
  g_test_add_func ("/principles/keyboard", test_keyboard);
  g_test_add_func ("/principles/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
