/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An autosaved copy of a project with unsaved changes. */
typedef struct
{
  char      *id;
  char      *title;
  char      *original_uri;  /* where the project was saved, or NULL */
  GDateTime *saved;         /* when the draft was written, UTC */
} KinDraftInfo;

void          kin_draft_info_free     (KinDraftInfo         *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KinDraftInfo, kin_draft_info_free)

GFile        *kin_drafts_get_dir      (void);
char         *kin_drafts_new_id       (void);
GFile        *kin_drafts_get_file     (const char           *id);
gboolean      kin_drafts_write        (const char           *id,
                                       GBytes               *project,
                                       const char           *title,
                                       GFile                *original,
                                       GCancellable         *cancellable,
                                       GError              **error);
void          kin_drafts_write_async  (const char           *id,
                                       GBytes               *project,
                                       const char           *title,
                                       GFile                *original,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean      kin_drafts_write_finish (GAsyncResult         *result,
                                       GError              **error);
void          kin_drafts_remove       (const char           *id);
GPtrArray    *kin_drafts_list         (void);

G_END_DECLS
