/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-action-list.h"
#include "kin-console-board.h"
#include "kin-presenter-console.h"

G_BEGIN_DECLS

struct _KinPresenterConsole
{
  GtkWidget         parent_instance;

  KinPresenter     *presenter;
  GSettings        *settings;
  guint             tick_source;
  KinTimerPhase     phase;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  KinConsoleBoard  *board_pane;
  GtkToggleButton  *blank_button;
  GtkLabel         *position_label;
  GtkLabel         *item_title_label;
  GtkLabel         *notes_label;
  AdwButtonContent *forward_content;
  GtkLabel         *countdown_label;
  AdwButtonContent *timer_content;
  GtkLabel         *item_progress_label;
  GtkLabel         *session_progress_label;
  AdwActionRow     *next_item_row;
  AdwActionRow     *next_card_row;
  KinProjectorView *preview;
  GtkSwitch        *sound_switch;
  GtkWidget        *cards_group;
  GtkLabel         *cards_left_label;
  GtkListBox       *history_list;
  GtkEntry         *capture_entry;
  GtkListBox       *captures_list;
  KinActionList    *action_list;
};

/* kin-presenter-console-lists.c: the cards drawn and the captures. */
void _kin_presenter_console_update_history  (KinPresenterConsole *self);
void _kin_presenter_console_update_captures (KinPresenterConsole *self);
void _kin_presenter_console_capture         (KinPresenterConsole *self);

G_END_DECLS
