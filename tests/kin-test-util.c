/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-test"

#include <sys/wait.h>

#include <adwaita.h>

#include "config.h"

#include "kin-model.h"
#include "kin-project-reader.h"
#include "kin-test-util.h"

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for a while, so layout, mapping and drawing happen. */
void
kin_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (transition_running (child))
      return TRUE;

  return FALSE;
}

/* Waits until @widget is mapped and a frame has been drawn. Gives up after ten
 * seconds so that a broken display fails the test rather than hanging it. */
void
kin_test_wait_for_frame (GtkWidget *widget)
{
  gboolean done = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_true (gtk_widget_get_mapped (widget));

  gtk_widget_add_tick_callback (widget, tick_cb, &done, NULL);
  gtk_widget_queue_draw (widget);
  while (!done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_true (done);

  /* Pages slide and fade; wait until every transition in the window is over so
   * that what the test looks at is the settled picture. */
  while (transition_running (GTK_WIDGET (gtk_widget_get_root (widget))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  kin_test_iterate (50);
}

/* Renders @widget as it is on screen into NAME.png in the test build
 * directory, using the window's own renderer. */
gboolean
kin_test_save_screenshot (GtkWidget   *widget,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *dir = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn");
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                          "screenshots", NULL);
  g_mkdir_with_parents (dir, 0755);
  filename = g_strdup_printf ("%s/%s.png", dir, name);

  if (!gdk_texture_save_to_png (texture, filename))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", filename);
      return FALSE;
    }

  g_test_message ("Screenshot: %s", filename);
  return TRUE;
}

/* Depth-first search for a widget of @type, and with the widget name @name
 * when that is not NULL. */
GtkWidget *
kin_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kin_test_find_widget (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Finds the first widget, depth first, whose action is @action_name, such as
 * the undo button for "win.undo". */
GtkWidget *
kin_test_find_actionable (GtkWidget  *root,
                          const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kin_test_find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The shortcut of one of @widget's shortcut controllers that runs @action,
 * with @argument when it is not negative, for @trigger; or NULL. */
GtkShortcut *
kin_test_find_shortcut (GtkWidget  *widget,
                        const char *trigger,
                        const char *action,
                        int         argument)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) expected = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

          if (GTK_IS_NAMED_ACTION (shortcut_action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action) == 0 &&
              gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), expected) &&
              (argument < 0 || (arguments != NULL && g_variant_get_int32 (arguments) == argument)))
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

/* Whether @widget has a shortcut controller that runs @action, with
 * @argument when it is not negative, for @trigger. */
gboolean
kin_test_has_shortcut (GtkWidget  *widget,
                       const char *trigger,
                       const char *action,
                       int         argument)
{
  g_autoptr(GtkShortcut) shortcut = kin_test_find_shortcut (widget, trigger, action, argument);

  return shortcut != NULL;
}

/* Pages ------------------------------------------------------------------- */

/* Puts @child in a new window of @width by @height and shows it, without
 * waiting for it to be drawn. */
void
kin_test_present (GtkWidget *child,
                  int        width,
                  int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
}

/* Shows a new page of @page_type for @project in a window of its own, and
 * waits until it is drawn. */
GtkWidget *
kin_test_show_page (GType       page_type,
                    KinProject *project,
                    int         width,
                    int         height)
{
  GtkWidget *page = g_object_new (page_type, "project", project, NULL);

  kin_test_present (page, width, height);
  kin_test_wait_for_frame (page);

  return page;
}

/* Destroys the window that holds @page, and checks that nothing keeps the
 * page or the window alive. */
void
kin_test_close_page (gpointer page)
{
  g_assert_true (GTK_IS_WIDGET (page));

  g_object_add_weak_pointer (G_OBJECT (page), &page);
  kin_test_destroy_window (gtk_widget_get_root (page));
  g_assert_null (page);
}

/* Opens a main window of @app, makes a new project from the starter in it,
 * as the welcome page does, and shows the page of @section, when it is not
 * NULL. */
KinWindow *
kin_test_open_starter_window (KinApplication *app,
                              const char     *section,
                              int             width,
                              int             height)
{
  KinWindow *window = kin_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  kin_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-starter", NULL));
  g_assert_nonnull (kin_window_get_project (window));
  if (section != NULL)
    kin_window_show_section (window, section);
  kin_test_wait_for_frame (GTK_WIDGET (window));

  return window;
}

/* Saves a picture of @widget as it is on screen. A window that is still
 * settling can render an empty frame; the next one is complete. */
void
kin_test_screenshot_widget (GtkWidget  *widget,
                            const char *name)
{
  g_autoptr(GError) error = NULL;

  kin_test_wait_for_frame (widget);
  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_clear_error (&error);
      if (kin_test_save_screenshot (widget, name, &error))
        break;
      kin_test_iterate (100);
      kin_test_wait_for_frame (widget);
    }
  g_assert_no_error (error);
}

/* Saves a picture of the window (or popover) that holds @widget, so that
 * the background is in the picture. */
void
kin_test_screenshot (GtkWidget  *widget,
                     const char *name)
{
  kin_test_screenshot_widget (GTK_WIDGET (gtk_widget_get_native (widget)), name);
}

/* What pages show --------------------------------------------------------- */

/* The first event controller of @type on @widget, or NULL. */
gpointer
kin_test_find_controller (GtkWidget *widget,
                          GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        /* The widget keeps it alive. */
        return controller;
    }

  return NULL;
}

/* Drags row @from of @from_list and drops it on row @to of @to_list, as
 * the pointer would: what the drag source offers is what the drop target
 * receives. */
