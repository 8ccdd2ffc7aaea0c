/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-csv-private.h"
#include "kin-gains-csv.h"

/*
 * Reading and writing RFC 4180 CSV: cells separated by commas, records by
 * line breaks, cells holding commas, quotes or line breaks in double quotes
 * with inner quotes doubled. The reader also accepts bare LF line breaks,
 * which most tools write, and reports every problem with its line and
 * column so that people can find it in their spreadsheet.
 */

static void
cell_clear (gpointer data)
{
  KinCsvCell *cell = data;

  g_free (cell->text);
}

static void
row_free (gpointer data)
{
  KinCsvRow *row = data;

  g_array_unref (row->cells);
  g_free (row);
}

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
  guint       column;
} Cursor;

/* Moves past one byte, counting columns in characters: UTF-8 continuation
 * bytes do not start a new column. */
static void
advance (Cursor *cursor)
{
  if (((guchar) *cursor->p & 0xc0) != 0x80)
    cursor->column++;
  cursor->p++;
  /* The column of the next character is counted when we reach it. */
}

static gboolean
at_line_break (const Cursor *cursor)
{
  return cursor->p < cursor->end && (*cursor->p == '\n' || *cursor->p == '\r');
}

/* Consumes one line break: CR LF, LF or a lone CR. */
static void
skip_line_break (Cursor *cursor)
{
  if (*cursor->p == '\r' && cursor->p + 1 < cursor->end && cursor->p[1] == '\n')
    cursor->p++;
  cursor->p++;
  cursor->line++;
  cursor->column = 0;
}

static gboolean G_GNUC_PRINTF (5, 6)
fail (GError     **error,
      const char  *display_name,
      guint        line,
      guint        column,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_SYNTAX,
               "%s:%u:%u: %s", display_name, line, column, message);
  return FALSE;
}

static gboolean
parse_quoted (Cursor      *cursor,
              GString     *text,
              const char  *display_name,
              GError     **error)
{
  guint line = cursor->line;
  guint column = cursor->column + 1;

  advance (cursor);

  for (;;)
    {
      if (cursor->p >= cursor->end)
        return fail (error, display_name, line, column,
                     _("the quoted cell that starts here is never closed; "
                       "add the closing quote (\")"));

      if (*cursor->p == '"')
        {
          if (cursor->p + 1 < cursor->end && cursor->p[1] == '"')
            {
              g_string_append_c (text, '"');
              advance (cursor);
              advance (cursor);
              continue;
            }
          advance (cursor);
          break;
        }

      if (at_line_break (cursor))
        {
          /* Line breaks inside a cell are kept, as the LF the rest of the
           * application uses. */
          g_string_append_c (text, '\n');
          skip_line_break (cursor);
          continue;
        }

      g_string_append_c (text, *cursor->p);
      advance (cursor);
    }

  if (cursor->p < cursor->end && *cursor->p != ',' && !at_line_break (cursor))
    return fail (error, display_name, cursor->line, cursor->column + 1,
                 _("unexpected text after a closing quote; a quoted cell must end "
                   "at a comma or the end of the line"));

  return TRUE;
}

static gboolean
parse_plain (Cursor      *cursor,
             GString     *text,
             const char  *display_name,
             GError     **error)
{
  while (cursor->p < cursor->end && *cursor->p != ',' && !at_line_break (cursor))
    {
      if (*cursor->p == '"')
        return fail (error, display_name, cursor->line, cursor->column + 1,
                     _("a quote inside a cell that does not start with one; put the "
                       "whole cell in quotes and double the quotes inside it"));

      g_string_append_c (text, *cursor->p);
      advance (cursor);
    }

  return TRUE;
}

/**
 * _kin_csv_parse:
 * @text: the CSV text, valid UTF-8, without a byte order mark
 * @length: its length in bytes
 * @display_name: the file name for messages
 * @error: return location for a #GError
 *
 * Splits CSV text into records and cells. Blank lines are left out.
 *
 * Returns: (transfer full) (element-type KinCsvRow): the records, or %NULL
 *   with @error set to "NAME:LINE:COLUMN: message"
 */
GPtrArray *
_kin_csv_parse (const char  *text,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  Cursor cursor = { text, text + length, 1, 0 };

  while (cursor.p < cursor.end)
    {
      KinCsvRow *row = g_new0 (KinCsvRow, 1);

      row->cells = g_array_new (FALSE, TRUE, sizeof (KinCsvCell));
      g_array_set_clear_func (row->cells, cell_clear);
      g_ptr_array_add (rows, row);

      for (;;)
        {
          g_autoptr(GString) cell_text = g_string_new (NULL);
          KinCsvCell cell = { NULL, cursor.line, cursor.column + 1, FALSE };
          gboolean ok;

          cell.quoted = cursor.p < cursor.end && *cursor.p == '"';
          if (cell.quoted)
            ok = parse_quoted (&cursor, cell_text, display_name, error);
          else
            ok = parse_plain (&cursor, cell_text, display_name, error);
          if (!ok)
            return NULL;

          cell.text = g_string_free (g_steal_pointer (&cell_text), FALSE);
          g_array_append_val (row->cells, cell);

          if (cursor.p < cursor.end && *cursor.p == ',')
            {
              advance (&cursor);
              continue;
            }

          row->end_line = cursor.line;
          row->end_column = cursor.column + 1;
          if (cursor.p < cursor.end)
            skip_line_break (&cursor);
          break;
        }

      /* A line with nothing on it is not a record. */
      if (row->cells->len == 1)
        {
          KinCsvCell *only = &g_array_index (row->cells, KinCsvCell, 0);

          if (!only->quoted && only->text[0] == '\0')
            g_ptr_array_remove_index (rows, rows->len - 1);
        }
    }

  return g_steal_pointer (&rows);
}

/* Spreadsheets run a cell starting with one of these as a formula. */
static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* TRUE if @text is a run of apostrophes (maybe none) followed by a formula
 * start: such text gets one more apostrophe on export, and loses one on
 * import, so that text really starting with apostrophes survives too. */
static gboolean
needs_guard (const char *text)
{
  while (*text == '\'')
    text++;

  return is_formula_start (*text);
}

/**
 * _kin_csv_unguard:
 * @text: a cell as read
 *
 * Undoes the formula guard of _kin_csv_append_cell().
 *
 * Returns: (transfer full): the cell text as it was before export
 */
char *
_kin_csv_unguard (const char *text)
{
  if (text[0] == '\'' && needs_guard (text))
    return g_strdup (text + 1);

  return g_strdup (text);
}

/**
 * _kin_csv_append_cell:
 * @out: the CSV being written
 * @text: the cell's text
 *
 * Appends one cell, quoted when it holds a comma, a quote, a line break or
 * spaces at either end.
 *
 * A cell that a spreadsheet would take for a formula (starting with =, +,
 * -, @, a tab or a carriage return) is written with an apostrophe in front,
 * so that opening an export can never run a formula someone typed into a
 * gain. The importer removes that apostrophe again.
 */
void
_kin_csv_append_cell (GString    *out,
                      const char *text)
{
  gboolean guard = needs_guard (text);
  gsize length = strlen (text);
  gboolean quote = (strpbrk (text, ",\"\r\n") != NULL ||
                    (length > 0 && (text[0] == ' ' || text[length - 1] == ' ')));

  if (quote)
    g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }

  if (quote)
    g_string_append_c (out, '"');
}
