/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-capture-list.h"
#include "kin-undo-toast.h"

/* What was captured while a session ran, grouped under the agenda items it
 * was captured in, in agenda order; each capture shows its time and the
 * card on show. Captures are written while presenting, so here they are
 * only read and, if need be, deleted (with an undo toast). The groups are
 * built again whenever the captures or the agenda change. */

struct _KinCaptureList
{
  GtkWidget   parent_instance;

  KinProject *project;
  KinSession *session;
  GListModel *watched_captures;
  GListModel *watched_agenda;
  guint       n_groups;

  GtkWidget  *box;
  GtkWidget  *empty_label;
};

G_DEFINE_FINAL_TYPE (KinCaptureList, kin_capture_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (KinCaptureList *self);

static char *
format_time (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return NULL;

  utc = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (utc == NULL)
    return g_strdup (timestamp);

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%H:%M");
}

static char *
describe_capture (KinCaptureList *self,
                  KinCapture     *capture)
{
  g_autofree char *time = format_time (kin_capture_get_time (capture));
  const char *card_id = kin_capture_get_card (capture);
  KinCard *card = NULL;

  if (card_id != NULL && self->project != NULL)
    card = kin_project_lookup (self->project, KIN_TYPE_CARD, card_id);

  if (card != NULL && time != NULL)
    /* Translators: when something was captured and the card on show. */
    return g_strdup_printf (_("%s · Card: %s"), time, kin_card_get_title (card));
  if (card != NULL)
    return g_strdup_printf (_("Card: %s"), kin_card_get_title (card));

  return g_steal_pointer (&time);
}

static void
update_row (GtkWidget *row)
{
  KinCaptureList *self = g_object_get_data (G_OBJECT (row), "kin-capture-list");
  KinCapture *capture = g_object_get_data (G_OBJECT (row), "kin-capture");
  g_autofree char *subtitle = describe_capture (self, capture);
  const char *text = kin_capture_get_text (capture);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text != '\0' ? text : _("(empty)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
create_row (KinCaptureList *self,
            KinCapture     *capture)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* What people said is shown as it was typed, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data (G_OBJECT (row), "kin-capture-list", self);
  g_object_set_data_full (G_OBJECT (row), "kin-capture", g_object_ref (capture), g_object_unref);
  update_row (row);
  g_signal_connect_object (capture, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete Capture"));
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "captures.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                    kin_object_get_id (KIN_OBJECT (capture)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static gboolean
item_title_to_label (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title != NULL && *title != '\0' ? title : _("Untitled item"));
  return TRUE;
}

/* Adds a heading and a list for the captures of one agenda item, or for
 * those of no item when @item is NULL. */
static void
add_group (KinCaptureList *self,
           KinAgendaItem  *item,
           GPtrArray      *captures)
{
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, self->n_groups > 0 ? 12 : 0);
  if (item != NULL)
    g_object_bind_property_full (item, "title", heading, "label", G_BINDING_SYNC_CREATE,
                                 item_title_to_label, NULL, NULL, NULL);
  else
    gtk_label_set_text (GTK_LABEL (heading), _("Not tied to an agenda item"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < captures->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_row (self, g_ptr_array_index (captures, i)));

  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_box_append (GTK_BOX (self->box), list);
  self->n_groups++;
}

static void
capture_item_changed_cb (KinCaptureList *self)
{
  rebuild (self);
}

static void
rebuild (KinCaptureList *self)
{
  GListModel *agenda = self->session != NULL ? kin_session_get_agenda (self->session) : NULL;
  GListModel *captures = self->session != NULL ? kin_session_get_captures (self->session) : NULL;
  g_autoptr(GPtrArray) loose = g_ptr_array_new ();
  g_autoptr(GHashTable) by_item = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GtkWidget *child;
  guint n;

  if (self->box == NULL)
    return;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->n_groups = 0;

  n = captures != NULL ? g_list_model_get_n_items (captures) : 0;
  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (self->box, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);

      g_hash_table_insert (by_item, (gpointer) kin_object_get_id (KIN_OBJECT (item)),
                           g_ptr_array_new ());
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i);
      const char *item = kin_capture_get_item (capture);
      GPtrArray *group = item != NULL ? g_hash_table_lookup (by_item, item) : NULL;

      /* The session holds the capture for as long as the rows exist. */
      g_ptr_array_add (group != NULL ? group : loose, capture);

      g_signal_handlers_disconnect_by_func (capture, capture_item_changed_cb, self);
      g_signal_connect_object (capture, "notify::item", G_CALLBACK (capture_item_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(KinAgendaItem) item = g_list_model_get_item (agenda, i);
      GPtrArray *group = g_hash_table_lookup (by_item, kin_object_get_id (KIN_OBJECT (item)));

      if (group->len > 0)
        add_group (self, item, group);
    }

  if (loose->len > 0)
    add_group (self, NULL, loose);
}

static void
lists_changed_cb (KinCaptureList *self)
{
  rebuild (self);
}

static void
watch (KinCaptureList  *self,
       GListModel     **watched,
       GListModel      *list)
{
  if (*watched == list)
    return;

  if (*watched != NULL)
    g_signal_handlers_disconnect_by_func (*watched, lists_changed_cb, self);
  g_set_object (watched, list);
  if (list != NULL)
    g_signal_connect_object (list, "items-changed", G_CALLBACK (lists_changed_cb),
                             self, G_CONNECT_SWAPPED);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinCaptureList *self = KIN_CAPTURE_LIST (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *captures;

  if (self->project == NULL || self->session == NULL)
    return;

  captures = kin_session_get_captures (self->session);
  for (guint i = 0; i < g_list_model_get_n_items (captures); i++)
    {
      g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i);

      if (g_strcmp0 (kin_object_get_id (KIN_OBJECT (capture)), id) != 0)
        continue;

      kin_project_begin_action (self->project, _("Delete Capture"));
      kin_project_remove (self->project, captures, i);
      kin_project_end_action (self->project);

      kin_undo_toast_show (widget, self->project, _("Capture deleted"));
      return;
    }
}

static void
kin_capture_list_dispose (GObject *object)
{
  KinCaptureList *self = KIN_CAPTURE_LIST (object);

  kin_capture_list_set_session (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->empty_label, gtk_widget_unparent);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (kin_capture_list_parent_class)->dispose (object);
}

static void
kin_capture_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KinCaptureList *self = KIN_CAPTURE_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_capture_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KinCaptureList *self = KIN_CAPTURE_LIST (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_capture_list_set_project (self, g_value_get_object (value));
      break;

    case PROP_SESSION:
      kin_capture_list_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_capture_list_class_init (KinCaptureListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_capture_list_dispose;
  object_class->get_property = kin_capture_list_get_property;
  object_class->set_property = kin_capture_list_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         KIN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "captures.delete", "s", delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
kin_capture_list_init (KinCaptureList *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->empty_label = gtk_label_new (_("Nothing has been captured yet. While you present the "
                                       "session, what people say is kept here under the agenda "
                                       "item it was said in."));
  gtk_widget_set_name (self->empty_label, "captures-empty");
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0.0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_name (self->box, "captures");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  rebuild (self);
}

KinProject *
kin_capture_list_get_project (KinCaptureList *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE_LIST (self), NULL);

  return self->project;
}

/**
 * kin_capture_list_set_project:
 * @project: (nullable): the project that holds the session
 */
void
kin_capture_list_set_project (KinCaptureList *self,
                              KinProject     *project)
{
  g_return_if_fail (KIN_IS_CAPTURE_LIST (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_capture_list_get_session:
 *
 * Returns: (transfer none) (nullable): the session whose captures are shown
 */
KinSession *
kin_capture_list_get_session (KinCaptureList *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE_LIST (self), NULL);

  return self->session;
}

/**
 * kin_capture_list_set_session:
 * @session: (nullable): a session of the project
 */
void
kin_capture_list_set_session (KinCaptureList *self,
                              KinSession     *session)
{
  g_return_if_fail (KIN_IS_CAPTURE_LIST (self));
  g_return_if_fail (session == NULL || KIN_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    {
      GListModel *captures = kin_session_get_captures (self->session);

      for (guint i = 0; i < g_list_model_get_n_items (captures); i++)
        {
          g_autoptr(KinCapture) capture = g_list_model_get_item (captures, i);

          g_signal_handlers_disconnect_by_func (capture, capture_item_changed_cb, self);
        }
    }

  g_set_object (&self->session, session);
  watch (self, &self->watched_captures, session != NULL ? kin_session_get_captures (session) : NULL);
  watch (self, &self->watched_agenda, session != NULL ? kin_session_get_agenda (session) : NULL);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * kin_capture_list_get_n_groups:
 *
 * Returns: how many groups of captures are shown, one for each agenda item
 *   with captures and one for captures tied to no item
 */
guint
kin_capture_list_get_n_groups (KinCaptureList *self)
{
  g_return_val_if_fail (KIN_IS_CAPTURE_LIST (self), 0);

  return self->n_groups;
}
