/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-card-preview.h"
#include "kin-print-page.h"
#include "kin-sheet-preview.h"

G_BEGIN_DECLS

struct _KinPrintPage
{
  GtkWidget             parent_instance;

  KinProject           *project;
  GSettings            *settings;
  KinPrintJob          *job;
  GPtrArray            *templates;
  GPtrArray            *deck_ids;
  char                 *card_size_id;
  KinCardSelection      selection;
  char                 *deck_id;
  KinCardBack           back;
  guint                 copies;
  guint                 start_position;
  gboolean              updating;
  guint                 update_id;
  gboolean              stale;

  GCancellable         *export_cancellable;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkBox               *columns_box;
  GtkWidget            *settings_box;
  GtkWidget            *preview_box;
  GtkWidget            *action_bar;
  KinSheetPreview      *front_sheet;
  KinSheetPreview      *back_sheet;
  GtkWidget            *back_sheet_box;
  GtkLabel             *front_sheet_label;
  GtkLabel             *summary_label;
  GtkLabel             *error_label;
  GtkWidget            *sheets_box;
  GtkWidget            *card_heading;
  GtkWidget            *cards_box;
  KinCardPreview       *card_front;
  KinCardPreview       *card_back;
  AdwComboRow          *template_row;
  AdwComboRow          *card_size_row;
  GtkWidget            *remove_template_row;
  AdwComboRow          *selection_row;
  AdwComboRow          *back_row;
  GtkSpinButton        *copies_spin;
  GtkSpinButton        *start_spin;
  GtkSpinButton        *bleed_spin;
  GtkSwitch            *crop_switch;
  AdwComboRow          *duplex_row;
  GtkSpinButton        *offset_x_spin;
  GtkSpinButton        *offset_y_spin;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
};

KinSheetTemplate *_kin_print_page_get_selected_template (KinPrintPage *self);
void _kin_print_page_add_template_action    (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);
void _kin_print_page_remove_template_action (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);
void _kin_print_page_update_actions   (KinPrintPage *self);
void _kin_print_page_print_action     (GtkWidget    *widget,
                                       const char   *action_name,
                                       GVariant     *parameter);
void _kin_print_page_export_action    (GtkWidget    *widget,
                                       const char   *action_name,
                                       GVariant     *parameter);
void _kin_print_page_cancel_action    (GtkWidget    *widget,
                                       const char   *action_name,
                                       GVariant     *parameter);

G_END_DECLS
