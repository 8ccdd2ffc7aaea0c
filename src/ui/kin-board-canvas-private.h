/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "kin-board-canvas.h"
#include "kin-board-index.h"
#include "kin-board-render.h"

G_BEGIN_DECLS

/* The square at a theme's bottom-right corner that resizes it, in board
 * units; its title band (KIN_CLUSTER_TITLE_HEIGHT) moves it. The canvas
 * never makes either smaller than a comfortable target on screen. */
#define KIN_CLUSTER_HANDLE_SIZE  28.0
#define KIN_CLUSTER_MIN_WIDTH    (KIN_NOTE_WIDTH + 40.0)
#define KIN_CLUSTER_MIN_HEIGHT   (KIN_NOTE_HEIGHT + KIN_CLUSTER_TITLE_HEIGHT + 20.0)
#define KIN_CLUSTER_DEFAULT_WIDTH  380.0
#define KIN_CLUSTER_DEFAULT_HEIGHT 300.0

typedef enum
{
  KIN_DRAG_NONE,
  KIN_DRAG_PENDING,
  KIN_DRAG_NOTES,
  KIN_DRAG_RUBBER_BAND,
  KIN_DRAG_CLUSTER_MOVE,
  KIN_DRAG_CLUSTER_RESIZE,
  KIN_DRAG_NEW_CLUSTER,
  KIN_DRAG_PAN,
} KinDragMode;

typedef enum
{
  KIN_HIT_NONE,
  KIN_HIT_NOTE,
  KIN_HIT_CLUSTER_TITLE,
  KIN_HIT_CLUSTER_HANDLE,
  KIN_HIT_CLUSTER_BODY,
} KinHitKind;

typedef struct
{
  KinHitKind  kind;
  KinNote    *note;
  KinCluster *cluster;
} KinCanvasHit;

/* Where a note or theme was when a drag started. */
typedef struct
{
  gpointer object;
  double   x;
  double   y;
  double   width;
  double   height;
} KinDragOrigin;

/* A picture of the view, and the view it shows. It is a ring: view pixel
 * (0, 0) is picture pixel (ring_x, ring_y), and the view wraps around the
 * picture's edges, so that a pan only moves where the view starts. */
typedef struct
{
  cairo_surface_t *surface;
  int              width;       /* of the view, in widget pixels */
  int              height;
  int              scale_factor;
  int              ring_x;
  int              ring_y;
  double           zoom;
  double           offset_x;
  double           offset_y;
  gboolean         dark;
  gpointer         board;       /* compared, never used; NULL: draw it all */
  guint            principles;
} KinCanvasImage;

struct _KinBoardCanvas
{
  GtkWidget      parent_instance;

  KinProject    *project;
  KinBoard      *board;

  /* The view: widget = board * scale + offset. */
  double         scale;
  double         offset_x;
  double         offset_y;
  /* The first allocation of a new board fits it in the view. */
  gboolean       needs_fit;

  GHashTable    *selected;          /* KinNote* set, owning a reference */
  guint          notified_n_selected;
  KinNote       *focused;
  KinCluster    *focused_cluster;

  KinNoteFilter  filter;
  char          *filter_principle;
  char          *filter_cluster;
  char          *filter_text;
  gboolean       has_filter;

  gboolean       voting;
  char          *voter;
  gboolean       adding_theme;

  /* Pointer state. */
  KinDragMode    drag_mode;
  KinCanvasHit   press_hit;
  GdkModifierType press_state;
  double         press_x;
  double         press_y;
  double         drag_dx;
  double         drag_dy;
  gboolean       press_toggled;
  GArray        *drag_origins;      /* KinDragOrigin */
  GtkGesture    *drag_gesture;
  double         pan_origin_x;      /* the view's offset at the press */
  double         pan_origin_y;
  double         pointer_dx;        /* how far the pointer is from the press */
  double         pointer_dy;
  double         scroll_origin_x;   /* the view's offset as the drag began */
  double         scroll_origin_y;
  double         press_board_x;     /* the press, on the board */
  double         press_board_y;
  guint          edge_tick;         /* scrolling while a drag is at an edge */
  gint64         edge_time;
  gboolean       space_held;
  gboolean       space_panned;      /* the pointer panned while Space was held */
  gboolean       pointer_inside;
  double         pointer_x;
  double         pointer_y;
  double         pinch_scale;
  double         paste_serial_x;
  double         paste_serial_y;
  guint          paste_count;

