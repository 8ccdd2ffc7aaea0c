/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-edit.h"
#include "kin-boards-page-private.h"

/* The Vision Boards section: the board chosen in the switcher at the top
 * left, its question above the canvas, and a toolbar for the three phases
 * of a future-vision workshop: silent writing, clustering into themes and
 * dot voting. This file holds the boards themselves (new, duplicate,
 * delete with undo) and the page; the modes and filters are in
 * kin-boards-page-modes.c, exporting in kin-boards-page-export.c.
 */

#define DEFAULT_VOTES_PER_PERSON 3

G_DEFINE_FINAL_TYPE (KinBoardsPage, kin_boards_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_boards (KinBoardsPage *self)
{
  return self->project != NULL ? kin_project_get_boards (self->project) : NULL;
}

static gboolean
find_board (KinBoardsPage *self,
            KinBoard      *board,
            guint         *position)
{
  GListModel *boards = get_boards (self);

  return boards != NULL && board != NULL && g_list_store_find (G_LIST_STORE (boards), board, position);
}

static const char *
board_title (KinBoard *board)
{
  const char *title = kin_board_get_title (board);

  return title != NULL && *title != '\0' ? title : _("Untitled Board");
}

/* Messages ------------------------------------------------------------------ */

/* Toast titles are markup: @message is plain text. */
void
_kin_boards_page_toast (KinBoardsPage *self,
                        const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
toast_with_undo (KinBoardsPage *self,
                 const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Undo in the toast undoes this step only, not a later one. */
  self->delete_undo_depth = kin_history_get_n_undo (kin_project_get_history (self->project));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "boards.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_kin_boards_page_show_error (KinBoardsPage *self,
                             const char    *heading,
                             const char    *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (!GTK_IS_WINDOW (root))
    {
      g_warning ("%s: %s", heading, message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
canvas_message_cb (KinBoardsPage  *self,
                   const char     *message,
                   KinBoardCanvas *canvas)
{
  _kin_boards_page_toast (self, message);
}

static void
canvas_deleted_cb (KinBoardsPage  *self,
                   const char     *message,
                   KinBoardCanvas *canvas)
{
  toast_with_undo (self, message);
}

/* The shown board ----------------------------------------------------------- */

static void
update_actions (KinBoardsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_board = self->board != NULL;

  gtk_widget_action_set_enabled (widget, "boards.new", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "boards.duplicate", has_board);
  gtk_widget_action_set_enabled (widget, "boards.delete", has_board);
  gtk_widget_action_set_enabled (widget, "boards.settings", has_board);
  gtk_widget_action_set_enabled (widget, "boards.add-note", has_board);
  gtk_widget_action_set_enabled (widget, "boards.add-theme", has_board);
  gtk_widget_action_set_enabled (widget, "boards.zoom", has_board);
}

/* Labels that follow the board: its title, its question and the hint on an
 * empty board. */
static void
update_labels (KinBoardsPage *self)
{
  const char *question;
  gboolean empty;

  if (self->board == NULL)
    return;

  gtk_label_set_text (self->board_label, board_title (self->board));

  question = kin_board_get_question (self->board);
  gtk_label_set_text (self->question_label, question != NULL ? question : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->question_label),
                               question != NULL && *question != '\0' ? question : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->question_label), question != NULL && *question != '\0');

  empty = g_list_model_get_n_items (kin_board_get_notes (self->board)) == 0 &&
          g_list_model_get_n_items (kin_board_get_clusters (self->board)) == 0;
  gtk_widget_set_visible (self->board_hint, empty);
}

static void
update_stack (KinBoardsPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, self->board != NULL ? "board" : "empty");

  if (self->project == NULL)
    adw_status_page_set_description (self->status_page,
                                     _("Open or create a project to hold its vision boards."));
  else
    adw_status_page_set_description (self->status_page,
                                     _("A board holds one big question, the room’s sticky notes, "
                                       "the themes they fall into and the dots people vote with."));
}

static void
select_row (KinBoardsPage *self)
{
  GtkListBoxRow *row = NULL;
  guint position;

  if (find_board (self, self->board, &position))
    row = gtk_list_box_get_row_at_index (self->boards_list, position);

  gtk_list_box_select_row (self->boards_list, row);
}

/**
 * kin_boards_page_select_board:
 * @board: (nullable): a board of the project
 *
 * Shows @board on the canvas.
 */
void
kin_boards_page_select_board (KinBoardsPage *self,
                              KinBoard      *board)
{
  g_return_if_fail (KIN_IS_BOARDS_PAGE (self));

  if (board != NULL && !find_board (self, board, NULL))
    return;

  if (self->board != board)
    {
      g_set_object (&self->board, board);
      kin_board_canvas_set_board (self->canvas, board);
      kin_board_settings_set_board (self->settings, board);
      kin_board_ranking_set_board (self->ranking, board);
      _kin_boards_page_board_changed (self);
    }

  select_row (self);
  update_labels (self);
  update_stack (self);
  update_actions (self);
  _kin_boards_page_update_export (self);
}

KinBoard *
kin_boards_page_get_board (KinBoardsPage *self)
{
  g_return_val_if_fail (KIN_IS_BOARDS_PAGE (self), NULL);

  return self->board;
}

KinBoardCanvas *
kin_boards_page_get_canvas (KinBoardsPage *self)
{
  g_return_val_if_fail (KIN_IS_BOARDS_PAGE (self), NULL);

  return self->canvas;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KinBoard *board = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (board_title (board));

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "kin-board", g_object_ref (board), g_object_unref);

  return row;
}

static void
board_row_activated_cb (KinBoardsPage *self,
                        GtkListBoxRow *row)
{
  kin_boards_page_select_board (self, g_object_get_data (G_OBJECT (row), "kin-board"));
  gtk_popover_popdown (self->boards_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
boards_changed_cb (KinBoardsPage *self,
                   guint          position,
                   guint          removed,
                   guint          added,
                   GListModel    *boards)
{
  guint n = g_list_model_get_n_items (boards);

  /* The board shown was removed: the one that took its place is shown. */
  if (!find_board (self, self->board, NULL))
    {
      g_autoptr(KinBoard) next = n > 0 ? g_list_model_get_item (boards, MIN (position, n - 1)) : NULL;

      kin_boards_page_select_board (self, next);
    }
  else
    select_row (self);
}

/* Any step, undo or redo: titles, the question and counts may have changed. */
static void
project_changed_cb (KinBoardsPage *self)
{
  GListModel *boards = get_boards (self);

  /* Board titles in the switcher. */
  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->boards_list, i);
      GtkWidget *label = row != NULL ? gtk_list_box_row_get_child (row) : NULL;
      KinBoard *board = row != NULL ? g_object_get_data (G_OBJECT (row), "kin-board") : NULL;

      if (GTK_IS_LABEL (label) && board != NULL &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), board_title (board)) != 0)
        gtk_label_set_text (GTK_LABEL (label), board_title (board));
    }

  update_labels (self);
  _kin_boards_page_update_modes (self);
  _kin_boards_page_update_export (self);
}

