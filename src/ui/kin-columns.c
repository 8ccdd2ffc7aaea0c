/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-columns"

#include "config.h"

#include "kin-columns.h"

/* A container of two children, side by side when there is room and one
 * above the other when there is not, so that a page uses a wide screen and
 * still works in a narrow window. Side by side, the second child gets a
 * fixed width and the first the rest; stacked, both get the full width up
 * to a width that is comfortable to read, centred. The choice depends only
 * on the width, so heights are measured the way they are allocated.
 * Children are added in a template with <child>. */

/* Below this width the children are stacked. */
#define SIDE_BY_SIDE_MIN_WIDTH 880
/* The width of the second column when side by side. */
#define END_COLUMN_WIDTH       380
/* Stacked children are no wider than this. */
#define STACKED_MAX_WIDTH      760
#define SPACING                30

struct _KinColumns
{
  GtkWidget parent_instance;

  gboolean  side_by_side;
};

G_DEFINE_FINAL_TYPE (KinColumns, kin_columns, GTK_TYPE_WIDGET)

static gboolean
fits_side_by_side (int width)
{
  return width >= SIDE_BY_SIDE_MIN_WIDTH;
}

/* The first two children that take part in layout; a missing one is NULL. */
static void
get_children (GtkWidget  *widget,
              GtkWidget **start,
              GtkWidget **end)
{
  *start = *end = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      if (*start == NULL)
        *start = child;
      else if (*end == NULL)
        *end = child;
    }
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static int
natural_height (GtkWidget *child,
                int        width)
{
  int minimum, natural;

  measure_child (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural);
  return natural;
}

static void
kin_columns_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *start, *end;
  int start_min, start_nat, end_min, end_nat;
  int spacing;

  get_children (widget, &start, &end);
  spacing = start != NULL && end != NULL ? SPACING : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacking always works, so the wider minimum of the two decides. */
      measure_child (start, orientation, -1, &start_min, &start_nat);
      measure_child (end, orientation, -1, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (MAX (start_nat, end_nat), STACKED_MAX_WIDTH);
      return;
    }

  if (for_size >= 0 && fits_side_by_side (for_size) && end != NULL)
    {
      int start_width = for_size - SPACING - END_COLUMN_WIDTH;

      measure_child (start, orientation, start_width, &start_min, &start_nat);
      measure_child (end, orientation, END_COLUMN_WIDTH, &end_min, &end_nat);
      *minimum = MAX (start_min, end_min);
      *natural = MAX (start_nat, end_nat);
      return;
    }

  if (for_size >= 0)
    for_size = MIN (for_size, STACKED_MAX_WIDTH);
  measure_child (start, orientation, for_size, &start_min, &start_nat);
  measure_child (end, orientation, for_size, &end_min, &end_nat);
  *minimum = start_min + spacing + end_min;
  *natural = start_nat + spacing + end_nat;
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  if (child != NULL)
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
kin_columns_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KinColumns *self = KIN_COLUMNS (widget);
  GtkWidget *start, *end;

  get_children (widget, &start, &end);
  self->side_by_side = fits_side_by_side (width) && end != NULL;

  if (self->side_by_side)
    {
      int start_width = width - SPACING - END_COLUMN_WIDTH;

      allocate_child (start, 0, 0, start_width, natural_height (start, start_width));
      allocate_child (end, start_width + SPACING, 0, END_COLUMN_WIDTH,
                      natural_height (end, END_COLUMN_WIDTH));
    }
  else
    {
      int column = MIN (width, STACKED_MAX_WIDTH);
      int x = (width - column) / 2;
      int start_height = natural_height (start, column);

      allocate_child (start, x, 0, column, start_height);
      allocate_child (end, x, start_height + (start != NULL ? SPACING : 0), column,
                      natural_height (end, column));
    }
}

static GtkSizeRequestMode
kin_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kin_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kin_columns_parent_class)->dispose (object);
}

static void
kin_columns_class_init (KinColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_columns_dispose;

  widget_class->measure = kin_columns_measure;
  widget_class->size_allocate = kin_columns_size_allocate;
  widget_class->get_request_mode = kin_columns_get_request_mode;
}

static void
kin_columns_init (KinColumns *self)
{
}

/**
 * kin_columns_get_side_by_side:
 *
 * Returns: whether the children were last laid out side by side
 */
gboolean
kin_columns_get_side_by_side (KinColumns *self)
{
  g_return_val_if_fail (KIN_IS_COLUMNS (self), FALSE);

  return self->side_by_side;
}
