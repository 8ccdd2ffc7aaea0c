/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  kin_list_model_find             (GListModel      *model,
                                           gpointer         item,
                                           guint           *position);
gpointer  kin_list_model_dup_near         (GListModel      *model,
                                           guint            position);

void      kin_list_row_set_draggable      (GtkWidget       *row,
                                           GType            type,
                                           gpointer         item);

gboolean  kin_list_box_has_focus          (GtkListBox      *list);
void      kin_list_box_focus_selected_row (GtkListBox      *list);

void      kin_list_box_add_shortcut       (GtkListBox      *list,
                                           guint            keyval,
                                           GdkModifierType  modifiers,
                                           const char      *action);

G_END_DECLS
