/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-gain-list.h"
#include "kin-gain-search.h"
#include "kin-gains-page.h"

G_BEGIN_DECLS

struct _KinGainsPage
{
  GtkWidget           parent_instance;

  KinProject         *project;
  GSettings          *settings;
  KinGainFilter      *filter;
  KinGainList        *gain_list;
  int                 probed_key;
  GtkSingleSelection *selection;
  GtkStringList      *team_list;
  GtkStringList      *principle_list;
  GPtrArray          *principle_ids;
  GtkWidget          *status_checks[5];
  GtkWidget          *editor;
  char               *last_message;
  gboolean            updating_filters;

  AdwToastOverlay    *toast_overlay;
  AdwViewStack       *view_stack;
  GtkWidget          *quick_entry;
  GtkWidget          *search_entry;
  GtkWidget          *filter_button;
  GtkWidget          *filter_popover;
  GtkDropDown        *team_dropdown;
  GtkDropDown        *principle_dropdown;
  GtkWidget          *status_box;
  GtkWidget          *from_entry;
  GtkWidget          *to_entry;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkWidget          *progress;
};

/* kin-gains-page.c */
void     _kin_gains_page_update_count       (KinGainsPage   *self);

/* kin-gains-page-filters.c: search and filters. */
void     _kin_gains_page_class_init_filters (GtkWidgetClass *widget_class);
void     _kin_gains_page_init_filters       (KinGainsPage   *self);
void     _kin_gains_page_clear_filters      (KinGainsPage   *self);

/* kin-gains-page-actions.c: what the page's actions do. */
void     _kin_gains_page_class_init_actions (GtkWidgetClass *widget_class);
void     _kin_gains_page_update_actions     (KinGainsPage   *self);
void     _kin_gains_page_open_editor        (KinGainsPage   *self,
                                             KinGain        *gain);
KinGain *_kin_gains_page_get_selected       (KinGainsPage   *self);
void     _kin_gains_page_toast              (KinGainsPage   *self,
                                             AdwToast       *toast,
                                             const char     *message);

G_END_DECLS
