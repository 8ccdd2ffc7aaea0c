/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kin-gains-merge.h"
#include "kin-gains-private.h"
#include "kin-model.h"
#include "kin-project-file.h"

/*
 * Merging the gains of another project, for champions who each keep their
 * own file. Gains are matched by id; when both have a gain, the copy with
 * the later "modified" timestamp wins. The other project's principles and
 * standards are mapped onto this project's by id, then by name or title,
 * and references that match nothing are dropped with a warning. Everything
 * is one undoable step.
 */

/* The fields copied from the other project, in file order. */
static const char * const gain_fields[] = {
  "date", "title", "team", "who", "before", "change", "principles",
  "standards", "tsm", "impact", "effort", "evidence", "status", "created",
  "modified",
};

typedef struct
{
  KinProject           *project;
  KinProject           *other;
  GHashTable           *principles;   /* other's id -> this project's id, or "" */
  GHashTable           *standards;    /* the same for standards */
  KinGainsMergeSummary *summary;
} Merge;

/**
 * kin_gains_merge_summary_init:
 * @summary: (out caller-allocates): the summary to initialise
 *
 * Sets all counts to zero and creates an empty warning list.
 */
void
kin_gains_merge_summary_init (KinGainsMergeSummary *summary)
{
  g_return_if_fail (summary != NULL);

  summary->added = 0;
  summary->updated = 0;
  summary->unchanged = 0;
  summary->warnings = g_ptr_array_new_with_free_func (g_free);
}

/**
 * kin_gains_merge_summary_clear:
 * @summary: a summary set up with kin_gains_merge_summary_init()
 *
 * Frees the warnings.
 */
void
kin_gains_merge_summary_clear (KinGainsMergeSummary *summary)
{
  g_return_if_fail (summary != NULL);

  g_clear_pointer (&summary->warnings, g_ptr_array_unref);
}

#define fold _kin_gains_fold_name

/* Maps every entity of @theirs to the entity of @ours with the same id,
 * else the same name ignoring case, else to "" (no match). */
static GHashTable *
build_mapping (GListModel  *ours,
               GListModel  *theirs,
               const char *(*get_name) (gpointer entity))
{
  g_autoptr(GHashTable) our_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) our_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (ours);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (ours, i);
      const char *id = kin_object_get_id (KIN_OBJECT (entity));

      /* The list keeps the entity, and so the id, alive. */
      g_hash_table_add (our_ids, (gpointer) id);
      g_hash_table_insert (our_names, fold (get_name (entity)), (gpointer) id);
    }

  n = g_list_model_get_n_items (theirs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (theirs, i);
      const char *id = kin_object_get_id (KIN_OBJECT (entity));
      g_autofree char *name = fold (get_name (entity));
      const char *match;

      if (g_hash_table_contains (our_ids, id))
        match = id;
      else
        match = g_hash_table_lookup (our_names, name);

      g_hash_table_insert (mapping, g_strdup (id), g_strdup (match != NULL ? match : ""));
    }

  return mapping;
}

static const char *
principle_name (KinProject *project,
                const char *id)
{
  KinPrinciple *principle = kin_project_lookup (project, KIN_TYPE_PRINCIPLE, id);

  return principle != NULL ? kin_principle_get_name (principle) : id;
}

static const char *
standard_title (KinProject *project,
                const char *id)
{
  KinStandard *standard = kin_project_lookup (project, KIN_TYPE_STANDARD, id);

  return standard != NULL ? kin_standard_get_title (standard) : id;
}

/* Maps the principle or standard ids of one of the other project's gains
 * onto this project, warning about the ones that have no counterpart. */
