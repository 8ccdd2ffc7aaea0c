/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-sheet"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "kin-card-private.h"
#include "kin-card.h"
#include "kin-deck.h"
#include "kin-print-job-private.h"
#include "kin-print-settings.h"
#include "kin-principle.h"
#include "kin-project.h"

/*
 * A print job lays card faces out on sheets. It is built once from the
 * project and then only read, so pages can be drawn from a worker thread.
 *
 * Page geometry is in millimetres from the paper's top-left corner; pages
 * are drawn in points. Backs: the sheet is turned over about its long edge
 * (long-edge duplex: columns swap sides) or its short edge (rows swap), so
 * the back of the card in front slot N sits at the mirror image of that
 * slot, then moved by the printer's back offset.
 */

G_DEFINE_FINAL_TYPE (KinPrintJob, kin_print_job, G_TYPE_OBJECT)

static void
kin_print_job_finalize (GObject *object)
{
  KinPrintJob *self = KIN_PRINT_JOB (object);

  g_clear_pointer (&self->sheet, kin_sheet_template_unref);
  g_clear_pointer (&self->fronts, g_ptr_array_unref);
  g_clear_pointer (&self->backs, g_ptr_array_unref);
  g_clear_pointer (&self->font_family, g_free);

  G_OBJECT_CLASS (kin_print_job_parent_class)->finalize (object);
}

static void
kin_print_job_class_init (KinPrintJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kin_print_job_finalize;
}

static void
kin_print_job_init (KinPrintJob *self)
{
  self->fronts = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_card_face_unref);
  self->backs = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_card_face_unref);
}

/**
 * kin_card_selection_parse:
 * @text: "principles", "all" or "deck:ID"
 * @selection: (out): what to print
 * @deck_id: (out) (transfer full) (nullable): the deck ID for "deck:ID"
 * @error: return location for an error
 *
 * Parses the value of the --cards option.
 *
 * Returns: whether @text was understood
 */
gboolean
kin_card_selection_parse (const char        *text,
                          KinCardSelection  *selection,
                          char             **deck_id,
                          GError           **error)
{
  g_return_val_if_fail (selection != NULL, FALSE);
  g_return_val_if_fail (deck_id != NULL, FALSE);

  *deck_id = NULL;

  if (g_strcmp0 (text, "principles") == 0)
    *selection = KIN_CARD_SELECTION_PRINCIPLES;
  else if (g_strcmp0 (text, "all") == 0)
    *selection = KIN_CARD_SELECTION_ALL;
  else if (text != NULL && g_str_has_prefix (text, "deck:") && text[5] != '\0')
    {
      *selection = KIN_CARD_SELECTION_DECK;
      *deck_id = g_strdup (text + 5);
    }
  else
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("Unknown card selection “%s”: use principles, all or deck:ID"),
                   text != NULL ? text : "");
      return FALSE;
    }

  return TRUE;
}

/**
 * kin_print_job_options_init:
 * @options: options to fill in
 * @project: (nullable): the project whose print settings to start from
 *
 * Sets @options to one copy of each principle card, no backs, starting at
 * the first slot, with the project's template, bleed, crop marks, duplex
 * and back offset.
 */
void
kin_print_job_options_init (KinPrintJobOptions *options,
                            KinProject         *project)
{
  KinPrintSettings *settings;

  g_return_if_fail (options != NULL);

  *options = (KinPrintJobOptions) {
    .selection = KIN_CARD_SELECTION_PRINCIPLES,
    .back = KIN_CARD_BACK_BEHAVIOURS,
    .copies = 1,
    .duplex = KIN_DUPLEX_NONE,
    .bleed_mm = -1,
    .crop_marks = -1,
  };

  if (project == NULL)
    return;

  settings = kin_project_get_print_settings (project);
  if (settings == NULL)
    return;

  options->template_id = kin_print_settings_get_template (settings);
  if (options->template_id != NULL && options->template_id[0] == '\0')
    options->template_id = NULL;
  options->duplex = kin_print_settings_get_duplex (settings);
  options->back_offset_x_mm = kin_print_settings_get_back_offset_x (settings);
  options->back_offset_y_mm = kin_print_settings_get_back_offset_y (settings);
  options->bleed_mm = kin_print_settings_get_bleed_mm (settings);
  options->crop_marks = kin_print_settings_get_crop_marks (settings) ? 1 : 0;
}

static void
add_card (KinPrintJob *self,
          KinCardFace *front,
          KinCardFace *back,
          guint        copies)
{
  for (guint i = 0; i < copies; i++)
    {
      g_ptr_array_add (self->fronts, kin_card_face_ref (front));
      g_ptr_array_add (self->backs, kin_card_face_ref (back));
    }
}

