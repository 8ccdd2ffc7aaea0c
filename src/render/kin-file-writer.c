/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "kin-file-writer-private.h"

/*
 * How the exports write their files: cards, charts, boards and session
 * reports. g_file_replace() writes over an existing file through a
 * temporary file in the same folder that only takes the old one's place
 * once it is complete, and closing the stream with a cancelled
 * GCancellable throws the temporary file away instead. A file that did not
 * exist yet is written in place, so when the export fails that file is
 * removed again.
 */

/**
 * _kin_file_writer_open:
 * @writer: the writer to set up
 * @file: the file to write
 * @cancellable: (nullable): stops the writing; kept for every write
 * @error: return location for an error
 *
 * Starts writing @file. Unless this fails, end with
 * _kin_file_writer_close() or _kin_file_writer_discard().
 *
 * Returns: whether @file could be opened
 */
gboolean
_kin_file_writer_open (KinFileWriter  *writer,
                       GFile          *file,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  writer->file = NULL;
  writer->cancellable = cancellable;
  writer->error = NULL;
  writer->existed = g_file_query_exists (file, cancellable);
  writer->stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                                    cancellable, error));
  if (writer->stream == NULL)
    return FALSE;

  writer->file = g_object_ref (file);
  return TRUE;
}

/**
 * _kin_file_writer_write:
 *
 * Appends @data. After a write failed, nothing more is written and
 * _kin_file_writer_close() reports why.
 *
 * Returns: whether every write so far succeeded
 */
gboolean
_kin_file_writer_write (KinFileWriter *writer,
                        const void    *data,
                        gsize          length)
{
  if (writer->error != NULL)
    return FALSE;

  return g_output_stream_write_all (writer->stream, data, length, NULL,
                                    writer->cancellable, &writer->error);
}

/**
 * _kin_file_writer_write_cb:
 * @writer: a #KinFileWriter
 *
 * A #cairo_write_func_t that appends what cairo writes, for
 * cairo_pdf_surface_create_for_stream() and the like.
 */
cairo_status_t
_kin_file_writer_write_cb (void                *writer,
                           const unsigned char *data,
                           unsigned int         length)
{
  return _kin_file_writer_write (writer, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/*
 * Cairo writes PNG files with no resolution in them, so other programs
 * take an exported page for 72 or 96 dots per inch and print it at the
 * wrong size. The writer therefore puts a pHYs chunk into what cairo
 * writes. PNG wants it before the image data; right after the header
 * chunk (IHDR), which libpng always writes first, is the simplest place.
 * Cairo hands the file over in pieces of any length, so the signature
 * and IHDR are kept until they are complete and then passed on with the
 * pHYs chunk after them.
 */

#define PNG_SIGNATURE_LENGTH 8
#define PNG_IHDR_LENGTH      13
/* Signature, then IHDR's length, type, data and CRC. */
#define PNG_HEAD_LENGTH      (PNG_SIGNATURE_LENGTH + 4 + 4 + PNG_IHDR_LENGTH + 4)
#define PNG_PHYS_LENGTH      9
#define METRES_PER_INCH      0.0254

typedef struct
{
  KinFileWriter *writer;
  guint32        pixels_per_metre;
  guint8         head[PNG_HEAD_LENGTH];
  gsize          head_length;
} PngFilter;

/* The CRC-32 that PNG puts after each chunk, over its type and data. A
 * chunk or two per file does not need a table. */
static guint32
png_crc (const guint8 *data,
         gsize         length)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xedb88320 : crc >> 1;
    }

  return crc ^ 0xffffffff;
}

static void
put_uint32 (guint8  *bytes,
            guint32  value)
{
  bytes[0] = value >> 24;
  bytes[1] = value >> 16;
  bytes[2] = value >> 8;
  bytes[3] = value;
}

/* Writes the signature and IHDR that were kept, then the resolution. */
static gboolean
write_png_head (PngFilter *filter)
{
  static const guint8 ihdr[8] = { 0, 0, 0, PNG_IHDR_LENGTH, 'I', 'H', 'D', 'R' };
  guint8 phys[4 + 4 + PNG_PHYS_LENGTH + 4] = { 0, 0, 0, PNG_PHYS_LENGTH, 'p', 'H', 'Y', 's' };

  if (!_kin_file_writer_write (filter->writer, filter->head, filter->head_length))
    return FALSE;

  /* Anything but a whole PNG header is passed on as it came. */
  if (filter->head_length < PNG_HEAD_LENGTH ||
      memcmp (filter->head + PNG_SIGNATURE_LENGTH, ihdr, sizeof ihdr) != 0)
    return TRUE;

  /* The same number of pixels a metre across and down, and 1 for metres
   * as the unit. */
  put_uint32 (phys + 8, filter->pixels_per_metre);
  put_uint32 (phys + 12, filter->pixels_per_metre);
  phys[16] = 1;
  put_uint32 (phys + 17, png_crc (phys + 4, 4 + PNG_PHYS_LENGTH));

  return _kin_file_writer_write (filter->writer, phys, sizeof phys);
}

