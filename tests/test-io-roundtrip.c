/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <string.h>

#include <math.h>

#include "kin-json-writer.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-reader-private.h"

/*
 * Tests of writing projects, and a property test of the file format: random projects, with every kind of
 * entity, awkward text and valid references, are written, read back and
 * written again. The two texts must be byte for byte the same, and the
 * project read back must equal the generated one in every property of
 * every object.
 *
 * Each iteration draws its own seed from g_test_rand_int(), so a failure
 * names a seed that reproduces it alone: KINDLING_ROUNDTRIP_SEED=N.
 */

#define ITERATIONS 200

typedef struct
{
  GRand     *rand;
  guint      next_id;
  GPtrArray *principles;   /* ids, for references */
  GPtrArray *standards;
  GPtrArray *cards;
  GPtrArray *assets;
} Gen;

static const char * const fragments[] = {
  "", "Repairs", " & ", "Maintenance", "Zoë", "café", "\"quoted\"", "new\nline", "tab\there",
  "<b>bold</b>", "&amp;", "עברית", "مرحبا", "😀", "back\\slash", "\x01\x1f", "£5", "—", " ",
  "We’ll call you back", "\r\n", "{\"json\": [1]}", "/", "\u2028",
};

static int
rand_range (Gen *g,
            int  low,
            int  high)
{
  return g_rand_int_range (g->rand, low, high + 1);
}

static char *
random_text (Gen *g)
{
  GString *text = g_string_new (NULL);
  int n = rand_range (g, 0, 4);

  for (int i = 0; i < n; i++)
    g_string_append (text, fragments[rand_range (g, 0, G_N_ELEMENTS (fragments) - 1)]);

  return g_string_free (text, FALSE);
}

static char *
new_id (Gen        *g,
        const char *prefix)
{
  /* Ids are any non-empty text; make some of them awkward too. */
  static const char * const tails[] = { "", "-é", " space", "/slash", "\"q\"" };

  return g_strdup_printf ("%s-%u%s", prefix, g->next_id++, tails[rand_range (g, 0, G_N_ELEMENTS (tails) - 1)]);
}

static char *
random_date (Gen *g)
{
  return g_strdup_printf ("%04d-%02d-%02d", rand_range (g, 2020, 2030), rand_range (g, 1, 12), rand_range (g, 1, 28));
}

static char *
random_timestamp (Gen *g)
{
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", rand_range (g, 2020, 2030), rand_range (g, 1, 12),
                          rand_range (g, 1, 28), rand_range (g, 0, 23), rand_range (g, 0, 59), rand_range (g, 0, 59));
}

static double
random_double (Gen    *g,
               double  low,
               double  high)
{
  /* Mix round numbers, which are written as integers, with arbitrary ones. */
  if (rand_range (g, 0, 2) == 0)
    return (double) rand_range (g, (int) low, (int) high);
  return g_rand_double_range (g->rand, low, high);
}

static const char *
pick (Gen       *g,
      GPtrArray *ids)
{
  if (ids->len == 0 || rand_range (g, 0, 3) == 0)
    return NULL;
  return ids->pdata[rand_range (g, 0, ids->len - 1)];
}

static char **
pick_some (Gen       *g,
           GPtrArray *ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int n = ids->len > 0 ? rand_range (g, 0, MIN (3, (int) ids->len)) : 0;

  for (int i = 0; i < n; i++)
    g_strv_builder_add (builder, ids->pdata[rand_range (g, 0, ids->len - 1)]);

  return g_strv_builder_end (builder);
}

static char **
random_strv (Gen *g)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int n = rand_range (g, 0, 3);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = random_text (g);

      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

/* Sets every string, number, boolean and enum property of @object that the
 * generator does not set with care itself, from its param spec. */
