/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "kin-object.h"

G_BEGIN_DECLS

#define KIN_TYPE_STATEMENT (kin_statement_get_type ())

G_DECLARE_FINAL_TYPE (KinStatement, kin_statement, KIN, STATEMENT, KinObject)

KinStatement *kin_statement_new           (void);

const char   *kin_statement_get_text      (KinStatement *self);
void          kin_statement_set_text      (KinStatement *self,
                                           const char   *text);
const char   *kin_statement_get_principle (KinStatement *self);
void          kin_statement_set_principle (KinStatement *self,
                                           const char   *principle);

G_END_DECLS
