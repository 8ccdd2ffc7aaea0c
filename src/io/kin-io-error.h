/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KIN_IO_ERROR (kin_io_error_quark ())

/**
 * KinIoError:
 * @KIN_IO_ERROR_SYNTAX: the file is not well-formed JSON (or not text at all)
 * @KIN_IO_ERROR_SHAPE: the JSON is well-formed but a field has the wrong type or value
 * @KIN_IO_ERROR_NEWER_VERSION: the file was written by a newer file format version
 * @KIN_IO_ERROR_NOT_KINDLING: the JSON is not a Kindling project
 * @KIN_IO_ERROR_DUPLICATE_ID: two entities share an id
 * @KIN_IO_ERROR_ASSET: an embedded image does not decode or does not match its type
 * @KIN_IO_ERROR_TOO_LARGE: the file is beyond what the loader accepts
 * @KIN_IO_ERROR_FAILED: anything else (usually an I/O problem)
 *
 * Error codes in the %KIN_IO_ERROR domain.
 */
typedef enum
{
  KIN_IO_ERROR_SYNTAX,
  KIN_IO_ERROR_SHAPE,
  KIN_IO_ERROR_NEWER_VERSION,
  KIN_IO_ERROR_NOT_KINDLING,
  KIN_IO_ERROR_DUPLICATE_ID,
  KIN_IO_ERROR_ASSET,
  KIN_IO_ERROR_TOO_LARGE,
  KIN_IO_ERROR_FAILED,
} KinIoError;

GQuark kin_io_error_quark (void);

G_END_DECLS
