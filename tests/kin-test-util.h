/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-application.h"
#include "kin-card-preview.h"
#include "kin-types.h"
#include "kin-undo-toast.h"
#include "kin-window.h"

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

/* The shortcut of one of @widget's shortcut controllers that runs @action,
 * with @argument when it is not negative, for @trigger; or NULL. */
GtkShortcut *kin_test_find_shortcut (GtkWidget  *widget,
                                     const char *trigger,
                                     const char *action,
                                     int         argument);
gboolean   kin_test_has_shortcut    (GtkWidget  *widget,
                                     const char *trigger,
                                     const char *action,
                                     int         argument);

/* A page (any widget with a "project" property) in a window of its own,
 * and closing it again. */
void       kin_test_present         (GtkWidget  *child,
                                     int         width,
                                     int         height);
GtkWidget *kin_test_show_page       (GType       page_type,
                                     KinProject *project,
                                     int         width,
                                     int         height);
void       kin_test_close_page      (gpointer    page);

/* A main window of @app on a new project from the starter, at @width by
 * @height, showing the page of @section (when not NULL). */
KinWindow *kin_test_open_starter_window (KinApplication *app,
                                         const char     *section,
                                         int             width,
                                         int             height);

/* Pictures for a person to look at: of the window or popover that holds
 * @widget, or of @widget alone. */
void       kin_test_screenshot      (GtkWidget  *widget,
                                     const char *name);
void       kin_test_screenshot_widget (GtkWidget  *widget,
                                       const char *name);

/* The first event controller of @type on @widget, or NULL. */
gpointer   kin_test_find_controller (GtkWidget  *widget,
                                     GType       type);
/* Drags row @from of @from_list and drops it on row @to of @to_list. */
gboolean   kin_test_drag_row        (GtkWidget  *from_list,
                                     guint       from,
                                     GtkWidget  *to_list,
                                     guint       to);

/* What a page shows. */
guint      kin_test_n_rows          (GtkWidget  *list);
const char *kin_test_visible_stack_child (GtkWidget *root);
GtkWidget *kin_test_find_row_titled (GtkWidget  *root,
                                     GType       type,
                                     const char *title);
const char *kin_test_label_text     (GtkWidget  *root,
                                     const char *name);
gpointer   kin_test_find_toplevel   (GType       type);
void       kin_test_wait_for_preview (KinCardPreview *preview,
                                      const char     *title);

guint      kin_test_n_undo          (KinProject *project);

/* The undo toast shown last in the toast overlay around or inside @widget,
 * and pressing its Undo button. */
AdwToast  *kin_test_get_undo_toast  (GtkWidget  *widget);
void       kin_test_click_undo_toast (GtkWidget *widget);

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
