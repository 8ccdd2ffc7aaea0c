/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A declarative description of file format version 1: for every kind of
 * entity, its members in the order they are written, how each is stored in
 * JSON and which model getter and setter carry it. The reader and the writer
 * both walk these tables, so the two cannot drift apart, and adding a field
 * is one line here.
 */

/* The newest file format version this code reads and writes. */
#define KIN_FORMAT_VERSION 1

typedef enum
{
  KIN_FIELD_ID,         /* the entity's id: a non-empty string, unique in the file */
  KIN_FIELD_TEXT,       /* a string; "" when missing */
  KIN_FIELD_REF,        /* the id of another entity, or null */
  KIN_FIELD_REF_LIST,   /* an array of ids of other entities */
  KIN_FIELD_STRV,       /* an array of strings */
  KIN_FIELD_DATE,       /* "YYYY-MM-DD" or "" */
  KIN_FIELD_TIMESTAMP,  /* "YYYY-MM-DDTHH:MM:SSZ" or "" */
  KIN_FIELD_HHMM,       /* "HH:MM" or "" */
  KIN_FIELD_COLOR,      /* "#rrggbb" */
  KIN_FIELD_OPTIONAL_COLOR, /* "#rrggbb", or null for none */
  KIN_FIELD_INT,        /* an integer within the property's range */
  KIN_FIELD_DOUBLE,     /* a finite number within the property's range */
  KIN_FIELD_BOOL,
  KIN_FIELD_ENUM,       /* the nick of a value of the property's enum type */
  KIN_FIELD_LIST,       /* an array of child entities */
  KIN_FIELD_SPECIAL,    /* read and written by code of its own, see KinSpecial */
} KinFieldType;

/* Members whose JSON shape does not map onto one property. */
typedef enum
{
  KIN_SPECIAL_NONE,
  KIN_SPECIAL_TARGET,       /* a standard's "target": object or null */
  KIN_SPECIAL_SCORES,       /* a team's "scores": statement id -> number */
  KIN_SPECIAL_DOTS,         /* a note's "dots": voter name -> count */
  KIN_SPECIAL_BACK_OFFSET,  /* the print settings' "back_offset_mm": { x, y } */
  KIN_SPECIAL_PRINT,        /* the project's "print" object */
  KIN_SPECIAL_ASSETS,       /* the project's "assets" object */
} KinSpecial;

typedef struct _KinEntityFormat KinEntityFormat;
typedef struct _KinFieldFormat  KinFieldFormat;

/* Flags of a reference field. */
typedef enum
{
  KIN_REF_NONE = 0,
  /* The target must belong to the same top-level entity (a note's cluster
   * is on the same board). */
  KIN_REF_SAME_PARENT = 1 << 0,
  /* The entity makes no sense without the target: if it is not given, or
   * names nothing, the whole entity is dropped with a warning. */
  KIN_REF_REQUIRED = 1 << 1,
} KinRefFlags;

struct _KinFieldFormat
{
  const char            *key;       /* the member name in the file */
  KinFieldType           type;
  const char            *property;  /* the GObject property, or NULL */
  GCallback              get;       /* typed getter, see the Kin*Getter types */
  GCallback              set;       /* typed setter */
  const KinEntityFormat *target;    /* REF, REF_LIST: what the id names (NULL: anything) */
  KinRefFlags            ref_flags;
  const KinEntityFormat *child;     /* LIST: the entities in the array */
  GListModel          *(*get_list) (gpointer object); /* LIST: the object's store */
  KinSpecial             special;
  /* DATE, TIMESTAMP, HHMM: "not set" is written as null rather than "". */
  gboolean               nullable;
};

struct _KinEntityFormat
{
  GType                (*get_type) (void);
  const char            *noun;      /* N_() noun for messages, e.g. "principle" */
  const char            *section;   /* top-level member holding these entities */
  const char            *list;      /* member inside the parent, or NULL at top level */
  guint                  section_index; /* order of @section in the file */
  guint                  list_index;    /* order of @list inside the parent */
  const KinFieldFormat  *fields;
  guint                  n_fields;
};

/* How getters and setters are called; the GCallbacks above are cast back to
 * these according to the field type. Enum values travel as int. */
typedef const char         *(*KinStringGetter) (gpointer object);
typedef void                (*KinStringSetter) (gpointer object, const char *value);
typedef const char * const *(*KinStrvGetter)   (gpointer object);
typedef void                (*KinStrvSetter)   (gpointer object, const char * const *value);
typedef int                 (*KinIntGetter)    (gpointer object);
typedef void                (*KinIntSetter)    (gpointer object, int value);
typedef double              (*KinDoubleGetter) (gpointer object);
typedef void                (*KinDoubleSetter) (gpointer object, double value);
typedef gboolean            (*KinBoolGetter)   (gpointer object);
typedef void                (*KinBoolSetter)   (gpointer object, gboolean value);

extern const KinEntityFormat kin_format_project;
extern const KinEntityFormat kin_format_principle;
extern const KinEntityFormat kin_format_standard;
extern const KinEntityFormat kin_format_deck;
extern const KinEntityFormat kin_format_card;
extern const KinEntityFormat kin_format_board;
extern const KinEntityFormat kin_format_cluster;
extern const KinEntityFormat kin_format_note;
extern const KinEntityFormat kin_format_assessment;
extern const KinEntityFormat kin_format_statement;
extern const KinEntityFormat kin_format_team;
extern const KinEntityFormat kin_format_journey;
extern const KinEntityFormat kin_format_stage;
extern const KinEntityFormat kin_format_lane;
extern const KinEntityFormat kin_format_cell;
extern const KinEntityFormat kin_format_emotion;
extern const KinEntityFormat kin_format_gain;
extern const KinEntityFormat kin_format_session;
extern const KinEntityFormat kin_format_agenda_item;
extern const KinEntityFormat kin_format_capture;
extern const KinEntityFormat kin_format_action;
extern const KinEntityFormat kin_format_print;
extern const KinEntityFormat kin_format_asset;
/* The members of a standard's "target" object and of the print settings'
 * "back_offset_mm" object, which set properties of the enclosing entity. */
extern const KinEntityFormat kin_format_target;
extern const KinEntityFormat kin_format_back_offset;

GParamSpec *kin_format_field_pspec (const KinEntityFormat *format,
                                    const KinFieldFormat  *field);

G_END_DECLS
