/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-model.h"
#include "kin-model-private.h"

/**
 * KinProject:
 *
 * Everything in one project file: principles, standards, card decks,
 * vision boards, self-assessments, journey maps, the marginal-gains log,
 * sessions, print settings and images.
 *
 * Every edit the user makes goes through the edit functions here
 * (kin_project_set(), kin_project_insert() and so on), which record it in
 * the project's #KinHistory so that it can be undone. The project emits
 * #KinProject::changed once for each such step, which is what drives the
 * unsaved-changes state and autosave.
 */
struct _KinProject
{
  KinObject parent_instance;

  char *title;
  char *organisation;
  char *created;
  char *modified;

  GListStore *principles;
  GListStore *standards;
  GListStore *decks;
  GListStore *boards;
  GListStore *assessments;
  GListStore *journeys;
  GListStore *gains;
  GListStore *sessions;
  KinPrintSettings *print_settings;
  KinAssetStore *assets;

  KinHistory *history;
};

G_DEFINE_FINAL_TYPE (KinProject, kin_project, KIN_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORGANISATION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_IS_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
history_changed_cb (KinProject *self,
                    KinHistory *history)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The history's state properties have the same names as ours. */
static void
history_notify_cb (KinProject *self,
                   GParamSpec *pspec,
                   KinHistory *history)
{
  for (guint i = PROP_CAN_UNDO; i <= PROP_IS_MODIFIED; i++)
    {
      if (g_strcmp0 (pspec->name, properties[i]->name) == 0)
        {
          g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
          return;
        }
    }
}

static void
kin_project_foreach_child_list (KinObject        *object,
                                KinChildListFunc  func,
                                gpointer          user_data)
{
  KinProject *self = KIN_PROJECT (object);

  func (G_LIST_MODEL (self->principles), user_data);
  func (G_LIST_MODEL (self->standards), user_data);
  func (G_LIST_MODEL (self->decks), user_data);
  func (G_LIST_MODEL (self->boards), user_data);
  func (G_LIST_MODEL (self->assessments), user_data);
  func (G_LIST_MODEL (self->journeys), user_data);
  func (G_LIST_MODEL (self->gains), user_data);
  func (G_LIST_MODEL (self->sessions), user_data);
  func (kin_asset_store_get_assets (self->assets), user_data);
}

static void
kin_project_dispose (GObject *object)
{
  KinProject *self = KIN_PROJECT (object);

  /* The history goes first: it holds references to entities and lists. */
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);

  g_clear_object (&self->principles);
  g_clear_object (&self->standards);
  g_clear_object (&self->decks);
  g_clear_object (&self->boards);
  g_clear_object (&self->assessments);
  g_clear_object (&self->journeys);
  g_clear_object (&self->gains);
  g_clear_object (&self->sessions);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->assets);

  G_OBJECT_CLASS (kin_project_parent_class)->dispose (object);
}

static void
kin_project_finalize (GObject *object)
{
  KinProject *self = KIN_PROJECT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (kin_project_parent_class)->finalize (object);
}

