/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include "kin-io-error.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"

#define HEAD "{\"format\": \"kindling\", \"version\": 1, "

/* A session starting at @start with one item per entry of @minutes (ended
 * by -1). */
static KinSession *
make_session (const char *start,
              const int  *minutes)
{
  KinSession *session = kin_session_new ();

  kin_session_set_start (session, start);
  for (guint i = 0; minutes[i] >= 0; i++)
    {
      g_autoptr(KinAgendaItem) item = kin_agenda_item_new ();

      kin_agenda_item_set_minutes (item, minutes[i]);
      g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);
    }

  return session;
}

static void
test_hhmm_parse (void)
{
  g_assert_cmpint (kin_hhmm_parse ("00:00"), ==, 0);
  g_assert_cmpint (kin_hhmm_parse ("09:30"), ==, 570);
  g_assert_cmpint (kin_hhmm_parse ("23:59"), ==, 1439);
  g_assert_cmpint (kin_hhmm_parse ("12:05"), ==, 725);

  /* Only the strict form the file uses. */
  g_assert_cmpint (kin_hhmm_parse ("24:00"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("12:60"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("7:5"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("07:5"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("7:05"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("07:05 "), ==, -1);
  g_assert_cmpint (kin_hhmm_parse (" 07:05"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("07.05"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("-1:00"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse ("ab:cd"), ==, -1);
  g_assert_cmpint (kin_hhmm_parse (""), ==, -1);
  g_assert_cmpint (kin_hhmm_parse (NULL), ==, -1);
}

static void
assert_format (int         minutes,
               const char *expected)
{
  g_autofree char *text = kin_hhmm_format (minutes);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_hhmm_format (void)
{
  assert_format (0, "00:00");
  assert_format (5, "00:05");
  assert_format (570, "09:30");
  assert_format (1439, "23:59");

  /* Past midnight, times wrap into the next day... */
  assert_format (1440, "00:00");
  assert_format (1455, "00:15");
  assert_format (2 * 1440 + 61, "01:01");
  /* ...and before it, into the day before. */
  assert_format (-1, "23:59");
  assert_format (-30, "23:30");
  assert_format (-1440, "00:00");
  assert_format (-1441, "23:59");
  assert_format (G_MAXINT, "02:07");
  assert_format (G_MININT, "21:52");

  /* Whatever it writes, it reads back. */
  for (int m = -3000; m < 3000; m += 7)
    {
      g_autofree char *text = kin_hhmm_format (m);

      g_assert_cmpint (kin_hhmm_parse (text), ==, ((m % 1440) + 1440) % 1440);
    }
}

static void
test_schedule (void)
{
  static const int minutes[] = { 10, 45, 5, -1 };
  g_autoptr(KinSession) session = make_session ("09:30", minutes);

  g_assert_cmpint (kin_session_get_total_minutes (session), ==, 60);
  g_assert_cmpint (kin_session_get_item_start (session, 0), ==, 570);
  g_assert_cmpint (kin_session_get_item_start (session, 1), ==, 580);
  g_assert_cmpint (kin_session_get_item_start (session, 2), ==, 625);
  /* One past the last item is where the agenda ends. */
  g_assert_cmpint (kin_session_get_item_start (session, 3), ==, 630);
  g_assert_cmpint (kin_session_get_item_start (session, 4), ==, -1);
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 630);
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);

  /* Times follow edits of the agenda. */
  {
    g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (session), 0);

    kin_agenda_item_set_minutes (item, 20);
  }
  g_assert_cmpint (kin_session_get_item_start (session, 2), ==, 635);
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 640);
  g_assert_cmpint (kin_session_get_total_minutes (session), ==, 70);
}

static void
test_empty_agenda (void)
{
  static const int none[] = { -1 };
  g_autoptr(KinSession) session = make_session ("14:00", none);

  g_assert_cmpint (kin_session_get_total_minutes (session), ==, 0);
  g_assert_cmpint (kin_session_get_item_start (session, 0), ==, 840);
  g_assert_cmpint (kin_session_get_item_start (session, 1), ==, -1);
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 840);

  kin_session_set_end (session, "14:00");
  /* An end equal to the start is the next day: an empty agenda fits. */
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
}

static void
test_midnight (void)
{
  static const int minutes[] = { 20, 30, -1 };
  g_autoptr(KinSession) session = make_session ("23:30", minutes);
  g_autofree char *second = NULL;
  g_autofree char *end = NULL;

  g_assert_cmpint (kin_session_get_item_start (session, 0), ==, 1410);
  g_assert_cmpint (kin_session_get_item_start (session, 1), ==, 1430);
  /* Not wrapped: 00:20 on the next day. */
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 1460);
  g_assert_cmpint (kin_session_get_total_minutes (session), ==, 50);

  second = kin_hhmm_format (kin_session_get_item_start (session, 1));
  end = kin_hhmm_format (kin_session_get_end_minutes (session));
  g_assert_cmpstr (second, ==, "23:50");
  g_assert_cmpstr (end, ==, "00:20");

  /* An end of 00:10 is on the next day: ten minutes over. */
  kin_session_set_end (session, "00:10");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 10);
  kin_session_set_end (session, "00:20");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  kin_session_set_end (session, "00:30");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  /* 23:45 is after the start, so the same evening: 35 minutes over. */
  kin_session_set_end (session, "23:45");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 35);
}

static void
test_zero_minute_items (void)
{
  static const int minutes[] = { 0, 15, 0, 0, 10, 0, -1 };
  g_autoptr(KinSession) session = make_session ("10:00", minutes);

  /* A zero-minute item starts where the next one starts. */
  g_assert_cmpint (kin_session_get_item_start (session, 0), ==, 600);
  g_assert_cmpint (kin_session_get_item_start (session, 1), ==, 600);
  g_assert_cmpint (kin_session_get_item_start (session, 2), ==, 615);
  g_assert_cmpint (kin_session_get_item_start (session, 3), ==, 615);
  g_assert_cmpint (kin_session_get_item_start (session, 4), ==, 615);
  /* The last one starts where the agenda ends. */
  g_assert_cmpint (kin_session_get_item_start (session, 5), ==, 625);
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 625);
  g_assert_cmpint (kin_session_get_total_minutes (session), ==, 25);
}

