/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of every value below is the exact string used in the project file. */

typedef enum {
  KIN_UNIT_MINUTES,       /* "minutes" */
  KIN_UNIT_HOURS,         /* "hours" */
  KIN_UNIT_WORKING_DAYS,  /* "working-days" */
  KIN_UNIT_DAYS,          /* "days" */
  KIN_UNIT_RINGS,         /* "rings" */
  KIN_UNIT_PERCENT,       /* "percent" */
} KinUnit;

typedef enum {
  KIN_CHANNEL_PHONE,      /* "phone" */
  KIN_CHANNEL_EMAIL,      /* "email" */
  KIN_CHANNEL_LETTER,     /* "letter" */
  KIN_CHANNEL_WEB,        /* "web" */
  KIN_CHANNEL_SOCIAL,     /* "social" */
  KIN_CHANNEL_IN_PERSON,  /* "in-person" */
  KIN_CHANNEL_ANY,        /* "any" */
} KinChannel;

typedef enum {
  KIN_VOICE_STAFF,        /* "staff" */
  KIN_VOICE_TENANT,       /* "tenant" */
  KIN_VOICE_BOARD,        /* "board" */
  KIN_VOICE_LEADER,       /* "leader" */
  KIN_VOICE_PARTNER,      /* "partner" */
  KIN_VOICE_OTHER,        /* "other" */
} KinVoice;

typedef enum {
  KIN_JOURNEY_STATE_CURRENT,  /* "current" */
  KIN_JOURNEY_STATE_FUTURE,   /* "future" */
} KinJourneyState;

typedef enum {
  KIN_LANE_KIND_ACTIONS,        /* "actions" */
  KIN_LANE_KIND_TOUCHPOINTS,    /* "touchpoints" */
  KIN_LANE_KIND_THOUGHTS,       /* "thoughts" */
  KIN_LANE_KIND_FEELINGS,       /* "feelings" */
  KIN_LANE_KIND_PAIN_POINTS,    /* "pain-points" */
  KIN_LANE_KIND_OPPORTUNITIES,  /* "opportunities" */
  KIN_LANE_KIND_OWNER,          /* "owner" */
  KIN_LANE_KIND_CUSTOM,         /* "custom" */
} KinLaneKind;

typedef enum {
  KIN_EFFORT_SMALL,   /* "small" */
  KIN_EFFORT_MEDIUM,  /* "medium" */
  KIN_EFFORT_LARGE,   /* "large" */
} KinEffort;

typedef enum {
  KIN_GAIN_STATUS_IDEA,     /* "idea" */
  KIN_GAIN_STATUS_TRYING,   /* "trying" */
  KIN_GAIN_STATUS_ADOPTED,  /* "adopted" */
  KIN_GAIN_STATUS_SHARED,   /* "shared" */
  KIN_GAIN_STATUS_DROPPED,  /* "dropped" */
} KinGainStatus;

typedef enum {
  KIN_AGENDA_KIND_CARDS,       /* "cards" */
  KIN_AGENDA_KIND_BOARD,       /* "board" */
  KIN_AGENDA_KIND_ASSESSMENT,  /* "assessment" */
  KIN_AGENDA_KIND_JOURNEY,     /* "journey" */
  KIN_AGENDA_KIND_GAINS,       /* "gains" */
  KIN_AGENDA_KIND_PRINCIPLES,  /* "principles" */
  KIN_AGENDA_KIND_BREAK,       /* "break" */
  KIN_AGENDA_KIND_CUSTOM,      /* "custom" */
} KinAgendaKind;

typedef enum {
  KIN_DUPLEX_NONE,        /* "none" */
  KIN_DUPLEX_LONG_EDGE,   /* "long-edge" */
  KIN_DUPLEX_SHORT_EDGE,  /* "short-edge" */
} KinDuplex;

#define KIN_TYPE_UNIT          (kin_unit_get_type ())
#define KIN_TYPE_CHANNEL       (kin_channel_get_type ())
#define KIN_TYPE_VOICE         (kin_voice_get_type ())
#define KIN_TYPE_JOURNEY_STATE (kin_journey_state_get_type ())
#define KIN_TYPE_LANE_KIND     (kin_lane_kind_get_type ())
#define KIN_TYPE_EFFORT        (kin_effort_get_type ())
#define KIN_TYPE_GAIN_STATUS   (kin_gain_status_get_type ())
#define KIN_TYPE_AGENDA_KIND   (kin_agenda_kind_get_type ())
#define KIN_TYPE_DUPLEX        (kin_duplex_get_type ())

GType kin_unit_get_type          (void) G_GNUC_CONST;
GType kin_channel_get_type       (void) G_GNUC_CONST;
GType kin_voice_get_type         (void) G_GNUC_CONST;
GType kin_journey_state_get_type (void) G_GNUC_CONST;
GType kin_lane_kind_get_type     (void) G_GNUC_CONST;
GType kin_effort_get_type        (void) G_GNUC_CONST;
GType kin_gain_status_get_type   (void) G_GNUC_CONST;
GType kin_agenda_kind_get_type   (void) G_GNUC_CONST;
GType kin_duplex_get_type        (void) G_GNUC_CONST;

gboolean    kin_enum_from_nick (GType       type,
                                const char *nick,
                                int        *value);
const char *kin_enum_to_nick   (GType       type,
                                int         value);

G_END_DECLS
