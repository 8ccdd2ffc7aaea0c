/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-cards-command.h"
#include "kin-project-file.h"
#include "kin-project.h"
#include "kin-sheet.h"

/*
 * kindling --export=cards --output=OUT [--template=ID]
 *          [--cards=principles|deck:ID|all] FILE
 *
 * Prints the cards to OUT (.pdf, .png or .svg) with the project's print
 * settings; --template overrides the project's template. Runs before GTK
 * starts and never touches it. Exit status 0 on success, 1 when the project
 * or the output cannot be read or written, 2 for bad usage.
 */

enum
{
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_BAD_USAGE = 2,
};

/* The resolution of PNG exports from the command line: print quality. */
#define COMMAND_LINE_DPI 300.0

static int
fail (int         status,
      const char *message)
{
  g_printerr ("%s: %s\n", PACKAGE_NAME, message);
  return status;
}

/* The user's own templates live in the settings; they are read only when
 * the schema is installed, so that a script on a machine without it still
 * gets the bundled templates. */
static void
load_custom_templates (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  if (source == NULL)
    return;

  schema = g_settings_schema_source_lookup (source, BASE_APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "custom-templates"))
    return;

  settings = g_settings_new (BASE_APPLICATION_ID);
  json = g_settings_get_string (settings, "custom-templates");
  if (!kin_sheet_template_set_custom (json, &error))
    g_printerr ("%s: %s\n", PACKAGE_NAME, error->message);
}

/**
 * kin_cards_command_handles:
 * @options: the parsed command-line options
 *
 * Returns: whether @options ask for --export=cards
 */
gboolean
kin_cards_command_handles (GVariantDict *options)
{
  const char *export = NULL;

  return g_variant_dict_lookup (options, "export", "&s", &export) && g_strcmp0 (export, "cards") == 0;
}

/**
 * kin_cards_command_run:
 * @options: the parsed command-line options
 * @files: (nullable): the remaining arguments
 *
 * Runs --export=cards.
 *
 * Returns: the exit status
 */
int
kin_cards_command_run (GVariantDict *options,
                       GStrv         files)
{
  const char *output = NULL;
  const char *template_id = NULL;
  const char *cards = "principles";
  g_autofree char *deck_id = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(KinPrintJob) job = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  KinPrintJobOptions job_options;
  KinCardSelection selection;

  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "template", "&s", &template_id);
  g_variant_dict_lookup (options, "cards", "&s", &cards);

  if (files == NULL || g_strv_length (files) != 1)
    return fail (EXIT_BAD_USAGE, _("--export=cards needs exactly one project file, as in: "
                                   "kindling --export=cards --output=cards.pdf FILE"));
  if (output == NULL || *output == '\0')
    return fail (EXIT_BAD_USAGE, _("--export=cards needs --output=OUT, ending in .pdf, .png or .svg"));
  if (!kin_card_selection_parse (cards, &selection, &deck_id, &error))
    return fail (EXIT_BAD_USAGE, error->message);

  load_custom_templates ();
  if (template_id != NULL)
    {
      g_autoptr(KinSheetTemplate) found = kin_sheet_template_lookup (template_id);

      if (found == NULL)
        {
          g_autoptr(GPtrArray) all = kin_sheet_template_list ();
          g_autoptr(GString) ids = g_string_new (NULL);
          g_autofree char *message = NULL;

          for (guint i = 0; i < all->len; i++)
            g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "",
                                    ((KinSheetTemplate *) g_ptr_array_index (all, i))->id);
          message = g_strdup_printf (_("There is no card template “%s”; use one of: %s"),
                                     template_id, ids->str);
          return fail (EXIT_BAD_USAGE, message);
        }
    }

  in = g_file_new_for_commandline_arg (files[0]);
  project = kin_project_load_file (in, &warnings, NULL, &error);
  if (project == NULL)
    return fail (EXIT_BAD_INPUT, error->message);

  kin_print_job_options_init (&job_options, project);
  /* Another template than the project's brings its own bleed and crop
   * marks: a print-shop sheet without them would be of no use. */
  if (template_id != NULL && g_strcmp0 (template_id, job_options.template_id) != 0)
    {
      job_options.template_id = template_id;
      job_options.bleed_mm = -1;
      job_options.crop_marks = -1;
    }
  job_options.selection = selection;
  job_options.deck_id = deck_id;

  job = kin_print_job_new (project, &job_options, &error);
  if (job == NULL)
    return fail (g_error_matches (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNKNOWN_DECK) ? EXIT_BAD_USAGE
                                                                                        : EXIT_BAD_INPUT,
                 error->message);

  out = g_file_new_for_commandline_arg (output);
  if (!kin_print_job_export (job, out, COMMAND_LINE_DPI, NULL, NULL, NULL, &error))
    return fail (g_error_matches (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNSUPPORTED_FORMAT) ? EXIT_BAD_USAGE
                                                                                              : EXIT_BAD_INPUT,
                 error->message);

  return EXIT_OK;
}
