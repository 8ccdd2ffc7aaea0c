/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-model.h"
#include "kin-overview-page.h"

/* The Overview section: the project's title and organisation, which can be
 * edited here (undoably), and a count of everything the project holds, each
 * row leading to its section. */

typedef struct
{
  const char *section;
  const char *title;
} CountRow;

static const CountRow count_rows[] = {
  { "principles", N_("Principles") },
  { "standards", N_("Standards") },
  { "cards", N_("Conversation Cards") },
  { "boards", N_("Vision Boards") },
  { "assessment", N_("Self-Assessments") },
  { "journeys", N_("Journey Maps") },
  { "gains", N_("Marginal Gains") },
  { "sessions", N_("Sessions") },
};

struct _KinOverviewPage
{
  GtkWidget            parent_instance;

  KinProject          *project;
  gboolean             updating;

  GtkWidget           *preferences_page;
  AdwEntryRow         *title_row;
  AdwEntryRow         *organisation_row;
  AdwActionRow        *dates_row;
  AdwPreferencesGroup *contents_group;
  GtkWidget           *count_labels[G_N_ELEMENTS (count_rows)];
};

G_DEFINE_FINAL_TYPE (KinOverviewPage, kin_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_nested (GListModel *list,
              GListModel *(*get_children) (gpointer item))
{
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      total += g_list_model_get_n_items (get_children (item));
    }

  return total;
}

static char *
describe_count (KinProject *project,
                const char *section)
{
  if (g_str_equal (section, "principles"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_principles (project)));
  if (g_str_equal (section, "standards"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_standards (project)));
  if (g_str_equal (section, "cards"))
    {
      GListModel *decks = kin_project_get_decks (project);
      guint n_decks = g_list_model_get_n_items (decks);
      guint n_cards = count_nested (decks, (gpointer) kin_deck_get_cards);
      g_autofree char *decks_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deck", "%u decks", n_decks), n_decks);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u card", "%s, %u cards", n_cards),
                              decks_text, n_cards);
    }
  if (g_str_equal (section, "boards"))
    {
      GListModel *boards = kin_project_get_boards (project);
      guint n_boards = g_list_model_get_n_items (boards);
      guint n_notes = count_nested (boards, (gpointer) kin_board_get_notes);
      g_autofree char *boards_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u board", "%u boards", n_boards), n_boards);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u note", "%s, %u notes", n_notes),
                              boards_text, n_notes);
    }
  if (g_str_equal (section, "assessment"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_assessments (project)));
  if (g_str_equal (section, "journeys"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_journeys (project)));
  if (g_str_equal (section, "gains"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_gains (project)));
  if (g_str_equal (section, "sessions"))
    return g_strdup_printf ("%u", g_list_model_get_n_items (kin_project_get_sessions (project)));

  g_return_val_if_reached (NULL);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static char *
format_date (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return g_strdup (_("Unknown"));

  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp);

  local = g_date_time_to_local (utc);
  /* Translators: a date, as in "22 November 2026"; see g_date_time_format(). */
  return g_date_time_format (local, _("%-d %B %Y"));
}

static void
update (KinOverviewPage *self)
{
  gtk_widget_set_sensitive (self->preferences_page, self->project != NULL);
  if (self->project == NULL)
    return;

  /* Updating the rows from the model must not feed back into the model. */
  self->updating = TRUE;
  set_row_text (self->title_row, kin_project_get_title (self->project));
  set_row_text (self->organisation_row, kin_project_get_organisation (self->project));
  self->updating = FALSE;

  {
    g_autofree char *created = format_date (kin_project_get_created (self->project));
    adw_action_row_set_subtitle (self->dates_row, created);
  }

  for (guint i = 0; i < G_N_ELEMENTS (count_rows); i++)
    {
      g_autofree char *text = describe_count (self->project, count_rows[i].section);

      gtk_label_set_text (GTK_LABEL (self->count_labels[i]), text);
    }
}

static void
edit_text (KinOverviewPage *self,
           const char      *property,
           AdwEntryRow     *row)
{
  if (self->updating || self->project == NULL)
    return;

  kin_project_set (self->project, self->project,
                   property, gtk_editable_get_text (GTK_EDITABLE (row)),
                   NULL);
}

static void
title_changed_cb (KinOverviewPage *self,
                  AdwEntryRow     *row)
{
  edit_text (self, "title", row);
}

static void
organisation_changed_cb (KinOverviewPage *self,
                         AdwEntryRow     *row)
{
  edit_text (self, "organisation", row);
}

static void
kin_overview_page_dispose (GObject *object)
{
  KinOverviewPage *self = KIN_OVERVIEW_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_overview_page_parent_class)->dispose (object);
}

static void
kin_overview_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KinOverviewPage *self = KIN_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_overview_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KinOverviewPage *self = KIN_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_overview_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_overview_page_class_init (KinOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_overview_page_dispose;
  object_class->get_property = kin_overview_page_get_property;
  object_class->set_property = kin_overview_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinOverviewPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, KinOverviewPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, KinOverviewPage, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, KinOverviewPage, dates_row);
  gtk_widget_class_bind_template_child (widget_class, KinOverviewPage, contents_group);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, organisation_changed_cb);
}

static void
kin_overview_page_init (KinOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Z in these fields undoes the project's history, which already
   * holds each burst of typing as one step, rather than the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->organisation_row), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (count_rows); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      self->count_labels[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->count_labels[i], "dim-label");
      gtk_widget_add_css_class (self->count_labels[i], "kin-count");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(count_rows[i].title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->count_labels[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-section");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", count_rows[i].section);
      adw_preferences_group_add (self->contents_group, row);
    }

  update (self);
}

KinProject *
kin_overview_page_get_project (KinOverviewPage *self)
{
  g_return_val_if_fail (KIN_IS_OVERVIEW_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_overview_page_set_project:
 * @project: (nullable): the project to show
 */
void
kin_overview_page_set_project (KinOverviewPage *self,
                               KinProject      *project)
{
  g_return_if_fail (KIN_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_overview_page_get_count_text:
 * @section: a section id, e.g. "gains"
 *
 * Returns: the count the page shows for @section, for tests
 */
const char *
kin_overview_page_get_count_text (KinOverviewPage *self,
                                  const char      *section)
{
  g_return_val_if_fail (KIN_IS_OVERVIEW_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (count_rows); i++)
    if (g_str_equal (count_rows[i].section, section))
      return gtk_label_get_text (GTK_LABEL (self->count_labels[i]));

  return NULL;
}
