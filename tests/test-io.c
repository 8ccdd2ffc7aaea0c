/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kin-io-error.h"
#include "kin-json-guard.h"
#include "kin-json-peek.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-reader-private.h"

#define HEAD "{\"format\": \"kindling\", \"version\": 1, "

static const char png_base64[] =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC";
static const char jpeg_base64[] = "/9j/4AAQSkZJRgABAQAAAQABAAD/2Q==";
static const char svg_base64[] =
  "PD94bWwgdmVyc2lvbj0iMS4wIj8+CjwhLS0gYXJ0IC0tPgo8c3ZnIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8y"
  "MDAwL3N2ZyIgdmlld0JveD0iMCAwIDQgNCI+PHJlY3Qgd2lkdGg9IjQiIGhlaWdodD0iNCIvPjwvc3ZnPg==";
static const char html_base64[] = "PGh0bWw+PGJvZHk+bm90IGFuIGltYWdlPC9ib2R5PjwvaHRtbD4=";

static KinProject *
load_data (const char  *data,
           gsize        length,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return kin_project_read_bytes (bytes, "test.kindling", warnings, error);
}

static KinProject *
load_string (const char  *json,
             GPtrArray  **warnings,
             GError     **error)
{
  return load_data (json, strlen (json), warnings, error);
}

