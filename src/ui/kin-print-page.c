/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-print"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-print-page-private.h"

/* The Print Cards section: a live preview of the first sheet (and its backs
 * when printing on both sides) and of one card, beside the settings. The
 * settings that belong to the project (template, bleed, crop marks, duplex,
 * back offset) are undoable project edits; what to print, how many copies
 * and where to start are choices for this print run only. Printing and
 * exporting are in kin-print-page-output.c.
 */

G_DEFINE_FINAL_TYPE (KinPrintPage, kin_print_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Positions in the "Print" list before the decks. */
enum {
  SELECTION_PRINCIPLES,
  SELECTION_ALL,
  N_FIXED_SELECTIONS
};

static KinPrintSettings *
get_print_settings (KinPrintPage *self)
{
  return self->project != NULL ? kin_project_get_print_settings (self->project) : NULL;
}

KinSheetTemplate *
_kin_print_page_get_selected_template (KinPrintPage *self)
{
  guint index = adw_combo_row_get_selected (self->template_row);

  if (self->templates == NULL || index >= self->templates->len)
    return NULL;

  return g_ptr_array_index (self->templates, index);
}

static void
set_string_model (AdwComboRow *row,
                  GPtrArray   *names)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (names, i));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

void
_kin_print_page_update_actions (KinPrintPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean exporting = self->export_cancellable != NULL;
  gboolean ready = self->job != NULL && !exporting;
  KinSheetTemplate *template = _kin_print_page_get_selected_template (self);

  gtk_widget_action_set_enabled (widget, "print.print", ready);
  gtk_widget_action_set_enabled (widget, "print.export", ready);
  gtk_widget_action_set_enabled (widget, "print.calibrate", ready);
  gtk_widget_action_set_enabled (widget, "print.cancel-export", exporting);
  gtk_widget_action_set_enabled (widget, "print.add-template", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "print.remove-template",
                                 self->project != NULL && template != NULL && template->custom);
  gtk_widget_set_visible (self->remove_template_row, template != NULL && template->custom);
  /* A deck has no principle cards whose backs could be chosen. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_row), self->selection != KIN_CARD_SELECTION_DECK);
}

/* The preview ------------------------------------------------------------ */

static void
first_card_faces (KinPrintPage  *self,
                  KinCardFace  **front,
                  KinCardFace  **back)
{
  GListModel *principles = kin_project_get_principles (self->project);
  GListModel *decks = kin_project_get_decks (self->project);
  g_autoptr(KinDeck) deck = NULL;
  g_autoptr(KinCard) card = NULL;

  *front = *back = NULL;

  if (self->selection != KIN_CARD_SELECTION_DECK && g_list_model_get_n_items (principles) > 0)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, 0);

      *front = kin_card_face_new_principle_front (self->project, principle);
      *back = kin_card_face_new_principle_back (self->project, principle, self->back);
      return;
    }

  if (self->selection == KIN_CARD_SELECTION_DECK)
    deck = kin_project_lookup (self->project, KIN_TYPE_DECK, self->deck_id);
  else if (g_list_model_get_n_items (decks) > 0)
    deck = g_list_model_get_item (decks, 0);
  if (deck != NULL && self->selection == KIN_CARD_SELECTION_DECK)
    g_object_ref (deck);

  if (deck == NULL || g_list_model_get_n_items (kin_deck_get_cards (deck)) == 0)
    return;

  card = g_list_model_get_item (kin_deck_get_cards (deck), 0);
  *front = kin_card_face_new_conversation (self->project, card);
  *back = kin_card_face_new_conversation_back (self->project, deck, card);
}

