/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-list-rows"

#include "config.h"

#include "kin-list-rows.h"

/* What the pages that list things share (principles, sessions, an agenda,
 * decks and cards): finding an item in a list that may not be there yet,
 * choosing the item that takes a removed one's place, rows that are
 * dragged to reorder them, and keys and focus that stay with the list.
 */

/**
 * kin_list_model_find:
 * @model: (nullable): a #GListStore, or %NULL when there is no list
 * @item: (nullable): the item to look for
 * @position: (out) (optional): where it is
 *
 * Returns: whether @model holds @item
 */
gboolean
kin_list_model_find (GListModel *model,
                     gpointer    item,
                     guint      *position)
{
  if (model == NULL || item == NULL)
    return FALSE;

  g_return_val_if_fail (G_IS_LIST_STORE (model), FALSE);

  return g_list_store_find (G_LIST_STORE (model), item, position);
}

/**
 * kin_list_model_dup_near:
 * @model: a list
 * @position: a position in it, or past its end
 *
 * The item to select after the one at @position went: the one that took
 * its place, or the last one when it was last.
 *
 * Returns: (transfer full) (nullable): that item, or %NULL when @model is
 *   empty
 */
gpointer
kin_list_model_dup_near (GListModel *model,
                         guint       position)
{
  guint n = g_list_model_get_n_items (model);

  return n > 0 ? g_list_model_get_item (model, MIN (position, n - 1)) : NULL;
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

/**
 * kin_list_row_set_draggable:
 * @row: a list row
 * @type: the type of @item, which drop targets ask for
 * @item: the object that the row shows
 *
 * Lets @row be dragged, to move @item; the drag shows a picture of the
 * row. The row's drop target decides what a drop does.
 */
void
kin_list_row_set_draggable (GtkWidget *row,
                            GType      type,
                            gpointer   item)
{
  GtkDragSource *source = gtk_drag_source_new ();
  g_autoptr(GdkContentProvider) content = gdk_content_provider_new_typed (type, item);

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, type));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  gtk_drag_source_set_content (source, content);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
}

/**
 * kin_list_box_has_focus:
 *
 * Returns: whether the keyboard focus is in @list
 */
gboolean
kin_list_box_has_focus (GtkListBox *list)
{
  return gtk_widget_get_focus_child (GTK_WIDGET (list)) != NULL;
}

/**
 * kin_list_box_focus_selected_row:
 *
 * Gives the keyboard focus back to the selected row of @list. Moving or
 * removing an item rebuilds rows, which loses the focus; without it, the
 * next Alt+Up or Delete would do nothing.
 */
void
kin_list_box_focus_selected_row (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * kin_list_box_add_shortcut:
 * @action: the action to run, looked up from @list outwards
 *
 * Binds a key to @action while the focus is in @list, such as Delete for
 * deleting the selected item, which then never acts while typing in an
 * entry beside the list.
 */
void
kin_list_box_add_shortcut (GtkListBox      *list,
                           guint            keyval,
                           GdkModifierType  modifiers,
                           const char      *action)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
  gtk_widget_add_controller (GTK_WIDGET (list), controller);
}