static void
randomize (Gen        *g,
           gpointer    object,
           const char *skip[])
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean skipped = FALSE;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) ||
          strcmp (pspec->name, "id") == 0)
        continue;
      for (guint s = 0; skip != NULL && skip[s] != NULL; s++)
        skipped |= strcmp (pspec->name, skip[s]) == 0;
      if (skipped)
        continue;

      g_value_init (&value, pspec->value_type);
      if (G_IS_PARAM_SPEC_STRING (pspec))
        g_value_take_string (&value, random_text (g));
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_value_set_int (&value, rand_range (g, G_PARAM_SPEC_INT (pspec)->minimum,
                                             MIN (G_PARAM_SPEC_INT (pspec)->maximum, 1000)));
      else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
        g_value_set_double (&value, random_double (g, MAX (G_PARAM_SPEC_DOUBLE (pspec)->minimum, -1e6),
                                                   MIN (G_PARAM_SPEC_DOUBLE (pspec)->maximum, 1e6)));
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_value_set_boolean (&value, rand_range (g, 0, 1));
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        {
          GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

          g_value_set_enum (&value, klass->values[rand_range (g, 0, klass->n_values - 1)].value);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        g_value_take_boxed (&value, random_strv (g));
      else
        continue;

      g_object_set_property (object, pspec->name, &value);
    }
}

static void
reset_to_defaults (gpointer     object,
                   const char **names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), names[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_param_value_set_default (pspec, &value);
      g_object_set_property (object, names[i], &value);
    }
}

static gpointer
new_entity (Gen        *g,
            GType       type,
            const char *prefix,
            GPtrArray  *ids)
{
  g_autofree char *id = new_id (g, prefix);
  gpointer entity = g_object_new (type, "id", id, NULL);

  if (ids != NULL)
    g_ptr_array_add (ids, g_strdup (id));

  return entity;
}

static void
append (GListModel *list,
        gpointer    item)
{
  g_list_store_append (G_LIST_STORE (list), item);
  g_object_unref (item);
}

static void
fill_dates (Gen        *g,
            gpointer    object,
            const char *date_property,
            const char *timestamp_property)
{
  g_autofree char *date = random_date (g);
  g_autofree char *timestamp = random_timestamp (g);

  if (date_property != NULL)
    g_object_set (object, date_property, rand_range (g, 0, 4) == 0 ? "" : date, NULL);
  if (timestamp_property != NULL)
    g_object_set (object, timestamp_property, timestamp, NULL);
}

static void
add_assets (Gen        *g,
            KinProject *project)
{
  static const struct { const char *mime; const char *head; } kinds[] = {
    { "image/png", "\x89PNG\r\n\x1a\n" },
    { "image/jpeg", "\xff\xd8\xff\xe0" },
    { "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>" },
  };
  GListModel *assets = kin_asset_store_get_assets (kin_project_get_assets (project));
  int n = rand_range (g, 0, 3);

  for (int i = 0; i < n; i++)
    {
      int k = rand_range (g, 0, G_N_ELEMENTS (kinds) - 1);
      KinAsset *asset = new_entity (g, KIN_TYPE_ASSET, "asset", g->assets);
      GByteArray *data = g_byte_array_new ();

      g_byte_array_append (data, (const guint8 *) kinds[k].head, strlen (kinds[k].head));
      /* Binary tails for the images; text stays text for SVG. */
      for (int b = rand_range (g, 0, 40); k != 2 && b > 0; b--)
        {
          guint8 byte = rand_range (g, 0, 255);

          g_byte_array_append (data, &byte, 1);
        }
      kin_asset_set_mime (asset, kinds[k].mime);
      kin_asset_set_data (asset, g_byte_array_free_to_bytes (data));
      append (assets, asset);
    }
}

