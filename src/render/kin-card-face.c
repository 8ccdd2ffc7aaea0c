/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-card"

#include "config.h"

#include "kin-card-face-private.h"
#include "kin-card.h"
#include "kin-deck.h"
#include "kin-principle.h"
#include "kin-project.h"
#include "kin-standard.h"

/* Building card faces from the model. A face copies everything it shows, so
 * it can be drawn from another thread while the project is edited. */

G_DEFINE_BOXED_TYPE (KinCardFace, kin_card_face, kin_card_face_ref, kin_card_face_unref)

static KinCardFace *
face_new (KinCardFaceKind  kind,
          const char      *title,
          const char      *body,
          const char      *color)
{
  KinCardFace *face = g_new0 (KinCardFace, 1);

  g_atomic_ref_count_init (&face->ref_count);
  face->kind = kind;
  face->title = g_strdup (title != NULL ? title : "");
  face->body = g_strdup (body != NULL ? body : "");
  face->color = g_strdup (color);
  face->items = g_new0 (char *, 1);
  return face;
}

static void
face_set_items (KinCardFace        *face,
                const char * const *items)
{
  g_strfreev (face->items);
  face->items = items != NULL ? g_strdupv ((char **) items) : g_new0 (char *, 1);
}

static KinPrinciple *
find_principle (KinProject *project,
                const char *id)
{
  if (project == NULL || id == NULL)
    return NULL;

  return kin_project_lookup (project, KIN_TYPE_PRINCIPLE, id);
}

/* "No matter what", "no-matter-what" and "No Matter What" all name the area
 * of promises that hold for every contact. */
static gboolean
is_promise_area (const char *area)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) words = NULL;

  if (area == NULL)
    return FALSE;

  folded = g_utf8_casefold (area, -1);
  words = g_string_new (g_strstrip (folded));
  g_string_replace (words, "-", " ", 0);
  return g_str_equal (words->str, "no matter what");
}

static GStrv
collect_promises (KinProject *project)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *standards;
  guint n;

  if (project == NULL)
    return g_strv_builder_end (builder);

  standards = kin_project_get_standards (project);
  n = g_list_model_get_n_items (standards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinStandard) standard = g_list_model_get_item (standards, i);

      if (is_promise_area (kin_standard_get_area (standard)))
        g_strv_builder_add (builder, kin_standard_get_title (standard));
    }

  return g_strv_builder_end (builder);
}

KinCardFace *
_kin_card_face_new_principle_front (KinProject   *project,
                                    KinPrinciple *principle,
                                    GHashTable   *art_cache)
{
  KinCardFace *face;

  face = face_new (KIN_CARD_FACE_PRINCIPLE_FRONT,
                   kin_principle_get_name (principle),
                   kin_principle_get_summary (principle),
                   kin_principle_get_color (principle));
  face->art = _kin_card_art_lookup (project, kin_principle_get_image (principle), art_cache);
  return face;
}

/**
 * kin_card_face_new_principle_front:
 * @project: (nullable): the project, for the artwork asset
 * @principle: a principle
 *
 * Returns: (transfer full): the front of @principle's pocket card: its name,
 *   colour, artwork and summary
 */
KinCardFace *
kin_card_face_new_principle_front (KinProject   *project,
                                   KinPrinciple *principle)
{
  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_PRINCIPLE (principle), NULL);

  return _kin_card_face_new_principle_front (project, principle, NULL);
}

/**
 * kin_card_face_new_principle_back:
 * @project: (nullable): the project, for the promises
 * @principle: a principle
 * @back: what the back shows
 *
 * Returns: (transfer full): the back of @principle's card: its name and its
 *   behaviours, or the titles of the "No matter what" standards
 */
KinCardFace *
kin_card_face_new_principle_back (KinProject   *project,
                                  KinPrinciple *principle,
                                  KinCardBack   back)
{
  KinCardFace *face;

  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_PRINCIPLE (principle), NULL);

  face = face_new (KIN_CARD_FACE_PRINCIPLE_BACK,
                   kin_principle_get_name (principle), NULL,
                   kin_principle_get_color (principle));

  if (back == KIN_CARD_BACK_PROMISES)
    {
      g_strfreev (face->items);
      face->items = collect_promises (project);
    }
  else
    face_set_items (face, kin_principle_get_behaviours (principle));

  /* A back with nothing to list repeats the summary rather than stay blank. */
  if (face->items[0] == NULL)
    {
      g_free (face->body);
      face->body = g_strdup (kin_principle_get_summary (principle));
    }

  return face;
}

