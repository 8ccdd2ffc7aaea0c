/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kin-format-private.h"
#include "kin-model.h"

/*
 * File format version 1, member by member, in the order DESIGN.md gives and
 * the writer follows. The getters and setters are cast to GCallback here and
 * back to their real types (KinStringGetter...) by the reader and writer
 * according to the field type; the model's getters and setters take the
 * entity pointer first, so the calls are compatible.
 */

#define FIELD(key_, type_, prop_, cls, member) \
  { .key = key_, .type = type_, .property = prop_, \
    .get = G_CALLBACK (cls##_get_##member), .set = G_CALLBACK (cls##_set_##member) }

/* A date or time that is null in the file when it is not set. */
#define OPTIONAL(key_, type_, prop_, cls, member) \
  { .key = key_, .type = type_, .property = prop_, \
    .get = G_CALLBACK (cls##_get_##member), .set = G_CALLBACK (cls##_set_##member), \
    .nullable = TRUE }

#define REF(key_, type_, prop_, cls, member, target_, flags_) \
  { .key = key_, .type = type_, .property = prop_, \
    .get = G_CALLBACK (cls##_get_##member), .set = G_CALLBACK (cls##_set_##member), \
    .target = target_, .ref_flags = flags_ }

#define ID_FIELD \
  { .key = "id", .type = KIN_FIELD_ID, .property = "id", \
    .get = G_CALLBACK (kin_object_get_id), .set = G_CALLBACK (kin_object_set_id) }

#define LIST(key_, getter, child_) \
  { .key = key_, .type = KIN_FIELD_LIST, .child = child_, \
    .get_list = (GListModel *(*) (gpointer)) (getter) }

#define SPECIAL(key_, which) \
  { .key = key_, .type = KIN_FIELD_SPECIAL, .special = which }

#define ENTITY(type_getter, noun_, section_, list_, section_index_, list_index_, fields_) \
  { .get_type = type_getter, .noun = noun_, .section = section_, .list = list_, \
    .section_index = section_index_, .list_index = list_index_, \
    .fields = fields_, .n_fields = G_N_ELEMENTS (fields_) }

static const KinFieldFormat principle_fields[] = {
  ID_FIELD,
  FIELD ("name", KIN_FIELD_TEXT, "name", kin_principle, name),
  FIELD ("summary", KIN_FIELD_TEXT, "summary", kin_principle, summary),
  FIELD ("behaviours", KIN_FIELD_STRV, "behaviours", kin_principle, behaviours),
  FIELD ("color", KIN_FIELD_COLOR, "color", kin_principle, color),
  REF ("image", KIN_FIELD_REF, "image", kin_principle, image, &kin_format_asset, KIN_REF_NONE),
};

const KinEntityFormat kin_format_principle =
  ENTITY (kin_principle_get_type, N_("principle"), "principles", NULL, 0, 0, principle_fields);

static const KinFieldFormat standard_fields[] = {
  ID_FIELD,
  FIELD ("area", KIN_FIELD_TEXT, "area", kin_standard, area),
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_standard, title),
  FIELD ("detail", KIN_FIELD_TEXT, "detail", kin_standard, detail),
  SPECIAL ("target", KIN_SPECIAL_TARGET),
  FIELD ("question", KIN_FIELD_TEXT, "question", kin_standard, question),
  REF ("principles", KIN_FIELD_REF_LIST, "principles", kin_standard, principles,
       &kin_format_principle, KIN_REF_NONE),
  FIELD ("tsm", KIN_FIELD_STRV, "tsm", kin_standard, tsm),
};

static const KinFieldFormat target_fields[] = {
  FIELD ("value", KIN_FIELD_DOUBLE, "target-value", kin_standard, target_value),
  FIELD ("unit", KIN_FIELD_ENUM, "target-unit", kin_standard, target_unit),
  FIELD ("channel", KIN_FIELD_ENUM, "target-channel", kin_standard, target_channel),
};

const KinEntityFormat kin_format_target =
  ENTITY (kin_standard_get_type, N_("target"), "standards", NULL, 1, 0, target_fields);

const KinEntityFormat kin_format_standard =
  ENTITY (kin_standard_get_type, N_("standard"), "standards", NULL, 1, 0, standard_fields);

static const KinFieldFormat card_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_card, title),
  FIELD ("prompt", KIN_FIELD_TEXT, "prompt", kin_card, prompt),
  FIELD ("follow_ups", KIN_FIELD_STRV, "follow-ups", kin_card, follow_ups),
  REF ("principle", KIN_FIELD_REF, "principle", kin_card, principle,
       &kin_format_principle, KIN_REF_NONE),
  FIELD ("minutes", KIN_FIELD_INT, "minutes", kin_card, minutes),
};

const KinEntityFormat kin_format_card =
  ENTITY (kin_card_get_type, N_("card"), "decks", "cards", 2, 0, card_fields);

static const KinFieldFormat deck_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_deck, title),
  LIST ("cards", kin_deck_get_cards, &kin_format_card),
};

