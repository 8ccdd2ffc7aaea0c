/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <stdio.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "kin-file-writer-private.h"
#include "kin-model.h"
#include "kin-report-flow-private.h"
#include "kin-session-report.h"

/*
 * The session report. Everything is drawn as plain text through
 * KinReportFlow; the PDF is drawn twice (once to count the pages for the
 * "Page N of M" footers), into memory, and only then written to the file
 * through a KinFileWriter, so that a failure never leaves a partial report.
 */

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
#define MARGIN 50.0
#define GUTTER 8.0
#define TIME_COLUMN 54.0
#define ROW_PADDING 4.0
#define NO_VALUE "–"

typedef struct
{
  KinProject *project;
  KinSession *session;
  KinReportFlow *flow;
  double width;
} Report;

/* Formatting */

static char *
format_date (const char *date,
             const char *format)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day;

  if (!kin_is_valid_date (date) || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  time = g_date_time_new_local (year, month, day, 12, 0, 0);
  return time != NULL ? g_date_time_format (time, format) : NULL;
}

/* A UTC timestamp as the local time of day, such as "10:42". */
static char *
local_hhmm (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (!kin_is_valid_timestamp (timestamp))
    return NULL;

  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%H:%M");
}

static char *
format_minutes (int minutes)
{
  /* Translators: a length of time in minutes, in a narrow table column */
  return g_strdup_printf (_("%d min"), minutes);
}

static char *
format_seconds (gint64 seconds)
{
  if (seconds < 30)
    return g_strdup (_("under 1 min"));

  return format_minutes ((int) ((seconds + 30) / 60));
}

static char *
format_item_start (KinSession *session,
                   guint       index)
{
  int start = kin_session_get_item_start (session, index);

  return start >= 0 ? kin_hhmm_format (start) : g_strdup (NO_VALUE);
}

static const char *
item_title (KinAgendaItem *item)
{
  const char *title = kin_agenda_item_get_title (item);

  return *title != '\0' ? title : _("Untitled item");
}

/* The header: what, when, who */

static void
detail_row (Report     *r,
            const char *label,
            const char *value)
{
  KinReportCell cells[] = {
    { label, KIN_REPORT_FONT_BODY, 0, 80, PANGO_ALIGN_LEFT, TRUE },
    { value, KIN_REPORT_FONT_BODY, 80 + GUTTER, r->width - 80 - GUTTER, PANGO_ALIGN_LEFT, FALSE },
  };

  if (value == NULL || *value == '\0')
    return;

  kin_report_flow_row (r->flow, cells, G_N_ELEMENTS (cells), 1.5);
}

static char *
describe_time (KinSession *session)
{
  int start = kin_hhmm_parse (kin_session_get_start (session));
  int end = kin_session_get_end_minutes (session);
  int limit = kin_hhmm_parse (kin_session_get_end (session));
  int overrun = kin_session_get_overrun_minutes (session);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GString *text;

  if (start < 0)
    return NULL;

  from = kin_hhmm_format (start);
  to = kin_hhmm_format (end);
  text = g_string_new (NULL);
  /* Translators: the planned start and end of a session, such as "10:00 to 11:45" */
  g_string_append_printf (text, _("%s to %s"), from, to);
  if (end >= 24 * 60)
    g_string_append_printf (text, " %s", _("(the next day)"));

  if (limit >= 0)
    {
      g_autofree char *by = kin_hhmm_format (limit);

      g_string_append (text, ", ");
      g_string_append_printf (text, _("to finish by %s"), by);
      if (overrun > 0)
        {
          g_string_append (text, ": ");
          g_string_append_printf (text,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "the agenda runs %d minute over",
                                               "the agenda runs %d minutes over", overrun),
                                  overrun);
        }
    }

  return g_string_free (text, FALSE);
}

