/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas.h"
#include "kin-model.h"
#include "kin-presenter-console.h"
#include "kin-projector-window.h"
#include "kin-window-private.h"

/* Presenting a session from the window: F5 (win.present) turns the window
 * into the presenter console and opens the projector window; Esc
 * (win.stop-presenting) turns it back. While presenting, the keys that run
 * the session work in both windows:
 *
 *   Space, Right, Page Down   forward (draw the next card, or the next item)
 *   Left, Page Up             back
 *   B                         blank the projector, or show it again
 *   T                         start or pause the timer
 *   C                         type a capture
 *   A                         type a new action
 *   Esc                       stop presenting
 *
 * In a text field, Space, the arrows and the letters type as usual. Page Up
 * and Page Down, which is what presenter clickers send, always act, and so
 * does F5. Esc in a text field first leaves the field, so that a capture
 * being typed is never lost to a stray key; a second Esc stops.
 *
 * The board canvas of a board item keeps its own keys while it has the
 * focus: Space, the arrows, N, Delete and Enter work on the board, and
 * while a note is written every letter is the note's. Page Up, Page Down,
 * F5 and Esc still run the session, and so do B, T, C and A, which the
 * board has no use for. Esc while a note is written ends the edit,
 * keeping the text, and leaves the keyboard on the board.
 */

#define PRESENTING_PAGE "presenting"

/* Which session to present --------------------------------------------------- */

static gboolean
has_session (KinWindow  *self,
             KinSession *session)
{
  guint position;

  return session != NULL && self->project != NULL &&
         g_list_store_find (G_LIST_STORE (kin_project_get_sessions (self->project)), session, &position);
}

/* The session chosen on the Sessions page; else today's; else the first. */
static KinSession *
find_session_to_present (KinWindow *self)
{
  GListModel *sessions = kin_project_get_sessions (self->project);
  g_autofree char *today = kin_date_today ();
  guint n = g_list_model_get_n_items (sessions);
  g_autoptr(KinSession) first = NULL;

  if (has_session (self, self->active_session))
    return self->active_session;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinSession) session = g_list_model_get_item (sessions, i);

      if (g_strcmp0 (kin_session_get_date (session), today) == 0)
        return session;
    }

  if (n == 0)
    return NULL;

  /* The project keeps it alive. */
  first = g_list_model_get_item (sessions, 0);
  return first;
}

/**
 * kin_window_set_active_session:
 * @session: (nullable): a session of the window's project
 *
 * Sets the session that win.present (F5) presents. Without one, F5
 * presents the session dated today, or else the first session.
 */
void
kin_window_set_active_session (KinWindow  *self,
                               KinSession *session)
{
  g_return_if_fail (KIN_IS_WINDOW (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  g_set_object (&self->active_session, session);
}

/**
 * kin_window_get_active_session:
 *
 * Returns: (transfer none) (nullable): the session F5 would present now,
 *   or the one being presented
 */
KinSession *
kin_window_get_active_session (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  if (self->presenter != NULL)
    return kin_presenter_get_session (self->presenter);

  return self->project != NULL ? find_session_to_present (self) : NULL;
}

/**
 * kin_window_get_presenter:
 *
 * Returns: (transfer none) (nullable): the session being presented, %NULL
 *   when the window is not presenting
 */
KinPresenter *
kin_window_get_presenter (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->presenter;
}

/**
 * kin_window_get_projector:
 *
 * Returns: (transfer none) (nullable): the projector window, while it is
 *   open
 */
KinProjectorWindow *
kin_window_get_projector (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->projector;
}

/**
 * kin_window_get_console:
 *
 * Returns: (transfer none) (nullable): the presenter console, while
 *   presenting
 */
KinPresenterConsole *
kin_window_get_console (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->console != NULL ? KIN_PRESENTER_CONSOLE (self->console) : NULL;
}

/* The projector window ----------------------------------------------------- */

static void
projector_destroyed_cb (KinWindow *self)
{
  self->projector = NULL;

  if (self->presenter != NULL)
    kin_window_show_toast (self, _("The projector window was closed. Press F5 to open it again."));
}

/* The projector closed while presenting is opened again with F5 as it
 * was: fullscreen on the same screen, or as a window of the same size. */
static gboolean
projector_close_request_cb (KinWindow          *self,
                            KinProjectorWindow *projector)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (projector));
  GdkMonitor *monitor = NULL;

  if (gtk_window_is_fullscreen (GTK_WINDOW (projector)) && surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (projector)), surface);

  g_set_object (&self->projector_monitor, monitor);
  if (monitor == NULL)
    {
      self->projector_width = gtk_widget_get_width (GTK_WIDGET (projector));
      self->projector_height = gtk_widget_get_height (GTK_WIDGET (projector));
    }

  return FALSE;
}

static gboolean presenting_key_pressed_cb (GtkEventControllerKey *controller,
                                           guint                  keyval,
                                           guint                  keycode,
                                           GdkModifierType        state,
                                           KinWindow             *self);

