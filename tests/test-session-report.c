/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kin-model.h"
#include "kin-resources.h"
#include "kin-session-report.h"
#include "kin-test-render.h"
#include "kin-test-util.h"

/*
 * The session report: the starter project's session, presented with a
 * fake clock so that it has actual times and captures, then written as a
 * PDF whose text (pdftotext) and pages (pdfinfo) are checked; and
 * kindling --export=session:ID run as a script would. Times in the report
 * are local, so the tests run in UTC.
 */

static char *tmpdir;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static KinSession *
starter_session (KinProject *project)
{
  KinSession *session = kin_project_lookup (project, KIN_TYPE_SESSION, "session-nov");

  g_assert_nonnull (session);
  return session;
}

static KinAgendaItem *
item_at (KinSession *session,
         guint       index)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (session), index);

  return item;
}

static void
run_for (KinPresenter *presenter,
         gint64        seconds)
{
  kin_presenter_start_timer (presenter);
  fake_now += seconds * G_USEC_PER_SEC;
  kin_presenter_pause_timer (presenter);
}

static KinAction *
add_action (KinProject *project,
            KinSession *session,
            const char *text,
            const char *owner,
            const char *due,
            gboolean    done)
{
  g_autoptr(KinAction) action = kin_action_new ();

  kin_action_set_text (action, text);
  kin_action_set_owner (action, owner);
  kin_action_set_due (action, due);
  kin_action_set_done (action, done);
  kin_project_append (project, kin_session_get_actions (session), action);

  return action;
}

/* Runs the first three items of the starter's session: 12.5 minutes of
 * welcome, 14 of gains, then two cards of the card round, with captures. */
static void
present_starter (KinProject *project,
                 KinSession *session)
{
  g_autoptr(KinPresenter) presenter = kin_presenter_new (project, session);
  KinCapture *capture;

  fake_now = (gint64) 5000 * G_USEC_PER_SEC;
  kin_presenter_set_clock (presenter, fake_clock, NULL);

  run_for (presenter, 750);
  capture = kin_presenter_capture (presenter, "Ollie says <b> & co is what tenants call the repairs line");
  kin_capture_set_time (capture, "2026-11-26T10:05:00Z");
  g_assert_true (kin_presenter_next (presenter));

  run_for (presenter, 14 * 60);
  g_assert_true (kin_presenter_next (presenter));

  g_assert_true (kin_presenter_next (presenter));
  g_assert_true (kin_presenter_draw_card (presenter));
  run_for (presenter, 200);
  capture = kin_presenter_capture (presenter, "Call back when we say we will, even with no news");
  kin_capture_set_time (capture, "2026-11-26T10:41:00Z");
  capture = kin_presenter_capture (presenter, "Say who owns the job before the call ends");
  kin_capture_set_time (capture, "2026-11-26T10:38:00Z");
  kin_presenter_end (presenter);

  /* Fixed starts, so that the local times are known. */
  kin_agenda_item_set_actual_start (item_at (session, 0), "2026-11-26T10:02:00Z");
  kin_agenda_item_set_actual_start (item_at (session, 1), "2026-11-26T10:15:00Z");
  kin_agenda_item_set_actual_start (item_at (session, 2), "2026-11-26T10:31:00Z");
}

