/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-gains"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-gain-labels.h"

/* The words the gains list and editor show for stored values. The file
 * keeps the untranslated nicks ("adopted"); people see these. */

/**
 * kin_gain_status_get_label:
 * @status: a gain status
 *
 * Returns: the translated name of @status, such as "Adopted"
 */
const char *
kin_gain_status_get_label (KinGainStatus status)
{
  switch (status)
    {
    case KIN_GAIN_STATUS_IDEA:
      return C_("gain status", "Idea");
    case KIN_GAIN_STATUS_TRYING:
      return C_("gain status", "Trying");
    case KIN_GAIN_STATUS_ADOPTED:
      return C_("gain status", "Adopted");
    case KIN_GAIN_STATUS_SHARED:
      return C_("gain status", "Shared");
    case KIN_GAIN_STATUS_DROPPED:
      return C_("gain status", "Dropped");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * kin_effort_get_label:
 * @effort: an effort
 *
 * Returns: the translated name of @effort, such as "Small"
 */
const char *
kin_effort_get_label (KinEffort effort)
{
  switch (effort)
    {
    case KIN_EFFORT_SMALL:
      return C_("effort", "Small");
    case KIN_EFFORT_MEDIUM:
      return C_("effort", "Medium");
    case KIN_EFFORT_LARGE:
      return C_("effort", "Large");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * kin_gain_format_impact:
 * @impact: an impact from 1 to 5
 *
 * Returns: (transfer full): @impact as five dots, filled up to the value,
 *   which reads at a glance in a narrow column
 */
char *
kin_gain_format_impact (int impact)
{
  GString *text = g_string_new (NULL);

  for (int i = 1; i <= 5; i++)
    g_string_append (text, i <= impact ? "●" : "○");

  return g_string_free (text, FALSE);
}
