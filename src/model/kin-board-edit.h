/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-enums.h"
#include "kin-types.h"

G_BEGIN_DECLS

/*
 * What a facilitator does to a vision board, as model operations: each call
 * that changes the project goes through the KinProject edit API and is one
 * undo step with a label ("Add Note", "Move 3 Notes", "Tidy Theme", "Add
 * Vote"). Geometry is in board units: a note is KIN_NOTE_WIDTH by
 * KIN_NOTE_HEIGHT with its top-left corner at (x, y); later notes in the
 * board's list are drawn on top of earlier ones.
 *
 * Fields this adds to the version 1 file (older files load unchanged):
 *   board:   "silent": bool        silent writing: new notes are face down
 *            "voters": [string]    names of the people voting
 *   cluster: "color": "#rrggbb"|null
 *   note:    "hidden": bool        face down until revealed
 *            "dots": { voter: int } dots given by named voters; "votes"
 *                                  stays the total, and votes minus the
 *                                  named dots are the room's shared dots
 * Model properties: KinBoard "silent" (gboolean) and "voters" (GStrv);
 * KinCluster "color" (string, nullable); KinNote "hidden" (gboolean) and
 * "dots" (GVariant of type a{si}, never NULL once set; immutable, so undo
 * can keep old values).
 */

#define KIN_NOTE_WIDTH  160.0
#define KIN_NOTE_HEIGHT 110.0

/* The space kin_board_tidy_cluster() leaves between notes and around them,
 * and the band at the top of a theme that holds its title. */
#define KIN_BOARD_GAP            20.0
#define KIN_CLUSTER_TITLE_HEIGHT 60.0

/* The voter name that stands for the whole room: no budget applies. */
#define KIN_VOTER_ROOM NULL

KinNote    *kin_board_add_note          (KinProject  *project,
                                         KinBoard    *board,
                                         double       x,
                                         double       y,
                                         const char  *text);
/* Removes the notes in one step; returns how many were removed. */
guint       kin_board_delete_notes      (KinProject  *project,
                                         KinBoard    *board,
                                         GPtrArray   *notes);
/* Moves the notes by (dx, dy) in one step and assigns each to the theme its
 * centre now lies in (or none). */
void        kin_board_move_notes        (KinProject  *project,
                                         KinBoard    *board,
                                         GPtrArray   *notes,
                                         double       dx,
                                         double       dy);
/* Adds copies of @notes (new ids, offset by dx, dy) in one step; returns
 * (transfer container) the new notes. */
GPtrArray  *kin_board_paste_notes       (KinProject  *project,
                                         KinBoard    *board,
                                         GPtrArray   *notes,
                                         double       dx,
                                         double       dy);
KinBoard   *kin_board_duplicate         (KinProject  *project,
                                         KinBoard    *board);

/* Hit testing. The topmost note under the point, or NULL. */
KinNote    *kin_board_note_at           (KinBoard    *board,
                                         double       x,
                                         double       y);
/* (transfer container) notes that intersect the rectangle, in list order. */
GPtrArray  *kin_board_notes_in_rect     (KinBoard    *board,
                                         double       x,
                                         double       y,
                                         double       width,
                                         double       height);
/* The nearest place to (*x, *y), on a grid of note-sized steps, where a new
 * note would cover no other, inside the area; FALSE when there is none. */
gboolean    kin_board_find_free_place   (KinBoard    *board,
                                         double      *x,
                                         double      *y,
                                         double       area_x,
                                         double       area_y,
                                         double       area_width,
                                         double       area_height);
/* The topmost theme containing the point, or NULL. */
KinCluster *kin_board_cluster_at        (KinBoard    *board,
                                         double       x,
                                         double       y);
/* The extent of every note and theme; FALSE for an empty board. */
gboolean    kin_board_get_extents       (KinBoard    *board,
                                         double      *x,
                                         double      *y,
                                         double      *width,
                                         double      *height);

