/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-csv-private.h"
#include "kin-gains-csv.h"
#include "kin-gains-private.h"
#include "kin-model.h"

/*
 * Importing gains from CSV. The whole file is checked before the project
 * changes: a bad file is reported with its line and column and leaves the
 * project as it was; a good one is added as one undoable step.
 */

/**
 * kin_gains_import_result_init:
 * @result: (out caller-allocates): the result to initialise
 *
 * Sets all counts to zero and creates an empty warning list.
 */
void
kin_gains_import_result_init (KinGainsImportResult *result)
{
  g_return_if_fail (result != NULL);

  result->added = 0;
  result->skipped = 0;
  result->warnings = g_ptr_array_new_with_free_func (g_free);
}

/**
 * kin_gains_import_result_clear:
 * @result: a result set up with kin_gains_import_result_init()
 *
 * Frees the warnings.
 */
void
kin_gains_import_result_clear (KinGainsImportResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->warnings, g_ptr_array_unref);
}

/* Everything an import needs to look up, built once per import. */
typedef struct
{
  KinProject  *project;
  const char  *name;
  GHashTable  *principles;    /* folded name or id -> id */
  GHashTable  *standards;     /* folded title or id -> id */
  GHashTable  *used_ids;      /* every id in the project and the file so far */
  GHashTable  *gain_ids;      /* ids of gains, in the project and the file */
  GHashTable  *gain_keys;     /* "date\ntitle\nteam", folded */
  GPtrArray   *warnings;
  int          columns[KIN_GAINS_N_COLUMNS];  /* cell index of each field, or -1 */
  guint        n_header_cells;
} Import;

/**
 * _kin_gains_fold_name:
 * @text: a name, title or team as typed
 *
 * Returns: (transfer full): @text trimmed and case folded, for matching
 *   names that people typed in different ways
 */
char *
_kin_gains_fold_name (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  return g_utf8_casefold (trimmed, -1);
}

#define fold _kin_gains_fold_name

/* Maps both the folded name and the id of each entity to its id, names
 * first so that a principle whose name is another one's id still wins. */
static GHashTable *
build_resolver (GListModel  *list,
                const char *(*get_name) (gpointer entity))
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (list, i);
      const char *id = kin_object_get_id (KIN_OBJECT (entity));

      g_hash_table_insert (table, g_strdup (id), g_strdup (id));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (list, i);

      g_hash_table_replace (table, fold (get_name (entity)),
                            g_strdup (kin_object_get_id (KIN_OBJECT (entity))));
    }

  return table;
}

static void collect_ids_in_list (GListModel *list,
                                 gpointer    user_data);

static void
collect_ids (KinObject  *object,
             GHashTable *ids)
{
  const char *id = kin_object_get_id (object);

  if (id != NULL && *id != '\0')
    g_hash_table_add (ids, g_strdup (id));

  kin_object_foreach_child_list (object, collect_ids_in_list, ids);
}

static void
collect_ids_in_list (GListModel *list,
                     gpointer    user_data)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinObject) object = g_list_model_get_item (list, i);

      collect_ids (object, user_data);
    }
}

/**
 * _kin_project_collect_ids:
 * @project: a #KinProject
 *
 * Returns: (transfer full): a set of every id used in @project, of any
 *   kind of entity, since ids must be unique across the whole file
 */
GHashTable *
_kin_project_collect_ids (KinProject *project)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_ids (KIN_OBJECT (project), ids);
  return ids;
}

static char *
gain_key (const char *date,
          const char *title,
          const char *team)
{
  g_autofree char *folded_date = fold (date);
  g_autofree char *folded_title = fold (title);
  g_autofree char *folded_team = fold (team);

  return g_strconcat (folded_date, "\n", folded_title, "\n", folded_team, NULL);
}