static void
test_invalid_start (void)
{
  static const int minutes[] = { 30, 30, -1 };
  static const char *starts[] = { "", "24:00", "9:30", "noon", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr(KinSession) session = make_session (starts[i], minutes);

      g_test_message ("start \"%s\"", starts[i] ? starts[i] : "(null)");
      kin_session_set_end (session, "10:00");
      /* The duration does not need a start... */
      g_assert_cmpint (kin_session_get_total_minutes (session), ==, 60);
      /* ...but times of day do. */
      g_assert_cmpint (kin_session_get_item_start (session, 0), ==, -1);
      g_assert_cmpint (kin_session_get_item_start (session, 1), ==, -1);
      g_assert_cmpint (kin_session_get_end_minutes (session), ==, -1);
      g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
    }
}

static void
test_overrun (void)
{
  static const int minutes[] = { 60, 45, 30, -1 };
  g_autoptr(KinSession) session = make_session ("09:00", minutes);

  /* Ends at 11:15. Without an end there is nothing to overrun. */
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 675);
  g_assert_null (kin_session_get_end (session));
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);

  kin_session_set_end (session, "11:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 15);
  kin_session_set_end (session, "11:15");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  kin_session_set_end (session, "12:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);

  /* An end before the start is on the next day, so there is room. */
  kin_session_set_end (session, "08:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  /* Equal to the start: a whole day. */
  kin_session_set_end (session, "09:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);

  /* An end that is not a time is no end. */
  kin_session_set_end (session, "soon");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);

  kin_session_set_end (session, "");
  g_assert_null (kin_session_get_end (session));
}

static void
test_end_next_day (void)
{
  static const int minutes[] = { 600, 300, -1 };
  g_autoptr(KinSession) session = make_session ("20:00", minutes);

  /* 20:00 + 15 hours = 11:00 the next day. */
  g_assert_cmpint (kin_session_get_end_minutes (session), ==, 1440 + 660);

  kin_session_set_end (session, "06:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 300);
  kin_session_set_end (session, "11:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  kin_session_set_end (session, "19:59");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 0);
  kin_session_set_end (session, "02:00");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 540);
  /* After the start, so the same evening: almost fifteen hours over. */
  kin_session_set_end (session, "20:01");
  g_assert_cmpint (kin_session_get_overrun_minutes (session), ==, 1440 + 660 - 1201);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_end_property (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinSession) session = kin_session_new ();
  guint notifies = 0;

  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  g_signal_connect (session, "notify::end", G_CALLBACK (notify_count_cb), &notifies);

  kin_session_set_end (session, "17:00");
  g_assert_cmpstr (kin_session_get_end (session), ==, "17:00");
  g_assert_cmpuint (notifies, ==, 1);
  kin_session_set_end (session, "17:00");
  g_assert_cmpuint (notifies, ==, 1);
  kin_session_set_end (session, NULL);
  g_assert_cmpuint (notifies, ==, 2);
  kin_session_set_end (session, "");
  g_assert_cmpuint (notifies, ==, 2);

  /* An edit through the project can be undone. */
  kin_project_set (project, session, "end", "16:30", NULL);
  g_assert_cmpstr (kin_session_get_end (session), ==, "16:30");
  g_assert_true (kin_project_undo (project));
  g_assert_null (kin_session_get_end (session));
  g_assert_true (kin_project_redo (project));
  g_assert_cmpstr (kin_session_get_end (session), ==, "16:30");
}

static KinProject *
reload (KinProject *project,
        char      **json_out)
{
  g_autoptr(GBytes) bytes = kin_project_write_bytes (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  KinProject *loaded;

  loaded = kin_project_read_bytes (bytes, "test.kindling", &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (warnings->len, ==, 0);

  if (json_out != NULL)
    *json_out = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return loaded;
}

static KinSession *
first_session (KinProject *project)
{
  g_autoptr(KinSession) session = g_list_model_get_item (kin_project_get_sessions (project), 0);

  /* The project keeps it alive. */
  return session;
}

static void
test_end_round_trip (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinSession) session = g_object_new (KIN_TYPE_SESSION, "id", "s1", NULL);
  g_autoptr(KinProject) with_end = NULL;
  g_autoptr(KinProject) without_end = NULL;
  g_autofree char *json_with = NULL;
  g_autofree char *json_without = NULL;

  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  kin_session_set_start (session, "18:00");
  kin_session_set_end (session, "01:30");

  with_end = reload (project, &json_with);
  g_assert_nonnull (strstr (json_with, "\"end\": \"01:30\""));
  g_assert_cmpstr (kin_session_get_end (first_session (with_end)), ==, "01:30");
  g_assert_cmpstr (kin_session_get_start (first_session (with_end)), ==, "18:00");

  /* No end is written as null and read back as none. */
  kin_session_set_end (session, NULL);
  without_end = reload (project, &json_without);
  g_assert_nonnull (strstr (json_without, "\"end\": null"));
  g_assert_null (kin_session_get_end (first_session (without_end)));
}

static KinProject *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return kin_project_read_bytes (bytes, "test.kindling", NULL, error);
}

static void
test_end_load (void)
{
  static const struct
  {
    const char *json;
    const char *end;
  } good[] = {
    /* Files written before there was an end load with none. */
    { HEAD "\"sessions\": [{\"id\": \"s\", \"start\": \"09:00\"}]}", NULL },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"end\": null}]}", NULL },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"end\": \"\"}]}", NULL },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"end\": \"23:59\"}]}", "23:59" },
  };
  static const struct
  {
    const char *json;
    const char *message;
  } bad[] = {
    { HEAD "\"sessions\": [{\"id\": \"s\", \"end\": \"24:00\"}]}",
      "test.kindling: sessions[0].end: expected a time of day written as HH:MM, such as \"10:00\", got \"24:00\"" },
    { HEAD "\"sessions\": [{\"id\": \"s\"}, {\"id\": \"t\", \"end\": \"5pm\"}]}",
      "test.kindling: sessions[1].end: expected a time of day written as HH:MM, such as \"10:00\", got \"5pm\"" },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"end\": 1700}]}",
      "test.kindling: sessions[0].end: expected a time of day written as HH:MM, such as \"10:00\", got 1700" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KinProject) project = load_string (good[i].json, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (kin_session_get_end (first_session (project)), ==, good[i].end);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KinProject) project = load_string (bad[i].json, &error);

      g_assert_null (project);
      g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_SHAPE);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

