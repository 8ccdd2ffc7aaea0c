/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-agenda-item.h"
#include "kin-model-private.h"

/**
 * KinAgendaItem:
 *
 * An item of a session agenda, optionally linked to the deck, board,
 * assessment or journey map it uses.
 */
struct _KinAgendaItem
{
  KinObject parent_instance;

  KinAgendaKind kind;
  char *ref;
  char *title;
  int minutes;
  char *notes;
  char *actual_start;
  int actual_seconds;
};

G_DEFINE_FINAL_TYPE (KinAgendaItem, kin_agenda_item, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_REF,
  PROP_TITLE,
  PROP_MINUTES,
  PROP_NOTES,
  PROP_ACTUAL_START,
  PROP_ACTUAL_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_agenda_item_finalize (GObject *object)
{
  KinAgendaItem *self = KIN_AGENDA_ITEM (object);

  g_clear_pointer (&self->ref, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->actual_start, g_free);

  G_OBJECT_CLASS (kin_agenda_item_parent_class)->finalize (object);
}

static void
kin_agenda_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KinAgendaItem *self = KIN_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, kin_agenda_item_get_kind (self));
      break;

    case PROP_REF:
      g_value_set_string (value, kin_agenda_item_get_ref (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kin_agenda_item_get_title (self));
      break;

    case PROP_MINUTES:
      g_value_set_int (value, kin_agenda_item_get_minutes (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, kin_agenda_item_get_notes (self));
      break;

    case PROP_ACTUAL_START:
      g_value_set_string (value, kin_agenda_item_get_actual_start (self));
      break;

    case PROP_ACTUAL_SECONDS:
      g_value_set_int (value, kin_agenda_item_get_actual_seconds (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KinAgendaItem *self = KIN_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      kin_agenda_item_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_REF:
      kin_agenda_item_set_ref (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      kin_agenda_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_MINUTES:
      kin_agenda_item_set_minutes (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      kin_agenda_item_set_notes (self, g_value_get_string (value));
      break;

    case PROP_ACTUAL_START:
      kin_agenda_item_set_actual_start (self, g_value_get_string (value));
      break;

    case PROP_ACTUAL_SECONDS:
      kin_agenda_item_set_actual_seconds (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_agenda_item_class_init (KinAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_agenda_item_finalize;
  object_class->get_property = kin_agenda_item_get_property;
  object_class->set_property = kin_agenda_item_set_property;

  kin_class->type_label = N_("Agenda Item");

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", N_("Kind"), NULL,
                       KIN_TYPE_AGENDA_KIND, KIN_AGENDA_KIND_CUSTOM,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_REF] =
    g_param_spec_string ("ref", N_("Linked item"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MINUTES] =
    g_param_spec_int ("minutes", N_("Minutes"), NULL,
                      0, 1440, 10,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTUAL_START] =
    g_param_spec_string ("actual-start", N_("Actual start"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTUAL_SECONDS] =
    g_param_spec_int ("actual-seconds", N_("Actual seconds"), NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_agenda_item_init (KinAgendaItem *self)
{
  self->kind = KIN_AGENDA_KIND_CUSTOM;
  self->minutes = 10;
  self->actual_seconds = -1;
}

/**
 * kin_agenda_item_new:
 *
 * Creates a agenda item with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinAgendaItem
 */
KinAgendaItem *
kin_agenda_item_new (void)
{
  return g_object_new (KIN_TYPE_AGENDA_ITEM, NULL);
}

/**
 * kin_agenda_item_get_kind:
 * @self: a #KinAgendaItem
 *
 * Returns: what happens in this item
 */
KinAgendaKind
kin_agenda_item_get_kind (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), 0);

  return self->kind;
}

/**
 * kin_agenda_item_set_kind:
 * @self: a #KinAgendaItem
 * @kind: the new value
 *
 * Sets what happens in this item. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_agenda_item_set_kind (KinAgendaItem *self,
                          KinAgendaKind  kind)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));
  g_return_if_fail (kin_enum_to_nick (KIN_TYPE_AGENDA_KIND, kind) != NULL);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * kin_agenda_item_get_ref:
 * @self: a #KinAgendaItem
 *
 * Returns: (nullable): the id of the deck, board, assessment or journey map
 * the item uses, or %NULL if unset
 */
const char *
kin_agenda_item_get_ref (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), NULL);

  return self->ref;
}

/**
 * kin_agenda_item_set_ref:
 * @self: a #KinAgendaItem
 * @ref: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the deck, board, assessment or journey map the item uses.
 * Edits made by the user go through kin_project_set() instead, so that they
 * can be undone.
 */
void
kin_agenda_item_set_ref (KinAgendaItem *self,
                         const char    *ref)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  if (_kin_set_string (&self->ref, ref))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REF]);
}

/**
 * kin_agenda_item_get_title:
 * @self: a #KinAgendaItem
 *
 * Returns: the title, never %NULL
 */
const char *
kin_agenda_item_get_title (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_agenda_item_set_title:
 * @self: a #KinAgendaItem
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_agenda_item_set_title (KinAgendaItem *self,
                           const char    *title)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_agenda_item_get_minutes:
 * @self: a #KinAgendaItem
 *
 * Returns: the time box in minutes
 */
int
kin_agenda_item_get_minutes (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), 0);

  return self->minutes;
}

/**
 * kin_agenda_item_set_minutes:
 * @self: a #KinAgendaItem
 * @minutes: the new value
 *
 * Sets the time box in minutes. Out-of-range values are clamped to 0..1440.
 * Edits made by the user go through kin_project_set() instead, so that they
 * can be undone.
 */
void
kin_agenda_item_set_minutes (KinAgendaItem *self,
                             int            minutes)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  minutes = CLAMP (minutes, 0, 1440);
  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}

/**
 * kin_agenda_item_get_notes:
 * @self: a #KinAgendaItem
 *
 * Returns: the facilitator's notes, never %NULL
 */
const char *
kin_agenda_item_get_notes (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), NULL);

  return self->notes ? self->notes : "";
}

