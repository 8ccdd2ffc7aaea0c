/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Start-up benchmark: the time from starting a process to its main window's
 * first frame, for Kindling, for a minimal libadwaita window (the floor), and
 * for GNOME Text Editor when it is installed, all measured the same way in one
 * run.
 *
 * The first frame is observed from outside the program, through the X server:
 * the benchmark watches the root window for new top-level windows, asks the
 * DAMAGE extension to report drawing into each, and stops the clock at the first
 * drawing into a mapped window. That needs no change to the programs measured,
 * so a peer program is timed exactly like ours. Run it under Xvfb. */

#include <glib.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

#define RUNS 7
#define TIMEOUT_SECONDS 30

static int damage_event_base;

static int
ignore_x_errors (Display     *display,
                 XErrorEvent *event)
{
  /* Windows come and go while we watch them; errors about vanished ones are
   * expected and harmless. */
  return 0;
}

static gboolean
wait_for_event (Display *display,
                gint64   deadline)
{
  struct pollfd pfd = { ConnectionNumber (display), POLLIN, 0 };

  while (XPending (display) == 0)
    {
      gint64 left = (deadline - g_get_monotonic_time ()) / 1000;

      if (left <= 0)
        return FALSE;
      poll (&pfd, 1, (int) MIN (left, 100));
    }

  return TRUE;
}

static gboolean
is_viewable (Display *display,
             Window   window)
{
  XWindowAttributes attributes;

  if (!XGetWindowAttributes (display, window, &attributes))
    return FALSE;

  return attributes.map_state == IsViewable && attributes.width > 1 && attributes.height > 1;
}

/* Returns the milliseconds from spawn to first frame, or a negative number. */
static double
time_first_frame (Display     *display,
                  char       **argv,
                  char       **envp)
{
  Window root = DefaultRootWindow (display);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) damages = g_array_new (FALSE, FALSE, sizeof (Damage));
  GPid pid;
  gint64 start, deadline;
  double result = -1;
  int status;

  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, True);

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("bench-startup: cannot start %s: %s\n", argv[0], error->message);
      return -1;
    }

  deadline = start + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  while (result < 0 && wait_for_event (display, deadline))
    {
      XEvent event;

      XNextEvent (display, &event);
      if (event.type == CreateNotify && event.xcreatewindow.parent == root)
        {
          Damage damage = XDamageCreate (display, event.xcreatewindow.window,
                                         XDamageReportNonEmpty);
          g_array_append_val (damages, damage);
        }
      else if (event.type == damage_event_base + XDamageNotify)
        {
          XDamageNotifyEvent *notify = (XDamageNotifyEvent *) &event;

          if (is_viewable (display, notify->drawable))
            result = (g_get_monotonic_time () - start) / 1000.0;
          XDamageSubtract (display, notify->damage, None, None);
        }
    }

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);

  for (guint i = 0; i < damages->len; i++)
    XDamageDestroy (display, g_array_index (damages, Damage, i));
  XSelectInput (display, root, NoEventMask);
  XSync (display, True);

  if (result < 0)
    g_printerr ("bench-startup: %s showed no frame within %d s\n", argv[0], TIMEOUT_SECONDS);

  return result;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_first_frame (Display     *display,
                    const char  *label,
                    char       **argv,
                    char       **envp)
{
  double times[RUNS];

  /* One untimed run warms the page cache and font caches for every program alike. */
  time_first_frame (display, argv, envp);

  for (guint i = 0; i < RUNS; i++)
    {
      times[i] = time_first_frame (display, argv, envp);
      if (times[i] < 0)
        return -1;
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  g_print ("%-28s median %7.1f ms   (min %.1f, max %.1f, %d runs)\n",
           label, times[RUNS / 2], times[0], times[RUNS - 1], RUNS);

  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  const char *kindling = g_getenv ("KINDLING_BIN");
  const char *minimal = g_getenv ("KINDLING_BENCH_MINIMAL");
  Display *display;
  int error_base;
  double ours, floor_ms;

  if (kindling == NULL || minimal == NULL)
    {
      g_printerr ("bench-startup: set KINDLING_BIN and KINDLING_BENCH_MINIMAL (meson does)\n");
      return 1;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_printerr ("bench-startup: no X display; run it under xvfb-run\n");
      return 77;
    }
  if (!XDamageQueryExtension (display, &damage_event_base, &error_base))
    {
      g_printerr ("bench-startup: the X server has no DAMAGE extension\n");
      return 77;
    }
  XSetErrorHandler (ignore_x_errors);

  /* Every program gets the same renderer, so that the comparison is of the
   * programs and not of how fast this X server does OpenGL. */
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "NO_AT_BRIDGE", "1", TRUE);

  g_print ("Start-up to first frame (GSK_RENDERER=cairo, X11)\n");
  floor_ms = median_first_frame (display, "minimal libadwaita window",
                                 (char *[]) { (char *) minimal, NULL }, envp);
  ours = median_first_frame (display, "kindling",
                             (char *[]) { (char *) kindling, NULL }, envp);
  if (editor != NULL)
    median_first_frame (display, "gnome-text-editor --standalone",
                        (char *[]) { editor, "--standalone", NULL }, envp);
  else
    g_print ("%-28s not installed\n", "gnome-text-editor");

  XCloseDisplay (display);

  if (ours < 0 || floor_ms < 0)
    return 1;

  g_print ("kindling / minimal window: %.2fx (target <= 1.30x: %s)\n",
           ours / floor_ms, ours / floor_ms <= 1.3 ? "PASS" : "MISS");

  return 0;
}
