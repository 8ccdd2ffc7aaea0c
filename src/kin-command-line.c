/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-command.h"
#include "kin-cards-command.h"
#include "kin-command-line.h"
#include "kin-gains-cli.h"
#include "kin-io-error.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-reader.h"
#include "kin-session-command.h"

/*
 * The command-line modes that work without a display (--check, --save-as,
 * --starter, --version), run from handle-local-options before GTK starts.
 * Nothing here may touch GTK: comms staff script these, and the tests run
 * them with no display at all.
 *
 * Exit statuses: 0 success, 1 bad input (a file that cannot be read or
 * saved), 2 bad usage. Problems go to stderr, one line each, prefixed with
 * "kindling: ".
 */

enum
{
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_BAD_USAGE = 2,
};

#define STARTER_RESOURCE RESOURCE_PATH "/starter/starter.kindling"

static void
print_problem (const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
}

static int G_GNUC_PRINTF (1, 2)
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_problem (message);
  return EXIT_BAD_USAGE;
}

static int
input_error (const GError *error)
{
  print_problem (error->message);
  return EXIT_BAD_INPUT;
}

static guint
count (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

/* Sums the sizes of one child list over every entity of @list. */
static guint
count_children (GListModel  *list,
                GListModel *(*get_children) (gpointer entity))
{
  guint total = 0;
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (list, i);

      total += g_list_model_get_n_items (get_children (entity));
    }

  return total;
}

/* Prints a line such as "decks: 1 (21 cards)". */
static void
print_count_with (const char *name,
                  guint       n_entities,
                  const char *children_format,
                  guint       n_children)
{
  g_autofree char *children = g_strdup_printf (children_format, n_children);

  g_print ("%s: %u (%s)\n", name, n_entities, children);
}

/* Under the count, each one's ID and title, indented: what --export and
 * --cards=deck: take. */
static void
print_ids (GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);
      g_autofree char *title = NULL;

      /* Decks, boards and sessions all have a "title". */
      g_object_get (object, "title", &title, NULL);
      g_print ("  %s: %s\n", kin_object_get_id (KIN_OBJECT (object)), title != NULL ? title : "");
    }
}

static void
print_summary (KinProject *project,
               GPtrArray  *warnings)
{
  GListModel *decks = kin_project_get_decks (project);
  GListModel *boards = kin_project_get_boards (project);
  GListModel *assessments = kin_project_get_assessments (project);
  guint n;

  g_print ("%s %s\n", _("Title:"), kin_project_get_title (project));
  g_print ("%s %s\n", _("Organisation:"), kin_project_get_organisation (project));

  /* The names on the left are those of the file format, so they stay the
   * same in every language and scripts can rely on them. */
  g_print ("principles: %u\n", count (kin_project_get_principles (project)));
  g_print ("standards: %u\n", count (kin_project_get_standards (project)));

  n = count_children (decks, (GListModel *(*) (gpointer)) kin_deck_get_cards);
  print_count_with ("decks", count (decks), ngettext ("%u card", "%u cards", n), n);
  print_ids (decks);
  n = count_children (boards, (GListModel *(*) (gpointer)) kin_board_get_notes);
  print_count_with ("boards", count (boards), ngettext ("%u note", "%u notes", n), n);
  print_ids (boards);
  n = count_children (assessments, (GListModel *(*) (gpointer)) kin_assessment_get_teams);
  print_count_with ("assessments", count (assessments), ngettext ("%u team", "%u teams", n), n);

  g_print ("journeys: %u\n", count (kin_project_get_journeys (project)));
  g_print ("gains: %u\n", count (kin_project_get_gains (project)));
  g_print ("sessions: %u\n", count (kin_project_get_sessions (project)));
  print_ids (kin_project_get_sessions (project));
  g_print ("assets: %u\n", count (kin_asset_store_get_assets (kin_project_get_assets (project))));

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_print ("%s %s\n", _("warning:"), (const char *) g_ptr_array_index (warnings, i));
}

static int
run_check (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  project = kin_project_load_file (file, &warnings, NULL, &error);
  if (project == NULL)
    return input_error (error);

  print_summary (project, warnings);
  return EXIT_OK;
}

static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      g_autofree char *line =
        g_strdup_printf ("%s %s", _("warning:"), (const char *) g_ptr_array_index (warnings, i));

      print_problem (line);
    }
}

static int
save_project (KinProject *project,
              const char *out_path)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (out_path);
  g_autoptr(GError) error = NULL;

  if (!kin_project_save_file (project, out, NULL, &error))
    return input_error (error);

  return EXIT_OK;
}