static void
import_init (Import     *import,
             KinProject *project,
             const char *name)
{
  GListModel *gains = kin_project_get_gains (project);
  guint n = g_list_model_get_n_items (gains);

  import->project = project;
  import->name = name;
  import->principles = build_resolver (kin_project_get_principles (project),
                                       (const char *(*) (gpointer)) kin_principle_get_name);
  import->standards = build_resolver (kin_project_get_standards (project),
                                      (const char *(*) (gpointer)) kin_standard_get_title);
  import->used_ids = _kin_project_collect_ids (project);
  import->gain_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->gain_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import->warnings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) gain = g_list_model_get_item (gains, i);

      g_hash_table_add (import->gain_ids, g_strdup (kin_object_get_id (KIN_OBJECT (gain))));
      g_hash_table_add (import->gain_keys, gain_key (kin_gain_get_date (gain),
                                                     kin_gain_get_title (gain),
                                                     kin_gain_get_team (gain)));
    }
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->principles, g_hash_table_unref);
  g_clear_pointer (&import->standards, g_hash_table_unref);
  g_clear_pointer (&import->used_ids, g_hash_table_unref);
  g_clear_pointer (&import->gain_ids, g_hash_table_unref);
  g_clear_pointer (&import->gain_keys, g_hash_table_unref);
  g_clear_pointer (&import->warnings, g_ptr_array_unref);
}

static gboolean G_GNUC_PRINTF (5, 6)
value_error (GError           **error,
             const Import      *import,
             const KinCsvCell  *cell,
             int                code,
             const char        *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, KIN_GAINS_CSV_ERROR, code, "%s:%u:%u: %s",
               import->name, cell->line, cell->column, message);
  return FALSE;
}

static void G_GNUC_PRINTF (3, 4)
add_warning (Import           *import,
             const KinCsvCell *cell,
             const char       *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (import->warnings, g_strdup_printf ("%s:%u:%u: %s", import->name,
                                                      cell->line, cell->column, message));
}

static gboolean
read_header (Import     *import,
             KinCsvRow  *header,
             GError    **error)
{
  for (guint i = 0; i < KIN_GAINS_N_COLUMNS; i++)
    import->columns[i] = -1;
  import->n_header_cells = header->cells->len;

  for (guint c = 0; c < header->cells->len; c++)
    {
      KinCsvCell *cell = &g_array_index (header->cells, KinCsvCell, c);
      g_autofree char *name = g_ascii_strdown (g_strstrip (cell->text), -1);
      gboolean known = FALSE;

      for (guint i = 0; i < KIN_GAINS_N_COLUMNS; i++)
        {
          if (!g_str_equal (name, _kin_gains_csv_columns[i]))
            continue;

          if (import->columns[i] >= 0)
            return value_error (error, import, cell, KIN_GAINS_CSV_ERROR_HEADER,
                                _("the column “%s” appears twice in the header row"),
                                _kin_gains_csv_columns[i]);
          import->columns[i] = (int) c;
          known = TRUE;
        }

      if (!known)
        add_warning (import, cell, _("the column “%s” is not a gain field and is ignored"),
                     cell->text);
    }

  for (guint i = KIN_GAINS_COL_DATE; i <= KIN_GAINS_COL_TITLE; i++)
    if (import->columns[i] < 0)
      {
        KinCsvCell *first = &g_array_index (header->cells, KinCsvCell, 0);

        return value_error (error, import, first, KIN_GAINS_CSV_ERROR_HEADER,
                            _("the header row has no “%s” column; the first row must "
                              "name the columns, such as id,date,title,team"),
                            _kin_gains_csv_columns[i]);
      }

  return TRUE;
}

/* The cell of a field in @row, or NULL if the file has no such column. */
static const KinCsvCell *
field (const Import *import,
       KinCsvRow    *row,
       guint         column)
{
  if (import->columns[column] < 0)
    return NULL;

  return &g_array_index (row->cells, KinCsvCell, import->columns[column]);
}

/* The unguarded, trimmed text of a field, "" when the column is absent. */
static char *
field_text (const Import *import,
            KinCsvRow    *row,
            guint         column)
{
  const KinCsvCell *cell = field (import, row, column);

  return cell != NULL ? _kin_csv_unguard (cell->text) : g_strdup ("");
}

static gboolean
ptr_array_has_string (GPtrArray  *array,
                      const char *text)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), text))
      return TRUE;

  return FALSE;
}

/* Turns a cell such as "Respect; Empowerment" into ids. Unknown names are
 * warned about and left out rather than refused: the rest of the gain is
 * still worth having. */
