/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-sheet"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kin-sheet-private.h"

/*
 * Sheet templates: the bundled ones come from the JSON files of data/templates in the
 * application's GResource, which must be registered first (the application
 * does it; tests and benchmarks call kin_register_resource()); the format is
 * described in data/templates/README.md. The
 * user's own grids come as a JSON array from the "custom-templates" setting,
 * which the application reads and hands to kin_sheet_template_set_custom().
 */

#define TEMPLATES_PATH RESOURCE_PATH "/templates/"
#define MM_PER_INCH 25.4
#define MM_PER_POINT (25.4 / 72.0)

/* How close to the paper's edge a print-shop layout may put crop marks. */
#define PRINT_SHOP_EDGE_MM 1.0

/* The names and descriptions of the bundled templates, here so that
 * xgettext finds them; the JSON files hold the same English text. */
static const char * const bundled_strings[] G_GNUC_UNUSED = {
  N_("Print shop, A4"),
  N_("Print shop, US Letter"),
  N_("A4, 10 cards of 85 × 54 mm"),
  N_("A4, 8 cards of 85 × 54 mm"),
  N_("US Letter, 10 cards of 3.5 × 2 in"),
  N_("US Letter, 8 cards of 3.5 × 2 in"),
  N_("A4 with 3 mm bleed and crop marks"),
  N_("US Letter with 1/8 in bleed and crop marks"),
};

G_DEFINE_QUARK (kin-sheet-error-quark, kin_sheet_error)
G_DEFINE_BOXED_TYPE (KinSheetTemplate, kin_sheet_template, kin_sheet_template_ref, kin_sheet_template_unref)

static GMutex registry_lock;
static GPtrArray *bundled;
static GPtrArray *custom;

/**
 * kin_sheet_template_new:
 *
 * Returns: (transfer full): an empty template to fill in; check it with
 *   kin_sheet_template_validate() before use
 */
KinSheetTemplate *
kin_sheet_template_new (void)
{
  KinSheetTemplate *self = g_rc_box_new0 (KinSheetTemplate);

  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->paper = g_strdup ("custom");
  self->columns = 1;
  self->rows = 1;
  return self;
}

/**
 * kin_sheet_template_copy:
 * @self: a template
 *
 * Returns: (transfer full): a new template with the same values
 */
KinSheetTemplate *
kin_sheet_template_copy (const KinSheetTemplate *self)
{
  KinSheetTemplate *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = (KinSheetTemplate *) g_rc_box_dup (sizeof (KinSheetTemplate), (gpointer) self);
  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  copy->description = g_strdup (self->description);
  copy->paper = g_strdup (self->paper);
  copy->card_size = g_strdup (self->card_size);
  return copy;
}

KinSheetTemplate *
kin_sheet_template_ref (KinSheetTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

static void
template_clear (gpointer data)
{
  KinSheetTemplate *self = data;

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->paper);
  g_free (self->card_size);
}

void
kin_sheet_template_unref (KinSheetTemplate *self)
{
  g_return_if_fail (self != NULL);
  g_rc_box_release_full (self, template_clear);
}

static gboolean
invalid (GError    **error,
         const char *id,
         const char *problem)
{
  g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE,
               _("Card template “%s”: %s"), id != NULL && *id != '\0' ? id : _("(no ID)"), problem);
  return FALSE;
}

/* invalid() for functions that return a template or a list. */
static gpointer
invalid_template (GError    **error,
                  const char *id,
                  const char *problem)
{
  invalid (error, id, problem);
  return NULL;
}

/**
 * kin_sheet_template_validate:
 * @self: a template
 * @error: return location for an error
 *
 * Checks that the cards fit on the paper and do not overlap.
 *
 * Returns: whether @self can be printed
 */