static void
draw_header (Report *r)
{
  const char *title = kin_session_get_title (r->session);
  const char *organisation = kin_project_get_organisation (r->project);
  const char *project_title = kin_project_get_title (r->project);
  g_autofree char *kicker = NULL;
  g_autofree char *date = format_date (kin_session_get_date (r->session), "%A %-d %B %Y");
  g_autofree char *time = describe_time (r->session);

  if (*organisation != '\0' && *project_title != '\0')
    kicker = g_strdup_printf ("%s · %s · %s", _("Session report"), organisation, project_title);
  else if (*organisation != '\0' || *project_title != '\0')
    kicker = g_strdup_printf ("%s · %s", _("Session report"),
                              *organisation != '\0' ? organisation : project_title);
  else
    kicker = g_strdup (_("Session report"));

  kin_report_flow_text (r->flow, kicker, KIN_REPORT_FONT_SMALL, TRUE);
  kin_report_flow_gap (r->flow, 4);
  kin_report_flow_text (r->flow, *title != '\0' ? title : _("Untitled session"),
                        KIN_REPORT_FONT_TITLE, FALSE);
  kin_report_flow_gap (r->flow, 8);

  detail_row (r, _("Date"), date);
  detail_row (r, _("Time"), time);
  detail_row (r, _("Facilitator"), kin_session_get_facilitator (r->session));
  kin_report_flow_gap (r->flow, 10);
  kin_report_flow_rule (r->flow, 0.75, 0.6);
}

static void
section_heading (Report     *r,
                 const char *heading)
{
  kin_report_flow_gap (r->flow, 18);
  /* The heading, a table header and a row or two stay on the same page. */
  kin_report_flow_keep (r->flow, 110);
  kin_report_flow_text (r->flow, heading, KIN_REPORT_FONT_HEADING, FALSE);
  kin_report_flow_gap (r->flow, 6);
}

/* Draws the header row of a table: its column titles in small grey. */
static void
table_header (KinReportFlow      *flow,
              KinReportCell      *cells,
              guint               n_cells,
              const char * const *titles)
{
  for (guint i = 0; i < n_cells; i++)
    {
      cells[i].text = titles[i];
      cells[i].font = KIN_REPORT_FONT_SMALL;
      cells[i].muted = TRUE;
    }

  kin_report_flow_row (flow, cells, n_cells, ROW_PADDING);
  kin_report_flow_rule (flow, 0.75, 0.6);
}

/* The agenda */

enum { AGENDA_START, AGENDA_ITEM, AGENDA_PLANNED, AGENDA_ACTUAL_START, AGENDA_ACTUAL, N_AGENDA };

static void
agenda_columns (Report        *r,
                KinReportCell *cells)
{
  static const double widths[N_AGENDA] = { TIME_COLUMN, 0, 60, 58, 62 };
  static const PangoAlignment aligns[N_AGENDA] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
  };
  double right = r->width;

  /* Right to left, so that the item title takes what is left. */
  for (int i = N_AGENDA - 1; i >= 0; i--)
    {
      cells[i].align = aligns[i];
      cells[i].font = KIN_REPORT_FONT_BODY;
      cells[i].muted = FALSE;
      if (i == AGENDA_ITEM)
        {
          cells[i].x = TIME_COLUMN + GUTTER;
          cells[i].width = right - cells[i].x;
        }
      else
        {
          cells[i].width = widths[i];
          cells[i].x = i == AGENDA_START ? 0 : right - widths[i];
          right = cells[i].x - GUTTER;
        }
    }
}

static void
agenda_header_cb (KinReportFlow *flow,
                  gpointer       user_data)
{
  Report *r = user_data;
  KinReportCell cells[N_AGENDA];

  agenda_columns (r, cells);
  table_header (flow, cells, N_AGENDA, (const char *[N_AGENDA]) {
    [AGENDA_START] = _("Planned start"),
    [AGENDA_ITEM] = _("Item"),
    [AGENDA_PLANNED] = _("Planned"),
    [AGENDA_ACTUAL_START] = _("Actual start"),
    [AGENDA_ACTUAL] = _("Actual"),
  });
}

