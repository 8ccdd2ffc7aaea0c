/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-presenting"

#include "config.h"

#include <adwaita.h>

#include "kin-console-board.h"
#include "kin-undo-toast.h"

/* The vision board in the presenter console, while a board item is under
 * way: the board canvas, to work on with the room, and what the
 * facilitator needs for it in front of people: a note added in the middle
 * of the view, dot voting with the voter and their dots left, silent
 * writing with Reveal All, and fitting the board in view. The bars are
 * the Boards page's own (KinBoardModes). Every edit goes through the
 * project as on the Boards page, so it can be undone and the projector
 * draws it at once.
 */

struct _KinConsoleBoard
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *box;
  GtkWidget       *toolbar;
  GtkToggleButton *voting_button;
  GtkToggleButton *silent_button;
  KinBoardModes   *modes;
  KinBoardCanvas  *canvas;
};

G_DEFINE_FINAL_TYPE (KinConsoleBoard, kin_console_board, GTK_TYPE_WIDGET)

/* Messages go to the window's toast overlay, where the console's own go. */
static void
message_cb (KinConsoleBoard *self,
            const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;

  if (overlay == NULL)
    return;

  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static void
canvas_deleted_cb (KinConsoleBoard *self,
                   const char      *message)
{
  KinProject *project = kin_board_canvas_get_project (self->canvas);

  if (project != NULL)
    kin_undo_toast_show (GTK_WIDGET (self), project, message);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  kin_board_canvas_add_note_at_center (KIN_CONSOLE_BOARD (widget)->canvas);
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  kin_board_canvas_zoom_to_fit (KIN_CONSOLE_BOARD (widget)->canvas);
}

static void
update_actions (KinConsoleBoard *self)
{
  gboolean has_board = kin_board_canvas_get_board (self->canvas) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console-board.add-note", has_board);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console-board.fit", has_board);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voting_button), has_board);
  gtk_widget_set_sensitive (GTK_WIDGET (self->silent_button), has_board);
}

/**
 * kin_console_board_get_project:
 *
 * Returns: (transfer none) (nullable): the project of the board
 */
KinProject *
kin_console_board_get_project (KinConsoleBoard *self)
{
  g_return_val_if_fail (KIN_IS_CONSOLE_BOARD (self), NULL);

  return kin_board_canvas_get_project (self->canvas);
}

/**
 * kin_console_board_set_project:
 * @project: (nullable): the project whose boards are shown
 */
void
kin_console_board_set_project (KinConsoleBoard *self,
                               KinProject      *project)
{
  g_return_if_fail (KIN_IS_CONSOLE_BOARD (self));

  kin_board_canvas_set_project (self->canvas, project);
  update_actions (self);
}

/**
 * kin_console_board_get_board:
 *
 * Returns: (transfer none) (nullable): the board shown
 */
KinBoard *
kin_console_board_get_board (KinConsoleBoard *self)
{
  g_return_val_if_fail (KIN_IS_CONSOLE_BOARD (self), NULL);

  return kin_board_canvas_get_board (self->canvas);
}

/**
 * kin_console_board_set_board:
 * @board: (nullable): a board of the project
 *
 * Shows @board, fitted in the view. A note being written on the board
 * shown before keeps its text.
 */
void
kin_console_board_set_board (KinConsoleBoard *self,
                             KinBoard        *board)
{
  g_return_if_fail (KIN_IS_CONSOLE_BOARD (self));

  if (kin_board_canvas_get_board (self->canvas) == board)
    return;

  kin_board_canvas_commit_edit (self->canvas);
  /* Each board item starts out of voting mode, as the Boards page does. */
  kin_board_canvas_set_voting (self->canvas, FALSE);
  kin_board_canvas_set_board (self->canvas, board);
  update_actions (self);
}

/**
 * kin_console_board_get_canvas:
 *
 * Returns: (transfer none): the board canvas
 */
KinBoardCanvas *
kin_console_board_get_canvas (KinConsoleBoard *self)
{
  g_return_val_if_fail (KIN_IS_CONSOLE_BOARD (self), NULL);

  return self->canvas;
}

/**
 * kin_console_board_get_modes:
 *
 * Returns: (transfer none): the bars of dot voting and silent writing
 */
KinBoardModes *
kin_console_board_get_modes (KinConsoleBoard *self)
{
  g_return_val_if_fail (KIN_IS_CONSOLE_BOARD (self), NULL);

  return self->modes;
}

static void
kin_console_board_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KIN_TYPE_CONSOLE_BOARD);

  G_OBJECT_CLASS (kin_console_board_parent_class)->dispose (object);
}

static void
kin_console_board_class_init (KinConsoleBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_console_board_dispose;

  gtk_widget_class_install_action (widget_class, "console-board.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "console-board.fit", NULL, fit_action);

  g_type_ensure (KIN_TYPE_BOARD_CANVAS);
  g_type_ensure (KIN_TYPE_BOARD_MODES);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-console-board.ui");
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, box);
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, voting_button);
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, silent_button);
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, modes);
  gtk_widget_class_bind_template_child (widget_class, KinConsoleBoard, canvas);
  gtk_widget_class_bind_template_callback (widget_class, message_cb);
}

static void
kin_console_board_init (KinConsoleBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The flow box is there to wrap the buttons in a narrow window; its
   * children are not things to select or focus. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->toolbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  g_signal_connect_object (self->canvas, "message", G_CALLBACK (message_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "deleted", G_CALLBACK (canvas_deleted_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->voting_button, "active", self->canvas, "voting",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->silent_button, "active", self->modes, "silent",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  update_actions (self);
}

/**
 * kin_console_board_new:
 *
 * Returns: a new board for the presenter console
 */
GtkWidget *
kin_console_board_new (void)
{
  return g_object_new (KIN_TYPE_CONSOLE_BOARD, NULL);
}
