/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "kin-board-canvas-private.h"
#include "kin-board-clipboard.h"

/* Copy, cut and paste. Copied notes go on the clipboard twice: as the
 * project file's own JSON for notes, which a paste onto any board reads back
 * with their colour, voice and principle, and as plain text, one paragraph a
 * note, for other programs. Pasting plain text from elsewhere makes a note
 * of each paragraph (or each line, when there are no blank lines), laid out
 * in a grid in the middle of the view.
 *
 * Pasted notes land a little below and to the right of the originals, a
 * step further each time, so that each paste can be seen; when that place
 * is out of view they land in the middle of the view instead.
 */

#define PASTE_STEP      24.0
#define MAX_TEXT_NOTES  500

static GPtrArray *
copy_targets (KinBoardCanvas *self)
{
  GPtrArray *targets = kin_board_canvas_get_selection (self);

  if (targets->len == 0 && self->focused != NULL)
    g_ptr_array_add (targets, g_object_ref (self->focused));

  return targets;
}

static char *
notes_as_text (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < notes->len; i++)
    {
      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, kin_note_get_text (g_ptr_array_index (notes, i)));
    }

  return g_string_free (text, FALSE);
}

/**
 * kin_board_canvas_copy:
 *
 * Copies the selected notes (or the focused one) to the clipboard.
 */
void
kin_board_canvas_copy (KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GBytes) json_bytes = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *providers[2];
  gsize length;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  targets = copy_targets (self);
  if (targets->len == 0)
    return;

  json = kin_board_notes_to_json (targets);
  if (json == NULL)
    return;
  length = strlen (json);
  json_bytes = g_bytes_new_take (g_steal_pointer (&json), length);
  text = notes_as_text (targets);

  providers[0] = gdk_content_provider_new_for_bytes (KIN_BOARD_CLIPBOARD_MIME, json_bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  content = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
  self->paste_count = 0;
}

/**
 * kin_board_canvas_cut:
 *
 * Copies the selected notes, then deletes them as one step.
 */
void
kin_board_canvas_cut (KinBoardCanvas *self)
{
  g_autoptr(GPtrArray) targets = NULL;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  targets = copy_targets (self);
  if (targets->len == 0)
    return;

  kin_board_canvas_copy (self);
  /* What is deleted is what was copied, even with only a focused note. */
  _kin_board_canvas_set_selection (self, targets, FALSE);
  kin_board_canvas_delete_selection (self);
}

/* Where pasted notes go: the next step from the originals while that is in
 * view, otherwise the middle of the view. */
static void
paste_offset (KinBoardCanvas *self,
              GPtrArray      *notes,
              double         *dx,
              double         *dy)
{
  double left = G_MAXDOUBLE, top = G_MAXDOUBLE, right = -G_MAXDOUBLE, bottom = -G_MAXDOUBLE;
  double view_left, view_top, view_right, view_bottom, cx, cy;
  double step;

  for (guint i = 0; i < notes->len; i++)
    {
      KinNote *note = g_ptr_array_index (notes, i);

      left = MIN (left, kin_note_get_x (note));
      top = MIN (top, kin_note_get_y (note));
      right = MAX (right, kin_note_get_x (note) + KIN_NOTE_WIDTH);
      bottom = MAX (bottom, kin_note_get_y (note) + KIN_NOTE_HEIGHT);
    }

  self->paste_count++;
  step = PASTE_STEP * self->paste_count;

  kin_board_canvas_widget_to_board (self, 0, 0, &view_left, &view_top);
  kin_board_canvas_widget_to_board (self, gtk_widget_get_width (GTK_WIDGET (self)),
                                    gtk_widget_get_height (GTK_WIDGET (self)),
                                    &view_right, &view_bottom);
  cx = (left + right) / 2 + step;
  cy = (top + bottom) / 2 + step;

  if (cx > view_left && cx < view_right && cy > view_top && cy < view_bottom)
    {
      *dx = step;
      *dy = step;
      return;
    }

  _kin_board_canvas_get_view_center (self, &cx, &cy);
  *dx = cx - (left + right) / 2;
  *dy = cy - (top + bottom) / 2;
}

static void
select_pasted (KinBoardCanvas *self,
               GPtrArray      *added)
{
  if (added->len == 0)
    return;

  _kin_board_canvas_set_selection (self, added, FALSE);
  _kin_board_canvas_set_focus_target (self, g_ptr_array_index (added, added->len - 1), NULL);
}

/* Pasting JSON ---------------------------------------------------------- */

static void
paste_json (KinBoardCanvas *self,
            const char     *json)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  double dx, dy;

  notes = kin_board_notes_from_json (json, &error);
  if (notes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The notes on the clipboard cannot be pasted: %s"),
                                                  error->message);

      _kin_board_canvas_emit_message (self, message);
      return;
    }

  if (notes->len == 0)
    return;

  paste_offset (self, notes, &dx, &dy);
  added = kin_board_paste_notes (self->project, self->board, notes, dx, dy);
  select_pasted (self, added);
}

