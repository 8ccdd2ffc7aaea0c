/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KinJsonWriter:
 *
 * A small streaming JSON writer that appends pretty-printed text (two-space
 * indentation, one member or element per line) to a growing buffer. It keeps
 * no tree, so writing a big project costs little more than the output itself.
 *
 * Calls must describe well-formed JSON: inside an object every value is
 * preceded by kin_json_writer_key(); the writer checks this with
 * g_return_if_fail() but does not try to repair misuse.
 */
typedef struct _KinJsonWriter KinJsonWriter;

KinJsonWriter *kin_json_writer_new           (gsize                 size_hint);
void           kin_json_writer_free          (KinJsonWriter        *self);
GBytes        *kin_json_writer_free_to_bytes (KinJsonWriter        *self);

void           kin_json_writer_begin_object  (KinJsonWriter        *self);
void           kin_json_writer_end_object    (KinJsonWriter        *self);
void           kin_json_writer_begin_array   (KinJsonWriter        *self);
void           kin_json_writer_end_array     (KinJsonWriter        *self);
void           kin_json_writer_key           (KinJsonWriter        *self,
                                              const char           *key);

void           kin_json_writer_string        (KinJsonWriter        *self,
                                              const char           *value);
void           kin_json_writer_string_len    (KinJsonWriter        *self,
                                              const char           *value,
                                              gsize                 length);
void           kin_json_writer_int           (KinJsonWriter        *self,
                                              gint64                value);
void           kin_json_writer_double        (KinJsonWriter        *self,
                                              double                value);
void           kin_json_writer_boolean       (KinJsonWriter        *self,
                                              gboolean              value);
void           kin_json_writer_null          (KinJsonWriter        *self);
void           kin_json_writer_strv          (KinJsonWriter        *self,
                                              const char * const   *strv);
void           kin_json_writer_base64        (KinJsonWriter        *self,
                                              GBytes               *data);

/* Shorthands for a key followed by a value. */
void           kin_json_writer_member_string (KinJsonWriter        *self,
                                              const char           *key,
                                              const char           *value);
void           kin_json_writer_member_int    (KinJsonWriter        *self,
                                              const char           *key,
                                              gint64                value);
void           kin_json_writer_member_double (KinJsonWriter        *self,
                                              const char           *key,
                                              double                value);
void           kin_json_writer_member_boolean (KinJsonWriter       *self,
                                               const char          *key,
                                               gboolean             value);
void           kin_json_writer_member_strv   (KinJsonWriter        *self,
                                              const char           *key,
                                              const char * const   *strv);

char          *kin_json_quote                (const char           *text,
                                              gssize                length);
char          *kin_json_format_double        (char                 *buffer,
                                              gsize                 size,
                                              double                value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinJsonWriter, kin_json_writer_free)

G_END_DECLS