static KinProject *
random_project (Gen *g)
{
  KinProject *project = kin_project_new ();
  static const char *no_refs[] = { "image", "principles", "principle", "cluster", "ref", "item", "card",
                                   "stage", "lane", "standards", "color", "date", "created", "modified",
                                   "start", "end", "actual-start", "due", "time", "mime", "data", "scores", NULL };

  randomize (g, project, no_refs);
  fill_dates (g, project, NULL, "created");
  fill_dates (g, project, NULL, "modified");
  randomize (g, kin_project_get_print_settings (project), NULL);
  add_assets (g, project);

  for (int i = rand_range (g, 0, 5); i > 0; i--)
    {
      KinPrinciple *p = new_entity (g, KIN_TYPE_PRINCIPLE, "p", g->principles);
      g_autofree char *color = g_strdup_printf ("#%06x", rand_range (g, 0, 0xffffff));

      randomize (g, p, no_refs);
      kin_principle_set_color (p, color);
      kin_principle_set_image (p, pick (g, g->assets));
      append (kin_project_get_principles (project), p);
    }

  for (int i = rand_range (g, 0, 4); i > 0; i--)
    {
      KinStandard *s = new_entity (g, KIN_TYPE_STANDARD, "std", g->standards);
      g_auto(GStrv) principles = pick_some (g, g->principles);

      randomize (g, s, no_refs);
      /* Without a target the file has no place for its value, unit and
       * channel: they must keep their defaults. */
      if (!kin_standard_get_has_target (s))
        reset_to_defaults (s, (const char *[]) { "target-value", "target-unit", "target-channel", NULL });
      kin_standard_set_principles (s, (const char * const *) principles);
      append (kin_project_get_standards (project), s);
    }

  for (int i = rand_range (g, 0, 3); i > 0; i--)
    {
      KinDeck *d = new_entity (g, KIN_TYPE_DECK, "deck", NULL);

      randomize (g, d, no_refs);
      for (int j = rand_range (g, 0, 5); j > 0; j--)
        {
          KinCard *c = new_entity (g, KIN_TYPE_CARD, "card", g->cards);

          randomize (g, c, no_refs);
          kin_card_set_principle (c, pick (g, g->principles));
          append (kin_deck_get_cards (d), c);
        }
      append (kin_project_get_decks (project), d);
    }

  for (int i = rand_range (g, 0, 2); i > 0; i--)
    {
      KinBoard *b = new_entity (g, KIN_TYPE_BOARD, "board", NULL);
      g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func (g_free);

      randomize (g, b, no_refs);
      for (int j = rand_range (g, 0, 3); j > 0; j--)
        {
          KinCluster *c = new_entity (g, KIN_TYPE_CLUSTER, "cluster", clusters);
          g_autofree char *color = g_strdup_printf ("#%06x", rand_range (g, 0, 0xffffff));

          randomize (g, c, no_refs);
          kin_cluster_set_color (c, rand_range (g, 0, 1) ? color : NULL);
          append (kin_board_get_clusters (b), c);
        }
      for (int j = rand_range (g, 0, 5); j > 0; j--)
        {
          KinNote *n = new_entity (g, KIN_TYPE_NOTE, "note", NULL);
          g_autofree char *color = g_strdup_printf ("#%06x", rand_range (g, 0, 0xffffff));

          randomize (g, n, no_refs);
          kin_note_set_color (n, color);
          kin_note_set_principle (n, pick (g, g->principles));
          kin_note_set_cluster (n, pick (g, clusters));
          {
            /* Dots by voters with awkward names; the votes are the total,
             * so at least their sum. */
            g_auto(GVariantBuilder) dots = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{si}"));
            int sum = 0;

            for (int k = rand_range (g, 0, 3); k > 0; k--)
              {
                g_autofree char *voter = random_text (g);
                g_autofree char *named = g_strconcat ("v", voter, NULL);
                int count = rand_range (g, 1, 4);

                g_variant_builder_add (&dots, "{si}", named, count);
                sum += count;
              }
            kin_note_set_dots (n, g_variant_builder_end (&dots));
            kin_note_set_votes (n, sum + rand_range (g, 0, 3));
          }
          append (kin_board_get_notes (b), n);
        }
      append (kin_project_get_boards (project), b);
    }

  for (int i = rand_range (g, 0, 2); i > 0; i--)
    {
      KinAssessment *a = new_entity (g, KIN_TYPE_ASSESSMENT, "assessment", NULL);
      g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);

      randomize (g, a, no_refs);
      fill_dates (g, a, "date", NULL);
      for (int j = rand_range (g, 0, 4); j > 0; j--)
        {
          KinStatement *s = new_entity (g, KIN_TYPE_STATEMENT, "statement", statements);

          randomize (g, s, no_refs);
          kin_statement_set_principle (s, pick (g, g->principles));
          append (kin_assessment_get_statements (a), s);
        }
      for (int j = rand_range (g, 0, 3); j > 0; j--)
        {
          KinTeam *t = new_entity (g, KIN_TYPE_TEAM, "team", NULL);
          g_auto(GVariantBuilder) scores = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));

          randomize (g, t, no_refs);
          for (guint k = 0; k < statements->len; k++)
            {
              if (rand_range (g, 0, 3) > 0)
                g_variant_builder_add (&scores, "{sd}", statements->pdata[k], random_double (g, 1, 5));
            }
          kin_team_set_scores (t, g_variant_builder_end (&scores));
          append (kin_assessment_get_teams (a), t);
        }
      append (kin_project_get_assessments (project), a);
    }

  for (int i = rand_range (g, 0, 2); i > 0; i--)
    {
      KinJourney *jn = new_entity (g, KIN_TYPE_JOURNEY, "journey", NULL);
      g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_free);

      randomize (g, jn, no_refs);
      for (int j = rand_range (g, 0, 4); j > 0; j--)
        {
          KinStage *s = new_entity (g, KIN_TYPE_STAGE, "stage", stages);

          randomize (g, s, no_refs);
          append (kin_journey_get_stages (jn), s);
        }
      for (int j = rand_range (g, 0, 4); j > 0; j--)
        {
          KinLane *l = new_entity (g, KIN_TYPE_LANE, "lane", lanes);

          randomize (g, l, no_refs);
          append (kin_journey_get_lanes (jn), l);
        }
      for (guint s = 0; s < stages->len; s++)
        {
          KinEmotion *e = kin_emotion_new ();

          kin_emotion_set_stage (e, stages->pdata[s]);
          kin_emotion_set_value (e, rand_range (g, -2, 2));
          append (kin_journey_get_emotions (jn), e);

          for (guint l = 0; l < lanes->len; l++)
            {
              KinCell *c;
              g_autofree char *text = NULL;

              if (rand_range (g, 0, 2) == 0)
                continue;
              c = kin_cell_new ();
              text = random_text (g);
              kin_cell_set_stage (c, stages->pdata[s]);
              kin_cell_set_lane (c, lanes->pdata[l]);
              kin_cell_set_text (c, text);
              append (kin_journey_get_cells (jn), c);
            }
        }
      append (kin_project_get_journeys (project), jn);
    }

  for (int i = rand_range (g, 0, 10); i > 0; i--)
    {
      KinGain *gain = new_entity (g, KIN_TYPE_GAIN, "gain", NULL);
      g_auto(GStrv) principles = pick_some (g, g->principles);
      g_auto(GStrv) standards = pick_some (g, g->standards);

      randomize (g, gain, no_refs);
      fill_dates (g, gain, "date", "created");
      fill_dates (g, gain, NULL, "modified");
      kin_gain_set_principles (gain, (const char * const *) principles);
      kin_gain_set_standards (gain, (const char * const *) standards);
      append (kin_project_get_gains (project), gain);
    }

  for (int i = rand_range (g, 0, 2); i > 0; i--)
    {
      KinSession *s = new_entity (g, KIN_TYPE_SESSION, "session", NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *start = g_strdup_printf ("%02d:%02d", rand_range (g, 0, 23), rand_range (g, 0, 59));

      randomize (g, s, no_refs);
      fill_dates (g, s, "date", NULL);
      kin_session_set_start (s, rand_range (g, 0, 3) == 0 ? "" : start);
      if (rand_range (g, 0, 1) == 1)
        {
          g_autofree char *end = g_strdup_printf ("%02d:%02d", rand_range (g, 0, 23), rand_range (g, 0, 59));

          kin_session_set_end (s, end);
        }
      for (int j = rand_range (g, 0, 4); j > 0; j--)
        {
          KinAgendaItem *a = new_entity (g, KIN_TYPE_AGENDA_ITEM, "item", items);

          randomize (g, a, no_refs);
          fill_dates (g, a, NULL, "actual-start");
          /* Only kinds whose ref may name anything, so any id is valid. */
          kin_agenda_item_set_kind (a, rand_range (g, 0, 1) ? KIN_AGENDA_KIND_CUSTOM : KIN_AGENDA_KIND_BREAK);
          kin_agenda_item_set_ref (a, pick (g, g->principles));
          append (kin_session_get_agenda (s), a);
        }
      for (int j = rand_range (g, 0, 3); j > 0; j--)
        {
          KinCapture *c = new_entity (g, KIN_TYPE_CAPTURE, "capture", NULL);

          randomize (g, c, no_refs);
          fill_dates (g, c, NULL, "time");
          kin_capture_set_item (c, pick (g, items));
          kin_capture_set_card (c, pick (g, g->cards));
          append (kin_session_get_captures (s), c);
        }
      for (int j = rand_range (g, 0, 3); j > 0; j--)
        {
          KinAction *a = new_entity (g, KIN_TYPE_ACTION, "action", NULL);

          randomize (g, a, no_refs);
          fill_dates (g, a, "due", NULL);
          append (kin_session_get_actions (s), a);
        }
      append (kin_project_get_sessions (project), s);
    }

  return project;
}

