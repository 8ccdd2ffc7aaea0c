/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-presenting"

#include "config.h"

#include "kin-console-columns.h"

/* Two columns side by side, of equal width, when there is room for both;
 * one under the other on a narrow window. Unlike a flow box, the choice
 * depends only on the width given, never on how long the texts inside
 * happen to be. Children are added in the template with <child>. */

#define COLUMN_MIN_WIDTH 360
#define SPACING 24

struct _KinConsoleColumns
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (KinConsoleColumns, kin_console_columns, GTK_TYPE_WIDGET)

static gboolean
fits_side_by_side (int width)
{
  return width >= 2 * COLUMN_MIN_WIDTH + SPACING;
}

static int
column_width (int width)
{
  return (width - SPACING) / 2;
}

static GtkSizeRequestMode
kin_console_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kin_console_columns_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  gboolean side_by_side = orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0 &&
                          fits_side_by_side (for_size);
  int child_for_size = side_by_side ? column_width (for_size) : for_size;
  guint n = 0;

  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, child_for_size, &child_min, &child_nat, NULL, NULL);

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* Narrow enough for one column; wide enough, naturally, for two. */
          *minimum = MAX (*minimum, child_min);
          *natural += MIN (child_nat, COLUMN_MIN_WIDTH * 3 / 2) + (n > 0 ? SPACING : 0);
        }
      else if (side_by_side)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min + (n > 0 ? SPACING : 0);
          *natural += child_nat + (n > 0 ? SPACING : 0);
        }
      n++;
    }

  *natural = MAX (*natural, *minimum);
}

static void
kin_console_columns_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  gboolean side_by_side = fits_side_by_side (width);
  int x = 0, y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width = side_by_side ? column_width (width) : width;
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, &child_height, NULL, NULL, NULL);
      if (side_by_side)
        child_height = MAX (child_height, height);

      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, child_width, child_height }, -1);

      if (side_by_side)
        x += child_width + SPACING;
      else
        y += child_height + SPACING;
    }
}

static void
kin_console_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kin_console_columns_parent_class)->dispose (object);
}

static void
kin_console_columns_class_init (KinConsoleColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_console_columns_dispose;

  widget_class->get_request_mode = kin_console_columns_get_request_mode;
  widget_class->measure = kin_console_columns_measure;
  widget_class->size_allocate = kin_console_columns_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "kin-console-columns");
}

static void
kin_console_columns_init (KinConsoleColumns *self)
{
}

/**
 * kin_console_columns_get_side_by_side:
 *
 * Returns: whether the columns are laid out side by side at the width
 *   they were last given
 */
gboolean
kin_console_columns_get_side_by_side (KinConsoleColumns *self)
{
  g_return_val_if_fail (KIN_IS_CONSOLE_COLUMNS (self), FALSE);

  return fits_side_by_side (gtk_widget_get_width (GTK_WIDGET (self)));
}
