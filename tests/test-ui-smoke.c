/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>

#include "kin-application.h"
#include "kin-model.h"
#include "kin-window.h"
#include "kin-test-util.h"

static KinApplication *app;

static const char *expected_titles[] = {
  "Overview", "Principles", "Standards", "Conversation Cards", "Vision Boards",
  "Self-Assessment", "Journey Maps", "Marginal Gains", "Sessions", "Print Cards",
};

static KinWindow *
open_window (int width,
             int height)
{
  KinWindow *window = kin_window_new (app);
  g_autoptr(KinProject) project = kin_project_new ();

  /* The sections belong to an open project; without one the window welcomes. */
  kin_window_set_project (window, project, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

static const char *
row_label (GtkWidget *row)
{
  GtkWidget *label = kin_test_find_widget (row, GTK_TYPE_LABEL, NULL);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_sidebar_lists_every_section (void)
{
  KinWindow *window = open_window (1100, 760);
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar");
  guint n = 0;

  g_assert_nonnull (list);
  g_assert_cmpuint (kin_window_get_n_sections (), ==, G_N_ELEMENTS (expected_titles));

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected_titles));
      g_assert_cmpstr (row_label (row), ==, expected_titles[n]);
      g_assert_true (gtk_widget_get_visible (row));
      n++;
    }

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected_titles));
  kin_test_destroy_window (window);
}

static void
test_visit_every_page (void)
{
  KinWindow *window = open_window (1100, 760);
  GtkWidget *stack = kin_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, "sections");

  g_assert_nonnull (stack);

  for (guint i = 0; i < kin_window_get_n_sections (); i++)
    {
      const char *id = kin_window_get_section_id (i);
      g_autofree char *shot = g_strdup_printf ("section-%s", id);
      g_autoptr(GError) error = NULL;
      GtkWidget *page;

      /* Go there the way a user's keyboard shortcut does: through the action. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section",
                                                 "s", id));
      kin_test_wait_for_frame (GTK_WIDGET (window));

      g_assert_cmpstr (kin_window_get_section (window), ==, id);
      page = gtk_stack_get_visible_child (GTK_STACK (stack));
      g_assert_nonnull (page);
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpint (gtk_widget_get_width (page), >, 300);

      g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), shot, &error));
      g_assert_no_error (error);
    }

  kin_test_destroy_window (window);
}

static void
test_narrow_window_folds (void)
{
  KinWindow *window = open_window (360, 640);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (window),
                                                           ADW_TYPE_LEAFLET, NULL));
  g_autoptr(GError) error = NULL;
  int minimum;

  g_assert_nonnull (leaflet);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  /* Nothing inside may ask for more width than a 360 px phone-sized window. */
  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), "narrow-sidebar", &error));

  kin_window_show_section (window, "gains");
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (kin_window_get_section (window), ==, "gains");

  g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), "narrow-page", &error));
  g_assert_no_error (error);

  /* Back to the sidebar, as the back button and Alt+Left do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_widget_get_name (adw_leaflet_get_visible_child (leaflet)), !=, "content");
  g_assert_false (adw_leaflet_get_visible_child (leaflet) ==
                  gtk_widget_get_parent (kin_test_find_widget (GTK_WIDGET (window),
                                                               GTK_TYPE_STACK, "sections")));

  kin_test_destroy_window (window);
}

static void
test_wide_window_does_not_fold (void)
{
  KinWindow *window = open_window (1100, 760);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (window),
                                                           ADW_TYPE_LEAFLET, NULL));
  g_autoptr(GError) error = NULL;

  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_true (kin_test_save_screenshot (GTK_WIDGET (window), "main-window", &error));
  g_assert_no_error (error);
  kin_test_destroy_window (window);
}

static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *actions,
                   GHashTable *accels)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_autofree char *accel = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accel, NULL);
      if (action != NULL)
        g_hash_table_add (actions, g_steal_pointer (&action));
      if (accel != NULL)
        g_hash_table_add (accels, g_steal_pointer (&accel));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, actions, accels);
}

static void
test_shortcuts_window_lists_every_accelerator (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) described = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  guint checked = 0;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  collect_shortcuts (overlay, actions, accels);

  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto(GStrv) keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                  described[i]);

      if (keys[0] == NULL)
        continue;

      if (!g_hash_table_contains (actions, described[i]))
        g_error ("The shortcuts window does not list %s (%s)", described[i], keys[0]);
      checked++;
    }

  /* Every accelerator the application sets, plus the shortcuts window's own. */
  g_assert_cmpuint (checked, >=, 14);
  g_assert_true (g_hash_table_contains (actions, "win.show-help-overlay"));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_window_size_is_remembered (void)
{
  GSettings *settings = kin_application_get_settings (app);
  KinWindow *window = open_window (900, 640);

  gtk_window_close (GTK_WINDOW (window));
  kin_test_iterate (20);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window opens at the remembered size. */
  window = kin_window_new (app);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_style_preference (void)
{
  GSettings *settings = kin_application_get_settings (app);
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));

  g_action_group_activate_action (G_ACTION_GROUP (app), "style-variant",
                                  g_variant_new_string ("light"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  g_autofree char *stored = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (stored, ==, "light");

  g_settings_set_string (settings, "style-variant", "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_about_window (void)
{
  KinWindow *window = open_window (1100, 760);
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwAboutWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  kin_test_iterate (100);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (item))
        about = ADW_ABOUT_WINDOW (item);
    }

  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Kindling");
  g_assert_nonnull (adw_about_window_get_developers (about));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (about));
  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "Test", NULL);

  g_test_add_func ("/ui/sidebar-lists-every-section", test_sidebar_lists_every_section);
  g_test_add_func ("/ui/visit-every-page", test_visit_every_page);
  g_test_add_func ("/ui/narrow-window-folds", test_narrow_window_folds);
  g_test_add_func ("/ui/wide-window-does-not-fold", test_wide_window_does_not_fold);
  g_test_add_func ("/ui/shortcuts-window-lists-every-accelerator",
                   test_shortcuts_window_lists_every_accelerator);
  g_test_add_func ("/ui/window-size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/ui/style-preference", test_style_preference);
  g_test_add_func ("/ui/about-window", test_about_window);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