static void
add_principles (KinPrintJob              *self,
                KinProject               *project,
                const KinPrintJobOptions *options,
                GHashTable               *art_cache)
{
  GListModel *principles = kin_project_get_principles (project);
  guint n = g_list_model_get_n_items (principles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinPrinciple) principle = g_list_model_get_item (principles, i);
      g_autoptr(KinCardFace) front = _kin_card_face_new_principle_front (project, principle, art_cache);
      g_autoptr(KinCardFace) back = kin_card_face_new_principle_back (project, principle, options->back);

      add_card (self, front, back, options->copies);
    }
}

static void
add_deck (KinPrintJob              *self,
          KinProject               *project,
          KinDeck                  *deck,
          const KinPrintJobOptions *options)
{
  GListModel *cards = kin_deck_get_cards (deck);
  guint n = g_list_model_get_n_items (cards);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCard) card = g_list_model_get_item (cards, i);
      g_autoptr(KinCardFace) front = kin_card_face_new_conversation (project, card);
      g_autoptr(KinCardFace) back = kin_card_face_new_conversation_back (project, deck, card);

      add_card (self, front, back, options->copies);
    }
}

static gboolean
collect_faces (KinPrintJob              *self,
               KinProject               *project,
               const KinPrintJobOptions *options,
               GError                  **error)
{
  g_autoptr(GHashTable) art_cache = _kin_card_art_cache_new ();
  GListModel *decks = kin_project_get_decks (project);

  if (options->selection != KIN_CARD_SELECTION_DECK)
    add_principles (self, project, options, art_cache);

  if (options->selection == KIN_CARD_SELECTION_DECK)
    {
      KinDeck *deck = options->deck_id != NULL ? kin_project_lookup (project, KIN_TYPE_DECK, options->deck_id) : NULL;

      if (deck == NULL)
        {
          g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNKNOWN_DECK,
                       _("The project has no conversation deck with the ID “%s”"),
                       options->deck_id != NULL ? options->deck_id : "");
          return FALSE;
        }
      add_deck (self, project, deck, options);
    }
  else if (options->selection == KIN_CARD_SELECTION_ALL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
        {
          g_autoptr(KinDeck) deck = g_list_model_get_item (decks, i);

          add_deck (self, project, deck, options);
        }
    }

  if (self->fronts->len == 0)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_NOTHING_TO_PRINT,
                   options->selection == KIN_CARD_SELECTION_PRINCIPLES
                     ? _("There are no principles to print; add one first")
                     : _("There are no cards to print; add principles or conversation cards first"));
      return FALSE;
    }

  return TRUE;
}

/* Resolves the template and the card size, re-laying out print-shop sheets
 * around a different card size or bleed. */
static gboolean
choose_layout (KinPrintJob              *self,
               const KinPrintJobOptions *options,
               GError                  **error)
{
  g_autoptr(KinSheetTemplate) sheet = NULL;
  const KinCardSize *size = NULL;
  const char *id = options->template_id != NULL ? options->template_id : kin_sheet_template_get_default_id ();

  if (options->sheet_template != NULL)
    sheet = kin_sheet_template_copy (options->sheet_template);
  else
    {
      g_autoptr(KinSheetTemplate) found = kin_sheet_template_lookup (id);

      if (found == NULL)
        {
          g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_UNKNOWN_TEMPLATE,
                       _("There is no card template “%s”; see the Print Cards page for the list"), id);
          return FALSE;
        }
      sheet = kin_sheet_template_copy (found);
    }

  if (!kin_sheet_template_validate (sheet, error))
    return FALSE;

  self->bleed = options->bleed_mm >= 0 ? options->bleed_mm : sheet->bleed_mm;
  self->crop_marks = options->crop_marks >= 0 ? options->crop_marks != 0 : sheet->crop_marks;
  if (self->bleed > 20)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("A bleed of %.1f mm is too large; use 0 to 20 mm"), self->bleed);
      return FALSE;
    }

  self->card_width = sheet->card_width_mm;
  self->card_height = sheet->card_height_mm;
  self->corner_radius = sheet->corner_radius_mm;

  if (options->card_size_id != NULL)
    {
      size = kin_card_size_lookup (options->card_size_id);
      if (size == NULL)
        {
          g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                       _("Unknown card size “%s”"), options->card_size_id);
          return FALSE;
        }
      self->card_width = size->width_mm;
      self->card_height = size->height_mm;
      self->corner_radius = size->corner_radius_mm;
    }

  if (sheet->print_shop)
    _kin_sheet_template_layout_print_shop (sheet, self->card_width, self->card_height, self->bleed);

  if ((sheet->columns > 1 && self->card_width > sheet->pitch_x_mm + 0.01) ||
      (sheet->rows > 1 && self->card_height > sheet->pitch_y_mm + 0.01) ||
      self->card_width > sheet->paper_width_mm || self->card_height > sheet->paper_height_mm)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("Cards of %.2f × %.2f mm do not fit the slots of “%s” (%.2f × %.2f mm); "
                     "choose another card size or template"),
                   self->card_width, self->card_height, sheet->name,
                   sheet->card_width_mm, sheet->card_height_mm);
      return FALSE;
    }

  /* A smaller or larger card sits in the middle of its label. */
  self->card_dx = (sheet->card_width_mm - self->card_width) / 2;
  self->card_dy = (sheet->card_height_mm - self->card_height) / 2;
  if (sheet->print_shop)
    self->card_dx = self->card_dy = 0;

  self->slots_per_sheet = sheet->columns * sheet->rows;
  self->sheet = g_steal_pointer (&sheet);
  return TRUE;
}

