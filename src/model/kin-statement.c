/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-statement.h"
#include "kin-model-private.h"

/**
 * KinStatement:
 *
 * A statement in a self-assessment, such as "We keep our promises".
 */
struct _KinStatement
{
  KinObject parent_instance;

  char *text;
  char *principle;
};

G_DEFINE_FINAL_TYPE (KinStatement, kin_statement, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_PRINCIPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_statement_finalize (GObject *object)
{
  KinStatement *self = KIN_STATEMENT (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->principle, g_free);

  G_OBJECT_CLASS (kin_statement_parent_class)->finalize (object);
}

static void
kin_statement_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KinStatement *self = KIN_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, kin_statement_get_text (self));
      break;

    case PROP_PRINCIPLE:
      g_value_set_string (value, kin_statement_get_principle (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_statement_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KinStatement *self = KIN_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kin_statement_set_text (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLE:
      kin_statement_set_principle (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_statement_class_init (KinStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->finalize = kin_statement_finalize;
  object_class->get_property = kin_statement_get_property;
  object_class->set_property = kin_statement_set_property;

  kin_class->type_label = N_("Statement");

  properties[PROP_TEXT] =
    g_param_spec_string ("text", N_("Text"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPLE] =
    g_param_spec_string ("principle", N_("Principle"), NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_statement_init (KinStatement *self)
{
}

/**
 * kin_statement_new:
 *
 * Creates a statement with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinStatement
 */
KinStatement *
kin_statement_new (void)
{
  return g_object_new (KIN_TYPE_STATEMENT, NULL);
}

/**
 * kin_statement_get_text:
 * @self: a #KinStatement
 *
 * Returns: the text of the statement, never %NULL
 */
const char *
kin_statement_get_text (KinStatement *self)
{
  g_return_val_if_fail (KIN_IS_STATEMENT (self), NULL);

  return self->text ? self->text : "";
}

/**
 * kin_statement_set_text:
 * @self: a #KinStatement
 * @text: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the text of the statement. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_statement_set_text (KinStatement *self,
                        const char   *text)
{
  g_return_if_fail (KIN_IS_STATEMENT (self));

  if (_kin_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * kin_statement_get_principle:
 * @self: a #KinStatement
 *
 * Returns: (nullable): the id of the principle the statement measures, or
 * %NULL if unset
 */
const char *
kin_statement_get_principle (KinStatement *self)
{
  g_return_val_if_fail (KIN_IS_STATEMENT (self), NULL);

  return self->principle;
}

/**
 * kin_statement_set_principle:
 * @self: a #KinStatement
 * @principle: (nullable): the new id, or %NULL to clear it
 *
 * Sets the id of the principle the statement measures. Edits made by the
 * user go through kin_project_set() instead, so that they can be undone.
 */
void
kin_statement_set_principle (KinStatement *self,
                             const char   *principle)
{
  g_return_if_fail (KIN_IS_STATEMENT (self));

  if (_kin_set_string (&self->principle, principle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPLE]);
}