static GStrv
map_references (Merge              *merge,
                KinGain            *gain,
                const char * const *ids,
                gboolean            principles)
{
  GHashTable *mapping = principles ? merge->principles : merge->standards;
  g_autoptr(GPtrArray) mapped = g_ptr_array_new_with_free_func (g_free);

  for (; *ids != NULL; ids++)
    {
      const char *match = g_hash_table_lookup (mapping, *ids);

      if (match == NULL || *match == '\0')
        {
          char *warning;

          if (principles)
            warning = g_strdup_printf (_("“%s”: this project has no principle called “%s”; "
                                         "it was left out"),
                                       kin_gain_get_title (gain),
                                       principle_name (merge->other, *ids));
          else
            warning = g_strdup_printf (_("“%s”: this project has no standard called “%s”; "
                                         "it was left out"),
                                       kin_gain_get_title (gain),
                                       standard_title (merge->other, *ids));
          g_ptr_array_add (merge->summary->warnings, warning);
          continue;
        }

      g_ptr_array_add (mapped, g_strdup (match));
    }

  g_ptr_array_add (mapped, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&mapped), FALSE);
}

/* Reads one field of @gain into @value, with references mapped when the
 * gain comes from the other project. */
static void
get_field (Merge      *merge,
           KinGain    *gain,
           gboolean    from_other,
           const char *name,
           GValue     *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (gain), name);

  g_value_init (value, pspec->value_type);

  if (from_other && g_str_equal (name, "principles"))
    g_value_take_boxed (value, map_references (merge, gain, kin_gain_get_principles (gain), TRUE));
  else if (from_other && g_str_equal (name, "standards"))
    g_value_take_boxed (value, map_references (merge, gain, kin_gain_get_standards (gain), FALSE));
  else
    g_object_get_property (G_OBJECT (gain), name, value);
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    return g_strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_INT (a))
    return g_value_get_int (a) == g_value_get_int (b);
  if (G_VALUE_HOLDS_ENUM (a))
    return g_value_get_enum (a) == g_value_get_enum (b);

  g_return_val_if_reached (FALSE);
}

/* Brings @ours up to date with @theirs, field by field, so that undo
 * restores exactly what changed. */
static void
update_gain (Merge   *merge,
             KinGain *ours,
             KinGain *theirs)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (gain_fields); i++)
    {
      g_auto(GValue) our_value = G_VALUE_INIT;
      g_auto(GValue) their_value = G_VALUE_INIT;

      get_field (merge, ours, FALSE, gain_fields[i], &our_value);
      get_field (merge, theirs, TRUE, gain_fields[i], &their_value);

      if (values_equal (&our_value, &their_value))
        continue;

      kin_project_set_value (merge->project, ours, gain_fields[i], &their_value);
      /* A timestamp alone does not make an update worth reporting. */
      if (!g_str_equal (gain_fields[i], "modified"))
        changed = TRUE;
    }

  if (changed)
    merge->summary->updated++;
  else
    merge->summary->unchanged++;
}