static void
assert_data_fails (const char *data,
                   gsize       length,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  KinProject *project = load_data (data, length, &warnings, &error);

  g_assert_null (project);
  g_assert_null (warnings);
  g_assert_error (error, KIN_IO_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_fails (const char *json,
              int         code,
              const char *message)
{
  assert_data_fails (json, strlen (json), code, message);
}

static const struct
{
  const char *json;
  int         code;
  const char *message;
} error_cases[] = {
  /* Syntax, with line and column counted in characters. */
  { "", KIN_IO_ERROR_SYNTAX, "test.kindling:1:1: the file is empty" },
  { "  \n ", KIN_IO_ERROR_SYNTAX, "test.kindling:2:2: unexpected end of file; expected a value" },
  { "{\n  \"format\": \"kindling\",\n  \"version\" 1\n}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:3:13: unexpected character '1'; expected ':' after the member name" },
  { "{\"format\": \"kindling\", }", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:24: unexpected character '}'; expected a member name in double quotes" },
  { "[1, 2,]", KIN_IO_ERROR_SYNTAX, "test.kindling:1:7: unexpected character ']'; expected a value after ','" },
  { "{\"title\": \"Zoë\" x}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:17: unexpected character 'x'; expected ',' or '}'" },
  { "{\"title\": \"abc\n}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:15: line break inside a string: write it as \\n, or add the missing closing quote" },
  { "{\"title\": \"abc", KIN_IO_ERROR_SYNTAX, "test.kindling:1:11: this string has no closing quote" },
  { "// comment\n{}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:1: unexpected character '/'; expected a value" },
  { "{'format': 1}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:2: unexpected character \"'\"; expected a member name in double quotes" },
  { "{\"a\": tru}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:7: unexpected word 'tru'; text must be in double quotes" },
  { "{\"a\": NaN}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:7: unexpected word 'NaN'; text must be in double quotes" },
  { "{\"a\": 0x10}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:8: unexpected character 'x'; expected ',' or '}'" },
  { "{\"a\": 012}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:7: a number must not start with 0" },
  { "{\"a\": 1.}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:9: unexpected character '}'; expected a digit after the decimal point" },
  { "{} {}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:4: unexpected character '{'; expected the end of the file" },
  { "{\"a\": \"\\x\"}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:8: unknown escape sequence: backslash followed by 'x'" },
  { "{\"a\": \"\\u12G4\"}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:8: \\u must be followed by four hexadecimal digits" },
  { "{\"a\": \"\\ud800\"}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:8: \\uD800 is half of a surrogate pair without its other half" },
  { "{\"a\": \"\\u0000\"}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:8: \\u0000 is not allowed: text cannot contain NUL characters" },
  { "{\"a\": \"tab\there\"}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:11: control character U+0009 inside a string: write it as \\u0009" },
  /* Invalid UTF-8: Latin-1, an overlong form, an encoded surrogate. */
  { "{\"title\": \"caf\xe9\"}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:15: invalid UTF-8" },
  { "{\"title\": \"\xc0\xaf\"}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:12: invalid UTF-8" },
  { "{\"title\": \"\xed\xa0\x80\"}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:12: invalid UTF-8" },
  { "{\"title\": \xff}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:11: invalid UTF-8" },
  { "{\"title\": é}", KIN_IO_ERROR_SYNTAX, "test.kindling:1:11: unexpected character U+00E9; expected a value" },
  /* Numbers json-glib would silently get wrong. */
  { HEAD "\"gains\": [{\"id\": \"g\", \"impact\": 99999999999999999999}]}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:70: this whole number is too large" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"impact\": -9223372036854775809}]}", KIN_IO_ERROR_SYNTAX,
    "test.kindling:1:70: this whole number is too large" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"impact\": 1e999}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].impact: expected an integer from 1 to 5, got a number too large to use" },
  /* Not a project, or from a newer version. */
  { "[]", KIN_IO_ERROR_NOT_KINDLING, "test.kindling is not a Kindling project" },
  { "{}", KIN_IO_ERROR_NOT_KINDLING, "test.kindling is not a Kindling project" },
  { "{\"format\": \"other\", \"version\": 1}", KIN_IO_ERROR_NOT_KINDLING, "test.kindling is not a Kindling project" },
  { "{\"format\": \"kindling\", \"version\": 3}", KIN_IO_ERROR_NEWER_VERSION,
    "test.kindling was saved by a newer Kindling (file format version 3); this version reads up to version 1" },
  { "{\"format\": \"kindling\", \"version\": 3, \"gains\": [5]}", KIN_IO_ERROR_NEWER_VERSION,
    "test.kindling was saved by a newer Kindling (file format version 3); this version reads up to version 1" },
  { "{\"format\": \"kindling\"}", KIN_IO_ERROR_SHAPE,
    "test.kindling: version: expected an integer of 1 or more, got nothing" },
  { "{\"format\": \"kindling\", \"version\": 0}", KIN_IO_ERROR_SHAPE,
    "test.kindling: version: expected an integer of 1 or more, got 0" },
  { "{\"format\": \"kindling\", \"version\": \"1\"}", KIN_IO_ERROR_SHAPE,
    "test.kindling: version: expected an integer of 1 or more, got \"1\"" },
  /* Wrong shapes, each at its path. */
  { HEAD "\"gains\": [{\"id\": \"g1\"}, {\"id\": \"g2\", \"impact\": \"high\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[1].impact: expected an integer from 1 to 5, got \"high\"" },
  { HEAD "\"principles\": [[]]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: principles[0]: expected an object, got an array" },
  { HEAD "\"decks\": [{\"id\": \"d\", \"cards\": [{\"id\": \"c0\"}, {\"id\": \"c1\"}, {\"id\": \"c2\"}, {}]}]}",
    KIN_IO_ERROR_SHAPE, "test.kindling: decks[0].cards[3].id: expected a non-empty string, got nothing" },
  { HEAD "\"gains\": [{\"id\": \"\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].id: expected a non-empty string, got \"\"" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"effort\": \"huge\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].effort: expected one of \"small\", \"medium\", \"large\", got \"huge\"" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"date\": \"2026-02-30\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].date: expected a date written as YYYY-MM-DD, such as \"2026-11-22\", got \"2026-02-30\"" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"created\": \"yesterday\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].created: expected a UTC time written as YYYY-MM-DDTHH:MM:SSZ, "
    "such as \"2026-11-22T10:15:00Z\", got \"yesterday\"" },
  { HEAD "\"principles\": [{\"id\": \"p\", \"color\": \"blue\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: principles[0].color: expected a colour written as #rrggbb, such as \"#3b6ea5\", got \"blue\"" },
  { HEAD "\"sessions\": [{\"id\": \"s\", \"start\": \"25:00\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: sessions[0].start: expected a time of day written as HH:MM, such as \"10:00\", got \"25:00\"" },
  { HEAD "\"boards\": [{\"id\": \"b\", \"notes\": [{\"id\": \"n\", \"votes\": -1}]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: boards[0].notes[0].votes: expected an integer of 0 or more, got -1" },
  { HEAD "\"decks\": [{\"id\": \"d\", \"cards\": [{\"id\": \"c\", \"minutes\": 2.5}]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: decks[0].cards[0].minutes: expected an integer from 0 to 240, got 2.5" },
  { HEAD "\"title\": 5}", KIN_IO_ERROR_SHAPE, "test.kindling: title: expected a string, got 5" },
  { HEAD "\"gains\": {}}", KIN_IO_ERROR_SHAPE, "test.kindling: gains: expected an array, got an object" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"tsm\": [\"TP01\", 7]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].tsm[1]: expected a string, got 7" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"principles\": [\"\"]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].principles[0]: expected an id (a non-empty string), got \"\"" },
  { HEAD "\"standards\": [{\"id\": \"s\", \"target\": \"soon\"}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: standards[0].target: expected an object or null, got \"soon\"" },
  { HEAD "\"standards\": [{\"id\": \"s\", \"target\": {\"value\": 5, \"unit\": \"weeks\"}}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: standards[0].target.unit: expected one of \"minutes\", \"hours\", \"working-days\", "
    "\"days\", \"rings\", \"percent\", got \"weeks\"" },
  { HEAD "\"print\": {\"back_offset_mm\": {\"x\": 99}}}", KIN_IO_ERROR_SHAPE,
    "test.kindling: print.back_offset_mm.x: expected a number from -50 to 50, got 99" },
  { HEAD "\"print\": {\"crop_marks\": \"yes\"}}", KIN_IO_ERROR_SHAPE,
    "test.kindling: print.crop_marks: expected true or false, got \"yes\"" },
  { HEAD "\"assessments\": [{\"id\": \"a\", \"teams\": [{\"id\": \"t\", \"scores\": {\"s1\": \"4\"}}]}]}",
    KIN_IO_ERROR_SHAPE, "test.kindling: assessments[0].teams[0].scores.s1: expected a number, got \"4\"" },
  { HEAD "\"journeys\": [{\"id\": \"j\", \"cells\": [{\"stage\": 5}]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: journeys[0].cells[0].stage: expected an id (a non-empty string) or null, got 5" },
  { HEAD "\"journeys\": [{\"id\": \"j\", \"emotions\": [{\"stage\": \"s\", \"value\": 3}]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: journeys[0].emotions[0].value: expected an integer from -2 to 2, got 3" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"title\": [\"a\"]}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].title: expected a string, got an array" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"impact\": true}]}", KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].impact: expected an integer from 1 to 5, got true" },
  { HEAD "\"gains\": [{\"id\": \"g\", \"status\": \"A very long status that nobody would ever type in\"}]}",
    KIN_IO_ERROR_SHAPE,
    "test.kindling: gains[0].status: expected one of \"idea\", \"trying\", \"adopted\", \"shared\", "
    "\"dropped\", got \"A very long status that nobody would eve\"…" },
  /* Duplicate ids name both places, in file order. */
  { HEAD "\"principles\": [{\"id\": \"x\"}], \"gains\": [{\"id\": \"g\"}, {\"id\": \"h\"}, {\"id\": \"x\"}]}",
    KIN_IO_ERROR_DUPLICATE_ID,
    "test.kindling: the id \"x\" is used twice, at principles[0].id and at gains[2].id; ids must be unique" },
  { HEAD "\"decks\": [{\"id\": \"d1\", \"cards\": [{\"id\": \"c\"}]}, {\"id\": \"d2\", \"cards\": [{\"id\": \"e\"}, {\"id\": \"c\"}]}]}",
    KIN_IO_ERROR_DUPLICATE_ID,
    "test.kindling: the id \"c\" is used twice, at decks[0].cards[0].id and at decks[1].cards[1].id; ids must be unique" },
  /* Assets. */
  { HEAD "\"assets\": {\"logo\": {\"mime\": \"image/png\", \"data\": \"iVBOR!w0\"}}}", KIN_IO_ERROR_ASSET,
    "test.kindling: assets.logo.data: not valid base64: unexpected character '!' at position 5" },
  { HEAD "\"assets\": {\"logo\": {\"mime\": \"image/png\", \"data\": \"QQ=A\"}}}", KIN_IO_ERROR_ASSET,
    "test.kindling: assets.logo.data: not valid base64: \"=\" may only appear at the end" },
  { HEAD "\"assets\": {\"logo\": {\"mime\": \"image/png\", \"data\": \"QQQ\"}}}", KIN_IO_ERROR_ASSET,
    "test.kindling: assets.logo.data: not valid base64: the data is cut short or has extra characters" },
  { HEAD "\"assets\": {\"logo\": {\"mime\": \"image/gif\", \"data\": \"\"}}}", KIN_IO_ERROR_SHAPE,
    "test.kindling: assets.logo.mime: expected one of \"image/png\", \"image/jpeg\", \"image/svg+xml\", got \"image/gif\"" },
  { HEAD "\"assets\": {\"my logo\": {\"mime\": \"image/jpeg\"}}}", KIN_IO_ERROR_SHAPE,
    "test.kindling: assets[\"my logo\"].data: expected a base64 string, got nothing" },
};

static void
test_error_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *escaped = g_strescape (error_cases[i].json, NULL);

      g_test_message ("case %u: %s", i, escaped);
      assert_fails (error_cases[i].json, error_cases[i].code, error_cases[i].message);
    }
}

static void
test_asset_content (void)
{
  g_autofree char *png_as_jpeg = g_strdup_printf (HEAD "\"assets\": {\"a\": {\"mime\": \"image/jpeg\", \"data\": \"%s\"}}}",
                                                  png_base64);
  g_autofree char *jpeg_as_png = g_strdup_printf (HEAD "\"assets\": {\"a\": {\"mime\": \"image/png\", \"data\": \"%s\"}}}",
                                                  jpeg_base64);
  g_autofree char *html_as_svg = g_strdup_printf (HEAD "\"assets\": {\"a\": {\"mime\": \"image/svg+xml\", \"data\": \"%s\"}}}",
                                                  html_base64);
  g_autofree char *good = g_strdup_printf (HEAD "\"principles\": [{\"id\": \"p\", \"image\": \"b\"}], \"assets\": {"
                                           "\"a\": {\"mime\": \"image/png\", \"data\": \"%s\"}, "
                                           "\"b\": {\"mime\": \"image/jpeg\", \"data\": \"%s\"}, "
                                           "\"c\": {\"mime\": \"image/svg+xml\", \"data\": \"%.20s\\n%s\"}}}",
                                           png_base64, jpeg_base64, svg_base64, svg_base64 + 20);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinPrinciple) principle = NULL;
  KinAssetStore *store;
  KinAsset *asset;
  gsize length;
  const guchar *data;

  assert_fails (png_as_jpeg, KIN_IO_ERROR_ASSET,
                "test.kindling: assets.a.data: the data is a PNG image, but \"mime\" says image/jpeg");
  assert_fails (jpeg_as_png, KIN_IO_ERROR_ASSET,
                "test.kindling: assets.a.data: the data is a JPEG image, but \"mime\" says image/png");
  assert_fails (html_as_svg, KIN_IO_ERROR_ASSET, "test.kindling: assets.a.data: the data is not an SVG image");

  /* Line breaks inside base64 are allowed; the content is decoded. */
  project = load_string (good, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  store = kin_project_get_assets (project);
  g_assert_cmpuint (g_list_model_get_n_items (kin_asset_store_get_assets (store)), ==, 3);

  asset = kin_asset_store_lookup (store, "a");
  g_assert_cmpstr (kin_asset_get_mime (asset), ==, "image/png");
  data = g_bytes_get_data (kin_asset_get_data (asset), &length);
  g_assert_cmpuint (length, ==, 69);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);

  asset = kin_asset_store_lookup (store, "c");
  g_assert_cmpstr (kin_asset_get_mime (asset), ==, "image/svg+xml");
  data = g_bytes_get_data (kin_asset_get_data (asset), &length);
  g_assert_true (g_str_has_prefix ((const char *) data, "<?xml version=\"1.0\"?>"));

  principle = g_list_model_get_item (kin_project_get_principles (project), 0);
  g_assert_cmpstr (kin_principle_get_image (principle), ==, "b");
}