const KinEntityFormat kin_format_deck =
  ENTITY (kin_deck_get_type, N_("deck"), "decks", NULL, 2, 0, deck_fields);

static const KinFieldFormat cluster_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_cluster, title),
  FIELD ("x", KIN_FIELD_DOUBLE, "x", kin_cluster, x),
  FIELD ("y", KIN_FIELD_DOUBLE, "y", kin_cluster, y),
  FIELD ("width", KIN_FIELD_DOUBLE, "width", kin_cluster, width),
  FIELD ("height", KIN_FIELD_DOUBLE, "height", kin_cluster, height),
  FIELD ("color", KIN_FIELD_OPTIONAL_COLOR, "color", kin_cluster, color),
};

const KinEntityFormat kin_format_cluster =
  ENTITY (kin_cluster_get_type, N_("cluster"), "boards", "clusters", 3, 0, cluster_fields);

static const KinFieldFormat note_fields[] = {
  ID_FIELD,
  FIELD ("text", KIN_FIELD_TEXT, "text", kin_note, text),
  FIELD ("x", KIN_FIELD_DOUBLE, "x", kin_note, x),
  FIELD ("y", KIN_FIELD_DOUBLE, "y", kin_note, y),
  FIELD ("color", KIN_FIELD_COLOR, "color", kin_note, color),
  REF ("principle", KIN_FIELD_REF, "principle", kin_note, principle,
       &kin_format_principle, KIN_REF_NONE),
  FIELD ("voice", KIN_FIELD_ENUM, "voice", kin_note, voice),
  FIELD ("votes", KIN_FIELD_INT, "votes", kin_note, votes),
  REF ("cluster", KIN_FIELD_REF, "cluster", kin_note, cluster,
       &kin_format_cluster, KIN_REF_SAME_PARENT),
  FIELD ("hidden", KIN_FIELD_BOOL, "hidden", kin_note, hidden),
  /* After "votes", which the reader checks against the dots. */
  SPECIAL ("dots", KIN_SPECIAL_DOTS),
};

const KinEntityFormat kin_format_note =
  ENTITY (kin_note_get_type, N_("note"), "boards", "notes", 3, 1, note_fields);

static const KinFieldFormat board_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_board, title),
  FIELD ("question", KIN_FIELD_TEXT, "question", kin_board, question),
  FIELD ("votes_per_person", KIN_FIELD_INT, "votes-per-person", kin_board, votes_per_person),
  FIELD ("silent", KIN_FIELD_BOOL, "silent", kin_board, silent),
  FIELD ("voters", KIN_FIELD_STRV, "voters", kin_board, voters),
  LIST ("clusters", kin_board_get_clusters, &kin_format_cluster),
  LIST ("notes", kin_board_get_notes, &kin_format_note),
};

const KinEntityFormat kin_format_board =
  ENTITY (kin_board_get_type, N_("board"), "boards", NULL, 3, 0, board_fields);

static const KinFieldFormat statement_fields[] = {
  ID_FIELD,
  FIELD ("text", KIN_FIELD_TEXT, "text", kin_statement, text),
  REF ("principle", KIN_FIELD_REF, "principle", kin_statement, principle,
       &kin_format_principle, KIN_REF_NONE),
};

const KinEntityFormat kin_format_statement =
  ENTITY (kin_statement_get_type, N_("statement"), "assessments", "statements", 4, 0,
          statement_fields);