/**
 * kin_print_job_new:
 * @project: the project to print from
 * @options: what and how to print
 * @error: return location for an error
 *
 * Builds every card face and lays them out. The job does not follow later
 * edits to @project; build a new one to show them.
 *
 * Returns: (transfer full) (nullable): the job, or %NULL with @error set
 */
KinPrintJob *
kin_print_job_new (KinProject               *project,
                   const KinPrintJobOptions *options,
                   GError                  **error)
{
  g_autoptr(KinPrintJob) self = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KIN_TYPE_PRINT_JOB, NULL);

  if (options->copies < 1 || options->copies > 1000)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("Print 1 to 1000 copies of each card"));
      return NULL;
    }
  if (fabs (options->back_offset_x_mm) > 20 || fabs (options->back_offset_y_mm) > 20)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("The back offset must be between −20 and 20 mm"));
      return NULL;
    }

  if (!choose_layout (self, options, error))
    return NULL;

  if (options->start_position >= self->slots_per_sheet)
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_OPTION,
                   _("The start position must be from 1 to %u on this sheet"), self->slots_per_sheet);
      return NULL;
    }

  if (!collect_faces (self, project, options, error))
    return NULL;

  self->start = options->start_position;
  self->duplex = options->duplex;
  self->offset_x = options->back_offset_x_mm;
  self->offset_y = options->back_offset_y_mm;
  self->font_family = g_strdup (options->font_family);
  self->n_sheets = (self->start + self->fronts->len + self->slots_per_sheet - 1) / self->slots_per_sheet;

  return g_steal_pointer (&self);
}

/**
 * kin_print_job_get_template:
 * @self: a print job
 *
 * Returns: (transfer none): the template as laid out for this job (for a
 *   print-shop sheet, re-laid out around the job's card size and bleed)
 */
KinSheetTemplate *
kin_print_job_get_template (KinPrintJob *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), NULL);
  return self->sheet;
}

/**
 * kin_print_job_get_n_cards:
 * @self: a print job
 *
 * Returns: the number of cards, copies included
 */
guint
kin_print_job_get_n_cards (KinPrintJob *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), 0);
  return self->fronts->len;
}

/**
 * kin_print_job_get_n_sheets:
 * @self: a print job
 *
 * Returns: the number of sheets of paper
 */
guint
kin_print_job_get_n_sheets (KinPrintJob *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), 0);
  return self->n_sheets;
}

/**
 * kin_print_job_get_n_pages:
 * @self: a print job
 *
 * Returns: the number of pages: the sheets, twice over with duplex
 */
guint
kin_print_job_get_n_pages (KinPrintJob *self)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), 0);
  return self->duplex == KIN_DUPLEX_NONE ? self->n_sheets : 2 * self->n_sheets;
}

/**
 * kin_print_job_is_back_page:
 * @self: a print job
 * @page_index: a page
 *
 * Returns: whether @page_index carries card backs
 */
gboolean
kin_print_job_is_back_page (KinPrintJob *self,
                            guint        page_index)
{
  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), FALSE);
  return self->duplex != KIN_DUPLEX_NONE && page_index % 2 == 1;
}

/**
 * kin_print_job_get_page_size:
 * @self: a print job
 * @width_mm: (out) (optional): paper width
 * @height_mm: (out) (optional): paper height
 *
 * Gets the paper size; every page has the same size, portrait.
 */