static void
test_nul_and_nesting (void)
{
  static const char with_nul[] = "{\"title\": \"a\0b\"}";
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) deep_objects = g_string_new (NULL);
  g_autoptr(GString) ok = g_string_new (NULL);

  assert_data_fails (with_nul, sizeof with_nul - 1, KIN_IO_ERROR_SYNTAX,
                     "test.kindling:1:13: NUL byte; the file is damaged or is not a text file");
  assert_data_fails ("\0\0\0", 3, KIN_IO_ERROR_SYNTAX,
                     "test.kindling:1:1: NUL byte; the file is damaged or is not a text file");

  /* json-glib 1.6 recurses once per level and overflows the stack on such
   * input; the guard stops it at level 65. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, ']');
  assert_fails (deep->str, KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:65: arrays and objects are nested more than 64 deep");

  for (guint i = 0; i < 100000; i++)
    g_string_append (deep_objects, "{\"a\":");
  assert_fails (deep_objects->str, KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:321: arrays and objects are nested more than 64 deep");

  /* 64 levels are fine as JSON (and then not a project). */
  g_string_append (ok, HEAD "\"x\": ");
  for (guint i = 0; i < 63; i++)
    g_string_append_c (ok, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (ok, ']');
  g_string_append_c (ok, '}');
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KinProject) project = load_string (ok->str, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (project);
  }
}