/* Deep comparison through GObject introspection */

static gboolean compare_objects (GObject *a, GObject *b, const char *path, GString *problem);

static gboolean
values_equal (const GValue *a,
              const GValue *b,
              GParamSpec   *pspec)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (type == G_TYPE_STRV)
    return g_strv_equal (g_value_get_boxed (a) ? g_value_get_boxed (a) : (gpointer) (const char *[]) { NULL },
                         g_value_get_boxed (b) ? g_value_get_boxed (b) : (gpointer) (const char *[]) { NULL });
  if (type == G_TYPE_BYTES)
    return g_bytes_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_VARIANT)
    return g_variant_equal (g_value_get_variant (a), g_value_get_variant (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
collect_list_cb (GListModel *list,
                 gpointer    user_data)
{
  g_ptr_array_add (user_data, list);
}

static gboolean
compare_objects (GObject    *a,
                 GObject    *b,
                 const char *path,
                 GString    *problem)
{
  guint n;
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) lists_a = g_ptr_array_new ();
  g_autoptr(GPtrArray) lists_b = g_ptr_array_new ();

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    {
      g_string_printf (problem, "%s: %s vs %s", path, G_OBJECT_TYPE_NAME (a), G_OBJECT_TYPE_NAME (b));
      return FALSE;
    }

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (G_VALUE_HOLDS_OBJECT (&va))
        {
          g_autofree char *child = g_strdup_printf ("%s.%s", path, pspecs[i]->name);

          if ((g_value_get_object (&va) == NULL) != (g_value_get_object (&vb) == NULL))
            {
              g_string_printf (problem, "%s: one is NULL", child);
              return FALSE;
            }
          /* The history is not part of the file. */
          if (g_value_get_object (&va) != NULL && !KIN_IS_HISTORY (g_value_get_object (&va)) &&
              !compare_objects (g_value_get_object (&va), g_value_get_object (&vb), child, problem))
            return FALSE;
          continue;
        }

      if (!values_equal (&va, &vb, pspecs[i]))
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_string_printf (problem, "%s.%s: %s vs %s", path, pspecs[i]->name, sa, sb);
          return FALSE;
        }
    }

  if (!KIN_IS_OBJECT (a))
    return TRUE;

  kin_object_foreach_child_list (KIN_OBJECT (a), collect_list_cb, lists_a);
  kin_object_foreach_child_list (KIN_OBJECT (b), collect_list_cb, lists_b);
  g_assert_cmpuint (lists_a->len, ==, lists_b->len);

  for (guint l = 0; l < lists_a->len; l++)
    {
      guint len_a = g_list_model_get_n_items (lists_a->pdata[l]);
      guint len_b = g_list_model_get_n_items (lists_b->pdata[l]);

      if (len_a != len_b)
        {
          g_string_printf (problem, "%s list %u: %u items vs %u", path, l, len_a, len_b);
          return FALSE;
        }

      for (guint k = 0; k < len_a; k++)
        {
          g_autoptr(GObject) item_a = g_list_model_get_item (lists_a->pdata[l], k);
          g_autoptr(GObject) item_b = g_list_model_get_item (lists_b->pdata[l], k);
          g_autofree char *child = g_strdup_printf ("%s/%u[%u]", path, l, k);

          if (!compare_objects (item_a, item_b, child, problem))
            return FALSE;
        }
    }

  return TRUE;
}