gboolean
kin_sheet_template_validate (const KinSheetTemplate *self,
                             GError                **error)
{
  const double slack = 0.01;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->id == NULL || self->id[0] == '\0')
    return invalid (error, self->id, _("it needs an ID"));
  if (!(self->paper_width_mm > 0 && self->paper_height_mm > 0 &&
        self->paper_width_mm <= 2000 && self->paper_height_mm <= 2000))
    return invalid (error, self->id, _("the paper size must be between 0 and 2 m"));
  if (!(self->card_width_mm > 0 && self->card_height_mm > 0))
    return invalid (error, self->id, _("the card size must be larger than zero"));
  if (self->columns < 1 || self->rows < 1 || self->columns > 50 || self->rows > 50)
    return invalid (error, self->id, _("columns and rows must be between 1 and 50"));
  if (self->bleed_mm < 0 || self->bleed_mm > 20)
    return invalid (error, self->id, _("the bleed must be between 0 and 20 mm"));
  if (self->corner_radius_mm < 0 ||
      self->corner_radius_mm > MIN (self->card_width_mm, self->card_height_mm) / 2)
    return invalid (error, self->id, _("the corner radius is larger than the card"));
  if (self->margin_left_mm < -slack || self->margin_top_mm < -slack)
    return invalid (error, self->id, _("the margins cannot be negative"));
  if ((self->columns > 1 && self->pitch_x_mm < self->card_width_mm - slack) ||
      (self->rows > 1 && self->pitch_y_mm < self->card_height_mm - slack))
    return invalid (error, self->id, _("the cards overlap: the pitch is smaller than the card"));
  if (self->margin_left_mm + (self->columns - 1) * self->pitch_x_mm + self->card_width_mm >
        self->paper_width_mm + slack ||
      self->margin_top_mm + (self->rows - 1) * self->pitch_y_mm + self->card_height_mm >
        self->paper_height_mm + slack)
    return invalid (error, self->id, _("the cards do not fit on the paper"));

  return TRUE;
}

/*
 * _kin_sheet_template_layout_print_shop:
 *
 * Lays out as many cards as fit, centred on the paper, with gutters wide
 * enough for each card's bleed and crop marks: a mark starts the crop-mark
 * offset outside its card's trim and must end clear of the neighbour's bleed.
 */
void
_kin_sheet_template_layout_print_shop (KinSheetTemplate *self,
                                       double            card_width_mm,
                                       double            card_height_mm,
                                       double            bleed_mm)
{
  double reach = _kin_crop_mark_offset (bleed_mm) + KIN_CROP_MARK_LENGTH_MM;
  double gutter = reach + bleed_mm + 1.0;
  double usable_w = self->paper_width_mm - 2 * (reach + PRINT_SHOP_EDGE_MM);
  double usable_h = self->paper_height_mm - 2 * (reach + PRINT_SHOP_EDGE_MM);

  self->card_width_mm = card_width_mm;
  self->card_height_mm = card_height_mm;
  self->pitch_x_mm = card_width_mm + gutter;
  self->pitch_y_mm = card_height_mm + gutter;
  self->columns = MAX (1, (guint) floor ((usable_w + gutter) / self->pitch_x_mm));
  self->rows = MAX (1, (guint) floor ((usable_h + gutter) / self->pitch_y_mm));
  self->margin_left_mm = MAX (0, (self->paper_width_mm - (self->columns * self->pitch_x_mm - gutter)) / 2);
  self->margin_top_mm = MAX (0, (self->paper_height_mm - (self->rows * self->pitch_y_mm - gutter)) / 2);
}

static double
unit_scale (const char *unit)
{
  if (unit == NULL || g_str_equal (unit, "mm"))
    return 1.0;
  if (g_str_equal (unit, "in"))
    return MM_PER_INCH;
  if (g_str_equal (unit, "pt"))
    return MM_PER_POINT;
  return 0.0;
}

/* Reads a length member; missing members give @fallback, and anything but a
 * number is an error. */
static gboolean
read_length (JsonObject  *object,
             const char  *member,
             double       scale,
             double       fallback,
             double      *value,
             const char  *id,
             GError     **error)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL)
    {
      *value = fallback;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” must be a number"), member);
      return invalid (error, id, problem);
    }

  *value = json_node_get_double (node) * scale;
  return TRUE;
}