static void
test_big_string (void)
{
  g_autoptr(GString) json = g_string_new (HEAD "\"title\": \"");
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 1024 * 1024;

  for (gsize i = 0; i < size; i++)
    g_string_append_c (json, 'a' + i % 26);
  g_string_append (json, "\", \"organisation\": \"Brookfield\" }");

  project = load_string (json->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (kin_project_get_title (project)), ==, size);
  g_assert_cmpstr (kin_project_get_organisation (project), ==, "Brookfield");
}

static void
test_dangling_references (void)
{
  static const char json[] = HEAD
    "\"principles\": [{\"id\": \"p1\", \"image\": \"no-image\"}],"
    "\"standards\": [{\"id\": \"s1\", \"principles\": [\"p1\", \"p-gone\"]}],"
    "\"decks\": [{\"id\": \"d1\", \"cards\": [{\"id\": \"c1\", \"principle\": \"s1\"}]}],"
    "\"boards\": [{\"id\": \"b1\", \"clusters\": [{\"id\": \"k1\"}], \"notes\": [{\"id\": \"n1\", \"cluster\": \"k1\"}]},"
    "             {\"id\": \"b2\", \"notes\": [{\"id\": \"n2\", \"cluster\": \"k1\"}]}],"
    "\"assessments\": [{\"id\": \"a1\", \"statements\": [{\"id\": \"st1\"}],"
    "                   \"teams\": [{\"id\": \"t1\", \"scores\": {\"st1\": 4, \"st-x\": 2}}]}],"
    "\"journeys\": [{\"id\": \"j1\", \"stages\": [{\"id\": \"sg1\"}], \"lanes\": [{\"id\": \"l1\"}],"
    "                \"cells\": [{\"stage\": \"sg1\", \"lane\": \"l1\", \"text\": \"kept\"},"
    "                          {\"stage\": \"sg-x\", \"lane\": \"l1\", \"text\": \"dropped\"},"
    "                          {\"lane\": \"l1\", \"text\": \"no stage\"}],"
    "                \"emotions\": [{\"stage\": \"sg-x\", \"value\": 1}]}],"
    "\"gains\": [{\"id\": \"g0\"}, {\"id\": \"g1\", \"principles\": [\"p1\", \"p-x\"], \"standards\": [\"s1\"]}],"
    "\"sessions\": [{\"id\": \"se1\", \"agenda\": [{\"id\": \"i1\", \"kind\": \"cards\", \"ref\": \"b1\"},"
    "                                          {\"id\": \"i2\", \"kind\": \"board\", \"ref\": \"b1\"}],"
    "                \"captures\": [{\"id\": \"cp1\", \"item\": \"i-x\", \"card\": \"c1\"}]}]}";
  static const char * const expected[] = {
    "principles[0].image: no asset with id \"no-image\"; cleared",
    "standards[0].principles[1]: no principle with id \"p-gone\"; removed",
    "decks[0].cards[0].principle: no principle with id \"s1\"; cleared",
    "boards[1].notes[0].cluster: no cluster with id \"k1\"; cleared",
    "assessments[0].teams[0].scores.st-x: no statement with id \"st-x\"; removed",
    "journeys[0].cells[1]: no stage with id \"sg-x\"; the cell was removed",
    "journeys[0].cells[2]: no stage given; the cell was removed",
    "journeys[0].emotions[0]: no stage with id \"sg-x\"; the emotion point was removed",
    "gains[1].principles[1]: no principle with id \"p-x\"; removed",
    "sessions[0].agenda[0].ref: no deck with id \"b1\"; cleared",
    "sessions[0].captures[0].item: no agenda item with id \"i-x\"; cleared",
  };
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinGain) gain = NULL;
  g_autoptr(KinJourney) journey = NULL;
  g_autoptr(KinCell) cell = NULL;
  g_autoptr(KinSession) session = NULL;
  g_autoptr(KinAgendaItem) item = NULL;
  g_autoptr(KinCapture) capture = NULL;
  g_autoptr(KinAssessment) assessment = NULL;
  g_autoptr(KinTeam) team = NULL;
  double score;

  project = load_string (json, &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  for (guint i = 0; i < MIN (warnings->len, G_N_ELEMENTS (expected)); i++)
    g_assert_cmpstr (g_ptr_array_index (warnings, i), ==, expected[i]);
  g_assert_cmpuint (warnings->len, ==, G_N_ELEMENTS (expected));

  gain = g_list_model_get_item (kin_project_get_gains (project), 1);
  g_assert_cmpuint (g_strv_length ((char **) kin_gain_get_principles (gain)), ==, 1);
  g_assert_cmpstr (kin_gain_get_principles (gain)[0], ==, "p1");
  g_assert_cmpstr (kin_gain_get_standards (gain)[0], ==, "s1");

  journey = g_list_model_get_item (kin_project_get_journeys (project), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_journey_get_cells (journey)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kin_journey_get_emotions (journey)), ==, 0);
  cell = g_list_model_get_item (kin_journey_get_cells (journey), 0);
  g_assert_cmpstr (kin_cell_get_text (cell), ==, "kept");

  session = g_list_model_get_item (kin_project_get_sessions (project), 0);
  item = g_list_model_get_item (kin_session_get_agenda (session), 0);
  g_assert_null (kin_agenda_item_get_ref (item));
  g_clear_object (&item);
  item = g_list_model_get_item (kin_session_get_agenda (session), 1);
  g_assert_cmpstr (kin_agenda_item_get_ref (item), ==, "b1");
  capture = g_list_model_get_item (kin_session_get_captures (session), 0);
  g_assert_null (kin_capture_get_item (capture));
  g_assert_cmpstr (kin_capture_get_card (capture), ==, "c1");

  assessment = g_list_model_get_item (kin_project_get_assessments (project), 0);
  team = g_list_model_get_item (kin_assessment_get_teams (assessment), 0);
  g_assert_true (kin_team_get_score (team, "st1", &score));
  g_assert_cmpfloat (score, ==, 4.0);
  g_assert_false (kin_team_get_score (team, "st-x", &score));
}

