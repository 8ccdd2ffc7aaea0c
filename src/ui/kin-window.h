/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-application.h"
#include "kin-presenter-console.h"
#include "kin-project.h"
#include "kin-projector-window.h"

G_BEGIN_DECLS

#define KIN_TYPE_WINDOW (kin_window_get_type ())

G_DECLARE_FINAL_TYPE (KinWindow, kin_window, KIN, WINDOW, AdwApplicationWindow)

KinWindow  *kin_window_new               (KinApplication *application);
KinProject *kin_window_get_project       (KinWindow      *self);
GFile      *kin_window_get_file          (KinWindow      *self);
void        kin_window_set_project       (KinWindow      *self,
                                          KinProject     *project,
                                          GFile          *file);
void        kin_window_open_file         (KinWindow      *self,
                                          GFile          *file);
void        kin_window_save_to_file      (KinWindow      *self,
                                          GFile          *file);
gboolean    kin_window_is_busy           (KinWindow      *self);
void        kin_window_autosave_now      (KinWindow      *self);
const char *kin_window_get_draft_id      (KinWindow      *self);
void        kin_window_restore_draft     (KinWindow      *self,
                                          const char     *draft_id);
void        kin_window_show_section      (KinWindow      *self,
                                          const char     *section);
const char *kin_window_get_section       (KinWindow      *self);
void        kin_window_show_toast        (KinWindow      *self,
                                          const char     *message);

/* Presenting (kin-window-presenting.c). */
void                 kin_window_set_active_session (KinWindow  *self,
                                                    KinSession *session);
KinSession          *kin_window_get_active_session (KinWindow  *self);
KinPresenter        *kin_window_get_presenter      (KinWindow  *self);
KinProjectorWindow  *kin_window_get_projector      (KinWindow  *self);
KinPresenterConsole *kin_window_get_console        (KinWindow  *self);

/* The sections of the window, in sidebar order. */
guint       kin_window_get_n_sections    (void);
const char *kin_window_get_section_id    (guint           index);
const char *kin_window_get_section_title (guint           index);

G_END_DECLS