static void
kin_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KinProject *self = KIN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, kin_project_get_title (self));
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, kin_project_get_organisation (self));
      break;

    case PROP_CREATED:
      g_value_set_string (value, kin_project_get_created (self));
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, kin_project_get_modified_timestamp (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kin_project_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, kin_project_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, kin_project_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, kin_project_get_redo_label (self));
      break;

    case PROP_IS_MODIFIED:
      g_value_set_boolean (value, kin_project_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KinProject *self = KIN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      kin_project_set_title (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      kin_project_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      kin_project_set_created (self, g_value_get_string (value));
      break;

    case PROP_MODIFIED:
      kin_project_set_modified_timestamp (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_project_class_init (KinProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KinObjectClass *kin_class = KIN_OBJECT_CLASS (klass);

  object_class->dispose = kin_project_dispose;
  object_class->finalize = kin_project_finalize;
  object_class->get_property = kin_project_get_property;
  object_class->set_property = kin_project_set_property;

  kin_class->type_label = N_("Project");
  kin_class->has_id = FALSE;
  kin_class->foreach_child_list = kin_project_foreach_child_list;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", N_("Organisation"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_string ("created", N_("Created"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", N_("Modified"), NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_MODIFIED] =
    g_param_spec_boolean ("is-modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinProject::changed:
   *
   * Emitted once after every completed edit step (at the end of the
   * outermost action, or after a standalone edit), and after every undo
   * and redo. Not emitted for changes made with the plain setters, which
   * are for building a project, not for user edits.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
kin_project_init (KinProject *self)
{
  self->principles = g_list_store_new (KIN_TYPE_PRINCIPLE);
  self->standards = g_list_store_new (KIN_TYPE_STANDARD);
  self->decks = g_list_store_new (KIN_TYPE_DECK);
  self->boards = g_list_store_new (KIN_TYPE_BOARD);
  self->assessments = g_list_store_new (KIN_TYPE_ASSESSMENT);
  self->journeys = g_list_store_new (KIN_TYPE_JOURNEY);
  self->gains = g_list_store_new (KIN_TYPE_GAIN);
  self->sessions = g_list_store_new (KIN_TYPE_SESSION);
  self->print_settings = kin_print_settings_new ();
  self->assets = kin_asset_store_new ();

  self->history = kin_history_new (G_OBJECT (self));
  g_signal_connect_object (self->history, "changed",
                           G_CALLBACK (history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify",
                           G_CALLBACK (history_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * kin_project_new:
 *
 * Creates an empty project with an empty title, created and modified
 * now, in the saved state with no history.
 *
 * Returns: (transfer full): a new #KinProject
 */
KinProject *
kin_project_new (void)
{
  g_autofree char *now = kin_timestamp_now ();

  return g_object_new (KIN_TYPE_PROJECT,
                       "created", now,
                       "modified", now,
                       NULL);
}

/**
 * kin_project_get_title:
 * @self: a #KinProject
 *
 * Returns: the title of the project, never %NULL
 */
const char *
kin_project_get_title (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->title ? self->title : "";
}

/**
 * kin_project_set_title:
 * @self: a #KinProject
 * @title: (nullable): the new title
 *
 * Sets the title without recording it; user edits go through
 * kin_project_set().
 */
void
kin_project_set_title (KinProject *self,
                       const char *title)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  if (_kin_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * kin_project_get_organisation:
 * @self: a #KinProject
 *
 * Returns: the name of the organisation, never %NULL
 */
const char *
kin_project_get_organisation (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->organisation ? self->organisation : "";
}

/**
 * kin_project_set_organisation:
 * @self: a #KinProject
 * @organisation: (nullable): the new name of the organisation
 *
 * Sets the organisation without recording it.
 */
void
kin_project_set_organisation (KinProject *self,
                              const char *organisation)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  if (_kin_set_string (&self->organisation, organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

/**
 * kin_project_get_created:
 * @self: a #KinProject
 *
 * Returns: when the project was created, as an ISO 8601 UTC timestamp,
 *   never %NULL
 */
const char *
kin_project_get_created (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->created ? self->created : "";
}

/**
 * kin_project_set_created:
 * @self: a #KinProject
 * @created: (nullable): an ISO 8601 UTC timestamp
 *
 * Sets the creation time without recording it.
 */
void
kin_project_set_created (KinProject *self,
                         const char *created)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  if (_kin_set_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

/**
 * kin_project_get_modified_timestamp:
 * @self: a #KinProject
 *
 * Gets the "modified" property: when the project was last saved with
 * changes. For whether there are unsaved changes, see
 * kin_project_get_modified().
 *
 * Returns: an ISO 8601 UTC timestamp, never %NULL
 */
const char *
kin_project_get_modified_timestamp (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->modified ? self->modified : "";
}

/**
 * kin_project_set_modified_timestamp:
 * @self: a #KinProject
 * @modified: (nullable): an ISO 8601 UTC timestamp
 *
 * Sets the "modified" property without recording it.
 */
void
kin_project_set_modified_timestamp (KinProject *self,
                                    const char *modified)
{
  g_return_if_fail (KIN_IS_PROJECT (self));

  if (_kin_set_string (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * kin_project_get_principles:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinPrinciple
 */
GListModel *
kin_project_get_principles (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->principles);
}

/**
 * kin_project_get_standards:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinStandard
 */
GListModel *
kin_project_get_standards (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->standards);
}

/**
 * kin_project_get_decks:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinDeck
 */
GListModel *
kin_project_get_decks (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->decks);
}

/**
 * kin_project_get_boards:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinBoard
 */
GListModel *
kin_project_get_boards (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->boards);
}

/**
 * kin_project_get_assessments:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinAssessment
 */
GListModel *
kin_project_get_assessments (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->assessments);
}

/**
 * kin_project_get_journeys:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinJourney
 */
GListModel *
kin_project_get_journeys (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->journeys);
}

/**
 * kin_project_get_gains:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinGain
 */
GListModel *
kin_project_get_gains (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->gains);
}

/**
 * kin_project_get_sessions:
 * @self: a #KinProject
 *
 * Returns: (transfer none): a #GListStore of #KinSession
 */
GListModel *
kin_project_get_sessions (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

/**
 * kin_project_get_print_settings:
 * @self: a #KinProject
 *
 * Returns: (transfer none): how the pocket cards are printed
 */
KinPrintSettings *
kin_project_get_print_settings (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->print_settings;
}

/**
 * kin_project_get_assets:
 * @self: a #KinProject
 *
 * Returns: (transfer none): the images stored in the project
 */
KinAssetStore *
kin_project_get_assets (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->assets;
}

/**
 * kin_project_get_history:
 * @self: a #KinProject
 *
 * Returns: (transfer none): the undo history of the project
 */
KinHistory *
kin_project_get_history (KinProject *self)
{
  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);

  return self->history;
}

typedef struct
{
  GType type;
  const char *id;
  gpointer found;
} Lookup;

static void
lookup_in_list_cb (GListModel *list,
                   gpointer    user_data)
{
  Lookup *lookup = user_data;
  GType item_type = g_list_model_get_item_type (list);
  gboolean may_match;
  gboolean may_contain;
  guint n_items;

  if (lookup->found != NULL)
    return;

  /* Skip lists that can neither hold a match nor lead to one: a lookup
   * of a principle does not need to visit 100,000 gains.
   */
  may_match = g_type_is_a (item_type, lookup->type) || g_type_is_a (lookup->type, item_type);
  if (g_type_is_a (item_type, KIN_TYPE_OBJECT))
    {
      /* No class yet means no instances, so nothing to visit anyway. */
      KinObjectClass *klass = g_type_class_peek (item_type);

      may_contain = klass != NULL && klass->foreach_child_list != NULL;
    }
  else
    may_contain = FALSE;
  if (!may_match && !may_contain)
    return;

  n_items = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_items && lookup->found == NULL; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (may_match &&
          G_TYPE_CHECK_INSTANCE_TYPE (item, lookup->type) &&
          g_strcmp0 (kin_object_get_id (KIN_OBJECT (item)), lookup->id) == 0)
        lookup->found = item;
      else if (may_contain)
        kin_object_foreach_child_list (KIN_OBJECT (item), lookup_in_list_cb, lookup);
    }
}

/**
 * kin_project_lookup:
 * @self: a #KinProject
 * @type: the type of entity to find, such as %KIN_TYPE_NOTE, or
 *   %KIN_TYPE_OBJECT for any
 * @id: (nullable): an id
 *
 * Finds an entity anywhere in the project: in the top-level lists, inside
 * decks, boards, assessments, journeys and sessions, or among the assets.
 *
 * Returns: (transfer none) (nullable) (type KinObject): the entity, or
 *   %NULL if there is none of that type with that id
 */
gpointer
kin_project_lookup (KinProject *self,
                    GType       type,
                    const char *id)
{
  Lookup lookup = { type, id, NULL };

  g_return_val_if_fail (KIN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, KIN_TYPE_OBJECT), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  kin_object_foreach_child_list (KIN_OBJECT (self), lookup_in_list_cb, &lookup);

  /* Every list holds a reference, so the borrowed pointer stays valid. */
  return lookup.found;
}