static char *
first_gain_id (KinProject *project)
{
  g_autoptr(KinGain) gain = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_gains (project)), ==, 1);
  gain = g_list_model_get_item (kin_project_get_gains (project), 0);
  return g_strdup (kin_object_get_id (KIN_OBJECT (gain)));
}

/* Members given twice are refused, however their names are written:
 * json-glib would keep the last one only, and take quadratic time over it. */
static void
test_repeated_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GString) many = g_string_new ("{\"format\": \"kindling\", \"version\": 1, \"x\": {");
  g_autofree char *id = NULL;

  assert_fails (HEAD "\"gains\": [{\"id\": \"a\"}], \"gains\": [{\"id\": \"b\"}]}", KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:62: \"gains\" is given twice in the same object; names must be unique");
  assert_fails (HEAD "\"gains\": [], \"ga\\u0069ns\": []}", KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:51: \"ga\\u0069ns\" is given twice in the same object; names must be unique");
  assert_fails (HEAD "\"gains\": [{\"id\": \"a\", \"title\": \"x\", \"id\": \"b\"}]}", KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:74: \"id\" is given twice in the same object; names must be unique");

  /* Big objects switch to a hash table; repeats are still found there, and
   * the same name in sibling or nested objects is fine. */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, "\"k%u\": {\"k%u\": 1}, ", i, i);
  g_string_append (many, "\"k99\": 0}}");
  assert_fails (many->str, KIN_IO_ERROR_SYNTAX,
                "test.kindling:1:1924: \"k99\" is given twice in the same object; names must be unique");

  project = load_string ("\xef\xbb\xbf" HEAD "\"gains\": [{\"id\": \"b\", \"x\": {\"id\": 1}}], \"x\": {\"id\": 2}}",
                         NULL, &error);
  g_assert_no_error (error);
  id = first_gain_id (project);
  g_assert_cmpstr (id, ==, "b");
}