void
kin_print_job_get_page_size (KinPrintJob *self,
                             double      *width_mm,
                             double      *height_mm)
{
  g_return_if_fail (KIN_IS_PRINT_JOB (self));

  if (width_mm != NULL)
    *width_mm = self->sheet->paper_width_mm;
  if (height_mm != NULL)
    *height_mm = self->sheet->paper_height_mm;
}

/**
 * kin_print_job_get_card_size:
 * @self: a print job
 * @width_mm: (out) (optional): card trim width
 * @height_mm: (out) (optional): card trim height
 * @corner_radius_mm: (out) (optional): corner radius
 *
 * Gets the size the cards are printed at.
 */
void
kin_print_job_get_card_size (KinPrintJob *self,
                             double      *width_mm,
                             double      *height_mm,
                             double      *corner_radius_mm)
{
  g_return_if_fail (KIN_IS_PRINT_JOB (self));

  if (width_mm != NULL)
    *width_mm = self->card_width;
  if (height_mm != NULL)
    *height_mm = self->card_height;
  if (corner_radius_mm != NULL)
    *corner_radius_mm = self->corner_radius;
}

static KinTrimBox
front_trim (KinPrintJob *self,
            guint        slot)
{
  guint column = slot % self->sheet->columns;
  guint row = slot / self->sheet->columns;

  return (KinTrimBox) {
    self->sheet->margin_left_mm + column * self->sheet->pitch_x_mm + self->card_dx,
    self->sheet->margin_top_mm + row * self->sheet->pitch_y_mm + self->card_dy,
    self->card_width,
    self->card_height,
  };
}

/* Mirrors a box given on the fronts page to where it lies on the backs page. */
static KinTrimBox
to_back (KinPrintJob *self,
         KinTrimBox   box)
{
  if (self->duplex == KIN_DUPLEX_SHORT_EDGE)
    box.y = self->sheet->paper_height_mm - box.y - box.height;
  else
    box.x = self->sheet->paper_width_mm - box.x - box.width;

  box.x += self->offset_x;
  box.y += self->offset_y;
  return box;
}

KinTrimBox
_kin_print_job_trim_box (KinPrintJob *self,
                         guint        page_index,
                         guint        slot)
{
  KinTrimBox box = front_trim (self, slot);

  return kin_print_job_is_back_page (self, page_index) ? to_back (self, box) : box;
}

/* The box a card may paint in: its trim plus the bleed, except that towards
 * a neighbour closer than twice the bleed it stops half-way, so no card ever
 * paints over another's trim. */
static KinTrimBox
paint_box (KinPrintJob *self,
           guint        page_index,
           guint        slot)
{
  KinSheetTemplate *sheet = self->sheet;
  guint column = slot % sheet->columns;
  guint row = slot / sheet->columns;
  double gap_x = sheet->pitch_x_mm - self->card_width;
  double gap_y = sheet->pitch_y_mm - self->card_height;
  double inner_x = MIN (self->bleed, MAX (gap_x, 0) / 2);
  double inner_y = MIN (self->bleed, MAX (gap_y, 0) / 2);
  double left = column > 0 ? inner_x : self->bleed;
  double right = column + 1 < sheet->columns ? inner_x : self->bleed;
  double top = row > 0 ? inner_y : self->bleed;
  double bottom = row + 1 < sheet->rows ? inner_y : self->bleed;
  KinTrimBox box = front_trim (self, slot);

  box = (KinTrimBox) { box.x - left, box.y - top, box.width + left + right, box.height + top + bottom };
  return kin_print_job_is_back_page (self, page_index) ? to_back (self, box) : box;
}

/**
 * kin_print_job_get_slot_rect:
 * @self: a print job
 * @page_index: a page
 * @slot: a slot, row by row from the top-left of the fronts page
 * @x_mm: (out) (optional): left edge of the card's trim box on that page
 * @y_mm: (out) (optional): top edge
 *
 * Returns: whether @slot exists on the sheet
 */
gboolean
kin_print_job_get_slot_rect (KinPrintJob *self,
                             guint        page_index,
                             guint        slot,
                             double      *x_mm,
                             double      *y_mm)
{
  KinTrimBox box;

  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), FALSE);

  if (slot >= self->slots_per_sheet)
    return FALSE;

  box = _kin_print_job_trim_box (self, page_index, slot);
  if (x_mm != NULL)
    *x_mm = box.x;
  if (y_mm != NULL)
    *y_mm = box.y;
  return TRUE;
}

/**
 * kin_print_job_get_slot_card:
 * @self: a print job
 * @page_index: a page
 * @slot: a slot
 *
 * Returns: the index of the card in @slot, copies counted, or %G_MAXUINT
 *   when the slot is left empty
 */
