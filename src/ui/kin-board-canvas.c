/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* KinBoardCanvas: a vision board as a wall of sticky notes.
 *
 * The canvas paints the board with kin_board_render(), the same function
 * that draws the projector and exported files, through one Cairo node that
 * covers only the visible area. This file holds the object, its modes and
 * drawing, and keeps up with the model; the view, the selection, the
 * pointer, the keyboard, the clipboard, the in-place editor, the menus and
 * what a screen reader hears each have a file of their own.
 *
 * Every change the canvas makes to the board is one undoable step of the
 * project's history. It redraws on the project's "changed" signal, which is
 * emitted once for each step, undo and redo included, and whenever the
 * board's index sees a note or theme change without a step, as during a
 * drag; kin-board-canvas-cache.c then draws only what changed.
 */

G_DEFINE_FINAL_TYPE (KinBoardCanvas, kin_board_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_BOARD,
  PROP_ZOOM,
  PROP_VOTING,
  PROP_VOTER,
  PROP_ADDING_THEME,
  PROP_N_SELECTED,
  PROP_FOCUSED_NOTE,
  N_PROPS
};

enum {
  MESSAGE,
  DELETED,
  SELECTION_CHANGED,
  VIEW_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GListModel *
get_notes (KinBoardCanvas *self)
{
  return self->board != NULL ? kin_board_get_notes (self->board) : NULL;
}

static gboolean
board_has_cluster (KinBoardCanvas *self,
                   KinCluster     *cluster)
{
  return self->board != NULL && cluster != NULL &&
         g_list_store_find (G_LIST_STORE (kin_board_get_clusters (self->board)), cluster, NULL);
}

void
_kin_board_canvas_emit_message (KinBoardCanvas *self,
                                const char     *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

void
_kin_board_canvas_emit_deleted (KinBoardCanvas *self,
                                const char     *message)
{
  g_signal_emit (self, signals[DELETED], 0, message);
}

/* Notifications for the other parts ---------------------------------------- */

void
_kin_board_canvas_notify_view (KinBoardCanvas *self,
                               double          old_scale)
{
  if (self->scale != old_scale)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);

  g_signal_emit (self, signals[VIEW_CHANGED], 0);
  _kin_board_canvas_queue_place_children (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The editor and the popovers follow the view and the board; with none of
 * them showing, a change only needs a redraw, not a new layout. */
void
_kin_board_canvas_queue_place_children (KinBoardCanvas *self)
{
  if ((self->editor != NULL && gtk_widget_get_visible (self->editor)) ||
      (self->context_menu != NULL && gtk_widget_get_visible (self->context_menu)) ||
      (self->theme_editor != NULL && gtk_widget_get_visible (self->theme_editor)))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_kin_board_canvas_notify_selection (KinBoardCanvas *self)
{
  guint n = g_hash_table_size (self->selected);

  if (n != self->notified_n_selected)
    {
      self->notified_n_selected = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
    }
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
_kin_board_canvas_notify_focused (KinBoardCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED_NOTE]);
}

/* Keeping up with the model ------------------------------------------------- */

/* After any step, undo or redo: forget notes and themes that are gone. */
static void
project_changed_cb (KinBoardCanvas *self)
{
  g_autoptr(GHashTable) present = NULL;
  GHashTableIter iter;
  gpointer key;
  gboolean selection_changed = FALSE;
  GListModel *notes = get_notes (self);

  if (g_hash_table_size (self->selected) > 0 || self->focused != NULL ||
      self->editing != NULL || self->menu_note != NULL)
    {
      present = g_hash_table_new (NULL, NULL);
      for (guint i = 0; notes != NULL && i < g_list_model_get_n_items (notes); i++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

          g_hash_table_add (present, note);
        }

      g_hash_table_iter_init (&iter, self->selected);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (present, key))
          {
            g_hash_table_iter_remove (&iter);
            selection_changed = TRUE;
          }

      if (self->editing != NULL && !g_hash_table_contains (present, self->editing))
        _kin_board_canvas_cancel_edit (self);

      if (self->menu_note != NULL && !g_hash_table_contains (present, self->menu_note))
        g_clear_object (&self->menu_note);

      if (self->focused != NULL && !g_hash_table_contains (present, self->focused))
        {
          g_clear_object (&self->focused);
          _kin_board_canvas_notify_focused (self);
          selection_changed = TRUE;
        }
    }

  if (self->focused_cluster != NULL && !board_has_cluster (self, self->focused_cluster))
    {
      g_clear_object (&self->focused_cluster);
      selection_changed = TRUE;
    }

  /* A step during a drag (an undo pressed with the mouse button down)
   * ends the drag, keeping what the step did. */
  if (self->drag_mode != KIN_DRAG_NONE && self->drag_mode != KIN_DRAG_PENDING)
    _kin_board_canvas_cancel_drag (self);

  if (selection_changed)
    _kin_board_canvas_selection_changed (self);
  else
    _kin_board_canvas_update_accessible (self);

  _kin_board_canvas_queue_place_children (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clear_board_state (KinBoardCanvas *self)
{
  _kin_board_canvas_cancel_drag (self);
  _kin_board_canvas_cancel_edit (self);
  g_hash_table_remove_all (self->selected);
  g_clear_object (&self->focused);
  g_clear_object (&self->focused_cluster);
  g_clear_object (&self->menu_note);
  self->paste_count = 0;
  _kin_board_canvas_close_menus (self);
}

KinProject *
kin_board_canvas_get_project (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->project;
}

/**
 * kin_board_canvas_set_project:
 * @project: (nullable): the project the board belongs to
 *
 * Changing the project clears the board.
 */
void
kin_board_canvas_set_project (KinBoardCanvas *self,
                              KinProject     *project)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  kin_board_canvas_set_board (self, NULL);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);
  _kin_board_canvas_close_menus (self);

  if (project != NULL)
    g_signal_connect_object (project, "changed",
                             G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

KinBoard *
kin_board_canvas_get_board (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->board;
}

/**
 * kin_board_canvas_set_board:
 * @board: (nullable): a board of the project
 *
 * Shows @board, fitted in the view.
 */
void
kin_board_canvas_set_board (KinBoardCanvas *self,
                            KinBoard       *board)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (board == NULL || KIN_IS_BOARD (board));

  if (self->board == board)
    return;

  clear_board_state (self);
  g_set_object (&self->board, board);
  _kin_board_canvas_invalidate_cache (self);
  self->needs_fit = TRUE;
  kin_board_canvas_zoom_to_fit (self);

  _kin_board_canvas_selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/* Modes ------------------------------------------------------------------- */

/**
 * kin_board_canvas_set_filter:
 * @filter: (nullable): which notes stay bright; the others are dimmed
 */
void
kin_board_canvas_set_filter (KinBoardCanvas      *self,
                             const KinNoteFilter *filter)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  g_clear_pointer (&self->filter_principle, g_free);
  g_clear_pointer (&self->filter_cluster, g_free);
  g_clear_pointer (&self->filter_text, g_free);
  self->has_filter = filter != NULL && !kin_note_filter_is_empty (filter);

  self->filter.voice = -1;
  if (self->has_filter)
    {
      self->filter_principle = g_strdup (filter->principle);
      self->filter_cluster = g_strdup (filter->cluster);
      self->filter_text = g_strdup (filter->text);
      self->filter.voice = filter->voice;
    }
  self->filter.principle = self->filter_principle;
  self->filter.cluster = self->filter_cluster;
  self->filter.text = self->filter_text;

  /* Every note may look different. */
  _kin_board_canvas_invalidate_cache (self);
}

/* How many notes the filter leaves bright: all of them with no filter. */
guint
kin_board_canvas_count_matching (KinBoardCanvas *self)
{
  GListModel *notes;
  guint n, matching = 0;

  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), 0);

  notes = get_notes (self);
  if (notes == NULL)
    return 0;

  n = g_list_model_get_n_items (notes);
  if (!self->has_filter)
    return n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

      if (kin_note_matches (note, &self->filter))
        matching++;
    }