gboolean
kin_test_drag_row (GtkWidget *from_list,
                   guint      from,
                   GtkWidget *to_list,
                   guint      to)
{
  GtkWidget *source_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (from_list), from));
  GtkWidget *target_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (to_list), to));
  GtkDragSource *source = kin_test_find_controller (source_row, GTK_TYPE_DRAG_SOURCE);
  GtkDropTarget *target = kin_test_find_controller (target_row, GTK_TYPE_DROP_TARGET);
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  const GType *types;
  gsize n_types;
  gboolean accepted = FALSE;
  gboolean dropped = FALSE;

  g_assert_nonnull (source);
  g_assert_nonnull (target);

  g_signal_emit_by_name (source, "prepare", 5.0, 5.0, &content);
  g_assert_nonnull (content);

  types = gtk_drop_target_get_gtypes (target, &n_types);
  for (gsize i = 0; i < n_types && !accepted; i++)
    {
      g_value_init (&value, types[i]);
      accepted = gdk_content_provider_get_value (content, &value, NULL);
      if (!accepted)
        g_value_unset (&value);
    }
  if (!accepted)
    return FALSE;

  g_signal_emit_by_name (target, "drop", &value, 5.0, 5.0, &dropped);

  return dropped;
}


/* The number of rows of a list box, shown or filtered out. */
guint
kin_test_n_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;

  return n;
}

/* The name of the visible page of the first stack below @root. */
const char *
kin_test_visible_stack_child (GtkWidget *root)
{
  GtkWidget *stack = kin_test_find_widget (root, GTK_TYPE_STACK, NULL);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* The first preferences row of @type below @root that has @title. */
GtkWidget *
kin_test_find_row_titled (GtkWidget  *root,
                          GType       type,
                          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;

      found = kin_test_find_row_titled (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The text of the label with the widget name @name below @root. */
const char *
kin_test_label_text (GtkWidget  *root,
                     const char *name)
{
  GtkWidget *label = kin_test_find_widget (root, GTK_TYPE_LABEL, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The first visible window of @type, such as a message dialog, or NULL. */
gpointer
kin_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && gtk_widget_get_visible (GTK_WIDGET (item)))
        /* GTK keeps it alive while it is shown. */
        return item;
    }

  return NULL;
}

/* Waits until @preview shows a card titled @title: previews are rebuilt
 * when the main loop is idle. */
void
kin_test_wait_for_preview (KinCardPreview *preview,
                           const char     *title)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (kin_card_preview_get_face (preview) == NULL ||
         g_strcmp0 (kin_card_face_get_title (kin_card_preview_get_face (preview)), title) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
    }
}

/* The undo toast shown last in the toast overlay that holds @widget, or
 * that a page holds, while it is shown. */
AdwToast *
kin_test_get_undo_toast (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    overlay = kin_test_find_widget (widget, ADW_TYPE_TOAST_OVERLAY, NULL);
  g_assert_nonnull (overlay);

  return kin_undo_toast_get_current (overlay);
}

/* Presses the Undo button of the undo toast shown for @widget. */
void
kin_test_click_undo_toast (GtkWidget *widget)
{
  AdwToast *toast = kin_test_get_undo_toast (widget);

  g_assert_nonnull (toast);
  g_signal_emit_by_name (toast, "button-clicked");
}

/* How many steps the project can undo. */
guint
kin_test_n_undo (KinProject *project)
{
  return kin_history_get_n_undo (kin_project_get_history (project));
}

/* Loads the example project from the application's resources, as the
 * welcome page does. The resources must be registered, which creating a
 * KinApplication does. */
gpointer
kin_test_load_starter (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  KinProject *project;

  bytes = g_resources_lookup_data (RESOURCE_PATH "/starter/starter.kindling",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  project = kin_project_read_bytes (bytes, "starter.kindling", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_cmpuint (g_list_model_get_n_items (kin_project_get_principles (project)), >=, 3);

  return project;
}

/* Sets up a UI test program: GTK, and a registered application named
 * io.github.kindling.Kindling.NAME that does not need to be unique. When
 * @tmpdir is given, a private directory is made for it and used as the
 * user's data and config folders, so recent files, drafts and anything
 * else GTK writes stay out of the real ones. */
KinApplication *
kin_test_init_app (int          *argc,
                   char       ***argv,
                   const char   *name,
                   char        **tmpdir)
{
  g_autofree char *app_id = g_strconcat ("io.github.kindling.Kindling.", name, NULL);
  KinApplication *app;

  if (tmpdir != NULL)
    {
      g_autofree char *template = g_strdup_printf ("kindling-test-%s-XXXXXX", name);

      *tmpdir = g_dir_make_tmp (template, NULL);
      g_assert_nonnull (*tmpdir);
      g_setenv ("XDG_DATA_HOME", *tmpdir, TRUE);
      g_setenv ("XDG_CONFIG_HOME", *tmpdir, TRUE);
    }

  gtk_test_init (argc, argv, NULL);

  app = kin_application_new (app_id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  return app;
}

/* Destroys @window and checks that nothing keeps it alive. */
void
kin_test_destroy_window (gpointer window)
{
  g_assert_true (GTK_IS_WINDOW (window));

  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_destroy (GTK_WINDOW (window));
  kin_test_iterate (20);
  g_assert_null (window);
}

/* Runs the built kindling binary (KINDLING_BIN) with @args, as a script
 * would, and returns its exit status; what it printed on stderr goes to
 * @err when given. */
int
kin_test_run_kindling (const char * const  *args,
                       char               **err)
{
  const char *bin = g_getenv ("KINDLING_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer) bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}