static void
test_size_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_sized_new (2 * KIN_JSON_GUARD_MAX_VALUES + 16);

  /* The size is checked before a byte is read. */
  g_assert_false (kin_json_guard_check ("", KIN_JSON_GUARD_MAX_SIZE + 1, "huge.kindling", NULL, NULL, &error));
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "huge.kindling is too large to open (1.0\u00a0GiB; the limit is 1 GiB)");
  g_clear_error (&error);

  g_string_append_c (many, '[');
  for (guint i = 0; i < KIN_JSON_GUARD_MAX_VALUES; i++)
    g_string_append (many, "0,");
  g_string_append (many, "0]");
  assert_fails (many->str, KIN_IO_ERROR_TOO_LARGE,
                "test.kindling is too large to open: it holds more than 16000000 values");
}

static char *
source_path (const char *first,
             ...)
{
  const char *root = g_getenv ("KINDLING_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) (root != NULL ? root : "."));
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static KinProject *
load_path (const char  *path,
           GPtrArray  **warnings,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return kin_project_load_file (file, warnings, NULL, error);
}

static void
test_starter (void)
{
  g_autofree char *path = source_path ("data", "starter", "starter.kindling", NULL);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KinDeck) deck = NULL;
  g_autoptr(KinAssessment) assessment = NULL;
  g_autoptr(KinBoard) board = NULL;
  guint n;

  project = load_path (path, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  g_assert_cmpstr (kin_project_get_organisation (project), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_principles (project)), ==, 7);
  n = g_list_model_get_n_items (kin_project_get_standards (project));
  g_assert_cmpuint (n, >=, 12);
  g_assert_cmpuint (n, <=, 16);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_decks (project)), ==, 1);
  deck = g_list_model_get_item (kin_project_get_decks (project), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_deck_get_cards (deck)), >=, 21);
  board = g_list_model_get_item (kin_project_get_boards (project), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_board_get_notes (board)), >=, 16);
  assessment = g_list_model_get_item (kin_project_get_assessments (project), 0);
  g_assert_cmpuint (g_list_model_get_n_items (kin_assessment_get_statements (assessment)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_journeys (project)), ==, 1);
  n = g_list_model_get_n_items (kin_project_get_gains (project));
  g_assert_cmpuint (n, >=, 18);
  g_assert_cmpuint (n, <=, 22);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_sessions (project)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kin_asset_store_get_assets (kin_project_get_assets (project))), ==, 7);
  g_assert_false (kin_project_get_modified (project));
}

/* Runs @func on every file of a fixtures directory with a given suffix. */
static guint
foreach_fixture (const char  *dir_name,
                 void       (*func) (const char *path))
{
  g_autofree char *dir_path = source_path ("tests", "fixtures", dir_name, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".kindling"))
        g_ptr_array_add (names, g_build_filename (dir_path, name, NULL));
    }

  for (guint i = 0; i < names->len; i++)
    {
      g_test_message ("fixture %s", (char *) names->pdata[i]);
      func (names->pdata[i]);
    }

  return names->len;
}