static void
show_job (KinPrintPage *self,
          const GError *error)
{
  g_autoptr(KinCardFace) front = NULL;
  g_autoptr(KinCardFace) back = NULL;
  gboolean duplex = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  /* Without a job there is nothing to preview, only the reason. */
  gtk_widget_set_visible (self->sheets_box, self->job != NULL);
  gtk_widget_set_visible (self->card_heading, self->job != NULL);
  gtk_widget_set_visible (self->cards_box, self->job != NULL);

  if (self->job != NULL)
    {
      guint n_cards = kin_print_job_get_n_cards (self->job);
      guint n_sheets = kin_print_job_get_n_sheets (self->job);
      guint n_pages = kin_print_job_get_n_pages (self->job);
      g_autofree char *cards = NULL;
      g_autofree char *sheets = NULL;
      g_autofree char *pages = NULL;
      g_autofree char *summary = NULL;
      double width, height, radius;

      duplex = n_pages > 1 && kin_print_job_is_back_page (self->job, 1);

      cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n_cards), n_cards);
      sheets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sheet", "%u sheets", n_sheets), n_sheets);
      pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
      /* Translators: e.g. "12 cards on 2 sheets (4 pages)". */
      summary = g_strdup_printf (_("%s on %s (%s)"), cards, sheets, pages);
      gtk_label_set_text (self->summary_label, summary);

      kin_print_job_get_card_size (self->job, &width, &height, &radius);
      kin_card_preview_set_dimensions (self->card_front, width, height, radius);
      kin_card_preview_set_dimensions (self->card_back, width, height, radius);
      first_card_faces (self, &front, &back);
    }
  else
    gtk_label_set_text (self->summary_label, "");

  kin_sheet_preview_set_page (self->front_sheet, self->job, 0);
  kin_sheet_preview_set_page (self->back_sheet, duplex ? self->job : NULL, 1);
  gtk_widget_set_visible (self->back_sheet_box, duplex);
  kin_card_preview_set_face (self->card_front, front);
  kin_card_preview_set_face (self->card_back, back);
}

/**
 * kin_print_page_update_now:
 *
 * Lays out the print job for the current settings at once, rather than
 * when the main loop is next idle.
 */
void
kin_print_page_update_now (KinPrintPage *self)
{
  KinPrintJobOptions options;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KIN_IS_PRINT_PAGE (self));

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->job);
  self->stale = FALSE;

  if (self->project != NULL)
    {
      kin_print_job_options_init (&options, self->project);
      options.card_size_id = self->card_size_id;
      options.selection = self->selection;
      options.deck_id = self->deck_id;
      options.back = self->back;
      options.copies = self->copies;
      options.start_position = self->start_position;
      self->job = kin_print_job_new (self->project, &options, &error);
    }

  show_job (self, error);
  _kin_print_page_update_actions (self);
}

static gboolean
update_cb (gpointer data)
{
  KinPrintPage *self = data;

  self->update_id = 0;
  kin_print_page_update_now (self);

  return G_SOURCE_REMOVE;
}

/* Laying out a job builds every card face; a burst of edits does it once,
 * and edits made on other pages wait until this page is shown. */
static void
queue_update (KinPrintPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_cb, self, NULL);
}

/* Showing the settings --------------------------------------------------- */

static void
load_templates (KinPrintPage *self)
{
  g_autofree char *custom = g_settings_get_string (self->settings, "custom-templates");
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (!kin_sheet_template_set_custom (custom, &error))
    g_warning ("Ignoring the custom card templates in the settings: %s", error->message);

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = kin_sheet_template_list ();

  for (guint i = 0; i < self->templates->len; i++)
    g_ptr_array_add (names, ((KinSheetTemplate *) g_ptr_array_index (self->templates, i))->name);

  self->updating = TRUE;
  set_string_model (self->template_row, names);
  self->updating = FALSE;
}

