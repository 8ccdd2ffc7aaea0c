/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KIN_TYPE_APPLICATION (kin_application_get_type ())

G_DECLARE_FINAL_TYPE (KinApplication, kin_application, KIN, APPLICATION, AdwApplication)

KinApplication *kin_application_new          (const char        *application_id,
                                              GApplicationFlags  flags);
GSettings      *kin_application_get_settings (KinApplication    *self);

G_END_DECLS