/* Runs one iteration; returns a description of the problem, or NULL. */
static char *
roundtrip (guint32 seed)
{
  Gen g = { g_rand_new_with_seed (seed), 0,
            g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
            g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(KinProject) original = random_project (&g);
  g_autoptr(KinProject) loaded = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) problem = g_string_new (NULL);

  g_rand_free (g.rand);
  g_ptr_array_unref (g.principles);
  g_ptr_array_unref (g.standards);
  g_ptr_array_unref (g.cards);
  g_ptr_array_unref (g.assets);

  first = kin_project_write_bytes (original);
  loaded = kin_project_read_bytes (first, "roundtrip.kindling", &warnings, &error);
  if (loaded == NULL)
    return g_strdup_printf ("reading failed: %s", error->message);
  if (warnings->len > 0)
    return g_strdup_printf ("unexpected warning: %s", (char *) warnings->pdata[0]);

  second = kin_project_write_bytes (loaded);
  if (!g_bytes_equal (first, second))
    return g_strdup ("the second write differs from the first");

  /* Reading the big arrays while parsing must give what reading the tree
   * afterwards gives. */
  {
    g_autoptr(KinProject) unstreamed = NULL;
    g_autoptr(GBytes) third = NULL;

    kin_project_reader_set_streaming (FALSE);
    unstreamed = kin_project_read_bytes (first, "roundtrip.kindling", NULL, &error);
    kin_project_reader_set_streaming (TRUE);
    if (unstreamed == NULL)
      return g_strdup_printf ("reading without streaming failed: %s", error->message);
    third = kin_project_write_bytes (unstreamed);
    if (!g_bytes_equal (first, third))
      return g_strdup ("reading without streaming gave a different project");
  }

  if (!compare_objects (G_OBJECT (original), G_OBJECT (loaded), "project", problem) ||
      !compare_objects (G_OBJECT (kin_project_get_print_settings (original)),
                        G_OBJECT (kin_project_get_print_settings (loaded)), "print", problem))
    return g_string_free (g_steal_pointer (&problem), FALSE);

  return NULL;
}

