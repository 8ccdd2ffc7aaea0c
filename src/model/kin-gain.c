/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-gain.h"
#include "kin-model-private.h"

/**
 * KinGain:
 *
 * An entry in the marginal-gains log: a small change that made things a
 * bit better for a customer.
 */
struct _KinGain
{
  KinObject parent_instance;

  char *date;
  char *title;
  char *team;
  char *who;
  char *before;
  char *change;
  char **principles;
  char **standards;
  char **tsm;
  int impact;
  KinEffort effort;
  char *evidence;
  KinGainStatus status;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (KinGain, kin_gain, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  PROP_TEAM,
  PROP_WHO,
  PROP_BEFORE,
  PROP_CHANGE,
  PROP_PRINCIPLES,
  PROP_STANDARDS,
  PROP_TSM,
  PROP_IMPACT,
  PROP_EFFORT,
  PROP_EVIDENCE,
  PROP_STATUS,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_gain_finalize (GObject *object)
{
  KinGain *self = KIN_GAIN (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->before, g_free);
  g_clear_pointer (&self->change, g_free);
  g_clear_pointer (&self->principles, g_strfreev);
  g_clear_pointer (&self->standards, g_strfreev);
  g_clear_pointer (&self->tsm, g_strfreev);
  g_clear_pointer (&self->evidence, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (kin_gain_parent_class)->finalize (object);
}

static void
kin_gain_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KinGain *self = KIN_GAIN (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, kin_gain_get_date (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kin_gain_get_title (self));
      break;

    case PROP_TEAM:
      g_value_set_string (value, kin_gain_get_team (self));
      break;

    case PROP_WHO:
      g_value_set_string (value, kin_gain_get_who (self));
      break;

    case PROP_BEFORE:
      g_value_set_string (value, kin_gain_get_before (self));
      break;

    case PROP_CHANGE:
      g_value_set_string (value, kin_gain_get_change (self));
      break;

    case PROP_PRINCIPLES:
      g_value_set_boxed (value, kin_gain_get_principles (self));
      break;

    case PROP_STANDARDS:
      g_value_set_boxed (value, kin_gain_get_standards (self));
      break;

    case PROP_TSM:
      g_value_set_boxed (value, kin_gain_get_tsm (self));
      break;

    case PROP_IMPACT:
      g_value_set_int (value, kin_gain_get_impact (self));
      break;

    case PROP_EFFORT:
      g_value_set_enum (value, kin_gain_get_effort (self));
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, kin_gain_get_evidence (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, kin_gain_get_status (self));
      break;

    case PROP_CREATED:
      g_value_set_string (value, kin_gain_get_created (self));
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, kin_gain_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_gain_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KinGain *self = KIN_GAIN (object);

  switch (prop_id)
    {
    case PROP_DATE:
      kin_gain_set_date (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      kin_gain_set_title (self, g_value_get_string (value));
      break;

    case PROP_TEAM:
      kin_gain_set_team (self, g_value_get_string (value));
      break;

    case PROP_WHO:
      kin_gain_set_who (self, g_value_get_string (value));
      break;

    case PROP_BEFORE:
      kin_gain_set_before (self, g_value_get_string (value));
      break;

    case PROP_CHANGE:
      kin_gain_set_change (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLES:
      kin_gain_set_principles (self, g_value_get_boxed (value));
      break;

    case PROP_STANDARDS:
      kin_gain_set_standards (self, g_value_get_boxed (value));
      break;

    case PROP_TSM:
      kin_gain_set_tsm (self, g_value_get_boxed (value));
      break;

    case PROP_IMPACT:
      kin_gain_set_impact (self, g_value_get_int (value));
      break;

    case PROP_EFFORT:
      kin_gain_set_effort (self, g_value_get_enum (value));
      break;

    case PROP_EVIDENCE:
      kin_gain_set_evidence (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      kin_gain_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CREATED:
      kin_gain_set_created (self, g_value_get_string (value));
      break;

    case PROP_MODIFIED:
      kin_gain_set_modified (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_gain_class_init (KinGainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_gain_finalize;
  object_class->get_property = kin_gain_get_property;
  object_class->set_property = kin_gain_set_property;

  kin_class->type_label = N_("Marginal Gain");

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Date"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEAM] =
    g_param_spec_string ("team", N_("Team"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_WHO] =
    g_param_spec_string ("who", N_("Who"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BEFORE] =
    g_param_spec_string ("before", N_("Before"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CHANGE] =
    g_param_spec_string ("change", N_("Change"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", N_("Principles"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_STANDARDS] =
    g_param_spec_boxed ("standards", N_("Standards"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_TSM] =
    g_param_spec_boxed ("tsm", N_("Satisfaction measures"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_IMPACT] =
    g_param_spec_int ("impact", N_("Impact"), NULL,
                      1, 5, 3,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_EFFORT] =
    g_param_spec_enum ("effort", N_("Effort"), NULL,
                       KIN_TYPE_EFFORT, KIN_EFFORT_SMALL,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", N_("Evidence"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", N_("Status"), NULL,
                       KIN_TYPE_GAIN_STATUS, KIN_GAIN_STATUS_IDEA,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_string ("created", N_("Created"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", N_("Modified"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_gain_init (KinGain *self)
{
  self->impact = 3;
}

/**
 * kin_gain_new:
 *
 * Creates a marginal gain with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinGain
 */
KinGain *
kin_gain_new (void)
{
  return g_object_new (KIN_TYPE_GAIN, NULL);
}

/**
 * kin_gain_get_date:
 * @self: a #KinGain
 *
 * Returns: the date of the change, as "YYYY-MM-DD", never %NULL
 */
const char *
kin_gain_get_date (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->date ? self->date : "";
}

/**
 * kin_gain_set_date:
 * @self: a #KinGain
 * @date: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the date of the change, as "YYYY-MM-DD". Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_date (KinGain    *self,
                   const char *date)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * kin_gain_get_title:
 * @self: a #KinGain
 *
 * Returns: the title, never %NULL
 */
const char *
kin_gain_get_title (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_gain_set_title:
 * @self: a #KinGain
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_gain_set_title (KinGain    *self,
                    const char *title)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_gain_get_team:
 * @self: a #KinGain
 *
 * Returns: the team that made the change, never %NULL
 */
const char *
kin_gain_get_team (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->team ? self->team : "";
}

/**
 * kin_gain_set_team:
 * @self: a #KinGain
 * @team: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the team that made the change. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_team (KinGain    *self,
                   const char *team)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->team, team))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEAM]);
}

/**
 * kin_gain_get_who:
 * @self: a #KinGain
 *
 * Returns: who made the change, never %NULL
 */
const char *
kin_gain_get_who (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->who ? self->who : "";
}

/**
 * kin_gain_set_who:
 * @self: a #KinGain
 * @who: (nullable): the new value; %NULL is the same as ""
 *
 * Sets who made the change. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_who (KinGain    *self,
                  const char *who)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->who, who))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHO]);
}

/**
 * kin_gain_get_before:
 * @self: a #KinGain
 *
 * Returns: what happened before the change, never %NULL
 */
const char *
kin_gain_get_before (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->before ? self->before : "";
}

/**
 * kin_gain_set_before:
 * @self: a #KinGain
 * @before: (nullable): the new value; %NULL is the same as ""
 *
 * Sets what happened before the change. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_before (KinGain    *self,
                     const char *before)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->before, before))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEFORE]);
}

/**
 * kin_gain_get_change:
 * @self: a #KinGain
 *
 * Returns: what changed, never %NULL
 */
const char *
kin_gain_get_change (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->change ? self->change : "";
}

/**
 * kin_gain_set_change:
 * @self: a #KinGain
 * @change: (nullable): the new value; %NULL is the same as ""
 *
 * Sets what changed. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_gain_set_change (KinGain    *self,
                     const char *change)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->change, change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE]);
}

/**
 * kin_gain_get_principles:
 * @self: a #KinGain
 *
 * Returns: (transfer none): the ids of the principles the gain serves, never
 * %NULL
 */
const char * const *
kin_gain_get_principles (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->principles);
}

/**
 * kin_gain_set_principles:
 * @self: a #KinGain
 * @principles: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the ids of the principles the gain serves. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_principles (KinGain            *self,
                         const char * const *principles)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_strv (&self->principles, principles))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLES]);
}

/**
 * kin_gain_get_standards:
 * @self: a #KinGain
 *
 * Returns: (transfer none): the ids of the standards the gain serves, never
 * %NULL
 */
const char * const *
kin_gain_get_standards (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->standards);
}

/**
 * kin_gain_set_standards:
 * @self: a #KinGain
 * @standards: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the ids of the standards the gain serves. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_standards (KinGain            *self,
                        const char * const *standards)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_strv (&self->standards, standards))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDARDS]);
}

/**
 * kin_gain_get_tsm:
 * @self: a #KinGain
 *
 * Returns: (transfer none): the Tenant Satisfaction Measure tags, never
 * %NULL
 */
const char * const *
kin_gain_get_tsm (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->tsm);
}

/**
 * kin_gain_set_tsm:
 * @self: a #KinGain
 * @tsm: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the Tenant Satisfaction Measure tags. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_tsm (KinGain            *self,
                  const char * const *tsm)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_strv (&self->tsm, tsm))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TSM]);
}

/**
 * kin_gain_get_impact:
 * @self: a #KinGain
 *
 * Returns: the customer impact, from 1 to 5
 */
int
kin_gain_get_impact (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), 0);

  return self->impact;
}

/**
 * kin_gain_set_impact:
 * @self: a #KinGain
 * @impact: the new value
 *
 * Sets the customer impact, from 1 to 5. Out-of-range values are clamped to
 * 1..5. Edits made by the user go through kin_project_set() instead, so that
 * they can be undone.
 */
void
kin_gain_set_impact (KinGain *self,
                     int      impact)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  impact = CLAMP (impact, 1, 5);
  if (self->impact == impact)
    return;

  self->impact = impact;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPACT]);
}

/**
 * kin_gain_get_effort:
 * @self: a #KinGain
 *
 * Returns: how much effort the change took
 */
KinEffort
kin_gain_get_effort (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), 0);

  return self->effort;
}

/**
 * kin_gain_set_effort:
 * @self: a #KinGain
 * @effort: the new value
 *
 * Sets how much effort the change took. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_effort (KinGain   *self,
                     KinEffort  effort)
{
  g_return_if_fail (KIN_IS_GAIN (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_EFFORT, effort) != NULL);

  if (self->effort == effort)
    return;

  self->effort = effort;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFORT]);
}

/**
 * kin_gain_get_evidence:
 * @self: a #KinGain
 *
 * Returns: the evidence that the change helped, never %NULL
 */
const char *
kin_gain_get_evidence (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->evidence ? self->evidence : "";
}

/**
 * kin_gain_set_evidence:
 * @self: a #KinGain
 * @evidence: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the evidence that the change helped. Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_evidence (KinGain    *self,
                       const char *evidence)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->evidence, evidence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

/**
 * kin_gain_get_status:
 * @self: a #KinGain
 *
 * Returns: how far the change has got
 */
KinGainStatus
kin_gain_get_status (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), 0);

  return self->status;
}

/**
 * kin_gain_set_status:
 * @self: a #KinGain
 * @status: the new value
 *
 * Sets how far the change has got. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_gain_set_status (KinGain       *self,
                     KinGainStatus  status)
{
  g_return_if_fail (KIN_IS_GAIN (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_GAIN_STATUS, status) != NULL);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * kin_gain_get_created:
 * @self: a #KinGain
 *
 * Returns: when the entry was created, as an ISO 8601 UTC timestamp, never
 * %NULL
 */
const char *
kin_gain_get_created (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->created ? self->created : "";
}

/**
 * kin_gain_set_created:
 * @self: a #KinGain
 * @created: (nullable): the new value; %NULL is the same as ""
 *
 * Sets when the entry was created, as an ISO 8601 UTC timestamp. Edits made
 * by the user go through kin_project_set() instead, so that they can be
 * undone.
 */
void
kin_gain_set_created (KinGain    *self,
                      const char *created)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * kin_gain_get_modified:
 * @self: a #KinGain
 *
 * Returns: when the entry was last changed, as an ISO 8601 UTC timestamp,
 * never %NULL
 */
const char *
kin_gain_get_modified (KinGain *self)
{
  g_return_val_if_fail (KIN_IS_GAIN (self), NULL);

  return self->modified ? self->modified : "";
}

/**
 * kin_gain_set_modified:
 * @self: a #KinGain
 * @modified: (nullable): the new value; %NULL is the same as ""
 *
 * Sets when the entry was last changed, as an ISO 8601 UTC timestamp. Edits
 * made by the user go through kin_project_set() instead, so that they can be
 * undone.
 */
void
kin_gain_set_modified (KinGain    *self,
                       const char *modified)
{
  g_return_if_fail (KIN_IS_GAIN (self));

  if (_kin_set_string (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
