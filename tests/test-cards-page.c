/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kin-application.h"
#include "kin-card-preview.h"
#include "kin-cards-page.h"
#include "kin-deck-edit.h"
#include "kin-model.h"
#include "kin-string-list-group.h"
#include "kin-test-util.h"
#include "kin-window.h"

static KinApplication *app;
static char *tmpdir;

static KinCardsPage *
show_page (KinProject *project,
           int         width,
           int         height)
{
  return KIN_CARDS_PAGE (kin_test_show_page (KIN_TYPE_CARDS_PAGE, project, width, height));
}

static KinDeck *
deck_at (KinProject *project,
         guint       index)
{
  g_autoptr(KinDeck) deck = g_list_model_get_item (kin_project_get_decks (project), index);

  /* The project keeps it alive. */
  return deck;
}

static guint
n_decks (KinProject *project)
{
  return g_list_model_get_n_items (kin_project_get_decks (project));
}

static KinCard *
card_at (KinDeck *deck,
         guint    index)
{
  g_autoptr(KinCard) card = g_list_model_get_item (kin_deck_get_cards (deck), index);

  return card;
}

static guint
n_cards (KinDeck *deck)
{
  return g_list_model_get_n_items (kin_deck_get_cards (deck));
}

static GtkWidget *
find_list (KinCardsPage *page,
           const char   *name)
{
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, name);

  g_assert_nonnull (list);
  return list;
}

/* The texts of every label inside @widget, joined by newlines. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (text, gtk_label_get_label (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* The text every visible label shows, markup already applied. */
static void
collect_shown_text (GtkWidget *widget,
                    GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_text (child, text);
}

static char *
row_text (GtkWidget *list,
          guint      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (row);
  collect_labels (GTK_WIDGET (row), text);

  return g_string_free (text, FALSE);
}

