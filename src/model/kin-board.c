/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-board.h"
#include "kin-cluster.h"
#include "kin-note.h"
#include "kin-model-private.h"

/**
 * KinBoard:
 *
 * A future-vision board: sticky notes answering one question, grouped
 * into clusters and dot-voted.
 */
struct _KinBoard
{
  KinObject parent_instance;

  char *title;
  char *question;
  int votes_per_person;
  gboolean silent;
  char **voters;

  GListStore *clusters;
  GListStore *notes;
};

G_DEFINE_FINAL_TYPE (KinBoard, kin_board, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_QUESTION,
  PROP_VOTES_PER_PERSON,
  PROP_SILENT,
  PROP_VOTERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kin_board_foreach_child_list (KinObject        *object,
                              KinChildListFunc  func,
                              gpointer          user_data)
{
  KinBoard *self = KIN_BOARD (object);

  func (G_LIST_MODEL (self->clusters), user_data);
  func (G_LIST_MODEL (self->notes), user_data);
}

static void
kin_board_dispose (GObject *object)
{
  KinBoard *self = KIN_BOARD (object);

  g_clear_object (&self->clusters);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (kin_board_parent_class)->dispose (object);
}

static void
kin_board_finalize (GObject *object)
{
  KinBoard *self = KIN_BOARD (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->voters, g_strfreev);

  G_OBJECT_CLASS (kin_board_parent_class)->finalize (object);
}

static void
kin_board_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KinBoard *self = KIN_BOARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_board_get_title (self));
      break;

    case PROP_QUESTION:
      g_value_set_string (value, kin_board_get_question (self));
      break;

    case PROP_VOTES_PER_PERSON:
      g_value_set_int (value, kin_board_get_votes_per_person (self));
      break;

    case PROP_SILENT:
      g_value_set_boolean (value, kin_board_get_silent (self));
      break;

    case PROP_VOTERS:
      g_value_set_boxed (value, kin_board_get_voters (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KinBoard *self = KIN_BOARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_board_set_title (self, g_value_get_string (value));
      break;

    case PROP_QUESTION:
      kin_board_set_question (self, g_value_get_string (value));
      break;

    case PROP_VOTES_PER_PERSON:
      kin_board_set_votes_per_person (self, g_value_get_int (value));
      break;

    case PROP_SILENT:
      kin_board_set_silent (self, g_value_get_boolean (value));
      break;

    case PROP_VOTERS:
      kin_board_set_voters (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_board_class_init (KinBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_board_dispose;
  object_class->finalize = kin_board_finalize;
  object_class->get_property = kin_board_get_property;
  object_class->set_property = kin_board_set_property;

  kin_class->type_label = N_("Vision Board");
  kin_class->foreach_child_list = kin_board_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_QUESTION] =
    g_param_spec_string ("question", N_("Question"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VOTES_PER_PERSON] =
    g_param_spec_int ("votes-per-person", N_("Votes per person"), NULL,
                      0, 100, 3,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_SILENT] =
    g_param_spec_boolean ("silent", N_("Silent writing"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_VOTERS] =
    g_param_spec_boxed ("voters", N_("Voters"), NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kin_board_init (KinBoard *self)
{
  self->votes_per_person = 3;
  self->clusters = g_list_store_new (KIN_TYPE_CLUSTER);
  self->notes = g_list_store_new (KIN_TYPE_NOTE);
}

/**
 * kin_board_new:
 *
 * Creates a vision board with a new random id and default values.
 *
 * Returns: (transfer full): a new #KinBoard
 */
KinBoard *
kin_board_new (void)
{
  return g_object_new (KIN_TYPE_BOARD, NULL);
}

/**
 * kin_board_get_title:
 * @self: a #KinBoard
 *
 * Returns: the title, never %NULL
 */
const char *
kin_board_get_title (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_board_set_title:
 * @self: a #KinBoard
 * @title: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the title. Edits made by the user go through kin_project_set()
 * instead, so that they can be undone.
 */
void
kin_board_set_title (KinBoard   *self,
                     const char *title)
{
  g_return_if_fail (KIN_IS_BOARD (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_board_get_question:
 * @self: a #KinBoard
 *
 * Returns: the question the board asks, never %NULL
 */
const char *
kin_board_get_question (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), NULL);

  return self->question ? self->question : "";
}

/**
 * kin_board_set_question:
 * @self: a #KinBoard
 * @question: (nullable): the new value; %NULL is the same as ""
 *
 * Sets the question the board asks. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_board_set_question (KinBoard   *self,
                        const char *question)
{
  g_return_if_fail (KIN_IS_BOARD (self));

  if (_kin_set_string (&self->question, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

/**
 * kin_board_get_votes_per_person:
 * @self: a #KinBoard
 *
 * Returns: how many dots each person may place
 */
int
kin_board_get_votes_per_person (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), 0);

  return self->votes_per_person;
}

/**
 * kin_board_set_votes_per_person:
 * @self: a #KinBoard
 * @votes_per_person: the new value
 *
 * Sets how many dots each person may place. Out-of-range values are clamped
 * to 0..100. Edits made by the user go through kin_project_set() instead, so
 * that they can be undone.
 */
void
kin_board_set_votes_per_person (KinBoard *self,
                                int       votes_per_person)
{
  g_return_if_fail (KIN_IS_BOARD (self));

  votes_per_person = CLAMP (votes_per_person, 0, 100);
  if (self->votes_per_person == votes_per_person)
    return;

  self->votes_per_person = votes_per_person;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_PER_PERSON]);
}

/**
 * kin_board_get_silent:
 * @self: a #KinBoard
 *
 * Returns: whether the board is in silent writing: notes added to it are
 *   face down until revealed
 */
gboolean
kin_board_get_silent (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), FALSE);

  return self->silent;
}

/**
 * kin_board_set_silent:
 * @self: a #KinBoard
 * @silent: the new value
 *
 * Turns silent writing on or off. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_board_set_silent (KinBoard *self,
                      gboolean  silent)
{
  g_return_if_fail (KIN_IS_BOARD (self));

  silent = !!silent;
  if (self->silent == silent)
    return;

  self->silent = silent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SILENT]);
}

/**
 * kin_board_get_voters:
 * @self: a #KinBoard
 *
 * Returns: (transfer none): the names of the people voting, in the order
 *   the facilitator listed them; never %NULL
 */
const char * const *
kin_board_get_voters (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), NULL);

  return _KIN_STRV_OR_EMPTY (self->voters);
}

/**
 * kin_board_set_voters:
 * @self: a #KinBoard
 * @voters: (nullable): the new list; %NULL is the same as an empty list
 *
 * Sets the names of the people voting. Edits made by the user go through
 * kin_project_set() instead, so that they can be undone.
 */
void
kin_board_set_voters (KinBoard           *self,
                      const char * const *voters)
{
  g_return_if_fail (KIN_IS_BOARD (self));

  if (_kin_set_strv (&self->voters, voters))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTERS]);
}

/**
 * kin_board_get_clusters:
 * @self: a #KinBoard
 *
 * Returns: (transfer none): the clusters (named themes) of the board, a
 * #GListStore of #KinCluster
 */
GListModel *
kin_board_get_clusters (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), NULL);

  return G_LIST_MODEL (self->clusters);
}

/**
 * kin_board_get_notes:
 * @self: a #KinBoard
 *
 * Returns: (transfer none): the sticky notes of the board, a #GListStore of
 * #KinNote
 */
GListModel *
kin_board_get_notes (KinBoard *self)
{
  g_return_val_if_fail (KIN_IS_BOARD (self), NULL);

  return G_LIST_MODEL (self->notes);
}
