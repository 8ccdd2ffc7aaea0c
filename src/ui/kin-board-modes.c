/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-boards"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-edit.h"
#include "kin-board-modes.h"
#include "kin-drop-down.h"

/* The bars of a board's two workshop modes, for whichever canvas they are
 * given: the Boards page shows them under its toolbar, and the presenter
 * console above the board it embeds.
 *
 * - Dot voting, shown while the canvas is in voting mode: the facilitator
 *   picks who is voting (a named voter, or the room for shared counting),
 *   and the bar says how many of that voter's dots are left.
 * - Silent writing, shown while the board is in it or notes still lie face
 *   down: a reminder, and "Reveal All" with the number of notes hidden.
 *
 * The "silent" property is the board's silent writing: buttons bind their
 * "active" to it, and setting it starts or ends silent writing as one undo
 * step. Messages for the user, such as how many notes were revealed, come
 * out through the "message" signal, for the page to show as it shows its
 * own.
 */

struct _KinBoardModes
{
  GtkWidget       parent_instance;

  KinBoardCanvas *canvas;
  GBinding       *voting_binding;
  KinProject     *project;
  GtkStringList  *voter_list;
  gboolean        silent;
  gboolean        updating;

  /* Template widgets */
  GtkWidget      *box;
  GtkRevealer    *voting_revealer;
  GtkDropDown    *voter_dropdown;
  GtkLabel       *dots_label;
  GtkRevealer    *silent_revealer;
  GtkLabel       *silent_label;
  GtkButton      *reveal_button;
};

G_DEFINE_FINAL_TYPE (KinBoardModes, kin_board_modes, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CANVAS,
  PROP_SILENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static KinBoard *
get_board (KinBoardModes *self)
{
  return self->canvas != NULL ? kin_board_canvas_get_board (self->canvas) : NULL;
}

/* Voting ------------------------------------------------------------------- */

static const char *
selected_voter (KinBoardModes *self)
{
  guint selected = gtk_drop_down_get_selected (self->voter_dropdown);

  /* The first entry is the room. */
  if (selected == GTK_INVALID_LIST_POSITION || selected == 0)
    return KIN_VOTER_ROOM;

  return gtk_string_list_get_string (self->voter_list, selected);
}

static void
update_dots (KinBoardModes *self)
{
  KinBoard *board = get_board (self);
  const char *voter;
  g_autofree char *text = NULL;

  if (board == NULL)
    return;

  voter = kin_board_canvas_get_voter (self->canvas);
  if (voter == KIN_VOTER_ROOM)
    {
      GListModel *notes = kin_board_get_notes (board);
      int total = 0;

      for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

          total += kin_note_get_votes (note);
        }

      /* Translators: shown while the whole room votes together. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The room: no limit, %d dot on the board",
                                           "The room: no limit, %d dots on the board", total),
                              total);
    }
  else
    {
      int budget = kin_board_get_votes_per_person (board);
      int left = CLAMP (kin_board_get_votes_left (board, voter), 0, budget);

      /* Translators: "Sam: 2 of 3 dots left". */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s: %d of %d dot left",
                                           "%s: %d of %d dots left", budget),
                              voter, left, budget);
    }

  gtk_label_set_text (self->dots_label, text);
}

static void
voter_selected_cb (KinBoardModes *self)
{
  if (self->updating || self->canvas == NULL)
    return;

  kin_board_canvas_set_voter (self->canvas, selected_voter (self));
  update_dots (self);
}

/* The voter list follows the board's voters, keeping the chosen one. */
static void
refresh_voters (KinBoardModes *self)
{
  KinBoard *board = get_board (self);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *keep = g_strdup (kin_board_canvas_get_voter (self->canvas));
  const char * const *voters = board != NULL ? kin_board_get_voters (board) : NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->voter_list));
  guint selected = 0;
  gboolean same;

  g_ptr_array_add (names, (gpointer) _("The room"));
  for (guint i = 0; voters != NULL && voters[i] != NULL; i++)
    {
      g_ptr_array_add (names, (gpointer) voters[i]);
      if (keep != NULL && g_str_equal (voters[i], keep))
        selected = i + 1;
    }

  same = n_old == names->len;
  for (guint i = 1; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->voter_list, i), g_ptr_array_index (names, i)) == 0;

  self->updating = TRUE;
  if (!same)
    {
      g_ptr_array_add (names, NULL);
      gtk_string_list_splice (self->voter_list, 0, n_old, (const char * const *) names->pdata);
    }
  gtk_drop_down_set_selected (self->voter_dropdown, selected);
  self->updating = FALSE;

  /* A voter who was removed gives way to the room. */
  kin_board_canvas_set_voter (self->canvas, selected_voter (self));
  update_dots (self);
}

