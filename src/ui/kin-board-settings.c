/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-settings.h"

/* The board's settings in a popover: its title and question, how many dots
 * each person has, and who votes. Each change is a step of the project's
 * history; typing the title or the question is one step per burst, since
 * the history merges text changes made in quick succession.
 */

#define MAX_VOTER_LENGTH 60

struct _KinBoardSettings
{
  GtkPopover      parent_instance;

  KinProject     *project;
  KinBoard       *board;
  gboolean        updating;

  GtkEditable    *title_entry;
  GtkTextView    *question_view;
  GtkSpinButton  *votes_spin;
  GtkListBox     *voters_list;
  GtkEditable    *voter_entry;
  GtkLabel       *voter_error;

  GStrv           shown_voters;
};

G_DEFINE_FINAL_TYPE (KinBoardSettings, kin_board_settings, GTK_TYPE_POPOVER)

static void
set_voters (KinBoardSettings  *self,
            const char * const *voters,
            const char         *label)
{
  kin_project_begin_action (self->project, label);
  kin_project_set (self->project, self->board, "voters", voters, NULL);
  kin_project_end_action (self->project);
}

static void
remove_voter_cb (KinBoardSettings *self,
                 GtkButton        *button)
{
  const char *name = g_object_get_data (G_OBJECT (button), "kin-voter");
  const char * const *voters;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;

  if (self->board == NULL || name == NULL)
    return;

  voters = kin_board_get_voters (self->board);
  for (guint i = 0; voters != NULL && voters[i] != NULL; i++)
    if (!g_str_equal (voters[i], name))
      g_strv_builder_add (builder, voters[i]);

  remaining = g_strv_builder_end (builder);
  set_voters (self, (const char * const *) remaining, _("Remove Voter"));
}

static void
refresh_voters (KinBoardSettings *self)
{
  const char * const *voters = kin_board_get_voters (self->board);
  const char * const none[] = { NULL };
  GtkWidget *child;

  /* Rebuilt only when the voters change, not on every step. */
  if (self->shown_voters != NULL &&
      g_strv_equal ((const char * const *) self->shown_voters, voters != NULL ? voters : none))
    return;

  g_strfreev (self->shown_voters);
  self->shown_voters = g_strdupv ((char **) (voters != NULL ? voters : none));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->voters_list))) != NULL)
    gtk_list_box_remove (self->voters_list, child);

  gtk_widget_set_visible (GTK_WIDGET (self->voters_list), voters != NULL && voters[0] != NULL);

  for (guint i = 0; voters != NULL && voters[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *tooltip = NULL;

      /* Row titles are markup; names are shown as typed. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), voters[i]);

      /* Translators: %s is a voter's name. */
      tooltip = g_strdup_printf (_("Remove %s"), voters[i]);
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data_full (G_OBJECT (remove), "kin-voter", g_strdup (voters[i]), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_voter_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->voters_list, row);
    }
}

static void
refresh (KinBoardSettings *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->question_view);
  g_autofree char *question = NULL;
  GtkTextIter start, end;

  if (self->board == NULL)
    return;

  self->updating = TRUE;

  if (g_strcmp0 (gtk_editable_get_text (self->title_entry), kin_board_get_title (self->board)) != 0)
    gtk_editable_set_text (self->title_entry, kin_board_get_title (self->board));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  question = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (question, kin_board_get_question (self->board)) != 0)
    gtk_text_buffer_set_text (buffer, kin_board_get_question (self->board), -1);

  if (gtk_spin_button_get_value_as_int (self->votes_spin) != kin_board_get_votes_per_person (self->board))
    gtk_spin_button_set_value (self->votes_spin, kin_board_get_votes_per_person (self->board));

  refresh_voters (self);

  self->updating = FALSE;
}

static void
title_changed_cb (KinBoardSettings *self)
{
  if (self->updating || self->board == NULL)
    return;

  kin_project_set (self->project, self->board, "title", gtk_editable_get_text (self->title_entry), NULL);
}

static void
question_changed_cb (KinBoardSettings *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->question_view);
  g_autofree char *question = NULL;
  GtkTextIter start, end;

  if (self->updating || self->board == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  question = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  kin_project_set (self->project, self->board, "question", question, NULL);
}

