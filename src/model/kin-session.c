/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-session.h"
#include "kin-action.h"
#include "kin-agenda-item.h"
#include "kin-capture.h"
#include "kin-model-private.h"
#include "kin-util.h"

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
  char *end;

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
  PROP_END,
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
  g_clear_pointer (&self->end, g_free);

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

    case PROP_END:
      g_value_set_string (value, kin_session_get_end (self));
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

    case PROP_END:
      kin_session_set_end (self, g_value_get_string (value));
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

  properties[PROP_END] =
    g_param_spec_string ("end", N_("End time"), NULL,
                         NULL,
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
 * kin_session_get_end:
 * @self: a #KinSession
 *
 * Returns: (nullable): the time the session must finish by, as "HH:MM",
 *   or %NULL when none is set
 */
const char *
kin_session_get_end (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), NULL);

  return self->end;
}

/**
 * kin_session_set_end:
 * @self: a #KinSession
 * @end: (nullable): the new value, as "HH:MM"; %NULL or "" for none
 *
 * Sets the time the session must finish by. An end earlier than or equal
 * to the start is on the next day. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_session_set_end (KinSession *self,
                     const char *end)
{
  g_return_if_fail (KIN_IS_SESSION (self));

  /* One way to say "no end", so that comparing and saving are simple. */
  if (end != NULL && *end == '\0')
    end = NULL;

  if (g_strcmp0 (self->end, end) == 0)
    return;

  g_free (self->end);
  self->end = g_strdup (end);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
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

/* Agenda time arithmetic */

/* The sum of the minutes of the first @n_items items. */
static int
sum_minutes (KinSession *self,
             guint       n_items)
{
  int total = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      total += kin_agenda_item_get_minutes (item);
    }

  return total;
}

/**
 * kin_session_get_total_minutes:
 * @self: a #KinSession
 *
 * Adds up the time boxes of the agenda. This is a duration, not a time of
 * day, so it does not need a start time.
 *
 * Returns: the planned length of the session in minutes
 */
int
kin_session_get_total_minutes (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), 0);

  return sum_minutes (self, g_list_model_get_n_items (G_LIST_MODEL (self->agenda)));
}

/**
 * kin_session_get_item_start:
 * @self: a #KinSession
 * @index: the position of an agenda item; the number of items gives the
 *   time the agenda ends
 *
 * Works out when an item starts: the session's start plus the minutes of
 * every item before it. A zero-minute item therefore starts where the next
 * one does. Times are not wrapped: past midnight they are 1440 or more.
 *
 * Returns: minutes after midnight of the session's date, or -1 when the
 *   session has no valid start time or @index is past the end
 */
int
kin_session_get_item_start (KinSession *self,
                            guint       index)
{
  int start;

  g_return_val_if_fail (KIN_IS_SESSION (self), -1);

  start = kin_hhmm_parse (self->start);
  if (start < 0 || index > g_list_model_get_n_items (G_LIST_MODEL (self->agenda)))
    return -1;

  return start + sum_minutes (self, index);
}

/**
 * kin_session_get_end_minutes:
 * @self: a #KinSession
 *
 * Returns: when the agenda ends, in minutes after midnight of the
 *   session's date and not wrapped, or -1 when the session has no valid
 *   start time
 */
int
kin_session_get_end_minutes (KinSession *self)
{
  g_return_val_if_fail (KIN_IS_SESSION (self), -1);

  return kin_session_get_item_start (self, g_list_model_get_n_items (G_LIST_MODEL (self->agenda)));
}

/**
 * kin_session_get_overrun_minutes:
 * @self: a #KinSession
 *
 * Compares the end of the agenda with the time the session must finish
 * by. An end earlier than or equal to the start is taken to be on the next
 * day, so a session from 18:00 to 01:00 has seven hours.
 *
 * Returns: how many minutes the agenda runs past the end; 0 when it fits,
 *   when no valid end is set or when the start is not valid
 */
int
kin_session_get_overrun_minutes (KinSession *self)
{
  int start, limit, end;

  g_return_val_if_fail (KIN_IS_SESSION (self), 0);

  start = kin_hhmm_parse (self->start);
  limit = kin_hhmm_parse (self->end);
  if (start < 0 || limit < 0)
    return 0;

  if (limit <= start)
    limit += 24 * 60;

  end = kin_session_get_end_minutes (self);

  return MAX (0, end - limit);
}