static const char *
visible_child (GtkWidget  *root,
               const char *page_name)
{
  /* The stack that has a page called @page_name. */
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), page_name) != NULL)
        return gtk_stack_get_visible_child_name (GTK_STACK (child));

      found = visible_child (child, page_name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_starter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  KinCard *first = card_at (deck, 0);
  KinCardEditor *editor = kin_cards_page_get_editor (page);
  GtkWidget *decks_list = find_list (page, "decks-list");
  GtkWidget *cards_list = find_list (page, "cards-list");
  GtkWidget *title_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  KinCardPreview *preview;
  g_autofree char *deck_text = NULL;
  g_autofree char *card_text = NULL;
  KinPrinciple *principle;

  g_assert_cmpuint (n_decks (project), ==, 1);
  g_assert_cmpuint (n_cards (deck), ==, 21);
  g_assert_cmpuint (kin_test_n_rows (decks_list), ==, 1);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 21);

  /* The deck row says what the deck holds. */
  deck_text = row_text (decks_list, 0);
  g_assert_nonnull (strstr (deck_text, kin_deck_get_title (deck)));
  g_assert_nonnull (strstr (deck_text, "21 cards"));

  /* The first card is selected, its row shows its principle and minutes. */
  g_assert_true (kin_cards_page_get_selected_deck (page) == deck);
  g_assert_true (kin_cards_page_get_selected_card (page) == first);
  g_assert_true (kin_card_editor_get_card (editor) == first);
  principle = kin_project_lookup (project, KIN_TYPE_PRINCIPLE, kin_card_get_principle (first));
  g_assert_nonnull (principle);
  card_text = row_text (cards_list, 0);
  g_assert_nonnull (strstr (card_text, kin_card_get_title (first)));
  g_assert_nonnull (strstr (card_text, kin_principle_get_name (principle)));
  g_assert_nonnull (strstr (card_text, "4 min"));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, kin_card_get_title (first));

  /* The preview is the card renderer's conversation face. */
  preview = KIN_CARD_PREVIEW (kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_CARD_PREVIEW, NULL));
  kin_test_wait_for_preview (preview, kin_card_get_title (first));
  g_assert_cmpint (kin_card_face_get_kind (kin_card_preview_get_face (preview)), ==,
                   KIN_CARD_FACE_CONVERSATION);
  g_assert_cmpstr (kin_card_face_get_body (kin_card_preview_get_face (preview)), ==,
                   kin_card_get_prompt (first));
  g_assert_cmpstr (kin_card_face_get_color (kin_card_preview_get_face (preview)), ==,
                   kin_principle_get_color (principle));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), >, 150);

  kin_test_screenshot (GTK_WIDGET (page), "cards-starter");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  kin_test_screenshot (GTK_WIDGET (page), "cards-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Selecting another card shows it. */
  kin_cards_page_select_card (page, card_at (deck, 5));
  kin_test_wait_for_preview (preview, kin_card_get_title (card_at (deck, 5)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   kin_card_get_title (card_at (deck, 5)));

  kin_test_close_page (page);
}

static void
test_edit_fields (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinCardEditor *editor = kin_cards_page_get_editor (page);
  KinCard *card = card_at (deck_at (project, 0), 0);
  g_autofree char *old_title = g_strdup (kin_card_get_title (card));
  g_autofree char *old_prompt = g_strdup (kin_card_get_prompt (card));
  g_autofree char *old_principle = g_strdup (kin_card_get_principle (card));
  int old_minutes = kin_card_get_minutes (card);
  GtkWidget *title_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  GtkWidget *principle_row = kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Principle");
  GtkWidget *spin = kin_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, NULL);
  GtkWidget *prompt_view = kin_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, "prompt-view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (prompt_view));
  GtkWidget *cards_list = find_list (page, "cards-list");
  KinCardPreview *preview = KIN_CARD_PREVIEW (kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_CARD_PREVIEW, NULL));
  KinPrinciple *third = g_list_model_get_item (kin_project_get_principles (project), 2);
  guint undo_before = kin_test_n_undo (project);
  g_autofree char *row = NULL;
  GtkTextIter end;

  g_object_unref (third);
  g_assert_nonnull (title_row);
  g_assert_nonnull (principle_row);
  g_assert_nonnull (spin);

  /* The fields leave Ctrl+Z to the project's history. */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (title_row)));
  g_assert_false (gtk_text_buffer_get_enable_undo (buffer));

  /* Typing a title merges into one undo step; the row and the preview follow. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "K");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Kept");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Kept promises");
  g_assert_cmpstr (kin_card_get_title (card), ==, "Kept promises");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  row = row_text (cards_list, 0);
  g_assert_nonnull (strstr (row, "Kept promises"));
  kin_test_wait_for_preview (preview, "Kept promises");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_card_get_title (card), ==, old_title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);
  g_assert_true (kin_project_redo (project));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Kept promises");

  /* The prompt, typed in several pieces, is one step too. */
  undo_before = kin_test_n_undo (project);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " And", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nthen?", -1);
  g_assert_true (g_str_has_suffix (kin_card_get_prompt (card), " And\nthen?"));
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_card_get_prompt (card), ==, old_prompt);
  {
    g_autofree char *shown = NULL;
    GtkTextIter start;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, old_prompt);
  }

  /* The principle row offers None and every principle. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (principle_row))), ==,
                    1 + g_list_model_get_n_items (kin_project_get_principles (project)));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (principle_row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (principle_row), 3);
  g_assert_cmpstr (kin_card_get_principle (card), ==, kin_object_get_id (KIN_OBJECT (third)));
  g_free (row);
  row = row_text (cards_list, 0);
  g_assert_nonnull (strstr (row, kin_principle_get_name (third)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (principle_row), 0);
  g_assert_null (kin_card_get_principle (card));
  g_free (row);
  row = row_text (cards_list, 0);
  g_assert_nonnull (strstr (row, "No principle"));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_card_get_principle (card), ==, kin_object_get_id (KIN_OBJECT (third)));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (principle_row)), ==, 3);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (kin_card_get_principle (card), ==, old_principle);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (principle_row)), ==, 1);

  /* Adding a principle elsewhere leaves the card's choice alone. */
  {
    g_autoptr(KinPrinciple) added = kin_principle_new ();

    kin_principle_set_name (added, "Honesty");
    kin_project_insert (project, kin_project_get_principles (project), 0, added);
    g_assert_cmpstr (kin_card_get_principle (card), ==, old_principle);
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (principle_row)), ==, 2);
    g_assert_true (kin_project_undo (project));
    g_assert_cmpstr (kin_card_get_principle (card), ==, old_principle);
  }

  /* Minutes: 1 to 60 in the spin button. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 7);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 7);
  g_free (row);
  row = row_text (cards_list, 0);
  g_assert_nonnull (strstr (row, "7 min"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 500);
  g_assert_cmpint (kin_card_get_minutes (card), ==, 60);
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpint (kin_card_get_minutes (card), ==, old_minutes);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, old_minutes);

  kin_test_close_page (page);
}

static void
test_follow_ups (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinCardEditor *editor = kin_cards_page_get_editor (page);
  KinStringListGroup *group =
    KIN_STRING_LIST_GROUP (kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_STRING_LIST_GROUP, NULL));
  KinCard *card = card_at (deck_at (project, 0), 0);
  g_auto(GStrv) original = g_strdupv ((char **) kin_card_get_follow_ups (card));
  guint n = g_strv_length (original);
  GtkWidget *row;
  guint undo_before;

  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (kin_string_list_group_get_n_rows (group), ==, n);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_string_list_group_get_row (group, 1))), ==,
                   original[1]);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (kin_string_list_group_get_row (group, 1))),
                   ==, "Question 2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "string-list.add", NULL));
  g_assert_cmpuint (g_strv_length ((char **) kin_card_get_follow_ups (card)), ==, n + 1);
  g_assert_cmpuint (kin_string_list_group_get_n_rows (group), ==, n + 1);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Follow-up Question");

  /* Typing is one step, committed by a pause or when leaving the card. */
  undo_before = kin_test_n_undo (project);
  row = kin_string_list_group_get_row (group, n);
  gtk_editable_set_text (GTK_EDITABLE (row), "W");
  gtk_editable_set_text (GTK_EDITABLE (row), "What next?");
  kin_card_editor_flush (editor);
  g_assert_cmpstr (kin_card_get_follow_ups (card)[n], ==, "What next?");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  gtk_editable_set_text (GTK_EDITABLE (row), "What happens next?");
  kin_test_iterate (700);
  g_assert_cmpstr (kin_card_get_follow_ups (card)[n], ==, "What happens next?");
  gtk_editable_set_text (GTK_EDITABLE (row), "Who does what next?");
  kin_cards_page_select_card (page, card_at (deck_at (project, 0), 1));
  g_assert_cmpstr (kin_card_get_follow_ups (card)[n], ==, "Who does what next?");
  kin_cards_page_select_card (page, card);
  g_assert_cmpuint (kin_string_list_group_get_n_rows (group), ==, n + 1);

  /* Alt+Up in a question moves it; the menu and the keys run these. */
  g_assert_true (kin_test_has_shortcut (kin_string_list_group_get_row (group, n), "<Alt>Up",
                                        "string-list.move-up", n));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "string-list.move-up", "i", n));
  g_assert_cmpstr (kin_card_get_follow_ups (card)[n - 1], ==, "Who does what next?");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Follow-up Question");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_string_list_group_get_row (group, n - 1))), ==,
                   "Who does what next?");

  {
    GtkWidget *scrolled = kin_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, NULL);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    kin_test_wait_for_frame (GTK_WIDGET (page));
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    kin_test_screenshot (GTK_WIDGET (page), "cards-follow-ups");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "string-list.remove", "i", n - 1));
  g_assert_cmpstrv (kin_card_get_follow_ups (card), original);
  g_assert_cmpuint (kin_string_list_group_get_n_rows (group), ==, n);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Remove Follow-up Question");

  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (kin_string_list_group_get_n_rows (group), ==, n + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_string_list_group_get_row (group, n - 1))), ==,
                   "Who does what next?");

  kin_test_close_page (page);
}

