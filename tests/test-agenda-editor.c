/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-action-list.h"
#include "kin-action-row.h"
#include "kin-agenda-editor.h"
#include "kin-agenda-row.h"
#include "kin-application.h"
#include "kin-capture-list.h"
#include "kin-model.h"
#include "kin-sessions-page.h"
#include "kin-test-sessions.h"
#include "kin-test-util.h"
#include "kin-undo-toast.h"

/* The parts of a session's editor: the agenda (adding, duplicating,
 * deleting and moving items, and the start times that follow), the editor
 * of the selected item, the actions and the captures. */

static KinApplication *app;
static char *tmpdir;

static void
test_agenda_editing (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  KinAgendaEditor *editor = kin_test_agenda_editor (page);
  KinAgendaItem *welcome = kin_test_item_at (session, 0);
  KinAgendaItem *gains = kin_test_item_at (session, 1);
  KinAgendaItem *added;
  KinAgendaItem *copy;
  g_autoptr(KinCapture) capture = kin_capture_new ();
  guint n = kin_test_n_items (session);
  AdwToast *toast;

  /* Add: after the selected item, selected, with the kind's defaults. */
  kin_agenda_editor_select (editor, welcome);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.add", "s", "break"));
  g_assert_cmpuint (kin_test_n_items (session), ==, n + 1);
  added = kin_test_item_at (session, 1);
  g_assert_cmpint (kin_agenda_item_get_kind (added), ==, KIN_AGENDA_KIND_BREAK);
  g_assert_cmpstr (kin_agenda_item_get_title (added), ==, "Break");
  g_assert_cmpint (kin_agenda_item_get_minutes (added), ==, 10);
  g_assert_null (kin_agenda_item_get_ref (added));
  g_assert_true (kin_agenda_editor_get_selected (editor) == added);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Agenda Item");
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:10");
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "10:20");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (page), "agenda-summary"), ==, "Total 115 minutes · Ends at 11:55");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_test_n_items (session), ==, n);
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:10");
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "10:25");

  /* A card round uses the project's only deck. */
  kin_agenda_editor_select (editor, kin_test_item_at (session, n - 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.add", "s", "cards"));
  added = kin_test_item_at (session, n);
  g_assert_cmpstr (kin_agenda_item_get_ref (added), ==, "deck-principles");
  g_assert_cmpstr (kin_agenda_item_get_title (added), ==, "Living our principles");
  g_assert_cmpint (kin_agenda_item_get_minutes (added), ==, 20);
  g_assert_cmpstr (kin_test_start_text (page, n), ==, "11:45");
  g_assert_true (kin_project_undo (project));

  /* Duplicate: right after, the same plan, a new id. */
  kin_agenda_editor_select (editor, gains);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.duplicate", NULL));
  g_assert_cmpuint (kin_test_n_items (session), ==, n + 1);
  copy = kin_test_item_at (session, 2);
  g_assert_true (copy != gains);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (gains)));
  g_assert_cmpstr (kin_agenda_item_get_title (copy), ==, kin_agenda_item_get_title (gains));
  g_assert_cmpstr (kin_agenda_item_get_notes (copy), ==, kin_agenda_item_get_notes (gains));
  g_assert_cmpint (kin_agenda_item_get_minutes (copy), ==, 15);
  g_assert_cmpint (kin_agenda_item_get_kind (copy), ==, KIN_AGENDA_KIND_GAINS);
  g_assert_true (kin_agenda_editor_get_selected (editor) == copy);
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "10:40");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Agenda Item");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_test_n_items (session), ==, n);

  /* Delete keeps what was captured, no longer tied to the item, and the
   * toast brings both back. */
  kin_capture_set_item (capture, kin_object_get_id (KIN_OBJECT (gains)));
  kin_capture_set_text (capture, "Income team now call back within a day");
  kin_project_append (project, kin_session_get_captures (session), capture);
  kin_agenda_editor_select (editor, gains);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "agenda.delete", NULL));
  g_assert_cmpuint (kin_test_n_items (session), ==, n - 1);
  g_assert_null (kin_capture_get_item (capture));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Agenda Item");
  g_assert_true (kin_agenda_editor_get_selected (editor) == kin_test_item_at (session, 1));
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:10");
  toast = kin_undo_toast_get_current (GTK_WIDGET (editor));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Agenda item deleted");
  kin_test_screenshot (GTK_WIDGET (page), "sessions-item-deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (kin_test_n_items (session), ==, n);
  g_assert_true (kin_test_item_at (session, 1) == gains);
  g_assert_cmpstr (kin_capture_get_item (capture), ==, kin_object_get_id (KIN_OBJECT (gains)));

  /* Delete in the list is bound to deleting the item. */
  g_assert_true (kin_test_has_shortcut (kin_test_agenda_list (page), "Delete", "agenda.delete", -1));

  kin_test_close_page (page);
}

