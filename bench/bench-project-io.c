/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-bench"

/*
 * Loading and saving a big project, against json-glib doing the bare minimum
 * with the same file.
 *
 * The benchmark writes a project of 100,000 marginal gains with realistic
 * text (about 60 MB) to a temporary directory, then runs four jobs, each
 * three times in a fresh child process so that the peak memory measured
 * (the child's ru_maxrss, read with wait4()) belongs to that job alone:
 *
 *   (a) json-glib parse: g_file_get_contents() + json_parser_load_from_data()
 *   (b) kin_project_load_file()
 *   (c) json-glib generate and write: the file parsed into a JsonNode tree,
 *       then json_generator_to_file() with pretty printing (only this timed)
 *   (d) kin_project_save_file(): the project loaded, then saved (only the
 *       save timed; it includes the fsync that makes saving safe)
 *
 * and prints the best time of each with the ratios the project aims for:
 * load <= 1.3 x parse, save <= 1.5 x generate, and peak memory while
 * loading <= 6 x the file size.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kin-model.h"
#include "kin-project-file.h"

#define N_GAINS 100000
#define RUNS 3

static const char * const words[] = {
  "tenant", "tenants", "repair", "repairs", "rent", "email", "letter", "call", "called", "back",
  "within", "working", "days", "contractor", "void", "visit", "estate", "caretaker", "neighbourhood",
  "officer", "income", "team", "support", "arrears", "appointment", "morning", "afternoon", "text",
  "reminder", "damp", "mould", "survey", "booked", "same", "day", "promise", "kept", "plain",
  "language", "owner", "what", "happens", "next", "before", "they", "had", "to", "chase", "us",
  "complaint", "acknowledged", "five", "the", "a", "and", "now", "we", "our", "their", "with",
  "for", "every", "first", "time", "fixed", "explained", "clearly", "named", "contact", "who",
  "listens", "respect", "fair", "kind", "quick", "simple", "update", "weekly", "shared", "others",
};

static const char * const teams[] = {
  "Repairs & Maintenance", "Income", "Neighbourhoods", "Customer Contact Centre", "Lettings", "Tenancy Support",
};

static const char * const people[] = { "Zoë K.", "Sam P.", "Priya D.", "Tom W.", "Aisha R.", "Gareth L." };

static char *
sentence (GRand *rand,
          int    min_words,
          int    max_words)
{
  GString *text = g_string_new (NULL);
  int n = g_rand_int_range (rand, min_words, max_words + 1);

  for (int i = 0; i < n; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word);
    }
  if (text->len > 0)
    text->str[0] = g_ascii_toupper (text->str[0]);
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static KinProject *
make_project (void)
{
  static const char * const principle_ids[] = { "p-equality", "p-respect", "p-commitment", "p-understanding" };
  static const char * const standard_ids[] = { "std-phone", "std-email", "std-letter" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  KinProject *project = kin_project_new ();
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_object_unref);

  kin_project_set_title (project, "Customer culture programme");
  kin_project_set_organisation (project, "Brookfield Homes");

  for (guint i = 0; i < G_N_ELEMENTS (principle_ids); i++)
    {
      g_autoptr(KinPrinciple) principle = g_object_new (KIN_TYPE_PRINCIPLE, "id", principle_ids[i], NULL);

      kin_principle_set_name (principle, principle_ids[i] + 2);
      g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
    }
  for (guint i = 0; i < G_N_ELEMENTS (standard_ids); i++)
    {
      g_autoptr(KinStandard) standard = g_object_new (KIN_TYPE_STANDARD, "id", standard_ids[i], NULL);

      g_list_store_append (G_LIST_STORE (kin_project_get_standards (project)), standard);
    }

  for (guint i = 0; i < N_GAINS; i++)
    {
      g_autofree char *id = g_strdup_printf ("gain-%06u", i);
      g_autofree char *date = g_strdup_printf ("2026-%02d-%02d", g_rand_int_range (rand, 1, 13),
                                               g_rand_int_range (rand, 1, 29));
      g_autofree char *stamp = g_strdup_printf ("%sT%02d:%02d:00Z", date, g_rand_int_range (rand, 8, 18),
                                                g_rand_int_range (rand, 0, 60));
      g_autofree char *title = sentence (rand, 3, 8);
      g_autofree char *before = sentence (rand, 4, 10);
      g_autofree char *change = sentence (rand, 5, 12);
      g_autofree char *evidence = sentence (rand, 2, 7);
      const char *principles[] = { principle_ids[i % 4], principle_ids[(i + 1) % 4], NULL };
      const char *standards[] = { standard_ids[i % 3], NULL };
      const char *tsm[] = { "TP01", "TP06", NULL };
      KinGain *gain = g_object_new (KIN_TYPE_GAIN, "id", id, NULL);

      kin_gain_set_date (gain, date);
      kin_gain_set_title (gain, title);
      kin_gain_set_team (gain, teams[g_rand_int_range (rand, 0, G_N_ELEMENTS (teams))]);
      kin_gain_set_who (gain, people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))]);
      kin_gain_set_before (gain, before);
      kin_gain_set_change (gain, change);
      kin_gain_set_principles (gain, principles + (i % 3 == 0 ? 1 : 0));
      kin_gain_set_standards (gain, standards + (i % 2));
      kin_gain_set_tsm (gain, tsm + (i % 3));
      kin_gain_set_impact (gain, g_rand_int_range (rand, 1, 6));
      kin_gain_set_effort (gain, g_rand_int_range (rand, 0, 3));
      kin_gain_set_evidence (gain, evidence);
      kin_gain_set_status (gain, g_rand_int_range (rand, 0, 5));
      kin_gain_set_created (gain, stamp);
      kin_gain_set_modified (gain, stamp);
      g_ptr_array_add (gains, gain);
    }

  g_list_store_splice (G_LIST_STORE (kin_project_get_gains (project)), 0, 0, gains->pdata, gains->len);

  return project;
}

/* Child side: one job, timing only the operation itself. */
static int
run_job (const char *job,
         const char *path,
         const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start = 0;
  gint64 end = 0;
  gboolean ok = FALSE;

  if (strcmp (job, "parse") == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      char *contents;
      gsize length;

      start = g_get_monotonic_time ();
      ok = g_file_get_contents (path, &contents, &length, &error) &&
           json_parser_load_from_data (parser, contents, length, &error);
      end = g_get_monotonic_time ();
    }
  else if (strcmp (job, "load") == 0)
    {
      KinProject *project;

      start = g_get_monotonic_time ();
      project = kin_project_load_file (file, NULL, NULL, &error);
      end = g_get_monotonic_time ();
      ok = project != NULL;
    }
  else if (strcmp (job, "generate") == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();

      if (json_parser_load_from_mapped_file (parser, path, &error))
        {
          json_generator_set_pretty (generator, TRUE);
          json_generator_set_indent (generator, 2);
          json_generator_set_root (generator, json_parser_get_root (parser));
          start = g_get_monotonic_time ();
          ok = json_generator_to_file (generator, out, &error);
          end = g_get_monotonic_time ();
        }
    }
  else if (strcmp (job, "save") == 0)
    {
      KinProject *project = kin_project_load_file (file, NULL, NULL, &error);
      g_autoptr(GFile) out_file = g_file_new_for_path (out);

      if (project != NULL)
        {
          start = g_get_monotonic_time ();
          ok = kin_project_save_file (project, out_file, NULL, &error);
          end = g_get_monotonic_time ();
        }
    }

  if (!ok)
    {
      g_printerr ("%s failed: %s\n", job, error != NULL ? error->message : "unknown job");
      return 1;
    }

  printf ("%.3f\n", (end - start) / 1000.0);
  return 0;
}

