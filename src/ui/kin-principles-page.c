/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-principles"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-artwork.h"
#include "kin-list-rows.h"
#include "kin-principles-page.h"
#include "kin-undo-toast.h"

/* The Principles section: the list of principles on the left (reordered by
 * drag and drop, with the buttons below it or with Alt+Up/Down) and the
 * editor of the selected one on the right. On a narrow window the two panes
 * fold into one and the editor has a back button.
 */

/* Colours for new principles, dark enough for white text, so that each new
 * card looks different without the user choosing. */
static const char * const new_colors[] = {
  "#3b6ea5", "#1c7a4e", "#a1401e", "#7b3f98", "#9a6700", "#136f7a", "#b0284b",
};

struct _KinPrinciplesPage
{
  GtkWidget           parent_instance;

  KinProject         *project;
  KinPrinciple       *selected;
  gboolean            selecting;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwStatusPage      *status_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkListBox         *list_box;
  GtkWidget          *editor_pane;
  GtkWidget          *back_bar;
  KinPrincipleEditor *editor;
};

G_DEFINE_FINAL_TYPE (KinPrinciplesPage, kin_principles_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_principles (KinPrinciplesPage *self)
{
  return self->project != NULL ? kin_project_get_principles (self->project) : NULL;
}

static guint
n_principles (KinPrinciplesPage *self)
{
  GListModel *principles = get_principles (self);

  return principles != NULL ? g_list_model_get_n_items (principles) : 0;
}

static gboolean
find_principle (KinPrinciplesPage *self,
                KinPrinciple      *principle,
                guint             *position)
{
  return kin_list_model_find (get_principles (self), principle, position);
}

static void
update_actions (KinPrinciplesPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint position = 0;
  gboolean has_selection = find_principle (self, self->selected, &position);
  guint n = n_principles (self);

  gtk_widget_action_set_enabled (widget, "principles.add", self->project != NULL);
  gtk_widget_action_set_enabled (widget, "principles.duplicate", has_selection);
  gtk_widget_action_set_enabled (widget, "principles.delete", has_selection);
  gtk_widget_action_set_enabled (widget, "principles.move-up", has_selection && position > 0);
  gtk_widget_action_set_enabled (widget, "principles.move-down",
                                 has_selection && position + 1 < n);
}

static void
update_stack (KinPrinciplesPage *self)
{
  gboolean empty = n_principles (self) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "principles");
  if (self->project == NULL)
    adw_status_page_set_description (self->status_page,
                                     _("Open or create a project to write down its principles."));
  else
    adw_status_page_set_description (self->status_page,
                                     _("Principles are the few ideas that should guide every "
                                       "contact with a customer. Each one becomes a pocket card."));
}

/* Rows -------------------------------------------------------------------- */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  KinPrinciple *principle = data;
  GdkRGBA rgba;
  double size = MIN (width, height);

  if (!gdk_rgba_parse (&rgba, kin_principle_get_color (principle)))
    return;

  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, size / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static gboolean
name_to_label (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      data)
{
  const char *name = g_value_get_string (from);

  g_value_set_string (to, name != NULL && *name != '\0' ? name : _("Untitled Principle"));
  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (gtk_widget_get_ancestor (row, KIN_TYPE_PRINCIPLES_PAGE));
  KinPrinciple *dropped = g_value_get_object (value);
  KinPrinciple *onto = g_object_get_data (G_OBJECT (row), "kin-principle");
  guint to;

  if (self == NULL || dropped == NULL || !find_principle (self, onto, &to))
    return FALSE;

  kin_principles_page_move_principle (self, dropped, to);
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  KinPrinciple *principle = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDropTarget *target = gtk_drop_target_new (KIN_TYPE_PRINCIPLE, GDK_ACTION_MOVE);

  g_object_set_data_full (G_OBJECT (row), "kin-principle",
                          g_object_ref (principle), g_object_unref);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 16);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, principle, NULL);
  g_signal_connect_object (principle, "notify::color",
                           G_CALLBACK (gtk_widget_queue_draw), swatch, G_CONNECT_SWAPPED);

  g_object_bind_property_full (principle, "name", label, "label", G_BINDING_SYNC_CREATE,
                               name_to_label, NULL, NULL, NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_widget_add_css_class (handle, "dim-label");

  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), handle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  kin_list_row_set_draggable (row, KIN_TYPE_PRINCIPLE, principle);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

