/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-page.h"
#include "kin-boards-page.h"
#include "kin-gains-page.h"
#include "kin-model.h"
#include "kin-principles-page.h"
#include "kin-print-page.h"
#include "kin-sessions-page.h"
#include "kin-window-private.h"

typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  const char *description;
  /* The page's widget type: a GtkWidget with a "project" property. Sections
   * without one show their description. */
  GType      (*page_type) (void);
} KinSection;

/* Sidebar order. The ids are also the targets of the win.show-section action,
 * so keyboard accelerators and the command line can name a section. */
static const KinSection sections[] = {
  { "overview", N_("Overview"), "go-home-symbolic",
    N_("The project at a glance: its title, organisation and what it holds."),
    kin_overview_page_get_type },
  { "principles", N_("Principles"), "starred-symbolic",
    N_("The short list of principles your programme is built on, with the behaviours "
       "that show them and the artwork for the pocket cards."), kin_principles_page_get_type },
  { "standards", N_("Standards"), "emblem-ok-symbolic",
    N_("Service standards grouped by area, each with a target and a question to ask "
       "customers, so it can be measured.") },
  { "cards", N_("Conversation Cards"), "view-paged-symbolic",
    N_("Decks of prompt cards, grouped by principle, to draw one at a time in a "
       "workshop."), kin_cards_page_get_type },
  { "boards", N_("Vision Boards"), "view-grid-symbolic",
    N_("Future-vision boards: sticky notes, themes and dot voting."),
    kin_boards_page_get_type },
  { "assessment", N_("Self-Assessment"), "x-office-spreadsheet-symbolic",
    N_("Teams score themselves from 1 to 5 against each commitment.") },
  { "journeys", N_("Journey Maps"), "mark-location-symbolic",
    N_("Customer journey maps: stages, lanes and how the customer feels at each "
       "moment.") },
  { "gains", N_("Marginal Gains"), "face-smile-symbolic",
    N_("The champions' log of small changes that made things better for a customer."),
    kin_gains_page_get_type },
  { "sessions", N_("Sessions"), "x-office-presentation-symbolic",
    N_("Workshop agendas with timeboxes, run from a projector window and a presenter "
       "console."), kin_sessions_page_get_type },
  { "print", N_("Print Cards"), "printer-symbolic",
    N_("Pocket-size principle cards, printed several to a sheet with crop marks."), kin_print_page_get_type },
};

G_DEFINE_FINAL_TYPE (KinWindow, kin_window, ADW_TYPE_APPLICATION_WINDOW)

static int
find_section (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, id) == 0)
      return i;

  return -1;
}

static GtkWidget *
create_sidebar_row (const KinSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (section->icon_name);
  GtkWidget *label = gtk_label_new (_(section->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, section->id);

  return row;
}

static GtkWidget *
create_section_page (const KinSection *section)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), section->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _(section->title));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), _(section->description));

  return page;
}

/* F5 presents the session chosen on the Sessions page. */
static void
selected_session_changed_cb (KinWindow       *self,
                             GParamSpec      *pspec,
                             KinSessionsPage *page)
{
  kin_window_set_active_session (self, kin_sessions_page_get_selected_session (page));
}

/* Pages are made the first time they are shown: a window that opens on the
 * welcome page, or goes straight to one section, builds nothing else, which
 * keeps start-up quick. */
static GtkWidget *
ensure_page (KinWindow *self,
             guint      index)
{
  const KinSection *section = &sections[index];
  GtkWidget *page = gtk_stack_get_child_by_name (self->section_stack, section->id);

  if (page != NULL)
    return page;

  if (section->page_type != NULL)
    page = g_object_new (section->page_type (), "project", self->project, NULL);
  else
    page = create_section_page (section);

  gtk_stack_add_named (self->section_stack, page, section->id);

  if (KIN_IS_SESSIONS_PAGE (page))
    {
      g_signal_connect_object (page, "notify::selected-session",
                               G_CALLBACK (selected_session_changed_cb), self, G_CONNECT_SWAPPED);
      selected_session_changed_cb (self, NULL, KIN_SESSIONS_PAGE (page));
    }

  return page;
}

/* The window's title names the project and marks unsaved changes, so a
 * facilitator can see at a glance whether the room's work is safe. */
