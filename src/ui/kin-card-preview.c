/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-card-preview"

#include "config.h"

#include <math.h>

#include "kin-card-preview.h"

/* A card face on screen. It draws with kin_card_face_render(), the function
 * that prints the card, so the preview is exactly what comes out of the
 * printer, only scaled to the space the widget is given.
 */

#define DEFAULT_CARD_SIZE "id-1"
#define NATURAL_WIDTH 280
#define MINIMUM_WIDTH 120
#define MAXIMUM_WIDTH 480
#define SHADOW_RADIUS 6.0

struct _KinCardPreview
{
  GtkWidget    parent_instance;

  KinCardFace *face;
  char        *card_size;
  /* The trim size drawn, from @card_size or set directly. */
  KinCardSize  size;
};

G_DEFINE_FINAL_TYPE (KinCardPreview, kin_card_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FACE,
  PROP_CARD_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const KinCardSize *
get_size (KinCardPreview *self)
{
  return &self->size;
}

static void
look_up_size (KinCardPreview *self)
{
  const KinCardSize *size = kin_card_size_lookup (self->card_size);

  if (size == NULL)
    size = kin_card_size_lookup (DEFAULT_CARD_SIZE);
  self->size = *size;
}

static void
kin_card_preview_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KinCardPreview *self = KIN_CARD_PREVIEW (widget);
  const KinCardSize *size = get_size (self);
  double ratio = size->height_mm / size->width_mm;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      /* The height follows the width, so the card keeps its proportions
       * whatever space it is given. */
      int width = for_size > 0 ? MIN (for_size, MAXIMUM_WIDTH) : NATURAL_WIDTH;

      *minimum = *natural = (int) ceil ((width - 2 * SHADOW_RADIUS) * ratio + 2 * SHADOW_RADIUS);
    }
}

static GtkSizeRequestMode
kin_card_preview_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kin_card_preview_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KinCardPreview *self = KIN_CARD_PREVIEW (widget);
  const KinCardSize *size = get_size (self);
  double widget_width = gtk_widget_get_width (widget);
  double widget_height = gtk_widget_get_height (widget);
  double scale, card_width, card_height, radius;
  KinCardRenderOptions options;
  GskRoundedRect outline;
  cairo_t *cr;

  if (self->face == NULL || widget_width < 2 || widget_height < 2)
    return;

  /* Fit the card inside the widget, leaving room for the shadow. */
  scale = MIN ((widget_width - 2 * SHADOW_RADIUS) / size->width_mm,
               (widget_height - 2 * SHADOW_RADIUS) / size->height_mm);
  if (scale <= 0)
    return;

  card_width = floor (size->width_mm * scale);
  card_height = floor (size->height_mm * scale);
  radius = size->corner_radius_mm * scale;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (floor ((widget_width - card_width) / 2),
                                                floor ((widget_height - card_height) / 2)));

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (0, 0, card_width, card_height),
                                   radius);
  gtk_snapshot_append_outset_shadow (snapshot, &outline,
                                     &(GdkRGBA) { 0, 0, 0, 0.25 },
                                     0, 1, 0, 4);

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, card_width, card_height));
  kin_card_render_options_init (&options);
  options.units_per_mm = scale;
  options.bleed_mm = 0;
  /* Only a die-cut rounded card is shown rounded: the preview shows what the
   * printed card will look like. */
  options.corner_radius_mm = size->corner_radius_mm;
  options.clip_corners = size->corner_radius_mm > 0;
  kin_card_face_render (self->face, cr, card_width, card_height, &options);
  cairo_destroy (cr);

  gtk_snapshot_restore (snapshot);
}

static void
kin_card_preview_finalize (GObject *object)
{
  KinCardPreview *self = KIN_CARD_PREVIEW (object);

  g_clear_pointer (&self->face, kin_card_face_unref);
  g_clear_pointer (&self->card_size, g_free);

  G_OBJECT_CLASS (kin_card_preview_parent_class)->finalize (object);
}

