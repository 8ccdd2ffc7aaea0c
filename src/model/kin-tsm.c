/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-tsm.h"

/* The Tenant Satisfaction Measures offered as tags. They are reference
 * data kept in one place, so that a change in the regulator's list is a
 * change to this table only. Gains may also hold codes that are not here
 * (from an older list or another file); those are kept as they are.
 */
static const KinTsmMeasure measures[] = {
  { "TP01", N_("Overall satisfaction") },
  { "TP02", N_("Satisfaction with repairs") },
  { "TP03", N_("Time taken for the most recent repair") },
  { "TP04", N_("Home is well maintained") },
  { "TP05", N_("Home is safe") },
  { "TP06", N_("Listens to views and acts on them") },
  { "TP07", N_("Keeps tenants informed") },
  { "TP08", N_("Treats tenants fairly and with respect") },
  { "TP09", N_("Complaint handling") },
  { "TP10", N_("Communal areas kept clean and well maintained") },
  { "TP11", N_("Positive contribution to neighbourhoods") },
  { "TP12", N_("Anti-social behaviour handling") },
  { "CH01", N_("Complaints relative to the size of the landlord") },
  { "CH02", N_("Complaints responded to within the timescales") },
  { "RP01", N_("Homes that do not meet the Decent Homes Standard") },
  { "RP02", N_("Repairs completed within target timescale") },
  { "BS01", N_("Gas safety checks") },
  { "BS02", N_("Fire safety checks") },
  { "BS03", N_("Asbestos safety checks") },
  { "BS04", N_("Water safety checks") },
  { "BS05", N_("Lift safety checks") },
  { "NM01", N_("Anti-social behaviour cases relative to the size of the landlord") },
};

/**
 * kin_tsm_get_measures:
 * @n_measures: (out): where to store the number of measures
 *
 * Returns: (array length=n_measures) (transfer none): every measure, in the
 *   regulator's order
 */
const KinTsmMeasure *
kin_tsm_get_measures (guint *n_measures)
{
  g_return_val_if_fail (n_measures != NULL, NULL);

  *n_measures = G_N_ELEMENTS (measures);

  return measures;
}

/**
 * kin_tsm_get_label:
 * @code: a measure code such as "TP01"
 *
 * Returns: (nullable): the translated description of @code, or %NULL if
 *   @code is not a known measure
 */
const char *
kin_tsm_get_label (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    if (g_str_equal (measures[i].code, code))
      return _(measures[i].label);

  return NULL;
}
