/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-enums.h"

/* The nicks are the strings of the file format: change them only together
 * with a format migration.
 */

G_DEFINE_ENUM_TYPE (KinUnit, kin_unit,
  G_DEFINE_ENUM_VALUE (KIN_UNIT_MINUTES, "minutes"),
  G_DEFINE_ENUM_VALUE (KIN_UNIT_HOURS, "hours"),
  G_DEFINE_ENUM_VALUE (KIN_UNIT_WORKING_DAYS, "working-days"),
  G_DEFINE_ENUM_VALUE (KIN_UNIT_DAYS, "days"),
  G_DEFINE_ENUM_VALUE (KIN_UNIT_RINGS, "rings"),
  G_DEFINE_ENUM_VALUE (KIN_UNIT_PERCENT, "percent"))

G_DEFINE_ENUM_TYPE (KinChannel, kin_channel,
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_LETTER, "letter"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_WEB, "web"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_SOCIAL, "social"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_IN_PERSON, "in-person"),
  G_DEFINE_ENUM_VALUE (KIN_CHANNEL_ANY, "any"))

G_DEFINE_ENUM_TYPE (KinVoice, kin_voice,
  G_DEFINE_ENUM_VALUE (KIN_VOICE_STAFF, "staff"),
  G_DEFINE_ENUM_VALUE (KIN_VOICE_TENANT, "tenant"),
  G_DEFINE_ENUM_VALUE (KIN_VOICE_BOARD, "board"),
  G_DEFINE_ENUM_VALUE (KIN_VOICE_LEADER, "leader"),
  G_DEFINE_ENUM_VALUE (KIN_VOICE_PARTNER, "partner"),
  G_DEFINE_ENUM_VALUE (KIN_VOICE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (KinJourneyState, kin_journey_state,
  G_DEFINE_ENUM_VALUE (KIN_JOURNEY_STATE_CURRENT, "current"),
  G_DEFINE_ENUM_VALUE (KIN_JOURNEY_STATE_FUTURE, "future"))

G_DEFINE_ENUM_TYPE (KinLaneKind, kin_lane_kind,
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_ACTIONS, "actions"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_TOUCHPOINTS, "touchpoints"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_THOUGHTS, "thoughts"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_FEELINGS, "feelings"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_PAIN_POINTS, "pain-points"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_OPPORTUNITIES, "opportunities"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_OWNER, "owner"),
  G_DEFINE_ENUM_VALUE (KIN_LANE_KIND_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (KinEffort, kin_effort,
  G_DEFINE_ENUM_VALUE (KIN_EFFORT_SMALL, "small"),
  G_DEFINE_ENUM_VALUE (KIN_EFFORT_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (KIN_EFFORT_LARGE, "large"))

G_DEFINE_ENUM_TYPE (KinGainStatus, kin_gain_status,
  G_DEFINE_ENUM_VALUE (KIN_GAIN_STATUS_IDEA, "idea"),
  G_DEFINE_ENUM_VALUE (KIN_GAIN_STATUS_TRYING, "trying"),
  G_DEFINE_ENUM_VALUE (KIN_GAIN_STATUS_ADOPTED, "adopted"),
  G_DEFINE_ENUM_VALUE (KIN_GAIN_STATUS_SHARED, "shared"),
  G_DEFINE_ENUM_VALUE (KIN_GAIN_STATUS_DROPPED, "dropped"))

G_DEFINE_ENUM_TYPE (KinAgendaKind, kin_agenda_kind,
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_CARDS, "cards"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_BOARD, "board"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_ASSESSMENT, "assessment"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_JOURNEY, "journey"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_GAINS, "gains"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_PRINCIPLES, "principles"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_BREAK, "break"),
  G_DEFINE_ENUM_VALUE (KIN_AGENDA_KIND_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (KinDuplex, kin_duplex,
  G_DEFINE_ENUM_VALUE (KIN_DUPLEX_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KIN_DUPLEX_LONG_EDGE, "long-edge"),
  G_DEFINE_ENUM_VALUE (KIN_DUPLEX_SHORT_EDGE, "short-edge"))

/* The loader converts every enum field of every entity, so the class is
 * only looked up, never referenced and released each time. A class of a
 * static type stays alive once referenced, which the first call does.
 */
static GEnumClass *
get_enum_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  if (klass == NULL)
    klass = g_type_class_ref (type);

  return klass;
}

/**
 * kin_enum_from_nick:
 * @type: an enum #GType, such as %KIN_TYPE_VOICE
 * @nick: the nick, as written in the project file
 * @value: (out) (optional): where to store the value
 *
 * Converts a string of the project file into an enum value.
 *
 * Returns: %TRUE if @nick is a nick of @type
 */
gboolean
kin_enum_from_nick (GType       type,
                    const char *nick,
                    int        *value)
{
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);

  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (get_enum_class (type), nick);
  if (enum_value == NULL)
    return FALSE;

  if (value != NULL)
    *value = enum_value->value;

  return TRUE;
}

/**
 * kin_enum_to_nick:
 * @type: an enum #GType, such as %KIN_TYPE_VOICE
 * @value: a value of @type
 *
 * Converts an enum value into the string written in the project file.
 *
 * Returns: (nullable): the nick, or %NULL if @value is not a value of @type
 */
const char *
kin_enum_to_nick (GType type,
                  int   value)
{
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  enum_value = g_enum_get_value (get_enum_class (type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}