static void
test_roundtrip (void)
{
  const char *fixed = g_getenv ("KINDLING_ROUNDTRIP_SEED");
  guint iterations = fixed != NULL ? 1 : ITERATIONS;

  for (guint i = 0; i < iterations; i++)
    {
      guint32 seed = fixed != NULL ? (guint32) g_ascii_strtoull (fixed, NULL, 10) : (guint32) g_test_rand_int ();
      g_autofree char *problem = roundtrip (seed);

      if (problem != NULL)
        {
          g_test_message ("iteration %u failed; rerun with KINDLING_ROUNDTRIP_SEED=%u: %s", i, seed, problem);
          g_test_fail ();
          return;
        }
    }
}

/* The generator must be able to make a failing case: a project whose
 * comparison differs is noticed. */
static void
test_comparison_notices_differences (void)
{
  g_autoptr(KinProject) a = kin_project_new ();
  g_autoptr(KinProject) b = kin_project_new ();
  g_autoptr(KinGain) gain_a = kin_gain_new ();
  g_autoptr(KinGain) gain_b = NULL;
  g_autoptr(GString) problem = g_string_new (NULL);

  kin_project_set_created (b, kin_project_get_created (a));
  kin_project_set_modified_timestamp (b, kin_project_get_modified_timestamp (a));
  g_assert_true (compare_objects (G_OBJECT (a), G_OBJECT (b), "project", problem));

  gain_b = g_object_new (KIN_TYPE_GAIN, "id", kin_object_get_id (KIN_OBJECT (gain_a)),
                         "created", kin_gain_get_created (gain_a),
                         "modified", kin_gain_get_modified (gain_a),
                         "date", kin_gain_get_date (gain_a), NULL);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (a)), gain_a);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (b)), gain_b);
  g_assert_true (compare_objects (G_OBJECT (a), G_OBJECT (b), "project", problem));

  kin_gain_set_impact (gain_b, kin_gain_get_impact (gain_a) == 5 ? 4 : 5);
  g_assert_false (compare_objects (G_OBJECT (a), G_OBJECT (b), "project", problem));
  g_assert_nonnull (strstr (problem->str, "impact"));
}

