/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers shared by the entity setters. They never bypass notification:
 * they only store the value and say whether it changed, and the caller
 * notifies.
 */

extern const char * const _kin_empty_strv[1];

#define _KIN_STRV_OR_EMPTY(strv) \
  ((strv) != NULL ? (const char * const *) (strv) : _kin_empty_strv)

gboolean _kin_set_string (char               **field,
                          const char          *value);
gboolean _kin_set_strv   (char              ***field,
                          const char * const  *value);

G_END_DECLS
