/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-assessment.h"
#include "kin-statement.h"
#include "kin-team.h"
#include "kin-model-private.h"

/**
 * KinAssessment:
 *
 * A team self-assessment: statements that each team scores on a scale
 * from 1 to #KinAssessment:scale-max.
 */
struct _KinAssessment
{
  KinObject parent_instance;

  char *title;
  char *date;
  int scale_max;

  GListStore *statements;
  GListStore *teams;
};

G_DEFINE_FINAL_TYPE (KinAssessment, kin_assessment, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_SCALE_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_assessment_foreach_child_list (KinObject        *object,
                                   KinChildListFunc  func,
                                   gpointer          user_data)
{
  KinAssessment *self = KIN_ASSESSMENT (object);

  func (G_LIST_MODEL (self->statements), user_data);
  func (G_LIST_MODEL (self->teams), user_data);
}

static void
kin_assessment_dispose (GObject *object)
{
  KinAssessment *self = KIN_ASSESSMENT (object);

  g_clear_object (&self->statements);
  g_clear_object (&self->teams);

  G_OBJECT_CLASS (kin_assessment_parent_class)->dispose (object);
}

static void
kin_assessment_finalize (GObject *object)
{
  KinAssessment *self = KIN_ASSESSMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (kin_assessment_parent_class)->finalize (object);
}

static void
kin_assessment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KinAssessment *self = KIN_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_assessment_get_title (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, kin_assessment_get_date (self));
      break;

    case PROP_SCALE_MAX:
      g_value_set_int (value, kin_assessment_get_scale_max (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_assessment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KinAssessment *self = KIN_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_assessment_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      kin_assessment_set_date (self, g_value_get_string (value));
      break;

    case PROP_SCALE_MAX:
      kin_assessment_set_scale_max (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_assessment_class_init (KinAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_assessment_dispose;
  object_class->finalize = kin_assessment_finalize;
  object_class->get_property = kin_assessment_get_property;
  object_class->set_property = kin_assessment_set_property;

  kin_class->type_label = N_("Self-Assessment");
  kin_class->foreach_child_list = kin_assessment_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Date"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SCALE_MAX] =
    g_param_spec_int ("scale-max", N_("Scale maximum"), NULL,
                      2, 100, 5,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_assessment_init (KinAssessment *self)
{
  self->scale_max = 5;
  self->statements = g_list_store_new (KIN_TYPE_STATEMENT);
  self->teams = g_list_store_new (KIN_TYPE_TEAM);
}

/**
 * kin_assessment_new:
 *
 * Creates a self-assessment with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinAssessment
 */
KinAssessment *
kin_assessment_new (void)
{
  return g_object_new (KIN_TYPE_ASSESSMENT, NULL);
}

/**
 * kin_assessment_get_title:
 * @self: a #KinAssessment
 *
 * Returns: the title, never %NULL
 */
const char *
kin_assessment_get_title (KinAssessment *self)
{
  g_return_val_if_fail (KIN_IS_ASSESSMENT (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_assessment_set_title:
 * @self: a #KinAssessment
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_assessment_set_title (KinAssessment *self,
                          const char    *title)
{
  g_return_if_fail (KIN_IS_ASSESSMENT (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_assessment_get_date:
 * @self: a #KinAssessment
 *
 * Returns: the date of the assessment, as "YYYY-MM-DD", never %NULL
 */
const char *
kin_assessment_get_date (KinAssessment *self)
{
  g_return_val_if_fail (KIN_IS_ASSESSMENT (self), NULL);

  return self->date ? self->date : "";
}

/**
 * kin_assessment_set_date:
 * @self: a #KinAssessment
 * @date: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the date of the assessment, as "YYYY-MM-DD". Edits made by the user
 * go through kin_project_set() instead, so that they can be undone.
 */
void
kin_assessment_set_date (KinAssessment *self,
                         const char    *date)
{
  g_return_if_fail (KIN_IS_ASSESSMENT (self));

  if (_kin_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * kin_assessment_get_scale_max:
 * @self: a #KinAssessment
 *
 * Returns: the highest score on the scale
 */
int
kin_assessment_get_scale_max (KinAssessment *self)
{
  g_return_val_if_fail (KIN_IS_ASSESSMENT (self), 0);

  return self->scale_max;
}

/**
 * kin_assessment_set_scale_max:
 * @self: a #KinAssessment
 * @scale_max: the new value
 *
 * Sets the highest score on the scale. Out-of-range values are clamped to
 * 2..100. Edits made by the user go through kin_project_set() instead, so
 * that they can be undone.
 */
void
kin_assessment_set_scale_max (KinAssessment *self,
                              int            scale_max)
{
  g_return_if_fail (KIN_IS_ASSESSMENT (self));

  scale_max = CLAMP (scale_max, 2, 100);
  if (self->scale_max == scale_max)
    return;

  self->scale_max = scale_max;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
}

/**
 * kin_assessment_get_statements:
 * @self: a #KinAssessment
 *
 * Returns: (transfer none): the statements teams score themselves against, a
 * #GListStore of #KinStatement
 */
GListModel *
kin_assessment_get_statements (KinAssessment *self)
{
  g_return_val_if_fail (KIN_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->statements);
}

/**
 * kin_assessment_get_teams:
 * @self: a #KinAssessment
 *
 * Returns: (transfer none): the teams and their scores, a #GListStore of
 * #KinTeam
 */
GListModel *
kin_assessment_get_teams (KinAssessment *self)
{
  g_return_val_if_fail (KIN_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->teams);
}
