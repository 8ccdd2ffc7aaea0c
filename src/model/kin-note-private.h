/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-note.h"

G_BEGIN_DECLS

const char *_kin_note_get_search_key (KinNote *self);

G_END_DECLS