/* Selection --------------------------------------------------------------- */

static void
show_selected (KinPrinciplesPage *self)
{
  guint position;
  GtkListBoxRow *row = NULL;

  if (find_principle (self, self->selected, &position))
    row = gtk_list_box_get_row_at_index (self->list_box, position);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->list_box, row);
  self->selecting = FALSE;

  kin_principle_editor_set_principle (self->editor,
                                      row != NULL ? self->selected : NULL);
  update_actions (self);
}

/**
 * kin_principles_page_select:
 * @principle: (nullable): a principle of the project
 *
 * Selects @principle in the list and shows it in the editor.
 */
void
kin_principles_page_select (KinPrinciplesPage *self,
                            KinPrinciple      *principle)
{
  g_return_if_fail (KIN_IS_PRINCIPLES_PAGE (self));

  g_set_object (&self->selected, principle);
  show_selected (self);
}

static void
row_selected_cb (KinPrinciplesPage *self,
                 GtkListBoxRow     *row)
{
  if (self->selecting || row == NULL)
    return;

  g_set_object (&self->selected, g_object_get_data (G_OBJECT (row), "kin-principle"));
  kin_principle_editor_set_principle (self->editor, self->selected);
  update_actions (self);
}

static void
row_activated_cb (KinPrinciplesPage *self,
                  GtkListBoxRow     *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
principles_changed_cb (KinPrinciplesPage *self,
                       guint              position,
                       guint              removed,
                       guint              added,
                       GListModel        *principles)
{
  /* The list box rebuilds the changed rows, which loses the selection; the
   * same principle is selected again, or, when it was removed, the one that
   * took its place. */
  if (!find_principle (self, self->selected, NULL))
    {
      g_clear_object (&self->selected);
      self->selected = kin_list_model_dup_near (principles, position);
    }

  update_stack (self);
  show_selected (self);
}

/* Actions ----------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (widget);
  g_autoptr(KinPrinciple) principle = NULL;
  guint n;

  if (self->project == NULL)
    return;

  n = n_principles (self);
  /* A principle not yet in the project is filled in directly; adding it is
   * the undoable edit. */
  principle = kin_principle_new ();
  kin_principle_set_name (principle, _("New Principle"));
  kin_principle_set_color (principle, new_colors[n % G_N_ELEMENTS (new_colors)]);

  kin_project_begin_action (self->project, _("Add Principle"));
  kin_project_append (self->project, get_principles (self), principle);
  kin_project_end_action (self->project);

  kin_principles_page_select (self, principle);
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
  kin_principle_editor_focus_name (self->editor);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (widget);
  g_autoptr(KinPrinciple) copy = NULL;
  g_autofree char *name = NULL;
  KinPrinciple *original = self->selected;
  guint position;

  if (!find_principle (self, original, &position))
    return;

  kin_principle_editor_flush (self->editor);

  /* Translators: the name of a duplicated principle; %s is the original's. */
  name = g_strdup_printf (_("%s (copy)"), kin_principle_get_name (original));
  copy = kin_principle_new ();
  kin_principle_set_name (copy, name);
  kin_principle_set_summary (copy, kin_principle_get_summary (original));
  kin_principle_set_behaviours (copy, kin_principle_get_behaviours (original));
  kin_principle_set_color (copy, kin_principle_get_color (original));
  /* The copy shares the artwork asset rather than storing the image twice. */
  kin_principle_set_image (copy, kin_principle_get_image (original));

  kin_project_begin_action (self->project, _("Duplicate Principle"));
  kin_project_insert (self->project, get_principles (self), position + 1, copy);
  kin_project_end_action (self->project);

  kin_principles_page_select (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (widget);
  g_autofree char *image = NULL;
  guint position;

  if (!find_principle (self, self->selected, &position))
    return;

  kin_principle_editor_flush (self->editor);
  image = g_strdup (kin_principle_get_image (self->selected));

  kin_project_begin_action (self->project, _("Delete Principle"));
  kin_project_remove (self->project, get_principles (self), position);
  kin_artwork_release (self->project, image);
  kin_project_end_action (self->project);

  kin_undo_toast_show (GTK_WIDGET (self->toast_overlay), self->project, _("Principle deleted"));
}

/**
 * kin_principles_page_move_principle:
 * @principle: a principle of the project
 * @to: its position after the move
 *
 * Moves a principle in the list as one undoable step, as dragging it does.
 */
void
kin_principles_page_move_principle (KinPrinciplesPage *self,
                                    KinPrinciple      *principle,
                                    guint              to)
{
  guint from;

  g_return_if_fail (KIN_IS_PRINCIPLES_PAGE (self));

  if (!find_principle (self, principle, &from) || to >= n_principles (self) || from == to)
    return;

  kin_principle_editor_flush (self->editor);
  g_set_object (&self->selected, principle);

  kin_project_begin_action (self->project, _("Move Principle"));
  kin_project_move (self->project, get_principles (self), from, to);
  kin_project_end_action (self->project);

  show_selected (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (widget);
  gboolean up = g_str_equal (action_name, "principles.move-up");
  guint position;

  if (!find_principle (self, self->selected, &position))
    return;
  if (up && position == 0)
    return;

  kin_principles_page_move_principle (self, self->selected, up ? position - 1 : position + 1);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* Object ------------------------------------------------------------------ */

static void
kin_principles_page_dispose (GObject *object)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (object);

  kin_principles_page_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_PRINCIPLES_PAGE);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (kin_principles_page_parent_class)->dispose (object);
}

static void
kin_principles_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principles_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KinPrinciplesPage *self = KIN_PRINCIPLES_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      kin_principles_page_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_principles_page_class_init (KinPrinciplesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kin_principles_page_dispose;
  object_class->get_property = kin_principles_page_get_property;
  object_class->set_property = kin_principles_page_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         KIN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "principles.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "principles.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "principles.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "principles.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "principles.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "principles.show-list", NULL, show_list_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "principles.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "principles.move-down", NULL);

  g_type_ensure (KIN_TYPE_PRINCIPLE_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-principles-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, KinPrinciplesPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
kin_principles_page_init (KinPrinciplesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The back button only makes sense when the panes are folded. */
  g_object_bind_property (self->leaflet, "folded", self->back_bar, "visible",
                          G_BINDING_SYNC_CREATE);

  /* Delete removes the selected principle only from the list itself, never
   * while typing in the editor. */
  kin_list_box_add_shortcut (self->list_box, GDK_KEY_Delete, 0, "principles.delete");

  update_stack (self);
  update_actions (self);
}

KinProject *
kin_principles_page_get_project (KinPrinciplesPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLES_PAGE (self), NULL);

  return self->project;
}

/**
 * kin_principles_page_set_project:
 * @project: (nullable): the project to show
 */
void
kin_principles_page_set_project (KinPrinciplesPage *self,
                                 KinProject        *project)
{
  GListModel *principles;

  g_return_if_fail (KIN_IS_PRINCIPLES_PAGE (self));
  g_return_if_fail (project == NULL || KIN_IS_PROJECT (project));

  if (self->project == project)
    return;

  kin_principle_editor_set_principle (self->editor, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (get_principles (self), self);

  g_set_object (&self->project, project);
  g_clear_object (&self->selected);
  kin_principle_editor_set_project (self->editor, project);

  principles = get_principles (self);
  gtk_list_box_bind_model (self->list_box, principles, create_row, NULL, NULL);

  if (principles != NULL)
    {
      g_signal_connect_object (principles, "items-changed",
                               G_CALLBACK (principles_changed_cb), self, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (principles) > 0)
        self->selected = g_list_model_get_item (principles, 0);
    }

  update_stack (self);
  show_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * kin_principles_page_get_selected:
 *
 * Returns: (nullable) (transfer none): the principle in the editor
 */
KinPrinciple *
kin_principles_page_get_selected (KinPrinciplesPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLES_PAGE (self), NULL);

  return self->selected;
}

/**
 * kin_principles_page_get_editor:
 *
 * Returns: (transfer none): the editor of the selected principle
 */
KinPrincipleEditor *
kin_principles_page_get_editor (KinPrinciplesPage *self)
{
  g_return_val_if_fail (KIN_IS_PRINCIPLES_PAGE (self), NULL);

  return self->editor;
}