typedef struct
{
  KinBoardCanvas *canvas;
  KinBoard       *board;
} PasteData;

static void
paste_data_free (PasteData *data)
{
  g_clear_object (&data->canvas);
  g_clear_object (&data->board);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasteData, paste_data_free)

/* The paste is still wanted when the canvas shows the same board. */
static gboolean
paste_still_wanted (PasteData *data)
{
  return data->canvas->board == data->board && data->canvas->project != NULL;
}

static void
json_spliced_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *json = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      if (paste_still_wanted (data))
        _kin_board_canvas_emit_message (data->canvas, error->message);
      return;
    }

  if (!paste_still_wanted (data))
    return;

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  paste_json (data->canvas, json);
}

static void
json_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      if (paste_still_wanted (data))
        _kin_board_canvas_emit_message (data->canvas, error->message);
      return;
    }

  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, json_spliced_cb, g_steal_pointer (&data));
}

/* Pasting text ---------------------------------------------------------- */

/* A note for each paragraph, or for each line when there are no blank
 * lines, empty ones skipped. */
static GPtrArray *
split_text (const char *text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *normal = g_strdup (text);
  g_auto(GStrv) pieces = NULL;
  char *p;

  /* Line ends from other systems. */
  for (p = normal; *p != '\0'; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';

  pieces = g_regex_split_simple (strstr (normal, "\n\n") != NULL ? "\\n[ \\t]*\\n" : "\\n", normal, 0, 0);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      char *part = g_strstrip (pieces[i]);

      if (*part != '\0')
        g_ptr_array_add (parts, g_strdup (part));
    }

  return parts;
}

static void
paste_text (KinBoardCanvas *self,
            const char     *text)
{
  g_autoptr(GPtrArray) parts = split_text (text);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  guint n = MIN (parts->len, MAX_TEXT_NOTES);
  guint columns;
  double cx, cy, left, top;

  if (n == 0)
    return;

  columns = (guint) ceil (sqrt (n));
  _kin_board_canvas_get_view_center (self, &cx, &cy);
  left = cx - (columns * (KIN_NOTE_WIDTH + KIN_BOARD_GAP) - KIN_BOARD_GAP) / 2;
  top = cy - (((n + columns - 1) / columns) * (KIN_NOTE_HEIGHT + KIN_BOARD_GAP) - KIN_BOARD_GAP) / 2;

  kin_project_begin_action (self->project,
                            g_dngettext (GETTEXT_PACKAGE, "Paste Note", "Paste Notes", n));
  for (guint i = 0; i < n; i++)
    {
      KinNote *note = kin_board_add_note (self->project, self->board,
                                          left + (i % columns) * (KIN_NOTE_WIDTH + KIN_BOARD_GAP),
                                          top + (i / columns) * (KIN_NOTE_HEIGHT + KIN_BOARD_GAP),
                                          g_ptr_array_index (parts, i));

      g_ptr_array_add (added, note);
    }
  kin_project_end_action (self->project);

  select_pasted (self, added);

  if (parts->len > n)
    {
      g_autofree char *message = NULL;

      /* Translators: %u is the most notes one paste makes. */
      message = g_strdup_printf (_("Only the first %u paragraphs were pasted"), MAX_TEXT_NOTES);
      _kin_board_canvas_emit_message (self, message);
    }
}

static void
text_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PasteData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  if (!paste_still_wanted (data))
    return;

  if (text == NULL)
    {
      if (error != NULL)
        _kin_board_canvas_emit_message (data->canvas, error->message);
      return;
    }

  paste_text (data->canvas, text);
}

/**
 * kin_board_canvas_paste:
 *
 * Pastes notes from the clipboard (copied notes, or text from another
 * program) as one step, and selects them.
 */
void
kin_board_canvas_paste (KinBoardCanvas *self)
{
  static const char *mime_types[] = { KIN_BOARD_CLIPBOARD_MIME, NULL };
  GdkClipboard *clipboard;
  GdkContentFormats *formats;
  PasteData *data;

  g_return_if_fail (KIN_IS_BOARD_CANVAS (self));

  if (self->project == NULL || self->board == NULL)
    return;

  kin_board_canvas_commit_edit (self);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  formats = gdk_clipboard_get_formats (clipboard);

  data = g_new0 (PasteData, 1);
  data->canvas = g_object_ref (self);
  data->board = g_object_ref (self->board);

  if (gdk_content_formats_contain_mime_type (formats, KIN_BOARD_CLIPBOARD_MIME))
    gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, json_read_cb, data);
  else if (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING) ||
           gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8") ||
           gdk_content_formats_contain_mime_type (formats, "text/plain"))
    gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, data);
  else
    {
      paste_data_free (data);
      _kin_board_canvas_emit_message (self, _("There is nothing on the clipboard to paste as notes"));
    }
}