static const char *
read_string (JsonObject *object,
             const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
read_object (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static KinSheetTemplate *
template_from_object (JsonObject  *object,
                      gboolean     is_custom,
                      GError     **error)
{
  g_autoptr(KinSheetTemplate) self = kin_sheet_template_new ();
  JsonObject *paper = read_object (object, "paper");
  JsonObject *card = read_object (object, "card");
  JsonObject *grid = read_object (object, "grid");
  const char *id = read_string (object, "id");
  const char *text;
  double scale = unit_scale (read_string (object, "unit"));
  double columns, rows;
  const KinCardSize *size;

  if (id == NULL || *id == '\0')
    return invalid_template (error, NULL, _("it needs an “id” string"));
  g_free (self->id);
  self->id = g_strdup (id);

  if (scale == 0)
    return invalid_template (error, id, _("“unit” must be \"mm\", \"in\" or \"pt\""));
  if (paper == NULL || card == NULL)
    return invalid_template (error, id, _("it needs a “paper” and a “card” object"));

  text = read_string (object, "name");
  g_free (self->name);
  self->name = g_strdup (text != NULL ? (is_custom ? text : _(text)) : id);
  text = read_string (object, "description");
  g_free (self->description);
  self->description = g_strdup (text != NULL ? (is_custom ? text : _(text)) : "");
  text = read_string (paper, "name");
  g_free (self->paper);
  self->paper = g_strdup (text != NULL ? text : "custom");

  self->custom = is_custom;
  self->card_size = g_strdup (read_string (card, "size"));
  size = kin_card_size_lookup (self->card_size);

  if (!read_length (paper, "width", scale, 0, &self->paper_width_mm, id, error) ||
      !read_length (paper, "height", scale, 0, &self->paper_height_mm, id, error) ||
      !read_length (card, "width", scale, size != NULL ? size->width_mm / scale : 0, &self->card_width_mm, id, error) ||
      !read_length (card, "height", scale, size != NULL ? size->height_mm / scale : 0, &self->card_height_mm, id, error) ||
      !read_length (card, "corner_radius", scale, size != NULL ? size->corner_radius_mm / scale : 0,
                    &self->corner_radius_mm, id, error) ||
      !read_length (object, "bleed", scale, 0, &self->bleed_mm, id, error))
    return NULL;

  self->print_shop = json_object_get_boolean_member_with_default (object, "print_shop", FALSE);
  self->crop_marks = json_object_get_boolean_member_with_default (object, "crop_marks", self->print_shop);

  if (self->print_shop)
    {
      _kin_sheet_template_layout_print_shop (self, self->card_width_mm, self->card_height_mm, self->bleed_mm);
    }
  else
    {
      if (grid == NULL)
        return invalid_template (error, id, _("it needs a “grid” object, or \"print_shop\": true"));
      if (!read_length (grid, "columns", 1.0, 0, &columns, id, error) ||
          !read_length (grid, "rows", 1.0, 0, &rows, id, error) ||
          !read_length (grid, "left", scale, 0, &self->margin_left_mm, id, error) ||
          !read_length (grid, "top", scale, 0, &self->margin_top_mm, id, error) ||
          !read_length (grid, "pitch_x", scale, self->card_width_mm / scale, &self->pitch_x_mm, id, error) ||
          !read_length (grid, "pitch_y", scale, self->card_height_mm / scale, &self->pitch_y_mm, id, error))
        return NULL;
      if (columns != floor (columns) || rows != floor (rows) || columns < 1 || rows < 1 ||
          columns > 50 || rows > 50)
        return invalid_template (error, id, _("columns and rows must be whole numbers from 1 to 50"));
      self->columns = (guint) columns;
      self->rows = (guint) rows;
    }

  if (!kin_sheet_template_validate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static JsonNode *
parse_json (const char  *json,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, KIN_SHEET_ERROR, KIN_SHEET_ERROR_INVALID_TEMPLATE,
                   _("Card templates are not valid JSON: %s"),
                   local_error != NULL ? local_error->message : _("no text"));
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

/**
 * kin_sheet_template_new_from_json:
 * @json: one template object, in the format of data/templates/README.md
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a custom template, or %NULL with
 *   @error set
 */
KinSheetTemplate *
kin_sheet_template_new_from_json (const char  *json,
                                  GError     **error)
{
  g_autoptr(JsonNode) root = parse_json (json, error);

  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return invalid_template (error, NULL, _("expected a JSON object"));

  return template_from_object (json_node_get_object (root), TRUE, error);
}

static void
add_length (JsonBuilder *builder,
            const char  *member,
            double       mm)
{
  json_builder_set_member_name (builder, member);
  /* Hundredths of a millimetre are far below what a printer can place. */
  json_builder_add_double_value (builder, round (mm * 100) / 100);
}

static void
build_template (JsonBuilder            *builder,
                const KinSheetTemplate *self)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, self->description != NULL ? self->description : "");
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, "mm");

  json_builder_set_member_name (builder, "paper");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->paper != NULL ? self->paper : "custom");
  add_length (builder, "width", self->paper_width_mm);
  add_length (builder, "height", self->paper_height_mm);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "card");
  json_builder_begin_object (builder);
  if (self->card_size != NULL)
    {
      json_builder_set_member_name (builder, "size");
      json_builder_add_string_value (builder, self->card_size);
    }
  add_length (builder, "width", self->card_width_mm);
  add_length (builder, "height", self->card_height_mm);
  add_length (builder, "corner_radius", self->corner_radius_mm);
  json_builder_end_object (builder);

  if (self->print_shop)
    {
      json_builder_set_member_name (builder, "print_shop");
      json_builder_add_boolean_value (builder, TRUE);
    }
  else
    {
      json_builder_set_member_name (builder, "grid");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "columns");
      json_builder_add_int_value (builder, self->columns);
      json_builder_set_member_name (builder, "rows");
      json_builder_add_int_value (builder, self->rows);
      add_length (builder, "left", self->margin_left_mm);
      add_length (builder, "top", self->margin_top_mm);
      add_length (builder, "pitch_x", self->pitch_x_mm);
      add_length (builder, "pitch_y", self->pitch_y_mm);
      json_builder_end_object (builder);
    }

  add_length (builder, "bleed", self->bleed_mm);
  json_builder_set_member_name (builder, "crop_marks");
  json_builder_add_boolean_value (builder, self->crop_marks);
  json_builder_end_object (builder);
}