static void
draw_agenda (Report *r)
{
  GListModel *agenda = kin_session_get_agenda (r->session);
  guint n = g_list_model_get_n_items (agenda);
  KinReportCell cells[N_AGENDA];
  gint64 actual_total = 0;
  gboolean any_run = FALSE;
  g_autofree char *planned_total = NULL;
  g_autofree char *actual_text = NULL;

  section_heading (r, _("Agenda"));
  if (n == 0)
    {
      kin_report_flow_text (r->flow, _("The agenda is empty."), KIN_REPORT_FONT_BODY, TRUE);
      return;
    }

  agenda_header_cb (r->flow, r);
  kin_report_flow_set_header (r->flow, agenda_header_cb, r);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);
      int seconds = kin_agenda_item_get_actual_seconds (item);
      g_autofree char *start = format_item_start (r->session, i);
      g_autofree char *planned = format_minutes (kin_agenda_item_get_minutes (item));
      g_autofree char *actual_start = local_hhmm (kin_agenda_item_get_actual_start (item));
      g_autofree char *actual = seconds >= 0 ? format_seconds (seconds) : g_strdup (_("not run"));

      if (seconds >= 0)
        {
          actual_total += seconds;
          any_run = TRUE;
        }

      agenda_columns (r, cells);
      cells[AGENDA_START].text = start;
      cells[AGENDA_ITEM].text = item_title (item);
      cells[AGENDA_PLANNED].text = planned;
      cells[AGENDA_ACTUAL_START].text = actual_start != NULL ? actual_start : NO_VALUE;
      cells[AGENDA_ACTUAL].text = actual;
      cells[AGENDA_ACTUAL].muted = seconds < 0;
      kin_report_flow_row (r->flow, cells, N_AGENDA, ROW_PADDING);
      kin_report_flow_rule (r->flow, 0.25, 0.8);
    }

  kin_report_flow_set_header (r->flow, NULL, NULL);

  planned_total = format_minutes (kin_session_get_total_minutes (r->session));
  actual_text = any_run ? format_seconds (actual_total) : g_strdup (NO_VALUE);
  agenda_columns (r, cells);
  cells[AGENDA_START].text = NULL;
  cells[AGENDA_ITEM].text = _("Total");
  cells[AGENDA_PLANNED].text = planned_total;
  cells[AGENDA_ACTUAL_START].text = NULL;
  cells[AGENDA_ACTUAL].text = actual_text;
  for (guint i = 0; i < N_AGENDA; i++)
    cells[i].font = KIN_REPORT_FONT_BODY_BOLD;
  kin_report_flow_row (r->flow, cells, N_AGENDA, ROW_PADDING);
}

/* Captures, grouped under their agenda items */

static int
compare_capture_time (gconstpointer a,
                      gconstpointer b)
{
  const char *ta = kin_capture_get_time (*(KinCapture * const *) a);
  const char *tb = kin_capture_get_time (*(KinCapture * const *) b);

  /* ISO 8601 UTC timestamps sort as text; unknown times go last. */
  if (*ta == '\0' || *tb == '\0')
    return (*ta == '\0') - (*tb == '\0');

  return g_strcmp0 (ta, tb);
}

static void
draw_capture (Report     *r,
              KinCapture *capture)
{
  KinCard *card = kin_project_lookup (r->project, KIN_TYPE_CARD, kin_capture_get_card (capture));
  g_autofree char *time = local_hhmm (kin_capture_get_time (capture));
  g_autofree char *on_card = NULL;
  double text_x = TIME_COLUMN + GUTTER;
  KinReportCell cells[] = {
    { time, KIN_REPORT_FONT_SMALL, 0, TIME_COLUMN, PANGO_ALIGN_LEFT, TRUE },
    { kin_capture_get_text (capture), KIN_REPORT_FONT_BODY, text_x, r->width - text_x, PANGO_ALIGN_LEFT, FALSE },
  };

  if (card != NULL)
    {
      const char *card_title = kin_card_get_title (card);
      KinReportCell meta[] = {
        { time, KIN_REPORT_FONT_SMALL, 0, TIME_COLUMN, PANGO_ALIGN_LEFT, TRUE },
        { NULL, KIN_REPORT_FONT_SMALL, text_x, r->width - text_x, PANGO_ALIGN_LEFT, TRUE },
      };

      /* Translators: above what was said while a conversation card was on show */
      on_card = g_strdup_printf (_("Card: %s"), *card_title != '\0' ? card_title : _("Untitled card"));
      meta[1].text = on_card;
      kin_report_flow_keep (r->flow, kin_report_flow_measure (r->flow, meta, 2, 0) + 16);
      kin_report_flow_row (r->flow, meta, 2, 0);
      cells[0].text = NULL;
    }

  kin_report_flow_row (r->flow, cells, G_N_ELEMENTS (cells), 1);
  kin_report_flow_gap (r->flow, 5);
}