  return matching;
}

gboolean
kin_board_canvas_get_voting (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);

  return self->voting;
}

/**
 * kin_board_canvas_set_voting:
 *
 * In voting mode a click on a note (or Enter or + on the focused one)
 * gives it a dot from the current voter, and a right-click (or -) takes one
 * back; notes do not move.
 */
void
kin_board_canvas_set_voting (KinBoardCanvas *self,
                             gboolean        voting)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  voting = !!voting;
  if (self->voting == voting)
    return;

  _kin_board_canvas_cancel_drag (self);
  kin_board_canvas_commit_edit (self);
  self->voting = voting;
  _kin_board_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTING]);
}

const char *
kin_board_canvas_get_voter (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->voter;
}

/**
 * kin_board_canvas_set_voter:
 * @voter: (nullable): a name from the board's voters, or %KIN_VOTER_ROOM
 */
void
kin_board_canvas_set_voter (KinBoardCanvas *self,
                            const char     *voter)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (g_strcmp0 (self->voter, voter) == 0)
    return;

  g_free (self->voter);
  self->voter = g_strdup (voter);
  _kin_board_canvas_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTER]);
}

gboolean
kin_board_canvas_get_adding_theme (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);

  return self->adding_theme;
}

/**
 * kin_board_canvas_set_adding_theme:
 *
 * While set, dragging on the board draws a new theme; it ends by itself
 * once the theme is added.
 */
