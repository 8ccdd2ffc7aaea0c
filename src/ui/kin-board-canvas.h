/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-board-edit.h"
#include "kin-model.h"

G_BEGIN_DECLS

#define KIN_TYPE_BOARD_CANVAS (kin_board_canvas_get_type ())

G_DECLARE_FINAL_TYPE (KinBoardCanvas, kin_board_canvas, KIN, BOARD_CANVAS, GtkWidget)

/* The limits of the "zoom" property: board units per pixel. */
#define KIN_BOARD_CANVAS_MIN_ZOOM 0.05
#define KIN_BOARD_CANVAS_MAX_ZOOM 4.0

/* How far Alt+arrow keys move a note, in board units (with Shift, and
 * without). */
#define KIN_BOARD_CANVAS_NUDGE      10.0
#define KIN_BOARD_CANVAS_FINE_NUDGE 1.0

GtkWidget  *kin_board_canvas_new                (void);

KinProject *kin_board_canvas_get_project        (KinBoardCanvas      *self);
void        kin_board_canvas_set_project        (KinBoardCanvas      *self,
                                                 KinProject          *project);
KinBoard   *kin_board_canvas_get_board          (KinBoardCanvas      *self);
void        kin_board_canvas_set_board          (KinBoardCanvas      *self,
                                                 KinBoard            *board);

/* The view: widget = board * zoom + offset. */
double      kin_board_canvas_get_zoom           (KinBoardCanvas      *self);
void        kin_board_canvas_set_zoom           (KinBoardCanvas      *self,
                                                 double               zoom);
void        kin_board_canvas_zoom_at            (KinBoardCanvas      *self,
                                                 double               zoom,
                                                 double               widget_x,
                                                 double               widget_y);
void        kin_board_canvas_get_offset         (KinBoardCanvas      *self,
                                                 double              *offset_x,
                                                 double              *offset_y);
void        kin_board_canvas_set_view           (KinBoardCanvas      *self,
                                                 double               zoom,
                                                 double               offset_x,
                                                 double               offset_y);
void        kin_board_canvas_zoom_to_fit        (KinBoardCanvas      *self);
void        kin_board_canvas_zoom_in            (KinBoardCanvas      *self);
void        kin_board_canvas_zoom_out           (KinBoardCanvas      *self);
void        kin_board_canvas_widget_to_board    (KinBoardCanvas      *self,
                                                 double               widget_x,
                                                 double               widget_y,
                                                 double              *board_x,
                                                 double              *board_y);
void        kin_board_canvas_board_to_widget    (KinBoardCanvas      *self,
                                                 double               board_x,
                                                 double               board_y,
                                                 double              *widget_x,
                                                 double              *widget_y);
KinNote    *kin_board_canvas_note_at            (KinBoardCanvas      *self,
                                                 double               widget_x,
                                                 double               widget_y);
void        kin_board_canvas_scroll_to_note     (KinBoardCanvas      *self,
                                                 KinNote             *note);

/* Selection and keyboard focus. */
GPtrArray  *kin_board_canvas_get_selection      (KinBoardCanvas      *self);
guint       kin_board_canvas_get_n_selected     (KinBoardCanvas      *self);
gboolean    kin_board_canvas_is_selected        (KinBoardCanvas      *self,
                                                 KinNote             *note);
void        kin_board_canvas_select_notes       (KinBoardCanvas      *self,
                                                 GPtrArray           *notes);
void        kin_board_canvas_select_all         (KinBoardCanvas      *self);
void        kin_board_canvas_unselect_all       (KinBoardCanvas      *self);
KinNote    *kin_board_canvas_get_focused_note   (KinBoardCanvas      *self);
void        kin_board_canvas_focus_note         (KinBoardCanvas      *self,
                                                 KinNote             *note);
KinCluster *kin_board_canvas_get_focused_cluster (KinBoardCanvas     *self);
void        kin_board_canvas_focus_cluster      (KinBoardCanvas      *self,
                                                 KinCluster          *cluster);
const char *kin_board_canvas_get_accessible_text (KinBoardCanvas     *self);

/* Editing. */
void        kin_board_canvas_add_note           (KinBoardCanvas      *self,
                                                 double               board_x,
                                                 double               board_y);
void        kin_board_canvas_add_note_at_center (KinBoardCanvas      *self);
void        kin_board_canvas_edit_note          (KinBoardCanvas      *self,
                                                 KinNote             *note);
gboolean    kin_board_canvas_is_editing         (KinBoardCanvas      *self);
GtkWidget  *kin_board_canvas_get_editor         (KinBoardCanvas      *self);
void        kin_board_canvas_commit_edit        (KinBoardCanvas      *self);
guint       kin_board_canvas_delete_selection   (KinBoardCanvas      *self);
KinCluster *kin_board_canvas_add_cluster_at_center (KinBoardCanvas   *self);
void        kin_board_canvas_edit_cluster       (KinBoardCanvas      *self,
                                                 KinCluster          *cluster);
void        kin_board_canvas_copy               (KinBoardCanvas      *self);
void        kin_board_canvas_cut                (KinBoardCanvas      *self);
void        kin_board_canvas_paste              (KinBoardCanvas      *self);

/* Modes the page sets. */
void        kin_board_canvas_set_filter         (KinBoardCanvas      *self,
                                                 const KinNoteFilter *filter);
guint       kin_board_canvas_count_matching     (KinBoardCanvas      *self);
gboolean    kin_board_canvas_get_voting         (KinBoardCanvas      *self);
void        kin_board_canvas_set_voting         (KinBoardCanvas      *self,
                                                 gboolean             voting);
const char *kin_board_canvas_get_voter          (KinBoardCanvas      *self);
void        kin_board_canvas_set_voter          (KinBoardCanvas      *self,
                                                 const char          *voter);
gboolean    kin_board_canvas_add_vote           (KinBoardCanvas      *self,
                                                 KinNote             *note);
gboolean    kin_board_canvas_remove_vote        (KinBoardCanvas      *self,
                                                 KinNote             *note);
gboolean    kin_board_canvas_get_adding_theme   (KinBoardCanvas      *self);
gboolean    kin_board_canvas_cancel_gesture     (KinBoardCanvas      *self);
void        kin_board_canvas_set_adding_theme   (KinBoardCanvas      *self,
                                                 gboolean             adding_theme);

G_END_DECLS