static int
run_save_as (const char *in_path,
             const char *out_path)
{
  g_autoptr(GFile) in = g_file_new_for_commandline_arg (in_path);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  project = kin_project_load_file (in, &warnings, NULL, &error);
  if (project == NULL)
    return input_error (error);

  print_warnings (warnings);
  return save_project (project, out_path);
}

static int
run_starter (const char *out_path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (STARTER_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      print_problem (_("This build has no starter project"));
      return EXIT_BAD_INPUT;
    }

  /* Read it like any file, so a broken starter is caught here rather than
   * handed to a user. */
  project = kin_project_read_bytes (bytes, "starter.kindling", NULL, &error);
  if (project == NULL)
    return input_error (error);

  return save_project (project, out_path);
}

static const char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  const char *path = NULL;

  if (!g_variant_dict_lookup (options, name, "^&ay", &path))
    return NULL;

  return path;
}

/**
 * kin_command_line_run:
 * @app: the application
 * @options: the parsed options, as given to #GApplication::handle-local-options
 * @files: (nullable): the remaining arguments, as the user gave them
 *
 * Runs the command-line modes that need no window.
 *
 * Returns: -1 if the options ask for none of them (the application then
 *   opens its windows), otherwise the exit status: 0 on success, 1 for
 *   bad input, 2 for bad usage
 */
int
kin_command_line_run (GApplication *app,
                      GVariantDict *options,
                      GStrv         files)
{
  const char *save_as = lookup_path (options, "save-as");
  const char *starter = lookup_path (options, "starter");
  const char *import_gains = lookup_path (options, "import-gains");
  gboolean check = g_variant_dict_contains (options, "check");
  gboolean version = g_variant_dict_contains (options, "version");
  gboolean export = g_variant_dict_contains (options, "export");
  guint n_files = files != NULL ? g_strv_length (files) : 0;
  guint n_modes;

  g_return_val_if_fail (options != NULL, EXIT_BAD_USAGE);

  n_modes = (check ? 1 : 0) + (save_as != NULL ? 1 : 0) + (starter != NULL ? 1 : 0) +
            (version ? 1 : 0) + (export ? 1 : 0) + (import_gains != NULL ? 1 : 0);

  if (n_modes > 1)
    return usage_error (_("--check, --save-as, --starter, --export, --import-gains and "
                          "--version cannot be combined; use one at a time"));

  /* Marginal gains as CSV, both ways (kin-gains-cli.c). */
  if (import_gains != NULL || (export && kin_gains_cli_is_export (options)))
    {
      const char *output = lookup_path (options, "output");

      if (n_files != 1)
        return usage_error (_("--export=gains and --import-gains need exactly one project file, "
                              "as in: kindling --import-gains=IN.csv FILE"));
      if (g_variant_dict_contains (options, "template") || (import_gains != NULL && output != NULL))
        return usage_error (_("--import-gains takes no --output or --template, and "
                              "--export=gains no --template"));
      if (import_gains != NULL)
        return kin_gains_cli_import (files[0], import_gains);
      if (output == NULL)
        return usage_error (_("--export=gains needs a file to write, as in: "
                              "kindling --export=gains --output=OUT.csv FILE"));
      return kin_gains_cli_export (files[0], output);
    }

  if (export && kin_cards_command_handles (options))
    return kin_cards_command_run (options, files);

  if (export && kin_session_command_handles (options))
    return kin_session_command_run (options, files);

  if (export && kin_board_command_handles (options))
    return kin_board_command_run (options, files);

  if (export)
    {
      const char *what = NULL;

      g_variant_dict_lookup (options, "export", "&s", &what);
      return usage_error (_("--export=%s is not available in this version; it exports "
                            "cards, gains, board:ID and session:ID"), what != NULL ? what : "");
    }

  if (g_variant_dict_contains (options, "cards"))
    return usage_error (_("--cards only goes with --export=cards"));

  if (g_variant_dict_contains (options, "output") || g_variant_dict_contains (options, "template"))
    return usage_error (_("--output and --template only go with --export"));

  if (version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_OK;
    }

  if (check)
    {
      if (n_files != 1)
        return usage_error (_("--check needs exactly one project file, as in: kindling --check FILE"));
      return run_check (files[0]);
    }

  if (save_as != NULL)
    {
      if (n_files != 1)
        return usage_error (_("--save-as needs exactly one project file to read, as in: "
                              "kindling --save-as=OUT FILE"));
      return run_save_as (files[0], save_as);
    }

  if (starter != NULL)
    {
      if (n_files != 0)
        return usage_error (_("--starter takes no other file, as in: kindling --starter=OUT"));
      return run_starter (starter);
    }

  return -1;
}