void
kin_board_canvas_set_adding_theme (KinBoardCanvas *self,
                                   gboolean        adding_theme)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  adding_theme = !!adding_theme;
  if (self->adding_theme == adding_theme)
    return;

  self->adding_theme = adding_theme;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), adding_theme ? "crosshair" : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDING_THEME]);
}

/* Drawing ----------------------------------------------------------------- */

static gboolean
show_focus (KinBoardCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return gtk_widget_has_focus (GTK_WIDGET (self)) &&
         (!GTK_IS_WINDOW (root) || gtk_window_get_focus_visible (GTK_WINDOW (root)));
}

static void
snapshot_focused_cluster (KinBoardCanvas *self,
                          GtkSnapshot    *snapshot)
{
  KinCluster *cluster = self->focused_cluster;
  GskRoundedRect outline;
  GdkRGBA accent;
  double x, y;

  if (cluster == NULL || !show_focus (self))
    return;

  kin_board_canvas_board_to_widget (self, kin_cluster_get_x (cluster),
                                    kin_cluster_get_y (cluster), &x, &y);
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x - 3, y - 3,
                                                        kin_cluster_get_width (cluster) * self->scale + 6,
                                                        kin_cluster_get_height (cluster) * self->scale + 6),
                                   8);

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 3, 3, 3, 3 },
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

static void
kin_board_canvas_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KinBoardRenderOptions options;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->project == NULL || self->board == NULL)
    return;

  kin_board_render_options_init (&options);
  options.scale = self->scale;
  options.offset_x = self->offset_x;
  options.offset_y = self->offset_y;
  options.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The page shows the question above the canvas, at a readable size
   * whatever the zoom. */
  options.show_question = FALSE;
  options.show_votes = TRUE;
  options.selected = self->selected;
  options.focused = show_focus (self) ? self->focused : NULL;
  options.editing = self->editing != NULL ? self->editing : self->pending;
  options.filter = self->has_filter ? &self->filter : NULL;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  _kin_board_canvas_draw_board (self, cr, &options, width, height);
  /* A new note is not on the board until its text is committed; it is
   * drawn here, under its editor. */
  if (self->pending != NULL)
    kin_board_render_note (cr, self->project, self->board, self->pending, &options);
  cairo_destroy (cr);

  snapshot_focused_cluster (self, snapshot);
  _kin_board_canvas_snapshot_drag (self, snapshot);

  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    gtk_widget_snapshot_child (widget, self->editor, snapshot);
}

static void
kin_board_canvas_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* Any size will do: the view scrolls and zooms. */
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 400;
}

static void
kin_board_canvas_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (widget);

  if (self->needs_fit && width > 0 && height > 0)
    kin_board_canvas_zoom_to_fit (self);

  _kin_board_canvas_allocate_editor (self);
  _kin_board_canvas_allocate_menus (self);
}

static void
focus_changed_cb (KinBoardCanvas *self)
{
  _kin_board_canvas_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Object ------------------------------------------------------------------ */

static void
kin_board_canvas_dispose (GObject *object)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (object);

  kin_board_canvas_set_project (self, NULL);
  clear_board_state (self);
  _kin_board_canvas_dispose_menus (self);
  g_clear_pointer (&self->editor, gtk_widget_unparent);

  G_OBJECT_CLASS (kin_board_canvas_parent_class)->dispose (object);
}