static void
test_card_list_editing (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  KinCard *first = card_at (deck, 0);
  KinCard *second = card_at (deck, 1);
  GtkWidget *cards_list = find_list (page, "cards-list");
  g_autoptr(AdwToast) old_toast = NULL;
  KinCard *added;
  KinCard *copy;

  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "<Control>n", "cards.add-card", -1));
  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "<Alt>Up", "cards.move-up", -1));
  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "<Alt>Down", "cards.move-down", -1));
  g_assert_true (kin_test_has_shortcut (cards_list, "Delete", "cards.delete-card", -1));

  /* Alt+Down and Alt+Up; the moved card keeps the keyboard focus, so that
   * the keys can be pressed again. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-down", NULL));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (gtk_widget_get_root (cards_list))) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 1)));
  g_assert_true (card_at (deck, 1) == first);
  g_assert_true (kin_cards_page_get_selected_card (page) == first);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (cards_list)) ==
                 gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 1));
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Card");
  g_assert_true (kin_project_undo (project));
  g_assert_true (card_at (deck, 0) == first);
  g_assert_true (kin_project_redo (project));
  g_assert_true (card_at (deck, 1) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-up", NULL));
  g_assert_true (card_at (deck, 0) == first);
  g_assert_true (card_at (deck, 1) == second);

  /* Dropping a card onto another puts it in that place. */
  g_assert_true (kin_test_drag_row (cards_list, 0, cards_list, 20));
  g_assert_true (card_at (deck, 20) == first);
  g_assert_true (kin_cards_page_get_selected_card (page) == first);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Card");
  g_assert_true (kin_project_undo (project));
  g_assert_true (card_at (deck, 0) == first);

  /* Ctrl+N adds a card after the selected one, of the same principle,
   * and puts the keyboard in its title. */
  kin_cards_page_select_card (page, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-card", NULL));
  g_assert_cmpuint (n_cards (deck), ==, 22);
  added = card_at (deck, 2);
  g_assert_cmpstr (kin_card_get_title (added), ==, "New Card");
  g_assert_cmpstr (kin_card_get_principle (added), ==, kin_card_get_principle (second));
  g_assert_true (kin_cards_page_get_selected_card (page) == added);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Card");
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 22);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_cards (deck), ==, 21);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 21);
  g_assert_true (kin_project_redo (project));
  g_assert_cmpuint (n_cards (deck), ==, 22);
  g_assert_true (kin_project_undo (project));

  /* Duplicate: right after the original, a new id. */
  kin_cards_page_select_card (page, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.duplicate-card", NULL));
  copy = card_at (deck, 2);
  g_assert_true (copy != second);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (second)));
  g_assert_cmpstr (kin_card_get_prompt (copy), ==, kin_card_get_prompt (second));
  g_assert_cmpstrv (kin_card_get_follow_ups (copy), kin_card_get_follow_ups (second));
  g_assert_true (kin_cards_page_get_selected_card (page) == copy);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Card");

  /* Delete, and the toast's Undo. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 2)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-card", NULL));
  g_assert_cmpuint (n_cards (deck), ==, 21);
  g_assert_null (kin_deck_find_card (project, copy, NULL));
  /* The neighbour that took its place is selected, and has the focus for
   * the next key. */
  g_assert_true (kin_cards_page_get_selected_card (page) == card_at (deck, 2));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (gtk_widget_get_root (cards_list))) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 2)));
  kin_test_screenshot (GTK_WIDGET (page), "cards-deleted-toast");
  kin_test_click_undo_toast (GTK_WIDGET (page));
  g_assert_cmpuint (n_cards (deck), ==, 22);
  g_assert_true (card_at (deck, 2) == copy);

  /* An old toast goes once something else was done, and its Undo does
   * nothing. */
  kin_cards_page_select_card (page, copy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-card", NULL));
  old_toast = g_object_ref (kin_test_get_undo_toast (GTK_WIDGET (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-card", NULL));
  g_assert_null (kin_test_get_undo_toast (GTK_WIDGET (page)));
  g_signal_emit_by_name (old_toast, "button-clicked");
  g_assert_cmpuint (n_cards (deck), ==, 22);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Card");

  kin_test_close_page (page);
}

static void
test_move_between_decks (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  KinCard *first = card_at (deck, 0);
  KinCard *second = card_at (deck, 1);
  g_autofree char *first_id = g_strdup (kin_object_get_id (KIN_OBJECT (first)));
  GtkWidget *decks_list = find_list (page, "decks-list");
  GtkWidget *cards_list = find_list (page, "cards-list");
  g_autofree char *deck_text = NULL;
  KinDeck *other;
  guint undo_before;

  other = kin_deck_add (project, "Warm_ups");
  g_assert_cmpuint (kin_test_n_rows (decks_list), ==, 2);
  g_assert_true (kin_cards_page_get_selected_deck (page) == deck);

  /* The Move to Deck menu lists the other decks, titles as they are (a
   * single underscore would be taken as a mnemonic). */
  {
    GtkWidget *move_button = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, "move-button");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 1);
    GtkWidget *row_button = kin_test_find_widget (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, NULL);
    g_autoptr(GMenuModel) decks_section = NULL;
    g_autoptr(GMenuModel) submenu = NULL;
    g_autoptr(GVariant) target = NULL;
    g_autofree char *label = NULL;
    GMenuModel *menu;

    gtk_menu_button_popup (GTK_MENU_BUTTON (move_button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (move_button));
    g_assert_nonnull (menu);
    decks_section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_assert_cmpint (g_menu_model_get_n_items (decks_section), ==, 1);
    g_assert_true (g_menu_model_get_item_attribute (decks_section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "Warm__ups");
    target = g_menu_model_get_item_attribute_value (decks_section, 0, G_MENU_ATTRIBUTE_TARGET,
                                                    G_VARIANT_TYPE_STRING);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, kin_object_get_id (KIN_OBJECT (other)));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (move_button));

    /* A card's own menu acts on that card, which it selects. */
    gtk_menu_button_popup (GTK_MENU_BUTTON (row_button));
    g_assert_true (kin_cards_page_get_selected_card (page) == second);
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (row_button));
    g_clear_object (&decks_section);
    decks_section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    submenu = g_menu_model_get_item_link (decks_section, 1, G_MENU_LINK_SUBMENU);
    g_assert_nonnull (submenu);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (row_button));
  }

  /* The Move to Deck menu. */
  undo_before = kin_test_n_undo (project);
  kin_cards_page_select_card (page, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-to-deck", "s",
                                             kin_object_get_id (KIN_OBJECT (other))));
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  g_assert_true (kin_deck_find_card (project, first, NULL) == other);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (first)), ==, first_id);
  g_assert_cmpuint (n_cards (deck), ==, 20);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 20);
  g_assert_true (kin_cards_page_get_selected_card (page) == second);
  deck_text = row_text (decks_list, 1);
  g_assert_nonnull (strstr (deck_text, "1 card"));
  kin_test_screenshot (GTK_WIDGET (page), "cards-moved-toast");

  g_assert_true (kin_project_undo (project));
  g_assert_true (card_at (deck, 0) == first);
  g_assert_cmpuint (n_cards (other), ==, 0);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 21);
  g_assert_true (kin_project_redo (project));
  g_assert_true (card_at (other, 0) == first);
  g_assert_true (kin_project_undo (project));

  /* Dragging a card onto a deck row moves it to the end of that deck. */
  g_assert_true (kin_test_drag_row (cards_list, 1, decks_list, 1));
  g_assert_true (card_at (other, 0) == second);
  g_assert_cmpuint (n_cards (deck), ==, 20);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Card to Deck");
  kin_test_click_undo_toast (GTK_WIDGET (page));
  g_assert_true (card_at (deck, 1) == second);

  /* Moving to a new deck makes the deck and moves the card in one step. */
  kin_cards_page_select_card (page, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-to-new-deck", NULL));
  g_assert_cmpuint (n_decks (project), ==, 3);
  g_assert_true (card_at (deck_at (project, 2), 0) == second);
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_decks (project), ==, 2);
  g_assert_true (card_at (deck, 1) == second);

  /* Selecting a card of another deck shows that deck. */
  kin_cards_page_move_card (page, second, other, G_MAXUINT);
  kin_cards_page_select_card (page, second);
  g_assert_true (kin_cards_page_get_selected_deck (page) == other);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 1);

  kin_test_close_page (page);
}

