/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KIN_TYPE_TEMPLATE_DIALOG (kin_template_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KinTemplateDialog, kin_template_dialog, KIN, TEMPLATE_DIALOG, AdwMessageDialog)

KinTemplateDialog *kin_template_dialog_new        (GtkWindow         *parent,
                                                   GSettings         *settings);
char              *kin_template_dialog_dup_json   (KinTemplateDialog *self,
                                                   GError           **error);
char              *kin_template_dialog_save       (KinTemplateDialog *self,
                                                   GError           **error);
void               kin_template_dialog_set_value  (KinTemplateDialog *self,
                                                   const char        *field,
                                                   double             value);

G_END_DECLS
