/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-json-writer.h"
#include "kin-model.h"
#include "kin-reader-private.h"

/*
 * The last pass of a load: every reference to another entity is checked
 * against the ids recorded while reading. A reference to a missing id is
 * not worth refusing the whole file for (it is usually left over from an
 * entity deleted by another tool), so it is cleared and reported as a
 * warning. Entities that mean nothing without their target (a journey cell
 * without its stage) are dropped instead.
 */

/* What an agenda item's "ref" names depends on its kind. Kinds with no
 * particular target accept any entity. */
static const KinEntityFormat *
agenda_target (KinAgendaItem *item)
{
  switch (kin_agenda_item_get_kind (item))
    {
    case KIN_AGENDA_KIND_CARDS:
      return &kin_format_deck;
    case KIN_AGENDA_KIND_BOARD:
      return &kin_format_board;
    case KIN_AGENDA_KIND_ASSESSMENT:
      return &kin_format_assessment;
    case KIN_AGENDA_KIND_JOURNEY:
      return &kin_format_journey;
    case KIN_AGENDA_KIND_GAINS:
    case KIN_AGENDA_KIND_PRINCIPLES:
    case KIN_AGENDA_KIND_BREAK:
    case KIN_AGENDA_KIND_CUSTOM:
    default:
      return NULL;
    }
}

static gboolean
resolves (KinReader             *r,
          const char            *id,
          const KinEntityFormat *target,
          KinRefFlags            flags,
          guint                  parent_index)
{
  const KinLocation *location = kin_reader_lookup_id (r, id);

  if (location == NULL)
    return FALSE;
  if (target != NULL && location->format != target)
    return FALSE;
  if ((flags & KIN_REF_SAME_PARENT) && location->i != parent_index)
    return FALSE;

  return TRUE;
}

static const char *
target_noun (const KinEntityFormat *target)
{
  return target != NULL ? _(target->noun) : _("entity");
}

static void
warn_dangling (KinReader             *r,
               const KinPath         *path,
               const KinEntityFormat *target,
               const char            *id,
               gboolean               removed)
{
  g_autofree char *quoted = kin_json_quote (id, -1);

  if (removed)
    /* TRANSLATORS: e.g. no principle with id "p-x"; removed */
    kin_reader_warn (r, path, _("no %s with id %s; removed"), target_noun (target), quoted);
  else
    /* TRANSLATORS: e.g. no cluster with id "c-x"; cleared */
    kin_reader_warn (r, path, _("no %s with id %s; cleared"), target_noun (target), quoted);
}

static void
check_ref_list (KinReader            *r,
                const KinFieldFormat *field,
                gpointer              object,
                const KinPath        *path,
                guint                 parent_index)
{
  const char * const *ids = ((KinStrvGetter) field->get) (object);
  g_autoptr(GStrvBuilder) kept = NULL;
  g_auto(GStrv) strv = NULL;
  gboolean dropped = FALSE;

  if (ids == NULL)
    return;

  for (guint k = 0; ids[k] != NULL; k++)
    {
      KinPath element_path = { path, NULL, k };

      if (!resolves (r, ids[k], field->target, field->ref_flags, parent_index))
        {
          warn_dangling (r, &element_path, field->target, ids[k], TRUE);
          dropped = TRUE;
        }
    }

  /* Nearly always nothing is dropped, and then nothing is copied. */
  if (!dropped)
    return;

  kept = g_strv_builder_new ();
  for (guint k = 0; ids[k] != NULL; k++)
    {
      if (resolves (r, ids[k], field->target, field->ref_flags, parent_index))
        g_strv_builder_add (kept, ids[k]);
    }
  strv = g_strv_builder_end (kept);

  ((KinStrvSetter) field->set) (object, (const char * const *) strv);
}

static void
check_scores (KinReader     *r,
              KinTeam       *team,
              const KinPath *path,
              guint          parent_index)
{
  GVariant *scores = kin_team_get_scores (team);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));
  GVariantIter iter;
  const char *id;
  double score;
  gboolean changed = FALSE;

  if (scores == NULL)
    return;

  g_variant_iter_init (&iter, scores);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &score))
    {
      KinPath score_path = { path, id, 0 };

      if (resolves (r, id, &kin_format_statement, KIN_REF_SAME_PARENT, parent_index))
        {
          g_variant_builder_add (&builder, "{sd}", id, score);
        }
      else
        {
          warn_dangling (r, &score_path, &kin_format_statement, id, TRUE);
          changed = TRUE;
        }
    }

  if (changed)
    kin_team_set_scores (team, g_variant_builder_end (&builder));
}

