/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kin-io-error.h"
#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-reader-private.h"

/*
 * The "assets" object: embedded images keyed by id. g_base64_decode()
 * silently skips characters outside the alphabet, so a damaged string would
 * decode to a different image without complaint; the alphabet and padding
 * are checked here first. The decoded bytes must then really be what "mime"
 * says, so the renderer never gets a JPEG it was told is a PNG.
 */

typedef enum
{
  IMAGE_UNKNOWN,
  IMAGE_PNG,
  IMAGE_JPEG,
  IMAGE_SVG,
} ImageKind;

static const struct
{
  const char *mime;
  const char *description;
} image_kinds[] = {
  [IMAGE_UNKNOWN] = { NULL, NULL },
  [IMAGE_PNG] = { "image/png", N_("a PNG image") },
  [IMAGE_JPEG] = { "image/jpeg", N_("a JPEG image") },
  [IMAGE_SVG] = { "image/svg+xml", N_("an SVG image") },
};

static inline gboolean
is_base64_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline gboolean
is_base64_char (char c)
{
  return g_ascii_isalnum (c) || c == '+' || c == '/';
}

/* Checks @text is base64 (line breaks allowed) and returns the problem if
 * not. */
static char *
check_base64 (const char *text)
{
  gsize n = 0;
  guint padding = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_base64_space (*p))
        continue;

      if (*p == '=')
        {
          padding++;
          n++;
          continue;
        }

      if (padding > 0)
        return g_strdup (_("not valid base64: \"=\" may only appear at the end"));

      if (!is_base64_char (*p))
        {
          g_autofree char *what = NULL;

          if (g_ascii_isprint (*p))
            what = g_strdup_printf ("'%c'", *p);
          else
            what = g_strdup_printf ("U+%04X", g_utf8_get_char (p));

          /* TRANSLATORS: %s is a character, %lu its position in the text */
          return g_strdup_printf (_("not valid base64: unexpected character %s at position %lu"),
                                  what, (unsigned long) (p - text));
        }
      n++;
    }

  if (padding > 2 || n % 4 != 0)
    return g_strdup (_("not valid base64: the data is cut short or has extra characters"));

  return NULL;
}

static GBytes *
decode_base64 (const char *text)
{
  gsize length = strlen (text);
  guchar *out = g_malloc ((length / 4) * 3 + 3);
  int state = 0;
  guint save = 0;
  gsize written;

  written = g_base64_decode_step (text, length, out, &state, &save);

  return g_bytes_new_take (g_realloc (out, MAX (written, 1)), written);
}

/* Skips what may precede the root element of an XML document: white
 * space, the XML declaration, processing instructions, comments and a
 * document type declaration. */
static const char *
skip_xml_prolog (const char *p,
                 const char *end)
{
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;

      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");

          if (close == NULL)
            return end;
          p = close + 3;
        }
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        {
          const char *close = g_strstr_len (p + 2, end - p - 2, "?>");

          if (close == NULL)
            return end;
          p = close + 2;
        }
      else if (end - p >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
        {
          int brackets = 0;

          for (p += 9; p < end; p++)
            {
              if (*p == '[')
                brackets++;
              else if (*p == ']')
                brackets--;
              else if (*p == '>' && brackets <= 0)
                break;
            }
          if (p == end)
            return end;
          p++;
        }
      else
        {
          return p;
        }
    }
}

