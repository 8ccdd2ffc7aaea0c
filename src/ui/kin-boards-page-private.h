/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-board-modes.h"
#include "kin-board-ranking.h"
#include "kin-board-settings.h"
#include "kin-boards-page.h"

G_BEGIN_DECLS

struct _KinBoardsPage
{
  GtkWidget         parent_instance;

  KinProject       *project;
  KinBoard         *board;
  guint             delete_undo_depth;
  gboolean          updating;
  GtkStringList    *principle_list;
  GPtrArray        *principle_ids;
  GtkStringList    *theme_list;
  GPtrArray        *theme_ids;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  AdwStatusPage    *status_page;
  GtkWidget        *toolbar;
  GtkMenuButton    *board_button;
  GtkLabel         *board_label;
  GtkPopover       *boards_popover;
  GtkListBox       *boards_list;
  GtkMenuButton    *settings_button;
  KinBoardSettings *settings;
  GtkToggleButton  *theme_button;
  GtkToggleButton  *voting_button;
  GtkToggleButton  *silent_button;
  GtkToggleButton  *filter_button;
  GtkMenuButton    *ranking_button;
  KinBoardRanking  *ranking;
  KinBoardModes    *modes;
  GtkSearchBar     *search_bar;
  GtkEditable      *search_entry;
  GtkLabel         *match_label;
  GtkDropDown      *principle_dropdown;
  GtkDropDown      *voice_dropdown;
  GtkDropDown      *theme_dropdown;
  GtkLabel         *question_label;
  KinBoardCanvas   *canvas;
  GtkWidget        *board_hint;
  GtkLabel         *zoom_label;
};

/* kin-boards-page.c */
void _kin_boards_page_toast              (KinBoardsPage  *self,
                                          const char     *message);
void _kin_boards_page_show_error         (KinBoardsPage  *self,
                                          const char     *heading,
                                          const char     *message);

/* kin-boards-page-modes.c: voting, silent writing and the filters. */
void _kin_boards_page_class_init_modes   (GtkWidgetClass *widget_class);
void _kin_boards_page_init_modes         (KinBoardsPage  *self);
void _kin_boards_page_update_modes       (KinBoardsPage  *self);
void _kin_boards_page_board_changed      (KinBoardsPage  *self);

/* kin-boards-page-export.c: PNG, SVG and PDF files of a board. */
void _kin_boards_page_class_init_export  (GtkWidgetClass *widget_class);
void _kin_boards_page_update_export      (KinBoardsPage  *self);

G_END_DECLS