static void
draw_capture_group (Report     *r,
                    const char *start,
                    const char *title,
                    GPtrArray  *captures)
{
  double title_x = TIME_COLUMN + GUTTER;
  KinReportCell cells[] = {
    { start, KIN_REPORT_FONT_SUBHEADING, 0, TIME_COLUMN, PANGO_ALIGN_LEFT, TRUE },
    { title, KIN_REPORT_FONT_SUBHEADING, title_x, r->width - title_x, PANGO_ALIGN_LEFT, FALSE },
  };

  if (captures->len == 0)
    return;

  g_ptr_array_sort (captures, compare_capture_time);

  kin_report_flow_gap (r->flow, 8);
  kin_report_flow_keep (r->flow, 48);
  kin_report_flow_row (r->flow, cells, G_N_ELEMENTS (cells), 2);
  kin_report_flow_gap (r->flow, 3);
  for (guint i = 0; i < captures->len; i++)
    draw_capture (r, g_ptr_array_index (captures, i));
}

static void
draw_captures (Report *r)
{
  GListModel *agenda = kin_session_get_agenda (r->session);
  GListModel *captures = kin_session_get_captures (r->session);
  guint n_items = g_list_model_get_n_items (agenda);
  guint n_captures = g_list_model_get_n_items (captures);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) unlinked = g_ptr_array_new_with_free_func (g_object_unref);

  section_heading (r, _("Captures"));
  if (n_captures == 0)
    {
      kin_report_flow_text (r->flow, _("Nothing was captured in this session."),
                            KIN_REPORT_FONT_BODY, TRUE);
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);

      g_hash_table_insert (groups, (gpointer) kin_object_get_id (KIN_OBJECT (item)),
                           g_ptr_array_new_with_free_func (g_object_unref));
    }

  for (guint i = 0; i < n_captures; i++)
    {
      KinCapture *capture = g_list_model_get_item (captures, i);
      const char *item = kin_capture_get_item (capture);
      GPtrArray *group = item != NULL ? g_hash_table_lookup (groups, item) : NULL;

      g_ptr_array_add (group != NULL ? group : unlinked, capture);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *start = format_item_start (r->session, i);

      draw_capture_group (r, start, item_title (item),
                          g_hash_table_lookup (groups, kin_object_get_id (KIN_OBJECT (item))));
    }

  draw_capture_group (r, NULL, _("Not linked to an agenda item"), unlinked);
}

/* Actions */

enum { ACTION_TEXT, ACTION_OWNER, ACTION_DUE, ACTION_DONE, N_ACTION };

static void
action_columns (Report        *r,
                KinReportCell *cells)
{
  double done_x = r->width - 40;
  double due_x = done_x - GUTTER - 84;
  double owner_x = due_x - GUTTER - 100;

  cells[ACTION_TEXT] = (KinReportCell) { NULL, KIN_REPORT_FONT_BODY, 0, owner_x - GUTTER, PANGO_ALIGN_LEFT, FALSE };
  cells[ACTION_OWNER] = (KinReportCell) { NULL, KIN_REPORT_FONT_BODY, owner_x, 100, PANGO_ALIGN_LEFT, FALSE };
  cells[ACTION_DUE] = (KinReportCell) { NULL, KIN_REPORT_FONT_BODY, due_x, 84, PANGO_ALIGN_LEFT, FALSE };
  cells[ACTION_DONE] = (KinReportCell) { NULL, KIN_REPORT_FONT_BODY, done_x, 40, PANGO_ALIGN_LEFT, FALSE };
}

static void
action_header_cb (KinReportFlow *flow,
                  gpointer       user_data)
{
  Report *r = user_data;
  KinReportCell cells[N_ACTION];

  action_columns (r, cells);
  table_header (flow, cells, N_ACTION, (const char *[N_ACTION]) {
    [ACTION_TEXT] = _("Action"),
    [ACTION_OWNER] = _("Owner"),
    [ACTION_DUE] = _("Due"),
    [ACTION_DONE] = _("Done"),
  });
}

static void
draw_actions (Report *r)
{
  GListModel *actions = kin_session_get_actions (r->session);
  guint n = g_list_model_get_n_items (actions);

  section_heading (r, _("Actions"));
  if (n == 0)
    {
      kin_report_flow_text (r->flow, _("No actions were recorded."), KIN_REPORT_FONT_BODY, TRUE);
      return;
    }

  action_header_cb (r->flow, r);
  kin_report_flow_set_header (r->flow, action_header_cb, r);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinAction) action = g_list_model_get_item (actions, i);
      g_autofree char *due = format_date (kin_action_get_due (action), "%-d %b %Y");
      const char *owner = kin_action_get_owner (action);
      KinReportCell cells[N_ACTION];

      action_columns (r, cells);
      cells[ACTION_TEXT].text = kin_action_get_text (action);
      cells[ACTION_OWNER].text = *owner != '\0' ? owner : NO_VALUE;
      cells[ACTION_DUE].text = due != NULL ? due : NO_VALUE;
      cells[ACTION_DONE].text = kin_action_get_done (action) ? _("Yes") : _("No");
      kin_report_flow_row (r->flow, cells, N_ACTION, ROW_PADDING);
      kin_report_flow_rule (r->flow, 0.25, 0.8);
    }

  kin_report_flow_set_header (r->flow, NULL, NULL);
}

