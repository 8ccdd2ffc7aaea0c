/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-undo-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-undo-toast.h"

/* A toast that offers to undo the step just made, such as a deletion. Its
 * Undo button takes back that step and nothing else: the toast goes away as
 * soon as the project changes again, and the button checks that the step is
 * still the last one. Widgets anywhere below a toast overlay can show one,
 * so the button works through a signal rather than an action, which the
 * overlay could not see.
 */

#define CURRENT_KEY "kin-undo-toast"

typedef struct
{
  GWeakRef project;
  guint    undo_depth;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->project);
  g_free (undo);
}

static void
button_clicked_cb (AdwToast *toast)
{
  UndoData *undo = g_object_get_data (G_OBJECT (toast), "kin-undo-data");
  g_autoptr(KinProject) project = g_weak_ref_get (&undo->project);

  if (project == NULL)
    return;

  if (kin_history_get_n_undo (kin_project_get_history (project)) == undo->undo_depth)
    kin_project_undo (project);
}

static void
project_changed_cb (AdwToast *toast)
{
  adw_toast_dismiss (toast);
}

static void
toast_dismissed_cb (AdwToast        *toast,
                    AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), CURRENT_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), CURRENT_KEY, NULL);
}

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  return ancestor != NULL ? ADW_TOAST_OVERLAY (ancestor) : NULL;
}

/**
 * kin_undo_toast_show:
 * @widget: a widget inside an #AdwToastOverlay
 * @project: the project whose last step the toast can undo
 * @title: the toast's text, plain (it is escaped here)
 *
 * Shows @title with an Undo button in the nearest toast overlay above
 * @widget. Call it right after the step it undoes.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when @widget is
 *   not inside a toast overlay
 */
AdwToast *
kin_undo_toast_show (GtkWidget  *widget,
                     KinProject *project,
                     const char *title)
{
  AdwToastOverlay *overlay;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  UndoData *undo;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  overlay = find_overlay (widget);
  if (overlay == NULL)
    return NULL;

  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));

  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->project, project);
  undo->undo_depth = kin_history_get_n_undo (kin_project_get_history (project));
  g_object_set_data_full (G_OBJECT (toast), "kin-undo-data", undo, undo_data_free);

  g_signal_connect (toast, "button-clicked", G_CALLBACK (button_clicked_cb), NULL);
  /* Any later edit, or an undo by other means, makes the offer stale. */
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                           toast, G_CONNECT_SWAPPED);

  g_object_set_data_full (G_OBJECT (overlay), CURRENT_KEY, g_object_ref (toast), g_object_unref);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb),
                           overlay, 0);

  adw_toast_overlay_add_toast (overlay, toast);

  return toast;
}

/**
 * kin_undo_toast_get_current:
 * @widget: a widget inside an #AdwToastOverlay
 *
 * Returns: (transfer none) (nullable): the undo toast shown last in the
 *   nearest toast overlay above @widget, while it is shown
 */
AdwToast *
kin_undo_toast_get_current (GtkWidget *widget)
{
  AdwToastOverlay *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  overlay = ADW_IS_TOAST_OVERLAY (widget) ? ADW_TOAST_OVERLAY (widget) : find_overlay (widget);
  if (overlay == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (overlay), CURRENT_KEY);
}
