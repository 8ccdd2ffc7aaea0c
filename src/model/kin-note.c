/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kin-gain-search.h"
#include "kin-note-private.h"
#include "kin-model-private.h"

#define DEFAULT_COLOR "#fff3a0"

/**
 * KinNote:
 *
 * A sticky note on a vision board.
 */
struct _KinNote
{
  KinObject parent_instance;

  char *text;
  double x;
  double y;
  char *color;
  char *principle;
  KinVoice voice;
  int votes;
  char *cluster;
  gboolean hidden;
  GVariant *dots;

  /* The text folded for searching, made when first needed. */
  char *search_key;
};

G_DEFINE_FINAL_TYPE (KinNote, kin_note, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_X,
  PROP_Y,
  PROP_COLOR,
  PROP_PRINCIPLE,
  PROP_VOICE,
  PROP_VOTES,
  PROP_CLUSTER,
  PROP_HIDDEN,
  PROP_DOTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_note_finalize (GObject *object)
{
  KinNote *self = KIN_NOTE (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->principle, g_free);
  g_clear_pointer (&self->cluster, g_free);
  g_clear_pointer (&self->dots, g_variant_unref);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (kin_note_parent_class)->finalize (object);
}

static void
kin_note_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinNote *self = KIN_NOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, kin_note_get_text (self));
      break;

    case PROP_X:
      g_value_set_double (value, kin_note_get_x (self));
      break;

    case PROP_Y:
      g_value_set_double (value, kin_note_get_y (self));
      break;

    case PROP_COLOR:
      g_value_set_string (value, kin_note_get_color (self));
      break;

    case PROP_PRINCIPLE:
      g_value_set_string (value, kin_note_get_principle (self));
      break;

    case PROP_VOICE:
      g_value_set_enum (value, kin_note_get_voice (self));
      break;

    case PROP_VOTES:
      g_value_set_int (value, kin_note_get_votes (self));
      break;

    case PROP_CLUSTER:
      g_value_set_string (value, kin_note_get_cluster (self));
      break;

    case PROP_HIDDEN:
      g_value_set_boolean (value, kin_note_get_hidden (self));
      break;

    case PROP_DOTS:
      g_value_set_variant (value, kin_note_get_dots (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_note_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinNote *self = KIN_NOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kin_note_set_text (self, g_value_get_string (value));
      break;

    case PROP_X:
      kin_note_set_x (self, g_value_get_double (value));
      break;

    case PROP_Y:
      kin_note_set_y (self, g_value_get_double (value));
      break;

    case PROP_COLOR:
      kin_note_set_color (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLE:
      kin_note_set_principle (self, g_value_get_string (value));
      break;

    case PROP_VOICE:
      kin_note_set_voice (self, g_value_get_enum (value));
      break;

    case PROP_VOTES:
      kin_note_set_votes (self, g_value_get_int (value));
      break;

    case PROP_CLUSTER:
      kin_note_set_cluster (self, g_value_get_string (value));
      break;

    case PROP_HIDDEN:
      kin_note_set_hidden (self, g_value_get_boolean (value));
      break;

    case PROP_DOTS:
      kin_note_set_dots (self, g_value_get_variant (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_note_class_init (KinNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_note_finalize;
  object_class->get_property = kin_note_get_property;
  object_class->set_property = kin_note_set_property;

  kin_class->type_label = N_("Note");

  properties[PROP_TEXT] =
    g_param_spec_string ("text", N_("Text"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_X] =
    g_param_spec_double ("x", N_("X"), NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_Y] =
    g_param_spec_double ("y", N_("Y"), NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOR] =
    g_param_spec_string ("color", N_("Colour"), NULL,
                         DEFAULT_COLOR,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPLE] =
    g_param_spec_string ("principle", N_("Principle"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VOICE] =
    g_param_spec_enum ("voice", N_("Voice"), NULL,
                       KIN_TYPE_VOICE, KIN_VOICE_STAFF,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_VOTES] =
    g_param_spec_int ("votes", N_("Votes"), NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_CLUSTER] =
    g_param_spec_string ("cluster", N_("Cluster"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HIDDEN] =
    g_param_spec_boolean ("hidden", N_("Face down"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_DOTS] =
    g_param_spec_variant ("dots", N_("Dots"), NULL,
                          G_VARIANT_TYPE ("a{si}"), NULL,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_note_init (KinNote *self)
{
  self->color = g_strdup (DEFAULT_COLOR);
  self->dots = g_variant_ref_sink (g_variant_new ("a{si}", NULL));
}

/**
 * kin_note_new:
 *
 * Creates a note with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinNote
 */
KinNote *
kin_note_new (void)
{
  return g_object_new (KIN_TYPE_NOTE, NULL);
}

/**
 * kin_note_get_text:
 * @self: a #KinNote
 *
 * Returns: the text written on the note, never %NULL
 */
const char *
kin_note_get_text (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), NULL);

  return self->text ? self->text : "";
}

/**
 * kin_note_set_text:
 * @self: a #KinNote
 * @text: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the text written on the note. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_text (KinNote    *self,
                   const char *text)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  if (_kin_set_string (&self->text, text))
    {
      g_clear_pointer (&self->search_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
}

/**
 * kin_note_get_x:
 * @self: a #KinNote
 *
 * Returns: the left edge in board units
 */
double
kin_note_get_x (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), 0.0);

  return self->x;
}

/**
 * kin_note_set_x:
 * @self: a #KinNote
 * @x: the new value
 *
 * Sets the left edge in board units. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_x (KinNote *self,
                double   x)
{
  g_return_if_fail (KIN_IS_NOTE (self));
  g_return_if_fail (!isnan (x));

  if (self->x == x)
    return;

  self->x = x;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
}

/**
 * kin_note_get_y:
 * @self: a #KinNote
 *
 * Returns: the top edge in board units
 */
double
kin_note_get_y (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), 0.0);

  return self->y;
}

/**
 * kin_note_set_y:
 * @self: a #KinNote
 * @y: the new value
 *
 * Sets the top edge in board units. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_y (KinNote *self,
                double   y)
{
  g_return_if_fail (KIN_IS_NOTE (self));
  g_return_if_fail (!isnan (y));

  if (self->y == y)
    return;

  self->y = y;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
}

/**
 * kin_note_get_color:
 * @self: a #KinNote
 *
 * Returns: the note colour, as "#rrggbb", never %NULL
 */
const char *
kin_note_get_color (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), NULL);

  return self->color;
}

/**
 * kin_note_set_color:
 * @self: a #KinNote
 * @color: (nullable): the new value, or %NULL for the default
 *
 * Sets the note colour, as "#rrggbb". Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_color (KinNote    *self,
                    const char *color)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  if (color == NULL || *color == '\0')
    color = DEFAULT_COLOR;

  if (_kin_set_string (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/**
 * kin_note_get_principle:
 * @self: a #KinNote
 *
 * Returns: (nullable): the id of the principle the note relates to, or %NULL
 * if unset
 */
const char *
kin_note_get_principle (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), NULL);

  return self->principle;
}

/**
 * kin_note_set_principle:
 * @self: a #KinNote
 * @principle: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the principle the note relates to. Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_principle (KinNote    *self,
                        const char *principle)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  if (_kin_set_string (&self->principle, principle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}

/**
 * kin_note_get_voice:
 * @self: a #KinNote
 *
 * Returns: who wrote the note
 */
KinVoice
kin_note_get_voice (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), 0);

  return self->voice;
}

