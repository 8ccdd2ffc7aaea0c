/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-drafts.h"
#include "kin-welcome-page.h"
#include "kin-window.h"

/* What the welcome page shows before a project is open: ways to start, and the
 * projects opened or saved recently. Its buttons and rows activate the
 * window's actions, so they behave exactly like the menu and shortcuts. */

#define MAX_RECENT 8

struct _KinWelcomePage
{
  GtkWidget         parent_instance;

  GtkRecentManager *recent_manager;

  GtkWidget        *scroller;
  AdwStatusPage    *status_page;
  AdwPreferencesGroup *recent_group;
  GtkListBox       *recent_list;
  AdwPreferencesGroup *drafts_group;
  GtkListBox       *drafts_list;
  guint             n_recent;
  guint             n_drafts;
};

G_DEFINE_FINAL_TYPE (KinWelcomePage, kin_welcome_page, GTK_TYPE_WIDGET)

static gboolean
is_project (GtkRecentInfo *info)
{
  const char *mime = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  return g_strcmp0 (mime, "application/x-kindling") == 0 ||
         (uri != NULL && g_str_has_suffix (uri, ".kindling"));
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *x = *(GtkRecentInfo **) a;
  GtkRecentInfo *y = *(GtkRecentInfo **) b;
  GDateTime *tx = gtk_recent_info_get_modified (x);
  GDateTime *ty = gtk_recent_info_get_modified (y);

  /* Newest first. */
  return g_date_time_compare (ty, tx);
}

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *location = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* Names and paths are user text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), location);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
reload_recent (KinWelcomePage *self)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  clear_list (self->recent_list);

  for (GList *l = items; l != NULL; l = l->next)
    if (is_project (l->data) && gtk_recent_info_exists (l->data))
      g_ptr_array_add (projects, l->data);

  g_ptr_array_sort (projects, compare_recent);

  self->n_recent = MIN (projects->len, MAX_RECENT);
  for (guint i = 0; i < self->n_recent; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (projects, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), self->n_recent > 0);

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* A draft is offered for recovery unless a window of this application is
 * still writing it. */
static gboolean
draft_in_use (KinWelcomePage *self,
              const char     *id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (app == NULL)
    return FALSE;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (KIN_IS_WINDOW (l->data) &&
        g_strcmp0 (kin_window_get_draft_id (l->data), id) == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
create_draft_row (KinDraftInfo *info)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (info->saved);
  /* Translators: when a draft was autosaved; see g_date_time_format(). */
  g_autofree char *when = g_date_time_format (local, _("Autosaved %-d %B at %H:%M"));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *recover = gtk_button_new_with_mnemonic (_("_Recover"));
  GtkWidget *discard = gtk_button_new_from_icon_name ("user-trash-symbolic");

  if (info->original_uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (info->original_uri);
      g_autofree char *name = g_file_get_basename (file);

      subtitle = g_strdup_printf ("%s · %s", when, name);
    }
  else
    subtitle = g_strdup_printf (_("%s · never saved"), when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *info->title != '\0' ? info->title : _("Untitled Project"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (recover, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (recover), "win.restore-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (recover), "s", info->id);

  gtk_widget_set_valign (discard, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (discard, "flat");
  gtk_widget_set_tooltip_text (discard, _("Discard These Changes"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (discard), "win.discard-draft");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (discard), "s", info->id);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recover);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), discard);

  return row;
}

static void
reload_drafts (KinWelcomePage *self)
{
  g_autoptr(GPtrArray) drafts = kin_drafts_list ();

  clear_list (self->drafts_list);
  self->n_drafts = 0;

  for (guint i = 0; i < drafts->len; i++)
    {
      KinDraftInfo *info = g_ptr_array_index (drafts, i);

      if (draft_in_use (self, info->id))
        continue;

      gtk_list_box_append (self->drafts_list, create_draft_row (info));
      self->n_drafts++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->drafts_group), self->n_drafts > 0);
}

static void
kin_welcome_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kin_welcome_page_parent_class)->map (widget);

  /* Drafts come and go as other windows save; look again when shown. */
  reload_drafts (KIN_WELCOME_PAGE (widget));
}

static void
kin_welcome_page_dispose (GObject *object)
{
  KinWelcomePage *self = KIN_WELCOME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (kin_welcome_page_parent_class)->dispose (object);
}

static void
kin_welcome_page_class_init (KinWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_welcome_page_dispose;
  widget_class->map = kin_welcome_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, recent_list);
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, drafts_group);
  gtk_widget_class_bind_template_child (widget_class, KinWelcomePage, drafts_list);
}

static void
kin_welcome_page_init (KinWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->status_page, APPLICATION_ID);

  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed",
                           G_CALLBACK (reload_recent), self, G_CONNECT_SWAPPED);
  reload_recent (self);
  reload_drafts (self);
}

/**
 * kin_welcome_page_get_n_recent:
 *
 * Returns: how many recent projects the page lists
 */
guint
kin_welcome_page_get_n_recent (KinWelcomePage *self)
{
  g_return_val_if_fail (KIN_IS_WELCOME_PAGE (self), 0);

  return self->n_recent;
}

/**
 * kin_welcome_page_get_n_drafts:
 *
 * Returns: how many drafts of unsaved work the page offers to recover
 */
guint
kin_welcome_page_get_n_drafts (KinWelcomePage *self)
{
  g_return_val_if_fail (KIN_IS_WELCOME_PAGE (self), 0);

  return self->n_drafts;
}

/**
 * kin_welcome_page_reload:
 *
 * Lists the drafts and recent projects again.
 */
void
kin_welcome_page_reload (KinWelcomePage *self)
{
  g_return_if_fail (KIN_IS_WELCOME_PAGE (self));

  reload_drafts (self);
  reload_recent (self);
}
