/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A cell of a CSV file, with where it starts (lines and columns counted
 * from 1, columns in characters) for error messages. */
typedef struct
{
  char     *text;
  guint     line;
  guint     column;
  gboolean  quoted;
} KinCsvCell;

/* A record: its cells and where it ends, before the line break. */
typedef struct
{
  GArray *cells;
  guint   end_line;
  guint   end_column;
} KinCsvRow;

GPtrArray *_kin_csv_parse       (const char  *text,
                                 gsize        length,
                                 const char  *display_name,
                                 GError     **error);
void       _kin_csv_append_cell (GString     *out,
                                 const char  *text);
char      *_kin_csv_unguard     (const char  *text);

G_END_DECLS