/**
 * kin_card_face_new_conversation:
 * @project: (nullable): the project, for the principle's colour
 * @card: a conversation card
 *
 * Returns: (transfer full): the face of a conversation card: title, prompt
 *   and follow-up questions, in its principle's colour
 */
KinCardFace *
kin_card_face_new_conversation (KinProject *project,
                                KinCard    *card)
{
  KinPrinciple *principle;
  KinCardFace *face;

  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (KIN_IS_CARD (card), NULL);

  principle = find_principle (project, kin_card_get_principle (card));
  face = face_new (KIN_CARD_FACE_CONVERSATION,
                   kin_card_get_title (card), kin_card_get_prompt (card),
                   principle != NULL ? kin_principle_get_color (principle) : NULL);
  face_set_items (face, kin_card_get_follow_ups (card));
  return face;
}

/**
 * kin_card_face_new_conversation_back:
 * @project: (nullable): the project, for the principle
 * @deck: (nullable): the deck the card belongs to
 * @card: a conversation card
 *
 * Returns: (transfer full): the back of a conversation card: the deck's
 *   title and the principle's name on the principle's colour
 */
KinCardFace *
kin_card_face_new_conversation_back (KinProject *project,
                                     KinDeck    *deck,
                                     KinCard    *card)
{
  KinPrinciple *principle;

  g_return_val_if_fail (project == NULL || KIN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (deck == NULL || KIN_IS_DECK (deck), NULL);
  g_return_val_if_fail (KIN_IS_CARD (card), NULL);

  principle = find_principle (project, kin_card_get_principle (card));
  return face_new (KIN_CARD_FACE_CONVERSATION_BACK,
                   deck != NULL ? kin_deck_get_title (deck) : "",
                   principle != NULL ? kin_principle_get_name (principle) : "",
                   principle != NULL ? kin_principle_get_color (principle) : NULL);
}

KinCardFace *
kin_card_face_ref (KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, NULL);

  g_atomic_ref_count_inc (&face->ref_count);
  return face;
}

void
kin_card_face_unref (KinCardFace *face)
{
  g_return_if_fail (face != NULL);

  if (g_atomic_ref_count_dec (&face->ref_count))
    {
      g_free (face->title);
      g_free (face->body);
      g_free (face->color);
      g_strfreev (face->items);
      g_clear_pointer (&face->art, _kin_card_art_unref);
      g_free (face);
    }
}

/**
 * kin_card_face_get_kind:
 * @face: a card face
 *
 * Returns: which side of which card @face is
 */
KinCardFaceKind
kin_card_face_get_kind (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, KIN_CARD_FACE_PRINCIPLE_FRONT);
  return face->kind;
}

/**
 * kin_card_face_get_title:
 * @face: a card face
 *
 * Returns: the heading: principle name, card title or deck title
 */
const char *
kin_card_face_get_title (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, NULL);
  return face->title;
}

/**
 * kin_card_face_get_body:
 * @face: a card face
 *
 * Returns: the main text: summary, prompt or principle name; may be empty
 */
const char *
kin_card_face_get_body (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, NULL);
  return face->body;
}

/**
 * kin_card_face_get_items:
 * @face: a card face
 *
 * Returns: (transfer none): the listed lines: behaviours, promises or
 *   follow-up questions; never %NULL
 */
const char * const *
kin_card_face_get_items (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, NULL);
  return (const char * const *) face->items;
}

/**
 * kin_card_face_get_color:
 * @face: a card face
 *
 * Returns: (nullable): the colour as "#rrggbb"
 */
const char *
kin_card_face_get_color (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, NULL);
  return face->color;
}

/**
 * kin_card_face_has_artwork:
 * @face: a card face
 *
 * Returns: whether the face shows artwork that could be decoded
 */
gboolean
kin_card_face_has_artwork (const KinCardFace *face)
{
  g_return_val_if_fail (face != NULL, FALSE);
  return face->art != NULL;
}