static void
test_decks (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  GtkWidget *decks_list = find_list (page, "decks-list");
  GtkWidget *title = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "deck-title");
  GtkWidget *popover = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_POPOVER, "rename-popover");
  GtkWidget *entry = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_ENTRY, "rename-entry");
  g_autofree char *old_title = g_strdup (kin_deck_get_title (deck));
  g_autofree char *copy_title = g_strdup_printf ("%s (copy)", old_title);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  KinDeck *added;
  KinDeck *copy;
  guint undo_before;

  g_assert_true (kin_test_has_shortcut (decks_list, "Delete", "cards.delete-deck", -1));
  g_assert_true (kin_test_has_shortcut (GTK_WIDGET (page), "F2", "cards.rename-deck", -1));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, old_title);

  /* Add: an empty deck, selected, with its title being edited. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-deck", NULL));
  g_assert_cmpuint (n_decks (project), ==, 2);
  added = deck_at (project, 1);
  g_assert_true (kin_cards_page_get_selected_deck (page) == added);
  g_assert_null (kin_cards_page_get_selected_card (page));
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "no-match"), ==, "empty");
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "none"), ==, "none");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (kin_test_find_widget (GTK_WIDGET (page),
                                                                                     GTK_TYPE_SEARCH_ENTRY,
                                                                                     NULL))));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "New Deck");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "New Deck");
  kin_test_screenshot (GTK_WIDGET (page), "cards-new-deck");

  /* Renaming is one step; Enter in the entry does it. */
  undo_before = kin_test_n_undo (project);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Warm-ups ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (kin_deck_get_title (added), ==, "Warm-ups");
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Rename Deck");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Warm-ups");
  {
    g_autofree char *text = row_text (decks_list, 1);

    g_assert_nonnull (strstr (text, "Warm-ups"));
    g_assert_nonnull (strstr (text, "0 cards"));
  }

  /* Closing the popover (Escape) leaves the title as it was, and a blank
   * title is not taken. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.rename-deck", NULL));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Warm-ups");
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (gtk_widget_get_sensitive (kin_test_find_widget (popover, GTK_TYPE_BUTTON, NULL)));
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Something else");
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_cmpstr (kin_deck_get_title (added), ==, "Warm-ups");
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);

  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "New Deck");
  g_assert_true (kin_project_undo (project));
  g_assert_cmpuint (n_decks (project), ==, 1);
  g_assert_true (kin_cards_page_get_selected_deck (page) == deck);

  /* Duplicate: a deep copy with new ids for the deck and every card. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.duplicate-deck", NULL));
  g_assert_cmpuint (n_decks (project), ==, 2);
  copy = deck_at (project, 1);
  g_assert_cmpstr (kin_deck_get_title (copy), ==, copy_title);
  g_assert_cmpstr (kin_object_get_id (KIN_OBJECT (copy)), !=, kin_object_get_id (KIN_OBJECT (deck)));
  g_assert_cmpuint (n_cards (copy), ==, 21);
  g_hash_table_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (deck)));
  g_hash_table_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (copy)));
  for (guint i = 0; i < 21; i++)
    {
      g_assert_true (card_at (copy, i) != card_at (deck, i));
      g_assert_cmpstr (kin_card_get_title (card_at (copy, i)), ==, kin_card_get_title (card_at (deck, i)));
      g_hash_table_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (card_at (deck, i))));
      g_hash_table_add (ids, (gpointer) kin_object_get_id (KIN_OBJECT (card_at (copy, i))));
    }
  g_assert_cmpuint (g_hash_table_size (ids), ==, 44);
  g_assert_true (kin_cards_page_get_selected_deck (page) == copy);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Duplicate Deck");

  /* Delete with the toast's Undo: one step brings back the deck and its
   * cards. */
  undo_before = kin_test_n_undo (project);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-deck", NULL));
  g_assert_cmpuint (n_decks (project), ==, 1);
  g_assert_true (kin_cards_page_get_selected_deck (page) == deck);
  g_assert_cmpuint (kin_test_n_undo (project), ==, undo_before + 1);
  kin_test_click_undo_toast (GTK_WIDGET (page));
  g_assert_cmpuint (n_decks (project), ==, 2);
  g_assert_true (deck_at (project, 1) == copy);
  g_assert_cmpuint (n_cards (copy), ==, 21);
  g_assert_true (kin_project_redo (project));
  g_assert_cmpuint (n_decks (project), ==, 1);

  /* Dragging a deck onto another reorders the list. */
  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_test_drag_row (decks_list, 1, decks_list, 0));
  g_assert_true (deck_at (project, 0) == copy);
  g_assert_true (kin_cards_page_get_selected_deck (page) == copy);

  /* In the list of decks, Alt+Down moves the deck, and the deck keeps the
   * keyboard focus. */
  g_assert_true (kin_test_has_shortcut (decks_list, "<Alt>Down", "cards.move-deck-down", -1));
  g_assert_true (kin_test_has_shortcut (decks_list, "<Alt>Up", "cards.move-deck-up", -1));
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (decks_list), 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-deck-down", NULL));
  g_assert_true (deck_at (project, 1) == copy);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (gtk_widget_get_root (decks_list))) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (decks_list), 1)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-deck-down", NULL) &&
                  deck_at (project, 1) != copy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-deck-up", NULL));
  g_assert_true (deck_at (project, 0) == copy);
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Move Deck");

  /* Deleting every deck shows the empty state. */
  kin_cards_page_select_deck (page, copy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-deck", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-deck", NULL));
  g_assert_cmpuint (n_decks (project), ==, 0);
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "decks"), ==, "empty");
  g_assert_null (kin_cards_page_get_selected_deck (page));
  g_assert_true (kin_project_undo (project));
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "decks"), ==, "decks");

  kin_test_close_page (page);
}