static void
load_decks (KinPrintPage *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GListModel *decks = self->project != NULL ? kin_project_get_decks (self->project) : NULL;
  guint selected = self->selection == KIN_CARD_SELECTION_ALL ? SELECTION_ALL : SELECTION_PRINCIPLES;

  g_ptr_array_set_size (self->deck_ids, 0);
  g_ptr_array_add (names, g_strdup (_("Principle Cards")));
  g_ptr_array_add (names, g_strdup (_("Principle and Conversation Cards")));

  for (guint i = 0; decks != NULL && i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KinDeck) deck = g_list_model_get_item (decks, i);
      const char *id = kin_object_get_id (KIN_OBJECT (deck));

      /* Translators: an item of the "Print" list; %s is a deck's title. */
      g_ptr_array_add (names, g_strdup_printf (_("Deck: %s"), kin_deck_get_title (deck)));
      g_ptr_array_add (self->deck_ids, g_strdup (id));
      if (self->selection == KIN_CARD_SELECTION_DECK && g_strcmp0 (id, self->deck_id) == 0)
        selected = N_FIXED_SELECTIONS + i;
    }

  /* A deck that was removed falls back to the principles. */
  if (self->selection == KIN_CARD_SELECTION_DECK && selected < N_FIXED_SELECTIONS)
    {
      self->selection = KIN_CARD_SELECTION_PRINCIPLES;
      g_clear_pointer (&self->deck_id, g_free);
    }

  self->updating = TRUE;
  set_string_model (self->selection_row, names);
  adw_combo_row_set_selected (self->selection_row, selected);
  self->updating = FALSE;
}

static void
sync_from_project (KinPrintPage *self)
{
  KinPrintSettings *settings = get_print_settings (self);
  const char *template_id;
  KinSheetTemplate *template;
  guint template_index = 0;

  gtk_widget_set_sensitive (self->settings_box, settings != NULL);
  load_decks (self);

  if (settings == NULL)
    return;

  template_id = kin_print_settings_get_template (settings);
  if (template_id == NULL || *template_id == '\0')
    template_id = kin_sheet_template_get_default_id ();
  for (guint i = 0; i < self->templates->len; i++)
    if (g_strcmp0 (((KinSheetTemplate *) g_ptr_array_index (self->templates, i))->id, template_id) == 0)
      template_index = i;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->template_row, template_index);
  gtk_spin_button_set_value (self->bleed_spin, kin_print_settings_get_bleed_mm (settings));
  gtk_switch_set_active (self->crop_switch, kin_print_settings_get_crop_marks (settings));
  adw_combo_row_set_selected (self->duplex_row, kin_print_settings_get_duplex (settings));
  gtk_spin_button_set_value (self->offset_x_spin, kin_print_settings_get_back_offset_x (settings));
  gtk_spin_button_set_value (self->offset_y_spin, kin_print_settings_get_back_offset_y (settings));

  template = _kin_print_page_get_selected_template (self);
  if (template != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->template_row),
                                   template->description != NULL ? template->description : "");
      /* The start position counts the slots of one sheet. */
      gtk_spin_button_set_range (self->start_spin, 1, MAX (1, template->columns * template->rows));
      /* A smaller sheet may have moved the start position back. */
      self->start_position = (guint) gtk_spin_button_get_value (self->start_spin) - 1;
    }
  self->updating = FALSE;

  _kin_print_page_update_actions (self);
}

static void
project_changed_cb (KinPrintPage *self)
{
  sync_from_project (self);
  queue_update (self);
}

static void
custom_templates_changed_cb (KinPrintPage *self)
{
  load_templates (self);
  sync_from_project (self);
  queue_update (self);
}

/* Editing the settings ---------------------------------------------------- */

/**
 * kin_print_page_select_template:
 * @template_id: a bundled or custom template
 *
 * Makes @template_id the project's template as one undoable step. A
 * print-shop template also brings its bleed and crop marks; a label sheet
 * turns them off, since its cards are already cut.
 */
