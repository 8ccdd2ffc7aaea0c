/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-drop-down"

#include "config.h"

#include "kin-drop-down.h"

/* Drop-downs of a GtkStringList that stay usable in a narrow window: the
 * chosen entry is shortened with an ellipsis in the button, and the list
 * shows every entry whole. */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 4);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/**
 * kin_drop_down_make_compact:
 * @dropdown: a drop-down whose model is a #GtkStringList
 *
 * Lets the button of @dropdown shorten the chosen entry, so that it can be
 * narrower than its longest entry, while the list shows every entry whole.
 */
void
kin_drop_down_make_compact (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list = label_factory (FALSE);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}
