/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *kin_timestamp_now      (void);
char     *kin_date_today         (void);
gboolean  kin_is_valid_date      (const char *text);
gboolean  kin_is_valid_timestamp (const char *text);
gboolean  kin_is_valid_color     (const char *text);
gboolean  kin_is_valid_hhmm      (const char *text);
/* "HH:MM" to minutes after midnight, -1 when not a valid time. */
int       kin_hhmm_parse         (const char *text);
/* Minutes after midnight (any value, wrapped into one day) to "HH:MM". */
char     *kin_hhmm_format        (int         minutes);

G_END_DECLS
