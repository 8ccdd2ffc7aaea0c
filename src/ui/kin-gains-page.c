/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-labels.h"
#include "kin-gains-page-private.h"
#include "kin-gains-progress.h"
#include "kin-model.h"

/* The Marginal Gains section. The "Log" view has the quick-add line, the
 * searchable, filterable and sortable list, and the actions on the selected
 * gain; the "Progress" view has the charts.
 *
 * The list is a GtkColumnView over GtkSingleSelection (KinGainList), so
 * only the visible rows have widgets, however long the log grows.
 * KinGainList filters and sorts in the model layer, fast enough for a log
 * of 100,000 gains: a keystroke in the search never sorts, and a click on
 * a column heading sorts compact keys rather than gains.
 *
 * The column headings still work as GTK means them to: each column has a
 * sorter, and the column view combines them. GTK 4.8 has no public way to
 * ask the column view which column it sorts by, so the page asks its
 * sorter to compare two placeholders: the column view consults the
 * primary column's sorter first, which records its column and answers
 * "smaller", and the column view turns that into "larger" when the column
 * is sorted descending. That primary column and direction are then given
 * to the list.
 */

typedef struct
{
  KinGainSortKey  key;
  const char     *title;
  gboolean        expand;
  int             width;
} Column;

static const Column columns[] = {
  { KIN_GAIN_SORT_DATE, N_("Date"), FALSE, 110 },
  { KIN_GAIN_SORT_TITLE, N_("Title"), TRUE, 240 },
  { KIN_GAIN_SORT_TEAM, N_("Team"), FALSE, 150 },
  { KIN_GAIN_SORT_WHO, N_("Who"), FALSE, 110 },
  { KIN_GAIN_SORT_IMPACT, N_("Impact"), FALSE, 90 },
  { KIN_GAIN_SORT_EFFORT, N_("Effort"), FALSE, 80 },
  { KIN_GAIN_SORT_STATUS, N_("Status"), FALSE, 90 },
};

G_DEFINE_FINAL_TYPE (KinGainsPage, kin_gains_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Cells */

static char *
cell_text (KinGainSortKey  key,
           KinGain        *gain)
{
  switch (key)
    {
    case KIN_GAIN_SORT_DATE:
      return g_strdup (kin_gain_get_date (gain));
    case KIN_GAIN_SORT_TITLE:
      return g_strdup (kin_gain_get_title (gain));
    case KIN_GAIN_SORT_TEAM:
      return g_strdup (kin_gain_get_team (gain));
    case KIN_GAIN_SORT_WHO:
      return g_strdup (kin_gain_get_who (gain));
    case KIN_GAIN_SORT_IMPACT:
      return kin_gain_format_impact (kin_gain_get_impact (gain));
    case KIN_GAIN_SORT_EFFORT:
      return g_strdup (kin_effort_get_label (kin_gain_get_effort (gain)));
    case KIN_GAIN_SORT_STATUS:
      return g_strdup (kin_gain_status_get_label (kin_gain_get_status (gain)));
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
update_cell (GtkListItem *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  KinGain *gain = gtk_list_item_get_item (list_item);
  KinGainSortKey key = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "kin-key"));
  g_autofree char *text = NULL;

  if (gain == NULL)
    return;

  text = cell_text (key, gain);
  gtk_label_set_text (GTK_LABEL (label), text);

  if (key == KIN_GAIN_SORT_IMPACT)
    {
      g_autofree char *tooltip =
        g_strdup_printf (_("Impact %d of 5"), kin_gain_get_impact (gain));
      gtk_widget_set_tooltip_text (label, tooltip);
    }
  else if (key == KIN_GAIN_SORT_TITLE)
    gtk_widget_set_tooltip_text (label, text);

  /* A dropped gain stays in the list as a record, but it is shown dimmed so
   * that it does not read as a current win. */
  if (kin_gain_get_status (gain) == KIN_GAIN_STATUS_DROPPED)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  KinGainSortKey key = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (key == KIN_GAIN_SORT_DATE || key == KIN_GAIN_SORT_IMPACT)
    gtk_widget_add_css_class (label, "kin-count");
  g_object_set_data (G_OBJECT (label), "kin-key", GINT_TO_POINTER (key));
  gtk_list_item_set_child (list_item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  KinGain *gain = gtk_list_item_get_item (list_item);

  /* Cells follow edits of their gain, whether made in the editor, by undo
   * or by a merge. */
  g_signal_connect_object (gain, "notify", G_CALLBACK (update_cell),
                           list_item, G_CONNECT_SWAPPED);
  update_cell (list_item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  KinGain *gain = gtk_list_item_get_item (list_item);

  if (gain != NULL)
    g_signal_handlers_disconnect_by_func (gain, update_cell, list_item);
}

/* Sorting */

typedef struct
{
  KinGainsPage   *self;
  KinGainSortKey  key;
} ColumnSort;

/* The sort function of every column: only ever called by the probe in
 * sorter_changed_cb(), since no GTK model sorts the list. */
static int
probe_column_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ColumnSort *column = user_data;

  if (column->self->probed_key < 0)
    column->self->probed_key = (int) column->key;

  return -1;
}

static void
sorter_changed_cb (KinGainsPage *self)
{
  GtkSorter *sorter;
  GtkOrdering order;

  /* The columns go while the page is disposed, which changes the sorter. */
  if (self->column_view == NULL || self->gain_list == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);
  /* Two different non-NULL placeholders: the sorter answers "equal" for
   * an item compared with itself without asking the columns. */
  self->probed_key = -1;
  order = gtk_sorter_compare (sorter, self, self->column_view);

  if (self->probed_key < 0)
    kin_gain_list_set_sort (self->gain_list, KIN_GAIN_SORT_DATE, TRUE);
  else
    kin_gain_list_set_sort (self->gain_list, (KinGainSortKey) self->probed_key,
                            order == GTK_ORDERING_LARGER);
}

static void
add_columns (KinGainsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      gpointer key = GINT_TO_POINTER (columns[i].key);
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkCustomSorter *sorter;
      ColumnSort *column_sort = g_new (ColumnSort, 1);

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), key);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), key);
      g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), key);

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_resizable (column, TRUE);
      column_sort->self = self;
      column_sort->key = columns[i].key;
      sorter = gtk_custom_sorter_new (probe_column_cb, column_sort, g_free);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_object_unref (sorter);

      gtk_column_view_append_column (self->column_view, column);
    }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Newest first is what a champion looking for a recent win expects. */
  {
    g_autoptr(GtkColumnViewColumn) date_column =
      g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);

    gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_DESCENDING);
  }
}

