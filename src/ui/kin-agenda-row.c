/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-agenda-kinds.h"
#include "kin-agenda-row.h"

/* One item of an agenda as a list row: when it starts, its kind, title and
 * timebox. The start depends on the items before it, so the agenda sets it
 * (kin_agenda_row_set_start()); everything else the row reads from the item
 * and follows as it changes. */

struct _KinAgendaRow
{
  GtkListBoxRow  parent_instance;

  KinProject    *project;
  KinAgendaItem *item;

  GtkLabel      *start_label;
  GtkLabel      *day_label;
  GtkImage      *kind_icon;
  GtkLabel      *title_label;
  GtkLabel      *description_label;
  GtkLabel      *minutes_label;
};

G_DEFINE_FINAL_TYPE (KinAgendaRow, kin_agenda_row, GTK_TYPE_LIST_BOX_ROW)

static void
update (KinAgendaRow *self)
{
  KinAgendaKind kind = kin_agenda_item_get_kind (self->item);
  const char *title = kin_agenda_item_get_title (self->item);
  g_autofree char *description = kin_agenda_item_describe (self->item, self->project);
  g_autofree char *minutes = kin_agenda_format_minutes (kin_agenda_item_get_minutes (self->item));

  gtk_image_set_from_icon_name (self->kind_icon, kin_agenda_kind_get_icon_name (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), kin_agenda_kind_get_label (kind));
  gtk_label_set_text (self->title_label, *title != '\0' ? title : _("Untitled item"));
  gtk_label_set_text (self->description_label, description);
  gtk_label_set_text (self->minutes_label, minutes);
}

static void
kin_agenda_row_dispose (GObject *object)
{
  KinAgendaRow *self = KIN_AGENDA_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_AGENDA_ROW);
  g_clear_object (&self->item);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_agenda_row_parent_class)->dispose (object);
}

static void
kin_agenda_row_class_init (KinAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_agenda_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, start_label);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, KinAgendaRow, minutes_label);
}

static void
kin_agenda_row_init (KinAgendaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kin_agenda_row_new:
 * @project: (nullable): the project, to name what the item uses
 * @item: the agenda item to show
 *
 * Returns: (transfer floating): a new row, with no start time until one is
 *   set
 */
GtkWidget *
kin_agenda_row_new (KinProject    *project,
                    KinAgendaItem *item)
{
  KinAgendaRow *self;

  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (item), NULL);

  self = g_object_new (KIN_TYPE_AGENDA_ROW, NULL);
  g_set_object (&self->project, project);
  self->item = g_object_ref (item);

  kin_agenda_row_set_start (self, -1);
  update (self);
  g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * kin_agenda_row_get_item:
 *
 * Returns: (transfer none): the item the row shows
 */
KinAgendaItem *
kin_agenda_row_get_item (KinAgendaRow *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ROW (self), NULL);

  return self->item;
}

/**
 * kin_agenda_row_refresh:
 *
 * Shows the item again, for changes outside it such as a new title of the
 * deck it uses.
 */
void
kin_agenda_row_refresh (KinAgendaRow *self)
{
  g_return_if_fail (KIN_IS_AGENDA_ROW (self));

  update (self);
}

/**
 * kin_agenda_row_set_start:
 * @start: minutes after midnight of the session's day, 1440 or more on the
 *   next day, or -1 when not known
 *
 * Shows when the item starts.
 */
void
kin_agenda_row_set_start (KinAgendaRow *self,
                          int           start)
{
  g_autofree char *text = NULL;
  int days;

  g_return_if_fail (KIN_IS_AGENDA_ROW (self));

  if (start < 0)
    {
      /* No start time for the session: a dash keeps the column. */
      gtk_label_set_text (self->start_label, "–");
      gtk_widget_set_visible (GTK_WIDGET (self->day_label), FALSE);
      return;
    }

  text = kin_hhmm_format (start);
  gtk_label_set_text (self->start_label, text);

  days = start / (24 * 60);
  if (days > 0)
    {
      /* Translators: under a start time that falls on a later day than the
       * session starts, such as "+1 day" after midnight. */
      g_autofree char *later = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%d day", "+%d days", days),
                                                days);

      gtk_label_set_text (self->day_label, later);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->day_label), days > 0);
}

/**
 * kin_agenda_row_get_start_text:
 *
 * Returns: the start time as shown, such as "10:25"
 */
const char *
kin_agenda_row_get_start_text (KinAgendaRow *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ROW (self), NULL);

  return gtk_label_get_text (self->start_label);
}

/**
 * kin_agenda_row_get_next_day:
 *
 * Returns: whether the row says that the item starts on the next day
 */
gboolean
kin_agenda_row_get_next_day (KinAgendaRow *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ROW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->day_label));
}
