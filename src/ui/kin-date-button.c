/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-date-button"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "kin-date-button.h"
#include "kin-util.h"

/* A button that shows a date ("YYYY-MM-DD" in the model) and opens a
 * calendar to choose another. Setting the date from the model only shows it;
 * the "picked" signal tells the owner that the user chose one, so that the
 * owner can make the undoable edit.
 */

struct _KinDateButton
{
  GtkWidget      parent_instance;

  char          *date;
  char          *none_label;
  gboolean       clearable;
  gboolean       updating;

  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkWidget     *clear_button;
};

G_DEFINE_FINAL_TYPE (KinDateButton, kin_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_NONE_LABEL,
  PROP_CLEARABLE,
  N_PROPS
};

enum {
  PICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
parse_date (const char *date)
{
  int year, month, day;

  if (date == NULL || !kin_is_valid_date (date) ||
      sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
update_label (KinDateButton *self)
{
  g_autoptr(GDateTime) when = parse_date (self->date);

  if (when != NULL)
    {
      /* Translators: a date on a button, see g_date_time_format(); the
       * weekday helps to plan a session. */
      g_autofree char *label = g_date_time_format (when, _("%a %-d %b %Y"));

      gtk_menu_button_set_label (self->menu_button, label);
    }
  else if (self->date != NULL && *self->date != '\0')
    /* Not a date the calendar can show: shown as it is, so nothing is hidden. */
    gtk_menu_button_set_label (self->menu_button, self->date);
  else
    gtk_menu_button_set_label (self->menu_button,
                               self->none_label != NULL ? self->none_label : _("No date"));
}

static void
popover_show_cb (KinDateButton *self)
{
  g_autoptr(GDateTime) when = parse_date (self->date);

  if (when == NULL)
    when = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->updating = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
day_selected_cb (KinDateButton *self)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  when = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (when, "%Y-%m-%d");
  kin_date_button_pick (self, date);
  gtk_popover_popdown (self->popover);
}

static void
today_clicked_cb (KinDateButton *self)
{
  g_autofree char *today = kin_date_today ();

  kin_date_button_pick (self, today);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (KinDateButton *self)
{
  kin_date_button_pick (self, "");
  gtk_popover_popdown (self->popover);
}

static void
kin_date_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KIN_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (kin_date_button_parent_class)->dispose (object);
}

static void
kin_date_button_finalize (GObject *object)
{
  KinDateButton *self = KIN_DATE_BUTTON (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->none_label, g_free);

  G_OBJECT_CLASS (kin_date_button_parent_class)->finalize (object);
}

static void
kin_date_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinDateButton *self = KIN_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, kin_date_button_get_date (self));
      break;

    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;

    case PROP_CLEARABLE:
      g_value_set_boolean (value, self->clearable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_date_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinDateButton *self = KIN_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      kin_date_button_set_date (self, g_value_get_string (value));
      break;

    case PROP_NONE_LABEL:
      kin_date_button_set_none_label (self, g_value_get_string (value));
      break;

    case PROP_CLEARABLE:
      kin_date_button_set_clearable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_date_button_class_init (KinDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_date_button_dispose;
  object_class->finalize = kin_date_button_finalize;
  object_class->get_property = kin_date_button_get_property;
  object_class->set_property = kin_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLEARABLE] =
    g_param_spec_boolean ("clearable", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinDateButton::picked:
   *
   * The user chose a date, or no date; the "date" property holds it.
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, KinDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KinDateButton, popover);
  gtk_widget_class_bind_template_child (widget_class, KinDateButton, calendar);
  gtk_widget_class_bind_template_child (widget_class, KinDateButton, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
kin_date_button_init (KinDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_label (self);
}

GtkWidget *
kin_date_button_new (void)
{
  return g_object_new (KIN_TYPE_DATE_BUTTON, NULL);
}

/**
 * kin_date_button_get_date:
 *
 * Returns: the date shown, as "YYYY-MM-DD", or "" for none
 */
const char *
kin_date_button_get_date (KinDateButton *self)
{
  g_return_val_if_fail (KIN_IS_DATE_BUTTON (self), NULL);

  return self->date != NULL ? self->date : "";
}

/**
 * kin_date_button_set_date:
 * @date: (nullable): "YYYY-MM-DD", or "" or %NULL for none
 *
 * Shows @date. This does not emit #KinDateButton::picked.
 */
void
kin_date_button_set_date (KinDateButton *self,
                          const char    *date)
{
  g_return_if_fail (KIN_IS_DATE_BUTTON (self));

  if (g_strcmp0 (kin_date_button_get_date (self), date != NULL ? date : "") == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date != NULL ? date : "");
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
kin_date_button_get_none_label (KinDateButton *self)
{
  g_return_val_if_fail (KIN_IS_DATE_BUTTON (self), NULL);

  return self->none_label;
}

/**
 * kin_date_button_set_none_label:
 * @label: (nullable): what the button says when there is no date
 */
void
kin_date_button_set_none_label (KinDateButton *self,
                                const char    *label)
{
  g_return_if_fail (KIN_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->none_label, label) == 0)
    return;

  g_free (self->none_label);
  self->none_label = g_strdup (label);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

gboolean
kin_date_button_get_clearable (KinDateButton *self)
{
  g_return_val_if_fail (KIN_IS_DATE_BUTTON (self), FALSE);

  return self->clearable;
}

/**
 * kin_date_button_set_clearable:
 * @clearable: whether the calendar offers "No Date"
 */
void
kin_date_button_set_clearable (KinDateButton *self,
                               gboolean       clearable)
{
  g_return_if_fail (KIN_IS_DATE_BUTTON (self));

  clearable = !!clearable;
  if (self->clearable == clearable)
    return;

  self->clearable = clearable;
  gtk_widget_set_visible (self->clear_button, clearable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEARABLE]);
}

/**
 * kin_date_button_pick:
 * @date: "YYYY-MM-DD", or "" for none
 *
 * Does what choosing @date in the calendar does: shows it and emits
 * #KinDateButton::picked, even when it is the date already shown.
 */
void
kin_date_button_pick (KinDateButton *self,
                      const char    *date)
{
  g_return_if_fail (KIN_IS_DATE_BUTTON (self));
  g_return_if_fail (date != NULL);

  kin_date_button_set_date (self, date);
  g_signal_emit (self, signals[PICKED], 0);
}