static void
test_writer_escaping (void)
{
  const char *title = "<b>Bold</b> & \"quoted\" back\\slash\nnext\ttab\x01\x1f\x7f end";
  const char *organisation = "Zoë’s café — עברית مرحبا 😀";
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinProject) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected_title = NULL;
  g_autofree char *expected_organisation = NULL;

  kin_project_set_title (project, title);
  kin_project_set_organisation (project, organisation);
  bytes = kin_project_write_bytes (project);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Markup-like text is left alone, JSON's own specials are escaped, other
   * text stays as readable UTF-8. */
  expected_title = g_strdup ("\n  \"title\": \"<b>Bold</b> & \\\"quoted\\\" back\\\\slash\\nnext\\ttab\\u0001\\u001f\x7f end\",\n");
  expected_organisation = g_strdup_printf ("\n  \"organisation\": \"%s\",\n", organisation);
  g_assert_nonnull (strstr (text, expected_title));
  g_assert_nonnull (strstr (text, expected_organisation));
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"kindling\",\n  \"version\": 1,\n  \"title\""));
  g_assert_true (g_str_has_suffix (text, "\n}\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));

  again = kin_project_read_bytes (bytes, "again.kindling", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kin_project_get_title (again), ==, title);
  g_assert_cmpstr (kin_project_get_organisation (again), ==, organisation);
}

static void
test_json_writer (void)
{
  g_autoptr(KinJsonWriter) writer = kin_json_writer_new (0);
  g_autoptr(GBytes) data = g_bytes_new_static ("hi!", 3);
  g_autoptr(GBytes) bytes = NULL;
  static const struct { double value; const char *text; } numbers[] = {
    { 0.1, "0.1" }, { 120.0, "120" }, { -2.5, "-2.5" }, { 1e21, "1e+21" }, { 1.0 / 3.0, "0.3333333333333333" }, { 0.1 + 0.2, "0.30000000000000004" },
    { -0.0, "0" }, { 5e-324, "4.94065645841247e-324" }, { 123456789012345678.0, "1.2345678901234568e+17" },
  };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_cmpstr (kin_json_format_double (buf, sizeof buf, numbers[i].value), ==, numbers[i].text);
  g_assert_cmpstr (kin_json_format_double (buf, sizeof buf, NAN), ==, "0");
  g_assert_cmpstr (kin_json_format_double (buf, sizeof buf, INFINITY), ==, "0");

  kin_json_writer_begin_object (writer);
  kin_json_writer_member_strv (writer, "empty", NULL);
  kin_json_writer_key (writer, "object");
  kin_json_writer_begin_object (writer);
  kin_json_writer_end_object (writer);
  kin_json_writer_key (writer, "list");
  kin_json_writer_begin_array (writer);
  kin_json_writer_int (writer, G_MININT64);
  kin_json_writer_null (writer);
  kin_json_writer_boolean (writer, FALSE);
  kin_json_writer_end_array (writer);
  kin_json_writer_key (writer, "data");
  kin_json_writer_base64 (writer, data);
  kin_json_writer_end_object (writer);
  bytes = kin_json_writer_free_to_bytes (g_steal_pointer (&writer));

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   "{\n  \"empty\": [],\n  \"object\": {},\n  \"list\": [\n    -9223372036854775808,\n"
                   "    null,\n    false\n  ],\n  \"data\": \"aGkh\"\n}\n", 115);

  {
    g_autofree char *quoted = kin_json_quote ("bad \xff byte", -1);

    g_assert_cmpstr (quoted, ==, "\"bad \xef\xbf\xbd byte\"");
  }
}

