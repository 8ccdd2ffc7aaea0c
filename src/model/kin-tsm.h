/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * KinTsmMeasure:
 * @code: the measure's code, as stored in a gain or standard, e.g. "TP01"
 * @label: an untranslated short description marked with N_()
 *
 * One of England's Tenant Satisfaction Measures.
 */
typedef struct {
  const char *code;
  const char *label;
} KinTsmMeasure;

const KinTsmMeasure *kin_tsm_get_measures (guint      *n_measures);
const char          *kin_tsm_get_label    (const char *code);

G_END_DECLS