/* Silent writing ------------------------------------------------------------ */

static void
update_silent (KinBoardModes *self)
{
  KinBoard *board = get_board (self);
  gboolean silent = board != NULL && kin_board_get_silent (board);
  guint hidden = board != NULL ? kin_board_count_hidden (board) : 0;
  g_autofree char *reveal = NULL;

  if (self->silent != silent)
    {
      self->silent = silent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SILENT]);
    }

  gtk_revealer_set_reveal_child (self->silent_revealer, silent || hidden > 0);
  gtk_label_set_text (self->silent_label,
                      silent ? _("Silent writing: new notes lie face down until you reveal them.")
                             : _("Some notes still lie face down."));

  /* Translators: the button that turns every face-down note over. */
  reveal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Reveal All (%u Hidden)",
                                         "_Reveal All (%u Hidden)", hidden), hidden);
  gtk_button_set_label (self->reveal_button, reveal);
  gtk_button_set_use_underline (self->reveal_button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "modes.reveal-all", hidden > 0);
}

/**
 * kin_board_modes_get_silent:
 *
 * Returns: whether the canvas's board is in silent writing
 */
gboolean
kin_board_modes_get_silent (KinBoardModes *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_MODES (self), FALSE);

  return self->silent;
}

/**
 * kin_board_modes_set_silent:
 * @silent: whether new notes should lie face down
 *
 * Starts or ends silent writing on the canvas's board, as one undo step.
 * Does nothing without a board.
 */
void
kin_board_modes_set_silent (KinBoardModes *self,
                            gboolean       silent)
{
  KinBoard *board;

  g_return_if_fail (KIN_IS_BOARD_MODES (self));

  board = get_board (self);
  silent = !!silent;
  if (board == NULL || self->project == NULL)
    return;

  if (kin_board_get_silent (board) != silent)
    {
      kin_project_begin_action (self->project, silent ? _("Start Silent Writing") : _("End Silent Writing"));
      kin_project_set (self->project, board, "silent", silent, NULL);
      kin_project_end_action (self->project);
    }

  update_silent (self);
}

/**
 * kin_board_modes_reveal_all:
 *
 * Turns every face-down note of the canvas's board face up, as one undo
 * step, and says how many were revealed with #KinBoardModes::message.
 *
 * Returns: how many notes were revealed
 */
guint
kin_board_modes_reveal_all (KinBoardModes *self)
{
  KinBoard *board;
  g_autofree char *message = NULL;
  guint hidden;

  g_return_val_if_fail (KIN_IS_BOARD_MODES (self), 0);

  board = get_board (self);
  if (board == NULL || self->project == NULL)
    return 0;

  hidden = kin_board_count_hidden (board);
  if (hidden == 0)
    return 0;

  kin_board_reveal_all (self->project, board);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note revealed", "%u notes revealed", hidden),
                             hidden);
  g_signal_emit (self, signals[MESSAGE], 0, message);

  return hidden;
}

static void
reveal_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  kin_board_modes_reveal_all (KIN_BOARD_MODES (widget));
}

/* Keeping up ---------------------------------------------------------------- */

/* After every step, and when the canvas shows another board. */
static void
refresh (KinBoardModes *self)
{
  if (self->canvas == NULL)
    return;

  refresh_voters (self);
  update_silent (self);
}

static void
set_project (KinBoardModes *self,
             KinProject    *project)
{
  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
}

static void
canvas_project_cb (KinBoardModes *self)
{
  set_project (self, kin_board_canvas_get_project (self->canvas));
  refresh (self);
}

/**
 * kin_board_modes_set_canvas:
 * @canvas: (nullable): the canvas whose board the bars are about
 */
