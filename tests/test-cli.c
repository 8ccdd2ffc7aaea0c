/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

/*
 * Runs the built kindling binary (KINDLING_BIN) the way a script would,
 * with no display, and checks its output and exit status: 0 for success,
 * 1 for bad input, 2 for bad usage.
 */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_kindling (Run        *run,
              const char *first_arg,
              ...)
{
  const char *bin = g_getenv ("KINDLING_BIN");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer) bin);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* The command line must work with no display at all. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kindling-test-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir_path);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_kindling (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "kindling " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_starter_and_check (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "starter.kindling", NULL);
  g_autofree char *arg = g_strconcat ("--starter=", path, NULL);
  g_auto(Run) starter = { 0 };
  g_auto(Run) check = { 0 };
  g_auto(GStrv) lines = NULL;

  run_kindling (&starter, arg, NULL);
  g_assert_cmpstr (starter.err, ==, "");
  g_assert_cmpint (starter.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  run_kindling (&check, "--check", path, NULL);
  g_assert_cmpstr (check.err, ==, "");
  g_assert_cmpint (check.status, ==, 0);

  lines = g_strsplit (check.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 15);
  g_assert_true (g_str_has_prefix (lines[0], "Title: "));
  g_assert_cmpstr (lines[0], !=, "Title: ");
  g_assert_true (g_str_has_prefix (lines[1], "Organisation: "));
  g_assert_cmpstr (lines[2], ==, "principles: 7");
  g_assert_true (g_str_has_prefix (lines[3], "standards: "));
  g_assert_true (g_str_has_prefix (lines[4], "decks: 1 ("));
  g_assert_true (g_str_has_suffix (lines[4], " cards)"));
  /* Under decks, boards and sessions, the IDs the exports take. */
  g_assert_true (g_str_has_prefix (lines[5], "  deck-principles: "));
  g_assert_true (g_str_has_prefix (lines[6], "boards: 1 ("));
  g_assert_true (g_str_has_suffix (lines[6], " notes)"));
  g_assert_cmpstr (lines[7], ==, "  board-vision: Customer culture in a year");
  g_assert_true (g_str_has_prefix (lines[8], "assessments: 1 ("));
  g_assert_true (g_str_has_suffix (lines[8], " teams)"));
  g_assert_cmpstr (lines[9], ==, "journeys: 1");
  g_assert_true (g_str_has_prefix (lines[10], "gains: "));
  g_assert_cmpstr (lines[11], ==, "sessions: 1");
  g_assert_cmpstr (lines[12], ==, "  session-nov: Champions group - November");
  g_assert_cmpstr (lines[13], ==, "assets: 7");
  g_assert_cmpstr (lines[14], ==, "");

  remove_dir (dir);
}

static void
test_check_errors_and_warnings (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *bad = write_file (dir, "bad.kindling", "{\n  \"format\": \"kindling\",\n  \"version\": 1,,\n}\n");
  g_autofree char *newer = write_file (dir, "newer.kindling", "{\"format\": \"kindling\", \"version\": 3}");
  g_autofree char *dangling = write_file (dir, "dangling.kindling",
                                          "{\"format\": \"kindling\", \"version\": 1, \"title\": \"Zoë’s\","
                                          " \"gains\": [{\"id\": \"g\", \"principles\": [\"p-x\"]}]}");
  g_autofree char *missing = g_build_filename (dir, "missing.kindling", NULL);
  g_auto(Run) run_bad = { 0 };
  g_auto(Run) run_newer = { 0 };
  g_auto(Run) run_dangling = { 0 };
  g_auto(Run) run_missing = { 0 };

  run_kindling (&run_bad, "--check", bad, NULL);
  g_assert_cmpint (run_bad.status, ==, 1);
  g_assert_cmpstr (run_bad.out, ==, "");
  g_assert_cmpstr (run_bad.err, ==, "kindling: bad.kindling:3:16: unexpected character ','; "
                                    "expected a member name in double quotes\n");

  run_kindling (&run_newer, "--check", newer, NULL);
  g_assert_cmpint (run_newer.status, ==, 1);
  g_assert_cmpstr (run_newer.err, ==, "kindling: newer.kindling was saved by a newer Kindling "
                                      "(file format version 3); this version reads up to version 1\n");

  run_kindling (&run_dangling, "--check", dangling, NULL);
  g_assert_cmpint (run_dangling.status, ==, 0);
  g_assert_true (g_str_has_prefix (run_dangling.out, "Title: Zoë’s\n"));
  g_assert_true (g_str_has_suffix (run_dangling.out,
                                   "gains: 1\nsessions: 0\nassets: 0\n"
                                   "warning: gains[0].principles[0]: no principle with id \"p-x\"; removed\n"));

  run_kindling (&run_missing, "--check", missing, NULL);
  g_assert_cmpint (run_missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (run_missing.err, "kindling: "));
  g_assert_nonnull (strstr (run_missing.err, "missing.kindling"));

  remove_dir (dir);
}

static void
test_save_as (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *in = write_file (dir, "in.kindling",
                                    "{\"format\": \"kindling\", \"version\": 1, \"title\": \"Saved\"}");
  g_autofree char *out = g_build_filename (dir, "out.kindling", NULL);
  g_autofree char *backup = g_strconcat (out, "~", NULL);
  g_autofree char *newer = write_file (dir, "newer.kindling", "{\"format\": \"kindling\", \"version\": 2}");
  g_autofree char *out_arg = g_strconcat ("--save-as=", out, NULL);
  g_autofree char *newer_arg = g_strconcat ("--save-as=", newer, NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_auto(Run) refused = { 0 };

  run_kindling (&first, out_arg, in, NULL);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"kindling\",\n  \"version\": 1,\n  \"title\": \"Saved\","));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Saving again keeps the previous file as a backup. */
  run_kindling (&second, out_arg, in, NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  /* A file from a newer version is never overwritten. */
  run_kindling (&refused, newer_arg, in, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_true (g_str_has_prefix (refused.err, "kindling: newer.kindling was saved by a newer Kindling "
                                                "(file format version 2)"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (newer, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"format\": \"kindling\", \"version\": 2}");

  remove_dir (dir);
}

static void
test_usage_errors (void)
{
  static const struct
  {
    const char *args[4];
    const char *message;
  } cases[] = {
    { { "--check", NULL }, "kindling: --check needs exactly one project file, as in: kindling --check FILE\n" },
    { { "--check", "a.kindling", "b.kindling", NULL },
      "kindling: --check needs exactly one project file, as in: kindling --check FILE\n" },
    { { "--save-as=out.kindling", NULL },
      "kindling: --save-as needs exactly one project file to read, as in: kindling --save-as=OUT FILE\n" },
    { { "--starter=out.kindling", "extra.kindling", NULL },
      "kindling: --starter takes no other file, as in: kindling --starter=OUT\n" },
    { { "--check", "--starter=out.kindling", "a.kindling", NULL },
      "kindling: --check, --save-as, --starter, --export, --import-gains and --version cannot be "
      "combined; use one at a time\n" },
    { { "--output=out.pdf", "a.kindling", NULL }, "kindling: --output and --template only go with --export\n" },
    { { "--export=journey:map", "--output=out.pdf", "a.kindling", NULL },
      "kindling: --export=journey:map is not available in this version; it exports cards, gains, "
      "board:ID and session:ID\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_kindling (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, ==, cases[i].message);
      g_assert_cmpstr (run.out, ==, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/starter-and-check", test_starter_and_check);
  g_test_add_func ("/cli/check-errors-and-warnings", test_check_errors_and_warnings);
  g_test_add_func ("/cli/save-as", test_save_as);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);

  return g_test_run ();
}
