/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kin-card-private.h"

G_BEGIN_DECLS

struct _KinCardFace
{
  gatomicrefcount  ref_count;
  KinCardFaceKind  kind;
  char            *title;
  char            *body;
  char           **items;
  char            *color;
  KinCardArt      *art;
};

G_END_DECLS