static void
update_titles (KinWindow *self)
{
  int index = find_section (kin_window_get_section (self));
  g_autofree char *name = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *window_title = NULL;
  gboolean modified;

  if (index >= 0)
    adw_window_title_set_title (self->content_title, _(sections[index].title));

  if (self->project == NULL)
    {
      adw_window_title_set_subtitle (self->content_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Kindling"));
      return;
    }

  name = _kin_window_dup_display_name (self);
  modified = kin_project_get_modified (self->project);
  /* Translators: the mark before a project name when it has unsaved changes. */
  marked = modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  /* The sidebar keeps a short fixed title: a long project name there would
   * widen the sidebar at the expense of the page. */
  adw_window_title_set_subtitle (self->content_title, marked);

  /* Translators: the window title, "project name — Kindling". */
  window_title = g_strdup_printf (_("%s — Kindling"), marked);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
select_section (KinWindow  *self,
                const char *id,
                gboolean    navigate)
{
  int index = find_section (id);
  GtkListBoxRow *row;

  if (index < 0)
    {
      g_warning ("No section called “%s”", id);
      return;
    }

  row = gtk_list_box_get_row_at_index (self->sidebar_list, index);
  if (gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);

  ensure_page (self, index);
  gtk_stack_set_visible_child_name (self->section_stack, id);
  update_titles (self);

  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
sidebar_row_activated_cb (KinWindow     *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  select_section (self, gtk_widget_get_name (GTK_WIDGET (row)), TRUE);
}

static void
leaflet_folded_cb (KinWindow  *self,
                   GParamSpec *pspec,
                   AdwLeaflet *leaflet)
{
  /* Folded, the sidebar is a page of its own and keeps no row highlighted;
   * unfolded, it shows where the user is. */
  if (adw_leaflet_get_folded (leaflet))
    gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_NONE);
  else
    {
      gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_SINGLE);
      if (kin_window_get_section (self) != NULL)
        select_section (self, kin_window_get_section (self), FALSE);
    }
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  kin_window_show_section (KIN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinWindow *self = KIN_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
save_window_state (KinWindow *self)
{
  int width, height;

  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  /* The size of a maximised window is the screen's; keep the size the user
   * chose, so unmaximising next time returns to it. */
  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
kin_window_close_request (GtkWindow *window)
{
  KinWindow *self = KIN_WINDOW (window);

  /* The projector goes with the window. Stopping records the time the last
   * item ran, so it is among the changes the question below is about. */
  _kin_window_stop_presenting (self);

  /* Unsaved work is never dropped silently: ask first, and close only when the
   * user has chosen (the dialog closes the window again with closing set). */
  if (!self->closing && self->project != NULL && kin_project_get_modified (self->project))
    {
      _kin_window_confirm_close (self);
      return GDK_EVENT_STOP;
    }

  save_window_state (self);

  /* Closing with the changes saved or knowingly discarded: the draft is no
   * longer needed. */
  _kin_window_forget_draft (self);

  return GTK_WINDOW_CLASS (kin_window_parent_class)->close_request (window);
}

static void
kin_window_dispose (GObject *object)
{
  KinWindow *self = KIN_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  _kin_window_stop_presenting (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->active_session);
  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  g_clear_pointer (&self->draft_id, g_free);

  G_OBJECT_CLASS (kin_window_parent_class)->dispose (object);
}

static void
kin_window_class_init (KinWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kin_window_dispose;
  window_class->close_request = kin_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KinWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, content);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, KinWindow, section_stack);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);

  _kin_window_class_actions_init (klass);
  _kin_window_class_presenting_init (klass);

  g_type_ensure (KIN_TYPE_WELCOME_PAGE);
}

static void
kin_window_init (KinWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _kin_window_presenting_init (self);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&sections[i]));

  self->settings = g_settings_new (BASE_APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  kin_window_set_project (self, NULL, NULL);
}

/**
 * kin_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer none): a new main window
 */
KinWindow *
kin_window_new (KinApplication *application)
{
  return g_object_new (KIN_TYPE_WINDOW, "application", application, NULL);
}

static void
project_changed_cb (KinWindow *self)
{
  update_titles (self);
  _kin_window_update_actions (self);
  _kin_window_project_changed (self);
}

/**
 * kin_window_set_project:
 * @project: (nullable): the project to show, or %NULL for the welcome page
 * @file: (nullable): where the project is saved, %NULL when it never was
 *
 * Shows @project in this window, replacing whatever it showed.
 */
void
kin_window_set_project (KinWindow  *self,
                        KinProject *project,
                        GFile      *file)
{
  g_return_if_fail (KIN_IS_WINDOW (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->project != project)
    {
      /* A presentation belongs to the project it shows. */
      _kin_window_stop_presenting (self);
      g_clear_object (&self->active_session);

      if (self->project != NULL)
        g_signal_handlers_disconnect_by_data (self->project, self);

      /* A draft belongs to the project it was written for. */
      _kin_window_forget_draft (self);

      g_set_object (&self->project, project);

      if (project != NULL)
        {
          g_signal_connect_object (project, "changed",
                                   G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (project, "notify::is-modified",
                                   G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }

  g_set_object (&self->file, file);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (self->section_stack, sections[i].id);

      if (page != NULL && sections[i].page_type != NULL)
        g_object_set (page, "project", project, NULL);
    }

  /* Saving sets the same project again with its new file: a presentation
   * under way stays on the screen. */
  if (self->presenter == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, project != NULL ? "project" : "welcome");
      if (project != NULL)
        select_section (self, sections[0].id, FALSE);
    }

  update_titles (self);
  _kin_window_update_actions (self);
}

/**
 * kin_window_get_project:
 *
 * Returns: (transfer none) (nullable): the project shown, if any
 */
KinProject *
kin_window_get_project (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * kin_window_get_file:
 *
 * Returns: (transfer none) (nullable): where the project is saved
 */
GFile *
kin_window_get_file (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * kin_window_show_section:
 * @section: a section id such as "principles"
 *
 * Shows the section's page; on a narrow window this also leaves the sidebar.
 */
void
kin_window_show_section (KinWindow  *self,
                         const char *section)
{
  g_return_if_fail (KIN_IS_WINDOW (self));

  select_section (self, section, TRUE);
}

/**
 * kin_window_get_section:
 *
 * Returns: (nullable): the id of the section being shown, %NULL before a
 * project has been shown
 */
const char *
kin_window_get_section (KinWindow *self)
{
  g_return_val_if_fail (KIN_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->section_stack);
}

/**
 * kin_window_show_toast:
 * @message: plain text, never markup
 *
 * Shows non-blocking news at the bottom of the window.
 */
void
kin_window_show_toast (KinWindow  *self,
                       const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (KIN_IS_WINDOW (self));

  /* Toast titles are markup; messages may quote user text such as file names. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

guint
kin_window_get_n_sections (void)
{
  return G_N_ELEMENTS (sections);
}

const char *
kin_window_get_section_id (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (sections), NULL);

  return sections[index].id;
}

const char *
kin_window_get_section_title (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (sections), NULL);

  return _(sections[index].title);
}
