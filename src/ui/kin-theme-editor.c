/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-board-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-board-edit.h"
#include "kin-theme-editor.h"

/* The popover that renames and colours a theme on the board, with buttons
 * to tidy its notes and delete it (the canvas's "canvas.tidy-theme" and
 * "canvas.delete-theme" actions). Typing a name is one step however many
 * letters it takes, as the project's history merges them. */

/* What a theme with no colour of its own looks like in the colour button. */
#define DEFAULT_THEME_COLOR "#e8e4dc"

struct _KinThemeEditor
{
  GtkPopover      parent_instance;

  KinProject     *project;
  KinBoard       *board;
  KinCluster     *cluster;
  gboolean        updating;

  GtkEditable    *title_entry;
  GtkColorButton *color_button;
  GtkWidget      *reset_color_button;
  GtkLabel       *count_label;
};

G_DEFINE_FINAL_TYPE (KinThemeEditor, kin_theme_editor, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_BOARD,
  PROP_CLUSTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh (KinThemeEditor *self)
{
  const char *color;
  g_autofree char *count = NULL;
  g_autofree char *notes_text = NULL;
  g_autofree char *votes_text = NULL;
  GdkRGBA rgba;
  GListModel *notes;
  const char *id;
  guint n_notes = 0;
  int votes = 0;

  if (self->cluster == NULL)
    return;

  self->updating = TRUE;

  if (g_strcmp0 (gtk_editable_get_text (self->title_entry), kin_cluster_get_title (self->cluster)) != 0)
    gtk_editable_set_text (self->title_entry, kin_cluster_get_title (self->cluster));

  color = kin_cluster_get_color (self->cluster);
  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    gdk_rgba_parse (&rgba, DEFAULT_THEME_COLOR);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  gtk_widget_set_sensitive (self->reset_color_button, color != NULL && *color != '\0');

  if (self->board != NULL)
    {
      notes = kin_board_get_notes (self->board);
      id = kin_object_get_id (KIN_OBJECT (self->cluster));
      for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
        {
          g_autoptr(KinNote) note = g_list_model_get_item (notes, i);

          if (g_strcmp0 (kin_note_get_cluster (note), id) == 0)
            {
              n_notes++;
              votes += kin_note_get_votes (note);
            }
        }
    }

  notes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_notes), n_notes);
  votes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d vote", "%d votes", votes), votes);
  /* Translators: "5 notes · 12 votes". */
  count = g_strdup_printf (_("%s · %s"), notes_text, votes_text);
  gtk_label_set_text (self->count_label, count);

  self->updating = FALSE;
}

static void
title_changed_cb (KinThemeEditor *self)
{
  if (self->updating || self->project == NULL || self->cluster == NULL)
    return;

  kin_project_set (self->project, self->cluster, "title", gtk_editable_get_text (self->title_entry), NULL);
}

static void
title_activate_cb (KinThemeEditor *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
color_set_cb (KinThemeEditor *self)
{
  g_autofree char *color = NULL;
  GdkRGBA rgba;

  if (self->updating || self->project == NULL || self->cluster == NULL)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (int) (rgba.red * 255 + 0.5),
                           (int) (rgba.green * 255 + 0.5),
                           (int) (rgba.blue * 255 + 0.5));

  kin_project_begin_action (self->project, _("Change Theme Colour"));
  kin_project_set (self->project, self->cluster, "color", color, NULL);
  kin_project_end_action (self->project);
}

/* Back to the colour every theme has until it is given one. */
static void
reset_color_cb (KinThemeEditor *self)
{
  const char *color;

  if (self->project == NULL || self->cluster == NULL)
    return;

  color = kin_cluster_get_color (self->cluster);
  if (color == NULL || *color == '\0')
    return;

  kin_project_begin_action (self->project, _("Reset Theme Colour"));
  kin_project_set (self->project, self->cluster, "color", NULL, NULL);
  kin_project_end_action (self->project);
}

