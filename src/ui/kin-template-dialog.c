/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-template-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kin-card-render.h"
#include "kin-sheet.h"
#include "kin-template-dialog.h"

/* "Add Custom Template": a grid of cards on a sheet, described by the user
 * in millimetres. The template is checked as it is typed, so "Add" is only
 * possible for one that fits on its paper, and saved in the user's settings
 * ("custom-templates"), not in the project: label sheets belong to the
 * office, not to a programme.
 */

typedef struct
{
  const char *field;
  const char *title;
  double      lower;
  double      upper;
  double      step;
  guint       digits;
  double      value;
} SpinField;

/* The defaults describe Avery C32011, a common sheet, so that a user with
 * a similar one only changes a few numbers. */
static const SpinField spin_fields[] = {
  { "paper-width", N_("Paper Width (mm)"), 50, 500, 1, 1, 210 },
  { "paper-height", N_("Paper Height (mm)"), 50, 500, 1, 1, 297 },
  { "card-width", N_("Card Width (mm)"), 20, 200, 0.5, 2, 85 },
  { "card-height", N_("Card Height (mm)"), 20, 200, 0.5, 2, 54 },
  { "columns", N_("Columns"), 1, 10, 1, 0, 2 },
  { "rows", N_("Rows"), 1, 20, 1, 0, 5 },
  { "left", N_("Left Margin (mm)"), 0, 200, 0.5, 2, 15 },
  { "top", N_("Top Margin (mm)"), 0, 200, 0.5, 2, 13.5 },
  { "pitch-x", N_("Column Pitch (mm)"), 10, 300, 0.5, 2, 95 },
  { "pitch-y", N_("Row Pitch (mm)"), 10, 300, 0.5, 2, 54 },
};

typedef struct
{
  const char *id;
  const char *name;
  double      width_mm;
  double      height_mm;
} Paper;

static const Paper papers[] = {
  { "iso_a4", N_("A4"), 210, 297 },
  { "na_letter", N_("US Letter"), 215.9, 279.4 },
  { "custom", N_("Other Size"), 0, 0 },
};

struct _KinTemplateDialog
{
  AdwMessageDialog  parent_instance;

  GSettings        *settings;
  GtkWidget        *name_row;
  GtkWidget        *paper_row;
  GtkWidget        *error_label;
  GtkWidget        *spins[G_N_ELEMENTS (spin_fields)];
};

G_DEFINE_FINAL_TYPE (KinTemplateDialog, kin_template_dialog, ADW_TYPE_MESSAGE_DIALOG)

static int
find_field (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (spin_fields); i++)
    if (g_str_equal (spin_fields[i].field, field))
      return i;

  g_return_val_if_reached (-1);
}

static double
get_value (KinTemplateDialog *self,
           const char        *field)
{
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->spins[find_field (field)]));
}

static void
add_length (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_double_value (builder, value);
}

/**
 * kin_template_dialog_dup_json:
 *
 * Returns: (nullable): the template described by the dialog as one JSON
 *   object, or %NULL with @error set to what is wrong with it
 */
char *
kin_template_dialog_dup_json (KinTemplateDialog *self,
                              GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(KinSheetTemplate) template = NULL;
  g_autofree char *id = NULL;
  g_autofree char *json = NULL;
  g_autofree char *description = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;
  guint paper = adw_combo_row_get_selected (ADW_COMBO_ROW (self->paper_row));
  guint columns = (guint) get_value (self, "columns");
  guint rows = (guint) get_value (self, "rows");

  g_return_val_if_fail (KIN_IS_TEMPLATE_DIALOG (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    {
      g_set_error_literal (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE,
                           _("Give the template a name, such as the code on the box of cards."));
      return NULL;
    }

  uuid = g_uuid_string_random ();
  id = g_strconcat ("custom-", uuid, NULL);
  /* Translators: describes a custom template, e.g. "10 cards of 85 × 54 mm". */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card of %g × %g mm",
                                              "%u cards of %g × %g mm", columns * rows),
                                 columns * rows, get_value (self, "card-width"),
                                 get_value (self, "card-height"));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "mm");

  json_builder_set_member_name (builder, "paper");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, papers[MIN (paper, G_N_ELEMENTS (papers) - 1)].id);
  add_length (builder, "width", get_value (self, "paper-width"));
  add_length (builder, "height", get_value (self, "paper-height"));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "card");
  json_builder_begin_object (builder);
  add_length (builder, "width", get_value (self, "card-width"));
  add_length (builder, "height", get_value (self, "card-height"));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "grid");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "columns");
  json_builder_add_int_value (builder, columns);
  json_builder_set_member_name (builder, "rows");
  json_builder_add_int_value (builder, rows);
  add_length (builder, "left", get_value (self, "left"));
  add_length (builder, "top", get_value (self, "top"));
  add_length (builder, "pitch_x", get_value (self, "pitch-x"));
  add_length (builder, "pitch_y", get_value (self, "pitch-y"));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);

  /* The renderer's own checks decide, so the dialog never accepts a template
   * that printing would refuse. */
  template = kin_sheet_template_new_from_json (json, error);
  if (template == NULL || !kin_sheet_template_validate (template, error))
    return NULL;

  return g_steal_pointer (&json);
}

/**
 * kin_template_dialog_save:
 *
 * Adds the template to the user's custom templates.
 *
 * Returns: (nullable): the new template's ID, or %NULL with @error set
 */
