/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-card"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-card-render.h"

/* Landscape trim sizes. ID-1 is ISO/IEC 7810 (a bank card); its rounded
 * variant has the standard 3.18 mm corners. */
static const KinCardSize card_sizes[] = {
  { "id-1",         N_("ID-1 (85.60 × 53.98 mm)"),                 85.60, 53.98, 0.0 },
  { "id-1-rounded", N_("ID-1, rounded corners (85.60 × 53.98 mm)"), 85.60, 53.98, 3.18 },
  { "uk-business",  N_("UK business card (85 × 55 mm)"),           85.00, 55.00, 0.0 },
  { "us-business",  N_("US business card (3.5 × 2 in)"),           88.90, 50.80, 0.0 },
};

/**
 * kin_card_size_lookup:
 * @id: a card size ID
 *
 * Returns: (nullable): the card size with that ID, or %NULL
 */
const KinCardSize *
kin_card_size_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (card_sizes); i++)
    if (g_str_equal (card_sizes[i].id, id))
      return &card_sizes[i];

  return NULL;
}

/**
 * kin_card_size_list:
 * @n_sizes: (out): the number of sizes
 *
 * Returns: (array length=n_sizes): every known card size, in display order
 */
const KinCardSize *
kin_card_size_list (guint *n_sizes)
{
  g_return_val_if_fail (n_sizes != NULL, NULL);

  *n_sizes = G_N_ELEMENTS (card_sizes);
  return card_sizes;
}

/**
 * kin_card_size_get_display_name:
 * @size: a card size
 *
 * Returns: the translated name of @size, for menus
 */
const char *
kin_card_size_get_display_name (const KinCardSize *size)
{
  g_return_val_if_fail (size != NULL, NULL);

  return _(size->name);
}