static void
test_empty_state (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  KinCardsPage *page = show_page (project, 1000, 700);

  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "decks"), ==, "empty");
  g_assert_nonnull (kin_test_find_actionable (GTK_WIDGET (page), "cards.add-deck"));
  kin_test_screenshot (GTK_WIDGET (page), "cards-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-deck", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "decks"), ==, "decks");
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "no-match"), ==, "empty");
  g_assert_cmpstr (kin_project_get_undo_label (project), ==, "Add Deck");
  kin_test_screenshot (GTK_WIDGET (page), "cards-empty-deck");

  /* The first card of a deck, with no principle to share. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-card", NULL));
  g_assert_cmpuint (n_cards (deck_at (project, 0)), ==, 1);
  g_assert_null (kin_card_get_principle (card_at (deck_at (project, 0), 0)));
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "no-match"), ==, "cards");
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "none"), ==, "editor");

  /* No project: empty, and nothing can be added. */
  kin_cards_page_set_project (page, NULL);
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "decks"), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-deck", NULL);
  g_assert_cmpuint (n_decks (project), ==, 1);

  kin_test_close_page (page);
}

static void
test_user_text_is_not_markup (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  KinCard *card = card_at (deck, 0);
  GtkWidget *decks_list = find_list (page, "decks-list");
  GtkWidget *cards_list = find_list (page, "cards-list");
  KinCardEditor *editor = kin_cards_page_get_editor (page);
  KinCardPreview *preview = KIN_CARD_PREVIEW (kin_test_find_widget (GTK_WIDGET (editor), KIN_TYPE_CARD_PREVIEW, NULL));
  g_autofree char *card_text = NULL;
  g_autofree char *deck_text = NULL;

  kin_project_set (project, card, "title", "<b>Bold</b> & brave", NULL);
  kin_project_set (project, deck, "title", "Q&A <i>deck</i>", NULL);

  card_text = row_text (cards_list, 0);
  deck_text = row_text (decks_list, 0);
  g_assert_nonnull (strstr (card_text, "<b>Bold</b> & brave"));
  g_assert_nonnull (strstr (deck_text, "Q&A <i>deck</i>"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (kin_test_find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                                        "Title"))),
                   ==, "<b>Bold</b> & brave");
  kin_test_wait_for_preview (preview, "<b>Bold</b> & brave");
  kin_test_screenshot (GTK_WIDGET (page), "cards-markup");

  /* Toast titles are markup: the deleted card's title is shown as typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.delete-card", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  {
    g_autoptr(GString) shown = g_string_new (NULL);

    collect_shown_text (GTK_WIDGET (page), shown);
    g_assert_nonnull (strstr (shown->str, "Card “<b>Bold</b> & brave” deleted"));
  }
  kin_test_screenshot (GTK_WIDGET (page), "cards-markup-toast");
  kin_test_click_undo_toast (GTK_WIDGET (page));

  kin_test_close_page (page);
}

static void
test_filter (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 1100, 760);
  KinDeck *deck = deck_at (project, 0);
  GtkWidget *cards_list = find_list (page, "cards-list");
  KinCard *first = card_at (deck, 0);
  const char *equality = kin_card_get_principle (first);
  guint n_equality = 0;
  KinCard *added;

  for (guint i = 0; i < n_cards (deck); i++)
    if (g_strcmp0 (kin_card_get_principle (card_at (deck, i)), equality) == 0)
      n_equality++;
  g_assert_cmpuint (n_equality, >, 1);

  /* Words in a follow-up question find the card; case does not matter. */
  kin_cards_page_set_search (page, "MEETING THE SAME BARRIER", NULL);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 1);
  g_assert_true (kin_cards_page_get_selected_card (page) == first);

  kin_cards_page_set_search (page, "nothing like this anywhere", NULL);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 0);
  g_assert_cmpstr (visible_child (GTK_WIDGET (page), "no-match"), ==, "no-match");
  g_assert_null (kin_cards_page_get_selected_card (page));
  kin_test_screenshot (GTK_WIDGET (page), "cards-no-match");

  /* One principle's cards; moving and adding work within what is shown. */
  kin_cards_page_set_search (page, NULL, equality);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, n_equality);
  kin_cards_page_select_card (page, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.move-down", NULL));
  g_assert_true (card_at (deck, 1) == first);
  g_assert_true (kin_project_undo (project));

  kin_cards_page_set_search (page, "barrier", equality);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.add-card", NULL));
  added = kin_cards_page_get_selected_card (page);
  g_assert_nonnull (added);
  g_assert_cmpstr (kin_card_get_principle (added), ==, equality);
  /* The search was cleared so that the new card shows. */
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, n_equality + 1);

  /* Cards with no principle. */
  kin_project_set (project, added, "principle", NULL, NULL);
  kin_cards_page_set_search (page, NULL, "");
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 1);

  kin_cards_page_set_search (page, NULL, NULL);
  g_assert_cmpuint (kin_test_n_rows (cards_list), ==, 22);

  kin_test_close_page (page);
}

