/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/*
 * The report of a facilitation session, as an A4 PDF: the session's
 * details, the agenda with planned and actual times, what was captured
 * under each item, and the actions agreed. No GTK, so that the command
 * line can write it.
 */

GBytes   *kin_session_report_render (KinProject  *project,
                                     KinSession  *session,
                                     GError     **error);
gboolean  kin_session_report_write  (KinProject  *project,
                                     KinSession  *session,
                                     GFile       *file,
                                     GError     **error);

G_END_DECLS