static KinGain *
copy_gain (Merge   *merge,
           KinGain *theirs)
{
  KinGain *copy = kin_gain_new ();

  kin_object_set_id (KIN_OBJECT (copy), kin_object_get_id (KIN_OBJECT (theirs)));

  for (guint i = 0; i < G_N_ELEMENTS (gain_fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      get_field (merge, theirs, TRUE, gain_fields[i], &value);
      g_object_set_property (G_OBJECT (copy), gain_fields[i], &value);
    }

  return copy;
}

/**
 * kin_gains_merge:
 * @project: the project to merge into
 * @other: the project to take gains from; it is not changed
 * @summary: (out caller-allocates) (optional): what was done; initialise
 *   it with kin_gains_merge_summary_init() first
 * @error: return location for a #GError
 *
 * Merges the gains of @other into @project, as one undoable step "Merge
 * Gains". A gain @project lacks is appended (with its id, unless
 * something else in @project already uses that id). A gain both have is
 * updated from @other when @other's copy has a later "modified" timestamp
 * and differs; otherwise it is left alone.
 *
 * Returns: %TRUE on success; %FALSE if @other is @project
 */
gboolean
kin_gains_merge (KinProject           *project,
                 KinProject           *other,
                 KinGainsMergeSummary *summary,
                 GError              **error)
{
  g_autoptr(GHashTable) ours_by_id = NULL;
  g_autoptr(GHashTable) used_ids = NULL;
  KinGainsMergeSummary local_summary;
  GListModel *our_gains, *their_gains;
  Merge merge;
  guint n;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (KIN_IS_PROJECT (other), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (project == other)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Cannot merge a project with itself; choose another project file"));
      return FALSE;
    }

  if (summary == NULL)
    {
      kin_gains_merge_summary_init (&local_summary);
      summary = &local_summary;
    }
  else if (summary->warnings == NULL)
    summary->warnings = g_ptr_array_new_with_free_func (g_free);

  merge = (Merge) {
    .project = project,
    .other = other,
    .principles = build_mapping (kin_project_get_principles (project),
                                 kin_project_get_principles (other),
                                 (const char *(*) (gpointer)) kin_principle_get_name),
    .standards = build_mapping (kin_project_get_standards (project),
                                kin_project_get_standards (other),
                                (const char *(*) (gpointer)) kin_standard_get_title),
    .summary = summary,
  };

  our_gains = kin_project_get_gains (project);
  their_gains = kin_project_get_gains (other);

  ours_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  n = g_list_model_get_n_items (our_gains);
  for (guint i = 0; i < n; i++)
    {
      KinGain *gain = g_list_model_get_item (our_gains, i);

      g_hash_table_insert (ours_by_id, (gpointer) kin_object_get_id (KIN_OBJECT (gain)), gain);
    }

  used_ids = _kin_project_collect_ids (project);

  kin_project_begin_action (project, _("Merge Gains"));

  n = g_list_model_get_n_items (their_gains);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinGain) theirs = g_list_model_get_item (their_gains, i);
      KinGain *ours = g_hash_table_lookup (ours_by_id, kin_object_get_id (KIN_OBJECT (theirs)));

      if (ours == NULL)
        {
          g_autoptr(KinGain) copy = copy_gain (&merge, theirs);

          /* An id another kind of entity uses here would make the file
           * invalid: such a gain gets a fresh one. */
          if (g_hash_table_contains (used_ids, kin_object_get_id (KIN_OBJECT (copy))))
            {
              g_autofree char *id = g_uuid_string_random ();

              kin_object_set_id (KIN_OBJECT (copy), id);
            }
          g_hash_table_add (used_ids, g_strdup (kin_object_get_id (KIN_OBJECT (copy))));
          kin_project_append (project, our_gains, copy);
          summary->added++;
        }
      else if (strcmp (kin_gain_get_modified (theirs), kin_gain_get_modified (ours)) > 0)
        update_gain (&merge, ours, theirs);
      else
        summary->unchanged++;
    }

  kin_project_end_action (project);

  g_hash_table_unref (merge.principles);
  g_hash_table_unref (merge.standards);
  if (summary == &local_summary)
    kin_gains_merge_summary_clear (&local_summary);

  return TRUE;
}

/**
 * kin_gains_merge_file:
 * @project: the project to merge into
 * @file: another .kindling file
 * @summary: (out caller-allocates) (optional): what was done; warnings
 *   from loading @file come first
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads @file with the project loader and merges its gains with
 * kin_gains_merge(). This blocks while reading: the page loads big files
 * with kin_project_load_file_async() and calls kin_gains_merge() itself.
 *
 * Returns: %TRUE on success; on failure @project is unchanged
 */
gboolean
kin_gains_merge_file (KinProject           *project,
                      GFile                *file,
                      KinGainsMergeSummary *summary,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_autoptr(KinProject) other = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  other = kin_project_load_file (file, &warnings, cancellable, error);
  if (other == NULL)
    return FALSE;

  if (summary != NULL && warnings != NULL)
    {
      if (summary->warnings == NULL)
        summary->warnings = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < warnings->len; i++)
        g_ptr_array_add (summary->warnings, g_strdup (g_ptr_array_index (warnings, i)));
    }

  return kin_gains_merge (project, other, summary, error);
}