/* Actions ------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);
  g_autoptr(KinBoard) board = NULL;
  guint n;

  if (self->project == NULL)
    return;

  n = g_list_model_get_n_items (get_boards (self));
  board = kin_board_new ();
  if (n == 0)
    kin_board_set_title (board, _("Our Future Vision"));
  else
    {
      /* Translators: the title of a new board; %u numbers it. */
      g_autofree char *title = g_strdup_printf (_("Vision Board %u"), n + 1);

      kin_board_set_title (board, title);
    }
  kin_board_set_question (board, _("What does customer culture look like here in a year?"));
  kin_board_set_votes_per_person (board, DEFAULT_VOTES_PER_PERSON);

  kin_project_begin_action (self->project, _("Add Board"));
  kin_project_append (self->project, get_boards (self), board);
  kin_project_end_action (self->project);

  kin_boards_page_select_board (self, board);
  gtk_popover_popdown (self->boards_popover);
  /* The new board is named and asked at once. */
  gtk_menu_button_popup (self->settings_button);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);
  KinBoard *copy;

  if (self->board == NULL)
    return;

  copy = kin_board_duplicate (self->project, self->board);
  if (copy != NULL)
    kin_boards_page_select_board (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);
  g_autofree char *message = NULL;
  guint position;

  if (!find_board (self, self->board, &position))
    return;

  kin_board_canvas_commit_edit (self->canvas);
  /* Translators: %s is the title of a vision board. */
  message = g_strdup_printf (_("Board “%s” deleted"), board_title (self->board));

  kin_project_begin_action (self->project, _("Delete Board"));
  kin_project_remove (self->project, get_boards (self), position);
  kin_project_end_action (self->project);

  toast_with_undo (self, message);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  if (self->project == NULL)
    return;

  if (kin_history_get_n_undo (kin_project_get_history (self->project)) == self->delete_undo_depth)
    kin_project_undo (self->project);
}

static void
settings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  if (self->board != NULL)
    gtk_menu_button_popup (self->settings_button);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  kin_board_canvas_add_note_at_center (self->canvas);
}

static void
add_theme_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  kin_board_canvas_add_cluster_at_center (self->canvas);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  gtk_widget_activate_action_variant (GTK_WIDGET (self->canvas), "canvas.zoom", parameter);
}

