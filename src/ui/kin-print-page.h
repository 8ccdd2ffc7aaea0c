/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-model.h"
#include "kin-sheet.h"

G_BEGIN_DECLS

#define KIN_TYPE_PRINT_PAGE (kin_print_page_get_type ())

G_DECLARE_FINAL_TYPE (KinPrintPage, kin_print_page, KIN, PRINT_PAGE, GtkWidget)

KinProject  *kin_print_page_get_project   (KinPrintPage         *self);
void         kin_print_page_set_project   (KinPrintPage         *self,
                                           KinProject           *project);
KinPrintJob *kin_print_page_get_job       (KinPrintPage         *self);
void         kin_print_page_update_now    (KinPrintPage         *self);
void         kin_print_page_select_template (KinPrintPage       *self,
                                             const char         *template_id);

void         kin_print_page_export_async  (KinPrintPage         *self,
                                           GFile                *file,
                                           double                dpi,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean     kin_print_page_export_finish (KinPrintPage         *self,
                                           GAsyncResult         *result,
                                           GError              **error);
gboolean     kin_print_page_is_exporting  (KinPrintPage         *self);
void         kin_print_page_cancel_export (KinPrintPage         *self);

GtkPrintOperationResult kin_print_page_run_print (KinPrintPage            *self,
                                                  GtkPrintOperationAction  action,
                                                  gboolean                 calibration,
                                                  const char              *export_filename,
                                                  GError                 **error);

G_END_DECLS