char *
kin_template_dialog_save (KinTemplateDialog *self,
                          GError           **error)
{
  g_autofree char *json = NULL;
  g_autofree char *current = NULL;
  g_autofree char *updated = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  KinSheetTemplate *template;

  g_return_val_if_fail (KIN_IS_TEMPLATE_DIALOG (self), NULL);

  json = kin_template_dialog_dup_json (self, error);
  if (json == NULL)
    return NULL;

  current = g_settings_get_string (self->settings, "custom-templates");
  templates = kin_sheet_template_parse_custom (current, NULL);
  /* A setting damaged by hand is replaced rather than blocking new ones. */
  if (templates == NULL)
    templates = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_sheet_template_unref);

  template = kin_sheet_template_new_from_json (json, error);
  if (template == NULL)
    return NULL;
  g_ptr_array_add (templates, template);

  updated = kin_sheet_template_custom_to_json (templates);
  if (!kin_sheet_template_set_custom (updated, error))
    return NULL;
  g_settings_set_string (self->settings, "custom-templates", updated);

  return g_strdup (template->id);
}

/**
 * kin_template_dialog_set_value:
 * @field: a field name, such as "columns" or "card-width"
 *
 * Sets a number in the dialog, as typing it would.
 */
void
kin_template_dialog_set_value (KinTemplateDialog *self,
                               const char        *field,
                               double             value)
{
  int index = find_field (field);

  g_return_if_fail (KIN_IS_TEMPLATE_DIALOG (self));
  g_return_if_fail (index >= 0);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spins[index]), value);
}

static void
validate (KinTemplateDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = kin_template_dialog_dup_json (self, &error);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", json != NULL);
  gtk_label_set_text (GTK_LABEL (self->error_label), error != NULL ? error->message : "");
  gtk_widget_set_visible (self->error_label, error != NULL);
}

static void
paper_selected_cb (KinTemplateDialog *self)
{
  guint paper = adw_combo_row_get_selected (ADW_COMBO_ROW (self->paper_row));
  gboolean custom = paper >= G_N_ELEMENTS (papers) - 1;

  if (!custom)
    {
      kin_template_dialog_set_value (self, "paper-width", papers[paper].width_mm);
      kin_template_dialog_set_value (self, "paper-height", papers[paper].height_mm);
    }
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (self->spins[0], GTK_TYPE_LIST_BOX_ROW), custom);
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (self->spins[1], GTK_TYPE_LIST_BOX_ROW), custom);
  validate (self);
}

static void
kin_template_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  KinTemplateDialog *self = KIN_TEMPLATE_DIALOG (dialog);

  if (g_str_equal (response, "add"))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *id = kin_template_dialog_save (self, &error);

      if (id == NULL)
        g_warning ("Cannot add the template: %s", error->message);
      else
        g_object_set_data_full (G_OBJECT (self), "kin-template-id", g_strdup (id), g_free);
    }

  /* libadwaita has no default handler to chain up to at 1.2. */
  if (ADW_MESSAGE_DIALOG_CLASS (kin_template_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (kin_template_dialog_parent_class)->response (dialog, response);
}

static void
kin_template_dialog_dispose (GObject *object)
{
  KinTemplateDialog *self = KIN_TEMPLATE_DIALOG (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kin_template_dialog_parent_class)->dispose (object);
}

static void
kin_template_dialog_class_init (KinTemplateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = kin_template_dialog_dispose;
  dialog_class->response = kin_template_dialog_response;
}

static void
kin_template_dialog_init (KinTemplateDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) paper_names = gtk_string_list_new (NULL);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Add Custom Template"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Measure the sheet of cards in millimetres: the margins are "
                                 "from the edge of the paper to the first card, the pitch from "
                                 "one card’s edge to the same edge of the next."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->name_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->name_row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), _("My Card Sheet"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (validate), self);
  gtk_list_box_append (GTK_LIST_BOX (list), self->name_row);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    gtk_string_list_append (paper_names, _(papers[i].name));
  self->paper_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->paper_row), _("Paper"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->paper_row), G_LIST_MODEL (paper_names));
  gtk_list_box_append (GTK_LIST_BOX (list), self->paper_row);

  for (guint i = 0; i < G_N_ELEMENTS (spin_fields); i++)
    {
      const SpinField *field = &spin_fields[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (field->lower, field->upper, field->step);

      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), field->digits);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), field->value);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_name (spin, field->field);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (validate), self);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      self->spins[i] = spin;
    }

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0.0);
  gtk_widget_add_css_class (self->error_label, "error");

  /* Many rows: on a small screen they scroll rather than push the buttons
   * off the bottom. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), self->error_label);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  g_signal_connect_swapped (self->paper_row, "notify::selected",
                            G_CALLBACK (paper_selected_cb), self);
  paper_selected_cb (self);
}

/**
 * kin_template_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @settings: the application settings, where custom templates are kept
 *
 * After the "add" response, the new template's ID is the object data
 * "kin-template-id" of the dialog.
 *
 * Returns: (transfer floating): a new dialog
 */
KinTemplateDialog *
kin_template_dialog_new (GtkWindow *parent,
                         GSettings *settings)
{
  KinTemplateDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KIN_TYPE_TEMPLATE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->settings = g_object_ref (settings);

  return self;
}