static void
zoom_changed_cb (KinBoardsPage *self)
{
  g_autofree char *text = NULL;

  /* Translators: the zoom of the board, such as "100%". */
  text = g_strdup_printf (_("%.0f%%"), kin_board_canvas_get_zoom (self->canvas) * 100);
  gtk_label_set_text (self->zoom_label, text);
}

static void
ranking_note_activated_cb (KinBoardsPage   *self,
                           KinNote         *note,
                           KinBoardRanking *ranking)
{
  gtk_popover_popdown (GTK_POPOVER (ranking));
  kin_board_canvas_focus_note (self->canvas, note);
}

/* Object -------------------------------------------------------------------- */

KinProject *
kin_boards_page_get_project (KinBoardsPage *self)
{
  g_return_val_if_fail (KIN_IS_BOARDS_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_boards_page_set_project:
 * @project: (nullable): the project to show
 *
 * Shows the project's first board.
 */
void
kin_boards_page_set_project (KinBoardsPage *self,
                             KinProject    *project)
{
  GListModel *boards;
  g_autoptr(KinBoard) first = NULL;

  g_return_if_fail (KIN_IS_BOARDS_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  kin_boards_page_select_board (self, NULL);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (get_boards (self), self);
    }

  g_set_object (&self->project, project);
  kin_board_canvas_set_project (self->canvas, project);
  kin_board_settings_set_project (self->settings, project);
  kin_board_ranking_set_project (self->ranking, project);

  boards = get_boards (self);
  gtk_list_box_bind_model (self->boards_list, boards, create_row, NULL, NULL);

  if (project != NULL)
    {
      g_signal_connect_object (boards, "items-changed", G_CALLBACK (boards_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (boards) > 0)
        first = g_list_model_get_item (boards, 0);
    }

  kin_boards_page_select_board (self, first);
  update_stack (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

static void
kin_boards_page_map (GtkWidget *widget)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (widget);

  GTK_WIDGET_CLASS (kin_boards_page_parent_class)->map (widget);

  /* N, the arrows and Tab work on the board at once. */
  if (self->board != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
kin_boards_page_dispose (GObject *object)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  kin_boards_page_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_BOARDS_PAGE);
  g_clear_object (&self->board);
  g_clear_object (&self->principle_list);
  g_clear_object (&self->theme_list);
  g_clear_pointer (&self->principle_ids, g_ptr_array_unref);
  g_clear_pointer (&self->theme_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (kin_boards_page_parent_class)->dispose (object);
}

static void
kin_boards_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_boards_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinBoardsPage *self = KIN_BOARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_boards_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_boards_page_class_init (KinBoardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_boards_page_dispose;
  object_class->get_property = kin_boards_page_get_property;
  object_class->set_property = kin_boards_page_set_property;
  widget_class->map = kin_boards_page_map;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "boards.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "boards.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "boards.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "boards.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "boards.settings", NULL, settings_action);
  gtk_widget_class_install_action (widget_class, "boards.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "boards.add-theme", NULL, add_theme_action);
  gtk_widget_class_install_action (widget_class, "boards.zoom", "s", zoom_action);

  g_type_ensure (KIN_TYPE_BOARD_CANVAS);
  g_type_ensure (KIN_TYPE_BOARD_MODES);
  g_type_ensure (KIN_TYPE_BOARD_SETTINGS);
  g_type_ensure (KIN_TYPE_BOARD_RANKING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-boards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, board_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, board_label);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, boards_popover);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, boards_list);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, settings_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, settings);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, theme_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, voting_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, silent_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, ranking_button);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, ranking);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, modes);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, match_label);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, principle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, voice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, canvas);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, board_hint);
  gtk_widget_class_bind_template_child (widget_class, KinBoardsPage, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, board_row_activated_cb);

  /* These bind template callbacks of their own. */
  _kin_boards_page_class_init_modes (widget_class);
  _kin_boards_page_class_init_export (widget_class);
}

static void
kin_boards_page_init (KinBoardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The flow box is there to wrap the toolbar on a narrow window; its
   * children are not things to select or focus. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->toolbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  g_signal_connect_object (self->canvas, "message", G_CALLBACK (canvas_message_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "deleted", G_CALLBACK (canvas_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::zoom", G_CALLBACK (zoom_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ranking, "note-activated", G_CALLBACK (ranking_note_activated_cb), self,
                           G_CONNECT_SWAPPED);

  g_object_bind_property (self->theme_button, "active", self->canvas, "adding-theme",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  _kin_boards_page_init_modes (self);
  zoom_changed_cb (self);
  update_stack (self);
  update_actions (self);
}