static char **
resolve_list (Import           *import,
              const KinCsvCell *cell,
              GHashTable       *resolver,
              gboolean          principles)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *whole = NULL;
  g_auto(GStrv) parts = NULL;
  const char *id;

  if (cell != NULL)
    {
      /* A name that itself holds a semicolon is still found when alone. */
      whole = fold (cell->text);
      id = *whole != '\0' ? g_hash_table_lookup (resolver, whole) : NULL;
      if (id != NULL)
        g_ptr_array_add (ids, g_strdup (id));
      else
        parts = g_strsplit (cell->text, ";", -1);
    }

  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    {
      g_autofree char *key = fold (parts[i]);

      if (*key == '\0')
        continue;

      id = g_hash_table_lookup (resolver, key);
      if (id == NULL)
        {
          g_autofree char *shown = g_strstrip (g_strdup (parts[i]));

          if (principles)
            add_warning (import, cell, _("this project has no principle called “%s”; "
                                         "it was left out"), shown);
          else
            add_warning (import, cell, _("this project has no standard called “%s”; "
                                         "it was left out"), shown);
          continue;
        }

      if (!ptr_array_has_string (ids, id))
        g_ptr_array_add (ids, g_strdup (id));
    }

  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

static char **
split_tags (const KinCsvCell *cell)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  if (cell != NULL)
    parts = g_strsplit (cell->text, ";", -1);

  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (g_strdup (parts[i]));

      if (*tag == '\0' || ptr_array_has_string (tags, tag))
        g_free (tag);
      else
        g_ptr_array_add (tags, tag);
    }

  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

/* Reads an enum cell: empty means @fallback, otherwise a nick of the file
 * format, ignoring case. */
static gboolean
read_enum (Import            *import,
           const KinCsvCell  *cell,
           GType              type,
           int                fallback,
           const char        *expected,
           int               *value,
           GError           **error)
{
  g_autofree char *text = NULL;

  *value = fallback;
  if (cell == NULL)
    return TRUE;

  text = g_ascii_strdown (cell->text, -1);
  g_strstrip (text);
  if (*text == '\0' || kin_enum_from_nick (type, text, value))
    return TRUE;

  return value_error (error, import, cell, KIN_GAINS_CSV_ERROR_VALUE,
                      _("expected %s, got “%s”"), expected, cell->text);
}

static gboolean
read_impact (Import            *import,
             const KinCsvCell  *cell,
             int               *impact,
             GError           **error)
{
  g_autofree char *text = NULL;
  guint64 value;

  *impact = 3;
  if (cell == NULL)
    return TRUE;

  text = g_strstrip (g_strdup (cell->text));
  if (*text == '\0')
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 5, &value, NULL))
    return value_error (error, import, cell, KIN_GAINS_CSV_ERROR_VALUE,
                        _("expected an impact from 1 to 5, got “%s”"), cell->text);

  *impact = (int) value;
  return TRUE;
}

/* Reads a timestamp cell; empty means now. */
static gboolean
read_timestamp (Import            *import,
                const KinCsvCell  *cell,
                const char        *now,
                char             **timestamp,
                GError           **error)
{
  g_autofree char *text = cell != NULL ? g_strstrip (g_strdup (cell->text)) : g_strdup ("");

  if (*text == '\0')
    {
      *timestamp = g_strdup (now);
      return TRUE;
    }

  if (!kin_is_valid_timestamp (text))
    return value_error (error, import, cell, KIN_GAINS_CSV_ERROR_VALUE,
                        _("expected a time such as 2026-11-22T10:15:00Z, got “%s”"),
                        cell->text);

  *timestamp = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
has_text (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;

  return FALSE;
}

static void
set_text_field (const Import  *import,
                KinCsvRow     *row,
                guint          column,
                KinGain       *gain,
                void         (*setter) (KinGain *, const char *))
{
  g_autofree char *text = field_text (import, row, column);

  setter (gain, text);
}

static gboolean
check_cell_count (Import     *import,
                  KinCsvRow  *row,
                  GError    **error)
{
  KinCsvCell end = { NULL, row->end_line, row->end_column, FALSE };

  if (row->cells->len == import->n_header_cells)
    return TRUE;

  /* Point at the first cell too many, or at the end of a short row. */
  if (row->cells->len > import->n_header_cells)
    end = g_array_index (row->cells, KinCsvCell, import->n_header_cells);

  g_set_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_SYNTAX,
               "%s:%u:%u: %s", import->name, end.line, end.column,
               _("this row does not have as many cells as the header row"));
  return FALSE;
}

/* Turns one record into a gain, or NULL with *skip set for a gain the
 * project already has. */