  /* In-place editor of a note's text. */
  GtkWidget     *editor;
  GtkTextTag    *editor_tag;
  double         editor_text_size;  /* in board units, as the text is drawn */
  KinNote       *editing;
  KinNote       *pending;           /* a new note, not yet in the board */
  gboolean       committing;
  /* The view before the editor zoomed in to write, given back when the
   * editor closes on the view it zoomed to. */
  gboolean       edit_zoomed;
  double         view_before_edit[3];  /* zoom, offset x, offset y */
  double         view_for_edit[3];

  /* Menus and the theme editor. */
  GtkWidget     *context_menu;
  GtkWidget     *theme_editor;
  GSimpleActionGroup *note_actions;
  KinNote       *menu_note;
  double         menu_x;
  double         menu_y;

  char          *accessible_text;
  const char    *accessible_description;
  const char    *accessible_role;

  /* The board as last drawn (kin-board-canvas-cache.c). */
  KinCanvasImage image;
  KinBoardIndex *drawn_index;
  guint64        drawn_serial;
  GHashTable    *drawn_selected;    /* KinNote* set, owning a reference */
  KinNote       *drawn_focused;
  KinNote       *drawn_editing;
};

/* kin-board-canvas.c */
void         _kin_board_canvas_notify_view      (KinBoardCanvas *self,
                                                 double          old_scale);
void         _kin_board_canvas_notify_selection (KinBoardCanvas *self);
void         _kin_board_canvas_notify_focused   (KinBoardCanvas *self);
void         _kin_board_canvas_queue_place_children (KinBoardCanvas *self);
void         _kin_board_canvas_emit_message     (KinBoardCanvas *self,
                                                 const char     *message);
void         _kin_board_canvas_emit_deleted     (KinBoardCanvas *self,
                                                 const char     *message);

/* kin-board-canvas-view.c: the view, hit testing, panning and zooming. */
void         _kin_board_canvas_init_view        (KinBoardCanvas *self);
gboolean     _kin_board_canvas_scroll           (KinBoardCanvas  *self,
                                                 double           dx,
                                                 double           dy,
                                                 GdkModifierType  state,
                                                 gboolean         wheel);
KinCanvasHit _kin_board_canvas_hit_test         (KinBoardCanvas *self,
                                                 double          widget_x,
                                                 double          widget_y);
void         _kin_board_canvas_scroll_to_rect   (KinBoardCanvas *self,
                                                 double          x,
                                                 double          y,
                                                 double          width,
                                                 double          height);
void         _kin_board_canvas_get_view_center  (KinBoardCanvas *self,
                                                 double         *board_x,
                                                 double         *board_y);

/* kin-board-canvas-selection.c: the selection and the keyboard focus. */
void         _kin_board_canvas_set_selection    (KinBoardCanvas *self,
                                                 GPtrArray      *notes,
                                                 gboolean        add);
void         _kin_board_canvas_toggle_selected  (KinBoardCanvas *self,
                                                 KinNote        *note);
GPtrArray   *_kin_board_canvas_get_targets      (KinBoardCanvas *self,
                                                 KinNote        *note);
void         _kin_board_canvas_selection_changed (KinBoardCanvas *self);
void         _kin_board_canvas_set_focus_target (KinBoardCanvas *self,
                                                 KinNote        *note,
                                                 KinCluster     *cluster);

/* kin-board-canvas-input.c: clicks and drags. The gestures call these
 * with what the pointer did, and tests call them directly. */
void         _kin_board_canvas_init_input       (KinBoardCanvas *self);
gboolean     _kin_board_canvas_press            (KinBoardCanvas  *self,
                                                 double           x,
                                                 double           y,
                                                 GdkModifierType  state);
void         _kin_board_canvas_stop_edge_scroll (KinBoardCanvas *self);
gboolean     _kin_board_canvas_drag_to          (KinBoardCanvas *self,
                                                 double          dx,
                                                 double          dy);
void         _kin_board_canvas_release          (KinBoardCanvas *self,
                                                 double          dx,
                                                 double          dy);
void         _kin_board_canvas_double_click     (KinBoardCanvas *self,
                                                 double          x,
                                                 double          y);
void         _kin_board_canvas_secondary_click  (KinBoardCanvas *self,
                                                 double          x,
                                                 double          y);

/* kin-board-canvas-drag.c: notes and themes following a drag, and the
 * step at its end. */
