/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "kin-format-private.h"
#include "kin-json-guard.h"
#include "kin-types.h"

G_BEGIN_DECLS

/*
 * Internal state of one load, shared by the files of the project reader
 * (kin-project-reader.c, kin-reader-assets.c, kin-reader-refs.c).
 */

/* One step of a JSON path, kept on the C stack while the reader descends.
 * The text form ("gains[12].impact") is only built for a message. */
typedef struct _KinPath KinPath;
struct _KinPath
{
  const KinPath *parent;
  const char    *key;    /* a member name, or NULL for an array index */
  gsize          index;
};

/* Where an id was defined, compact enough to keep one per entity. */
typedef struct
{
  const KinEntityFormat *format;
  guint                  i;  /* index of the top-level entity, or of the asset */
  guint                  j;  /* index inside the parent's list */
} KinLocation;

typedef struct
{
  const char *name;       /* the file's display name, for messages */
  KinProject *project;
  /* id -> GUINT_TO_POINTER (index into @locations + 1). The keys are the
   * id strings owned by the entities, which live as long as the load. */
  GHashTable *ids;
  GArray     *locations;
  GHashTable *pspecs;     /* KinFieldFormat* -> GParamSpec*, a lookup cache */
  GPtrArray  *warnings;
  GError     *error;

  /* Streaming: the big top-level arrays are converted while json-glib
   * parses them, element by element, each just after it was parsed. */
  KinJsonLayout *layout;     /* from the guard pass */
  const KinFieldFormat **key_fields; /* per layout->array_keys: field to stream, or NULL */
  guint       next_element;  /* the next of layout->elements to come */
  guint       n_elements;    /* array-element signals seen so far */
  GHashTable *streamed;      /* KinFieldFormat* -> GPtrArray of converted entities */
} KinReader;

static inline gboolean
kin_json_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static inline gboolean
kin_json_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

char                 *kin_path_to_string       (const KinPath         *path);
char                 *kin_location_to_string   (KinReader             *reader,
                                                const KinLocation     *location,
                                                const char            *id);

gboolean              kin_reader_fail          (KinReader             *reader,
                                                int                    code,
                                                const KinPath         *path,
                                                const char            *format,
                                                ...) G_GNUC_PRINTF (4, 5);
gboolean              kin_reader_fail_expected (KinReader             *reader,
                                                const KinPath         *path,
                                                JsonNode              *got,
                                                const char            *expected);
void                  kin_reader_warn          (KinReader             *reader,
                                                const KinPath         *path,
                                                const char            *format,
                                                ...) G_GNUC_PRINTF (3, 4);

gboolean              kin_reader_register_id   (KinReader             *reader,
                                                const char            *id,
                                                const KinEntityFormat *format,
                                                guint                  i,
                                                guint                  j,
                                                const KinPath         *path);
const KinLocation    *kin_reader_lookup_id     (KinReader             *reader,
                                                const char            *id);

GParamSpec           *kin_reader_field_pspec   (KinReader             *reader,
                                                const KinEntityFormat *format,
                                                const KinFieldFormat  *field);
gboolean              kin_reader_read_int      (KinReader             *reader,
                                                const KinPath         *path,
                                                JsonNode              *node,
                                                GParamSpecInt         *spec,
                                                int                   *out);
gboolean              kin_reader_read_double   (KinReader             *reader,
                                                const KinPath         *path,
                                                JsonNode              *node,
                                                GParamSpecDouble      *spec,
                                                double                *out);
gboolean              kin_reader_read_enum     (KinReader             *reader,
                                                const KinPath         *path,
                                                JsonNode              *node,
                                                GParamSpec            *pspec,
                                                int                   *out);
gboolean              kin_reader_read_strv     (KinReader             *reader,
                                                const KinPath         *path,
                                                JsonNode              *node,
                                                gboolean               ids,
                                                gpointer               object,
                                                KinStrvSetter          set);
gboolean              kin_reader_read_checked_string (KinReader       *reader,
                                                      const KinPath   *path,
                                                      JsonNode        *node,
                                                      KinFieldType     type,
                                                      const char     **out);

gboolean              kin_reader_read_assets   (KinReader             *reader,
                                                JsonNode              *node,
                                                const KinPath         *path);
void                  kin_reader_check_references (KinReader          *reader);

KinProject           *kin_project_read_owned_bytes (GBytes     *bytes,
                                                    const char *display_name,
                                                    GPtrArray **warnings,
                                                    GError    **error);

/* For tests: turns streaming off, to compare loads with and without it. */
void                  kin_project_reader_set_streaming (gboolean enabled);

/* Exposed for tests: the migration loop with a given table of steps. */
typedef gboolean (*KinMigrationFunc) (JsonObject  *root,
                                      GError     **error);

gboolean              kin_project_reader_migrate (JsonObject             *root,
                                                  gint64                  from_version,
                                                  gint64                  to_version,
                                                  const KinMigrationFunc *steps,
                                                  GError                **error);

G_END_DECLS
