/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-test-flatpak"

#include "config.h"

#include <json-glib/json-glib.h>

/* The manifest is the only place where the sandbox is described, so these
 * tests pin down what it promises: the right application, built with meson,
 * a display and GPU but no files and no network. */

static JsonObject *
load_manifest (JsonParser **out_parser)
{
  const char *root = g_getenv ("KINDLING_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_assert_nonnull (root);
  path = g_build_filename (root, "flatpak", BASE_APPLICATION_ID ".json", NULL);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  node = json_parser_get_root (parser);
  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  *out_parser = g_steal_pointer (&parser);
  return json_node_get_object (node);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static void
test_manifest_identity (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);

  g_assert_cmpstr (get_string (manifest, "id"), ==, "io.github.kindling.Kindling");
  g_assert_cmpstr (get_string (manifest, "id"), ==, BASE_APPLICATION_ID);
  g_assert_cmpstr (get_string (manifest, "command"), ==, "kindling");
  g_assert_cmpstr (get_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (get_string (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_nonnull (get_string (manifest, "runtime-version"));
}

static void
test_manifest_module (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *modules;
  JsonObject *kindling = NULL;
  JsonArray *sources;
  JsonObject *source;
  guint n_named = 0;

  g_assert_true (json_object_has_member (manifest, "modules"));
  modules = json_object_get_array_member (manifest, "modules");
  g_assert_nonnull (modules);

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);
      JsonObject *module;

      /* A module may also be a string naming another manifest file. */
      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      module = json_node_get_object (node);
      if (g_strcmp0 (get_string (module, "name"), "kindling") == 0)
        {
          kindling = module;
          n_named++;
        }
    }

  g_assert_cmpuint (n_named, ==, 1);
  g_assert_nonnull (kindling);
  g_assert_cmpstr (get_string (kindling, "buildsystem"), ==, "meson");

  /* The application is built from the tree the manifest sits in, so that a
   * local build always matches the checked-out source. */
  g_assert_true (json_object_has_member (kindling, "sources"));
  sources = json_object_get_array_member (kindling, "sources");
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  source = json_array_get_object_element (sources, 0);
  g_assert_nonnull (source);
  g_assert_cmpstr (get_string (source, "type"), ==, "dir");
  g_assert_cmpstr (get_string (source, "path"), ==, "..");
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node)
          && g_strcmp0 (json_node_get_string (node), value) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_manifest_sandbox (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *args;

  g_assert_true (json_object_has_member (manifest, "finish-args"));
  args = json_object_get_array_member (manifest, "finish-args");
  g_assert_nonnull (args);

  g_assert_true (array_has_string (args, "--socket=wayland"));
  g_assert_true (array_has_string (args, "--socket=fallback-x11"));
  g_assert_true (array_has_string (args, "--share=ipc"));
  g_assert_true (array_has_string (args, "--device=dri"));

  /* Files are opened and saved only through the portals, and a project
   * never leaves the machine unless the user exports it. X11 is a fallback
   * for sessions without Wayland, never given alongside it. */
  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);

      g_assert_nonnull (arg);
      g_assert_false (g_str_has_prefix (arg, "--filesystem"));
      g_assert_cmpstr (arg, !=, "--share=network");
      g_assert_cmpstr (arg, !=, "--socket=x11");
      g_assert_cmpstr (arg, !=, "--device=all");
    }
}

static void
test_manifest_cleanup (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *cleanup;

  g_assert_true (json_object_has_member (manifest, "cleanup"));
  cleanup = json_object_get_array_member (manifest, "cleanup");
  g_assert_nonnull (cleanup);

  /* Headers and static libraries have no use at run time. */
  g_assert_true (array_has_string (cleanup, "/include"));
  g_assert_true (array_has_string (cleanup, "*.a"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak/identity", test_manifest_identity);
  g_test_add_func ("/flatpak/module", test_manifest_module);
  g_test_add_func ("/flatpak/sandbox", test_manifest_sandbox);
  g_test_add_func ("/flatpak/cleanup", test_manifest_cleanup);

  return g_test_run ();
}
