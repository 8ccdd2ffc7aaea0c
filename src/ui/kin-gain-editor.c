/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-editor.h"
#include "kin-gain-labels.h"
#include "kin-model.h"
#include "kin-tsm.h"

/* A window with every field of one gain. Each edit goes into the project
 * as its own undo step together with a new "modified" timestamp. Choices
 * (date, status, impact, effort, chips) apply at once; typed text applies
 * when the field is left, Enter is pressed or the window is closed, so that
 * undo takes back a whole field rather than a letter. The window follows
 * the gain: undo and redo show up in it, and it closes if the gain goes. */

struct _KinGainEditor
{
  AdwWindow       parent_instance;

  KinProject     *project;
  KinGain        *gain;
  GSettings      *settings;
  gboolean        updating;

  AdwEntryRow    *title_row;
  GtkMenuButton  *date_button;
  GtkPopover     *date_popover;
  GtkCalendar    *calendar;
  AdwEntryRow    *team_row;
  AdwEntryRow    *who_row;
  AdwComboRow    *status_row;
  GtkSpinButton  *impact_spin;
  AdwComboRow    *effort_row;
  GtkTextView    *before_view;
  GtkTextView    *change_view;
  GtkTextView    *evidence_view;
  GtkWidget      *principles_group;
  GtkWidget      *standards_group;
  GtkFlowBox     *principles_box;
  GtkFlowBox     *standards_box;
  GtkFlowBox     *tsm_box;
  GtkLabel       *timestamps_label;
};

G_DEFINE_FINAL_TYPE (KinGainEditor, kin_gain_editor, ADW_TYPE_WINDOW)

/* Writing to the model */

/* Returns TRUE if the value was different and is now set. */
static gboolean
set_value (KinGainEditor *self,
           const char    *property,
           const GValue  *value)
{
  GParamSpec *pspec;
  g_auto(GValue) current = G_VALUE_INIT;
  g_autofree char *now = NULL;

  if (self->updating || self->project == NULL || self->gain == NULL)
    return FALSE;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->gain), property);
  g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (G_OBJECT (self->gain), property, &current);
  if (g_param_values_cmp (pspec, &current, value) == 0)
    return FALSE;

  now = kin_timestamp_now ();
  kin_project_begin_action (self->project, _("Edit Gain"));
  kin_project_set_value (self->project, self->gain, property, value);
  kin_project_set (self->project, self->gain, "modified", now, NULL);
  kin_project_end_action (self->project);

  return TRUE;
}

static gboolean
set_string (KinGainEditor *self,
            const char    *property,
            const char    *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);

  return set_value (self, property, &value);
}

static void
set_enum (KinGainEditor *self,
          const char    *property,
          GType          type,
          int            number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  g_value_set_enum (&value, number);
  set_value (self, property, &value);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Applies whatever was typed and not yet applied. */
static void
commit_text (KinGainEditor *self)
{
  g_autofree char *title = NULL;
  g_autofree char *team = NULL;
  g_autofree char *who = NULL;
  g_autofree char *before = NULL;
  g_autofree char *change = NULL;
  g_autofree char *evidence = NULL;

  if (self->gain == NULL || self->updating)
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  team = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->team_row))));
  who = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->who_row))));
  before = text_view_get_text (self->before_view);
  change = text_view_get_text (self->change_view);
  evidence = text_view_get_text (self->evidence_view);

  /* A gain is known by its title, so an emptied title is put back. */
  if (*title != '\0')
    set_string (self, "title", title);
  /* The next quick-added gain gets the team and name typed here. Only
   * typing them counts: looking at an old gain changes nothing. */
  if (set_string (self, "team", team))
    g_settings_set_string (self->settings, "last-gain-team", team);
  if (set_string (self, "who", who))
    g_settings_set_string (self->settings, "last-gain-who", who);
  set_string (self, "before", before);
  set_string (self, "change", change);
  set_string (self, "evidence", evidence);
}

/* Chips */

typedef const char * const *(*GetIds) (KinGain *gain);