static const KinFieldFormat team_fields[] = {
  ID_FIELD,
  FIELD ("name", KIN_FIELD_TEXT, "name", kin_team, name),
  FIELD ("comment", KIN_FIELD_TEXT, "comment", kin_team, comment),
  SPECIAL ("scores", KIN_SPECIAL_SCORES),
};

const KinEntityFormat kin_format_team =
  ENTITY (kin_team_get_type, N_("team"), "assessments", "teams", 4, 1, team_fields);

static const KinFieldFormat assessment_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_assessment, title),
  FIELD ("date", KIN_FIELD_DATE, "date", kin_assessment, date),
  FIELD ("scale_max", KIN_FIELD_INT, "scale-max", kin_assessment, scale_max),
  LIST ("statements", kin_assessment_get_statements, &kin_format_statement),
  LIST ("teams", kin_assessment_get_teams, &kin_format_team),
};

const KinEntityFormat kin_format_assessment =
  ENTITY (kin_assessment_get_type, N_("assessment"), "assessments", NULL, 4, 0,
          assessment_fields);

static const KinFieldFormat stage_fields[] = {
  ID_FIELD,
  FIELD ("name", KIN_FIELD_TEXT, "name", kin_stage, name),
};

const KinEntityFormat kin_format_stage =
  ENTITY (kin_stage_get_type, N_("stage"), "journeys", "stages", 5, 0, stage_fields);

static const KinFieldFormat lane_fields[] = {
  ID_FIELD,
  FIELD ("kind", KIN_FIELD_ENUM, "kind", kin_lane, kind),
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_lane, title),
};

const KinEntityFormat kin_format_lane =
  ENTITY (kin_lane_get_type, N_("lane"), "journeys", "lanes", 5, 1, lane_fields);

static const KinFieldFormat cell_fields[] = {
  REF ("stage", KIN_FIELD_REF, "stage", kin_cell, stage,
       &kin_format_stage, KIN_REF_SAME_PARENT | KIN_REF_REQUIRED),
  REF ("lane", KIN_FIELD_REF, "lane", kin_cell, lane,
       &kin_format_lane, KIN_REF_SAME_PARENT | KIN_REF_REQUIRED),
  FIELD ("text", KIN_FIELD_TEXT, "text", kin_cell, text),
};

const KinEntityFormat kin_format_cell =
  ENTITY (kin_cell_get_type, N_("cell"), "journeys", "cells", 5, 2, cell_fields);

static const KinFieldFormat emotion_fields[] = {
  REF ("stage", KIN_FIELD_REF, "stage", kin_emotion, stage,
       &kin_format_stage, KIN_REF_SAME_PARENT | KIN_REF_REQUIRED),
  FIELD ("value", KIN_FIELD_INT, "value", kin_emotion, value),
};

const KinEntityFormat kin_format_emotion =
  ENTITY (kin_emotion_get_type, N_("emotion point"), "journeys", "emotions", 5, 3,
          emotion_fields);

static const KinFieldFormat journey_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_journey, title),
  FIELD ("persona", KIN_FIELD_TEXT, "persona", kin_journey, persona),
  FIELD ("scenario", KIN_FIELD_TEXT, "scenario", kin_journey, scenario),
  FIELD ("state", KIN_FIELD_ENUM, "state", kin_journey, state),
  LIST ("stages", kin_journey_get_stages, &kin_format_stage),
  LIST ("lanes", kin_journey_get_lanes, &kin_format_lane),
  LIST ("cells", kin_journey_get_cells, &kin_format_cell),
  LIST ("emotions", kin_journey_get_emotions, &kin_format_emotion),
};

const KinEntityFormat kin_format_journey =
  ENTITY (kin_journey_get_type, N_("journey"), "journeys", NULL, 5, 0, journey_fields);

