/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-presenting"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-model.h"
#include "kin-presenter-console-private.h"

/* The two lists of the console: the cards drawn in this round, and what
 * the room said during this item. Both are short, so they are rebuilt
 * whole when anything in them changes. */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));

  /* The placeholder is a child too, but not a row: leave it. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      child = next;
    }
}

static GtkWidget *
create_tag (const char *text,
            const char *style)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "kin-tag");
  gtk_widget_add_css_class (tag, style);

  return tag;
}

/* Cards drawn --------------------------------------------------------------- */

void
_kin_presenter_console_update_history (KinPresenterConsole *self)
{
  GListModel *history = kin_presenter_get_history (self->presenter);
  KinCard *current = kin_presenter_get_current_card (self->presenter);
  guint n = history != NULL ? g_list_model_get_n_items (history) : 0;

  clear_list (self->history_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (history, i);
      GtkWidget *row = adw_action_row_new ();
      const char *title = kin_card_get_title (card);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *prefix = gtk_label_new (number);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     title != NULL && *title != '\0' ? title : _("Untitled Card"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kin_card_get_prompt (card));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

      gtk_widget_add_css_class (prefix, "dim-label");
      gtk_widget_add_css_class (prefix, "kin-count");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);

      if (kin_presenter_history_is_skipped (self->presenter, i))
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_tag (_("Skipped"), "kin-tag-skipped"));
          gtk_widget_add_css_class (row, "kin-skipped");
        }
      else if (card == current)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_tag (_("Showing"), "kin-tag-current"));

      gtk_list_box_append (self->history_list, row);
    }
}

/* Captures ------------------------------------------------------------------ */

static char *
format_time (const char *iso8601)
{
  g_autoptr(GDateTime) time = iso8601 != NULL ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%H:%M");
}

void
_kin_presenter_console_update_captures (KinPresenterConsole *self)
{
  KinAgendaItem *item = kin_presenter_get_current_item (self->presenter);
  GListModel *captures = kin_session_get_captures (kin_presenter_get_session (self->presenter));
  KinProject *project = kin_presenter_get_project (self->presenter);
  const char *item_id = item != NULL ? kin_object_get_id (KIN_OBJECT (item)) : NULL;
  guint n = g_list_model_get_n_items (captures);

  clear_list (self->captures_list);
  if (item_id == NULL)
    return;

  /* Newest first: the last thing typed is next to the entry. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i - 1);
      const char *card_id = kin_capture_get_card (capture);
      KinCard *card = card_id != NULL ? kin_project_lookup (project, KIN_TYPE_CARD, card_id) : NULL;
      g_autofree char *time = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (g_strcmp0 (kin_capture_get_item (capture), item_id) != 0)
        continue;

      time = format_time (kin_capture_get_time (capture));
      if (card != NULL)
        /* Translators: when something was said and about which card,
         * e.g. "10:42 · Same service, different needs". */
        subtitle = g_strdup_printf (_("%s · %s"), time, kin_card_get_title (card));
      else
        subtitle = g_steal_pointer (&time);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kin_capture_get_text (capture));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->captures_list, row);
    }
}

/* Records the entry's text against the current item and card, as one undo
 * step, and empties the entry for the next thing someone says. */
void
_kin_presenter_console_capture (KinPresenterConsole *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->capture_entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (self->presenter == NULL || kin_presenter_get_current_item (self->presenter) == NULL)
    return;

  if (*trimmed == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self->capture_entry));
      return;
    }

  if (kin_presenter_capture (self->presenter, trimmed) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), "");
}