static void
test_narrow (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinCardsPage *page = show_page (project, 360, 700);
  AdwLeaflet *leaflet = ADW_LEAFLET (kin_test_find_widget (GTK_WIDGET (page), ADW_TYPE_LEAFLET, NULL));
  KinCardEditor *editor = kin_cards_page_get_editor (page);
  GtkWidget *decks_list = find_list (page, "decks-list");
  GtkWidget *cards_list = find_list (page, "cards-list");

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  kin_test_iterate (500);
  g_assert_true (gtk_widget_is_ancestor (decks_list, adw_leaflet_get_visible_child (leaflet)));
  kin_test_screenshot (GTK_WIDGET (page), "cards-narrow-decks");

  /* Choosing the deck shows its cards, with a way back. */
  g_signal_emit_by_name (decks_list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (decks_list), 0));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_true (gtk_widget_is_ancestor (cards_list, adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_is_visible (kin_test_find_actionable (GTK_WIDGET (page), "cards.show-decks")));
  kin_test_screenshot (GTK_WIDGET (page), "cards-narrow-cards");

  /* Choosing a card shows the editor. */
  g_signal_emit_by_name (cards_list, "row-activated", gtk_list_box_get_row_at_index (GTK_LIST_BOX (cards_list), 0));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (editor), adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_is_visible (kin_test_find_actionable (GTK_WIDGET (page), "cards.show-cards")));
  kin_test_screenshot (GTK_WIDGET (page), "cards-narrow-editor");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.show-cards", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_true (gtk_widget_is_ancestor (cards_list, adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cards.show-decks", NULL));
  kin_test_wait_for_frame (GTK_WIDGET (page));
  g_assert_true (gtk_widget_is_ancestor (decks_list, adw_leaflet_get_visible_child (leaflet)));

  kin_test_close_page (page);
}

