/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-test-presenting.h"
#include "kin-test-util.h"

/* What the tests of presenting share: a window on the starter project,
 * presenting it, the presenting keys, and the pixels of a window. */

KinSession *
kin_test_first_session (KinProject *project)
{
  g_autoptr(KinSession) session = g_list_model_get_item (kin_project_get_sessions (project), 0);

  /* The project keeps it alive. */
  return session;
}

void
kin_test_start_presenting (KinWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.present");

  /* F5 is the accelerator of win.present. */
  g_assert_cmpstr (accels[0], ==, "F5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_nonnull (kin_window_get_presenter (window));
  g_assert_nonnull (kin_window_get_projector (window));
  kin_test_wait_for_frame (GTK_WIDGET (kin_window_get_projector (window)));
  kin_test_wait_for_frame (GTK_WIDGET (kin_window_get_console (window)));
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "kin-presenting-keys") == 0)
        return controller;
    }

  return NULL;
}

gboolean
kin_test_press_key (GtkWidget *window,
                    guint      keyval)
{
  GtkEventController *controller = find_key_controller (window);
  gboolean handled = FALSE;

  g_assert_nonnull (controller);
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  kin_test_iterate (10);

  return handled;
}

/* Renders @widget as it is on screen and returns the pixels. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
kin_test_download (GtkWidget     *widget,
                   KinTestPixels *pixels)
{
  g_autoptr(GdkTexture) texture = render_widget (widget);

  pixels->width = gdk_texture_get_width (texture);
  pixels->height = gdk_texture_get_height (texture);
  pixels->stride = pixels->width * 4;
  pixels->data = g_malloc (pixels->stride * pixels->height);
  gdk_texture_download (texture, pixels->data, pixels->stride);
}

/* Cairo's order: B, G, R, A in memory on little-endian machines. */
void
kin_test_pixel_at (const KinTestPixels *pixels,
                   guint                x,
                   guint                y,
                   GdkRGBA             *rgba)
{
  const guint32 *row = (const guint32 *) (pixels->data + y * pixels->stride);
  guint32 argb = row[x];

  rgba->alpha = ((argb >> 24) & 0xff) / 255.0;
  rgba->red = ((argb >> 16) & 0xff) / 255.0;
  rgba->green = ((argb >> 8) & 0xff) / 255.0;
  rgba->blue = (argb & 0xff) / 255.0;
}

gboolean
kin_test_same_color (const GdkRGBA *a,
                     const GdkRGBA *b)
{
  return fabs (a->red - b->red) < 0.02 && fabs (a->green - b->green) < 0.02 &&
         fabs (a->blue - b->blue) < 0.02;
}

guint
kin_test_count_changed (const KinTestPixels *a,
                        const KinTestPixels *b)
{
  guint changed = 0;

  g_assert_cmpuint (a->width, ==, b->width);
  g_assert_cmpuint (a->height, ==, b->height);

  for (guint y = 0; y < a->height; y++)
    {
      const guint32 *row_a = (const guint32 *) (a->data + y * a->stride);
      const guint32 *row_b = (const guint32 *) (b->data + y * b->stride);

      for (guint x = 0; x < a->width; x++)
        changed += row_a[x] != row_b[x];
    }

  return changed;
}

GtkWidget *
kin_test_find_label (GtkWidget  *root,
                     const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL &&
      gtk_widget_is_visible (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kin_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}