/* Counts and empty states */

void
_kin_gains_page_update_count (KinGainsPage *self)
{
  guint total = 0;
  guint shown = 0;
  g_autofree char *text = NULL;

  if (self->project != NULL)
    {
      total = g_list_model_get_n_items (kin_project_get_gains (self->project));
      shown = g_list_model_get_n_items (G_LIST_MODEL (self->gain_list));
    }

  if (kin_gain_filter_is_empty (self->filter))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gain", "%u gains", total), total);
  else
    /* Translators: "18 of 20 gains": how many gains the search and filters show. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u gain", "%u of %u gains", total),
                            shown, total);

  gtk_label_set_text (self->count_label, text);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
list_items_changed_cb (KinGainsPage *self)
{
  _kin_gains_page_update_count (self);
}

/* Quick add */

static void
quick_entry_activate_cb (KinGainsPage *self)
{
  if (kin_gains_page_quick_add (self) == NULL)
    gtk_widget_error_bell (self->quick_entry);
}

/**
 * kin_gains_page_quick_add:
 *
 * Logs the text of the quick-add line as a new gain, as pressing Enter there
 * does: dated today, with the team and name used last time, status
 * "adopted" (it is a win the champion made), as one undo step "Add Gain".
 *
 * Returns: (transfer none) (nullable): the new gain, or %NULL when there is
 *   no project or nothing was typed
 */
KinGain *
kin_gains_page_quick_add (KinGainsPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  g_autofree char *now = NULL;
  g_autofree char *team = NULL;
  g_autofree char *who = NULL;
  g_autoptr(KinGain) gain = NULL;
  AdwToast *toast;

  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_entry))));
  if (self->project == NULL || *title == '\0')
    return NULL;

  today = kin_date_today ();
  now = kin_timestamp_now ();
  team = g_settings_get_string (self->settings, "last-gain-team");
  who = g_settings_get_string (self->settings, "last-gain-who");

  gain = kin_gain_new ();
  g_object_set (gain,
                "title", title,
                "date", today,
                "team", team,
                "who", who,
                "status", KIN_GAIN_STATUS_ADOPTED,
                "created", now,
                "modified", now,
                NULL);

  kin_project_begin_action (self->project, _("Add Gain"));
  kin_project_append (self->project, kin_project_get_gains (self->project), gain);
  kin_project_end_action (self->project);

  /* The line is ready for the next gain at once: champions often log a
   * few in a row. */
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
  gtk_widget_grab_focus (self->quick_entry);

  toast = adw_toast_new (_("Gain added"));
  adw_toast_set_button_label (toast, _("_Edit"));
  adw_toast_set_action_name (toast, "gains.edit-gain");
  adw_toast_set_action_target_value (toast,
                                     g_variant_new_string (kin_object_get_id (KIN_OBJECT (gain))));
  _kin_gains_page_toast (self, toast, _("Gain added"));

  return gain;
}