static KinGain *
read_gain (Import     *import,
           KinCsvRow  *row,
           const char *now,
           gboolean   *skip,
           GError    **error)
{
  g_autoptr(KinGain) gain = NULL;
  g_autofree char *id = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *team = NULL;
  g_autofree char *key = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  g_auto(GStrv) principles = NULL;
  g_auto(GStrv) standards = NULL;
  g_auto(GStrv) tsm = NULL;
  const KinCsvCell *date_cell = field (import, row, KIN_GAINS_COL_DATE);
  const KinCsvCell *title_cell = field (import, row, KIN_GAINS_COL_TITLE);
  int impact, effort, status;

  *skip = FALSE;

  if (!check_cell_count (import, row, error))
    return NULL;

  date = g_strstrip (field_text (import, row, KIN_GAINS_COL_DATE));
  if (!kin_is_valid_date (date))
    {
      value_error (error, import, date_cell, KIN_GAINS_CSV_ERROR_VALUE,
                   _("expected a date such as 2026-11-22 (year-month-day), got “%s”"),
                   date_cell->text);
      return NULL;
    }

  title = field_text (import, row, KIN_GAINS_COL_TITLE);
  if (!has_text (title))
    {
      value_error (error, import, title_cell, KIN_GAINS_CSV_ERROR_VALUE,
                   _("this gain has no title; say in a few words what changed"));
      return NULL;
    }

  if (!read_impact (import, field (import, row, KIN_GAINS_COL_IMPACT), &impact, error) ||
      !read_enum (import, field (import, row, KIN_GAINS_COL_EFFORT), KIN_TYPE_EFFORT, KIN_EFFORT_SMALL,
                  _("an effort of small, medium or large"), &effort, error) ||
      !read_enum (import, field (import, row, KIN_GAINS_COL_STATUS), KIN_TYPE_GAIN_STATUS,
                  KIN_GAIN_STATUS_IDEA,
                  _("a status of idea, trying, adopted, shared or dropped"), &status, error) ||
      !read_timestamp (import, field (import, row, KIN_GAINS_COL_CREATED), now, &created, error) ||
      !read_timestamp (import, field (import, row, KIN_GAINS_COL_MODIFIED), now, &modified, error))
    return NULL;

  id = g_strstrip (field_text (import, row, KIN_GAINS_COL_ID));
  team = field_text (import, row, KIN_GAINS_COL_TEAM);
  key = gain_key (date, title, team);

  /* Already in the project, or earlier in this file: skip quietly, so that
   * importing the same export twice adds nothing. */
  if ((*id != '\0' && g_hash_table_contains (import->gain_ids, id)) ||
      g_hash_table_contains (import->gain_keys, key))
    {
      *skip = TRUE;
      return NULL;
    }

  if (*id != '\0' && g_hash_table_contains (import->used_ids, id))
    {
      add_warning (import, field (import, row, KIN_GAINS_COL_ID),
                   _("the id “%s” is already used by something else in this project; "
                     "the gain gets a new one"), id);
      *id = '\0';
    }

  principles = resolve_list (import, field (import, row, KIN_GAINS_COL_PRINCIPLES),
                             import->principles, TRUE);
  standards = resolve_list (import, field (import, row, KIN_GAINS_COL_STANDARDS),
                            import->standards, FALSE);
  tsm = split_tags (field (import, row, KIN_GAINS_COL_TSM));

  gain = kin_gain_new ();
  if (*id != '\0')
    kin_object_set_id (KIN_OBJECT (gain), id);
  kin_gain_set_date (gain, date);
  kin_gain_set_title (gain, title);
  kin_gain_set_team (gain, team);
  set_text_field (import, row, KIN_GAINS_COL_WHO, gain, kin_gain_set_who);
  set_text_field (import, row, KIN_GAINS_COL_BEFORE, gain, kin_gain_set_before);
  set_text_field (import, row, KIN_GAINS_COL_CHANGE, gain, kin_gain_set_change);
  set_text_field (import, row, KIN_GAINS_COL_EVIDENCE, gain, kin_gain_set_evidence);
  kin_gain_set_principles (gain, (const char * const *) principles);
  kin_gain_set_standards (gain, (const char * const *) standards);
  kin_gain_set_tsm (gain, (const char * const *) tsm);
  kin_gain_set_impact (gain, impact);
  kin_gain_set_effort (gain, effort);
  kin_gain_set_status (gain, status);
  kin_gain_set_created (gain, created);
  kin_gain_set_modified (gain, modified);

  g_hash_table_add (import->gain_ids, g_strdup (kin_object_get_id (KIN_OBJECT (gain))));
  g_hash_table_add (import->used_ids, g_strdup (kin_object_get_id (KIN_OBJECT (gain))));
  g_hash_table_add (import->gain_keys, g_steal_pointer (&key));

  return g_steal_pointer (&gain);
}