/* Values the model lets through but the format forbids are written as
 * defaults, so that a saved project always opens again. */
static void
test_writer_repairs_malformed_values (void)
{
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinProject) again = NULL;
  g_autoptr(KinPrinciple) principle = g_object_new (KIN_TYPE_PRINCIPLE, "id", "p", NULL);
  g_autoptr(KinGain) gain = g_object_new (KIN_TYPE_GAIN, "id", "g", NULL);
  g_autoptr(KinGain) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  const char *principles[] = { "", "p", NULL };

  kin_principle_set_color (principle, "blue");
  kin_gain_set_date (gain, "22/11/2026");
  kin_gain_set_principles (gain, principles);
  g_list_store_append (G_LIST_STORE (kin_project_get_principles (project)), principle);
  g_list_store_append (G_LIST_STORE (kin_project_get_gains (project)), gain);

  g_test_expect_message ("kindling-io", G_LOG_LEVEL_WARNING, "color \"blue\" of KinPrinciple is not valid*");
  g_test_expect_message ("kindling-io", G_LOG_LEVEL_WARNING, "date \"22/11/2026\" of KinGain is not valid*");
  bytes = kin_project_write_bytes (project);
  g_test_assert_expected_messages ();

  again = kin_project_read_bytes (bytes, "repaired.kindling", &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_object (&principle);
  principle = g_list_model_get_item (kin_project_get_principles (again), 0);
  g_assert_cmpstr (kin_principle_get_color (principle), ==, "#3b6ea5");
  loaded = g_list_model_get_item (kin_project_get_gains (again), 0);
  g_assert_cmpstr (kin_gain_get_date (loaded), ==, "");
  g_assert_cmpuint (g_strv_length ((char **) kin_gain_get_principles (loaded)), ==, 1);
}

static void
test_image_sniffing (void)
{
  static const struct { const char *data; gsize size; const char *mime; } cases[] = {
    { "\x89PNG\r\n\x1a\n\0\0", 10, "image/png" },
    { "\xff\xd8\xff\xe0", 4, "image/jpeg" },
    { "\xef\xbb\xbf<?xml version=\"1.0\"?><!DOCTYPE svg [ <!ENTITY a \"b\"> ]><!-- c --> <svg/>", 75, "image/svg+xml" },
    { "<svg\n width=\"1\"></svg>", 22, "image/svg+xml" },
    { "<svgx/>", 7, NULL },
    { "<html><svg/></html>", 19, NULL },
    { "GIF89a", 6, NULL },
    { "<svg \xff>", 7, NULL },
    { "", 0, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, cases[i].size);

      g_assert_cmpstr (kin_image_sniff_mime (bytes), ==, cases[i].mime);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/writer/escaping", test_writer_escaping);
  g_test_add_func ("/io/writer/json", test_json_writer);
  g_test_add_func ("/io/writer/repairs-malformed-values", test_writer_repairs_malformed_values);
  g_test_add_func ("/io/writer/image-sniffing", test_image_sniffing);
  g_test_add_func ("/io/roundtrip/comparison", test_comparison_notices_differences);
  g_test_add_func ("/io/roundtrip/random-projects", test_roundtrip);

  return g_test_run ();
}
