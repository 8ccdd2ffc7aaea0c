/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-chart-view.h"
#include "kin-gains-progress.h"
#include "kin-model.h"

/* The "Progress" view of the Marginal Gains page: every chart over a chosen
 * date range, grouped by week or month. The figures are computed once per
 * change of the project or of the choices, and only while the view is on
 * screen, so a long log costs nothing while the list is being used. */

/* Exports are drawn at this size: pixels for PNG, points for SVG and PDF. */
#define EXPORT_WIDTH 960
#define EXPORT_HEIGHT 540

struct _KinGainsProgress
{
  GtkWidget     parent_instance;

  KinProject   *project;
  KinGainStats *stats;
  gboolean      dirty;
  guint         idle_id;
  GtkWidget    *views[KIN_GAIN_CHART_N_KINDS];

  GtkDropDown  *range_dropdown;
  GtkDropDown  *period_dropdown;
  GtkLabel     *summary_label;
  GtkFlowBox   *charts_box;
};

G_DEFINE_FINAL_TYPE (KinGainsProgress, kin_gains_progress, GTK_TYPE_WIDGET)

static void
compute_range (KinGainsRange  range,
               GDate         *from,
               GDate         *to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (from, 1);
  g_date_clear (to, 1);
  if (range == KIN_GAINS_RANGE_ALL)
    return;

  g_date_set_dmy (to, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  *from = *to;
  g_date_subtract_months (from, range == KIN_GAINS_RANGE_3_MONTHS ? 3 : 12);
  g_date_add_days (from, 1);
}

static void
update_summary (KinGainsProgress *self)
{
  g_autofree char *wins = NULL;
  g_autofree char *text = NULL;

  if (self->stats == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      return;
    }

  /* Translators: "42 wins by 9 people"; this part is "42 wins". */
  wins = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u win", "%u wins", self->stats->n_wins),
                          self->stats->n_wins);
  /* Translators: "42 wins by 9 people"; %s is the number of wins. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s by %u person", "%s by %u people",
                                       self->stats->n_contributors),
                          wins, self->stats->n_contributors);

  if (self->stats->n_dropped > 0)
    {
      g_autofree char *dropped =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u dropped gain stays in the log but is not counted as a win.",
                                      "%u dropped gains stay in the log but are not counted as wins.",
                                      self->stats->n_dropped),
                         self->stats->n_dropped);
      g_autofree char *both = g_strdup_printf ("%s. %s", text, dropped);

      gtk_label_set_text (self->summary_label, both);
    }
  else
    {
      g_autofree char *sentence = g_strdup_printf ("%s.", text);

      gtk_label_set_text (self->summary_label, sentence);
    }
}

static void
recompute (KinGainsProgress *self)
{
  KinGainStats *old = g_steal_pointer (&self->stats);
  GDate from, to;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->dirty = FALSE;

  if (self->project != NULL)
    {
      guint range = gtk_drop_down_get_selected (self->range_dropdown);
      guint period = gtk_drop_down_get_selected (self->period_dropdown);

      compute_range (range, &from, &to);
      self->stats = kin_gain_stats_compute (self->project,
                                            kin_project_get_gains (self->project),
                                            NULL,
                                            g_date_valid (&from) ? &from : NULL,
                                            g_date_valid (&to) ? &to : NULL,
                                            period == 0 ? KIN_GAIN_PERIOD_WEEK : KIN_GAIN_PERIOD_MONTH);
    }

  /* The views point at the figures: give them the new ones before the old
   * ones go. */
  for (guint i = 0; i < KIN_GAIN_CHART_N_KINDS; i++)
    kin_gain_chart_view_set_stats (KIN_GAIN_CHART_VIEW (self->views[i]), self->stats);
  g_clear_pointer (&old, kin_gain_stats_free);

  update_summary (self);
}

static gboolean
recompute_idle_cb (gpointer data)
{
  KinGainsProgress *self = data;

  self->idle_id = 0;
  recompute (self);

  return G_SOURCE_REMOVE;
}

static void
invalidate (KinGainsProgress *self)
{
  self->dirty = TRUE;

  /* A burst of edits (an import, a merge) is redrawn once. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->idle_id == 0)
    self->idle_id = g_idle_add (recompute_idle_cb, self);
}

static void
choice_changed_cb (KinGainsProgress *self)
{
  /* The template sets the initial choices before the charts exist. */
  if (self->views[0] != NULL)
    recompute (self);
}

/* Exports */

gboolean
kin_gains_progress_export (KinGainsProgress  *self,
                           KinGainChartKind   kind,
                           GFile             *file,
                           GError           **error)
{
  KinChartStyle style;

  g_return_val_if_fail (KIN_IS_GAINS_PROGRESS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->dirty || self->stats == NULL)
    recompute (self);

  if (self->stats == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("There is no project to draw charts for"));
      return FALSE;
    }

  /* Exports go on paper and into documents: the light style, whatever the
   * screen shows. */
  kin_chart_style_init_light (&style);

  return kin_gain_chart_export (self->stats, kind, file, EXPORT_WIDTH, EXPORT_HEIGHT,
                                &style, error);
}