/* Presses a key on the widget that has the keyboard focus. */
static gboolean
press (KinAgendaEditor *editor,
       const char      *trigger,
       const char      *action)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (editor)));

  g_assert_nonnull (focus);
  return kin_test_press_shortcut (GTK_WIDGET (editor), trigger, action, focus);
}

static void
test_reorder (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  KinAgendaEditor *editor = kin_test_agenda_editor (page);
  KinAgendaItem *welcome = kin_test_item_at (session, 0);
  KinAgendaItem *gains = kin_test_item_at (session, 1);
  KinAgendaItem *close = kin_test_item_at (session, 6);
  GtkListBoxRow *row;

  /* Alt+Up and Alt+Down, pressed on the selected row, move it. */
  kin_agenda_editor_select (editor, welcome);
  gtk_widget_grab_focus (GTK_WIDGET (kin_test_agenda_row (page, 0)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (kin_test_agenda_row (page, 0))));
  g_assert_false (press (editor, "<Alt>Up", "agenda.move-up") && kin_test_item_at (session, 0) != welcome);
  g_assert_true (press (editor, "<Alt>Down", "agenda.move-down"));
  g_assert_true (kin_test_item_at (session, 0) == gains);
  g_assert_true (kin_test_item_at (session, 1) == welcome);
  g_assert_true (kin_agenda_editor_get_selected (editor) == welcome);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Agenda Item");
  /* The gains round-up (15 minutes) now opens, and the welcome starts after it. */
  g_assert_cmpstr (kin_test_start_text (page, 0), ==, "10:00");
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:15");
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "10:25");
  g_assert_true (kin_agenda_row_get_item (kin_test_agenda_row (page, 1)) == welcome);
  /* The moved row keeps the keyboard focus, so the keys can be pressed again. */
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (kin_test_agenda_list (page)));
  g_assert_true (row == GTK_LIST_BOX_ROW (kin_test_agenda_row (page, 1)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  g_assert_true (press (editor, "<Alt>Down", "agenda.move-down"));
  g_assert_true (kin_test_item_at (session, 2) == welcome);
  g_assert_cmpstr (kin_test_start_text (page, 2), ==, "10:40");
  g_assert_true (press (editor, "<Alt>Up", "agenda.move-up"));
  g_assert_true (press (editor, "<Alt>Up", "agenda.move-up"));
  g_assert_true (kin_test_item_at (session, 0) == welcome);
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:10");
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_test_item_at (session, 1) == welcome);
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:15");
  g_assert_true (kin_project_redo (project));

  /* Dropping a row onto another moves it there. */
  g_assert_true (kin_test_drag_row (kin_test_agenda_list (page), 6, kin_test_agenda_list (page), 0));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Agenda Item");
  g_assert_true (kin_test_item_at (session, 0) == close);
  g_assert_cmpstr (kin_test_start_text (page, 1), ==, "10:10");
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_test_item_at (session, 6) == close);
  g_assert_cmpstr (kin_test_start_text (page, 6), ==, "11:35");

  /* The last item cannot go further down. */
  kin_agenda_editor_select (editor, close);
  g_assert_false (gtk_widget_is_sensitive (kin_test_find_actionable (GTK_WIDGET (editor), "agenda.move-down")));
  g_assert_true (gtk_widget_is_sensitive (kin_test_find_actionable (GTK_WIDGET (editor), "agenda.move-up")));

  kin_test_close_page (page);
}

