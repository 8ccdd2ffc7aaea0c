/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

/* The MIME type the canvas offers copied notes under. */
#define KIN_BOARD_CLIPBOARD_MIME "application/x-kindling-notes+json"

char      *kin_board_notes_to_json   (GPtrArray   *notes);
GPtrArray *kin_board_notes_from_json (const char  *text,
                                      GError     **error);

G_END_DECLS
