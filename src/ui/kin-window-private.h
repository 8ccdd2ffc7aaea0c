/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-window.h"
#include "kin-overview-page.h"
#include "kin-presenter.h"
#include "kin-welcome-page.h"

G_BEGIN_DECLS

struct _KinWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  KinProject           *project;
  GFile                *file;
  GPtrArray            *load_warnings;
  GCancellable         *cancellable;
  gboolean              close_after_save;
  gboolean              closing;

  /* Autosaving unsaved changes to a draft (see kin-drafts.c). */
  char                 *draft_id;
  guint                 autosave_source;
  gint64                autosave_pending_since;

  /* Presenting a session (see kin-window-presenting.c). */
  KinSession           *active_session;
  KinPresenter         *presenter;
  GtkWidget            *console;
  KinProjectorWindow   *projector;
  GdkMonitor           *projector_monitor;
  /* The size of the projector window when it was closed, to open it
   * again as it was; 0 before. */
  int                   projector_width;
  int                   projector_height;
  guint                 inhibit_cookie;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  KinWelcomePage       *welcome_page;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkWidget            *content;
  AdwWindowTitle       *content_title;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkStack             *section_stack;
};

void  _kin_window_class_actions_init (KinWindowClass *klass);
void  _kin_window_class_presenting_init (KinWindowClass *klass);
void  _kin_window_presenting_init    (KinWindow      *self);
void  _kin_window_stop_presenting    (KinWindow      *self);
AdwMessageDialog *_kin_window_ask_for_monitor (KinWindow  *self,
                                               KinSession *session);
void  _kin_window_update_actions     (KinWindow      *self);
void  _kin_window_confirm_close      (KinWindow      *self);
void  _kin_window_project_changed    (KinWindow      *self);
void  _kin_window_forget_draft       (KinWindow      *self);
char *_kin_window_dup_display_name   (KinWindow      *self);
void  _kin_window_show_error         (KinWindow      *self,
                                      const char     *heading,
                                      const char     *message);

G_END_DECLS
