/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The member names of the objects currently open in the guard pass, to
 * find a name given twice in one object. Used as a stack: an object is
 * opened, its names added one by one, then closed.
 */
typedef struct _KinJsonKeys KinJsonKeys;

KinJsonKeys *kin_json_keys_new          (void);
void         kin_json_keys_free         (KinJsonKeys  *self);
void         kin_json_keys_open_object  (KinJsonKeys  *self);
void         kin_json_keys_close_object (KinJsonKeys  *self);
gboolean     kin_json_keys_add          (KinJsonKeys  *self,
                                         const guchar *quoted,
                                         gsize         length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinJsonKeys, kin_json_keys_free)

G_END_DECLS
