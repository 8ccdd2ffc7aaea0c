/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-application.h"

G_BEGIN_DECLS

void     kin_test_wait_for_frame   (GtkWidget  *widget);
void     kin_test_iterate          (guint       milliseconds);
gboolean kin_test_save_screenshot  (GtkWidget  *widget,
                                    const char *name,
                                    GError    **error);
GtkWidget *kin_test_find_widget    (GtkWidget  *root,
                                    GType       type,
                                    const char *name);

GtkWidget *kin_test_find_actionable (GtkWidget  *root,
                                     const char *action_name);

/* Whether @widget has a shortcut controller that runs @action, with
 * @argument when it is not negative, for @trigger. */
gboolean   kin_test_has_shortcut    (GtkWidget  *widget,
                                     const char *trigger,
                                     const char *action,
                                     int         argument);

KinApplication *kin_test_init_app      (int         *argc,
                                        char      ***argv,
                                        const char  *name,
                                        char       **tmpdir);
void            kin_test_destroy_window (gpointer     window);

int        kin_test_run_kindling   (const char * const  *args,
                                    char               **err);

/* Returns: (transfer full): the bundled example project, freshly loaded. */
gpointer   kin_test_load_starter    (void);

G_END_DECLS