static void
test_item_editor (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  KinAgendaEditor *editor = kin_test_agenda_editor (page);
  KinAgendaItem *cards = kin_test_item_at (session, 2);
  GtkWidget *item_editor = GTK_WIDGET (kin_session_editor_get_item_editor (kin_sessions_page_get_editor (page)));
  GtkWidget *title = kin_test_find_entry_row (item_editor, "item-title");
  AdwComboRow *kind = ADW_COMBO_ROW (kin_test_find_widget (item_editor, ADW_TYPE_COMBO_ROW, "item-kind"));
  AdwComboRow *target = ADW_COMBO_ROW (kin_test_find_widget (item_editor, ADW_TYPE_COMBO_ROW, "item-target"));
  GtkSpinButton *minutes = GTK_SPIN_BUTTON (kin_test_find_widget (item_editor, GTK_TYPE_SPIN_BUTTON,
                                                                  "item-minutes"));
  GtkTextView *notes = GTK_TEXT_VIEW (kin_test_find_widget (item_editor, GTK_TYPE_TEXT_VIEW, "item-notes"));
  g_autofree char *old_notes = g_strdup (kin_agenda_item_get_notes (cards));
  GtkStringObject *name;
  guint undo_before;

  kin_agenda_editor_select (editor, cards);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Conversation cards: living our principles");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, KIN_AGENDA_KIND_CARDS);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (target)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Deck");
  g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 1);
  name = adw_combo_row_get_selected_item (target);
  g_assert_cmpstr (gtk_string_object_get_string (name), ==, "Living our principles");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 25);
  kin_test_screenshot (GTK_WIDGET (page), "sessions-item-editor");

  /* The timebox: one step, and the times after it follow. */
  gtk_spin_button_set_value (minutes, 30);
  g_assert_cmpint (kin_agenda_item_get_minutes (cards), ==, 30);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Change Timebox");
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "10:55");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (kin_test_agenda_row (page, 2)), "agenda-minutes"), ==, "30 min");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 25);
  g_assert_cmpstr (kin_test_start_text (page, 3), ==, "10:50");

  /* Typing the title and notes are one step each. */
  undo_before = kin_test_n_undo (project);
  gtk_editable_set_text (GTK_EDITABLE (title), "Cards");
  gtk_editable_set_text (GTK_EDITABLE (title), "Cards <round one>");
  g_assert_cmpstr (kin_agenda_item_get_title (cards), ==, "Cards <round one>");
  g_assert_cmpstr (kin_test_label_text (GTK_WIDGET (kin_test_agenda_row (page, 2)), "agenda-title"), ==, "Cards <round one>");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Pairs, 4 minutes a card.", -1);
  g_assert_cmpstr (kin_agenda_item_get_notes (cards), ==, "Pairs, 4 minutes a card.");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 2);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_agenda_item_get_notes (cards), ==, old_notes);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Conversation cards: living our principles");

  /* No deck: "None". */
  adw_combo_row_set_selected (target, 0);
  g_assert_null (kin_agenda_item_get_ref (cards));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_agenda_item_get_ref (cards), ==, "deck-principles");

  /* Another kind: a board is not a deck, so the deck goes, in one step,
   * and the row shows the new kind. */
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_BREAK);
  g_assert_cmpint (kin_agenda_item_get_kind (cards), ==, KIN_AGENDA_KIND_BREAK);
  g_assert_null (kin_agenda_item_get_ref (cards));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (target)));
  g_assert_cmpstr (kin_agenda_item_get_title (cards), ==, "Conversation cards: living our principles");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_agenda_item_get_kind (cards), ==, KIN_AGENDA_KIND_CARDS);
  g_assert_cmpstr (kin_agenda_item_get_ref (cards), ==, "deck-principles");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (target)));

  /* A new board item picks up the board's title when one is chosen. */
  kin_agenda_editor_select (editor, kin_test_item_at (session, 3));
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_BOARD);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Board");
  g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 0);
  adw_combo_row_set_selected (target, 1);
  g_assert_cmpstr (kin_agenda_item_get_ref (kin_test_item_at (session, 3)), ==, "board-vision");
  g_assert_cmpstr (kin_agenda_item_get_title (kin_test_item_at (session, 3)), ==, "Tea and biscuits");

  /* A self-assessment and a journey map are chosen the same way. */
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_ASSESSMENT);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Assessment");
  g_assert_null (kin_agenda_item_get_ref (kin_test_item_at (session, 3)));
  adw_combo_row_set_selected (target, 1);
  g_assert_cmpstr (kin_agenda_item_get_ref (kin_test_item_at (session, 3)), ==, "assess-autumn");
  adw_combo_row_set_selected (kind, KIN_AGENDA_KIND_JOURNEY);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (target)), ==, "Journey map");
  adw_combo_row_set_selected (target, 1);
  g_assert_cmpstr (kin_agenda_item_get_ref (kin_test_item_at (session, 3)), ==, "journey-repair");
  g_assert_cmpint (kin_agenda_item_get_kind (kin_test_item_at (session, 3)), ==, KIN_AGENDA_KIND_JOURNEY);

  kin_test_close_page (page);
}