static char *
write_report (KinProject *project,
              KinSession *session,
              const char *name)
{
  g_autofree char *path = temp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (kin_session_report_write (project, session, file, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* Asserts that the phrases appear in @text in this order. */
static void
assert_in_order (const char         *text,
                 const char * const *phrases)
{
  const char *from = text;

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      const char *found = strstr (from, phrases[i]);

      if (found == NULL)
        g_error ("“%s” is not in the report after “%.40s”:\n%s", phrases[i], from, text);
      from = found + strlen (phrases[i]);
    }
}

static void
assert_contains (const char *text,
                 const char *phrase)
{
  if (strstr (text, phrase) == NULL)
    g_error ("“%s” is not in the report:\n%s", phrase, text);
}

static void
test_starter_report (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = starter_session (project);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  KinCard *card;
  guint pages;
  double width, height;

  present_starter (project, session);
  {
    g_autoptr(KinCapture) on_card = g_list_model_get_item (kin_session_get_captures (session), 1);

    card = kin_project_lookup (project, KIN_TYPE_CARD, kin_capture_get_card (on_card));
    g_assert_nonnull (card);
  }
  add_action (project, session, "Write to <b>tenants</b> & co", "Sam & Co",
              "2026-12-01", TRUE);
  kin_session_set_end (session, "11:30");

  path = write_report (project, session, "starter.pdf");
  kin_test_pdf_info (path, &pages, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  g_assert_cmpuint (pages, ==, 2);

  text = kin_test_pdf_text (path);
  g_test_message ("%s", text);

  /* What, when, who (pdftotext reads the labels as a column of their own). */
  assert_in_order (text, (const char *[]) {
    "Session report · Brookfield Homes · Customer culture programme 2026",
    "Champions group - November", "Date", "Time", "Facilitator", NULL });
  assert_in_order (text, (const char *[]) {
    "Champions group - November", "Thursday 26 November 2026",
    "10:00 to 11:45, to finish by 11:30: the agenda runs 15 minutes over",
    "Hannah J.", "Agenda", NULL });

  /* The agenda: planned start and minutes, actual start and minutes. */
  assert_in_order (text, (const char *[]) {
    "Agenda", "Planned start", "Item", "Planned", "Actual start", "Actual",
    "10:00", "Welcome and what's changed since October", "10 min", "10:02", "13 min",
    "10:10", "Marginal gains round-up", "15 min", "10:15", "14 min",
    "10:25", "Conversation cards: living our principles", "25 min", "10:31", "3 min",
    "10:50", "Tea and biscuits", "10 min", "not run",
    "11:00", "Vision board: dot voting", "20 min", "not run",
    "11:35", "Actions and close", "10 min", "not run",
    "Total", "105 min", "30 min", NULL });

  /* Captures under their items, in time order, with the card on show. */
  g_autofree char *on_card = g_strdup_printf ("Card: %s", kin_card_get_title (card));
  assert_in_order (text, (const char *[]) {
    "Captures",
    "10:00", "Welcome and what's changed since October",
    "10:05", "Ollie says <b> & co is what tenants call the repairs line",
    "10:25", "Conversation cards: living our principles",
    "10:38", on_card, "Say who owns the job before the call ends",
    "10:41", on_card, "Call back when we say we will, even with no news", NULL });
  g_assert_null (strstr (text, "Not linked to an agenda item"));

  /* Actions, user text as typed. */
  assert_in_order (text, (const char *[]) {
    "Actions Action", "Owner", "Due",
    "Share the call-back script with Income and Lettings", "Zoë K.", "10 Dec 2026",
    "Write to <b>tenants</b> & co", "Sam & Co", "1 Dec 2026", NULL });
  /* pdftotext reads the narrow last column apart from the rows. */
  assert_in_order (text, (const char *[]) { "Actions Action", "Done", NULL });
  assert_in_order (text, (const char *[]) { "Actions Action", " No ", NULL });
  assert_in_order (text, (const char *[]) { "Actions Action", " Yes ", NULL });

  assert_contains (text, "Page 1 of 2");
  assert_contains (text, "Page 2 of 2");
  assert_contains (text, "Session report · Champions group - November");

  /* The file is a complete PDF with nothing left beside it. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_suffix (name, ".part"));
  }
  g_unlink (path);
}

static void
test_long_agenda (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = starter_session (project);
  g_autofree char *short_path = write_report (project, session, "short.pdf");
  g_autofree char *long_path = NULL;
  g_autofree char *text = NULL;
  GString *long_text = g_string_new (NULL);
  g_autofree char *long_capture = NULL;
  guint short_pages, long_pages;
  double width, height;

  kin_test_pdf_info (short_path, &short_pages, &width, &height);

  for (guint i = 0; i < 120; i++)
    {
      g_autoptr(KinAgendaItem) item = kin_agenda_item_new ();
      g_autofree char *title = g_strdup_printf ("Extra item %u", i + 1);
      g_autoptr(KinCapture) capture = kin_capture_new ();
      g_autofree char *said = g_strdup_printf ("Said under extra item %u", i + 1);

      kin_agenda_item_set_title (item, title);
      kin_agenda_item_set_minutes (item, 5);
      g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);

      kin_capture_set_item (capture, kin_object_get_id (KIN_OBJECT (item)));
      kin_capture_set_text (capture, said);
      kin_capture_set_time (capture, "2026-11-26T12:00:00Z");
      g_list_store_append (G_LIST_STORE (kin_session_get_captures (session)), capture);
    }

  /* One capture longer than a page flows on to the next. */
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (long_text, "word%u ", i);
  g_string_append (long_text, "theveryend");
  long_capture = g_string_free (long_text, FALSE);
  {
    g_autoptr(KinCapture) capture = kin_capture_new ();

    kin_capture_set_item (capture, "no-such-item");
    kin_capture_set_text (capture, long_capture);
    g_list_store_append (G_LIST_STORE (kin_session_get_captures (session)), capture);
  }

  long_path = write_report (project, session, "long.pdf");
  kin_test_pdf_info (long_path, &long_pages, &width, &height);
  g_test_message ("%u pages, then %u", short_pages, long_pages);
  g_assert_cmpuint (long_pages, >=, short_pages + 4);

  text = kin_test_pdf_text (long_path);
  {
    g_autofree char *first = g_strdup_printf ("Page 1 of %u", long_pages);
    g_autofree char *last = g_strdup_printf ("Page %u of %u", long_pages, long_pages);

    assert_contains (text, first);
    assert_contains (text, last);
  }
  /* Nothing lost at the page breaks; the table header comes back. */
  assert_in_order (text, (const char *[]) { "Extra item 1 ", "Extra item 60 ", "Extra item 120 ",
                                            "Said under extra item 1 ", "Said under extra item 120 ",
                                            "Not linked to an agenda item", "word0 word1",
                                            "word450", "word899 theveryend", NULL });
  g_assert_cmpuint (strlen (strstr (text, "Planned start")), >, strlen (strstr (text, "Extra item 100 ")));

  g_unlink (short_path);
  g_unlink (long_path);
}

static void
test_empty_session (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinSession) session = kin_session_new ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  path = write_report (project, session, "empty.pdf");
  text = kin_test_pdf_text (path);

  assert_in_order (text, (const char *[]) { "Session report", "Untitled session",
                                            "The agenda is empty.",
                                            "Nothing was captured in this session.",
                                            "No actions were recorded.", "Page 1 of 1", NULL });
  /* No date, time or facilitator rows without a value. */
  g_assert_null (strstr (text, "Facilitator"));
  g_assert_null (strstr (text, "Date"));
  g_unlink (path);
}

static void
test_write_failures (void)
{
  g_autoptr(KinProject) project = kin_test_load_starter ();
  KinSession *session = starter_session (project);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-folder", "report.pdf", NULL);
  g_autofree char *folder = temp_path ("a-folder.pdf");
  g_autofree char *existing = temp_path ("existing.pdf");
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) existing_file = g_file_new_for_path (existing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_false (kin_session_report_write (project, session, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Could not write “report.pdf”: there is no folder"));
  g_clear_error (&error);

  /* A folder in the way: refused, and no temporary file left behind. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (kin_session_report_write (project, session, folder_file, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Could not write “a-folder.pdf”: "));
  g_clear_error (&error);
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_suffix (name, ".part"));
  }
  g_rmdir (folder);

  /* An earlier report is replaced whole. */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_true (kin_session_report_write (project, session, existing_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (existing);
}

static void
test_command_line (void)
{
  g_autofree char *project = temp_path ("cli.kindling");
  g_autofree char *empty = temp_path ("empty.kindling");
  g_autofree char *pdf = temp_path ("cli.pdf");
  g_autofree char *starter_arg = g_strconcat ("--starter=", project, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *png_arg = g_strconcat ("--output=", tmpdir, "/cli.png", NULL);
  g_autofree char *upper_arg = g_strconcat ("--output=", tmpdir, "/CLI.PDF", NULL);
  g_autofree char *upper_pdf = temp_path ("CLI.PDF");
  g_autofree char *text = NULL;
  char *err = NULL;
  guint pages;
  double width, height;

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { starter_arg, NULL }, NULL), ==, 0);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", out_arg, project, NULL },
                                 &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  kin_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
  text = kin_test_pdf_text (pdf);
  assert_in_order (text, (const char *[]) { "Champions group - November", "Agenda",
                                            "Marginal gains round-up", "not run", "Captures",
                                            "Nothing was captured in this session.", "Actions Action",
                                            "Share the call-back script with Income and Lettings", NULL });
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", upper_arg, project, NULL },
                                 NULL), ==, 0);
  g_assert_true (g_file_test (upper_pdf, G_FILE_TEST_IS_REGULAR));

  /* An id that is not there names those that are. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:december", out_arg, project, NULL },
                                 &err), ==, 1);
  g_assert_cmpstr (err, ==, "kindling: There is no session “december” in cli.kindling; "
                            "its session is: session-nov\n");
  g_clear_pointer (&err, g_free);

  /* Bad usage is exit status 2 with a message. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", png_arg, project, NULL },
                                 &err), ==, 2);
  g_assert_cmpstr (err, ==, "kindling: A session report is a PDF: the --output name must end in .pdf\n");
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (png_arg + strlen ("--output="), G_FILE_TEST_EXISTS));

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", project, NULL }, &err), ==, 2);
  g_assert_cmpstr (err, ==, "kindling: --export=session:ID needs --output=OUT.pdf, the report to write\n");
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session", out_arg, project, NULL }, &err), ==, 2);
  g_assert_true (g_str_has_prefix (err, "kindling: --export=session needs the id of a session"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", out_arg, NULL }, NULL), ==, 2);
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", out_arg,
                                                    "--template=avery-c32011", project, NULL }, NULL), ==, 2);

  /* Bad input is exit status 1. */
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:session-nov", out_arg,
                                                    "/nonexistent/x.kindling", NULL }, NULL), ==, 1);
  g_assert_true (g_file_set_contents (empty, "{\"format\": \"kindling\", \"version\": 1}", -1, NULL));
  g_assert_cmpint (kin_test_run_kindling ((const char *[]) { "--export=session:s", out_arg, empty, NULL }, &err), ==, 1);
  g_assert_cmpstr (err, ==, "kindling: There is no session “s”: empty.kindling has no sessions\n");
  g_clear_pointer (&err, g_free);

  g_unlink (pdf);
  g_unlink (upper_pdf);
  g_unlink (project);
  g_unlink (empty);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything reads the local time zone. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  kin_register_resource ();
  tmpdir = g_dir_make_tmp ("kin-test-session-report-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/session-report/starter", test_starter_report);
  g_test_add_func ("/session-report/long-agenda", test_long_agenda);
  g_test_add_func ("/session-report/empty-session", test_empty_session);
  g_test_add_func ("/session-report/write-failures", test_write_failures);
  g_test_add_func ("/session-report/command-line", test_command_line);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
