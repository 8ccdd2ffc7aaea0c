/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "kin-presenter.h"

G_BEGIN_DECLS

#define KIN_TYPE_PROJECTOR_VIEW (kin_projector_view_get_type ())

G_DECLARE_FINAL_TYPE (KinProjectorView, kin_projector_view, KIN, PROJECTOR_VIEW, GtkWidget)

/**
 * KinProjectorColors:
 * @background: what the slide is drawn on
 * @text: titles and prompts
 * @dim: secondary labels (the kind of item, the position)
 * @last_minute: the countdown in its last minute
 * @overtime: the countdown at and past zero
 *
 * The colours of the projected slide in the current style.
 */
typedef struct
{
  GdkRGBA background;
  GdkRGBA text;
  GdkRGBA dim;
  GdkRGBA last_minute;
  GdkRGBA overtime;
} KinProjectorColors;

GtkWidget    *kin_projector_view_new                   (KinPresenter     *presenter);
KinPresenter *kin_projector_view_get_presenter         (KinProjectorView *self);
void          kin_projector_view_set_presenter         (KinProjectorView *self,
                                                        KinPresenter     *presenter);
void          kin_projector_view_set_aspect_ratio      (KinProjectorView *self,
                                                        double            ratio);
double        kin_projector_view_get_prompt_pixel_size (KinProjectorView *self);
double        kin_projector_view_get_board_scale       (KinProjectorView *self);
void          kin_projector_view_get_colors            (KinProjectorView   *self,
                                                        KinProjectorColors *colors);

G_END_DECLS