static void
test_actions (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  KinActionList *list = kin_session_editor_get_action_list (kin_sessions_page_get_editor (page));
  GListModel *actions = kin_session_get_actions (session);
  GtkWidget *entry = kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_ENTRY, "new-action-entry");
  g_autoptr(KinAction) added = NULL;
  GtkWidget *row;
  AdwToast *toast;

  g_assert_true (kin_action_list_get_session (list) == session);

  /* Add. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ask Lettings to host in December");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  added = g_list_model_get_item (actions, 1);
  g_assert_cmpstr (kin_action_get_text (added), ==, "Ask Lettings to host in December");

  /* Edit in place. */
  row = gtk_widget_get_ancestor (kin_test_find_widget (GTK_WIDGET (list), GTK_TYPE_ENTRY, "action-owner"),
                                 KIN_TYPE_ACTION_ROW);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_parent (row)), 1));
  gtk_editable_set_text (GTK_EDITABLE (kin_test_find_widget (row, GTK_TYPE_ENTRY, "action-owner")), "Ollie");
  g_assert_cmpstr (kin_action_get_owner (added), ==, "Ollie");

  /* Done. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (kin_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, "action-done")),
                               TRUE);
  g_assert_true (kin_action_get_done (added));
  g_assert_true (kin_project_undo (project));
  g_assert_false (kin_action_get_done (added));

  /* Delete, and back from the page's toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "action-list.delete", "s",
                                             kin_object_get_id (KIN_OBJECT (added))));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_cmpstr (kin_action_get_owner (added), ==, "Ollie");

  /* Another session shows its own actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sessions.add", NULL));
  g_assert_true (kin_action_list_get_session (list) == kin_test_session_at (project, 1));
  g_assert_null (kin_test_find_widget (GTK_WIDGET (list), KIN_TYPE_ACTION_ROW, NULL));

  kin_test_close_page (page);
}

static void
test_captures (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSessionsPage *page = kin_test_show_sessions_page (project, 1200, 900);
  KinSession *session = kin_test_session_at (project, 0);
  KinCaptureList *list = kin_session_editor_get_capture_list (kin_sessions_page_get_editor (page));
  g_autoptr(KinCapture) first = kin_capture_new ();
  g_autoptr(KinCapture) second = kin_capture_new ();
  g_autoptr(KinCapture) loose = kin_capture_new ();
  g_autoptr(KinDeck) deck = kin_project_lookup (project, KIN_TYPE_DECK, "deck-principles");
  g_autoptr(KinCard) card = NULL;
  GtkWidget *row;
  AdwToast *toast;

  g_object_ref (deck);
  card = g_list_model_get_item (kin_deck_get_cards (deck), 0);

  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 0);
  g_assert_true (kin_test_widget_shown (GTK_WIDGET (list), GTK_TYPE_LABEL, "captures-empty"));

  kin_capture_set_item (first, kin_object_get_id (KIN_OBJECT (kin_test_item_at (session, 2))));
  kin_capture_set_card (first, kin_object_get_id (KIN_OBJECT (card)));
  kin_capture_set_text (first, "Say <who> will call & when");
  kin_capture_set_time (first, "2026-11-26T10:32:00Z");
  kin_capture_set_item (second, kin_object_get_id (KIN_OBJECT (kin_test_item_at (session, 0))));
  kin_capture_set_text (second, "Customers found us friendlier this month");
  kin_capture_set_item (loose, NULL);
  kin_capture_set_text (loose, "Parking at the depot is a problem");

  kin_project_begin_action (project, "Capture");
  kin_project_append (project, kin_session_get_captures (session), first);
  kin_project_append (project, kin_session_get_captures (session), second);
  kin_project_append (project, kin_session_get_captures (session), loose);
  kin_project_end_action (project);

  /* Grouped in agenda order, then those tied to no item. */
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 3);
  g_assert_false (kin_test_widget_shown (GTK_WIDGET (list), GTK_TYPE_LABEL, "captures-empty"));
  row = kin_test_find_widget (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW, NULL);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Customers found us friendlier this month");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  kin_test_screenshot (GTK_WIDGET (page), "sessions-captures");

  /* Deleting one is undoable from the toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "captures.delete", "s",
                                             kin_object_get_id (KIN_OBJECT (second))));
  g_assert_cmpuint (g_list_model_get_n_items (kin_session_get_captures (session)), ==, 2);
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 2);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Delete Capture");
  toast = kin_undo_toast_get_current (GTK_WIDGET (list));
  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 3);

  /* A capture that moves to another item moves group. */
  kin_project_set (project, loose, "item", kin_object_get_id (KIN_OBJECT (kin_test_item_at (session, 0))), NULL);
  g_assert_cmpuint (kin_capture_list_get_n_groups (list), ==, 2);

  kin_test_close_page (page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestAgenda", &tmpdir);

  g_test_add_func ("/agenda-editor/editing", test_agenda_editing);
  g_test_add_func ("/agenda-editor/reorder", test_reorder);
  g_test_add_func ("/agenda-editor/item-editor", test_item_editor);
  g_test_add_func ("/agenda-editor/actions", test_actions);
  g_test_add_func ("/agenda-editor/captures", test_captures);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