static const KinFieldFormat gain_fields[] = {
  ID_FIELD,
  FIELD ("date", KIN_FIELD_DATE, "date", kin_gain, date),
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_gain, title),
  FIELD ("team", KIN_FIELD_TEXT, "team", kin_gain, team),
  FIELD ("who", KIN_FIELD_TEXT, "who", kin_gain, who),
  FIELD ("before", KIN_FIELD_TEXT, "before", kin_gain, before),
  FIELD ("change", KIN_FIELD_TEXT, "change", kin_gain, change),
  REF ("principles", KIN_FIELD_REF_LIST, "principles", kin_gain, principles,
       &kin_format_principle, KIN_REF_NONE),
  REF ("standards", KIN_FIELD_REF_LIST, "standards", kin_gain, standards,
       &kin_format_standard, KIN_REF_NONE),
  FIELD ("tsm", KIN_FIELD_STRV, "tsm", kin_gain, tsm),
  FIELD ("impact", KIN_FIELD_INT, "impact", kin_gain, impact),
  FIELD ("effort", KIN_FIELD_ENUM, "effort", kin_gain, effort),
  FIELD ("evidence", KIN_FIELD_TEXT, "evidence", kin_gain, evidence),
  FIELD ("status", KIN_FIELD_ENUM, "status", kin_gain, status),
  FIELD ("created", KIN_FIELD_TIMESTAMP, "created", kin_gain, created),
  FIELD ("modified", KIN_FIELD_TIMESTAMP, "modified", kin_gain, modified),
};

const KinEntityFormat kin_format_gain =
  ENTITY (kin_gain_get_type, N_("gain"), "gains", NULL, 6, 0, gain_fields);

/* An agenda item's "ref" names a deck, board, assessment or journey
 * depending on its kind; the reader checks it with code of its own, so the
 * target here is NULL (any entity). */
static const KinFieldFormat agenda_item_fields[] = {
  ID_FIELD,
  FIELD ("kind", KIN_FIELD_ENUM, "kind", kin_agenda_item, kind),
  REF ("ref", KIN_FIELD_REF, "ref", kin_agenda_item, ref, NULL, KIN_REF_NONE),
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_agenda_item, title),
  FIELD ("minutes", KIN_FIELD_INT, "minutes", kin_agenda_item, minutes),
  FIELD ("notes", KIN_FIELD_TEXT, "notes", kin_agenda_item, notes),
  OPTIONAL ("actual_start", KIN_FIELD_TIMESTAMP, "actual-start", kin_agenda_item, actual_start),
  FIELD ("actual_seconds", KIN_FIELD_INT, "actual-seconds", kin_agenda_item, actual_seconds),
};

const KinEntityFormat kin_format_agenda_item =
  ENTITY (kin_agenda_item_get_type, N_("agenda item"), "sessions", "agenda", 7, 0,
          agenda_item_fields);

static const KinFieldFormat capture_fields[] = {
  ID_FIELD,
  REF ("item", KIN_FIELD_REF, "item", kin_capture, item,
       &kin_format_agenda_item, KIN_REF_SAME_PARENT),
  REF ("card", KIN_FIELD_REF, "card", kin_capture, card, &kin_format_card, KIN_REF_NONE),
  FIELD ("text", KIN_FIELD_TEXT, "text", kin_capture, text),
  FIELD ("time", KIN_FIELD_TIMESTAMP, "time", kin_capture, time),
};

const KinEntityFormat kin_format_capture =
  ENTITY (kin_capture_get_type, N_("capture"), "sessions", "captures", 7, 1, capture_fields);

static const KinFieldFormat action_fields[] = {
  ID_FIELD,
  FIELD ("text", KIN_FIELD_TEXT, "text", kin_action, text),
  FIELD ("owner", KIN_FIELD_TEXT, "owner", kin_action, owner),
  FIELD ("due", KIN_FIELD_DATE, "due", kin_action, due),
  FIELD ("done", KIN_FIELD_BOOL, "done", kin_action, done),
};

const KinEntityFormat kin_format_action =
  ENTITY (kin_action_get_type, N_("action"), "sessions", "actions", 7, 2, action_fields);

static const KinFieldFormat session_fields[] = {
  ID_FIELD,
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_session, title),
  FIELD ("date", KIN_FIELD_DATE, "date", kin_session, date),
  FIELD ("start", KIN_FIELD_HHMM, "start", kin_session, start),
  FIELD ("facilitator", KIN_FIELD_TEXT, "facilitator", kin_session, facilitator),
  OPTIONAL ("end", KIN_FIELD_HHMM, "end", kin_session, end),
  LIST ("agenda", kin_session_get_agenda, &kin_format_agenda_item),
  LIST ("captures", kin_session_get_captures, &kin_format_capture),
  LIST ("actions", kin_session_get_actions, &kin_format_action),
};

