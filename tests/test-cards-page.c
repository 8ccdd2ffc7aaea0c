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
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (KIN_TYPE_CARDS_PAGE, "project", project, NULL);

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (page);

  return KIN_CARDS_PAGE (page);
}

static void
close_page (KinCardsPage *page)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (page)));

  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  gtk_window_destroy (GTK_WINDOW (window));
  kin_test_iterate (20);
  g_assert_null (page);
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

static guint
n_undo (KinProject *project)
{
  return kin_history_get_n_undo (kin_project_get_history (project));
}

static GtkWidget *
find_list (KinCardsPage *page,
           const char   *name)
{
  GtkWidget *list = kin_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, name);

  g_assert_nonnull (list);
  return list;
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;

  return n;
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

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 GType       type,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;

      found = find_row_titled (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
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

/* Previews are rebuilt when the main loop is idle. */
static void
wait_for_preview (KinCardPreview *preview,
                  const char     *title)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (kin_card_preview_get_face (preview) == NULL ||
         g_strcmp0 (kin_card_face_get_title (kin_card_preview_get_face (preview)), title) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
    }
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  g_autoptr(GError) error = NULL;

  /* The window, not the page, so that the background is in the picture. */
  widget = GTK_WIDGET (gtk_widget_get_root (widget));
  kin_test_wait_for_frame (widget);
  /* A window that is still settling can render an empty frame; the next
   * one is complete. */
  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_clear_error (&error);
      if (kin_test_save_screenshot (widget, name, &error))
        break;
      kin_test_iterate (100);
      kin_test_wait_for_frame (widget);
    }
  g_assert_no_error (error);
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
  GtkWidget *title_row = find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  KinCardPreview *preview;
  g_autofree char *deck_text = NULL;
  g_autofree char *card_text = NULL;
  KinPrinciple *principle;

  g_assert_cmpuint (n_decks (project), ==, 1);
  g_assert_cmpuint (n_cards (deck), ==, 21);
  g_assert_cmpuint (n_rows (decks_list), ==, 1);
  g_assert_cmpuint (n_rows (cards_list), ==, 21);

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
  wait_for_preview (preview, kin_card_get_title (first));
  g_assert_cmpint (kin_card_face_get_kind (kin_card_preview_get_face (preview)), ==,
                   KIN_CARD_FACE_CONVERSATION);
  g_assert_cmpstr (kin_card_face_get_body (kin_card_preview_get_face (preview)), ==,
                   kin_card_get_prompt (first));
  g_assert_cmpstr (kin_card_face_get_color (kin_card_preview_get_face (preview)), ==,
                   kin_principle_get_color (principle));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (preview)), >, 150);

  screenshot (GTK_WIDGET (page), "cards-starter");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (GTK_WIDGET (page), "cards-starter-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Selecting another card shows it. */
  kin_cards_page_select_card (page, card_at (deck, 5));
  wait_for_preview (preview, kin_card_get_title (card_at (deck, 5)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   kin_card_get_title (card_at (deck, 5)));

  close_page (page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = kin_test_init_app (&argc, &argv, "TestCards", &tmpdir);

  g_test_add_func ("/cards/starter", test_starter);

  status = g_test_run ();
  g_clear_object (&app);
  g_rmdir (tmpdir);

  return status;
}