/* Themes. */
KinCluster *kin_board_add_cluster       (KinProject  *project,
                                         KinBoard    *board,
                                         double       x,
                                         double       y,
                                         double       width,
                                         double       height,
                                         const char  *title);
/* Removes the theme; its notes stay on the board with no theme. */
void        kin_board_delete_cluster    (KinProject  *project,
                                         KinBoard    *board,
                                         KinCluster  *cluster);
/* Lays the theme's notes out in a grid inside it (growing it to fit). */
void        kin_board_tidy_cluster      (KinProject  *project,
                                         KinBoard    *board,
                                         KinCluster  *cluster);
guint       kin_board_count_cluster_notes (KinBoard  *board,
                                         KinCluster  *cluster);
/* Moves the theme and its notes by (dx, dy) in one step ("Move Theme");
 * notes its new place covers join it. */
void        kin_board_move_cluster      (KinProject  *project,
                                         KinBoard    *board,
                                         KinCluster  *cluster,
                                         double       dx,
                                         double       dy);
/* Gives each note whose centre lies in the area the topmost theme there,
 * or none, in one step: after a theme moved or changed size. */
void        kin_board_assign_notes_in_rect (KinProject  *project,
                                         KinBoard    *board,
                                         double       x,
                                         double       y,
                                         double       width,
                                         double       height);

/* Dot voting. @voter is a name from the board's voters, or KIN_VOTER_ROOM.
 * A named voter cannot give more than the board's votes-per-person in all;
 * adding past it fails with KIN_BOARD_ERROR_NO_VOTES_LEFT. Removing a dot
 * the voter never gave fails with KIN_BOARD_ERROR_NO_VOTE. */
#define KIN_BOARD_ERROR (kin_board_error_quark ())
typedef enum
{
  KIN_BOARD_ERROR_NO_VOTES_LEFT,
  KIN_BOARD_ERROR_NO_VOTE,
} KinBoardError;
GQuark      kin_board_error_quark       (void);

gboolean    kin_board_add_vote          (KinProject  *project,
                                         KinBoard    *board,
                                         KinNote     *note,
                                         const char  *voter,
                                         GError     **error);
gboolean    kin_board_remove_vote       (KinProject  *project,
                                         KinBoard    *board,
                                         KinNote     *note,
                                         const char  *voter,
                                         GError     **error);
int         kin_board_get_votes_used    (KinBoard    *board,
                                         const char  *voter);
/* Budget left for @voter; G_MAXINT for the room. */
int         kin_board_get_votes_left    (KinBoard    *board,
                                         const char  *voter);
int         kin_note_get_voter_dots     (KinNote     *note,
                                         const char  *voter);
/* (transfer container) notes by votes, most first; ties keep list order. */
GPtrArray  *kin_board_rank_notes        (KinBoard    *board);
/* (transfer container) themes by the sum of their notes' votes. */
GPtrArray  *kin_board_rank_clusters     (KinBoard    *board,
                                         GArray      *totals_out);
/* Clears every dot on the board in one step. */
void        kin_board_clear_votes       (KinProject  *project,
                                         KinBoard    *board);

/* Silent writing. */
void        kin_board_reveal_all        (KinProject  *project,
                                         KinBoard    *board);
guint       kin_board_count_hidden      (KinBoard    *board);

/* Filters: a note matches when every set criterion matches. Text matches
 * when every word of @text occurs in the note, ignoring case and accents. */
typedef struct
{
  const char *principle;  /* principle id, or NULL for any */
  int         voice;      /* a KinVoice, or -1 for any */
  const char *cluster;    /* theme id, "" for notes with no theme, NULL for any */
  const char *text;       /* search words, or NULL */
} KinNoteFilter;

/* The translated name of a voice, such as "Tenant", for labels. */
const char *kin_voice_get_label         (KinVoice             voice);

gboolean    kin_note_filter_is_empty    (const KinNoteFilter *filter);
gboolean    kin_note_matches            (KinNote             *note,
                                         const KinNoteFilter *filter);

G_END_DECLS