static gboolean check_entity (KinReader             *r,
                              const KinEntityFormat *format,
                              gpointer               object,
                              const KinPath         *path,
                              guint                  parent_index);

static void
check_list (KinReader            *r,
            const KinFieldFormat *field,
            gpointer              object,
            const KinPath        *path,
            guint                 parent_index)
{
  GListModel *list = field->get_list (object);
  gboolean top_level = field->child->list == NULL;
  g_autoptr(GArray) doomed = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = g_list_model_get_n_items (list);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, k);
      KinPath item_path = { path, NULL, k };

      if (!check_entity (r, field->child, item, &item_path, top_level ? k : parent_index))
        g_array_append_val (doomed, k);
    }

  for (guint d = doomed->len; d-- > 0;)
    g_list_store_remove (G_LIST_STORE (list), g_array_index (doomed, guint, d));
}

/* Returns FALSE if the entity must be dropped. */
static gboolean
check_entity (KinReader             *r,
              const KinEntityFormat *format,
              gpointer               object,
              const KinPath         *path,
              guint                  parent_index)
{
  for (guint f = 0; f < format->n_fields; f++)
    {
      const KinFieldFormat *field = &format->fields[f];
      KinPath field_path = { path, field->key, 0 };

      switch (field->type)
        {
        case KIN_FIELD_REF:
          {
            const char *id = ((KinStringGetter) field->get) (object);
            const KinEntityFormat *target = field->target;

            if (id == NULL)
              {
                if (field->ref_flags & KIN_REF_REQUIRED)
                  {
                    /* TRANSLATORS: e.g. no stage given; the cell was removed */
                    kin_reader_warn (r, path, _("no %s given; the %s was removed"),
                                     target_noun (target), _(format->noun));
                    return FALSE;
                  }
                break;
              }

            if (format == &kin_format_agenda_item)
              target = agenda_target (object);

            if (resolves (r, id, target, field->ref_flags, parent_index))
              break;

            if (field->ref_flags & KIN_REF_REQUIRED)
              {
                g_autofree char *quoted = kin_json_quote (id, -1);

                /* TRANSLATORS: e.g. no stage with id "s-x"; the cell was removed */
                kin_reader_warn (r, path, _("no %s with id %s; the %s was removed"),
                                 target_noun (target), quoted, _(format->noun));
                return FALSE;
              }

            warn_dangling (r, &field_path, target, id, FALSE);
            ((KinStringSetter) field->set) (object, NULL);
          }
          break;

        case KIN_FIELD_REF_LIST:
          check_ref_list (r, field, object, &field_path, parent_index);
          break;

        case KIN_FIELD_LIST:
          check_list (r, field, object, &field_path, parent_index);
          break;

        case KIN_FIELD_SPECIAL:
          if (field->special == KIN_SPECIAL_SCORES)
            check_scores (r, object, &field_path, parent_index);
          break;

        case KIN_FIELD_ID:
        case KIN_FIELD_TEXT:
        case KIN_FIELD_STRV:
        case KIN_FIELD_DATE:
        case KIN_FIELD_TIMESTAMP:
        case KIN_FIELD_HHMM:
        case KIN_FIELD_COLOR:
        case KIN_FIELD_OPTIONAL_COLOR:
        case KIN_FIELD_INT:
        case KIN_FIELD_DOUBLE:
        case KIN_FIELD_BOOL:
        case KIN_FIELD_ENUM:
        default:
          break;
        }
    }

  return TRUE;
}

/**
 * kin_reader_check_references:
 * @reader: a reader that has read the whole project
 *
 * Clears every reference to an id that does not exist (or names the wrong
 * kind of entity, or one in another board, journey, assessment or
 * session), with a warning for each.
 */
void
kin_reader_check_references (KinReader *reader)
{
  check_entity (reader, &kin_format_project, reader->project, NULL, 0);
}