void
kin_print_page_select_template (KinPrintPage *self,
                                const char   *template_id)
{
  g_autoptr(KinSheetTemplate) template = NULL;
  KinPrintSettings *settings;

  g_return_if_fail (KIN_IS_PRINT_PAGE (self));

  settings = get_print_settings (self);
  template = kin_sheet_template_lookup (template_id);
  if (settings == NULL || template == NULL)
    return;

  kin_project_begin_action (self->project, _("Change Template"));
  kin_project_set (self->project, settings,
                   "template", template->id,
                   "bleed-mm", template->print_shop ? template->bleed_mm : 0.0,
                   "crop-marks", template->print_shop ? template->crop_marks : FALSE,
                   NULL);
  kin_project_end_action (self->project);
}

static void
template_selected_cb (KinPrintPage *self)
{
  KinSheetTemplate *template = _kin_print_page_get_selected_template (self);

  if (self->updating || template == NULL)
    return;

  kin_print_page_select_template (self, template->id);
}

static void
set_setting (KinPrintPage *self,
             const char   *property,
             const GValue *value)
{
  KinPrintSettings *settings = get_print_settings (self);

  if (self->updating || settings == NULL)
    return;

  kin_project_set_value (self->project, settings, property, value);
}

static void
bleed_changed_cb (KinPrintPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, gtk_spin_button_get_value (self->bleed_spin));
  set_setting (self, "bleed-mm", &value);
}

static void
crop_changed_cb (KinPrintPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (self->crop_switch));
  set_setting (self, "crop-marks", &value);
}

static void
duplex_changed_cb (KinPrintPage *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, KIN_TYPE_DUPLEX);
  g_value_set_enum (&value, adw_combo_row_get_selected (self->duplex_row));
  set_setting (self, "duplex", &value);
}

static void
offset_changed_cb (KinPrintPage  *self,
                   GtkSpinButton *spin)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, gtk_spin_button_get_value (spin));
  set_setting (self, spin == self->offset_x_spin ? "back-offset-x" : "back-offset-y", &value);
}

static void
run_choice_changed_cb (KinPrintPage *self)
{
  guint card_size = adw_combo_row_get_selected (self->card_size_row);
  guint selection = adw_combo_row_get_selected (self->selection_row);
  guint n_sizes = 0;
  const KinCardSize *sizes = kin_card_size_list (&n_sizes);

  if (self->updating)
    return;

  g_clear_pointer (&self->card_size_id, g_free);
  if (card_size > 0 && card_size <= n_sizes)
    self->card_size_id = g_strdup (sizes[card_size - 1].id);

  g_clear_pointer (&self->deck_id, g_free);
  if (selection == SELECTION_ALL)
    self->selection = KIN_CARD_SELECTION_ALL;
  else if (selection >= N_FIXED_SELECTIONS && selection - N_FIXED_SELECTIONS < self->deck_ids->len)
    {
      self->selection = KIN_CARD_SELECTION_DECK;
      self->deck_id = g_strdup (g_ptr_array_index (self->deck_ids, selection - N_FIXED_SELECTIONS));
    }
  else
    self->selection = KIN_CARD_SELECTION_PRINCIPLES;

  self->back = adw_combo_row_get_selected (self->back_row) == 1 ? KIN_CARD_BACK_PROMISES
                                                                : KIN_CARD_BACK_BEHAVIOURS;
  self->copies = (guint) gtk_spin_button_get_value (self->copies_spin);
  self->start_position = (guint) gtk_spin_button_get_value (self->start_spin) - 1;

  queue_update (self);
}

/* Object ------------------------------------------------------------------ */

static void
kin_print_page_dispose (GObject *object)
{
  KinPrintPage *self = KIN_PRINT_PAGE (object);

  kin_print_page_cancel_export (self);
  kin_print_page_set_project (self, NULL);
  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->job);

  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_PRINT_PAGE);

  G_OBJECT_CLASS (kin_print_page_parent_class)->dispose (object);
}

static void
kin_print_page_finalize (GObject *object)
{
  KinPrintPage *self = KIN_PRINT_PAGE (object);

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->deck_ids, g_ptr_array_unref);
  g_free (self->card_size_id);
  g_free (self->deck_id);

  G_OBJECT_CLASS (kin_print_page_parent_class)->finalize (object);
}