static GtkEventController *
create_key_controller (KinWindow *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* The capture phase sees a key before the focused widget does, so the
   * keys work whatever has the focus; the handler itself lets text fields
   * have the keys they type with. */
  gtk_event_controller_set_name (controller, "kin-presenting-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (presenting_key_pressed_cb), self, 0);

  return controller;
}

static void
open_projector (KinWindow *self)
{
  if (self->projector != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->projector));
      return;
    }

  self->projector = kin_projector_window_new (self->presenter);
  gtk_window_set_application (GTK_WINDOW (self->projector),
                              gtk_window_get_application (GTK_WINDOW (self)));
  gtk_widget_add_controller (GTK_WIDGET (self->projector), create_key_controller (self));
  g_signal_connect_object (self->projector, "destroy",
                           G_CALLBACK (projector_destroyed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->projector, "close-request",
                           G_CALLBACK (projector_close_request_cb), self, G_CONNECT_SWAPPED);
  if (self->projector_monitor == NULL && self->projector_width > 0 && self->projector_height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self->projector), self->projector_width, self->projector_height);
  kin_projector_window_show (self->projector, self->projector_monitor);

  if (self->projector_monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (self->projector_monitor, &geometry);
      if (geometry.height > 0)
        kin_projector_view_set_aspect_ratio (kin_presenter_console_get_preview (KIN_PRESENTER_CONSOLE (self->console)),
                                             (double) geometry.width / geometry.height);
    }
}

static void
close_projector (KinWindow *self)
{
  KinProjectorWindow *projector = g_steal_pointer (&self->projector);

  if (projector == NULL)
    return;

  g_signal_handlers_disconnect_by_data (projector, self);
  gtk_window_destroy (GTK_WINDOW (projector));
}

/* Starting and stopping ----------------------------------------------------- */

static void
sessions_changed_cb (KinWindow *self)
{
  /* Deleting the session that is on the screen (or undoing its creation)
   * ends the presentation: there is nothing left to show. */
  if (self->presenter != NULL && !has_session (self, kin_presenter_get_session (self->presenter)))
    _kin_window_stop_presenting (self);
}

static void
start_presenting (KinWindow  *self,
                  KinSession *session,
                  GdkMonitor *monitor)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_assert (self->presenter == NULL);

  self->presenter = kin_presenter_new (self->project, session);
  g_set_object (&self->projector_monitor, monitor);
  self->projector_width = self->projector_height = 0;

  self->console = kin_presenter_console_new (self->presenter);
  gtk_stack_add_named (self->main_stack, self->console, PRESENTING_PAGE);
  gtk_stack_set_visible_child (self->main_stack, self->console);

  g_signal_connect_object (kin_project_get_sessions (self->project), "items-changed",
                           G_CALLBACK (sessions_changed_cb), self, G_CONNECT_SWAPPED);

  open_projector (self);

  /* The screen must not dim or lock in the middle of a conversation. */
  if (application != NULL)
    self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Presenting a session"));

  /* The console keeps the keyboard, so the facilitator can type straight
   * away; the projector only shows. */
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  _kin_window_update_actions (self);
}

/* Stops presenting, if the window is: the projector closes and the window
 * shows the project again. */
void
_kin_window_stop_presenting (KinWindow *self)
{
  g_autoptr(KinPresenter) presenter = g_steal_pointer (&self->presenter);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GtkWidget *console = g_steal_pointer (&self->console);

  if (presenter == NULL)
    return;

  /* The time the last item ran is part of the record of the session. */
  if (kin_presenter_get_state (presenter) == KIN_PRESENTER_STATE_RUNNING)
    kin_presenter_end (presenter);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (kin_project_get_sessions (self->project),
                                          sessions_changed_cb, self);

  close_projector (self);
  g_clear_object (&self->projector_monitor);

  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      gtk_stack_set_visible_child_name (self->main_stack, self->project != NULL ? "project" : "welcome");
      gtk_stack_remove (self->main_stack, console);
      _kin_window_update_actions (self);
    }
}

static void
monitor_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     KinWindow        *self)
{
  KinSession *session = g_object_get_data (G_OBJECT (dialog), "kin-session");
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = NULL;

  if (g_str_equal (response, "cancel") || self->presenter != NULL || !has_session (self, session))
    return;

  if (g_str_has_prefix (response, "monitor-"))
    {
      guint index = (guint) g_ascii_strtoull (response + strlen ("monitor-"), NULL, 10);

      monitor = g_list_model_get_item (monitors, index);
    }

  start_presenting (self, session, monitor);
}

/* With a projector plugged in as a second screen, the facilitator picks
 * it; the screen this window is not on is offered first. Returns the
 * question, which answers for itself. */