static KinAgendaItem *
first_item (KinProject *project)
{
  g_autoptr(KinAgendaItem) item = g_list_model_get_item (kin_session_get_agenda (first_session (project)), 0);

  return item;
}

static void
test_actual_times (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinSession) session = kin_session_new ();
  g_autoptr(KinAgendaItem) item = kin_agenda_item_new ();
  g_autoptr(KinAgendaItem) never = kin_agenda_item_new ();
  g_autoptr(KinProject) loaded = NULL;
  g_autofree char *json = NULL;
  g_autoptr(KinAgendaItem) loaded_never = NULL;

  g_assert_null (kin_agenda_item_get_actual_start (item));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (item), ==, -1);

  g_list_store_append (G_LIST_STORE (kin_project_get_sessions (project)), session);
  g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), item);
  g_list_store_append (G_LIST_STORE (kin_session_get_agenda (session)), never);
  kin_agenda_item_set_actual_start (item, "2026-11-22T10:15:00Z");
  kin_agenda_item_set_actual_seconds (item, 754);
  /* Below -1 means nothing more than "never". */
  kin_agenda_item_set_actual_seconds (never, -20);
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (never), ==, -1);
  kin_agenda_item_set_actual_start (never, "");
  g_assert_null (kin_agenda_item_get_actual_start (never));

  loaded = reload (project, &json);
  g_assert_nonnull (strstr (json, "\"actual_start\": \"2026-11-22T10:15:00Z\""));
  g_assert_nonnull (strstr (json, "\"actual_seconds\": 754"));
  g_assert_nonnull (strstr (json, "\"actual_start\": null"));
  g_assert_nonnull (strstr (json, "\"actual_seconds\": -1"));
  g_assert_cmpstr (kin_agenda_item_get_actual_start (first_item (loaded)), ==, "2026-11-22T10:15:00Z");
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (first_item (loaded)), ==, 754);
  loaded_never = g_list_model_get_item (kin_session_get_agenda (first_session (loaded)), 1);
  g_assert_null (kin_agenda_item_get_actual_start (loaded_never));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (loaded_never), ==, -1);
}

