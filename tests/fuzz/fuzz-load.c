/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-fuzz"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <json-glib/json-glib.h>

#include "kin-json-guard.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-reader-private.h"

/*
 * libFuzzer target for the project loader: any input must give a project
 * or an error, never a crash, a hang, unbounded memory or a critical
 * warning. Anything accepted is also written out and read back, which must
 * succeed, so the writer is fuzzed with whatever the reader lets through.
 *
 * The guard pass exists to keep json-glib away from input it mishandles,
 * so the target also checks that json-glib parses everything the guard
 * lets through: a difference means the guard has a gap.
 */

static void
check_guard_agrees (const uint8_t *data,
                    size_t         size)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  gsize offset;

  if (!kin_json_guard_check ((const char *) data, size, "fuzz.kindling", &offset, NULL, NULL))
    return;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, (const char *) data + offset, size - offset, &error))
    {
      g_printerr ("the guard accepted what json-glib refuses: %s\n", error->message);
      abort ();
    }
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  /* Criticals and warnings are bugs too: make them crash so they are found. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  check_guard_agrees (data, size);

  project = kin_project_read_bytes (bytes, "fuzz.kindling", &warnings, &error);

  /* The same file read without streaming must be accepted or refused alike. */
  {
    g_autoptr(KinProject) unstreamed = NULL;
    g_autoptr(GError) unstreamed_error = NULL;

    kin_project_reader_set_streaming (FALSE);
    unstreamed = kin_project_read_bytes (bytes, "fuzz.kindling", NULL, &unstreamed_error);
    kin_project_reader_set_streaming (TRUE);

    if ((project == NULL) != (unstreamed == NULL))
      {
        g_printerr ("streaming changed the outcome: %s / %s\n",
                    error != NULL ? error->message : "loaded",
                    unstreamed_error != NULL ? unstreamed_error->message : "loaded");
        abort ();
      }
  }

  if (project == NULL)
    {
      if (error == NULL)
        abort ();
      return 0;
    }

  {
    g_autoptr(GBytes) written = kin_project_write_bytes (project);
    g_autoptr(KinProject) again = NULL;
    g_autoptr(GBytes) rewritten = NULL;
    g_autoptr(GError) again_error = NULL;

    again = kin_project_read_bytes (written, "fuzz-again.kindling", NULL, &again_error);
    if (again == NULL)
      {
        g_printerr ("accepted input does not read back after writing: %s\n", again_error->message);
        abort ();
      }

    rewritten = kin_project_write_bytes (again);
    if (!g_bytes_equal (written, rewritten))
      {
        g_printerr ("writing the project read back gave different text\n");
        abort ();
      }

    /* What was written has every member, defaults included (a file that
     * leaves out "modified" gets the time of loading), so reading it with
     * and without streaming must give exactly the same project. */
    {
      g_autoptr(KinProject) unstreamed = NULL;
      g_autoptr(GBytes) unstreamed_text = NULL;

      kin_project_reader_set_streaming (FALSE);
      unstreamed = kin_project_read_bytes (written, "fuzz-again.kindling", NULL, NULL);
      kin_project_reader_set_streaming (TRUE);

      unstreamed_text = unstreamed != NULL ? kin_project_write_bytes (unstreamed) : NULL;
      if (unstreamed_text == NULL || !g_bytes_equal (written, unstreamed_text))
        {
          g_printerr ("streaming changed the project\n");
          abort ();
        }
    }
  }

  return 0;
}
