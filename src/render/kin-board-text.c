/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-board-render-private.h"
#include "kin-model.h"

/*
 * The text of a board, laid out once and drawn many times.
 *
 * Fitting a note's text (trying sizes until it fits) costs far more than
 * drawing it, and a board is drawn on every frame of a drag or a zoom. So
 * each note keeps its fitted layout (as object data, freed with the note)
 * until its text or the font changes, and short labels (principle tags,
 * voices, theme titles) are kept in a small table by their text. Layouts
 * are in board units and never depend on the view: drawing one at another
 * scale only scales the glyphs. Main thread only, like the model.
 */

typedef struct
{
  char        *text;
  char        *family;
  double       size;
  PangoLayout *layout;
} NoteText;

/* Sizes tried for a note's text, largest first. */
static const double note_sizes[] = { KIN_NOTE_TEXT_MAX, 20.0, 18.0, 16.5, 15.0, 14.0, 13.0, KIN_NOTE_TEXT_MIN };

/* The label table is cleared when it grows past this, which only a board
 * with very many different theme titles reaches. */
#define MAX_LABELS 512

/* Boards are drawn on the main thread and exported in a worker thread, so
 * the Pango context (tied to the thread's own font map) and the table of
 * laid-out labels belong to the thread that uses them. */
typedef struct
{
  PangoContext *context;
  GHashTable   *labels;  /* key string -> PangoLayout */
} TextCache;

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  g_clear_pointer (&cache->labels, g_hash_table_unref);
  g_clear_object (&cache->context);
  g_free (cache);
}

static GPrivate text_cache_key = G_PRIVATE_INIT (text_cache_free);

static TextCache *
get_text_cache (void)
{
  TextCache *cache = g_private_get (&text_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (TextCache, 1);
      g_private_set (&text_cache_key, cache);
    }

  return cache;
}

static PangoContext *
get_context (void)
{
  TextCache *cache = get_text_cache ();

  if (cache->context == NULL)
    {
      cairo_font_options_t *font_options = cairo_font_options_create ();

      cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

      /* Unhinted metrics: the same line breaks at every zoom and in every
       * export. */
      cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (cache->context, font_options);
      pango_context_set_round_glyph_positions (cache->context, FALSE);
      cairo_font_options_destroy (font_options);
    }

  return cache->context;
}

static GHashTable *
get_labels (void)
{
  TextCache *cache = get_text_cache ();

  if (cache->labels == NULL)
    cache->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  return cache->labels;
}

static PangoLayout *
new_layout (const char *family,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (get_context ());
  PangoFontDescription *font = pango_font_description_from_string (family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_font_description_free (font);

  return layout;
}

static void
note_text_free (gpointer data)
{
  NoteText *cache = data;

  g_free (cache->text);
  g_free (cache->family);
  g_clear_object (&cache->layout);
  g_free (cache);
}

/* A guess at the largest size worth trying, from the length of the text,
 * so that long notes do not try every size on the way down. DejaVu Sans,
 * the widest common fallback, averages about 0.55 em a character. */
static guint
first_size_to_try (const char *text)
{
  glong chars = g_utf8_strlen (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (note_sizes); i++)
    {
      double per_line = floor (KIN_NOTE_TEXT_WIDTH / (0.5 * note_sizes[i]));
      double lines = ceil (chars / MAX (per_line, 1.0));

      if (lines * 1.16 * KIN_NOTE_TEXT_LINE_SPACING * note_sizes[i] <= KIN_NOTE_TEXT_HEIGHT)
        return i > 0 ? i - 1 : 0;
    }

  return G_N_ELEMENTS (note_sizes) - 2;
}

static PangoLayout *
fit_note_text (const char *text,
               const char *family,
               double     *size_out)
{
  int max_height = (int) floor (KIN_NOTE_TEXT_HEIGHT * PANGO_SCALE);

  for (guint i = first_size_to_try (text); i < G_N_ELEMENTS (note_sizes); i++)
    {
      PangoLayout *layout = new_layout (family, note_sizes[i], FALSE);
      int height;

      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, (int) floor (KIN_NOTE_TEXT_WIDTH * PANGO_SCALE));
      pango_layout_set_line_spacing (layout, KIN_NOTE_TEXT_LINE_SPACING);
      /* User text is never markup. */
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_size (layout, NULL, &height);

      if (height <= max_height || i == G_N_ELEMENTS (note_sizes) - 1)
        {
          /* Still too long at the smallest size: cut it with an ellipsis. */
          if (height > max_height)
            {
              pango_layout_set_height (layout, max_height);
              pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
            }
          *size_out = note_sizes[i];
          return layout;
        }

      g_object_unref (layout);
    }

  g_assert_not_reached ();
}

/*
 * _kin_board_note_layout:
 * @note: a note
 * @family: the font family
 * @size: (out): the text size chosen, in board units
 *
 * Returns: (transfer none): the note's text laid out to fit the note,
 *   wrapped to %KIN_NOTE_TEXT_WIDTH, as large as fits; kept until the text
 *   or the family changes
 */