void
kin_board_modes_set_canvas (KinBoardModes  *self,
                            KinBoardCanvas *canvas)
{
  g_return_if_fail (KIN_IS_BOARD_MODES (self));
  g_return_if_fail (canvas == NULL || KIN_IS_BOARD_CANVAS (canvas));

  if (self->canvas == canvas)
    return;

  if (self->canvas != NULL)
    g_signal_handlers_disconnect_by_data (self->canvas, self);
  g_clear_pointer (&self->voting_binding, g_binding_unbind);
  g_set_object (&self->canvas, canvas);
  set_project (self, canvas != NULL ? kin_board_canvas_get_project (canvas) : NULL);

  if (canvas != NULL)
    {
      g_signal_connect_object (canvas, "notify::project", G_CALLBACK (canvas_project_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (canvas, "notify::board", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (canvas, "notify::voter", G_CALLBACK (update_dots), self, G_CONNECT_SWAPPED);
      self->voting_binding = g_object_bind_property (canvas, "voting", self->voting_revealer, "reveal-child",
                                                     G_BINDING_SYNC_CREATE);
    }
  else
    gtk_revealer_set_reveal_child (self->voting_revealer, FALSE);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANVAS]);
}

/**
 * kin_board_modes_get_canvas:
 *
 * Returns: (transfer none) (nullable): the canvas
 */
KinBoardCanvas *
kin_board_modes_get_canvas (KinBoardModes *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_MODES (self), NULL);

  return self->canvas;
}

/* GObject ------------------------------------------------------------------- */

static void
kin_board_modes_dispose (GObject *object)
{
  KinBoardModes *self = KIN_BOARD_MODES (object);

  if (self->canvas != NULL)
    g_signal_handlers_disconnect_by_data (self->canvas, self);
  g_clear_pointer (&self->voting_binding, g_binding_unbind);
  g_clear_object (&self->canvas);
  set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_BOARD_MODES);
  g_clear_object (&self->voter_list);

  G_OBJECT_CLASS (kin_board_modes_parent_class)->dispose (object);
}

static void
kin_board_modes_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinBoardModes *self = KIN_BOARD_MODES (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      g_value_set_object (value, self->canvas);
      break;

    case PROP_SILENT:
      g_value_set_boolean (value, self->silent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_modes_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinBoardModes *self = KIN_BOARD_MODES (object);

  switch (prop_id)
    {
    case PROP_CANVAS:
      kin_board_modes_set_canvas (self, g_value_get_object (value));
      break;

    case PROP_SILENT:
      kin_board_modes_set_silent (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_modes_class_init (KinBoardModesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_board_modes_dispose;
  object_class->get_property = kin_board_modes_get_property;
  object_class->set_property = kin_board_modes_set_property;

  properties[PROP_CANVAS] =
    g_param_spec_object ("canvas", NULL, NULL,
                         KIN_TYPE_BOARD_CANVAS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SILENT] =
    g_param_spec_boolean ("silent", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinBoardModes::message:
   * @message: plain text for the user
   *
   * Something happened that the user should hear about.
   */
  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "modes.reveal-all", NULL, reveal_all_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-board-modes.ui");
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, box);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, voting_revealer);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, voter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, dots_label);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, silent_revealer);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, silent_label);
  gtk_widget_class_bind_template_child (widget_class, KinBoardModes, reveal_button);
  gtk_widget_class_bind_template_callback (widget_class, voter_selected_cb);
}

static void
kin_board_modes_init (KinBoardModes *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  kin_drop_down_make_compact (self->voter_dropdown);
  self->voter_list = gtk_string_list_new (NULL);
  gtk_string_list_append (self->voter_list, _("The room"));
  gtk_drop_down_set_model (self->voter_dropdown, G_LIST_MODEL (self->voter_list));

  update_silent (self);
}

/**
 * kin_board_modes_new:
 *
 * Returns: new bars for dot voting and silent writing; give them a canvas
 *   with kin_board_modes_set_canvas()
 */
GtkWidget *
kin_board_modes_new (void)
{
  return g_object_new (KIN_TYPE_BOARD_MODES, NULL);
}