static void
chip_toggled_cb (GtkToggleButton *button,
                 KinGainEditor   *self)
{
  GtkFlowBox *box = g_object_get_data (G_OBJECT (button), "kin-box");
  const char *property = g_object_get_data (G_OBJECT (box), "kin-property");
  GetIds get_ids = g_object_get_data (G_OBJECT (box), "kin-get");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) offered = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) ids = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (gtk_toggle_button_get_active (button))
    gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");

  if (self->updating)
    return;

  /* The chosen ids are stored in the order of the project's list. Ids the
   * project does not offer (say, a measure code from an older list) are
   * kept: unchosen chips only remove what they show. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *id = g_object_get_data (G_OBJECT (chip), "kin-id");

      g_hash_table_add (offered, (gpointer) id);
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)))
        g_strv_builder_add (builder, id);
    }

  for (const char * const *old = get_ids (self->gain); old != NULL && *old != NULL; old++)
    if (!g_hash_table_contains (offered, *old))
      g_strv_builder_add (builder, *old);

  ids = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, ids);
  set_value (self, property, &value);
}

static void
add_chip (KinGainEditor *self,
          GtkFlowBox    *box,
          const char    *id,
          const char    *label,
          const char    *tooltip)
{
  GtkWidget *chip = gtk_toggle_button_new_with_label (label);
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (chip));

  if (GTK_IS_LABEL (child))
    {
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (child), 28);
    }
  gtk_widget_set_tooltip_text (chip, tooltip != NULL ? tooltip : label);
  g_object_set_data_full (G_OBJECT (chip), "kin-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (chip), "kin-box", box);
  g_signal_connect_object (chip, "toggled", G_CALLBACK (chip_toggled_cb), self, 0);
  gtk_flow_box_append (box, chip);
}

static void
fill_chips (KinGainEditor *self)
{
  GListModel *principles = kin_project_get_principles (self->project);
  GListModel *standards = kin_project_get_standards (self->project);
  const KinTsmMeasure *measures;
  guint n_measures;

  g_object_set_data (G_OBJECT (self->principles_box), "kin-property", (gpointer) "principles");
  g_object_set_data (G_OBJECT (self->principles_box), "kin-get", kin_gain_get_principles);
  g_object_set_data (G_OBJECT (self->standards_box), "kin-property", (gpointer) "standards");
  g_object_set_data (G_OBJECT (self->standards_box), "kin-get", kin_gain_get_standards);
  g_object_set_data (G_OBJECT (self->tsm_box), "kin-property", (gpointer) "tsm");
  g_object_set_data (G_OBJECT (self->tsm_box), "kin-get", kin_gain_get_tsm);

  for (guint i = 0; i < g_list_model_get_n_items (principles); i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);

      add_chip (self, self->principles_box, kin_object_get_id (KIN_OBJECT (principle)),
                kin_principle_get_name (principle), kin_principle_get_summary (principle));
    }
  gtk_widget_set_visible (self->principles_group, g_list_model_get_n_items (principles) > 0);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(KinStandard) standard = g_list_model_get_item (standards, i);

      add_chip (self, self->standards_box, kin_object_get_id (KIN_OBJECT (standard)),
                kin_standard_get_title (standard), kin_standard_get_title (standard));
    }
  gtk_widget_set_visible (self->standards_group, g_list_model_get_n_items (standards) > 0);

  measures = kin_tsm_get_measures (&n_measures);
  for (guint i = 0; i < n_measures; i++)
    add_chip (self, self->tsm_box, measures[i].code, measures[i].code, _(measures[i].label));
}

static void
update_chips (GtkFlowBox         *box,
              const char * const *ids)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *id = g_object_get_data (G_OBJECT (chip), "kin-id");
      gboolean active = ids != NULL && g_strv_contains (ids, id);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip), active);
    }
}

/* Reading from the model */

static void
set_editable_text (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static void
set_text_view_text (GtkTextView *view,
                    const char  *text)
{
  g_autofree char *current = text_view_get_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
format_timestamp (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return g_strdup (_("unknown"));

  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp);

  local = g_date_time_to_local (utc);
  /* Translators: a date and time, see g_date_time_format(). */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static void
update_date (KinGainEditor *self)
{
  const char *date = kin_gain_get_date (self->gain);
  int year, month, day;

  if (date != NULL && kin_is_valid_date (date) &&
      sscanf (date, "%d-%d-%d", &year, &month, &day) == 3)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (year, month, day, 12, 0, 0);
      /* Translators: the date of a gain on its button, see g_date_time_format(). */
      g_autofree char *label = g_date_time_format (when, _("%-d %B %Y"));

      gtk_menu_button_set_label (self->date_button, label);
      gtk_calendar_select_day (self->calendar, when);
    }
  else
    gtk_menu_button_set_label (self->date_button, _("No date"));
}

static void
update (KinGainEditor *self)
{
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  g_autofree char *timestamps = NULL;

  if (self->gain == NULL)
    return;

  self->updating = TRUE;

  set_editable_text (GTK_EDITABLE (self->title_row), kin_gain_get_title (self->gain));
  set_editable_text (GTK_EDITABLE (self->team_row), kin_gain_get_team (self->gain));
  set_editable_text (GTK_EDITABLE (self->who_row), kin_gain_get_who (self->gain));
  set_text_view_text (self->before_view, kin_gain_get_before (self->gain));
  set_text_view_text (self->change_view, kin_gain_get_change (self->gain));
  set_text_view_text (self->evidence_view, kin_gain_get_evidence (self->gain));
  update_date (self);
  adw_combo_row_set_selected (self->status_row, kin_gain_get_status (self->gain));
  adw_combo_row_set_selected (self->effort_row, kin_gain_get_effort (self->gain));
  gtk_spin_button_set_value (self->impact_spin, kin_gain_get_impact (self->gain));
  update_chips (self->principles_box, kin_gain_get_principles (self->gain));
  update_chips (self->standards_box, kin_gain_get_standards (self->gain));
  update_chips (self->tsm_box, kin_gain_get_tsm (self->gain));

  created = format_timestamp (kin_gain_get_created (self->gain));
  modified = format_timestamp (kin_gain_get_modified (self->gain));
  timestamps = g_strdup_printf (_("Logged %s · last changed %s"), created, modified);
  gtk_label_set_text (self->timestamps_label, timestamps);

  self->updating = FALSE;
}

/* Signal handlers */

static void
day_selected_cb (KinGainEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  if (self->updating)
    return;

  set_string (self, "date", text);
  gtk_popover_popdown (self->date_popover);
}

static void
status_selected_cb (KinGainEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (selected != GTK_INVALID_LIST_POSITION)
    set_enum (self, "status", KIN_TYPE_GAIN_STATUS, (int) selected);
}

static void
effort_selected_cb (KinGainEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->effort_row);

  if (selected != GTK_INVALID_LIST_POSITION)
    set_enum (self, "effort", KIN_TYPE_EFFORT, (int) selected);
}