/**
 * kin_agenda_item_set_notes:
 * @self: a #KinAgendaItem
 * @notes: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the facilitator's notes. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_agenda_item_set_notes (KinAgendaItem *self,
                           const char    *notes)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  if (_kin_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * kin_agenda_item_get_actual_start:
 * @self: a #KinAgendaItem
 *
 * Returns: (nullable): when the item was first started while presenting,
 *   as an ISO 8601 UTC timestamp, or %NULL if it never was
 */
const char *
kin_agenda_item_get_actual_start (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), NULL);

  return self->actual_start;
}

/**
 * kin_agenda_item_set_actual_start:
 * @self: a #KinAgendaItem
 * @actual_start: (nullable): an ISO 8601 UTC timestamp; %NULL or "" for
 *   none
 *
 * Records when the item was first started while presenting. This is a
 * measurement made by the presenter, not an edit, so it is set directly.
 */
void
kin_agenda_item_set_actual_start (KinAgendaItem *self,
                                  const char    *actual_start)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  if (actual_start != NULL && *actual_start == '\0')
    actual_start = NULL;

  if (g_strcmp0 (self->actual_start, actual_start) == 0)
    return;

  g_free (self->actual_start);
  self->actual_start = g_strdup (actual_start);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_START]);
}

/**
 * kin_agenda_item_get_actual_seconds:
 * @self: a #KinAgendaItem
 *
 * Returns: how long the item ran while presenting, in seconds, added up
 *   over every time it was shown; -1 if it never ran
 */
int
kin_agenda_item_get_actual_seconds (KinAgendaItem *self)
{
  g_return_val_if_fail (KIN_IS_AGENDA_ITEM (self), -1);

  return self->actual_seconds;
}

/**
 * kin_agenda_item_set_actual_seconds:
 * @self: a #KinAgendaItem
 * @actual_seconds: seconds, or -1 for "never ran"; smaller values are
 *   taken as -1
 *
 * Records how long the item ran while presenting. This is a measurement
 * made by the presenter, not an edit, so it is set directly.
 */
void
kin_agenda_item_set_actual_seconds (KinAgendaItem *self,
                                    int            actual_seconds)
{
  g_return_if_fail (KIN_IS_AGENDA_ITEM (self));

  actual_seconds = MAX (actual_seconds, -1);
  if (self->actual_seconds == actual_seconds)
    return;

  self->actual_seconds = actual_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_SECONDS]);
}