typedef struct
{
  const char *name;
  const char *label;
  double      best_ms;
  double      peak_mb;
} Job;

/* Parent side: runs one job in a fresh process and reads its time and its
 * peak resident memory. */
static gboolean
spawn_job (const char *self,
           Job        *job,
           const char *path,
           const char *out)
{
  const char *argv[] = { self, "--job", job->name, path, out, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int out_fd;
  char buffer[64] = { 0 };
  gsize used = 0;
  struct rusage usage;
  int status;
  double ms;

  g_unlink (out);
  {
    g_autofree char *backup = g_strconcat (out, "~", NULL);

    g_unlink (backup);
  }

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("Could not run %s: %s\n", job->name, error->message);
      return FALSE;
    }

  for (;;)
    {
      ssize_t n = read (out_fd, buffer + used, sizeof buffer - 1 - used);

      if (n <= 0)
        break;
      used += n;
    }
  close (out_fd);

  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return FALSE;

  ms = g_ascii_strtod (buffer, NULL);
  job->best_ms = job->best_ms == 0 ? ms : MIN (job->best_ms, ms);
  /* ru_maxrss is in kilobytes on Linux. */
  job->peak_mb = job->peak_mb == 0 ? usage.ru_maxrss / 1024.0 : MIN (job->peak_mb, usage.ru_maxrss / 1024.0);

  return TRUE;
}