static void
kin_card_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KinCardPreview *self = KIN_CARD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FACE:
      g_value_set_boxed (value, self->face);
      break;

    case PROP_CARD_SIZE:
      g_value_set_string (value, self->card_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KinCardPreview *self = KIN_CARD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_FACE:
      kin_card_preview_set_face (self, g_value_get_boxed (value));
      break;

    case PROP_CARD_SIZE:
      kin_card_preview_set_card_size (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_card_preview_class_init (KinCardPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kin_card_preview_finalize;
  object_class->get_property = kin_card_preview_get_property;
  object_class->set_property = kin_card_preview_set_property;

  widget_class->measure = kin_card_preview_measure;
  widget_class->get_request_mode = kin_card_preview_get_request_mode;
  widget_class->snapshot = kin_card_preview_snapshot;

  properties[PROP_FACE] =
    g_param_spec_boxed ("face", NULL, NULL,
                        KIN_TYPE_CARD_FACE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARD_SIZE] =
    g_param_spec_string ("card-size", NULL, NULL,
                         DEFAULT_CARD_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "kin-card-preview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kin_card_preview_init (KinCardPreview *self)
{
  self->card_size = g_strdup (DEFAULT_CARD_SIZE);
  look_up_size (self);
}

/**
 * kin_card_preview_new:
 *
 * Returns: a new, empty card preview
 */
GtkWidget *
kin_card_preview_new (void)
{
  return g_object_new (KIN_TYPE_CARD_PREVIEW, NULL);
}

/**
 * kin_card_preview_get_face:
 *
 * Returns: (nullable) (transfer none): the face shown
 */
KinCardFace *
kin_card_preview_get_face (KinCardPreview *self)
{
  g_return_val_if_fail (KIN_IS_CARD_PREVIEW (self), NULL);

  return self->face;
}

/**
 * kin_card_preview_set_face:
 * @face: (nullable): the face to show; %NULL shows nothing
 *
 * Faces are immutable snapshots, so a change to the card means a new face.
 */
void
kin_card_preview_set_face (KinCardPreview *self,
                           KinCardFace    *face)
{
  g_return_if_fail (KIN_IS_CARD_PREVIEW (self));

  if (self->face == face)
    return;

  g_clear_pointer (&self->face, kin_card_face_unref);
  self->face = face != NULL ? kin_card_face_ref (face) : NULL;

  if (face != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    kin_card_face_get_title (face),
                                    -1);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACE]);
}

const char *
kin_card_preview_get_card_size (KinCardPreview *self)
{
  g_return_val_if_fail (KIN_IS_CARD_PREVIEW (self), NULL);

  return self->card_size;
}

/**
 * kin_card_preview_set_card_size:
 * @card_size: (nullable): a card size id such as "uk-business"; %NULL
 *   means ID-1
 */
void
kin_card_preview_set_card_size (KinCardPreview *self,
                                const char     *card_size)
{
  g_return_if_fail (KIN_IS_CARD_PREVIEW (self));

  if (card_size == NULL)
    card_size = DEFAULT_CARD_SIZE;

  if (g_strcmp0 (self->card_size, card_size) == 0)
    return;

  g_free (self->card_size);
  self->card_size = g_strdup (card_size);
  look_up_size (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD_SIZE]);
}

/**
 * kin_card_preview_set_dimensions:
 * @width_mm: trim width
 * @height_mm: trim height
 * @corner_radius_mm: corner radius, 0 for square corners
 *
 * Shows the card at a size that is not one of the named card sizes, such as
 * the cards of a custom sheet template.
 */
void
kin_card_preview_set_dimensions (KinCardPreview *self,
                                 double          width_mm,
                                 double          height_mm,
                                 double          corner_radius_mm)
{
  g_return_if_fail (KIN_IS_CARD_PREVIEW (self));
  g_return_if_fail (width_mm > 0 && height_mm > 0);

  if (self->size.width_mm == width_mm && self->size.height_mm == height_mm &&
      self->size.corner_radius_mm == corner_radius_mm)
    return;

  self->size.width_mm = width_mm;
  self->size.height_mm = height_mm;
  self->size.corner_radius_mm = corner_radius_mm;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
