/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-team.h"
#include "kin-model-private.h"

/**
 * KinTeam:
 *
 * A team taking part in a self-assessment, with its scores.
 *
 * The scores are an immutable `a{sd}` #GVariant mapping statement ids to
 * scores: never change it in place, build a new one with
 * kin_team_build_scores_with() or kin_team_build_scores_without() and set
 * that, so that undo can restore the old one.
 */
struct _KinTeam
{
  KinObject parent_instance;

  char *name;
  char *comment;
  GVariant *scores;
};

G_DEFINE_FINAL_TYPE (KinTeam, kin_team, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COMMENT,
  PROP_SCORES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_team_finalize (GObject *object)
{
  KinTeam *self = KIN_TEAM (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->scores, g_variant_unref);

  G_OBJECT_CLASS (kin_team_parent_class)->finalize (object);
}

static void
kin_team_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinTeam *self = KIN_TEAM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, kin_team_get_name (self));
      break;

    case PROP_COMMENT:
      g_value_set_string (value, kin_team_get_comment (self));
      break;

    case PROP_SCORES:
      g_value_set_variant (value, kin_team_get_scores (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_team_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinTeam *self = KIN_TEAM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      kin_team_set_name (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      kin_team_set_comment (self, g_value_get_string (value));
      break;

    case PROP_SCORES:
      kin_team_set_scores (self, g_value_get_variant (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_team_class_init (KinTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_team_finalize;
  object_class->get_property = kin_team_get_property;
  object_class->set_property = kin_team_set_property;

  kin_class->type_label = N_("Team");

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", N_("Comment"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORES] =
    g_param_spec_variant ("scores", N_("Scores"), NULL,
                          G_VARIANT_TYPE ("a{sd}"), NULL,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_team_init (KinTeam *self)
{
  self->scores = g_variant_ref_sink (g_variant_new ("a{sd}", NULL));
}

/**
 * kin_team_new:
 *
 * Creates a team with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinTeam
 */
KinTeam *
kin_team_new (void)
{
  return g_object_new (KIN_TYPE_TEAM, NULL);
}

/**
 * kin_team_get_name:
 * @self: a #KinTeam
 *
 * Returns: the name of the team, never %NULL
 */
const char *
kin_team_get_name (KinTeam *self)
{
  g_return_val_if_fail (KIN_IS_TEAM (self), NULL);

  return self->name ? self->name : "";
}

/**
 * kin_team_set_name:
 * @self: a #KinTeam
 * @name: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the name of the team. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_team_set_name (KinTeam    *self,
                   const char *name)
{
  g_return_if_fail (KIN_IS_TEAM (self));

  if (_kin_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * kin_team_get_comment:
 * @self: a #KinTeam
 *
 * Returns: the team's comment, never %NULL
 */
const char *
kin_team_get_comment (KinTeam *self)
{
  g_return_val_if_fail (KIN_IS_TEAM (self), NULL);

  return self->comment ? self->comment : "";
}

/**
 * kin_team_set_comment:
 * @self: a #KinTeam
 * @comment: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the team's comment. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_team_set_comment (KinTeam    *self,
                      const char *comment)
{
  g_return_if_fail (KIN_IS_TEAM (self));

  if (_kin_set_string (&self->comment, comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}

/**
 * kin_team_get_scores:
 * @self: a #KinTeam
 *
 * Returns: (transfer none): the scores, an `a{sd}` dictionary, never %NULL
 */
GVariant *
kin_team_get_scores (KinTeam *self)
{
  g_return_val_if_fail (KIN_IS_TEAM (self), NULL);

  return self->scores;
}

/**
 * kin_team_set_scores:
 * @self: a #KinTeam
 * @scores: (nullable): an `a{sd}` dictionary, or %NULL for no scores
 *
 * Sets the scores. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_team_set_scores (KinTeam  *self,
                     GVariant *scores)
{
  g_return_if_fail (KIN_IS_TEAM (self));
  g_return_if_fail (scores == NULL ||
                    g_variant_is_of_type (scores, G_VARIANT_TYPE ("a{sd}")));

  if (scores == NULL)
    scores = g_variant_new ("a{sd}", NULL);

  /* Sink first, so that a floating value is never leaked when it turns
   * out to be equal to the current one.
   */
  g_variant_ref_sink (scores);
  if (g_variant_equal (self->scores, scores))
    {
      g_variant_unref (scores);
      return;
    }

  g_variant_unref (self->scores);
  self->scores = scores;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORES]);
}

/**
 * kin_team_get_score:
 * @self: a #KinTeam
 * @statement_id: the id of a #KinStatement
 * @score: (out) (optional): where to store the score
 *
 * Looks up the team's score for one statement.
 *
 * Returns: %TRUE if the team has scored the statement
 */
gboolean
kin_team_get_score (KinTeam    *self,
                    const char *statement_id,
                    double     *score)
{
  double found;

  g_return_val_if_fail (KIN_IS_TEAM (self), FALSE);
  g_return_val_if_fail (statement_id != NULL, FALSE);

  if (!g_variant_lookup (self->scores, statement_id, "d", &found))
    return FALSE;

  if (score != NULL)
    *score = found;

  return TRUE;
}

/* Copies the scores into a new dictionary, leaving out @skip_id, and
 * putting @replacement in its place if one is given. Keeping the position
 * of a replaced entry keeps the file order stable when a score changes.
 */
static GVariant *
build_scores (KinTeam    *self,
              const char *skip_id,
              gboolean    replace,
              double      replacement)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id;
  double value;
  gboolean replaced = FALSE;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));

  g_variant_iter_init (&iter, self->scores);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &value))
    {
      if (g_strcmp0 (id, skip_id) != 0)
        g_variant_builder_add (&builder, "{sd}", id, value);
      else if (replace && !replaced)
        {
          g_variant_builder_add (&builder, "{sd}", id, replacement);
          replaced = TRUE;
        }
    }

  if (replace && !replaced)
    g_variant_builder_add (&builder, "{sd}", skip_id, replacement);

  return g_variant_builder_end (&builder);
}

/**
 * kin_team_build_scores_with:
 * @self: a #KinTeam
 * @statement_id: the id of a #KinStatement
 * @score: the new score
 *
 * Builds a copy of the team's scores with the score for @statement_id
 * replaced or added. The team itself is not changed: pass the result to
 * kin_project_set() to make an undoable edit.
 *
 * Returns: (transfer floating): a new `a{sd}` dictionary
 */
GVariant *
kin_team_build_scores_with (KinTeam    *self,
                            const char *statement_id,
                            double      score)
{
  g_return_val_if_fail (KIN_IS_TEAM (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return build_scores (self, statement_id, TRUE, score);
}

/**
 * kin_team_build_scores_without:
 * @self: a #KinTeam
 * @statement_id: the id of a #KinStatement
 *
 * Builds a copy of the team's scores without a score for @statement_id.
 * The team itself is not changed.
 *
 * Returns: (transfer floating): a new `a{sd}` dictionary
 */
GVariant *
kin_team_build_scores_without (KinTeam    *self,
                               const char *statement_id)
{
  g_return_val_if_fail (KIN_IS_TEAM (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return build_scores (self, statement_id, FALSE, 0.0);
}