void         _kin_board_canvas_cancel_drag      (KinBoardCanvas *self);
void         _kin_board_canvas_snapshot_drag    (KinBoardCanvas *self,
                                                 GtkSnapshot    *snapshot);
void         _kin_board_canvas_drag_remember_note (KinBoardCanvas *self,
                                                   KinNote        *note);
void         _kin_board_canvas_drag_remember_cluster (KinBoardCanvas *self,
                                                      KinCluster     *cluster);
GPtrArray   *_kin_board_canvas_drag_notes_of_cluster (KinBoardCanvas *self,
                                                      KinCluster     *cluster);
void         _kin_board_canvas_drag_apply       (KinBoardCanvas *self);
void         _kin_board_canvas_drag_clear       (KinBoardCanvas *self);
void         _kin_board_canvas_drag_forget      (KinBoardCanvas *self);
void         _kin_board_canvas_drag_commit_notes (KinBoardCanvas *self);
void         _kin_board_canvas_drag_commit_cluster (KinBoardCanvas *self);
void         _kin_board_canvas_drag_rect        (KinBoardCanvas *self,
                                                 double         *x,
                                                 double         *y,
                                                 double         *width,
                                                 double         *height);

/* kin-board-canvas-keys.c: keyboard focus, shortcuts and the clipboard. */
void         _kin_board_canvas_class_init_keys  (GtkWidgetClass *widget_class);
void         _kin_board_canvas_init_keys        (KinBoardCanvas *self);
gboolean     _kin_board_canvas_focus            (GtkWidget        *widget,
                                                 GtkDirectionType  direction);
GPtrArray   *_kin_board_canvas_tab_order        (KinBoardCanvas *self);

/* kin-board-canvas-editor.c: the in-place text editor. */
void         _kin_board_canvas_init_editor      (KinBoardCanvas *self);
void         _kin_board_canvas_edit_new_note    (KinBoardCanvas *self,
                                                 double          board_x,
                                                 double          board_y);
void         _kin_board_canvas_allocate_editor  (KinBoardCanvas *self);
void         _kin_board_canvas_cancel_edit      (KinBoardCanvas *self);

/* kin-board-canvas-menus.c: the note and board menus and the theme editor. */
void         _kin_board_canvas_class_init_menus (GtkWidgetClass *widget_class);
void         _kin_board_canvas_init_menus       (KinBoardCanvas *self);
void         _kin_board_canvas_dispose_menus    (KinBoardCanvas *self);
void         _kin_board_canvas_close_menus      (KinBoardCanvas *self);
void         _kin_board_canvas_popup_menu       (KinBoardCanvas *self,
                                                 KinNote        *note,
                                                 KinCluster     *cluster,
                                                 double          widget_x,
                                                 double          widget_y);
void         _kin_board_canvas_allocate_menus   (KinBoardCanvas *self);

/* kin-board-canvas-themes.c: adding, placing into and editing themes. */
void         _kin_board_canvas_class_init_themes (GtkWidgetClass *widget_class);
void         _kin_board_canvas_init_themes      (KinBoardCanvas *self);
void         _kin_board_canvas_place_theme_editor (KinBoardCanvas *self);
void         _kin_board_canvas_delete_cluster   (KinBoardCanvas *self,
                                                 KinCluster     *cluster);
void         _kin_board_canvas_move_to_cluster  (KinBoardCanvas *self,
                                                 GPtrArray      *notes,
                                                 KinCluster     *cluster);
void         _kin_board_canvas_add_theme        (KinBoardCanvas *self,
                                                 double          x,
                                                 double          y,
                                                 double          width,
                                                 double          height);

/* kin-board-canvas-cache.c: drawing only what changed. */
void         _kin_board_canvas_init_cache       (KinBoardCanvas *self);
void         _kin_board_canvas_clear_cache      (KinBoardCanvas *self);
void         _kin_board_canvas_invalidate_cache (KinBoardCanvas *self);
void         _kin_board_canvas_draw_board       (KinBoardCanvas              *self,
                                                 cairo_t                     *cr,
                                                 const KinBoardRenderOptions *options,
                                                 int                          width,
                                                 int                          height);

/* kin-board-canvas-a11y.c: what a screen reader announces. */
void         _kin_board_canvas_update_accessible (KinBoardCanvas *self);
char        *_kin_board_canvas_describe_note    (KinBoardCanvas *self,
                                                 KinNote        *note);
char        *_kin_board_canvas_describe_cluster (KinBoardCanvas *self,
                                                 KinCluster     *cluster);

G_END_DECLS
