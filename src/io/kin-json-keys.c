/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <string.h>

#include "kin-json-keys-private.h"

/*
 * json-glib 1.6 handles a member name given twice in one object by
 * searching the object's list of names from the start, every time: an
 * object of many names, followed by many repeats of the last one, takes
 * quadratic time (a 2 MB file was still parsing after a minute). Repeated
 * names also lose data silently, since only the last value is kept. So the
 * guard refuses them, and this set is how it finds them.
 *
 * Most objects have a handful of members, so names are kept in one array
 * (pointers into the text, plus a length) and compared linearly; an object
 * with more than SMALL_OBJECT members moves its names to a hash table. A
 * name written with escapes is decoded first, so "a" and "\u0061" are seen
 * as the same name, as json-glib sees them.
 */

#define SMALL_OBJECT 24

typedef struct
{
  const char *name;
  gsize       length;
} Key;

typedef struct
{
  guint       first;  /* index of its first name in the keys array */
  GHashTable *set;    /* (nullable): its names, once it has many */
} Object;

struct _KinJsonKeys
{
  GArray    *keys;     /* of Key, for all open objects */
  GArray    *objects;  /* of Object */
  GPtrArray *decoded;  /* names decoded from escapes, owned */
};

static guint
key_hash (gconstpointer data)
{
  const Key *key = data;
  guint hash = 5381;

  for (gsize i = 0; i < key->length; i++)
    hash = hash * 33 + (guchar) key->name[i];

  return hash;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *ka = a;
  const Key *kb = b;

  return ka->length == kb->length && memcmp (ka->name, kb->name, ka->length) == 0;
}

/**
 * kin_json_keys_new:
 *
 * Returns: (transfer full): an empty set
 */
KinJsonKeys *
kin_json_keys_new (void)
{
  KinJsonKeys *self = g_new0 (KinJsonKeys, 1);

  self->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  self->objects = g_array_new (FALSE, FALSE, sizeof (Object));
  self->decoded = g_ptr_array_new_with_free_func (g_free);

  return self;
}

/**
 * kin_json_keys_free:
 * @self: a set
 *
 * Frees the set, with any objects still open.
 */
void
kin_json_keys_free (KinJsonKeys *self)
{
  if (self == NULL)
    return;

  while (self->objects->len > 0)
    kin_json_keys_close_object (self);

  g_array_unref (self->keys);
  g_array_unref (self->objects);
  g_ptr_array_unref (self->decoded);
  g_free (self);
}

/**
 * kin_json_keys_open_object:
 * @self: a set
 *
 * Starts the names of a new, innermost object.
 */
void
kin_json_keys_open_object (KinJsonKeys *self)
{
  Object object = { self->keys->len, NULL };

  g_array_append_val (self->objects, object);
}

/**
 * kin_json_keys_close_object:
 * @self: a set with an open object
 *
 * Forgets the names of the innermost object.
 */
void
kin_json_keys_close_object (KinJsonKeys *self)
{
  Object *object;

  g_return_if_fail (self->objects->len > 0);

  object = &g_array_index (self->objects, Object, self->objects->len - 1);
  g_clear_pointer (&object->set, g_hash_table_unref);
  g_array_set_size (self->keys, object->first);
  g_array_set_size (self->objects, self->objects->len - 1);
}

static guint
decode_hex4 (const guchar *p)
{
  guint value = 0;

  for (int i = 0; i < 4; i++)
    value = value * 16 + (guint) g_ascii_xdigit_value (p[i]);

  return value;
}

/* Decodes a name with escapes; the guard has already checked them. */
static char *
decode (const guchar *p,
        const guchar *end,
        gsize        *length)
{
  GString *out = g_string_sized_new (end - p);

  while (p < end)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, (char) *p++);
          continue;
        }

      switch (p[1])
        {
        case 'b': g_string_append_c (out, '\b'); p += 2; break;
        case 'f': g_string_append_c (out, '\f'); p += 2; break;
        case 'n': g_string_append_c (out, '\n'); p += 2; break;
        case 'r': g_string_append_c (out, '\r'); p += 2; break;
        case 't': g_string_append_c (out, '\t'); p += 2; break;
        case 'u':
          {
            gunichar c = decode_hex4 (p + 2);

            p += 6;
            if (c >= 0xd800 && c <= 0xdbff && end - p >= 6)
              {
                c = 0x10000 + ((c - 0xd800) << 10) + (decode_hex4 (p + 2) - 0xdc00);
                p += 6;
              }
            g_string_append_unichar (out, c);
          }
          break;
        default:
          /* \" \\ \/ */
          g_string_append_c (out, (char) p[1]);
          p += 2;
          break;
        }
    }

  *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * kin_json_keys_add:
 * @self: a set with an open object
 * @quoted: a member name as written, with its quotes
 * @length: the length of @quoted
 *
 * Adds a name to the innermost object.
 *
 * Returns: %FALSE if the object already has that name
 */
gboolean
kin_json_keys_add (KinJsonKeys  *self,
                   const guchar *quoted,
                   gsize         length)
{
  Object *object;
  Key key = { (const char *) quoted + 1, length - 2 };

  g_return_val_if_fail (self->objects->len > 0, TRUE);
  object = &g_array_index (self->objects, Object, self->objects->len - 1);

  if (memchr (key.name, '\\', key.length) != NULL)
    {
      char *name = decode (quoted + 1, quoted + length - 1, &key.length);

      g_ptr_array_add (self->decoded, name);
      key.name = name;
    }

  if (object->set == NULL)
    {
      for (guint i = object->first; i < self->keys->len; i++)
        {
          const Key *other = &g_array_index (self->keys, Key, i);

          /* Lengths and first letters tell most names apart cheaply. */
          if (other->length == key.length &&
              (key.length == 0 || other->name[0] == key.name[0]) &&
              memcmp (other->name, key.name, key.length) == 0)
            return FALSE;
        }

      g_array_append_val (self->keys, key);

      if (self->keys->len - object->first > SMALL_OBJECT)
        {
          /* The set holds copies: the array is shared with the objects
           * nested inside this one and may move as it grows. */
          object->set = g_hash_table_new_full (key_hash, key_equal, g_free, NULL);
          for (guint i = object->first; i < self->keys->len; i++)
            g_hash_table_add (object->set, g_memdup2 (&g_array_index (self->keys, Key, i), sizeof (Key)));
        }
      return TRUE;
    }

  if (g_hash_table_contains (object->set, &key))
    return FALSE;

  g_hash_table_add (object->set, g_memdup2 (&key, sizeof key));
  return TRUE;
}