guint
kin_print_job_get_slot_card (KinPrintJob *self,
                             guint        page_index,
                             guint        slot)
{
  guint sheet;
  gint64 card;

  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), G_MAXUINT);

  if (page_index >= kin_print_job_get_n_pages (self) || slot >= self->slots_per_sheet)
    return G_MAXUINT;

  sheet = self->duplex == KIN_DUPLEX_NONE ? page_index : page_index / 2;
  card = (gint64) sheet * self->slots_per_sheet + slot - self->start;

  return card >= 0 && card < self->fronts->len ? (guint) card : G_MAXUINT;
}

/**
 * kin_print_job_get_crop_marks:
 * @self: a print job
 * @page_index: a page
 *
 * Returns: (transfer full) (element-type KinCropMark): the crop marks of
 *   the page, in mm; empty when the job has no crop marks
 */
GArray *
kin_print_job_get_crop_marks (KinPrintJob *self,
                              guint        page_index)
{
  g_autoptr(GArray) trims = g_array_new (FALSE, FALSE, sizeof (KinTrimBox));

  g_return_val_if_fail (KIN_IS_PRINT_JOB (self), NULL);

  if (!self->crop_marks)
    return g_array_new (FALSE, FALSE, sizeof (KinCropMark));

  for (guint slot = 0; slot < self->slots_per_sheet; slot++)
    if (kin_print_job_get_slot_card (self, page_index, slot) != G_MAXUINT)
      {
        KinTrimBox box = _kin_print_job_trim_box (self, page_index, slot);

        g_array_append_val (trims, box);
      }

  return _kin_crop_marks_compute ((KinTrimBox *) (gpointer) trims->data, trims->len, self->bleed,
                                  self->sheet->paper_width_mm, self->sheet->paper_height_mm);
}

/* Black hairlines on a white halo: visible on white paper and across any
 * artwork that reaches them. */
static void
draw_crop_marks (cairo_t *cr,
                 GArray  *marks)
{
  const double hairline_mm = 0.25 / PT_PER_MM;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < marks->len; i++)
        {
          const KinCropMark *mark = &g_array_index (marks, KinCropMark, i);

          cairo_move_to (cr, mark->x1, mark->y1);
          cairo_line_to (cr, mark->x2, mark->y2);
        }

      if (pass == 0)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_set_line_width (cr, hairline_mm * 5);
        }
      else
        {
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, hairline_mm);
        }
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

/**
 * kin_print_job_render_page:
 * @self: a print job
 * @cr: where to draw, in points
 * @page_index: the page, from 0
 *
 * Draws one page: cards with their bleed, then crop marks. The paper itself
 * is not painted.
 */
void
kin_print_job_render_page (KinPrintJob *self,
                           cairo_t     *cr,
                           guint        page_index)
{
  gboolean back;
  KinCardRenderOptions options;
  g_autoptr(GArray) marks = NULL;

  g_return_if_fail (KIN_IS_PRINT_JOB (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_index < kin_print_job_get_n_pages (self));

  back = kin_print_job_is_back_page (self, page_index);
  kin_card_render_options_init (&options);
  options.units_per_mm = PT_PER_MM;
  options.bleed_mm = self->bleed;
  options.font_family = self->font_family;

  for (guint slot = 0; slot < self->slots_per_sheet; slot++)
    {
      guint card = kin_print_job_get_slot_card (self, page_index, slot);
      KinTrimBox trim, clip;
      KinCardFace *face;

      if (card == G_MAXUINT)
        continue;

      face = g_ptr_array_index (back ? self->backs : self->fronts, card);
      trim = _kin_print_job_trim_box (self, page_index, slot);
      clip = paint_box (self, page_index, slot);

      cairo_save (cr);
      cairo_rectangle (cr, clip.x * PT_PER_MM, clip.y * PT_PER_MM,
                       clip.width * PT_PER_MM, clip.height * PT_PER_MM);
      cairo_clip (cr);
      cairo_translate (cr, trim.x * PT_PER_MM, trim.y * PT_PER_MM);
      kin_card_face_render (face, cr, trim.width * PT_PER_MM, trim.height * PT_PER_MM, &options);
      cairo_restore (cr);
    }

  marks = kin_print_job_get_crop_marks (self, page_index);
  if (marks->len > 0)
    {
      cairo_save (cr);
      cairo_scale (cr, PT_PER_MM, PT_PER_MM);
      draw_crop_marks (cr, marks);
      cairo_restore (cr);
    }
}
