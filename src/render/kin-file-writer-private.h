/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A file that an export writes: until it is complete, any earlier file of
 * that name stays as it was, and an export that fails leaves no part of a
 * new file behind. Fill it with _kin_file_writer_write() or, from cairo,
 * with _kin_file_writer_write_cb(), and write out a drawing with
 * _kin_file_writer_take_surface(), which gives a PNG its resolution. */
typedef struct
{
  GFile         *file;
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;     /* the first write that failed */
  gboolean       existed;
} KinFileWriter;

gboolean       _kin_file_writer_open     (KinFileWriter        *writer,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
gboolean       _kin_file_writer_write    (KinFileWriter        *writer,
                                          const void           *data,
                                          gsize                 length);
cairo_status_t _kin_file_writer_write_cb (void                 *writer,
                                          const unsigned char  *data,
                                          unsigned int          length);
cairo_status_t _kin_file_writer_take_surface (KinFileWriter     *writer,
                                             cairo_surface_t   *surface,
                                             double             dpi,
                                             cairo_status_t     status);
gboolean       _kin_file_writer_close    (KinFileWriter        *writer,
                                          GError              **error);
void           _kin_file_writer_discard  (KinFileWriter        *writer);

G_END_DECLS