const KinEntityFormat kin_format_session =
  ENTITY (kin_session_get_type, N_("session"), "sessions", NULL, 7, 0, session_fields);

/* Assets are stored as an object keyed by id rather than as an array; the
 * reader and writer handle them as KIN_SPECIAL_ASSETS. The entry here gives
 * the noun and place used in messages about references to them. */
static const KinFieldFormat asset_fields[] = {
  ID_FIELD,
};

const KinEntityFormat kin_format_asset =
  ENTITY (kin_asset_get_type, N_("asset"), "assets", NULL, 9, 0, asset_fields);

static const KinFieldFormat back_offset_fields[] = {
  FIELD ("x", KIN_FIELD_DOUBLE, "back-offset-x", kin_print_settings, back_offset_x),
  FIELD ("y", KIN_FIELD_DOUBLE, "back-offset-y", kin_print_settings, back_offset_y),
};

const KinEntityFormat kin_format_back_offset =
  ENTITY (kin_print_settings_get_type, N_("back offset"), "print", NULL, 8, 0,
          back_offset_fields);

static const KinFieldFormat print_fields[] = {
  FIELD ("template", KIN_FIELD_TEXT, "template", kin_print_settings, template),
  FIELD ("bleed_mm", KIN_FIELD_DOUBLE, "bleed-mm", kin_print_settings, bleed_mm),
  FIELD ("crop_marks", KIN_FIELD_BOOL, "crop-marks", kin_print_settings, crop_marks),
  FIELD ("duplex", KIN_FIELD_ENUM, "duplex", kin_print_settings, duplex),
  SPECIAL ("back_offset_mm", KIN_SPECIAL_BACK_OFFSET),
};

const KinEntityFormat kin_format_print =
  ENTITY (kin_print_settings_get_type, N_("print settings"), "print", NULL, 8, 0, print_fields);

/* "format" and "version" come first in every file; the writer puts them
 * there and the reader checks them before anything else. */
static const KinFieldFormat project_fields[] = {
  FIELD ("title", KIN_FIELD_TEXT, "title", kin_project, title),
  FIELD ("organisation", KIN_FIELD_TEXT, "organisation", kin_project, organisation),
  FIELD ("created", KIN_FIELD_TIMESTAMP, "created", kin_project, created),
  FIELD ("modified", KIN_FIELD_TIMESTAMP, "modified", kin_project, modified_timestamp),
  LIST ("principles", kin_project_get_principles, &kin_format_principle),
  LIST ("standards", kin_project_get_standards, &kin_format_standard),
  LIST ("decks", kin_project_get_decks, &kin_format_deck),
  LIST ("boards", kin_project_get_boards, &kin_format_board),
  LIST ("assessments", kin_project_get_assessments, &kin_format_assessment),
  LIST ("journeys", kin_project_get_journeys, &kin_format_journey),
  LIST ("gains", kin_project_get_gains, &kin_format_gain),
  LIST ("sessions", kin_project_get_sessions, &kin_format_session),
  SPECIAL ("print", KIN_SPECIAL_PRINT),
  SPECIAL ("assets", KIN_SPECIAL_ASSETS),
};

const KinEntityFormat kin_format_project =
  ENTITY (kin_project_get_type, N_("project"), NULL, NULL, 0, 0, project_fields);

/**
 * kin_format_field_pspec:
 * @format: an entity format
 * @field: one of its fields
 *
 * Finds the property that carries @field, whose range and enum type the
 * reader enforces so that it accepts exactly what the model accepts.
 *
 * Returns: (transfer none) (nullable): the property, or %NULL if the field
 *   has none
 */
GParamSpec *
kin_format_field_pspec (const KinEntityFormat *format,
                        const KinFieldFormat  *field)
{
  GObjectClass *klass;

  if (field->property == NULL)
    return NULL;

  klass = g_type_class_peek (format->get_type ());
  if (klass == NULL)
    klass = g_type_class_ref (format->get_type ());

  return g_object_class_find_property (klass, field->property);
}
