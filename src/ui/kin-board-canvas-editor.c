/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"

/* Writing on a note in place: a text view lies over the note, at its size
 * and zoom, with the renderer drawing the note without its text under it.
 * Enter or Escape, Tab or a click elsewhere commits the text as one step;
 * Shift+Enter starts a new line. A new note is only added to the board when
 * its text is committed, so adding and writing it is one step, and a new
 * note left empty adds nothing.
 */

/* Below this zoom a note is too small to write on: editing zooms in. */
#define MIN_EDIT_ZOOM 0.5
#define NEW_NOTE_COLOR "#fff3a0"
#define CASCADE_STEP   24.0
/* Pixels kept clear between a new note and the edges of the view. */
#define PLACE_MARGIN   12.0

gboolean
kin_board_canvas_is_editing (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), FALSE);

  return self->editing != NULL || self->pending != NULL;
}

/**
 * kin_board_canvas_get_editor:
 *
 * Returns: (transfer none): the text view of the in-place editor, visible
 *   while a note is edited
 */
GtkWidget *
kin_board_canvas_get_editor (KinBoardCanvas *self)
{
  g_return_val_if_fail (KIN_IS_BOARD_CANVAS (self), NULL);

  return self->editor;
}

static KinNote *
edited_note (KinBoardCanvas *self)
{
  return self->editing != NULL ? self->editing : self->pending;
}

/* Places the editor over the note, growing downwards when the text needs
 * more room than the note has. */
void
_kin_board_canvas_allocate_editor (KinBoardCanvas *self)
{
  KinNote *note = edited_note (self);
  g_autoptr(PangoFontDescription) font = NULL;
  double x, y;
  int width, height, natural, padding_x, padding_y;

  if (note == NULL || !gtk_widget_get_visible (self->editor))
    return;

  /* The text as the renderer draws it, at the zoom. */
  font = pango_font_description_from_string (KIN_BOARD_DEFAULT_FONT);
  pango_font_description_set_absolute_size (font, self->editor_text_size * self->scale * PANGO_SCALE);
  g_object_set (self->editor_tag, "font-desc", font, NULL);

  padding_x = (int) (KIN_NOTE_TEXT_X * self->scale + 0.5);
  padding_y = (int) (KIN_NOTE_TEXT_Y * self->scale + 0.5);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->editor), padding_x);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->editor), padding_x);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->editor), padding_y);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->editor), padding_y);

  kin_board_canvas_board_to_widget (self, kin_note_get_x (note), kin_note_get_y (note), &x, &y);
  width = MAX (1, (int) (KIN_NOTE_WIDTH * self->scale + 0.5));
  height = MAX (1, (int) (KIN_NOTE_HEIGHT * self->scale + 0.5));
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);

  gtk_widget_size_allocate (self->editor,
                            &(GtkAllocation) { (int) x, (int) y, width, MAX (height, natural) },
                            -1);
}

/* Lays the text out as the note will show it: the size follows the
 * text, smaller as it grows. */
static void
tag_all_text (KinBoardCanvas *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strchomp (text);
  self->editor_text_size = kin_board_render_note_text_size (text, NULL);
  gtk_text_buffer_apply_tag (buffer, self->editor_tag, &start, &end);
}