static char *
builder_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/**
 * kin_sheet_template_to_json:
 * @self: a template
 *
 * Returns: (transfer full): @self as one JSON object, lengths in mm
 */
char *
kin_sheet_template_to_json (const KinSheetTemplate *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  build_template (builder, self);
  return builder_to_string (builder);
}

/**
 * kin_sheet_template_custom_to_json:
 * @templates: (element-type KinSheetTemplate): templates
 *
 * Returns: (transfer full): a JSON array of @templates, the value of the
 *   "custom-templates" setting
 */
char *
kin_sheet_template_custom_to_json (GPtrArray *templates)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    build_template (builder, g_ptr_array_index (templates, i));
  json_builder_end_array (builder);

  return builder_to_string (builder);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  const KinSheetTemplate *ta = *(KinSheetTemplate * const *) a;
  const KinSheetTemplate *tb = *(KinSheetTemplate * const *) b;

  return g_strcmp0 (ta->id, tb->id);
}

/* Must be called with registry_lock held. A bundled template that does not
 * load is a bug in this build, caught by the tests, so it is only logged. */
static void
ensure_bundled (void)
{
  g_auto(GStrv) names = NULL;

  if (bundled != NULL)
    return;

  bundled = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_sheet_template_unref);
  names = g_resources_enumerate_children (TEMPLATES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    g_critical ("No bundled card templates: the application's resources are not registered");

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (TEMPLATES_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;
      KinSheetTemplate *template = NULL;

      if (!g_str_has_suffix (names[i], ".json"))
        continue;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        root = parse_json (g_bytes_get_data (bytes, NULL), &error);
      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
        template = template_from_object (json_node_get_object (root), FALSE, &error);

      if (template != NULL)
        g_ptr_array_add (bundled, template);
      else
        g_critical ("Bundled card template %s: %s", names[i], error != NULL ? error->message : "not an object");
    }

  g_ptr_array_sort (bundled, compare_ids);
}