/**
 * kin_note_set_voice:
 * @self: a #KinNote
 * @voice: the new value
 *
 * Sets who wrote the note. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_voice (KinNote  *self,
                    KinVoice  voice)
{
  g_return_if_fail (KIN_IS_NOTE (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_VOICE, voice) != NULL);

  if (self->voice == voice)
    return;

  self->voice = voice;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOICE]);
}

/**
 * kin_note_get_votes:
 * @self: a #KinNote
 *
 * Returns: the number of dots the note received
 */
int
kin_note_get_votes (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), 0);

  return self->votes;
}

/**
 * kin_note_set_votes:
 * @self: a #KinNote
 * @votes: the new value
 *
 * Sets the number of dots the note received. Out-of-range values are clamped
 * to 0..G_MAXINT. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_note_set_votes (KinNote *self,
                    int      votes)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  votes = CLAMP (votes, 0, G_MAXINT);
  if (self->votes == votes)
    return;

  self->votes = votes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES]);
}

/**
 * kin_note_get_cluster:
 * @self: a #KinNote
 *
 * Returns: (nullable): the id of the cluster the note belongs to, or %NULL
 * if unset
 */
const char *
kin_note_get_cluster (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), NULL);

  return self->cluster;
}

/**
 * kin_note_set_cluster:
 * @self: a #KinNote
 * @cluster: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the cluster the note belongs to. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_cluster (KinNote    *self,
                      const char *cluster)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  if (_kin_set_string (&self->cluster, cluster))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUSTER]);
}

/**
 * kin_note_get_hidden:
 * @self: a #KinNote
 *
 * Returns: whether the note lies face down, its text not shown until the
 *   facilitator reveals it
 */
