/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-agenda-kinds.h"

/* What each kind of agenda item is called, how it looks and what a new one
 * starts with. The sessions page, the presenter console and the projector
 * all name kinds the same way. */

typedef struct
{
  const char *label;
  const char *icon_name;
  const char *new_title;
  int         new_minutes;
  /* What an item of this kind uses, or NULL for kinds that use nothing. */
  const char *target_label;
} KinAgendaKindInfo;

static const KinAgendaKindInfo kinds[KIN_N_AGENDA_KINDS] = {
  [KIN_AGENDA_KIND_CARDS] = { N_("Conversation cards"), "view-paged-symbolic",
                              N_("Conversation cards"), 20, N_("Deck") },
  [KIN_AGENDA_KIND_BOARD] = { N_("Vision board"), "view-grid-symbolic",
                              N_("Vision board"), 20, N_("Board") },
  [KIN_AGENDA_KIND_ASSESSMENT] = { N_("Self-assessment"), "x-office-spreadsheet-symbolic",
                                   N_("Self-assessment"), 15, N_("Assessment") },
  [KIN_AGENDA_KIND_JOURNEY] = { N_("Journey map"), "mark-location-symbolic",
                                N_("Journey map"), 30, N_("Journey map") },
  [KIN_AGENDA_KIND_GAINS] = { N_("Marginal gains"), "face-smile-symbolic",
                              N_("Marginal gains round-up"), 15, NULL },
  [KIN_AGENDA_KIND_PRINCIPLES] = { N_("Principles"), "starred-symbolic",
                                   N_("Our principles"), 10, NULL },
  [KIN_AGENDA_KIND_BREAK] = { N_("Break"), "emoji-food-symbolic",
                              N_("Break"), 10, NULL },
  [KIN_AGENDA_KIND_CUSTOM] = { N_("Other"), "view-list-bullet-symbolic",
                               N_("New item"), 10, NULL },
};

static const KinAgendaKindInfo *
get_info (KinAgendaKind kind)
{
  if ((guint) kind >= KIN_N_AGENDA_KINDS)
    kind = KIN_AGENDA_KIND_CUSTOM;

  return &kinds[kind];
}

/**
 * kin_agenda_kind_get_label:
 *
 * Returns: the translated name of @kind, such as "Vision board"
 */
const char *
kin_agenda_kind_get_label (KinAgendaKind kind)
{
  return _(get_info (kind)->label);
}

const char *
kin_agenda_kind_get_icon_name (KinAgendaKind kind)
{
  return get_info (kind)->icon_name;
}

/**
 * kin_agenda_kind_get_new_title:
 *
 * Returns: the translated title a new item of @kind gets
 */
const char *
kin_agenda_kind_get_new_title (KinAgendaKind kind)
{
  return _(get_info (kind)->new_title);
}

/**
 * kin_agenda_kind_get_new_minutes:
 *
 * Returns: the timebox a new item of @kind gets, a usual length for it
 */
int
kin_agenda_kind_get_new_minutes (KinAgendaKind kind)
{
  return get_info (kind)->new_minutes;
}

/**
 * kin_agenda_kind_get_target_label:
 *
 * Returns: (nullable): the translated name of what an item of @kind uses,
 *   such as "Deck", or %NULL for kinds that use nothing in particular
 */
const char *
kin_agenda_kind_get_target_label (KinAgendaKind kind)
{
  const char *label = get_info (kind)->target_label;

  return label != NULL ? _(label) : NULL;
}

/**
 * kin_agenda_kind_get_targets:
 * @project: (nullable): a project
 *
 * Returns: (transfer none) (nullable): the project's list that items of
 *   @kind pick their "ref" from (its decks, boards, assessments or journey
 *   maps), or %NULL for kinds that use nothing
 */
GListModel *
kin_agenda_kind_get_targets (KinAgendaKind  kind,
                             KinProject    *project)
{
  if (project == NULL)
    return NULL;

  switch (kind)
    {
    case KIN_AGENDA_KIND_CARDS:
      return kin_project_get_decks (project);
    case KIN_AGENDA_KIND_BOARD:
      return kin_project_get_boards (project);
    case KIN_AGENDA_KIND_ASSESSMENT:
      return kin_project_get_assessments (project);
    case KIN_AGENDA_KIND_JOURNEY:
      return kin_project_get_journeys (project);
    case KIN_AGENDA_KIND_GAINS:
    case KIN_AGENDA_KIND_PRINCIPLES:
    case KIN_AGENDA_KIND_BREAK:
    case KIN_AGENDA_KIND_CUSTOM:
    default:
      return NULL;
    }
}

/**
 * kin_agenda_item_describe:
 * @project: (nullable): the project that holds @item
 *
 * Describes an item in a few words for a second line under its title: its
 * kind and, when it has one, the title of the deck, board, assessment or
 * journey map it uses.
 *
 * Returns: (transfer full): plain text, such as "Vision board · Customer
 *   culture in a year"
 */
char *
kin_agenda_item_describe (KinAgendaItem *item,
                          KinProject    *project)
{
  KinAgendaKind kind = kin_agenda_item_get_kind (item);
  GListModel *targets = kin_agenda_kind_get_targets (kind, project);
  const char *ref = kin_agenda_item_get_ref (item);
  g_autofree char *target_title = NULL;

  if (targets != NULL && ref != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (targets) && target_title == NULL; i++)
      {
        g_autoptr(KinObject) target = g_list_model_get_item (targets, i);

        if (g_strcmp0 (kin_object_get_id (target), ref) == 0)
          g_object_get (target, "title", &target_title, NULL);
      }

  if (target_title != NULL && *target_title != '\0')
    /* Translators: an agenda item's kind and the title of what it uses. */
    return g_strdup_printf (_("%s · %s"), kin_agenda_kind_get_label (kind), target_title);

  return g_strdup (kin_agenda_kind_get_label (kind));
}

/**
 * kin_agenda_format_minutes:
 *
 * Returns: (transfer full): a timebox written short, such as "25 min"
 */
char *
kin_agenda_format_minutes (int minutes)
{
  /* Translators: a timebox in minutes, short enough for a list row. */
  return g_strdup_printf (_("%d min"), minutes);
}