static KinSheetTemplate *
find_in (GPtrArray  *templates,
         const char *id)
{
  for (guint i = 0; templates != NULL && i < templates->len; i++)
    {
      KinSheetTemplate *template = g_ptr_array_index (templates, i);

      if (g_str_equal (template->id, id))
        return template;
    }

  return NULL;
}

/**
 * kin_sheet_template_parse_custom:
 * @json_array: a JSON array of template objects, or an empty string
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type KinSheetTemplate) (nullable): the
 *   templates, marked custom, or %NULL with @error set
 */
GPtrArray *
kin_sheet_template_parse_custom (const char  *json_array,
                                 GError     **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_sheet_template_unref);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  if (json_array == NULL || *json_array == '\0')
    return g_steal_pointer (&templates);

  root = parse_json (json_array, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    return invalid_template (error, NULL, _("custom templates must be a JSON array"));

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      KinSheetTemplate *template;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid_template (error, NULL, _("expected a JSON object"));

      template = template_from_object (json_node_get_object (node), TRUE, error);
      if (template == NULL)
        return NULL;

      g_ptr_array_add (templates, template);
      if (find_in (templates, template->id) != template)
        return invalid_template (error, template->id, _("two custom templates have this ID"));
    }

  return g_steal_pointer (&templates);
}

/**
 * kin_sheet_template_set_custom:
 * @json_array: (nullable): the "custom-templates" setting
 * @error: return location for an error
 *
 * Replaces the user's templates that kin_sheet_template_list() and
 * kin_sheet_template_lookup() know about. On error nothing changes. A custom
 * template with the ID of a bundled one is refused.
 *
 * Returns: whether @json_array was valid
 */
gboolean
kin_sheet_template_set_custom (const char  *json_array,
                               GError     **error)
{
  g_autoptr(GPtrArray) templates = kin_sheet_template_parse_custom (json_array, error);
  g_autoptr(GMutexLocker) locker = NULL;

  if (templates == NULL)
    return FALSE;

  locker = g_mutex_locker_new (&registry_lock);
  ensure_bundled ();
  for (guint i = 0; i < templates->len; i++)
    {
      KinSheetTemplate *template = g_ptr_array_index (templates, i);

      if (find_in (bundled, template->id) != NULL)
        return invalid (error, template->id, _("a bundled template already has this ID"));
    }

  g_clear_pointer (&custom, g_ptr_array_unref);
  custom = g_steal_pointer (&templates);
  return TRUE;
}

/**
 * kin_sheet_template_list:
 *
 * Returns: (transfer container) (element-type KinSheetTemplate): the
 *   bundled templates sorted by ID, then the custom ones in their order
 */
GPtrArray *
kin_sheet_template_list (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) kin_sheet_template_unref);
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&registry_lock);

  ensure_bundled ();
  for (guint i = 0; i < bundled->len; i++)
    g_ptr_array_add (list, kin_sheet_template_ref (g_ptr_array_index (bundled, i)));
  for (guint i = 0; custom != NULL && i < custom->len; i++)
    g_ptr_array_add (list, kin_sheet_template_ref (g_ptr_array_index (custom, i)));

  return list;
}

/**
 * kin_sheet_template_lookup:
 * @id: a template ID
 *
 * Returns: (transfer full) (nullable): the bundled or custom template with
 *   that ID
 */
KinSheetTemplate *
kin_sheet_template_lookup (const char *id)
{
  G_GNUC_UNUSED g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&registry_lock);
  KinSheetTemplate *template;

  if (id == NULL)
    return NULL;

  ensure_bundled ();
  template = find_in (bundled, id);
  if (template == NULL)
    template = find_in (custom, id);

  return template != NULL ? kin_sheet_template_ref (template) : NULL;
}

/**
 * kin_sheet_template_get_default_id:
 *
 * Returns: the template used when a project names none
 */
const char *
kin_sheet_template_get_default_id (void)
{
  return "avery-c32011";
}