static void
votes_changed_cb (KinBoardSettings *self)
{
  int votes = gtk_spin_button_get_value_as_int (self->votes_spin);

  if (self->updating || self->board == NULL || votes == kin_board_get_votes_per_person (self->board))
    return;

  kin_project_begin_action (self->project, _("Change Dots per Person"));
  kin_project_set (self->project, self->board, "votes-per-person", votes, NULL);
  kin_project_end_action (self->project);
}

static void
show_voter_error (KinBoardSettings *self,
                  const char       *message)
{
  gtk_label_set_text (self->voter_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->voter_error), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->voter_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->voter_entry), "error");
}

/**
 * kin_board_settings_add_voter:
 * @name: the voter's name
 *
 * Adds a voter to the board, as one step. A name that is empty, too long or
 * already there is refused with a message under the entry.
 *
 * Returns: whether the voter was added
 */
gboolean
kin_board_settings_add_voter (KinBoardSettings *self,
                              const char       *name)
{
  g_autofree char *clean = NULL;
  const char * const *voters;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) more = NULL;

  g_return_val_if_fail (KIN_IS_BOARD_SETTINGS (self), FALSE);

  if (self->board == NULL || name == NULL)
    return FALSE;

  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0')
    {
      show_voter_error (self, _("Type the voter’s name first."));
      return FALSE;
    }
  if (g_utf8_strlen (clean, -1) > MAX_VOTER_LENGTH)
    {
      show_voter_error (self, _("That name is too long: a first name or initials will do."));
      return FALSE;
    }

  voters = kin_board_get_voters (self->board);
  if (voters != NULL && g_strv_contains (voters, clean))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a voter's name. */
      message = g_strdup_printf (_("%s is already voting."), clean);
      show_voter_error (self, message);
      return FALSE;
    }

  builder = g_strv_builder_new ();
  if (voters != NULL)
    g_strv_builder_addv (builder, (const char **) voters);
  g_strv_builder_add (builder, clean);
  more = g_strv_builder_end (builder);

  show_voter_error (self, NULL);
  set_voters (self, (const char * const *) more, _("Add Voter"));
  return TRUE;
}

static void
add_voter_cb (KinBoardSettings *self)
{
  if (kin_board_settings_add_voter (self, gtk_editable_get_text (self->voter_entry)))
    gtk_editable_set_text (self->voter_entry, "");
}

KinProject *
kin_board_settings_get_project (KinBoardSettings *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_SETTINGS (self), NULL);

  return self->project;
}

void
kin_board_settings_set_project (KinBoardSettings *self,
                                KinProject       *project)
{
  g_return_if_fail (KIN_IS_BOARD_SETTINGS (self));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
}

KinBoard *
kin_board_settings_get_board (KinBoardSettings *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_SETTINGS (self), NULL);

  return self->board;
}

void
kin_board_settings_set_board (KinBoardSettings *self,
                              KinBoard         *board)
{
  g_return_if_fail (KIN_IS_BOARD_SETTINGS (self));

  if (!g_set_object (&self->board, board))
    return;

  g_clear_pointer (&self->shown_voters, g_strfreev);
  show_voter_error (self, NULL);
  refresh (self);
}

static void
kin_board_settings_show (GtkWidget *widget)
{
  KinBoardSettings *self = KIN_BOARD_SETTINGS (widget);

  refresh (self);
  GTK_WIDGET_CLASS (kin_board_settings_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
kin_board_settings_dispose (GObject *object)
{
  KinBoardSettings *self = KIN_BOARD_SETTINGS (object);

  kin_board_settings_set_project (self, NULL);
  g_clear_object (&self->board);
  g_clear_pointer (&self->shown_voters, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_BOARD_SETTINGS);

  G_OBJECT_CLASS (kin_board_settings_parent_class)->dispose (object);
}

static void
kin_board_settings_class_init (KinBoardSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_board_settings_dispose;
  widget_class->show = kin_board_settings_show;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-board-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, question_view);
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, votes_spin);
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, voters_list);
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, voter_entry);
  gtk_widget_class_bind_template_child (widget_class, KinBoardSettings, voter_error);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, votes_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_voter_cb);
}

static void
kin_board_settings_init (KinBoardSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->question_view), "changed",
                           G_CALLBACK (question_changed_cb), self, G_CONNECT_SWAPPED);
}