static void
impact_changed_cb (KinGainEditor *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, gtk_spin_button_get_value_as_int (self->impact_spin));
  set_value (self, "impact", &value);
}

static void
project_changed_cb (KinGainEditor *self)
{
  /* Undoing the gain's creation, a delete or a merge can take it away. */
  if (kin_project_lookup (self->project, KIN_TYPE_GAIN,
                          kin_object_get_id (KIN_OBJECT (self->gain))) != self->gain)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
watch_focus (KinGainEditor *self,
             GtkWidget     *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (commit_text), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

static gboolean
kin_gain_editor_close_request (GtkWindow *window)
{
  commit_text (KIN_GAIN_EDITOR (window));

  return GTK_WINDOW_CLASS (kin_gain_editor_parent_class)->close_request (window);
}

/* GObject */

static void
kin_gain_editor_dispose (GObject *object)
{
  KinGainEditor *self = KIN_GAIN_EDITOR (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->gain != NULL)
    g_signal_handlers_disconnect_by_data (self->gain, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_GAIN_EDITOR);
  g_clear_object (&self->project);
  g_clear_object (&self->gain);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kin_gain_editor_parent_class)->dispose (object);
}

static void
kin_gain_editor_class_init (KinGainEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kin_gain_editor_dispose;
  window_class->close_request = kin_gain_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-gain-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, team_row);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, who_row);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, impact_spin);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, effort_row);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, before_view);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, change_view);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, principles_group);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, standards_group);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, principles_box);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, standards_box);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, tsm_box);
  gtk_widget_class_bind_template_child (widget_class, KinGainEditor, timestamps_label);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, effort_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, impact_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kin_gain_editor_init (KinGainEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) efforts = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APPLICATION_ID);

  self->updating = TRUE;
  for (int i = KIN_GAIN_STATUS_IDEA; i <= KIN_GAIN_STATUS_DROPPED; i++)
    gtk_string_list_append (statuses, kin_gain_status_get_label (i));
  for (int i = KIN_EFFORT_SMALL; i <= KIN_EFFORT_LARGE; i++)
    gtk_string_list_append (efforts, kin_effort_get_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->effort_row, G_LIST_MODEL (efforts));
  self->updating = FALSE;

  g_signal_connect_object (self->title_row, "entry-activated",
                           G_CALLBACK (commit_text), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->team_row, "entry-activated",
                           G_CALLBACK (commit_text), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->who_row, "entry-activated",
                           G_CALLBACK (commit_text), self, G_CONNECT_SWAPPED);
  watch_focus (self, GTK_WIDGET (self->title_row));
  watch_focus (self, GTK_WIDGET (self->team_row));
  watch_focus (self, GTK_WIDGET (self->who_row));
  watch_focus (self, GTK_WIDGET (self->before_view));
  watch_focus (self, GTK_WIDGET (self->change_view));
  watch_focus (self, GTK_WIDGET (self->evidence_view));
}

/**
 * kin_gain_editor_new:
 * @project: the project that holds @gain
 * @gain: the gain to edit
 *
 * Returns: (transfer none): a new editor window for @gain
 */
GtkWidget *
kin_gain_editor_new (KinProject *project,
                     KinGain    *gain)
{
  KinGainEditor *self;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_GAIN (gain), NULL);

  self = g_object_new (KIN_TYPE_GAIN_EDITOR, NULL);
  self->project = g_object_ref (project);
  self->gain = g_object_ref (gain);

  self->updating = TRUE;
  fill_chips (self);
  self->updating = FALSE;
  update (self);

  g_signal_connect_object (gain, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * kin_gain_editor_get_gain:
 *
 * Returns: (transfer none): the gain being edited
 */
KinGain *
kin_gain_editor_get_gain (KinGainEditor *self)
{
  g_return_val_if_fail (KIN_IS_GAIN_EDITOR (self), NULL);

  return self->gain;
}

/**
 * kin_gain_editor_commit:
 *
 * Applies text typed in the editor that has not been applied yet, as
 * leaving the field would.
 */
void
kin_gain_editor_commit (KinGainEditor *self)
{
  g_return_if_fail (KIN_IS_GAIN_EDITOR (self));

  commit_text (self);
}