static cairo_status_t
write_png_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PngFilter *filter = closure;

  if (filter->head_length < PNG_HEAD_LENGTH)
    {
      gsize n = MIN (length, PNG_HEAD_LENGTH - filter->head_length);

      memcpy (filter->head + filter->head_length, data, n);
      filter->head_length += n;
      data += n;
      length -= n;

      if (filter->head_length < PNG_HEAD_LENGTH)
        return CAIRO_STATUS_SUCCESS;
      if (!write_png_head (filter))
        return CAIRO_STATUS_WRITE_ERROR;
    }

  return _kin_file_writer_write_cb (filter->writer, data, length);
}

static cairo_status_t
write_png (KinFileWriter   *writer,
           cairo_surface_t *surface,
           double           dpi)
{
  PngFilter filter = { writer, 0, { 0 }, 0 };
  cairo_status_t status;

  if (dpi <= 0)
    return cairo_surface_write_to_png_stream (surface, _kin_file_writer_write_cb, writer);

  filter.pixels_per_metre = (guint32) lround (dpi / METRES_PER_INCH);
  status = cairo_surface_write_to_png_stream (surface, write_png_cb, &filter);

  /* Cairo always writes more than the header; were it ever to write less,
   * the bytes kept must still go into the file. */
  if (status == CAIRO_STATUS_SUCCESS && filter.head_length < PNG_HEAD_LENGTH &&
      !write_png_head (&filter))
    status = CAIRO_STATUS_WRITE_ERROR;

  return status;
}

/**
 * _kin_file_writer_take_surface:
 * @surface: (transfer full): a surface drawn for @writer: an image
 *   surface, or a vector surface that writes to @writer
 * @dpi: the dots per inch an image surface was drawn at, written into the
 *   PNG so that it prints at the size meant; 0 writes no resolution. A
 *   vector surface ignores it.
 * @status: how the drawing went
 *
 * Writes out what was drawn on @surface, when the drawing went well: an
 * image surface as a PNG, a vector surface by finishing it, which writes
 * its last bytes. Destroys @surface.
 *
 * Returns: the first cairo error, if any
 */
cairo_status_t
_kin_file_writer_take_surface (KinFileWriter   *writer,
                               cairo_surface_t *surface,
                               double           dpi,
                               cairo_status_t   status)
{
  if (status == CAIRO_STATUS_SUCCESS && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = write_png (writer, surface, dpi);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static void
remove_new_file (KinFileWriter *writer)
{
  if (!writer->existed)
    g_file_delete (writer->file, NULL, NULL);
}

/**
 * _kin_file_writer_discard:
 *
 * Stops writing and keeps the file as it was before: for an export whose
 * drawing failed.
 */
void
_kin_file_writer_discard (KinFileWriter *writer)
{
  g_autoptr(GCancellable) abort = g_cancellable_new ();

  g_return_if_fail (writer->stream != NULL);

  g_cancellable_cancel (abort);
  g_output_stream_close (writer->stream, abort, NULL);
  remove_new_file (writer);

  g_clear_object (&writer->stream);
  g_clear_object (&writer->file);
  g_clear_error (&writer->error);
}

/**
 * _kin_file_writer_close:
 * @error: return location for an error
 *
 * Finishes the file, which then takes the place of any earlier one. After
 * a failed write, or once the cancellable is cancelled, the file is kept
 * as it was before instead.
 *
 * Returns: whether the whole file was written
 */
gboolean
_kin_file_writer_close (KinFileWriter  *writer,
                        GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (writer->stream != NULL, FALSE);

  if (writer->error != NULL)
    {
      GError *write_error = g_steal_pointer (&writer->error);

      _kin_file_writer_discard (writer);
      g_propagate_error (error, write_error);
      return FALSE;
    }

  if (g_cancellable_is_cancelled (writer->cancellable))
    {
      _kin_file_writer_discard (writer);
      g_cancellable_set_error_if_cancelled (writer->cancellable, error);
      return FALSE;
    }

  ok = g_output_stream_close (writer->stream, writer->cancellable, error);
  if (!ok)
    remove_new_file (writer);

  g_clear_object (&writer->stream);
  g_clear_object (&writer->file);
  return ok;
}
