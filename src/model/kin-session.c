/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-session.h"
#include "kin-action.h"
#include "kin-agenda-item.h"
#include "kin-capture.h"
#include "kin-model-private.h"

/**
 * KinSession:
 *
 * A facilitation session: an agenda with time boxes, what was captured
 * while running it, and the actions agreed.
 */
struct _KinSession
{
  KinObject parent_instance;

  char *title;
  char *date;
  char *start;
  char *facilitator;

  GListStore *agenda;
  GListStore *captures;
  GListStore *actions;
};

G_DEFINE_FINAL_TYPE (KinSession, kin_session, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_START,
  PROP_FACILITATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_session_foreach_child_list (KinObject        *object,
                                KinChildListFunc  func,
                                gpointer          user_data)
{
  KinSession *self = KIN_SESSION (object);

  func (G_LIST_MODEL (self->agenda), user_data);
  func (G_LIST_MODEL (self->captures), user_data);
  func (G_LIST_MODEL (self->actions), user_data);
}

static void
kin_session_dispose (GObject *object)
{
  KinSession *self = KIN_SESSION (object);

  g_clear_object (&self->agenda);
  g_clear_object (&self->captures);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (kin_session_parent_class)->dispose (object);
}

static void
kin_session_finalize (GObject *object)
{
  KinSession *self = KIN_SESSION (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->facilitator, g_free);

  G_OBJECT_CLASS (kin_session_parent_class)->finalize (object);
}

static void
kin_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinSession *self = KIN_SESSION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_session_get_title (self));
      break;

    case PROP_DATE:
      g_value_set_string (value, kin_session_get_date (self));
      break;

    case PROP_START:
      g_value_set_string (value, kin_session_get_start (self));
      break;

    case PROP_FACILITATOR:
      g_value_set_string (value, kin_session_get_facilitator (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinSession *self = KIN_SESSION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_session_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      kin_session_set_date (self, g_value_get_string (value));
      break;

    case PROP_START:
      kin_session_set_start (self, g_value_get_string (value));
      break;

    case PROP_FACILITATOR:
      kin_session_set_facilitator (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_session_class_init (KinSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_session_dispose;
  object_class->finalize = kin_session_finalize;
  object_class->get_property = kin_session_get_property;
  object_class->set_property = kin_session_set_property;

  kin_class->type_label = N_("Session");
  kin_class->foreach_child_list = kin_session_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Date"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_START] =
    g_param_spec_string ("start", N_("Start time"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FACILITATOR] =
    g_param_spec_string ("facilitator", N_("Facilitator"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_session_init (KinSession *self)
{
  self->agenda = g_list_store_new (KIN_TYPE_AGENDA_ITEM);
  self->captures = g_list_store_new (KIN_TYPE_CAPTURE);
  self->actions = g_list_store_new (KIN_TYPE_ACTION);
}

/**
 * kin_session_new:
 *
 * Creates a session with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinSession
 */
KinSession *
kin_session_new (void)
{
  return g_object_new (KIN_TYPE_SESSION, NULL);
}

/**
 * kin_session_get_title:
 * @self: a #KinSession
 *
 * Returns: the title, never %NULL
 */
const char *
kin_session_get_title (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_session_set_title:
 * @self: a #KinSession
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_session_set_title (KinSession *self,
                       const char *title)
{
  g_return_if_fail (KIN_IS_SESSION (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_session_get_date:
 * @self: a #KinSession
 *
 * Returns: the date of the session, as "YYYY-MM-DD", never %NULL
 */
const char *
kin_session_get_date (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return self->date ? self->date : "";
}

/**
 * kin_session_set_date:
 * @self: a #KinSession
 * @date: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the date of the session, as "YYYY-MM-DD". Edits made by the user go
 * through kin_project_set() instead, so that they can be undone.
 */
void
kin_session_set_date (KinSession *self,
                      const char *date)
{
  g_return_if_fail (KIN_IS_SESSION (self));

  if (_kin_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * kin_session_get_start:
 * @self: a #KinSession
 *
 * Returns: the start time, as "HH:MM", never %NULL
 */
const char *
kin_session_get_start (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return self->start ? self->start : "";
}

/**
 * kin_session_set_start:
 * @self: a #KinSession
 * @start: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the start time, as "HH:MM". Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_session_set_start (KinSession *self,
                       const char *start)
{
  g_return_if_fail (KIN_IS_SESSION (self));

  if (_kin_set_string (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * kin_session_get_facilitator:
 * @self: a #KinSession
 *
 * Returns: who runs the session, never %NULL
 */
const char *
kin_session_get_facilitator (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return self->facilitator ? self->facilitator : "";
}

/**
 * kin_session_set_facilitator:
 * @self: a #KinSession
 * @facilitator: (nullable): the new value; %NULL is the same as ""
 *
 * Sets who runs the session. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_session_set_facilitator (KinSession *self,
                             const char *facilitator)
{
  g_return_if_fail (KIN_IS_SESSION (self));

  if (_kin_set_string (&self->facilitator, facilitator))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACILITATOR]);
}

/**
 * kin_session_get_agenda:
 * @self: a #KinSession
 *
 * Returns: (transfer none): the agenda items, in running order, a
 * #GListStore of #KinAgendaItem
 */
GListModel *
kin_session_get_agenda (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->agenda);
}

/**
 * kin_session_get_captures:
 * @self: a #KinSession
 *
 * Returns: (transfer none): what was captured during the session, a
 * #GListStore of #KinCapture
 */
GListModel *
kin_session_get_captures (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->captures);
}

/**
 * kin_session_get_actions:
 * @self: a #KinSession
 *
 * Returns: (transfer none): the actions agreed, a #GListStore of #KinAction
 */
GListModel *
kin_session_get_actions (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->actions);
}
