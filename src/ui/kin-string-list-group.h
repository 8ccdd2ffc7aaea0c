/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * KinStringListEdit:
 * @KIN_STRING_LIST_EDIT_TEXT: text was typed into an entry
 * @KIN_STRING_LIST_EDIT_ADD: an empty entry was added at the end
 * @KIN_STRING_LIST_EDIT_REMOVE: an entry was removed
 * @KIN_STRING_LIST_EDIT_MOVE: an entry moved up or down
 *
 * What the user did to the list, so that the owner can label the undo step.
 */
typedef enum
{
  KIN_STRING_LIST_EDIT_TEXT,
  KIN_STRING_LIST_EDIT_ADD,
  KIN_STRING_LIST_EDIT_REMOVE,
  KIN_STRING_LIST_EDIT_MOVE,
} KinStringListEdit;

#define KIN_TYPE_STRING_LIST_EDIT (kin_string_list_edit_get_type ())
GType kin_string_list_edit_get_type (void) G_GNUC_CONST;

/**
 * KinStringListTitleFunc:
 * @index: the position of the entry, from 0
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): the translated title of entry @index, such as
 *   "Question 2"
 */
typedef char *(*KinStringListTitleFunc) (guint    index,
                                         gpointer user_data);

#define KIN_TYPE_STRING_LIST_GROUP (kin_string_list_group_get_type ())

G_DECLARE_FINAL_TYPE (KinStringListGroup, kin_string_list_group, KIN, STRING_LIST_GROUP, AdwPreferencesGroup)

GtkWidget *kin_string_list_group_new            (void);
void       kin_string_list_group_set_title_func (KinStringListGroup     *self,
                                                 KinStringListTitleFunc  func,
                                                 gpointer                user_data,
                                                 GDestroyNotify          destroy);
void       kin_string_list_group_set_strings    (KinStringListGroup     *self,
                                                 const char * const     *strings);
GStrv      kin_string_list_group_dup_strings    (KinStringListGroup     *self);
void       kin_string_list_group_flush          (KinStringListGroup     *self);
guint      kin_string_list_group_get_n_rows     (KinStringListGroup     *self);
GtkWidget *kin_string_list_group_get_row        (KinStringListGroup     *self,
                                                 guint                   index);

G_END_DECLS
