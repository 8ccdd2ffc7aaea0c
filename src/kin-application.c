/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-application.h"
#include "kin-command-line.h"
#include "kin-resources.h"
#include "kin-window.h"

struct _KinApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (KinApplication, kin_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check project files, print a summary and any warnings, and exit"), NULL },
  { "save-as", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Load FILE and save it in the current format as OUT"), N_("OUT") },
  { "starter", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the example project to OUT"), N_("OUT") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export part of a project (cards, gains, board:ID, journey:ID, assessment:ID, session:ID)"),
    N_("WHAT") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export writes"), N_("OUT") },
  { "template", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The card sheet template for --export=cards"), N_("ID") },
  { "cards", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What --export=cards prints: principles, all or deck:ID"), N_("WHAT") },
  { "import-gains", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Append marginal gains from a CSV file to FILE"), N_("IN.csv") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

/* The accelerators of every application and window action. The shortcuts window
 * (gtk/help-overlay.ui) lists each of them; a test checks that it does.
 * Ctrl+N for a new project is not among them: an application accelerator
 * goes before any key of the page in view, and the Conversation Cards page
 * uses Ctrl+N for a new card. The window binds it instead (see
 * kin-window-actions.c). */
static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.help", { "F1", NULL } },
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.show-section::overview", { "<Alt>1", NULL } },
  { "win.show-section::principles", { "<Alt>2", NULL } },
  { "win.show-section::standards", { "<Alt>3", NULL } },
  { "win.show-section::cards", { "<Alt>4", NULL } },
  { "win.show-section::boards", { "<Alt>5", NULL } },
  { "win.show-section::assessment", { "<Alt>6", NULL } },
  { "win.show-section::journeys", { "<Alt>7", NULL } },
  { "win.show-section::gains", { "<Alt>8", NULL } },
  { "win.show-section::sessions", { "<Alt>9", NULL } },
  { "win.show-section::print", { "<Alt>0", NULL } },
};

static KinWindow *
get_active_kin_window (KinApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (KIN_IS_WINDOW (window))
    return KIN_WINDOW (window);

  return NULL;
}

static void
style_variant_changed_cb (KinApplication *self,
                          const char     *key,
                          GSettings      *settings)
{
  g_autofree char *variant = g_settings_get_string (settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  KinApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window in turn lets a window with unsaved changes ask first;
   * the application quits by itself when the last window has gone. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KinApplication *self = user_data;
  KinWindow *window = kin_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
}

static void
show_help_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      KinWindow *window = KIN_WINDOW (object);
      g_autofree char *message =
        g_strdup_printf (_("Could not open the help pages: %s"), error->message);

      kin_window_show_toast (window, message);
    }
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  KinApplication *self = user_data;
  KinWindow *window = get_active_kin_window (self);

  if (window == NULL)
    return;

  gtk_show_uri_full (GTK_WINDOW (window), "help:kindling", GDK_CURRENT_TIME,
                     NULL, show_help_cb, NULL);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KinApplication *self = user_data;
  static const char *developers[] = { "The Kindling developers", NULL };
  static const char *documenters[] = { "The Kindling developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_active_kin_window (self),
                        "modal", TRUE,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Kindling"),
                        "developer-name", _("The Kindling developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Run customer-culture workshops, log marginal gains "
                                      "and print pocket principle cards"),
                        "website", "https://github.com/kindling/kindling",
                        "issue-url", "https://github.com/kindling/kindling/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Kindling developers"),
                        "developers", developers,
                        "documenters", documenters,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Built with"),
                                                (const char *[]) {
                                                  "GTK https://www.gtk.org",
                                                  "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
                                                  "json-glib https://gitlab.gnome.org/GNOME/json-glib",
                                                  "Cairo https://www.cairographics.org",
                                                  "Pango https://pango.gnome.org",
                                                  NULL });

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "new-window", new_window_activated },
  { "help", help_activated },
  { "about", about_activated },
};

static void
kin_application_startup (GApplication *application)
{
  KinApplication *self = KIN_APPLICATION (application);
  g_autoptr(GAction) style_action = NULL;

  G_APPLICATION_CLASS (kin_application_parent_class)->startup (application);

  /* Settings are made here rather than at construction, so that command-line
   * modes such as --check never need the schema nor a display. */
  self->settings = g_settings_new (BASE_APPLICATION_ID);

  g_set_application_name (_("Kindling"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);

  /* The style preference is a stateful action, so the primary menu can show it
   * as radio items that stay in step with the setting. */
  style_action = g_settings_create_action (self->settings, "style-variant");
  g_action_map_add_action (G_ACTION_MAP (self), style_action);
  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (style_variant_changed_cb), self,
                           G_CONNECT_SWAPPED);
  style_variant_changed_cb (self, "style-variant", self->settings);

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
kin_application_activate (GApplication *application)
{
  KinApplication *self = KIN_APPLICATION (application);
  KinWindow *window = get_active_kin_window (self);

  if (window == NULL)
    window = kin_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
}

static void
kin_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  KinApplication *self = KIN_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      KinWindow *window = kin_window_new (self);

      kin_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static int
kin_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  g_autofree const char **remaining = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);

  /* Command-line modes (--check, --save-as, ...) run here, before GTK starts,
   * so they work with no display. */
  status = kin_command_line_run (application, options, (GStrv) remaining);
  if (status >= 0)
    return status;

  if (remaining == NULL)
    return -1;

  /* Files named on the command line open in this instance, or in the one
   * already running, which then shows their windows. */
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("kindling: %s\n", error->message);
      return 1;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; remaining[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (remaining[i]));

  g_application_open (application, (GFile **) files->pdata, files->len, "");

  return g_application_get_is_remote (application) ? 0 : -1;
}

static void
kin_application_dispose (GObject *object)
{
  KinApplication *self = KIN_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kin_application_parent_class)->dispose (object);
}

static void
kin_application_class_init (KinApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kin_application_dispose;

  kin_register_resource ();

  app_class->startup = kin_application_startup;
  app_class->activate = kin_application_activate;
  app_class->open = kin_application_open;
  app_class->handle_local_options = kin_application_handle_local_options;
}

static void
kin_application_init (KinApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run customer-culture workshops from one project file."));
}

/**
 * kin_application_new:
 * @application_id: the application ID (differs in development builds)
 * @flags: application flags; tests add %G_APPLICATION_NON_UNIQUE
 *
 * Returns: (transfer full): a new #KinApplication
 */
KinApplication *
kin_application_new (const char        *application_id,
                     GApplicationFlags  flags)
{
  return g_object_new (KIN_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * kin_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
kin_application_get_settings (KinApplication *self)
{
  g_return_val_if_fail (KIN_IS_APPLICATION (self), NULL);

  return self->settings;
}