static void
kin_print_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KinPrintPage *self = KIN_PRINT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_print_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KinPrintPage *self = KIN_PRINT_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_print_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The preview and the settings sit side by side when there is room, and
 * one above the other on a narrow window. */
#define SIDE_BY_SIDE_WIDTH 760

static void
kin_print_page_map (GtkWidget *widget)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);

  GTK_WIDGET_CLASS (kin_print_page_parent_class)->map (widget);

  if (self->stale)
    kin_print_page_update_now (self);
}

static void
kin_print_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  GtkWidget *columns[] = { self->preview_box, self->settings_box, self->action_bar };
  int column_minimum, column_natural;

  gtk_widget_measure (GTK_WIDGET (self->toast_overlay), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  if (orientation != GTK_ORIENTATION_HORIZONTAL)
    return;

  /* However the columns are arranged now, the page can always stack them,
   * so it needs only the width of the widest one. */
  *minimum = 0;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      gtk_widget_measure (columns[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          &column_minimum, &column_natural, NULL, NULL);
      *minimum = MAX (*minimum, column_minimum + gtk_widget_get_margin_start (GTK_WIDGET (self->columns_box)) +
                                gtk_widget_get_margin_end (GTK_WIDGET (self->columns_box)));
    }
  *natural = MAX (*natural, *minimum);
}

static void
kin_print_page_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  KinPrintPage *self = KIN_PRINT_PAGE (widget);
  GtkOrientation orientation = width >= SIDE_BY_SIDE_WIDTH ? GTK_ORIENTATION_HORIZONTAL
                                                           : GTK_ORIENTATION_VERTICAL;
  int minimum, natural;

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->columns_box)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns_box), orientation);

  /* The children are measured before they are given their size, as GTK
   * expects, now that the orientation may have changed. */
  gtk_widget_measure (GTK_WIDGET (self->toast_overlay), GTK_ORIENTATION_VERTICAL, width,
                      &minimum, &natural, NULL, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->toast_overlay), width, height, baseline, NULL);
}

static void
kin_print_page_class_init (KinPrintPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_print_page_dispose;
  object_class->finalize = kin_print_page_finalize;
  object_class->get_property = kin_print_page_get_property;
  object_class->set_property = kin_print_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "print.print", NULL, _kin_print_page_print_action);
  gtk_widget_class_install_action (widget_class, "print.calibrate", NULL, _kin_print_page_print_action);
  gtk_widget_class_install_action (widget_class, "print.export", NULL, _kin_print_page_export_action);
  gtk_widget_class_install_action (widget_class, "print.cancel-export", NULL, _kin_print_page_cancel_action);
  gtk_widget_class_install_action (widget_class, "print.add-template", NULL, _kin_print_page_add_template_action);
  gtk_widget_class_install_action (widget_class, "print.remove-template", NULL, _kin_print_page_remove_template_action);

  g_type_ensure (KIN_TYPE_CARD_PREVIEW);
  g_type_ensure (KIN_TYPE_SHEET_PREVIEW);

  widget_class->map = kin_print_page_map;
  widget_class->measure = kin_print_page_measure;
  widget_class->size_allocate = kin_print_page_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-print-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, settings_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, preview_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, front_sheet);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, back_sheet);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, back_sheet_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, front_sheet_label);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, sheets_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, card_heading);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, card_front);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, card_back);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, template_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, card_size_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, remove_template_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, selection_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, back_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, copies_spin);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, start_spin);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, bleed_spin);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, crop_switch);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, duplex_row);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, offset_x_spin);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, offset_y_spin);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrintPage, progress_bar);
}

