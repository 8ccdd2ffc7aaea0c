/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_NOTE (kin_note_get_type ())

G_DECLARE_FINAL_TYPE (KinNote, kin_note, KIN, NOTE, KinObject)

KinNote    *kin_note_new           (void);

const char *kin_note_get_text      (KinNote    *self);
void        kin_note_set_text      (KinNote    *self,
                                    const char *text);
double      kin_note_get_x         (KinNote    *self);
void        kin_note_set_x         (KinNote    *self,
                                    double      x);
double      kin_note_get_y         (KinNote    *self);
void        kin_note_set_y         (KinNote    *self,
                                    double      y);
const char *kin_note_get_color     (KinNote    *self);
void        kin_note_set_color     (KinNote    *self,
                                    const char *color);
const char *kin_note_get_principle (KinNote    *self);
void        kin_note_set_principle (KinNote    *self,
                                    const char *principle);
KinVoice    kin_note_get_voice     (KinNote    *self);
void        kin_note_set_voice     (KinNote    *self,
                                    KinVoice    voice);
int         kin_note_get_votes     (KinNote    *self);
void        kin_note_set_votes     (KinNote    *self,
                                    int         votes);
const char *kin_note_get_cluster   (KinNote    *self);
void        kin_note_set_cluster   (KinNote    *self,
                                    const char *cluster);
gboolean    kin_note_get_hidden    (KinNote    *self);
void        kin_note_set_hidden    (KinNote    *self,
                                    gboolean    hidden);
GVariant   *kin_note_get_dots      (KinNote    *self);
void        kin_note_set_dots      (KinNote    *self,
                                    GVariant   *dots);

G_END_DECLS
