/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kin-card-render.h"
#include "kin-enums.h"
#include "kin-types.h"

G_BEGIN_DECLS

/*
 * Sheets of pocket cards: the sheet templates (label sheets and print-shop
 * sheets), the print job that lays cards out on pages, and export to PDF, PNG
 * and SVG. No GTK: a GtkPrintOperation draws each page with
 * kin_print_job_render_page(), the command line calls kin_print_job_export().
 */

#define KIN_SHEET_ERROR (kin_sheet_error_quark ())

typedef enum
{
  KIN_SHEET_ERROR_INVALID_TEMPLATE,  /* a template's JSON is wrong */
  KIN_SHEET_ERROR_UNKNOWN_TEMPLATE,  /* no template has that ID */
  KIN_SHEET_ERROR_UNKNOWN_DECK,      /* --cards=deck:ID names no deck */
  KIN_SHEET_ERROR_INVALID_OPTION,    /* a print job option is out of range */
  KIN_SHEET_ERROR_NOTHING_TO_PRINT,  /* the selection has no cards */
  KIN_SHEET_ERROR_UNSUPPORTED_FORMAT,/* not .pdf, .png or .svg */
  KIN_SHEET_ERROR_FAILED,            /* cairo could not write the file */
} KinSheetError;

GQuark kin_sheet_error_quark (void);

/* Sheet templates -------------------------------------------------------- */

#define KIN_TYPE_SHEET_TEMPLATE (kin_sheet_template_get_type ())

/**
 * KinSheetTemplate:
 * @id: stable identifier, e.g. "avery-c32011"
 * @name: display name (already translated for bundled templates)
 * @description: one line, e.g. "A4, 10 cards of 85 × 54 mm"; may be empty
 * @paper: PWG paper name ("iso_a4", "na_letter") or "custom"
 * @paper_width_mm: paper width, portrait
 * @paper_height_mm: paper height
 * @columns: cards across
 * @rows: cards down
 * @margin_left_mm: left edge of the first column's trim box
 * @margin_top_mm: top edge of the first row's trim box
 * @pitch_x_mm: distance from one column's left edge to the next one's
 * @pitch_y_mm: distance from one row's top edge to the next one's
 * @card_size: ID of a #KinCardSize, or NULL when only the dimensions apply
 * @card_width_mm: trim width of one card
 * @card_height_mm: trim height of one card
 * @corner_radius_mm: corner radius of the die-cut cards (0: square)
 * @print_shop: a print-shop sheet: cards carry bleed and crop marks, and the
 *   grid is laid out automatically around the card size (the grid fields
 *   then hold the computed layout for the template's own card size)
 * @bleed_mm: default bleed (print-shop sheets: 3 mm or 1/8 in)
 * @crop_marks: whether crop marks are drawn by default
 * @custom: a user template (from the "custom-templates" setting)
 *
 * A sheet layout. Instances are immutable and reference counted.
 */
typedef struct
{
  char     *id;
  char     *name;
  char     *description;
  char     *paper;
  double    paper_width_mm;
  double    paper_height_mm;
  guint     columns;
  guint     rows;
  double    margin_left_mm;
  double    margin_top_mm;
  double    pitch_x_mm;
  double    pitch_y_mm;
  char     *card_size;
  double    card_width_mm;
  double    card_height_mm;
  double    corner_radius_mm;
  gboolean  print_shop;
  double    bleed_mm;
  gboolean  crop_marks;
  gboolean  custom;
} KinSheetTemplate;

GType             kin_sheet_template_get_type       (void) G_GNUC_CONST;
KinSheetTemplate *kin_sheet_template_new            (void);
KinSheetTemplate *kin_sheet_template_copy           (const KinSheetTemplate *self);
KinSheetTemplate *kin_sheet_template_ref            (KinSheetTemplate       *self);
void              kin_sheet_template_unref          (KinSheetTemplate       *self);

KinSheetTemplate *kin_sheet_template_new_from_json  (const char             *json,
                                                     GError                **error);
char             *kin_sheet_template_to_json        (const KinSheetTemplate *self);
gboolean          kin_sheet_template_validate       (const KinSheetTemplate *self,
                                                     GError                **error);

GPtrArray        *kin_sheet_template_list           (void);
KinSheetTemplate *kin_sheet_template_lookup         (const char             *id);
const char       *kin_sheet_template_get_default_id (void);

GPtrArray        *kin_sheet_template_parse_custom   (const char             *json_array,
                                                     GError                **error);
char             *kin_sheet_template_custom_to_json (GPtrArray              *templates);
gboolean          kin_sheet_template_set_custom     (const char             *json_array,
                                                     GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinSheetTemplate, kin_sheet_template_unref)

/* Crop marks -------------------------------------------------------------- */

/**
 * KinCropMark:
 * @x1: start x in mm from the paper's top-left corner
 * @y1: start y (the end nearer its card)
 * @x2: end x
 * @y2: end y
 *
 * One crop-mark segment; every mark is horizontal or vertical.
 */
typedef struct
{
  double x1;
  double y1;
  double x2;
  double y2;
} KinCropMark;

/* Print jobs -------------------------------------------------------------- */

/**
 * KinCardSelection:
 * @KIN_CARD_SELECTION_PRINCIPLES: one card per principle
 * @KIN_CARD_SELECTION_DECK: the cards of one conversation deck
 * @KIN_CARD_SELECTION_ALL: the principles, then every deck's cards
 */
