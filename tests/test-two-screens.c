/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-projector-window.h"
#include "kin-test-presenting.h"
#include "kin-test-util.h"
#include "kin-window.h"

/*
 * Presenting with a projector plugged in as a second screen. This program
 * runs on a display with two screens (two-screens.sh gives it one), where
 * F5 must ask which screen is the projector, offer the one the console is
 * not on first, and fill the screen chosen.
 */

static KinApplication *app;
static char *tmpdir;

static GdkMonitor *
monitor_of (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));

  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface);
}

/* Waits until @window is fullscreen, as the compositor answers in its own
 * time. */
static gboolean
wait_for_fullscreen (GtkWindow *window)
{
  for (guint i = 0; i < 100 && !gtk_window_is_fullscreen (window); i++)
    kin_test_iterate (50);

  return gtk_window_is_fullscreen (window);
}

static void
test_present_on_second_screen (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "sessions", 1100, 700);
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  GdkMonitor *own = monitor_of (GTK_WIDGET (window));
  g_autoptr(GdkMonitor) projector_monitor = NULL;
  KinProjectorWindow *projector;
  AdwMessageDialog *dialog;
  const char *suggested;
  GdkRectangle geometry;
  guint index;

  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  g_assert_nonnull (own);

  /* F5 asks where, offering each screen, a window, and Cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_null (kin_window_get_presenter (window));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("monitor-%u", i);

      g_assert_true (adw_message_dialog_has_response (dialog, id));
    }
  g_assert_true (adw_message_dialog_has_response (dialog, "window"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));

  /* The screen the console is not on is offered first. */
  suggested = adw_message_dialog_get_default_response (dialog);
  g_assert_nonnull (suggested);
  g_assert_true (g_str_has_prefix (suggested, "monitor-"));
  index = (guint) g_ascii_strtoull (suggested + strlen ("monitor-"), NULL, 10);
  projector_monitor = g_list_model_get_item (monitors, index);
  g_assert_true (projector_monitor != own);
  kin_test_wait_for_frame (GTK_WIDGET (dialog));
  kin_test_screenshot_widget (GTK_WIDGET (dialog), "two-screens-question");

  /* Choosing it: the projector fills that screen, and the console keeps
   * its own. */
  adw_message_dialog_response (dialog, suggested);
  projector = kin_window_get_projector (window);
  g_assert_nonnull (projector);
  g_assert_true (kin_projector_window_get_monitor (projector) == projector_monitor);
  g_assert_true (wait_for_fullscreen (GTK_WINDOW (projector)));
  kin_test_wait_for_frame (GTK_WIDGET (projector));
  g_assert_true (monitor_of (GTK_WIDGET (projector)) == projector_monitor);
  g_assert_true (monitor_of (GTK_WIDGET (window)) == own);
  gdk_monitor_get_geometry (projector_monitor, &geometry);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (projector)), ==, geometry.width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (projector)), ==, geometry.height);
  g_assert_cmpfloat (kin_projector_window_get_prompt_pixel_size (projector), >=, geometry.height / 20.0);
  kin_test_screenshot_widget (GTK_WIDGET (projector), "two-screens-projector");

  /* Closed by mistake, F5 brings it back fullscreen on the same screen,
   * without asking. */
  gtk_window_close (GTK_WINDOW (projector));
  kin_test_iterate (50);
  g_assert_null (kin_window_get_projector (window));
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  /* At once: no question first. */
  projector = kin_window_get_projector (window);
  g_assert_nonnull (projector);
  g_assert_true (wait_for_fullscreen (GTK_WINDOW (projector)));
  kin_test_wait_for_frame (GTK_WIDGET (projector));
  g_assert_true (monitor_of (GTK_WIDGET (projector)) == projector_monitor);

  /* Made an ordinary window with F11 and closed: back as a window. */
  gtk_window_unfullscreen (GTK_WINDOW (projector));
  for (guint i = 0; i < 100 && gtk_window_is_fullscreen (GTK_WINDOW (projector)); i++)
    kin_test_iterate (50);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (projector)));
  gtk_window_close (GTK_WINDOW (projector));
  kin_test_iterate (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  projector = kin_window_get_projector (window);
  kin_test_iterate (300);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (projector)));
  g_assert_null (kin_projector_window_get_monitor (projector));

  /* Esc ends it; the next F5 asks again. */
  g_assert_true (kin_test_press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_null (kin_window_get_presenter (window));
  g_assert_null (kin_window_get_projector (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  dialog = kin_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  /* Cancel: nothing starts. */
  adw_message_dialog_response (dialog, "cancel");
  kin_test_iterate (50);
  g_assert_null (kin_window_get_presenter (window));

  kin_project_mark_saved (kin_window_get_project (window));
  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestTwoScreens", &tmpdir);

  g_test_add_func ("/two-screens/present", test_present_on_second_screen);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
