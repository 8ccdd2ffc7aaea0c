/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-agenda-editor.h"
#include "kin-agenda-row.h"
#include "kin-model.h"
#include "kin-sessions-page.h"

G_BEGIN_DECLS

/* The page, in a window of its own; kin_test_close_page() closes it. */
KinSessionsPage *kin_test_show_sessions_page (KinProject      *project,
                                              int              width,
                                              int              height);

/* The model, item by item; the project keeps what is returned alive. */
KinSession      *kin_test_session_at         (KinProject      *project,
                                              guint            index);
guint            kin_test_n_sessions         (KinProject      *project);
KinAgendaItem   *kin_test_item_at            (KinSession      *session,
                                              guint            index);
guint            kin_test_n_items            (KinSession      *session);

/* The agenda as shown. */
KinAgendaEditor *kin_test_agenda_editor      (KinSessionsPage *page);
GtkWidget       *kin_test_agenda_list        (KinSessionsPage *page);
KinAgendaRow    *kin_test_agenda_row         (KinSessionsPage *page,
                                              guint            index);
const char      *kin_test_start_text         (KinSessionsPage *page,
                                              guint            index);

/* Widgets found by their widget name. */
GtkWidget       *kin_test_find_entry_row     (GtkWidget       *root,
                                              const char      *name);
gboolean         kin_test_widget_shown       (GtkWidget       *root,
                                              GType            type,
                                              const char      *name);

gboolean         kin_test_press_shortcut     (GtkWidget       *widget,
                                              const char      *trigger,
                                              const char      *action,
                                              GtkWidget       *focus);

G_END_DECLS