static void
kin_board_canvas_finalize (GObject *object)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (object);

  g_clear_pointer (&self->selected, g_hash_table_unref);
  _kin_board_canvas_clear_cache (self);
  g_clear_pointer (&self->drag_origins, g_array_unref);
  g_free (self->filter_principle);
  g_free (self->filter_cluster);
  g_free (self->filter_text);
  g_free (self->voter);
  g_free (self->accessible_text);

  G_OBJECT_CLASS (kin_board_canvas_parent_class)->finalize (object);
}

static void
kin_board_canvas_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->scale);
      break;

    case PROP_VOTING:
      g_value_set_boolean (value, self->voting);
      break;

    case PROP_VOTER:
      g_value_set_string (value, self->voter);
      break;

    case PROP_ADDING_THEME:
      g_value_set_boolean (value, self->adding_theme);
      break;

    case PROP_N_SELECTED:
      g_value_set_uint (value, g_hash_table_size (self->selected));
      break;

    case PROP_FOCUSED_NOTE:
      g_value_set_object (value, self->focused);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_canvas_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KinBoardCanvas *self = KIN_BOARD_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_board_canvas_set_project (self, g_value_get_object (value));
      break;

    case PROP_BOARD:
      kin_board_canvas_set_board (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      kin_board_canvas_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_VOTING:
      kin_board_canvas_set_voting (self, g_value_get_boolean (value));
      break;

    case PROP_VOTER:
      kin_board_canvas_set_voter (self, g_value_get_string (value));
      break;

    case PROP_ADDING_THEME:
      kin_board_canvas_set_adding_theme (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_canvas_class_init (KinBoardCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_board_canvas_dispose;
  object_class->finalize = kin_board_canvas_finalize;
  object_class->get_property = kin_board_canvas_get_property;
  object_class->set_property = kin_board_canvas_set_property;

  widget_class->snapshot = kin_board_canvas_snapshot;
  widget_class->measure = kin_board_canvas_measure;
  widget_class->size_allocate = kin_board_canvas_size_allocate;
  widget_class->focus = _kin_board_canvas_focus;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL,
                         KIN_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         KIN_BOARD_CANVAS_MIN_ZOOM, KIN_BOARD_CANVAS_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VOTING] =
    g_param_spec_boolean ("voting", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VOTER] =
    g_param_spec_string ("voter", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDING_THEME] =
    g_param_spec_boolean ("adding-theme", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FOCUSED_NOTE] =
    g_param_spec_object ("focused-note", NULL, NULL,
                         KIN_TYPE_NOTE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinBoardCanvas::message:
   * @message: a sentence for the user, plain text
   *
   * Something the user should know, such as a voter with no dots left;
   * the page shows it as a toast.
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * KinBoardCanvas::deleted:
   * @message: what went, such as "3 notes deleted", plain text
   *
   * Emitted after the user deleted notes or a theme, as one step that the
   * page offers to undo.
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * KinBoardCanvas::view-changed:
   *
   * The zoom or the offset changed.
   */
  signals[VIEW_CHANGED] =
    g_signal_new ("view-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  _kin_board_canvas_class_init_keys (widget_class);
  _kin_board_canvas_class_init_menus (widget_class);

  gtk_widget_class_set_css_name (widget_class, "kin-board-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kin_board_canvas_init (KinBoardCanvas *self)
{
  self->scale = 1.0;
  self->needs_fit = TRUE;
  self->filter.voice = -1;
  self->selected = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->drag_origins = g_array_new (FALSE, FALSE, sizeof (KinDragOrigin));
  _kin_board_canvas_init_cache (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (focus_changed_cb), NULL);

  _kin_board_canvas_init_view (self);
  _kin_board_canvas_init_input (self);
  _kin_board_canvas_init_keys (self);
  _kin_board_canvas_init_editor (self);
  _kin_board_canvas_init_menus (self);
  _kin_board_canvas_selection_changed (self);
}

GtkWidget *
kin_board_canvas_new (void)
{
  return g_object_new (KIN_TYPE_BOARD_CANVAS, NULL);
}
