/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-types.h"

G_BEGIN_DECLS

#define KIN_TYPE_OBJECT (kin_object_get_type ())

G_DECLARE_DERIVABLE_TYPE (KinObject, kin_object, KIN, OBJECT, GObject)

/**
 * KinChildListFunc:
 * @list: a #GListStore owned by the object, exposed as a #GListModel
 * @user_data: the data passed to kin_object_foreach_child_list()
 *
 * Called once for each list of child entities an object owns.
 */
typedef void (*KinChildListFunc) (GListModel *list,
                                  gpointer    user_data);

struct _KinObjectClass
{
  GObjectClass parent_class;

  /* An untranslated noun marked with N_(), such as "Note", used to build
   * labels like "Delete Note". Translated at run time.
   */
  const char *type_label;

  /* FALSE for classes whose instances are stored without an id (journey
   * cells and emotion points): they do not get a random id on construction.
   * Defaults to TRUE.
   */
  gboolean has_id;

  /* Calls @func for each list of child entities, in file order. NULL for
   * classes that own no lists.
   */
  void (*foreach_child_list) (KinObject        *self,
                              KinChildListFunc  func,
                              gpointer          user_data);

  /*< private >*/
  gpointer padding[8];
};

const char *kin_object_get_id                (KinObject        *self);
void        kin_object_set_id                (KinObject        *self,
                                              const char       *id);
const char *kin_object_get_type_label        (KinObject        *self);
gboolean    kin_object_has_id                (KinObject        *self);
void        kin_object_foreach_child_list    (KinObject        *self,
                                              KinChildListFunc  func,
                                              gpointer          user_data);

G_END_DECLS