static void
show_editor (KinBoardCanvas *self,
             const char     *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  KinNote *note = edited_note (self);
  GtkTextIter end;

  /* Writing needs a note big enough to read. */
  if (self->scale < MIN_EDIT_ZOOM)
    {
      double cx, cy;

      if (!self->edit_zoomed)
        {
          self->edit_zoomed = TRUE;
          self->view_before_edit[0] = self->scale;
          self->view_before_edit[1] = self->offset_x;
          self->view_before_edit[2] = self->offset_y;
        }
      kin_board_canvas_board_to_widget (self, kin_note_get_x (note) + KIN_NOTE_WIDTH / 2,
                                        kin_note_get_y (note) + KIN_NOTE_HEIGHT / 2, &cx, &cy);
      kin_board_canvas_zoom_at (self, 1.0, cx, cy);
    }
  _kin_board_canvas_scroll_to_rect (self, kin_note_get_x (note), kin_note_get_y (note),
                                    KIN_NOTE_WIDTH, KIN_NOTE_HEIGHT);
  self->view_for_edit[0] = self->scale;
  self->view_for_edit[1] = self->offset_x;
  self->view_for_edit[2] = self->offset_y;

  /* The note's text to start from is not something to undo. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  tag_all_text (self);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);

  gtk_widget_set_visible (self->editor, TRUE);
  gtk_widget_grab_focus (self->editor);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _kin_board_canvas_update_accessible (self);
}

/**
 * kin_board_canvas_edit_note:
 * @note: a note of the board
 *
 * Opens the in-place editor on @note.
 */
void
kin_board_canvas_edit_note (KinBoardCanvas *self,
                            KinNote        *note)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));
  g_return_if_fail (KIN_IS_NOTE (note));

  if (self->board == NULL || self->editing == note)
    return;

  kin_board_canvas_commit_edit (self);
  _kin_board_canvas_set_focus_target (self, note, NULL);
  g_set_object (&self->editing, note);
  show_editor (self, kin_note_get_text (note));
}

void
_kin_board_canvas_edit_new_note (KinBoardCanvas *self,
                                 double          board_x,
                                 double          board_y)
{
  if (self->board == NULL || self->project == NULL)
    return;

  kin_board_canvas_commit_edit (self);
  self->pending = kin_note_new ();
  kin_note_set_x (self->pending, board_x);
  kin_note_set_y (self->pending, board_y);
  kin_note_set_color (self->pending, NEW_NOTE_COLOR);
  show_editor (self, "");
}

/**
 * kin_board_canvas_add_note:
 * @board_x: where the new note's top-left corner goes
 * @board_y: its y
 *
 * Starts a new note there with the editor open on it. It is added to the
 * board, as one step, when its text is committed, and not at all if it is
 * left empty.
 */
void
kin_board_canvas_add_note (KinBoardCanvas *self,
                           double          board_x,
                           double          board_y)
{
  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  _kin_board_canvas_edit_new_note (self, board_x, board_y);
}

/* N: a new note in the middle of the view, or in the nearest clear place
 * in view; on a view with none, moved down and right past any note that
 * starts at about the same place, so that it hides none. */
static gboolean
covers_note (KinBoardCanvas *self,
             double          x,
             double          y)
{
  g_autoptr(GPtrArray) near = kin_board_notes_in_rect (self->board, x - CASCADE_STEP, y - CASCADE_STEP,
                                                       2 * CASCADE_STEP, 2 * CASCADE_STEP);

  for (guint i = 0; i < near->len; i++)
    {
      KinNote *note = g_ptr_array_index (near, i);

      if (fabs (kin_note_get_x (note) - x) < CASCADE_STEP && fabs (kin_note_get_y (note) - y) < CASCADE_STEP)
        return TRUE;
    }

  return FALSE;
}

void
kin_board_canvas_add_note_at_center (KinBoardCanvas *self)
{
  double x, y, left, top, right, bottom;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (self->board == NULL)
    return;

  /* A note being written goes on the board first, so the new one steps
   * past it. */
  kin_board_canvas_commit_edit (self);
  _kin_board_canvas_get_view_center (self, &x, &y);
  x -= KIN_NOTE_WIDTH / 2;
  y -= KIN_NOTE_HEIGHT / 2;

  kin_board_canvas_widget_to_board (self, PLACE_MARGIN, PLACE_MARGIN, &left, &top);
  kin_board_canvas_widget_to_board (self, gtk_widget_get_width (GTK_WIDGET (self)) - PLACE_MARGIN,
                                    gtk_widget_get_height (GTK_WIDGET (self)) - PLACE_MARGIN,
                                    &right, &bottom);
  if (kin_board_find_free_place (self->board, &x, &y, left, top, right - left, bottom - top))
    {
      _kin_board_canvas_edit_new_note (self, x, y);
      return;
    }

  for (guint i = 0; i < 50 && covers_note (self, x, y); i++)
    {
      x += CASCADE_STEP;
      y += CASCADE_STEP;
    }

  _kin_board_canvas_edit_new_note (self, x, y);
}

