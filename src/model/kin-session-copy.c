/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include "kin-capture.h"
#include "kin-object.h"
#include "kin-session.h"
#include "kin-session-copy.h"

/* Every editable property is copied, so that a property added to a session
 * or its items later is copied too without anyone remembering to. */
static void
copy_properties (GObject *from,
                 GObject *to)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          g_str_equal (pspec->name, "id"))
        continue;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (from, pspec->name, &value);
      g_object_set_property (to, pspec->name, &value);
    }
}

static void
collect_list (GListModel *list,
              gpointer    user_data)
{
  g_ptr_array_add (user_data, list);
}

static KinObject *
copy_object (KinObject  *object,
             GHashTable *new_ids)
{
  KinObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);
  g_autoptr(GPtrArray) from_lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) to_lists = g_ptr_array_new ();

  copy_properties (G_OBJECT (object), G_OBJECT (copy));
  if (kin_object_has_id (object))
    g_hash_table_insert (new_ids, g_strdup (kin_object_get_id (object)),
                         g_strdup (kin_object_get_id (copy)));

  kin_object_foreach_child_list (object, collect_list, from_lists);
  kin_object_foreach_child_list (copy, collect_list, to_lists);
  g_assert (from_lists->len == to_lists->len);

  for (guint i = 0; i < from_lists->len; i++)
    {
      GListModel *from = g_ptr_array_index (from_lists, i);

      for (guint j = 0; j < g_list_model_get_n_items (from); j++)
        {
          g_autoptr(KinObject) child = g_list_model_get_item (from, j);
          g_autoptr(KinObject) child_copy = copy_object (child, new_ids);

          g_list_store_append (G_LIST_STORE (g_ptr_array_index (to_lists, i)), child_copy);
        }
    }

  return copy;
}

/**
 * kin_session_copy:
 * @session: a #KinSession
 *
 * Makes a deep copy of a session: its details, agenda, captures and
 * actions, each with a new id. Captures point at the copies of their agenda
 * items; references outside the session (decks, cards and so on) are kept.
 * The copy belongs to no project yet.
 *
 * Returns: (transfer full): the copy
 */
KinSession *
kin_session_copy (KinSession *session)
{
  g_autoptr(GHashTable) new_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  KinSession *copy;
  GListModel *captures;

  g_return_val_if_fail (KIN_IS_SESSION (session), NULL);

  copy = KIN_SESSION (copy_object (KIN_OBJECT (session), new_ids));

  captures = kin_session_get_captures (copy);
  for (guint i = 0; i < g_list_model_get_n_items (captures); i++)
    {
      g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i);
      const char *item = kin_capture_get_item (capture);

      if (item != NULL)
        kin_capture_set_item (capture, g_hash_table_lookup (new_ids, item));
    }

  return copy;
}