static void
check_valid_fixture (const char *path)
{
  g_autoptr(KinProject) project = NULL;
  g_autoptr(KinProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  project = load_path (path, NULL, &error);
  g_assert_no_error (error);

  first = kin_project_write_bytes (project);
  again = kin_project_read_bytes (first, "again.kindling", NULL, &error);
  g_assert_no_error (error);
  second = kin_project_write_bytes (again);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_valid_fixtures (void)
{
  g_assert_cmpuint (foreach_fixture ("valid", check_valid_fixture), >=, 2);
}

/* Each bad fixture NAME.kindling has NAME.expected beside it: the error
 * code's name (SYNTAX, SHAPE...) on the first line, the message on the
 * second. */
static void
check_bad_fixture (const char *path)
{
  static const char * const codes[] = {
    "SYNTAX", "SHAPE", "NEWER_VERSION", "NOT_KINDLING", "DUPLICATE_ID", "ASSET", "TOO_LARGE", "FAILED",
  };
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".kindling"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  lines = g_strsplit (expected, "\n", 3);
  g_assert_cmpuint (g_strv_length (lines), >=, 2);

  project = load_path (path, NULL, &error);
  g_assert_null (project);
  g_assert_nonnull (error);
  g_assert_true (error->domain == KIN_IO_ERROR);
  g_assert_cmpstr (codes[error->code], ==, lines[0]);
  g_assert_cmpstr (error->message, ==, lines[1]);
}

static void
test_bad_fixtures (void)
{
  g_assert_cmpuint (foreach_fixture ("bad", check_bad_fixture), >=, 5);
}

static gboolean
peek_version (const char *text,
              gint64     *version)
{
  return kin_json_peek_version (text, strlen (text), version);
}

static void
test_guard_helpers (void)
{
  guint line, column;
  gint64 version = 0;

  kin_json_guard_position ("ab\ncé\nd", 6, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 3);

  g_assert_true (peek_version ("{\"format\": \"kindling\", \"version\": 2}", &version));
  g_assert_cmpint (version, ==, 2);
  g_assert_true (peek_version ("{\"a\": [1, {\"version\": 9}], \"b\": \"}\", \"version\": 7, ", &version));
  g_assert_cmpint (version, ==, 7);
  g_assert_false (peek_version ("{\"format\": \"kindling\", \"versio", &version));
  g_assert_false (peek_version ("[1]", &version));
  g_assert_false (peek_version ("{\"version\": 1.5}", &version));
}

static gboolean
rename_name_step (JsonObject  *root,
                  GError     **error)
{
  JsonNode *name = json_object_dup_member (root, "name");

  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 0);
  json_object_set_member (root, "title", name);
  json_object_remove_member (root, "name");
  return TRUE;
}

static gboolean
add_organisation_step (JsonObject  *root,
                       GError     **error)
{
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (json_object_has_member (root, "title"));
  json_object_set_string_member (root, "organisation", "Added");
  return TRUE;
}

static gboolean
failing_step (JsonObject  *root,
              GError     **error)
{
  g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_FAILED, "cannot upgrade");
  return FALSE;
}

static void
test_migration_hook (void)
{
  static const KinMigrationFunc steps[] = { rename_name_step, add_organisation_step };
  static const KinMigrationFunc broken[] = { failing_step };
  g_autoptr(JsonNode) node = json_from_string ("{\"version\": 0, \"name\": \"Old\"}", NULL);
  JsonObject *root = json_node_get_object (node);
  g_autoptr(GError) error = NULL;

  g_assert_true (kin_project_reader_migrate (root, 0, 2, steps, &error));
  g_assert_no_error (error);
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Old");
  g_assert_cmpstr (json_object_get_string_member (root, "organisation"), ==, "Added");
  g_assert_false (json_object_has_member (root, "name"));

  /* Nothing to do at the current version. */
  g_assert_true (kin_project_reader_migrate (root, 2, 2, broken, &error));

  g_assert_false (kin_project_reader_migrate (root, 0, 1, broken, &error));
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_FAILED);
}

/* Loading and saving files */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kindling-test-io-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
remove_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
save_path (KinProject  *project,
           const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return kin_project_save_file (project, file, NULL, error);
}

static void
test_save_keeps_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "project.kindling", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(KinProject) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *kept = NULL;

  kin_project_set_title (project, "First");
  g_assert_true (save_path (project, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  first = read_text (path);

  kin_project_set_title (project, "Second");
  g_assert_true (save_path (project, path, &error));
  g_assert_no_error (error);
  second = read_text (path);
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, first);
  g_assert_nonnull (strstr (second, "\"title\": \"Second\""));
  /* The file and its backup, no temporary file left behind. */
  g_assert_cmpuint (count_entries (dir), ==, 2);

  loaded = load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kin_project_get_title (loaded), ==, "Second");

  remove_dir (dir);
}

static void
test_save_refuses_newer_file (void)
{
  static const char future[] = "{\"format\": \"kindling\", \"version\": 2, \"title\": \"Future\"}";
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "future.kindling", NULL);
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, future, -1, NULL));
  g_assert_false (save_path (project, path, &error));
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_NEWER_VERSION);
  g_assert_true (g_str_has_prefix (error->message,
                                   "future.kindling was saved by a newer Kindling (file format version 2)"));

  after = read_text (path);
  g_assert_cmpstr (after, ==, future);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  remove_dir (dir);
}