static gboolean
shortcuts_window_has (GtkWidget  *widget,
                      const char *title,
                      const char *accelerator)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *shown_title = NULL;
      g_autofree char *shown_accelerator = NULL;

      g_object_get (widget, "title", &shown_title, "accelerator", &shown_accelerator, NULL);
      if (g_strcmp0 (shown_title, title) == 0 && g_strcmp0 (shown_accelerator, accelerator) == 0)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shortcuts_window_has (child, title, accelerator))
      return TRUE;

  return FALSE;
}

static void
test_in_window (void)
{
  KinWindow *window = kin_test_open_starter_window (app, "cards", 1280, 800);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *help_overlay;
  KinCardsPage *page;

  page = KIN_CARDS_PAGE (kin_test_find_widget (GTK_WIDGET (window), KIN_TYPE_CARDS_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (kin_cards_page_get_project (page) == kin_window_get_project (window));
  kin_test_screenshot (GTK_WIDGET (window), "window-cards");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  kin_test_iterate (600);
  kin_test_screenshot (GTK_WIDGET (window), "window-cards-narrow");

  /* The page's keys are in the shortcuts window. */
  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");
  help_overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (shortcuts_window_has (help_overlay, "New Card", "<Control>n"));
  g_assert_true (shortcuts_window_has (help_overlay, "Delete Card", "Delete"));
  g_assert_true (shortcuts_window_has (help_overlay, "Move Card Up", "<Alt>Up"));
  gtk_window_destroy (GTK_WINDOW (help_overlay));

  kin_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestCards", &tmpdir);

  g_test_add_func ("/cards/starter", test_starter);
  g_test_add_func ("/cards/edit-fields", test_edit_fields);
  g_test_add_func ("/cards/follow-ups", test_follow_ups);
  g_test_add_func ("/cards/card-list-editing", test_card_list_editing);
  g_test_add_func ("/cards/move-between-decks", test_move_between_decks);
  g_test_add_func ("/cards/decks", test_decks);
  g_test_add_func ("/cards/empty-state", test_empty_state);
  g_test_add_func ("/cards/markup", test_user_text_is_not_markup);
  g_test_add_func ("/cards/filter", test_filter);
  g_test_add_func ("/cards/narrow", test_narrow);
  g_test_add_func ("/cards/in-window", test_in_window);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
