/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KIN_TYPE_WELCOME_PAGE (kin_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (KinWelcomePage, kin_welcome_page, KIN, WELCOME_PAGE, GtkWidget)

guint kin_welcome_page_get_n_recent (KinWelcomePage *self);
guint kin_welcome_page_get_n_drafts (KinWelcomePage *self);
void  kin_welcome_page_reload       (KinWelcomePage *self);

G_END_DECLS