/* Drawing and writing */

static guint
draw_report (KinProject *project,
             KinSession *session,
             cairo_t    *cr,
             guint       n_pages)
{
  const char *title = kin_session_get_title (session);
  g_autofree char *footer = g_strdup_printf ("%s · %s", _("Session report"),
                                             *title != '\0' ? title : _("Untitled session"));
  g_autoptr(KinReportFlow) flow = kin_report_flow_new (cr, A4_WIDTH, A4_HEIGHT, MARGIN, footer, n_pages);
  Report r = { project, session, flow, kin_report_flow_get_width (flow) };

  draw_header (&r);
  draw_agenda (&r);
  draw_captures (&r);
  draw_actions (&r);

  return kin_report_flow_finish (flow);
}

/* With no buffer, the PDF is only drawn to count its pages. */
static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Draws the report into @buffer (or nowhere, when it is NULL); returns the
 * number of pages, 0 on failure. */
static guint
draw_pdf (KinProject  *project,
          KinSession  *session,
          guint        n_pages,
          GByteArray  *buffer,
          GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, buffer, A4_WIDTH, A4_HEIGHT);
  const char *title = kin_session_get_title (session);
  cairo_status_t status;
  cairo_t *cr;
  guint pages;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  *title != '\0' ? title : _("Untitled session"));

  cr = cairo_create (surface);
  pages = draw_report (project, session, cr, n_pages);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the session report: %s"), cairo_status_to_string (status));
      return 0;
    }

  return pages;
}

/**
 * kin_session_report_render:
 * @project: the project that holds @session
 * @session: a session
 * @error: return location for an error
 *
 * Draws the report of @session as a PDF in memory.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error set
 */
GBytes *
kin_session_report_render (KinProject  *project,
                           KinSession  *session,
                           GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  guint pages;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_SESSION (session), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The first pass only counts the pages for the footers. */
  pages = draw_pdf (project, session, 0, NULL, error);
  if (pages == 0)
    return NULL;

  buffer = g_byte_array_new ();
  if (draw_pdf (project, session, pages, buffer, error) == 0)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static gboolean
fail_write (GError     **error,
            GFile       *file,
            GError      *cause)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *name = g_path_get_basename (parse_name);

  g_set_error (error, G_IO_ERROR, cause->code, _("Could not write “%s”: %s"), name, cause->message);
  g_error_free (cause);

  return FALSE;
}

/* Writes @bytes to @file, which is either the old one or the whole new one
 * whatever happens. */
static gboolean
write_report (GFile   *file,
              GBytes  *bytes,
              GError **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  KinFileWriter writer;
  GError *local_error = NULL;
  gsize length;
  gconstpointer data = g_bytes_get_data (bytes, &length);

  if (parent == NULL)
    return fail_write (error, file, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                                                         _("not a file name")));
  if (g_file_query_file_type (parent, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *folder = g_file_get_parse_name (parent);

      return fail_write (error, file, g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                                   _("there is no folder “%s”"), folder));
    }

  if (!_kin_file_writer_open (&writer, file, NULL, &local_error))
    return fail_write (error, file, local_error);

  _kin_file_writer_write (&writer, data, length);
  if (!_kin_file_writer_close (&writer, &local_error))
    return fail_write (error, file, local_error);

  return TRUE;
}

/**
 * kin_session_report_write:
 * @project: the project that holds @session
 * @session: a session
 * @file: where to write the PDF
 * @error: return location for an error
 *
 * Writes the report of @session as an A4 PDF. A failure leaves no partial
 * report, and any earlier file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
kin_session_report_write (KinProject  *project,
                          KinSession  *session,
                          GFile       *file,
                          GError     **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = kin_session_report_render (project, session, error);
  if (pdf == NULL)
    return FALSE;

  return write_report (file, pdf, error);
}