static void
kin_print_page_init (KinPrintPage *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_sizes = 0;
  const KinCardSize *sizes = kin_card_size_list (&n_sizes);
  const char *backs[] = { N_("Behaviours"), N_("“No Matter What” Promises") };
  const char *duplex[] = { N_("Single-Sided"), N_("Flip on Long Edge"), N_("Flip on Short Edge") };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->deck_ids = g_ptr_array_new_with_free_func (g_free);
  self->copies = 1;
  self->selection = KIN_CARD_SELECTION_PRINCIPLES;
  self->back = KIN_CARD_BACK_BEHAVIOURS;

  g_ptr_array_add (names, (gpointer) _("As on the Template"));
  for (guint i = 0; i < n_sizes; i++)
    g_ptr_array_add (names, (gpointer) kin_card_size_get_display_name (&sizes[i]));
  set_string_model (self->card_size_row, names);

  g_ptr_array_set_size (names, 0);
  for (guint i = 0; i < G_N_ELEMENTS (backs); i++)
    g_ptr_array_add (names, (gpointer) _(backs[i]));
  set_string_model (self->back_row, names);

  g_ptr_array_set_size (names, 0);
  for (guint i = 0; i < G_N_ELEMENTS (duplex); i++)
    g_ptr_array_add (names, (gpointer) _(duplex[i]));
  set_string_model (self->duplex_row, names);

  self->settings = g_settings_new (BASE_APPLICATION_ID);
  g_signal_connect_swapped (self->settings, "changed::custom-templates",
                            G_CALLBACK (custom_templates_changed_cb), self);
  load_templates (self);

  g_signal_connect_swapped (self->template_row, "notify::selected",
                            G_CALLBACK (template_selected_cb), self);
  g_signal_connect_swapped (self->bleed_spin, "value-changed", G_CALLBACK (bleed_changed_cb), self);
  g_signal_connect_swapped (self->crop_switch, "notify::active", G_CALLBACK (crop_changed_cb), self);
  g_signal_connect_swapped (self->duplex_row, "notify::selected", G_CALLBACK (duplex_changed_cb), self);
  g_signal_connect_swapped (self->offset_x_spin, "value-changed", G_CALLBACK (offset_changed_cb), self);
  g_signal_connect_swapped (self->offset_y_spin, "value-changed", G_CALLBACK (offset_changed_cb), self);
  g_signal_connect_swapped (self->card_size_row, "notify::selected",
                            G_CALLBACK (run_choice_changed_cb), self);
  g_signal_connect_swapped (self->selection_row, "notify::selected",
                            G_CALLBACK (run_choice_changed_cb), self);
  g_signal_connect_swapped (self->back_row, "notify::selected",
                            G_CALLBACK (run_choice_changed_cb), self);
  g_signal_connect_swapped (self->copies_spin, "value-changed",
                            G_CALLBACK (run_choice_changed_cb), self);
  g_signal_connect_swapped (self->start_spin, "value-changed",
                            G_CALLBACK (run_choice_changed_cb), self);

  sync_from_project (self);
  kin_print_page_update_now (self);
}

KinProject *
kin_print_page_get_project (KinPrintPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_print_page_set_project:
 * @project: (nullable): the project whose cards to print
 */
void
kin_print_page_set_project (KinPrintPage *self,
                            KinProject   *project)
{
  g_return_if_fail (KIN_IS_PRINT_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);

  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb),
                             self, G_CONNECT_SWAPPED);

  /* A deck of another project is not a choice any more. */
  if (self->selection == KIN_CARD_SELECTION_DECK)
    self->selection = KIN_CARD_SELECTION_PRINCIPLES;

  sync_from_project (self);
  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_print_page_get_job:
 *
 * Returns: (nullable) (transfer none): the laid-out job the preview shows
 *   and Print and Export use, or %NULL when there is nothing to print
 */
KinPrintJob *
kin_print_page_get_job (KinPrintPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_PAGE (self), NULL);

  if (self->stale)
    kin_print_page_update_now (self);

  return self->job;
}
