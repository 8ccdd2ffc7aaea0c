/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-board-clipboard.h"
#include "kin-entity-io-private.h"
#include "kin-io-error.h"
#include "kin-model.h"

/*
 * Notes copied from a vision board travel as JSON text:
 *
 *   { "format": "kindling-notes", "version": 1, "notes": [ ... ] }
 *
 * with each note exactly as in a project file. Text is what survives any
 * clipboard, and a paste into another Kindling window, or another project,
 * reads it back with the checks of the file loader. The pasted notes get
 * new ids (kin_board_paste_notes()), so ids in the text never clash.
 */

#define FORMAT_NAME "kindling-notes"

/**
 * kin_board_notes_to_json:
 * @notes: (element-type KinNote): the notes to copy
 *
 * Returns: (transfer full): the notes as JSON text, for the clipboard
 */
char *
kin_board_notes_to_json (GPtrArray *notes)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (notes != NULL, NULL);

  bytes = kin_write_entity_list (FORMAT_NAME, "notes", &kin_format_note, notes);
  data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

/**
 * kin_board_notes_from_json:
 * @text: text from the clipboard
 * @error: return location for a %KIN_IO_ERROR
 *
 * Reads notes copied with kin_board_notes_to_json(), for
 * kin_board_paste_notes(). Text that is not JSON, or not Kindling notes,
 * is refused with a message that says so; a note with a wrong value is
 * refused with the place of the value, such as `notes[2].votes`.
 *
 * Returns: (transfer full) (element-type KinNote): the notes, not on any
 *   board, or %NULL on error
 */
GPtrArray *
kin_board_notes_from_json (const char  *text,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *notes;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_bytes_new_static (text, strlen (text));
  /* TRANSLATORS: where pasted text comes from, named like a file at the
   * start of messages such as "clipboard: notes[2].votes: expected..." */
  notes = kin_read_entity_list (bytes, _("clipboard"), FORMAT_NAME, "notes", &kin_format_note, &local_error);
  if (notes != NULL)
    return notes;

  /* Text copied from anywhere else is the common case, and is best said
   * plainly rather than by the place where it stopped being JSON. */
  if (g_error_matches (local_error, KIN_IO_ERROR, KIN_IO_ERROR_SYNTAX) ||
      g_error_matches (local_error, KIN_IO_ERROR, KIN_IO_ERROR_NOT_KINDLING))
    {
      g_set_error_literal (error, KIN_IO_ERROR, local_error->code,
                           _("The clipboard does not hold Kindling notes"));
      return NULL;
    }

  if (g_error_matches (local_error, KIN_IO_ERROR, KIN_IO_ERROR_NEWER_VERSION))
    {
      g_set_error_literal (error, KIN_IO_ERROR, local_error->code,
                           _("These notes were copied from a newer version of Kindling, "
                             "which this version cannot read"));
      return NULL;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}