static ImageKind
sniff_image (GBytes *bytes)
{
  gsize length;
  const guchar *data = g_bytes_get_data (bytes, &length);
  const char *text = (const char *) data;
  const char *end = text + length;
  const char *root;

  if (length >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return IMAGE_PNG;

  if (length >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return IMAGE_JPEG;

  if (length == 0 || !g_utf8_validate_len (text, length, NULL))
    return IMAGE_UNKNOWN;

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    text += 3;

  root = skip_xml_prolog (text, end);
  if (end - root >= 5 && memcmp (root, "<svg", 4) == 0 &&
      (g_ascii_isspace (root[4]) || root[4] == '>' || root[4] == '/'))
    return IMAGE_SVG;

  return IMAGE_UNKNOWN;
}

static ImageKind
kind_from_mime (const char *mime)
{
  for (guint k = IMAGE_PNG; k < G_N_ELEMENTS (image_kinds); k++)
    {
      if (strcmp (mime, image_kinds[k].mime) == 0)
        return k;
    }

  return IMAGE_UNKNOWN;
}

/**
 * kin_image_sniff_mime:
 * @data: the bytes of an image
 *
 * Says what kind of image @data holds, by the same rules the loader uses
 * to check embedded images. Code that imports artwork should use it, so
 * that every project it saves can be opened again.
 *
 * Returns: (nullable): "image/png", "image/jpeg" or "image/svg+xml", or
 *   %NULL if @data is none of these
 */
const char *
kin_image_sniff_mime (GBytes *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return image_kinds[sniff_image (data)].mime;
}

static KinAsset *
read_asset (KinReader     *r,
            const char    *id,
            JsonNode      *node,
            const KinPath *path,
            guint          index)
{
  g_autoptr(KinAsset) asset = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *problem = NULL;
  KinPath mime_path = { path, "mime", 0 };
  KinPath data_path = { path, "data", 0 };
  JsonObject *object;
  JsonNode *mime;
  JsonNode *text;
  ImageKind declared;
  ImageKind found;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return kin_reader_fail_expected (r, path, node,
                                     _("an object with \"mime\" and \"data\"")), NULL;
  object = json_node_get_object (node);

  mime = json_object_get_member (object, "mime");
  declared = IMAGE_UNKNOWN;
  if (mime != NULL && kin_json_node_is_string (mime))
    declared = kind_from_mime (json_node_get_string (mime));
  if (declared == IMAGE_UNKNOWN)
    return kin_reader_fail_expected (r, &mime_path, mime,
                                     "one of \"image/png\", \"image/jpeg\", \"image/svg+xml\""), NULL;

  text = json_object_get_member (object, "data");
  if (text == NULL || !kin_json_node_is_string (text))
    return kin_reader_fail_expected (r, &data_path, text, _("a base64 string")), NULL;

  problem = check_base64 (json_node_get_string (text));
  if (problem != NULL)
    return kin_reader_fail (r, KIN_IO_ERROR_ASSET, &data_path, "%s", problem), NULL;

  data = decode_base64 (json_node_get_string (text));
  found = sniff_image (data);
  if (found != declared)
    {
      if (found != IMAGE_UNKNOWN)
        kin_reader_fail (r, KIN_IO_ERROR_ASSET, &data_path,
                         /* TRANSLATORS: e.g. the data is a JPEG image, but "mime" says image/png */
                         _("the data is %s, but \"mime\" says %s"),
                         _(image_kinds[found].description), image_kinds[declared].mime);
      else
        kin_reader_fail (r, KIN_IO_ERROR_ASSET, &data_path,
                         /* TRANSLATORS: e.g. the data is not an SVG image */
                         _("the data is not %s"), _(image_kinds[declared].description));
      return NULL;
    }

  asset = g_object_new (KIN_TYPE_ASSET, "id", id, NULL);
  if (!kin_reader_register_id (r, kin_object_get_id (KIN_OBJECT (asset)), &kin_format_asset,
                               index, 0, path))
    return NULL;
  kin_asset_set_mime (asset, image_kinds[declared].mime);
  kin_asset_set_data (asset, data);

  return g_steal_pointer (&asset);
}

/**
 * kin_reader_read_assets:
 * @reader: the reader
 * @node: the "assets" member
 * @path: its path
 *
 * Reads the embedded images into the project's asset store.
 *
 * Returns: %FALSE on error
 */
gboolean
kin_reader_read_assets (KinReader     *reader,
                        JsonNode      *node,
                        const KinPath *path)
{
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  KinAssetStore *store;
  guint index = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return kin_reader_fail_expected (reader, path, node, _("an object mapping asset ids to images"));

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  assets = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = members; l != NULL; l = l->next, index++)
    {
      const char *id = l->data;
      KinPath asset_path = { path, id, 0 };
      JsonNode *value = json_object_get_member (object, id);
      KinAsset *asset;

      if (*id == '\0')
        return kin_reader_fail (reader, KIN_IO_ERROR_SHAPE, &asset_path,
                                _("an asset id must not be an empty string"));

      asset = read_asset (reader, id, value, &asset_path, index);
      if (asset == NULL)
        return FALSE;
      g_ptr_array_add (assets, asset);

      /* The base64 text is no longer needed. */
      json_node_init_null (value);
    }

  store = kin_project_get_assets (reader->project);
  g_list_store_splice (G_LIST_STORE (kin_asset_store_get_assets (store)), 0, 0,
                       assets->pdata, assets->len);
  return TRUE;
}
