/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-card-preview.h"
#include "kin-principle-editor.h"
#include "kin-string-list-group.h"

G_BEGIN_DECLS

struct _KinPrincipleEditor
{
  GtkWidget             parent_instance;

  KinProject           *project;
  KinPrinciple         *principle;

  gboolean              updating;
  guint                 preview_id;
  GCancellable         *load_cancellable;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkWidget            *preferences_page;
  KinCardPreview       *front_preview;
  KinCardPreview       *back_preview;
  AdwEntryRow          *name_row;
  AdwEntryRow          *summary_row;
  GtkColorButton       *color_button;
  AdwActionRow         *artwork_row;
  KinStringListGroup   *behaviours_group;
};

void     _kin_principle_editor_choose_artwork_action (GtkWidget          *widget,
                                                      const char         *action_name,
                                                      GVariant           *parameter);
void     _kin_principle_editor_remove_artwork_action (GtkWidget          *widget,
                                                      const char         *action_name,
                                                      GVariant           *parameter);
gboolean _kin_principle_editor_drop_cb               (GtkDropTarget      *target,
                                                      const GValue       *value,
                                                      double              x,
                                                      double              y,
                                                      KinPrincipleEditor *self);

G_END_DECLS