static void
test_actual_load (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } bad[] = {
    { HEAD "\"sessions\": [{\"id\": \"s\", \"agenda\": [{\"id\": \"i\", \"actual_start\": \"10:15\"}]}]}",
      "test.kindling: sessions[0].agenda[0].actual_start: expected a UTC time written as "
      "YYYY-MM-DDTHH:MM:SSZ, such as \"2026-11-22T10:15:00Z\", got \"10:15\"" },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"agenda\": [{\"id\": \"i\", \"actual_seconds\": -2}]}]}",
      "test.kindling: sessions[0].agenda[0].actual_seconds: expected an integer of -1 or more, got -2" },
    { HEAD "\"sessions\": [{\"id\": \"s\", \"agenda\": [{\"id\": \"i\", \"actual_seconds\": \"5\"}]}]}",
      "test.kindling: sessions[0].agenda[0].actual_seconds: expected an integer of -1 or more, got \"5\"" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KinProject) older = NULL;

  /* Files written before these fields existed load with no times. */
  older = load_string (HEAD "\"sessions\": [{\"id\": \"s\", \"agenda\": [{\"id\": \"i\", \"minutes\": 5}]}]}",
                       &error);
  g_assert_no_error (error);
  g_assert_null (kin_agenda_item_get_actual_start (first_item (older)));
  g_assert_cmpint (kin_agenda_item_get_actual_seconds (first_item (older)), ==, -1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(KinProject) project = load_string (bad[i].json, &bad_error);

      g_assert_null (project);
      g_assert_error (bad_error, KIN_IO_ERROR, KIN_IO_ERROR_SHAPE);
      g_assert_cmpstr (bad_error->message, ==, bad[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/hhmm/parse", test_hhmm_parse);
  g_test_add_func ("/agenda/hhmm/format", test_hhmm_format);
  g_test_add_func ("/agenda/schedule", test_schedule);
  g_test_add_func ("/agenda/empty", test_empty_agenda);
  g_test_add_func ("/agenda/midnight", test_midnight);
  g_test_add_func ("/agenda/zero-minute-items", test_zero_minute_items);
  g_test_add_func ("/agenda/invalid-start", test_invalid_start);
  g_test_add_func ("/agenda/overrun", test_overrun);
  g_test_add_func ("/agenda/end-next-day", test_end_next_day);
  g_test_add_func ("/agenda/end/property", test_end_property);
  g_test_add_func ("/agenda/end/round-trip", test_end_round_trip);
  g_test_add_func ("/agenda/end/load", test_end_load);
  g_test_add_func ("/agenda/actual/round-trip", test_actual_times);
  g_test_add_func ("/agenda/actual/load", test_actual_load);

  return g_test_run ();
}