static const char *
verdict (double value,
         double target)
{
  return value <= target ? "PASS" : "MISS";
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  GStatBuf st;
  double file_mb;
  gint64 start;
  Job jobs[] = {
    { "parse", "(a) json-glib parse", 0, 0 },
    { "load", "(b) kin_project_load_file", 0, 0 },
    { "generate", "(c) json-glib generate + write", 0, 0 },
    { "save", "(d) kin_project_save_file", 0, 0 },
  };

  if (argc == 5 && strcmp (argv[1], "--job") == 0)
    return run_job (argv[2], argv[3], argv[4]);

  self = g_file_read_link ("/proc/self/exe", &error);
  if (self == NULL)
    self = g_strdup (argv[0]);
  g_clear_error (&error);

  dir = g_dir_make_tmp ("kindling-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "big.kindling", NULL);
  out = g_build_filename (dir, "out.kindling", NULL);

  start = g_get_monotonic_time ();
  project = make_project ();
  file = g_file_new_for_path (path);
  if (!kin_project_save_file (project, file, NULL, &error))
    {
      g_printerr ("Could not write the project: %s\n", error->message);
      return 1;
    }
  g_clear_object (&project);
  g_stat (path, &st);
  file_mb = st.st_size / (1024.0 * 1024.0);

  printf ("Project file: %.1f MB, %d gains (made and written in %.1f s)\n",
          file_mb, N_GAINS, (g_get_monotonic_time () - start) / 1e6);
  printf ("Each job: best of %d runs, each in a fresh process; peak = ru_maxrss of that process.\n", RUNS);
  printf ("(a) reads the file with g_file_get_contents() and parses it with json_parser_load_from_data().\n\n");

  for (int run = 0; run < RUNS; run++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
        {
          if (!spawn_job (self, &jobs[j], path, out))
            {
              g_printerr ("Job %s failed\n", jobs[j].name);
              return 1;
            }
        }
    }

  printf ("%-34s %10s %10s\n", "job", "best ms", "peak MB");
  for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
    printf ("%-34s %10.0f %10.0f\n", jobs[j].label, jobs[j].best_ms, jobs[j].peak_mb);
  printf ("\n");

  {
    double load_ratio = jobs[1].best_ms / jobs[0].best_ms;
    double save_ratio = jobs[3].best_ms / jobs[2].best_ms;
    double memory_ratio = jobs[1].peak_mb / file_mb;

    printf ("%-34s %6.2fx  (target <= 1.3x)  %s\n", "load / parse", load_ratio, verdict (load_ratio, 1.3));
    printf ("%-34s %6.2fx  (target <= 1.5x)  %s\n", "save / generate", save_ratio, verdict (save_ratio, 1.5));
    printf ("%-34s %6.2fx  (target <= 6x)    %s\n", "peak memory while loading / file",
            memory_ratio, verdict (memory_ratio, 6.0));
  }

  g_unlink (out);
  {
    g_autofree char *backup = g_strconcat (out, "~", NULL);

    g_unlink (backup);
  }
  g_unlink (path);
  g_rmdir (dir);

  return 0;
}
