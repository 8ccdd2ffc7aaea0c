/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-format-private.h"

G_BEGIN_DECLS

/*
 * Documents that carry a list of entities outside a project, such as notes
 * copied to the clipboard:
 *
 *   { "format": FORMAT_NAME, "version": 1, MEMBER: [ entity, ... ] }
 *
 * with each entity written exactly as in a project file, by the same
 * tables, and read with the same checks and messages.
 */

GBytes    *kin_write_entity_list (const char            *format_name,
                                  const char            *member,
                                  const KinEntityFormat *format,
                                  GPtrArray             *items);

GPtrArray *kin_read_entity_list  (GBytes                *bytes,
                                  const char            *display_name,
                                  const char            *format_name,
                                  const char            *member,
                                  const KinEntityFormat *format,
                                  GError               **error);

G_END_DECLS
