/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-labels.h"
#include "kin-gains-page-private.h"
#include "kin-model.h"

/* Search as you type and the filters of the gains list: team, principle,
 * statuses and a date range. They all fill one KinGainFilter, which is
 * handed to the list (a KinGainList) after each change. */

static void
search_changed_cb (KinGainsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* The list notices when typing on only narrows the search, and then
   * tests only the gains it shows, which keeps each keystroke fast in a
   * long log. */
  kin_gain_filter_set_query (self->filter, text);
  kin_gain_list_set_filter (self->gain_list, self->filter);
  _kin_gains_page_update_count (self);
}

static void
stop_search_cb (KinGainsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static const char *
valid_date_or_null (GtkWidget *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean valid = kin_is_valid_date (text);

  if (*text != '\0' && !valid)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");

  return valid ? text : NULL;
}

static void
filter_widget_changed_cb (KinGainsPage *self)
{
  guint team = gtk_drop_down_get_selected (self->team_dropdown);
  guint principle = gtk_drop_down_get_selected (self->principle_dropdown);
  guint statuses = 0;

  if (self->updating_filters)
    return;

  if (team != GTK_INVALID_LIST_POSITION && team > 0)
    kin_gain_filter_set_team (self->filter,
                              gtk_string_list_get_string (self->team_list, team));
  else
    kin_gain_filter_set_team (self->filter, NULL);

  if (principle != GTK_INVALID_LIST_POSITION && principle > 0 &&
      principle - 1 < self->principle_ids->len)
    kin_gain_filter_set_principle (self->filter, g_ptr_array_index (self->principle_ids, principle - 1));
  else
    kin_gain_filter_set_principle (self->filter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->status_checks); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->status_checks[i])))
      statuses |= KIN_GAIN_STATUS_BIT (i);
  self->filter->statuses = statuses;

  kin_gain_filter_set_dates (self->filter,
                             valid_date_or_null (self->from_entry),
                             valid_date_or_null (self->to_entry));

  kin_gain_list_set_filter (self->gain_list, self->filter);
  _kin_gains_page_update_count (self);

  /* The filter button shows when a filter hides gains, since the popover
   * that says so is closed most of the time. */
  if (team > 0 || principle > 0 || statuses != 0 ||
      self->filter->from != NULL || self->filter->to != NULL)
    gtk_widget_add_css_class (self->filter_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->filter_button, "suggested-action");
}

static int
compare_folded (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Refills a dropdown's list, keeping the selected entry selected if it is
 * still there. */
static void
refill_dropdown (GtkDropDown   *dropdown,
                 GtkStringList *list,
                 const char    *all_label,
                 GPtrArray     *labels)
{
  guint old = gtk_drop_down_get_selected (dropdown);
  g_autofree char *selected = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint new_selected = 0;

  if (old != GTK_INVALID_LIST_POSITION && old > 0)
    selected = g_strdup (gtk_string_list_get_string (list, old));

  g_ptr_array_insert (labels, 0, (gpointer) all_label);
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, n_old, (const char * const *) labels->pdata);

  for (guint i = 1; selected != NULL && i + 1 < labels->len; i++)
    if (g_str_equal (g_ptr_array_index (labels, i), selected))
      new_selected = i;

  gtk_drop_down_set_selected (dropdown, new_selected);
}

/* The team and principle choices come from the project as it is when the
 * filters are opened, so that they never offer a team nobody uses. */
static void
refresh_filter_choices (KinGainsPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) teams = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *gains;
  GListModel *principles;

  if (self->project == NULL)
    return;

  self->updating_filters = TRUE;

  gains = kin_project_get_gains (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (gains); i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);
      const char *key = kin_gain_get_team_key (gain);

      if (*key != '\0' && g_hash_table_add (seen, (gpointer) key))
        g_ptr_array_add (teams, (gpointer) kin_gain_get_team (gain));
    }
  g_ptr_array_sort (teams, compare_folded);
  refill_dropdown (self->team_dropdown, self->team_list, _("All teams"), teams);

  g_ptr_array_set_size (self->principle_ids, 0);
  principles = kin_project_get_principles (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      g_ptr_array_add (names, (gpointer) kin_principle_get_name (principle));
      g_ptr_array_add (self->principle_ids,
                       g_strdup (kin_object_get_id (KIN_OBJECT (principle))));
    }
  refill_dropdown (self->principle_dropdown, self->principle_list, _("All principles"), names);

  self->updating_filters = FALSE;
  filter_widget_changed_cb (self);
}

static void
filter_popover_show_cb (KinGainsPage *self)
{
  refresh_filter_choices (self);
}

/* Clears the search text and every filter, showing the whole log. */
void
_kin_gains_page_clear_filters (KinGainsPage *self)
{
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->team_dropdown, 0);
  gtk_drop_down_set_selected (self->principle_dropdown, 0);
  for (guint i = 0; i < G_N_ELEMENTS (self->status_checks); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->status_checks[i]), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  self->updating_filters = FALSE;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  filter_widget_changed_cb (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _kin_gains_page_clear_filters (KIN_GAINS_PAGE (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinGainsPage *self = KIN_GAINS_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "log");
  gtk_widget_grab_focus (self->search_entry);
}

void
_kin_gains_page_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_widget_changed_cb);

  gtk_widget_class_install_action (widget_class, "gains.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "gains.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "gains.search", NULL);
}

void
_kin_gains_page_init_filters (KinGainsPage *self)
{
  self->filter = kin_gain_filter_new ();
  self->principle_ids = g_ptr_array_new_with_free_func (g_free);
  self->gain_list = kin_gain_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->status_checks); i++)
    {
      g_autofree char *name = g_strdup_printf ("status-filter-%s",
                                               kin_enum_to_nick (KIN_TYPE_GAIN_STATUS, i));

      self->status_checks[i] = gtk_check_button_new_with_label (kin_gain_status_get_label (i));
      gtk_widget_set_name (self->status_checks[i], name);
      g_signal_connect_object (self->status_checks[i], "toggled",
                               G_CALLBACK (filter_widget_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->status_box), self->status_checks[i]);
    }

  self->team_list = gtk_string_list_new (NULL);
  self->principle_list = gtk_string_list_new (NULL);
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (self->team_list));
  gtk_drop_down_set_model (self->principle_dropdown, G_LIST_MODEL (self->principle_list));
  gtk_string_list_append (self->team_list, _("All teams"));
  gtk_string_list_append (self->principle_list, _("All principles"));
  self->updating_filters = FALSE;
  g_signal_connect_object (self->filter_popover, "show",
                           G_CALLBACK (filter_popover_show_cb), self, G_CONNECT_SWAPPED);
}