AdwMessageDialog *
_kin_window_ask_for_monitor (KinWindow  *self,
                             KinSession *session)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *own = surface != NULL
    ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface) : NULL;
  AdwMessageDialog *dialog;
  g_autofree char *suggested = NULL;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Show the Session Where?"),
                                                       _("The projector window fills the screen you "
                                                         "choose. This window becomes the presenter "
                                                         "console.")));

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      g_autofree char *id = g_strdup_printf ("monitor-%u", i);
      g_autofree char *label = kin_projector_dup_monitor_label (monitor);
      g_auto(GStrv) parts = g_strsplit (label, "_", -1);
      /* Response labels take mnemonics; a connector such as "DP_1" must
       * keep its underscore. */
      g_autofree char *escaped = g_strjoinv ("__", parts);

      adw_message_dialog_add_response (dialog, id, escaped);
      if (suggested == NULL && monitor != own)
        suggested = g_steal_pointer (&id);
    }

  adw_message_dialog_add_response (dialog, "window", _("In a _Window"));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (suggested != NULL)
    {
      adw_message_dialog_set_response_appearance (dialog, suggested, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, suggested);
    }
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "kin-session", g_object_ref (session), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (monitor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);
  GListModel *monitors;
  KinSession *session;

  if (self->project == NULL)
    return;

  /* Already presenting: bring the projector back, even if it was closed. */
  if (self->presenter != NULL)
    {
      open_projector (self);
      return;
    }

  session = find_session_to_present (self);
  if (session == NULL)
    {
      kin_window_show_toast (self, _("There is no session to present. Add one on the Sessions page."));
      return;
    }

  monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
  if (g_list_model_get_n_items (monitors) > 1)
    _kin_window_ask_for_monitor (self, session);
  else
    start_presenting (self, session, NULL);
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _kin_window_stop_presenting (KIN_WINDOW (widget));
}

/* Keys ---------------------------------------------------------------------- */

static gboolean
is_text_field (GtkWidget *widget)
{
  return widget != NULL && (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));
}

/* The board canvas that has the focus, or whose note editor has it. */
static KinBoardCanvas *
focused_canvas (GtkWidget *focus)
{
  GtkWidget *canvas = focus != NULL ? gtk_widget_get_ancestor (focus, KIN_TYPE_BOARD_CANVAS) : NULL;

  return canvas != NULL ? KIN_BOARD_CANVAS (canvas) : NULL;
}

static gboolean
run (KinWindow  *self,
     const char *action)
{
  gtk_widget_activate_action (self->console, action, NULL);
  return GDK_EVENT_STOP;
}

static gboolean
presenting_key_pressed_cb (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           KinWindow             *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  KinBoardCanvas *canvas;
  GtkWidget *focus;
  gboolean typing;

  if (self->presenter == NULL || self->console == NULL)
    return GDK_EVENT_PROPAGATE;

  /* Shortcuts with Ctrl or Alt (Ctrl+Z, Ctrl+S) are the window's. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return GDK_EVENT_PROPAGATE;

  /* A key for an open menu or popover is that popover's. */
  if (event != NULL && gdk_event_get_surface (event) != gtk_native_get_surface (GTK_NATIVE (widget)))
    return GDK_EVENT_PROPAGATE;

  focus = gtk_root_get_focus (GTK_ROOT (widget));
  typing = is_text_field (focus);
  canvas = focused_canvas (focus);

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      return run (self, "presenter.next");

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      return run (self, "presenter.previous");

    case GDK_KEY_F5:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.present", NULL);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (canvas != NULL && kin_board_canvas_is_editing (canvas))
        {
          /* The keyboard goes back to the board, on the note. */
          kin_board_canvas_commit_edit (canvas);
          return GDK_EVENT_STOP;
        }
      /* A note held in a drag, or a theme being drawn, is dropped first,
       * as on the Boards page. */
      if (canvas != NULL && kin_board_canvas_cancel_gesture (canvas))
        return GDK_EVENT_STOP;
      if (typing)
        {
          gtk_root_set_focus (GTK_ROOT (widget), NULL);
          return GDK_EVENT_STOP;
        }
      gtk_widget_activate_action (GTK_WIDGET (self), "win.stop-presenting", NULL);
      return GDK_EVENT_STOP;

    default:
      break;
    }

  if (typing)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      /* On the board they select and move between notes. */
      if (canvas != NULL)
        return GDK_EVENT_PROPAGATE;
      return run (self, "presenter.next");

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (canvas != NULL)
        return GDK_EVENT_PROPAGATE;
      return run (self, "presenter.previous");

    case GDK_KEY_b:
    case GDK_KEY_B:
      return run (self, "presenter.toggle-blank");

    case GDK_KEY_t:
    case GDK_KEY_T:
      return run (self, "presenter.toggle-timer");

    case GDK_KEY_c:
    case GDK_KEY_C:
      gtk_window_present (GTK_WINDOW (self));
      kin_presenter_console_focus_capture (KIN_PRESENTER_CONSOLE (self->console));
      return GDK_EVENT_STOP;

    case GDK_KEY_a:
    case GDK_KEY_A:
      gtk_window_present (GTK_WINDOW (self));
      kin_action_list_focus_entry (kin_presenter_console_get_action_list (KIN_PRESENTER_CONSOLE (self->console)));
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Set-up -------------------------------------------------------------------- */

void
_kin_window_presenting_init (KinWindow *self)
{
  gtk_widget_add_controller (GTK_WIDGET (self), create_key_controller (self));
}

void
_kin_window_class_presenting_init (KinWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.stop-presenting", NULL, stop_presenting_action);
}
