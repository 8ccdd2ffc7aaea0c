/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "kin-application.h"
#include "kin-model.h"
#include "kin-window.h"

G_BEGIN_DECLS

/* The starter session's agenda, in order. */
enum {
  ITEM_WELCOME,
  ITEM_GAINS,
  ITEM_CARDS,
  ITEM_BREAK,
  ITEM_BOARD,
  ITEM_ASSESSMENT,
  ITEM_CLOSE,
  N_STARTER_ITEMS
};

/* The project keeps it alive. */
KinSession *kin_test_first_session     (KinProject     *project);
/* F5: presents, and waits for both windows to be drawn. */
void        kin_test_start_presenting  (KinWindow      *window);

/* Delivers a key press to a window's presenting keys, as the capture
 * phase does before the focused widget sees it. Returns whether the key
 * was used. */
gboolean    kin_test_press_key         (GtkWidget      *window,
                                        guint           keyval);

/* A widget's pixels as it is on screen, in Cairo's ARGB order. */
typedef struct
{
  guint   width;
  guint   height;
  gsize   stride;
  guchar *data;
} KinTestPixels;

void        kin_test_download          (GtkWidget           *widget,
                                        KinTestPixels       *pixels);
void        kin_test_pixel_at          (const KinTestPixels *pixels,
                                        guint                x,
                                        guint                y,
                                        GdkRGBA             *rgba);
gboolean    kin_test_same_color        (const GdkRGBA       *a,
                                        const GdkRGBA       *b);
/* How many pixels differ between two downloads of the same size. */
guint       kin_test_count_changed     (const KinTestPixels *a,
                                        const KinTestPixels *b);

/* The first visible label below @root whose text contains @text. */
GtkWidget  *kin_test_find_label        (GtkWidget      *root,
                                        const char     *text);

G_END_DECLS