static void
export_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    KinGainsProgress *self)
{
  KinGainChartKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kin-kind"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *message = NULL;

      if (file != NULL && kin_gains_progress_export (self, kind, file, &error))
        {
          g_autofree char *name = g_file_get_basename (file);

          /* Translators: a toast; %s is a file name. */
          message = g_strdup_printf (_("Chart saved as “%s”"), name);
        }
      else if (error != NULL)
        message = g_strdup_printf (_("Could not save the chart: %s"), error->message);

      if (message != NULL && overlay != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (message, -1);

          adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
        }
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinGainsProgress *self = KIN_GAINS_PROGRESS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *name = NULL;
  const char *extension;
  int kind;

  g_variant_get (parameter, "(i&s)", &kind, &extension);
  if (kind < 0 || kind >= KIN_GAIN_CHART_N_KINDS)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  pattern = g_strdup_printf ("*.%s", extension);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* The chart's title makes a file name people recognise later. */
  {
    g_autofree char *title = g_utf8_strdown (kin_gain_chart_kind_get_title (kind), -1);

    g_strdelimit (title, " /", '-');
    name = g_strdup_printf ("%s.%s", title, extension);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_object_set_data (G_OBJECT (chooser), "kin-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GMenuModel *
create_export_menu (KinGainChartKind kind)
{
  static const struct { const char *label; const char *extension; } formats[] = {
    { N_("Export as _PNG…"), "png" },
    { N_("Export as _SVG…"), "svg" },
    { N_("Export as P_DF…"), "pdf" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(formats[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, "progress.export",
                                               g_variant_new ("(is)", kind, formats[i].extension));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

static void
add_chart (KinGainsProgress *self,
           KinGainChartKind  kind)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = create_export_menu (kind);
  g_autofree char *tooltip = g_strdup_printf (_("Export “%s”"), kin_gain_chart_kind_get_title (kind));

  self->views[kind] = kin_gain_chart_view_new (kind);
  gtk_widget_set_hexpand (self->views[kind], TRUE);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_end (button, 6);
  gtk_widget_add_css_class (button, "flat");

  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->views[kind]);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), button);
  gtk_widget_add_css_class (overlay, "card");
  gtk_flow_box_append (self->charts_box, overlay);
}

/* GObject */

static void
kin_gains_progress_map (GtkWidget *widget)
{
  KinGainsProgress *self = KIN_GAINS_PROGRESS (widget);

  GTK_WIDGET_CLASS (kin_gains_progress_parent_class)->map (widget);

  if (self->dirty)
    recompute (self);
}

static void
kin_gains_progress_dispose (GObject *object)
{
  KinGainsProgress *self = KIN_GAINS_PROGRESS (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_handle_id (&self->idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_GAINS_PROGRESS);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_gains_progress_parent_class)->dispose (object);
}

static void
kin_gains_progress_finalize (GObject *object)
{
  KinGainsProgress *self = KIN_GAINS_PROGRESS (object);

  g_clear_pointer (&self->stats, kin_gain_stats_free);

  G_OBJECT_CLASS (kin_gains_progress_parent_class)->finalize (object);
}

static void
kin_gains_progress_class_init (KinGainsProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_gains_progress_dispose;
  object_class->finalize = kin_gains_progress_finalize;
  widget_class->map = kin_gains_progress_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-gains-progress.ui");
  gtk_widget_class_bind_template_child (widget_class, KinGainsProgress, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinGainsProgress, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinGainsProgress, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KinGainsProgress, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "progress.export", "(is)", export_action);
}

static void
kin_gains_progress_init (KinGainsProgress *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int kind = 0; kind < KIN_GAIN_CHART_N_KINDS; kind++)
    add_chart (self, kind);

  self->dirty = TRUE;
}

/**
 * kin_gains_progress_set_project:
 * @project: (nullable): the project whose progress to chart
 */
void
kin_gains_progress_set_project (KinGainsProgress *self,
                                KinProject       *project)
{
  g_return_if_fail (KIN_IS_GAINS_PROGRESS (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (invalidate),
                             self, G_CONNECT_SWAPPED);

  invalidate (self);
}

/**
 * kin_gains_progress_set_range:
 * @range: which dates to chart
 * @period: how to group them
 *
 * Chooses what the charts show, as the two menus above them do.
 */
void
kin_gains_progress_set_range (KinGainsProgress *self,
                              KinGainsRange     range,
                              KinGainPeriod     period)
{
  g_return_if_fail (KIN_IS_GAINS_PROGRESS (self));

  gtk_drop_down_set_selected (self->range_dropdown, range);
  gtk_drop_down_set_selected (self->period_dropdown, period == KIN_GAIN_PERIOD_WEEK ? 0 : 1);
  recompute (self);
}

/**
 * kin_gains_progress_get_stats:
 *
 * Returns: (nullable) (transfer none): the figures the charts show, brought
 *   up to date
 */
const KinGainStats *
kin_gains_progress_get_stats (KinGainsProgress *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PROGRESS (self), NULL);

  if (self->dirty)
    recompute (self);

  return self->stats;
}

/**
 * kin_gains_progress_get_summary:
 *
 * Returns: the sentence above the charts, such as "42 wins by 9 people."
 */
const char *
kin_gains_progress_get_summary (KinGainsProgress *self)
{
  g_return_val_if_fail (KIN_IS_GAINS_PROGRESS (self), NULL);

  if (self->dirty)
    recompute (self);

  return gtk_label_get_text (self->summary_label);
}
