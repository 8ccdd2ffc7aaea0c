/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kin-format-private.h"
#include "kin-io-error.h"
#include "kin-json-guard.h"
#include "kin-json-peek.h"
#include "kin-model.h"
#include "kin-project-file.h"
#include "kin-project-reader.h"
#include "kin-project-writer.h"
#include "kin-reader-private.h"

/*
 * Loading and saving project files.
 *
 * Saving must never leave a damaged file behind, whatever happens half-way
 * (a full disk, a crash, a pulled USB stick). Over an existing file,
 * g_file_replace() writes a temporary file in the same directory, fsyncs
 * it, keeps the old file as FILE~ and renames the new one into place; on
 * any error the stream is closed with a cancelled GCancellable, which makes
 * GIO delete the temporary file instead of committing it. For a file that
 * does not exist yet GIO would write in place, so local files get the same
 * treatment by hand: temporary file, fsync, then link (or rename) into place.
 *
 * The model is not thread-safe, so the asynchronous save serialises in the
 * calling thread and only writes in a worker thread; the asynchronous load
 * builds the new project in the worker, where nothing else can see it yet.
 */

/* How much of an existing file is read to find its "version" before it is
 * overwritten; our writer puts it on the third line. */
#define PEEK_SIZE (1024 * 1024)

/**
 * kin_project_file_display_name:
 * @file: a file
 *
 * Returns: (transfer full): the name used for @file in messages: the
 *   basename of its parse name
 */
char *
kin_project_file_display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

/* Reads the whole file, but never more than the loader accepts: a
 * character device or a growing file must not exhaust memory. */
