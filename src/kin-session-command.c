/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-command-line"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-session-command.h"
#include "kin-session-report.h"

/*
 * kindling --export=session:ID --output=OUT.pdf FILE
 *
 * Writes the report of one session (see kin-session-report.c). Runs before
 * GTK starts and never touches it. Exit status 0 on success, 1 when the
 * project cannot be read, has no such session or the report cannot be
 * written, 2 for bad usage.
 */

enum
{
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_BAD_USAGE = 2,
};

#define PREFIX "session"

static int
fail (int         status,
      const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  return status;
}

/* Names the sessions there are, for a mistyped id. */
static char *
describe_unknown_session (KinProject *project,
                          const char *id,
                          const char *file_name)
{
  GListModel *sessions = kin_project_get_sessions (project);
  guint n = g_list_model_get_n_items (sessions);
  g_autoptr(GString) ids = g_string_new (NULL);

  if (n == 0)
    return g_strdup_printf (_("There is no session “%s”: %s has no sessions"), id, file_name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinSession) session = g_list_model_get_item (sessions, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", kin_object_get_id (KIN_OBJECT (session)));
    }

  return g_strdup_printf (ngettext ("There is no session “%s” in %s; its session is: %s",
                                    "There is no session “%s” in %s; its sessions are: %s", n),
                          id, file_name, ids->str);
}

/**
 * kin_session_command_handles:
 * @options: the parsed command-line options
 *
 * Returns: whether @options ask for --export=session:ID (or a mistaken
 *   --export=session)
 */
gboolean
kin_session_command_handles (GVariantDict *options)
{
  const char *export = NULL;

  if (!g_variant_dict_lookup (options, "export", "&s", &export))
    return FALSE;

  return g_strcmp0 (export, PREFIX) == 0 || g_str_has_prefix (export, PREFIX ":");
}

/**
 * kin_session_command_run:
 * @options: the parsed command-line options
 * @files: (nullable): the remaining arguments
 *
 * Runs --export=session:ID.
 *
 * Returns: the exit status
 */
int
kin_session_command_run (GVariantDict *options,
                         GStrv         files)
{
  const char *export = NULL;
  const char *id;
  const char *output = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  KinSession *session;

  g_variant_dict_lookup (options, "export", "&s", &export);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  id = g_str_has_prefix (export, PREFIX ":") ? export + strlen (PREFIX ":") : "";

  if (*id == '\0')
    return fail (EXIT_BAD_USAGE, _("--export=session needs the id of a session, as in: "
                                   "kindling --export=session:ID --output=report.pdf FILE"));
  if (files == NULL || g_strv_length (files) != 1)
    return fail (EXIT_BAD_USAGE, _("--export=session:ID needs exactly one project file, as in: "
                                   "kindling --export=session:ID --output=report.pdf FILE"));
  if (g_variant_dict_contains (options, "template") || g_variant_dict_contains (options, "cards"))
    return fail (EXIT_BAD_USAGE, _("--template and --cards only go with --export=cards"));
  if (output == NULL || *output == '\0')
    return fail (EXIT_BAD_USAGE, _("--export=session:ID needs --output=OUT.pdf, the report to write"));

  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return fail (EXIT_BAD_USAGE, _("A session report is a PDF: the --output name must end in .pdf"));

  in = g_file_new_for_commandline_arg (files[0]);
  project = kin_project_load_file (in, &warnings, NULL, &error);
  if (project == NULL)
    return fail (EXIT_BAD_INPUT, error->message);

  session = kin_project_lookup (project, KIN_TYPE_SESSION, id);
  if (session == NULL)
    {
      g_autofree char *name = kin_project_file_display_name (in);
      g_autofree char *message = describe_unknown_session (project, id, name);

      return fail (EXIT_BAD_INPUT, message);
    }

  out = g_file_new_for_commandline_arg (output);
  if (!kin_session_report_write (project, session, out, &error))
    return fail (EXIT_BAD_INPUT, error->message);

  return EXIT_OK;
}