static void
hide_editor (KinBoardCanvas *self)
{
  gboolean had_focus = gtk_widget_has_focus (self->editor);

  g_clear_object (&self->editing);
  g_clear_object (&self->pending);
  gtk_widget_set_visible (self->editor, FALSE);

  /* Back to the view the board had before writing, unless it was moved
   * meanwhile. */
  if (self->edit_zoomed &&
      self->scale == self->view_for_edit[0] &&
      self->offset_x == self->view_for_edit[1] &&
      self->offset_y == self->view_for_edit[2])
    kin_board_canvas_set_view (self, self->view_before_edit[0],
                               self->view_before_edit[1], self->view_before_edit[2]);
  self->edit_zoomed = FALSE;

  /* The keyboard carries on from the note. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kin_board_canvas_commit_edit:
 *
 * Closes the in-place editor, keeping its text as one step (for a new
 * note, adding it). Does nothing when no note is edited.
 */
void
kin_board_canvas_commit_edit (KinBoardCanvas *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(KinNote) focus = NULL;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (!kin_board_canvas_is_editing (self) || self->committing)
    return;

  self->committing = TRUE;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strchomp (text);

  if (self->pending != NULL)
    {
      /* An empty new note is not worth a step. */
      if (*text != '\0')
        {
          KinNote *note = kin_board_add_note (self->project, self->board,
                                              kin_note_get_x (self->pending),
                                              kin_note_get_y (self->pending),
                                              text);

          if (note != NULL)
            focus = g_object_ref (note);
        }
    }
  else
    {
      focus = g_object_ref (self->editing);
      if (g_strcmp0 (text, kin_note_get_text (self->editing)) != 0)
        {
          kin_project_begin_action (self->project, _("Edit Note"));
          kin_project_set (self->project, self->editing, "text", text, NULL);
          kin_project_end_action (self->project);
        }
    }

  hide_editor (self);
  self->committing = FALSE;

  if (focus != NULL)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      g_ptr_array_add (one, focus);
      _kin_board_canvas_set_selection (self, one, FALSE);
      _kin_board_canvas_set_focus_target (self, focus, NULL);
    }

  _kin_board_canvas_update_accessible (self);
}

/* Closes the editor and forgets its text, as when the note went away. */
void
_kin_board_canvas_cancel_edit (KinBoardCanvas *self)
{
  if (!kin_board_canvas_is_editing (self) || self->committing)
    return;

  hide_editor (self);
}

static gboolean
editor_key_pressed_cb (KinBoardCanvas        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  gboolean plain = (state & gtk_accelerator_get_default_mod_mask ()) == 0;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) && plain)
    {
      kin_board_canvas_commit_edit (self);
      return TRUE;
    }

  if (keyval == GDK_KEY_Escape)
    {
      kin_board_canvas_commit_edit (self);
      return TRUE;
    }

  return FALSE;
}

/* A click anywhere else, or another window, commits. */
static void
editor_focus_leave_cb (KinBoardCanvas *self)
{
  if (gtk_widget_get_visible (self->editor))
    kin_board_canvas_commit_edit (self);
}

static void
editor_changed_cb (KinBoardCanvas *self)
{
  tag_all_text (self);
  /* The editor grows with the text. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_kin_board_canvas_init_editor (KinBoardCanvas *self)
{
  GtkEventController *controller;
  GtkTextBuffer *buffer;

  self->editor_text_size = KIN_NOTE_TEXT_MAX;
  self->editor = gtk_text_view_new ();
  gtk_widget_set_name (self->editor, "note-editor");
  gtk_widget_add_css_class (self->editor, "kin-note-editor");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note text"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Enter keeps the text, Shift+Enter starts a new line"),
                                  -1);
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  /* Ctrl+Z while writing undoes the typing; the step comes at the end. */
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  self->editor_tag = gtk_text_buffer_create_tag (buffer, "note-text",
                                                 "line-height", (float) KIN_NOTE_TEXT_LINE_SPACING,
                                                 NULL);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (editor_changed_cb), self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (editor_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->editor, controller);
}