static void
test_save_unwritable_directory (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can write into read-only directories; see /io/file/save-write-failure");
      return;
    }

  dir = make_temp_dir ();
  path = g_build_filename (dir, "old.kindling", NULL);
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (save_path (project, path, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  after = read_text (path);
  g_assert_cmpstr (after, ==, "old contents");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  remove_dir (dir);
}

/* A file size limit makes writing fail half-way, as a full disk would, and
 * works even for root. */
static void
test_save_write_failure (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "old.kindling", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.kindling", NULL);
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *after = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  for (guint i = 0; i < 64 * 1024; i++)
    g_string_append_c (title, 'x');
  kin_project_set_title (project, title->str);

  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 4096;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  g_assert_false (save_path (project, path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (save_path (project, new_path, &error));
  g_assert_nonnull (error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  after = read_text (path);
  g_assert_cmpstr (after, ==, "old contents");
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 1);

  remove_dir (dir);
}

static void
test_load_file_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.kindling", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.kindling", NULL);
  g_autoptr(KinProject) project = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": ", -1, NULL));
  project = load_path (path, &warnings, &error);
  g_assert_null (project);
  g_assert_null (warnings);
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==, "broken.kindling:1:12: unexpected end of file; expected a value");
  g_clear_error (&error);

  project = load_path (missing, &warnings, &error);
  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A device would be read for ever; it is refused before reading. */
  project = load_path ("/dev/zero", &warnings, &error);
  g_assert_null (project);
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "zero is not a project file: it is not a regular file");
  g_clear_error (&error);

  project = load_path (dir, &warnings, &error);
  g_assert_null (project);
  g_assert_error (error, KIN_IO_ERROR, KIN_IO_ERROR_FAILED);

  remove_dir (dir);
}

typedef struct
{
  GMainLoop  *loop;
  KinProject *project;
  GPtrArray  *warnings;
  GError     *error;
  gboolean    saved;
} AsyncData;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncData *data = user_data;

  data->saved = kin_project_save_file_finish (KIN_PROJECT (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  g_assert_null (source);
  data->project = kin_project_load_file_finish (result, &data->warnings, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "async.kindling", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/kindling.kindling");
  g_autoptr(KinProject) project = kin_project_new ();
  AsyncData data = { g_main_loop_new (NULL, FALSE), NULL, NULL, NULL, FALSE };

  kin_project_set (project, project, "title", "Async", NULL);
  g_assert_true (kin_project_get_modified (project));

  kin_project_save_file_async (project, file, NULL, saved_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_true (data.saved);
  g_assert_false (kin_project_get_modified (project));

  /* An edit made while the file is being written is not in the file, so
   * the project stays modified. */
  kin_project_save_file_async (project, file, NULL, saved_cb, &data);
  kin_project_set (project, project, "title", "Changed meanwhile", NULL);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_true (kin_project_get_modified (project));

  kin_project_load_file_async (file, NULL, loaded_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.project);
  g_assert_cmpuint (data.warnings->len, ==, 0);
  g_assert_cmpstr (kin_project_get_title (data.project), ==, "Async");
  g_clear_object (&data.project);
  g_clear_pointer (&data.warnings, g_ptr_array_unref);

  kin_project_load_file_async (missing, NULL, loaded_cb, &data);
  g_main_loop_run (data.loop);
  g_assert_null (data.project);
  g_assert_null (data.warnings);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&data.error);

  g_main_loop_unref (data.loop);
  remove_dir (dir);
}

static void
test_undo_after_save (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "undo.kindling", NULL);
  g_autoptr(KinProject) project = kin_project_new ();
  g_autoptr(GError) error = NULL;

  kin_project_set (project, project, "title", "Before", NULL);
  g_assert_true (kin_project_get_modified (project));

  g_assert_true (save_path (project, path, &error));
  g_assert_no_error (error);
  g_assert_false (kin_project_get_modified (project));

  g_assert_true (kin_project_undo (project));
  g_assert_true (kin_project_get_modified (project));
  g_assert_true (kin_project_redo (project));
  g_assert_false (kin_project_get_modified (project));

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/errors", test_error_cases);
  g_test_add_func ("/io/assets", test_asset_content);
  g_test_add_func ("/io/nul-and-nesting", test_nul_and_nesting);
  g_test_add_func ("/io/big-string", test_big_string);
  g_test_add_func ("/io/repeated-members", test_repeated_members);
  g_test_add_func ("/io/size-limits", test_size_limits);
  g_test_add_func ("/io/dangling-references", test_dangling_references);
  g_test_add_func ("/io/starter", test_starter);
  g_test_add_func ("/io/fixtures/valid", test_valid_fixtures);
  g_test_add_func ("/io/fixtures/bad", test_bad_fixtures);
  g_test_add_func ("/io/guard-helpers", test_guard_helpers);
  g_test_add_func ("/io/migration", test_migration_hook);
  g_test_add_func ("/io/file/save-keeps-backup", test_save_keeps_backup);
  g_test_add_func ("/io/file/save-refuses-newer-file", test_save_refuses_newer_file);
  g_test_add_func ("/io/file/save-unwritable-directory", test_save_unwritable_directory);
  g_test_add_func ("/io/file/save-write-failure", test_save_write_failure);
  g_test_add_func ("/io/file/load-errors", test_load_file_errors);
  g_test_add_func ("/io/file/async", test_async);
  g_test_add_func ("/io/file/undo-after-save", test_undo_after_save);

  return g_test_run ();
}