static GBytes *
read_bounded (GFile         *file,
              const char    *name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) type_info = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  gsize expected = 0;

  /* A device or a pipe could go on for ever, or block opening it. */
  type_info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                                 cancellable, NULL);
  if (type_info != NULL &&
      g_file_info_get_file_type (type_info) != G_FILE_TYPE_REGULAR &&
      g_file_info_get_file_type (type_info) != G_FILE_TYPE_UNKNOWN)
    {
      g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_FAILED,
                   _("%s is not a project file: it is not a regular file"), name);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    expected = (gsize) g_file_info_get_size (info);

  if (expected > KIN_JSON_GUARD_MAX_SIZE)
    {
      g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_TOO_LARGE,
                   _("%s is too large to open (the limit is 1 GiB)"), name);
      return NULL;
    }

  buffer = g_byte_array_sized_new (expected + 1);
  for (;;)
    {
      gsize room = MAX (buffer->len / 2, 64 * 1024);
      gsize old_len = buffer->len;
      gssize n;

      /* Read one byte past the expected size, to see the end of the file
       * without another round trip when the size was right. */
      if (old_len < expected + 1)
        room = expected + 1 - old_len;

      g_byte_array_set_size (buffer, old_len + room);
      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + old_len, room,
                               cancellable, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (buffer, old_len + n);
      if (n == 0)
        break;

      if (buffer->len > KIN_JSON_GUARD_MAX_SIZE)
        {
          g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_TOO_LARGE,
                       _("%s is too large to open (the limit is 1 GiB)"), name);
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * kin_project_load_file:
 * @file: a `.kindling` file
 * @warnings: (out) (optional) (transfer full) (element-type utf8): return
 *   location for the problems that were repaired
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads and checks a project file, as kin_project_read_bytes() describes.
 * Errors name the file by its basename.
 *
 * Returns: (transfer full) (nullable): a new project, or %NULL on error
 */
KinProject *
kin_project_load_file (GFile         *file,
                       GPtrArray    **warnings,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *name = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;

  name = kin_project_file_display_name (file);
  bytes = read_bounded (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  /* Hand over the only reference, so the text is freed once parsed. */
  return kin_project_read_owned_bytes (bytes, name, warnings, error);
}

/* Refuses to overwrite a file written by a newer version of the format. */
static gboolean
check_not_newer (GFile         *file,
                 const char    *name,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *head = NULL;
  gsize n = 0;
  gint64 version;

  stream = g_file_read (file, cancellable, NULL);
  if (stream == NULL)
    return TRUE;

  head = g_malloc (PEEK_SIZE);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), head, PEEK_SIZE, &n,
                                cancellable, NULL))
    return TRUE;

  if (kin_json_peek_version (head, n, &version) && version > KIN_FORMAT_VERSION)
    {
      g_set_error (error, KIN_IO_ERROR, KIN_IO_ERROR_NEWER_VERSION,
                   _("%s was saved by a newer Kindling (file format version %lld); "
                     "this version writes version %d and would lose what it does not "
                     "know, so it will not overwrite it. Save under another name."),
                   name, (long long) version, KIN_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_all_fd (int            fd,
              const guint8  *data,
              gsize          length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= n;
    }

  return TRUE;
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *name)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* TRANSLATORS: the file name, then the reason from the system */
               _("Could not save %s: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

typedef enum
{
  NEW_FILE_WRITTEN,
  NEW_FILE_EXISTS,
  NEW_FILE_FAILED,
} NewFileResult;

/* Writes a local file that does not exist yet through a temporary file, so
 * that it appears complete or not at all. */
static NewFileResult
write_new_local_file (const char    *path,
                      const char    *name,
                      GBytes        *bytes,
                      GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, name);
      return NEW_FILE_FAILED;
    }

  if (!write_all_fd (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      set_errno_error (error, saved_errno, name);
      return NEW_FILE_FAILED;
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      set_errno_error (error, saved_errno, name);
      return NEW_FILE_FAILED;
    }

  /* link() refuses to replace a file that appeared in the meantime, which
   * then gets the careful replace path with a backup. Some file systems
   * (FAT on USB sticks) have no hard links; rename() is fine there. */
  if (link (tmp, path) == 0)
    {
      g_unlink (tmp);
    }
  else if (errno == EEXIST)
    {
      g_unlink (tmp);
      return NEW_FILE_EXISTS;
    }
  else if (g_rename (tmp, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      set_errno_error (error, saved_errno, name);
      return NEW_FILE_FAILED;
    }

  /* Make the new directory entry itself durable. */
  fd = g_open (dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return NEW_FILE_WRITTEN;
}

/* Replaces an existing file through GIO, keeping the old one as FILE~. */
static gboolean
replace_file (GFile         *file,
              GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  stream = g_file_replace (file, NULL, TRUE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL,
                                  cancellable, error))
    {
      /* Closing normally would commit the partial file. Closing with a
       * cancelled GCancellable makes GIO discard the temporary file and
       * leave the original alone. */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
}

static gboolean
write_file (GFile         *file,
            GBytes        *bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *name = kin_project_file_display_name (file);
  const char *path = g_file_peek_path (file);

  if (!check_not_newer (file, name, cancellable, error))
    return FALSE;

  if (path != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      switch (write_new_local_file (path, name, bytes, error))
        {
        case NEW_FILE_WRITTEN:
          return TRUE;
        case NEW_FILE_FAILED:
          return FALSE;
        case NEW_FILE_EXISTS:
        default:
          /* Someone created it meanwhile: check it like any existing file. */
          if (!check_not_newer (file, name, cancellable, error))
            return FALSE;
          break;
        }
    }

  return replace_file (file, bytes, cancellable, error);
}

/**
 * kin_project_save_file:
 * @project: a project
 * @file: where to save it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Saves @project atomically, keeping the previous file as `FILE~`, and
 * marks the project as saved. A file written by a newer file format
 * version is never overwritten (%KIN_IO_ERROR_NEWER_VERSION). On error the
 * previous file is left as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
kin_project_save_file (KinProject    *project,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = kin_project_write_bytes (project);
  if (!write_file (file, bytes, cancellable, error))
    return FALSE;

  kin_project_mark_saved (project);
  return TRUE;
}

/* Asynchronous loading */

typedef struct
{
  KinProject *project;
  GPtrArray  *warnings;
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_object (&result->project);
  g_clear_pointer (&result->warnings, g_ptr_array_unref);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  LoadResult *result = g_new0 (LoadResult, 1);
  GError *error = NULL;

  result->project = kin_project_load_file (file, &result->warnings, cancellable, &error);
  if (result->project == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, load_result_free);
}

/**
 * kin_project_load_file_async:
 * @file: a `.kindling` file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the project is loaded
 * @user_data: data for @callback
 *
 * Loads a project in a worker thread; see kin_project_load_file().
 */
void
kin_project_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kin_project_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * kin_project_load_file_finish:
 * @result: the result passed to the callback
 * @warnings: (out) (optional) (transfer full) (element-type utf8): return
 *   location for the problems that were repaired
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the project, or %NULL on error
 */
KinProject *
kin_project_load_file_finish (GAsyncResult  *result,
                              GPtrArray    **warnings,
                              GError       **error)
{
  LoadResult *loaded;
  KinProject *project;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kin_project_load_file_async, NULL);

  if (warnings != NULL)
    *warnings = NULL;

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  project = g_steal_pointer (&loaded->project);
  if (warnings != NULL)
    *warnings = g_steal_pointer (&loaded->warnings);
  load_result_free (loaded);

  return project;
}

/* Asynchronous saving */

typedef struct
{
  GFile  *file;
  GBytes *bytes;
  gulong  changed_handler;
  guint   changes;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (write_file (save->file, save->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
project_changed_cb (SaveData *save)
{
  save->changes++;
}

/* Back in the caller's thread once the worker has written the file. */
static void
save_written_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  KinProject *project = g_task_get_source_object (outer);
  SaveData *save = g_task_get_task_data (outer);
  GError *error = NULL;

  g_clear_signal_handler (&save->changed_handler, project);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  /* What was written is the project as it was when saving started. If it
   * was edited since, it still differs from the file and stays modified. */
  if (save->changes == 0)
    kin_project_mark_saved (project);

  g_task_return_boolean (outer, TRUE);
}

/**
 * kin_project_save_file_async:
 * @project: a project
 * @file: where to save it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the file is written
 * @user_data: data for @callback
 *
 * Saves @project as kin_project_save_file() does, writing in a worker
 * thread. The project is serialised before this returns, so later edits
 * are not part of this save; if there were any, the project is not marked
 * as saved.
 */
void
kin_project_save_file_async (KinProject          *project,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  SaveData *save;

  g_return_if_fail (KIN_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->bytes = kin_project_write_bytes (project);
  save->changed_handler = g_signal_connect_swapped (project, "changed",
                                                    G_CALLBACK (project_changed_cb), save);

  outer = g_task_new (project, cancellable, callback, user_data);
  g_task_set_source_tag (outer, kin_project_save_file_async);
  g_task_set_task_data (outer, save, save_data_free);

  /* The worker gets its own task holding only the file and the bytes, so
   * the project is never touched off the caller's thread. */
  inner = g_task_new (NULL, cancellable, save_written_cb, g_object_ref (outer));
  g_task_set_source_tag (inner, kin_project_save_file_async);
  g_task_set_task_data (inner, save, NULL);
  g_task_run_in_thread (inner, save_thread);
}

/**
 * kin_project_save_file_finish:
 * @project: the project passed to kin_project_save_file_async()
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Returns: %TRUE if the project was saved
 */
gboolean
kin_project_save_file_finish (KinProject    *project,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (KIN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, project), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kin_project_save_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
