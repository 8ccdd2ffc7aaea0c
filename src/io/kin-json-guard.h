/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest file the loader accepts. */
#define KIN_JSON_GUARD_MAX_SIZE   ((gsize) 1 << 30)
/* The deepest nesting of arrays and objects the loader accepts. */
#define KIN_JSON_GUARD_MAX_DEPTH  64
/* The most JSON values (strings, numbers, objects...) a file may hold. A
 * json-glib tree costs about 100 bytes a value, so this bounds the memory a
 * hostile file can make the parser use, while leaving room for projects of
 * half a million marginal gains. */
#define KIN_JSON_GUARD_MAX_VALUES (16u * 1000u * 1000u)

/* One element of an array that is a member of the top-level object. */
typedef struct
{
  guint ordinal;  /* how many array elements of any array end before this one */
  guint key;      /* index of the array's member name in array_keys */
  guint index;    /* index of the element in its array */
} KinJsonElement;

/**
 * KinJsonLayout:
 * @array_keys: (element-type utf8): names of the members of the top-level
 *   object whose values are arrays, in document order
 * @elements: (element-type KinJsonElement): the elements of those arrays,
 *   in document order
 *
 * What the guard pass learnt about the shape of a document, which lets the
 * loader follow json-glib's parse signals.
 */
typedef struct
{
  GPtrArray *array_keys;
  GArray    *elements;
} KinJsonLayout;

gboolean kin_json_guard_check    (const char     *data,
                                  gsize           length,
                                  const char     *display_name,
                                  gsize          *body_offset,
                                  KinJsonLayout **layout,
                                  GError        **error);
void     kin_json_layout_free    (KinJsonLayout  *layout);

void     kin_json_guard_position (const char  *data,
                                  gsize        offset,
                                  guint       *line,
                                  guint       *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinJsonLayout, kin_json_layout_free)

G_END_DECLS