PangoLayout *
_kin_board_note_layout (KinNote    *note,
                        const char *family,
                        double     *size)
{
  static GQuark quark;
  const char *text = kin_note_get_text (note);
  NoteText *cache;

  if (quark == 0)
    quark = g_quark_from_static_string ("kin-board-note-text");

  cache = g_object_get_qdata (G_OBJECT (note), quark);
  if (cache == NULL || strcmp (cache->text, text) != 0 || strcmp (cache->family, family) != 0)
    {
      cache = g_new0 (NoteText, 1);
      cache->text = g_strdup (text);
      cache->family = g_strdup (family);
      cache->layout = fit_note_text (text, family, &cache->size);
      g_object_set_qdata_full (G_OBJECT (note), quark, cache, note_text_free);
    }

  if (size != NULL)
    *size = cache->size;

  return cache->layout;
}

/**
 * kin_board_render_note_text_size:
 * @text: (nullable): what a note says
 * @font_family: (nullable): the font family, as in #KinBoardRenderOptions;
 *   %NULL for %KIN_BOARD_DEFAULT_FONT
 *
 * Finds the size kin_board_render() draws a note's text at: the largest
 * from %KIN_NOTE_TEXT_MAX down to %KIN_NOTE_TEXT_MIN at which it fits in
 * %KIN_NOTE_TEXT_WIDTH by %KIN_NOTE_TEXT_HEIGHT, for an editor that shows
 * the text as it will be drawn.
 *
 * Returns: the size, in board units
 */
double
kin_board_render_note_text_size (const char *text,
                                 const char *font_family)
{
  g_autoptr(PangoLayout) layout = NULL;
  double size;

  layout = fit_note_text (text != NULL ? text : "", font_family != NULL ? font_family : KIN_BOARD_DEFAULT_FONT,
                          &size);
  return size;
}

/*
 * _kin_board_label:
 * @family: the font family
 * @size: the text size, in board units
 * @bold: whether the text is bold
 * @width: the width to fit, ellipsizing at the end; 0 or less for no limit
 * @text: the text, shown as it is (never markup)
 *
 * Returns: (transfer none): a one-line layout of @text, valid until the
 *   next call
 */
PangoLayout *
_kin_board_label (const char *family,
                  double      size,
                  gboolean    bold,
                  double      width,
                  const char *text)
{
  GHashTable *labels = get_labels ();
  g_autofree char *key = NULL;
  PangoLayout *layout;

  width = width > 0 ? floor (width) : 0;
  key = g_strdup_printf ("%s\x1f%g\x1f%d\x1f%g\x1f%s", family, size, bold, width, text);
  layout = g_hash_table_lookup (labels, key);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (labels) >= MAX_LABELS)
    g_hash_table_remove_all (labels);

  layout = new_layout (family, size, bold);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (labels, g_steal_pointer (&key), layout);

  return layout;
}

/*
 * _kin_board_title_layout:
 * @family: the font family
 * @size: the size of a title on one line, in board units
 * @width: the width to fit
 * @text: the title, shown as it is
 *
 * Lays out a theme's title on one line at @size if it fits, or else on up
 * to two lines at a smaller size, ellipsized if it is longer still.
 *
 * Returns: (transfer none): the layout, valid until the next call
 */
PangoLayout *
_kin_board_title_layout (const char *family,
                         double      size,
                         double      width,
                         const char *text)
{
  GHashTable *labels = get_labels ();
  g_autofree char *key = NULL;
  PangoLayout *layout;

  layout = _kin_board_label (family, size, TRUE, width, text);
  if (!pango_layout_is_ellipsized (layout))
    return layout;

  width = floor (width);
  key = g_strdup_printf ("two lines\x1f%s\x1f%g\x1f%g\x1f%s", family, size, width, text);
  layout = g_hash_table_lookup (labels, key);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (labels) >= MAX_LABELS)
    g_hash_table_remove_all (labels);

  layout = new_layout (family, size * KIN_CLUSTER_TITLE_SMALL_SIZE / KIN_CLUSTER_TITLE_SIZE, TRUE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_line_spacing (layout, KIN_NOTE_TEXT_LINE_SPACING);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (labels, g_steal_pointer (&key), layout);

  return layout;
}

/*
 * _kin_board_question_layout:
 * @board: a board
 * @family: the font family
 * @width: the width to wrap to, in board units
 *
 * Returns: (transfer none): the board's question, wrapped; valid until
 *   the next call
 */
PangoLayout *
_kin_board_question_layout (KinBoard   *board,
                            const char *family,
                            double      width)
{
  static PangoLayout *layout;
  static char *text;
  static char *layout_family;
  static double layout_width;
  const char *question = kin_board_get_question (board);

  if (layout == NULL || g_strcmp0 (text, question) != 0 ||
      g_strcmp0 (layout_family, family) != 0 || layout_width != width)
    {
      g_clear_object (&layout);
      g_free (text);
      g_free (layout_family);
      text = g_strdup (question);
      layout_family = g_strdup (family);
      layout_width = width;

      layout = new_layout (family, KIN_BOARD_QUESTION_SIZE, TRUE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
      pango_layout_set_text (layout, question, -1);
    }

  return layout;
}