/* Strips a UTF-8 byte order mark, which spreadsheets often write, and
 * checks that the rest is UTF-8. */
static const char *
check_encoding (const char  *data,
                gsize       *length,
                const char  *name,
                GError     **error)
{
  const char *end = NULL;

  if (*length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      *length -= 3;
    }

  if (!g_utf8_validate (data, *length, &end))
    {
      guint line = 1, column = 1;

      for (const char *p = data; p < end; p = g_utf8_next_char (p))
        {
          if (*p == '\n')
            {
              line++;
              column = 1;
            }
          else
            column++;
        }

      g_set_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_SYNTAX,
                   "%s:%u:%u: %s", name, line, column,
                   _("this is not UTF-8 text; save the spreadsheet as “CSV UTF-8” and try again"));
      return NULL;
    }

  return data;
}

/**
 * kin_gains_csv_import:
 * @project: the project to add gains to
 * @csv: the CSV text, UTF-8, with or without a byte order mark
 * @display_name: the file name to use in messages
 * @result: (out caller-allocates) (optional): what was done; initialise it
 *   with kin_gains_import_result_init() first
 * @error: return location for a #GError
 *
 * Adds the gains of a CSV file with a header row naming the columns (see
 * kin_gains_csv_export(); only date and title are required, and columns
 * may come in any order). Rows for gains the project already has (same id,
 * or same date, title and team ignoring case and surrounding spaces) are
 * skipped. A row without an id gets a new one; empty impact, effort and
 * status get the defaults 3, small and idea, and empty timestamps the
 * current time.
 *
 * The whole file is checked before anything changes: on any error the
 * project is left as it was and @error reads "NAME:LINE:COLUMN: message".
 * Otherwise the new gains are appended as one undoable step, "Import Gains".
 *
 * Returns: %TRUE on success, even when every row was a duplicate
 */
gboolean
kin_gains_csv_import (KinProject           *project,
                      GBytes               *csv,
                      const char           *display_name,
                      KinGainsImportResult *result,
                      GError              **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) gains = NULL;
  g_autofree char *now = NULL;
  Import import = { 0 };
  const char *data;
  gsize length;
  guint skipped = 0;
  GListModel *list;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (display_name == NULL)
    display_name = "CSV";

  data = g_bytes_get_data (csv, &length);
  data = check_encoding (data != NULL ? data : "", &length, display_name, error);
  if (data == NULL)
    return FALSE;

  rows = _kin_csv_parse (data, length, display_name, error);
  if (rows == NULL)
    return FALSE;

  if (rows->len == 0)
    {
      g_set_error (error, KIN_GAINS_CSV_ERROR, KIN_GAINS_CSV_ERROR_HEADER,
                   "%s:1:1: %s", display_name,
                   _("the file is empty; it needs a header row such as id,date,title,team"));
      return FALSE;
    }

  import_init (&import, project, display_name);
  if (!read_header (&import, g_ptr_array_index (rows, 0), error))
    {
      import_clear (&import);
      return FALSE;
    }

  now = kin_timestamp_now ();
  gains = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 1; i < rows->len; i++)
    {
      KinGain *gain;
      gboolean skip;

      gain = read_gain (&import, g_ptr_array_index (rows, i), now, &skip, error);
      if (gain != NULL)
        g_ptr_array_add (gains, gain);
      else if (skip)
        skipped++;
      else
        {
          import_clear (&import);
          return FALSE;
        }
    }

  list = kin_project_get_gains (project);
  if (gains->len > 0)
    {
      kin_project_begin_action (project, _("Import Gains"));
      for (guint i = 0; i < gains->len; i++)
        kin_project_append (project, list, g_ptr_array_index (gains, i));
      kin_project_end_action (project);
    }

  if (result != NULL)
    {
      result->added += gains->len;
      result->skipped += skipped;
      if (result->warnings == NULL)
        result->warnings = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < import.warnings->len; i++)
        g_ptr_array_add (result->warnings, g_strdup (g_ptr_array_index (import.warnings, i)));
    }

  import_clear (&import);
  return TRUE;
}
