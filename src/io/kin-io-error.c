/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-io"

#include "config.h"

#include "kin-io-error.h"

G_DEFINE_QUARK (kin-io-error-quark, kin_io_error)
