/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kin-board-command.h"
#include "kin-board-render.h"
#include "kin-model.h"
#include "kin-project-file.h"

/*
 * kindling --export=board:ID --output=OUT FILE
 *
 * Draws one vision board on an A3 landscape page, as OUT.pdf, OUT.svg or
 * OUT.png (150 dpi). Runs before GTK starts and never touches it. Exit
 * status 0 on success, 1 when the project cannot be read, has no such
 * board or the output cannot be written, 2 for bad usage.
 */

enum
{
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_BAD_USAGE = 2,
};

#define PREFIX "board:"

static int
fail (int         status,
      const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  return status;
}

/**
 * kin_board_command_handles:
 * @options: the parsed command-line options
 *
 * Returns: whether @options ask for --export=board:ID
 */
gboolean
kin_board_command_handles (GVariantDict *options)
{
  const char *export = NULL;

  return g_variant_dict_lookup (options, "export", "&s", &export) && g_str_has_prefix (export, PREFIX);
}

static KinBoard *
find_board (KinProject *project,
            const char *id)
{
  GListModel *boards = kin_project_get_boards (project);
  guint n = g_list_model_get_n_items (boards);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinBoard) board = g_list_model_get_item (boards, i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (board)), id) == 0)
        return board;
    }

  return NULL;
}

static int
unknown_board (KinProject *project,
               const char *id,
               GFile      *in)
{
  GListModel *boards = kin_project_get_boards (project);
  guint n = g_list_model_get_n_items (boards);
  g_autofree char *name = g_file_get_basename (in);
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autofree char *message = NULL;

  if (n == 0)
    {
      message = g_strdup_printf (_("There is no board “%s”: %s has no vision boards"), id, name);
      return fail (EXIT_BAD_INPUT, message);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinBoard) board = g_list_model_get_item (boards, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", kin_object_get_id (KIN_OBJECT (board)));
      if (*kin_board_get_title (board) != '\0')
        g_string_append_printf (ids, " (%s)", kin_board_get_title (board));
    }

  message = g_strdup_printf (_("There is no board “%s” in %s; use one of: %s"), id, name, ids->str);
  return fail (EXIT_BAD_INPUT, message);
}

/**
 * kin_board_command_run:
 * @options: the parsed command-line options
 * @files: (nullable): the remaining arguments
 *
 * Runs --export=board:ID.
 *
 * Returns: the exit status
 */
int
kin_board_command_run (GVariantDict *options,
                       GStrv         files)
{
  const char *export = NULL;
  const char *output = NULL;
  const char *id;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;
  KinBoardExportFormat format;
  KinBoard *board;

  g_variant_dict_lookup (options, "export", "&s", &export);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  id = export + strlen (PREFIX);

  if (files == NULL || g_strv_length (files) != 1)
    return fail (EXIT_BAD_USAGE, _("--export=board:ID needs exactly one project file, as in: "
                                   "kindling --export=board:ID --output=board.pdf FILE"));
  if (*id == '\0')
    return fail (EXIT_BAD_USAGE, _("--export=board: needs the id of a board, as in --export=board:ID"));
  if (g_variant_dict_contains (options, "template") || g_variant_dict_contains (options, "cards"))
    return fail (EXIT_BAD_USAGE, _("--template and --cards only go with --export=cards"));
  if (output == NULL || *output == '\0')
    return fail (EXIT_BAD_USAGE, _("--export=board:ID needs --output=OUT, ending in .pdf, .png or .svg"));

  out = g_file_new_for_commandline_arg (output);
  if (!kin_board_export_format_for_file (out, &format, &error))
    return fail (EXIT_BAD_USAGE, error->message);

  in = g_file_new_for_commandline_arg (files[0]);
  project = kin_project_load_file (in, NULL, NULL, &error);
  if (project == NULL)
    return fail (EXIT_BAD_INPUT, error->message);

  board = find_board (project, id);
  if (board == NULL)
    return unknown_board (project, id, in);

  if (!kin_board_export (project, board, NULL, out, format, &error))
    return fail (EXIT_BAD_INPUT, error->message);

  return EXIT_OK;
}
