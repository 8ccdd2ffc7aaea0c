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
 * Children are added in a template with <child>.
 *
 * In a scrolled page the children get their natural heights. With "fill"
 * set, for a container that is not scrolled, they fill the height instead:
 * side by side both take all of it; stacked, both take the whole width, the
 * first three fifths of the height and the second the rest; a child on its
 * own takes the whole container. */

/* Below this width the children are stacked. */
#define SIDE_BY_SIDE_MIN_WIDTH 880
/* The width of the second column when side by side. */
#define END_COLUMN_WIDTH       380
/* Stacked children are no wider than this. */
#define STACKED_MAX_WIDTH      760
#define SPACING                30
/* Stacked and filling, the share of the height the first child gets. */
#define STACKED_FILL_SHARE     0.6

struct _KinColumns
{
  GtkWidget parent_instance;

  gboolean  side_by_side;
  gboolean  fill;
};

G_DEFINE_FINAL_TYPE (KinColumns, kin_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  if (KIN_COLUMNS (widget)->fill && end == NULL)
    {
      measure_child (start, orientation, for_size, minimum, natural);
      return;
    }

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

  /* Filling, stacked children get the whole width. */
  if (for_size >= 0 && !KIN_COLUMNS (widget)->fill)
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

static int
minimum_height (GtkWidget *child,
                int        width)
{
  int minimum, natural;

  measure_child (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural);
  return minimum;
}

/* The children share the whole height rather than taking their natural
 * heights. */
static void
allocate_filling (KinColumns *self,
                  GtkWidget  *start,
                  GtkWidget  *end,
                  int         width,
                  int         height)
{
  int start_width, start_height, end_height;

  if (end == NULL)
    {
      allocate_child (start, 0, 0, width, height);
      return;
    }

  if (self->side_by_side)
    {
      start_width = width - SPACING - END_COLUMN_WIDTH;
      allocate_child (start, 0, 0, start_width, height);
      allocate_child (end, start_width + SPACING, 0, END_COLUMN_WIDTH, height);
      return;
    }

  start_height = MAX (minimum_height (start, width), (int) ((height - SPACING) * STACKED_FILL_SHARE));
  end_height = MAX (height - SPACING - start_height, minimum_height (end, width));
  start_height = MAX (minimum_height (start, width), height - SPACING - end_height);
  allocate_child (start, 0, 0, width, start_height);
  allocate_child (end, 0, start_height + SPACING, width, end_height);
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

  if (self->fill)
    allocate_filling (self, start, end, width, height);
  else if (self->side_by_side)
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
kin_columns_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinColumns *self = KIN_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_FILL:
      g_value_set_boolean (value, self->fill);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_columns_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinColumns *self = KIN_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_FILL:
      kin_columns_set_fill (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_columns_class_init (KinColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_columns_dispose;
  object_class->get_property = kin_columns_get_property;
  object_class->set_property = kin_columns_set_property;

  properties[PROP_FILL] =
    g_param_spec_boolean ("fill", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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

/**
 * kin_columns_get_fill:
 *
 * Returns: whether the children fill the height rather than taking their
 *   natural heights
 */
gboolean
kin_columns_get_fill (KinColumns *self)
{
  g_return_val_if_fail (KIN_IS_COLUMNS (self), FALSE);

  return self->fill;
}

/**
 * kin_columns_set_fill:
 * @fill: whether the children fill the height
 *
 * Sets whether the children share the container's whole height, for a
 * container that is not in a scrolled window.
 */
void
kin_columns_set_fill (KinColumns *self,
                      gboolean    fill)
{
  g_return_if_fail (KIN_IS_COLUMNS (self));

  fill = !!fill;
  if (self->fill == fill)
    return;

  self->fill = fill;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILL]);
}