gboolean
kin_note_get_hidden (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), FALSE);

  return self->hidden;
}

/**
 * kin_note_set_hidden:
 * @self: a #KinNote
 * @hidden: the new value
 *
 * Turns the note face down or face up. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_note_set_hidden (KinNote  *self,
                     gboolean  hidden)
{
  g_return_if_fail (KIN_IS_NOTE (self));

  hidden = !!hidden;
  if (self->hidden == hidden)
    return;

  self->hidden = hidden;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

/**
 * kin_note_get_dots:
 * @self: a #KinNote
 *
 * The dots given by named voters, as an immutable `a{si}` dictionary from
 * voter name to a count of 1 or more, sorted by name. The room's shared
 * dots are not in it: they are the votes minus the sum of these.
 *
 * Returns: (transfer none): the dots, never %NULL
 */
GVariant *
kin_note_get_dots (KinNote *self)
{
  g_return_val_if_fail (KIN_IS_NOTE (self), NULL);

  return self->dots;
}

typedef struct
{
  const char *voter;
  gint64      count;
} Dot;

static int
compare_dots (gconstpointer a,
              gconstpointer b)
{
  return strcmp (((const Dot *) a)->voter, ((const Dot *) b)->voter);
}

/* The one form a set of dots is stored in, so that equal sets compare
 * equal: sorted by voter, each voter once, no empty counts. */
static GVariant *
normalize_dots (GVariant *dots)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Dot));
  GVariantBuilder builder;
  GVariantIter iter;
  Dot dot;
  gint32 count;

  g_variant_iter_init (&iter, dots);
  while (g_variant_iter_next (&iter, "{&si}", &dot.voter, &count))
    {
      dot.count = count;
      g_array_append_val (entries, dot);
    }

  g_array_sort (entries, compare_dots);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  for (guint i = 0; i < entries->len; )
    {
      const char *voter = g_array_index (entries, Dot, i).voter;
      gint64 total = 0;

      for (; i < entries->len && strcmp (g_array_index (entries, Dot, i).voter, voter) == 0; i++)
        total += g_array_index (entries, Dot, i).count;

      if (total > 0)
        g_variant_builder_add (&builder, "{si}", voter, (gint32) MIN (total, G_MAXINT32));
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * kin_note_set_dots:
 * @self: a #KinNote
 * @dots: (nullable): an `a{si}` dictionary from voter name to count, or
 *   %NULL for none
 *
 * Sets the dots given by named voters. The value is stored sorted by
 * voter, with counts of the same voter added up and counts below 1 left
 * out. It does not change the note's votes: keep them at least the sum of
 * the dots. Edits made by the user go through kin_project_set() (or the
 * voting functions of kin-board-edit.h) instead, so that they can be
 * undone.
 */
void
kin_note_set_dots (KinNote  *self,
                   GVariant *dots)
{
  g_autoptr(GVariant) sunk = NULL;
  g_autoptr(GVariant) normal = NULL;

  g_return_if_fail (KIN_IS_NOTE (self));
  g_return_if_fail (dots == NULL || g_variant_is_of_type (dots, G_VARIANT_TYPE ("a{si}")));

  /* Sink first, so that a floating value is never leaked. */
  if (dots != NULL)
    sunk = g_variant_ref_sink (dots);
  else
    sunk = g_variant_ref_sink (g_variant_new ("a{si}", NULL));

  normal = normalize_dots (sunk);
  if (g_variant_equal (self->dots, normal))
    return;

  g_variant_unref (self->dots);
  self->dots = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOTS]);
}

/*
 * _kin_note_get_search_key:
 * @self: a #KinNote
 *
 * Returns: the text folded with kin_gain_search_fold(), kept until the
 *   text changes, so that filtering thousands of notes on every frame
 *   does not fold them again
 */
const char *
_kin_note_get_search_key (KinNote *self)
{
  if (self->search_key == NULL)
    self->search_key = kin_gain_search_fold (self->text);

  return self->search_key;
}
