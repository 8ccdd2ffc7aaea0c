/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-projector"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-model.h"
#include "kin-projector-window.h"

/* The window on the projector. It holds nothing but the slide: no header
 * bar, no buttons, no pointer while it is fullscreen. On a second monitor
 * it opens fullscreen there; with one monitor it is an ordinary window that
 * the facilitator drags to the projector and makes fullscreen with F11 or a
 * double click. The keys that run the session are handled by the main
 * window, which listens to this one too.
 */

#define DEFAULT_WIDTH 1280
#define DEFAULT_HEIGHT 720

struct _KinProjectorWindow
{
  GtkWindow         parent_instance;

  KinPresenter     *presenter;
  KinProjectorView *view;
  GdkMonitor       *monitor;
};

G_DEFINE_FINAL_TYPE (KinProjectorWindow, kin_projector_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PRESENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (KinProjectorWindow *self)
{
  const char *session = self->presenter != NULL
    ? kin_session_get_title (kin_presenter_get_session (self->presenter)) : NULL;
  g_autofree char *title = NULL;

  if (session != NULL && *session != '\0')
    /* Translators: the projector window's title; %s is the session's title. */
    title = g_strdup_printf (_("%s — Projector"), session);
  else
    title = g_strdup (_("Projector"));

  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The pointer would sit in the middle of the slide for the whole session:
 * fullscreen, it is hidden. */
static void
fullscreened_cb (KinProjectorWindow *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->view), fullscreen ? "none" : NULL);
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
pressed_cb (GtkGestureClick    *gesture,
            int                 n_press,
            double              x,
            double              y,
            KinProjectorWindow *self)
{
  if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "projector.toggle-fullscreen", NULL);
}

static void
kin_projector_window_dispose (GObject *object)
{
  KinProjectorWindow *self = KIN_PROJECTOR_WINDOW (object);

  g_clear_object (&self->presenter);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (kin_projector_window_parent_class)->dispose (object);
}

static void
kin_projector_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KinProjectorWindow *self = KIN_PROJECTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      g_value_set_object (value, self->presenter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_projector_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KinProjectorWindow *self = KIN_PROJECTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      self->presenter = g_value_dup_object (value);
      kin_projector_view_set_presenter (self->view, self->presenter);
      update_title (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_projector_window_class_init (KinProjectorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_projector_window_dispose;
  object_class->get_property = kin_projector_window_get_property;
  object_class->set_property = kin_projector_window_set_property;

  properties[PROP_PRESENTER] =
    g_param_spec_object ("presenter", NULL, NULL,
                         KIN_TYPE_PRESENTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "projector.toggle-fullscreen", NULL,
                                   toggle_fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0,
                                       "projector.toggle-fullscreen", NULL);
}

static void
kin_projector_window_init (KinProjectorWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->view = KIN_PROJECTOR_VIEW (kin_projector_view_new (NULL));
  gtk_window_set_child (GTK_WINDOW (self), GTK_WIDGET (self->view));
  gtk_window_set_default_size (GTK_WINDOW (self), DEFAULT_WIDTH, DEFAULT_HEIGHT);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kin-projector");

  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (self, "notify::fullscreened",
                           G_CALLBACK (fullscreened_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kin_projector_window_new:
 * @presenter: the session being presented
 *
 * Returns: (transfer none): a new projector window, not yet shown; see
 *   kin_projector_window_show()
 */
KinProjectorWindow *
kin_projector_window_new (KinPresenter *presenter)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (presenter), NULL);

  return g_object_new (KIN_TYPE_PROJECTOR_WINDOW, "presenter", presenter, NULL);
}

/**
 * kin_projector_window_get_presenter:
 *
 * Returns: (transfer none): the presenter shown
 */
KinPresenter *
kin_projector_window_get_presenter (KinProjectorWindow *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_WINDOW (self), NULL);

  return self->presenter;
}

/**
 * kin_projector_window_get_view:
 *
 * Returns: (transfer none): the slide the window shows
 */
KinProjectorView *
kin_projector_window_get_view (KinProjectorWindow *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_WINDOW (self), NULL);

  return self->view;
}

/**
 * kin_projector_window_show:
 * @monitor: (nullable): the projector's monitor, or %NULL for an ordinary
 *   window
 *
 * Shows the window: fullscreen on @monitor, or as a resizable window the
 * user can move to the projector.
 */
void
kin_projector_window_show (KinProjectorWindow *self,
                           GdkMonitor         *monitor)
{
  g_return_if_fail (KIN_IS_PROJECTOR_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  g_set_object (&self->monitor, monitor);

  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }

  gtk_window_present (GTK_WINDOW (self));
}

/**
 * kin_projector_window_get_monitor:
 *
 * Returns: (transfer none) (nullable): the monitor the window was shown
 *   fullscreen on, %NULL for an ordinary window
 */
GdkMonitor *
kin_projector_window_get_monitor (KinProjectorWindow *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_WINDOW (self), NULL);

  return self->monitor;
}

/**
 * kin_projector_window_get_prompt_pixel_size:
 *
 * Returns: the size in pixels of the main text last drawn; see
 *   kin_projector_view_get_prompt_pixel_size()
 */
double
kin_projector_window_get_prompt_pixel_size (KinProjectorWindow *self)
{
  g_return_val_if_fail (KIN_IS_PROJECTOR_WINDOW (self), 0);

  return kin_projector_view_get_prompt_pixel_size (self->view);
}

/**
 * kin_projector_dup_monitor_label:
 * @monitor: a monitor
 *
 * Returns: (transfer full): how to name @monitor when asking which one is
 *   the projector: its model and connector, and its size in pixels
 */
char *
kin_projector_dup_monitor_label (GdkMonitor *monitor)
{
  const char *manufacturer = gdk_monitor_get_manufacturer (monitor);
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);
  int scale = MAX (gdk_monitor_get_scale_factor (monitor), 1);
  g_autoptr(GString) name = g_string_new (NULL);
  GdkRectangle geometry;

  g_return_val_if_fail (GDK_IS_MONITOR (monitor), NULL);

  if (manufacturer != NULL && *manufacturer != '\0')
    g_string_append (name, manufacturer);
  if (model != NULL && *model != '\0')
    g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", model);
  /* Some displays name the model after the connector; say it once. */
  if (connector != NULL && *connector != '\0' && g_strcmp0 (connector, model) != 0)
    {
      if (name->len > 0)
        g_string_append_printf (name, " (%s)", connector);
      else
        g_string_append (name, connector);
    }
  if (name->len == 0)
    g_string_append (name, _("Monitor"));

  gdk_monitor_get_geometry (monitor, &geometry);
  /* Translators: a monitor and its size in pixels, e.g.
   * "Dell U2415 (HDMI-1), 1920 × 1200". */
  return g_strdup_printf (_("%s, %d × %d"), name->str, geometry.width * scale, geometry.height * scale);
}