typedef enum
{
  KIN_CARD_SELECTION_PRINCIPLES,
  KIN_CARD_SELECTION_DECK,
  KIN_CARD_SELECTION_ALL,
} KinCardSelection;

gboolean kin_card_selection_parse (const char        *text,
                                   KinCardSelection  *selection,
                                   char             **deck_id,
                                   GError           **error);

/**
 * KinPrintJobOptions:
 * @sheet_template: (nullable): the template; NULL looks up @template_id
 * @template_id: (nullable): used when @sheet_template is NULL; NULL means
 *   the default template
 * @card_size_id: (nullable): draw cards of this size instead of the
 *   template's (centred in each label; print-shop grids are re-laid out)
 * @selection: what to print
 * @deck_id: the deck, for %KIN_CARD_SELECTION_DECK
 * @back: what principle card backs show
 * @copies: copies of each card, at least 1
 * @start_position: slots left empty at the start of the first sheet, so a
 *   part-used label sheet can be finished (0-based, less than a sheet)
 * @duplex: none (fronts only), or a backs page after each fronts page
 * @back_offset_x_mm: moves everything on back pages right (negative: left)
 * @back_offset_y_mm: moves everything on back pages down (negative: up)
 * @bleed_mm: bleed; negative means the template's default
 * @crop_marks: -1 the template's default, 0 off, 1 on
 * @font_family: (nullable): Pango font families for the cards; NULL for
 *   the renderer's default
 *
 * Initialise with kin_print_job_options_init(), which reads the project's
 * print settings.
 */
typedef struct
{
  KinSheetTemplate *sheet_template;
  const char       *template_id;
  const char       *card_size_id;
  KinCardSelection  selection;
  const char       *deck_id;
  KinCardBack       back;
  guint             copies;
  guint             start_position;
  KinDuplex         duplex;
  double            back_offset_x_mm;
  double            back_offset_y_mm;
  double            bleed_mm;
  int               crop_marks;
  const char       *font_family;
} KinPrintJobOptions;

void kin_print_job_options_init (KinPrintJobOptions *options,
                                 KinProject         *project);

/**
 * KinProgressFunc:
 * @fraction: from 0 to 1
 * @user_data: the data given with the function
 *
 * Reports export progress. It is called in the thread that exports.
 */
typedef void (*KinProgressFunc) (double   fraction,
                                 gpointer user_data);

#define KIN_TYPE_PRINT_JOB (kin_print_job_get_type ())

/* An immutable, laid-out print job: every card face is built when the job is
 * created, so the job can be drawn or exported from another thread while the
 * project is being edited. Its faces share decoded artwork, so draw one job
 * from one thread at a time; build a second job for a preview that runs
 * during an export. */
G_DECLARE_FINAL_TYPE (KinPrintJob, kin_print_job, KIN, PRINT_JOB, GObject)

KinPrintJob      *kin_print_job_new                   (KinProject               *project,
                                                       const KinPrintJobOptions *options,
                                                       GError                  **error);

KinSheetTemplate *kin_print_job_get_template          (KinPrintJob  *self);
guint             kin_print_job_get_n_cards           (KinPrintJob  *self);
guint             kin_print_job_get_n_sheets          (KinPrintJob  *self);
guint             kin_print_job_get_n_pages           (KinPrintJob  *self);
gboolean          kin_print_job_is_back_page          (KinPrintJob  *self,
                                                       guint         page_index);
void              kin_print_job_get_page_size         (KinPrintJob  *self,
                                                       double       *width_mm,
                                                       double       *height_mm);
void              kin_print_job_get_card_size         (KinPrintJob  *self,
                                                       double       *width_mm,
                                                       double       *height_mm,
                                                       double       *corner_radius_mm);
gboolean          kin_print_job_get_slot_rect         (KinPrintJob  *self,
                                                       guint         page_index,
                                                       guint         slot,
                                                       double       *x_mm,
                                                       double       *y_mm);
guint             kin_print_job_get_slot_card         (KinPrintJob  *self,
                                                       guint         page_index,
                                                       guint         slot);
GArray           *kin_print_job_get_crop_marks        (KinPrintJob  *self,
                                                       guint         page_index);

/* Pages are drawn in points (1/72 in) with (0, 0) at the paper's top-left
 * corner; scale the cairo_t first for other units. Page order: with duplex,
 * fronts of sheet 1, backs of sheet 1, fronts of sheet 2, ... Slots are
 * numbered row by row from the top-left of the fronts page; on a back page,
 * slot N holds the back of the card in front slot N (mirrored position).
 * kin_print_job_get_slot_card() returns G_MAXUINT for an empty slot. */
void              kin_print_job_render_page           (KinPrintJob  *self,
                                                       cairo_t      *cr,
                                                       guint         page_index);
guint             kin_print_job_get_n_calibration_pages (KinPrintJob *self);
void              kin_print_job_render_calibration_page (KinPrintJob *self,
                                                       cairo_t      *cr,
                                                       guint         page_index);
void              kin_print_job_render_calibration    (KinPrintJob  *self,
                                                       cairo_t      *cr);

gboolean          kin_print_job_export                (KinPrintJob      *self,
                                                       GFile            *file,
                                                       double            dpi,
                                                       KinProgressFunc   progress,
                                                       gpointer          user_data,
                                                       GCancellable     *cancellable,
                                                       GError          **error);
gboolean          kin_print_job_export_calibration    (KinPrintJob      *self,
                                                       GFile            *file,
                                                       double            dpi,
                                                       GCancellable     *cancellable,
                                                       GError          **error);

G_END_DECLS
