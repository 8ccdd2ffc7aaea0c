/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sheet-preview"

#include "config.h"

#include <math.h>

#include "kin-sheet-preview.h"

/* One page of a print job on screen, drawn by kin_print_job_render_page(),
 * the function that draws the printed and exported pages, on a white sheet
 * of the job's paper size.
 */

#define NATURAL_WIDTH 260
#define MINIMUM_WIDTH 120
#define MAXIMUM_WIDTH 420
#define SHADOW_SPACE 6.0
#define POINTS_PER_MM (72.0 / 25.4)

struct _KinSheetPreview
{
  GtkWidget    parent_instance;

  KinPrintJob *job;
  guint        page_index;
};

G_DEFINE_FINAL_TYPE (KinSheetPreview, kin_sheet_preview, GTK_TYPE_WIDGET)

static void
get_paper_size (KinSheetPreview *self,
                double          *width_mm,
                double          *height_mm)
{
  *width_mm = 210;
  *height_mm = 297;
  if (self->job != NULL)
    kin_print_job_get_page_size (self->job, width_mm, height_mm);
}

static GtkSizeRequestMode
kin_sheet_preview_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kin_sheet_preview_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  KinSheetPreview *self = KIN_SHEET_PREVIEW (widget);
  double width_mm, height_mm;

  get_paper_size (self, &width_mm, &height_mm);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      /* The page keeps its proportions at whatever width it gets. */
      int width = for_size > 0 ? MIN (for_size, MAXIMUM_WIDTH) : NATURAL_WIDTH;

      *minimum = *natural =
        (int) ceil ((width - 2 * SHADOW_SPACE) * height_mm / width_mm + 2 * SHADOW_SPACE);
    }
}

static void
kin_sheet_preview_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KinSheetPreview *self = KIN_SHEET_PREVIEW (widget);
  double widget_width = gtk_widget_get_width (widget);
  double widget_height = gtk_widget_get_height (widget);
  double width_mm, height_mm, scale, paper_width, paper_height;
  GskRoundedRect outline;
  cairo_t *cr;

  if (self->job == NULL || self->page_index >= kin_print_job_get_n_pages (self->job))
    return;

  get_paper_size (self, &width_mm, &height_mm);
  scale = MIN ((widget_width - 2 * SHADOW_SPACE) / width_mm,
               (widget_height - 2 * SHADOW_SPACE) / height_mm);
  if (scale <= 0)
    return;

  paper_width = floor (width_mm * scale);
  paper_height = floor (height_mm * scale);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (floor ((widget_width - paper_width) / 2),
                                                floor ((widget_height - paper_height) / 2)));

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (0, 0, paper_width, paper_height), 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline,
                                     &(GdkRGBA) { 0, 0, 0, 0.3 }, 0, 1, 0, 4);
  /* Paper is white in the dark style too: this is what will be printed. */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 1, 1, 1, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, paper_width, paper_height));

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, paper_width, paper_height));
  /* Pages are drawn in points. */
  cairo_scale (cr, scale / POINTS_PER_MM, scale / POINTS_PER_MM);
  kin_print_job_render_page (self->job, cr, self->page_index);
  cairo_destroy (cr);

  gtk_snapshot_restore (snapshot);
}

static void
kin_sheet_preview_dispose (GObject *object)
{
  KinSheetPreview *self = KIN_SHEET_PREVIEW (object);

  g_clear_object (&self->job);

  G_OBJECT_CLASS (kin_sheet_preview_parent_class)->dispose (object);
}

static void
kin_sheet_preview_class_init (KinSheetPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_sheet_preview_dispose;

  widget_class->get_request_mode = kin_sheet_preview_get_request_mode;
  widget_class->measure = kin_sheet_preview_measure;
  widget_class->snapshot = kin_sheet_preview_snapshot;

  gtk_widget_class_set_css_name (widget_class, "kin-sheet-preview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kin_sheet_preview_init (KinSheetPreview *self)
{
}

/**
 * kin_sheet_preview_new:
 *
 * Returns: a new, empty sheet preview
 */
GtkWidget *
kin_sheet_preview_new (void)
{
  return g_object_new (KIN_TYPE_SHEET_PREVIEW, NULL);
}

/**
 * kin_sheet_preview_get_job:
 *
 * Returns: (nullable) (transfer none): the job shown
 */
KinPrintJob *
kin_sheet_preview_get_job (KinSheetPreview *self)
{
  g_return_val_if_fail (KIN_IS_SHEET_PREVIEW (self), NULL);

  return self->job;
}

guint
kin_sheet_preview_get_page_index (KinSheetPreview *self)
{
  g_return_val_if_fail (KIN_IS_SHEET_PREVIEW (self), 0);

  return self->page_index;
}

/**
 * kin_sheet_preview_set_page:
 * @job: (nullable): a print job; %NULL shows nothing
 * @page_index: the page of @job to show
 */
void
kin_sheet_preview_set_page (KinSheetPreview *self,
                            KinPrintJob     *job,
                            guint            page_index)
{
  g_return_if_fail (KIN_IS_SHEET_PREVIEW (self));
  g_return_if_fail (job == NULL || KIN_IS_PRINT_JOB (job));

  g_set_object (&self->job, job);
  self->page_index = page_index;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