/* The list */

static void
column_view_activate_cb (KinGainsPage *self,
                         guint         position)
{
  g_autoptr(KinGain) gain = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (gain != NULL)
    _kin_gains_page_open_editor (self, gain);
}

static void
project_changed_cb (KinGainsPage *self)
{
  /* The list follows edits of the gains by itself; the count of all gains
   * and the actions may still have changed. */
  _kin_gains_page_update_count (self);
  _kin_gains_page_update_actions (self);
}

/* GObject */

static void
kin_gains_page_map (GtkWidget *widget)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);

  GTK_WIDGET_CLASS (kin_gains_page_parent_class)->map (widget);

  /* A champion opening the page is usually about to log a win. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "log") == 0)
    gtk_widget_grab_focus (self->quick_entry);
}

static void
kin_gains_page_dispose (GObject *object)
{
  KinGainsPage *self = KIN_GAINS_PAGE (object);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_GAINS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->gain_list);
  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  g_clear_object (&self->team_list);
  g_clear_object (&self->principle_list);

  G_OBJECT_CLASS (kin_gains_page_parent_class)->dispose (object);
}

static void
kin_gains_page_finalize (GObject *object)
{
  KinGainsPage *self = KIN_GAINS_PAGE (object);

  g_clear_pointer (&self->filter, kin_gain_filter_free);
  g_clear_pointer (&self->principle_ids, g_ptr_array_unref);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (kin_gains_page_parent_class)->finalize (object);
}

static void
kin_gains_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KinGainsPage *self = KIN_GAINS_PAGE (object);

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
kin_gains_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KinGainsPage *self = KIN_GAINS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_gains_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_gains_page_class_init (KinGainsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_gains_page_dispose;
  object_class->finalize = kin_gains_page_finalize;
  object_class->get_property = kin_gains_page_get_property;
  object_class->set_property = kin_gains_page_set_property;
  widget_class->map = kin_gains_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KIN_TYPE_GAINS_PROGRESS);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-gains-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, principle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KinGainsPage, progress);
  gtk_widget_class_bind_template_callback (widget_class, quick_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  _kin_gains_page_class_init_filters (widget_class);
  _kin_gains_page_class_init_actions (widget_class);
}

static void
kin_gains_page_init (KinGainsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APPLICATION_ID);

  _kin_gains_page_init_filters (self);

  add_columns (self);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->gain_list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->gain_list, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (_kin_gains_page_update_actions), self, G_CONNECT_SWAPPED);

  _kin_gains_page_update_count (self);
  _kin_gains_page_update_actions (self);
}

KinProject *
kin_gains_page_get_project (KinGainsPage *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_gains_page_set_project:
 * @project: (nullable): the project whose gains to show
 */
void
kin_gains_page_set_project (KinGainsPage *self,
                            KinProject   *project)
{
  g_return_if_fail (KIN_IS_GAINS_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                             self, G_CONNECT_SWAPPED);

  kin_gain_list_set_gains (self->gain_list,
                           project != NULL ? kin_project_get_gains (project) : NULL);
  kin_gains_progress_set_project (KIN_GAINS_PROGRESS (self->progress), project);
  gtk_widget_set_sensitive (GTK_WIDGET (self), project != NULL);
  _kin_gains_page_clear_filters (self);

  _kin_gains_page_update_count (self);
  _kin_gains_page_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_gains_page_get_shown_gains:
 *
 * Returns: (transfer none): the gains the list shows, filtered and in the
 *   order shown
 */
GListModel *
kin_gains_page_get_shown_gains (KinGainsPage *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  return G_LIST_MODEL (self->gain_list);
}

/**
 * kin_gains_page_get_count_text:
 *
 * Returns: the text of the count above the list, such as "18 of 20 gains"
 */
const char *
kin_gains_page_get_count_text (KinGainsPage *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  return gtk_label_get_text (self->count_label);
}

/**
 * kin_gains_page_get_last_message:
 *
 * Returns: (nullable): the text of the last toast or message dialog the
 *   page showed, for tests
 */
const char *
kin_gains_page_get_last_message (KinGainsPage *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  return self->last_message;
}

/**
 * kin_gains_page_get_editor:
 *
 * Returns: (transfer none) (nullable): the gain editor window, while one is
 *   open
 */
GtkWidget *
kin_gains_page_get_editor (KinGainsPage *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PAGE (self), NULL);

  return self->editor;
}