static void
project_changed_cb (KinThemeEditor *self)
{
  if (self->cluster != NULL && self->board != NULL &&
      !g_list_store_find (G_LIST_STORE (kin_board_get_clusters (self->board)), self->cluster, NULL))
    {
      /* The theme was deleted or its adding undone. */
      gtk_popover_popdown (GTK_POPOVER (self));
      kin_theme_editor_set_cluster (self, NULL);
      return;
    }

  refresh (self);
}

KinProject *
kin_theme_editor_get_project (KinThemeEditor *self)
{
  g_return_val_if_fail (KIN_IS_THEME_EDITOR (self), NULL);

  return self->project;
}

void
kin_theme_editor_set_project (KinThemeEditor *self,
                              KinProject     *project)
{
  g_return_if_fail (KIN_IS_THEME_EDITOR (self));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);

  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

KinBoard *
kin_theme_editor_get_board (KinThemeEditor *self)
{
  g_return_val_if_fail (KIN_IS_THEME_EDITOR (self), NULL);

  return self->board;
}

void
kin_theme_editor_set_board (KinThemeEditor *self,
                            KinBoard       *board)
{
  g_return_if_fail (KIN_IS_THEME_EDITOR (self));

  if (g_set_object (&self->board, board))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

/**
 * kin_theme_editor_get_cluster:
 *
 * Returns: (nullable) (transfer none): the theme being edited
 */
KinCluster *
kin_theme_editor_get_cluster (KinThemeEditor *self)
{
  g_return_val_if_fail (KIN_IS_THEME_EDITOR (self), NULL);

  return self->cluster;
}

void
kin_theme_editor_set_cluster (KinThemeEditor *self,
                              KinCluster     *cluster)
{
  g_return_if_fail (KIN_IS_THEME_EDITOR (self));

  if (!g_set_object (&self->cluster, cluster))
    return;

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLUSTER]);
}

GtkEditable *
kin_theme_editor_get_title_entry (KinThemeEditor *self)
{
  g_return_val_if_fail (KIN_IS_THEME_EDITOR (self), NULL);

  return self->title_entry;
}

static void
kin_theme_editor_show (GtkWidget *widget)
{
  KinThemeEditor *self = KIN_THEME_EDITOR (widget);

  refresh (self);
  GTK_WIDGET_CLASS (kin_theme_editor_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  gtk_editable_select_region (self->title_entry, 0, -1);
}

static void
kin_theme_editor_dispose (GObject *object)
{
  KinThemeEditor *self = KIN_THEME_EDITOR (object);

  kin_theme_editor_set_project (self, NULL);
  g_clear_object (&self->board);
  g_clear_object (&self->cluster);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_THEME_EDITOR);

  G_OBJECT_CLASS (kin_theme_editor_parent_class)->dispose (object);
}

static void
kin_theme_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KinThemeEditor *self = KIN_THEME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;

    case PROP_CLUSTER:
      g_value_set_object (value, self->cluster);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_theme_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KinThemeEditor *self = KIN_THEME_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_theme_editor_set_project (self, g_value_get_object (value));
      break;

    case PROP_BOARD:
      kin_theme_editor_set_board (self, g_value_get_object (value));
      break;

    case PROP_CLUSTER:
      kin_theme_editor_set_cluster (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_theme_editor_class_init (KinThemeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_theme_editor_dispose;
  object_class->get_property = kin_theme_editor_get_property;
  object_class->set_property = kin_theme_editor_set_property;
  widget_class->show = kin_theme_editor_show;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL,
                         KIN_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLUSTER] =
    g_param_spec_object ("cluster", NULL, NULL,
                         KIN_TYPE_CLUSTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kin-theme-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KinThemeEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, KinThemeEditor, color_button);
  gtk_widget_class_bind_template_child (widget_class, KinThemeEditor, reset_color_button);
  gtk_widget_class_bind_template_child (widget_class, KinThemeEditor, count_label);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, color_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_color_cb);
}

static void
kin_theme_editor_init (KinThemeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kin_theme_editor_new (void)
{
  return g_object_new (KIN_TYPE_THEME_EDITOR, NULL);
}
