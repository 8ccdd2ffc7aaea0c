/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "kindling-presenting"

#include "config.h"

#include <glib/gi18n.h>

#include "kin-columns.h"
#include "kin-agenda-kinds.h"
#include "kin-model.h"
#include "kin-presenter-console-private.h"
#include "kin-presenter-text.h"

/* What the facilitator sees on the laptop while the projector shows the
 * slide: the current item with its notes, the timer, what comes next, a
 * small copy of the projector, the card round and the capture box. For a
 * board item the board itself takes the wide part of the console, to work
 * on with the room, and the rest moves to a column beside it (or under it
 * in a narrow window).
 *
 * Everything the console can do is a "presenter." action, so the buttons,
 * the keys (see kin-window-presenting.c) and the tests all take the same
 * path. The console also drives the presenter's clock while it exists.
 */

#define TICK_MS 250

G_DEFINE_FINAL_TYPE (KinPresenterConsole, kin_presenter_console, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRESENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ALERT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Showing the presenter ----------------------------------------------------- */

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
update_actions (KinPresenterConsole *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  KinPresenter *presenter = self->presenter;
  gboolean running = presenter != NULL &&
                     kin_presenter_get_state (presenter) == KIN_PRESENTER_STATE_RUNNING;
  gboolean has_item = running && kin_presenter_get_current_item (presenter) != NULL;
  gboolean card_round = has_item && kin_presenter_is_card_round (presenter);
  gboolean has_card = card_round && kin_presenter_get_current_card (presenter) != NULL;
  guint remaining = card_round ? kin_presenter_get_n_remaining (presenter) : 0;
  gboolean can_go_back = presenter != NULL &&
                         (!running || kin_presenter_get_item_index (presenter) > 0 || has_card);

  gtk_widget_action_set_enabled (widget, "presenter.next", has_item);
  gtk_widget_action_set_enabled (widget, "presenter.previous", can_go_back);
  gtk_widget_action_set_enabled (widget, "presenter.toggle-blank", presenter != NULL);
  gtk_widget_action_set_enabled (widget, "presenter.toggle-timer", has_item);
  gtk_widget_action_set_enabled (widget, "presenter.add-minute", has_item);
  gtk_widget_action_set_enabled (widget, "presenter.reset-timer", has_item);
  gtk_widget_action_set_enabled (widget, "presenter.shuffle", card_round && remaining > 1);
  gtk_widget_action_set_enabled (widget, "presenter.draw-card", card_round && remaining > 0);
  gtk_widget_action_set_enabled (widget, "presenter.skip-card", has_card);
  gtk_widget_action_set_enabled (widget, "presenter.put-back", has_card);
  gtk_widget_action_set_enabled (widget, "presenter.capture", has_item);
  gtk_widget_set_sensitive (GTK_WIDGET (self->capture_entry), has_item);
}

static void
update_item (KinPresenterConsole *self)
{
  KinPresenter *presenter = self->presenter;
  KinAgendaItem *item = kin_presenter_get_current_item (presenter);
  gboolean ended = kin_presenter_get_state (presenter) == KIN_PRESENTER_STATE_ENDED;
  g_autofree char *position = kin_presenter_text_position (presenter);
  g_autofree char *kicker = NULL;
  g_autofree char *title = NULL;
  const char *notes = NULL;
  gboolean next_ends;

  if (ended)
    {
      kicker = g_strdup (_("End of the session"));
      title = g_strdup (_("The projector says thank you"));
      notes = _("Press Left to go back to the last item, or Esc to stop presenting.");
    }
  else if (item == NULL)
    {
      kicker = g_strdup (_("Empty agenda"));
      title = g_strdup (_("This session has no agenda items"));
      notes = _("Stop presenting and add items on the Sessions page.");
    }
  else
    {
      /* Translators: the kind of agenda item and where it is, e.g.
       * "Card round · Item 3 of 7 · Card 2 of 21". */
      kicker = g_strdup_printf (_("%s · %s"), kin_agenda_kind_get_label (kin_agenda_item_get_kind (item)),
                                position);
      title = kin_presenter_text_item_title (item);
      notes = kin_agenda_item_get_notes (item);
    }

  set_label (self->position_label, kicker);
  set_label (self->item_title_label, title);
  set_label (self->notes_label, notes != NULL ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes != NULL && *notes != '\0');

  /* Forward says what it will do: draw a card, or move on. */
  next_ends = !ended && item != NULL && kin_presenter_get_next_item (presenter) == NULL &&
              !(kin_presenter_is_card_round (presenter) && kin_presenter_get_n_remaining (presenter) > 0);
  if (item != NULL && kin_presenter_is_card_round (presenter) && kin_presenter_get_n_remaining (presenter) > 0)
    adw_button_content_set_label (self->forward_content, _("_Draw Card"));
  else if (next_ends)
    adw_button_content_set_label (self->forward_content, _("F_inish"));
  else
    adw_button_content_set_label (self->forward_content, _("_Forward"));
}

static void
update_next (KinPresenterConsole *self)
{
  KinPresenter *presenter = self->presenter;
  KinAgendaItem *next = kin_presenter_get_next_item (presenter);
  KinCard *card;
  gboolean card_round = kin_presenter_get_current_item (presenter) != NULL &&
                        kin_presenter_is_card_round (presenter);

  if (next != NULL)
    {
      g_autofree char *title = kin_presenter_text_item_title (next);
      g_autofree char *minutes = kin_agenda_format_minutes (kin_agenda_item_get_minutes (next));
      /* Translators: the kind and length of the next agenda item, e.g.
       * "Break · 10 min". */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"),
                                                   kin_agenda_kind_get_label (kin_agenda_item_get_kind (next)),
                                                   minutes);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_item_row), title);
      adw_action_row_set_subtitle (self->next_item_row, subtitle);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_item_row),
                                     kin_presenter_get_state (presenter) == KIN_PRESENTER_STATE_ENDED
                                     ? _("Nothing: the session has ended")
                                     : _("The end of the session"));
      adw_action_row_set_subtitle (self->next_item_row,
                                   kin_presenter_get_current_item (presenter) != NULL
                                   ? _("This is the last item") : "");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->next_card_row), card_round);
  gtk_widget_set_visible (self->cards_group, card_round);
  if (!card_round)
    return;

  card = kin_presenter_peek_next_card (presenter);
  adw_action_row_set_subtitle (self->next_card_row,
                               card != NULL ? kin_card_get_title (card) : _("No cards left in the pile"));

  {
    guint n = kin_presenter_get_n_remaining (presenter);
    g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card left",
                                                          "%u cards left", n), n);

    set_label (self->cards_left_label, left);
  }
}

static void
update_timer (KinPresenterConsole *self)
{
  KinPresenter *presenter = self->presenter;
  GtkWidget *countdown = GTK_WIDGET (self->countdown_label);
  g_autofree char *text = kin_presenter_text_countdown (kin_presenter_get_remaining_ms (presenter));
  g_autofree char *item = NULL;
  g_autofree char *session = NULL;
  KinTimerPhase phase = kin_presenter_get_phase (presenter);
  gboolean running = kin_presenter_get_timer_running (presenter);

  set_label (self->countdown_label, text);

  /* The same colours as on the projector, in the style's own words. */
  if (phase == KIN_TIMER_PHASE_LAST_MINUTE)
    gtk_widget_add_css_class (countdown, "warning");
  else
    gtk_widget_remove_css_class (countdown, "warning");
  if (phase == KIN_TIMER_PHASE_OVERTIME)
    gtk_widget_add_css_class (countdown, "error");
  else
    gtk_widget_remove_css_class (countdown, "error");
  if (!running && phase == KIN_TIMER_PHASE_NORMAL)
    gtk_widget_add_css_class (countdown, "dim-label");
  else
    gtk_widget_remove_css_class (countdown, "dim-label");

  adw_button_content_set_label (self->timer_content, running ? _("_Pause") : _("_Start"));
  adw_button_content_set_icon_name (self->timer_content,
                                    running ? "media-playback-pause-symbolic"
                                            : "media-playback-start-symbolic");

  item = kin_presenter_text_progress (kin_presenter_get_item_elapsed_ms (presenter),
                                      kin_presenter_get_item_planned_minutes (presenter));
  session = kin_presenter_text_progress (kin_presenter_get_session_elapsed_ms (presenter),
                                         kin_presenter_get_session_planned_minutes (presenter));
  set_label (self->item_progress_label, item);
  set_label (self->session_progress_label, session);
}

/* A gentle signal when the last minute starts and when time is up, for a
 * facilitator who is listening rather than looking. Off unless chosen. */
static void
update_phase (KinPresenterConsole *self)
{
  KinTimerPhase phase = kin_presenter_get_phase (self->presenter);
  gboolean later = phase > self->phase;

  self->phase = phase;
  if (later && phase != KIN_TIMER_PHASE_NORMAL &&
      kin_presenter_get_timer_running (self->presenter) &&
      g_settings_get_boolean (self->settings, "presenter-sound"))
    g_signal_emit (self, signals[ALERT], 0);
}

/* The desktop's alert sound, which follows the user's sound settings. */
static void
kin_presenter_console_real_alert (KinPresenterConsole *self)
{
  gdk_display_beep (gtk_widget_get_display (GTK_WIDGET (self)));
}

static void
update_blank (KinPresenterConsole *self)
{
  gboolean blanked = kin_presenter_get_blanked (self->presenter);

  if (gtk_toggle_button_get_active (self->blank_button) != blanked)
    gtk_toggle_button_set_active (self->blank_button, blanked);
}

static void
update_board (KinPresenterConsole *self)
{
  KinBoard *board = kin_presenter_get_board (self->presenter);

  kin_console_board_set_board (self->board_pane, board);
  gtk_widget_set_visible (GTK_WIDGET (self->board_pane), board != NULL);
}

static void
update_title (KinPresenterConsole *self)
{
  const char *title = kin_session_get_title (kin_presenter_get_session (self->presenter));

  adw_window_title_set_title (self->window_title,
                              title != NULL && *title != '\0' ? title : _("Untitled Session"));
}

static void
update_all (KinPresenterConsole *self)
{
  if (self->presenter == NULL)
    return;

  update_title (self);
  update_item (self);
  update_next (self);
  update_timer (self);
  update_blank (self);
  update_board (self);
  _kin_presenter_console_update_history (self);
  _kin_presenter_console_update_captures (self);
  update_actions (self);
}

static void
presenter_notify_cb (KinPresenterConsole *self,
                     GParamSpec          *pspec,
                     KinPresenter        *presenter)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "remaining-ms") || g_str_equal (name, "timer-running"))
    {
      update_timer (self);
      return;
    }

  if (g_str_equal (name, "phase"))
    {
      update_phase (self);
      update_timer (self);
      return;
    }

  if (g_str_equal (name, "blanked"))
    {
      update_blank (self);
      return;
    }

  update_all (self);
}

static void
project_changed_cb (KinPresenterConsole *self)
{
  /* Titles, notes and captures may all have been edited or undone. */
  update_all (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  KinPresenterConsole *self = user_data;

  kin_presenter_tick (self->presenter);

  return G_SOURCE_CONTINUE;
}

/* Actions ------------------------------------------------------------------- */

static void
blank_toggled_cb (KinPresenterConsole *self,
                  GtkToggleButton     *button)
{
  if (self->presenter != NULL)
    kin_presenter_set_blanked (self->presenter, gtk_toggle_button_get_active (button));
}

static void
capture_activate_cb (KinPresenterConsole *self,
                     GtkEntry            *entry)
{
  _kin_presenter_console_capture (self);
}

static void
presenter_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KinPresenterConsole *self = KIN_PRESENTER_CONSOLE (widget);
  KinPresenter *presenter = self->presenter;
  const char *name = action_name + strlen ("presenter.");

  if (presenter == NULL)
    return;

  if (g_str_equal (name, "next"))
    kin_presenter_next (presenter);
  else if (g_str_equal (name, "previous"))
    kin_presenter_previous (presenter);
  else if (g_str_equal (name, "toggle-blank"))
    kin_presenter_toggle_blanked (presenter);
  else if (g_str_equal (name, "toggle-timer"))
    kin_presenter_toggle_timer (presenter);
  else if (g_str_equal (name, "add-minute"))
    kin_presenter_add_minute (presenter);
  else if (g_str_equal (name, "reset-timer"))
    kin_presenter_reset_timer (presenter);
  else if (g_str_equal (name, "shuffle"))
    kin_presenter_shuffle (presenter, g_random_int ());
  else if (g_str_equal (name, "draw-card"))
    kin_presenter_draw_card (presenter);
  else if (g_str_equal (name, "skip-card"))
    kin_presenter_skip_card (presenter);
  else if (g_str_equal (name, "put-back"))
    kin_presenter_put_back (presenter);
  else if (g_str_equal (name, "capture"))
    _kin_presenter_console_capture (self);
  else
    g_assert_not_reached ();

  /* Some changes (a shuffle) notify nothing on the presenter. */
  update_all (self);
}

/* GObject ------------------------------------------------------------------- */

static void
set_presenter (KinPresenterConsole *self,
               KinPresenter        *presenter)
{
  g_assert (self->presenter == NULL);

  if (presenter == NULL)
    return;

  self->presenter = g_object_ref (presenter);
  self->phase = kin_presenter_get_phase (presenter);
  kin_projector_view_set_presenter (self->preview, presenter);
  kin_console_board_set_project (self->board_pane, kin_presenter_get_project (presenter));
  kin_action_list_set_project (self->action_list, kin_presenter_get_project (presenter));
  kin_action_list_set_session (self->action_list, kin_presenter_get_session (presenter));

  g_signal_connect_object (presenter, "notify",
                           G_CALLBACK (presenter_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kin_presenter_get_history (presenter), "items-changed",
                           G_CALLBACK (update_all), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presenter, "pile-changed",
                           G_CALLBACK (update_all), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kin_presenter_get_project (presenter), "changed",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);

  self->tick_source = g_timeout_add (TICK_MS, tick_cb, self);
  g_source_set_name_by_id (self->tick_source, "[kindling] presenter tick");

  update_all (self);
}

static void
kin_presenter_console_dispose (GObject *object)
{
  KinPresenterConsole *self = KIN_PRESENTER_CONSOLE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KIN_TYPE_PRESENTER_CONSOLE);
  /* The template's outer box has no name to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->presenter);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kin_presenter_console_parent_class)->dispose (object);
}

static void
kin_presenter_console_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KinPresenterConsole *self = KIN_PRESENTER_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      g_value_set_object (value, self->presenter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_presenter_console_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KinPresenterConsole *self = KIN_PRESENTER_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      set_presenter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kin_presenter_console_class_init (KinPresenterConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "presenter.next", "presenter.previous", "presenter.toggle-blank",
    "presenter.toggle-timer", "presenter.add-minute", "presenter.reset-timer",
    "presenter.shuffle", "presenter.draw-card", "presenter.skip-card",
    "presenter.put-back", "presenter.capture",
  };

  object_class->dispose = kin_presenter_console_dispose;
  object_class->get_property = kin_presenter_console_get_property;
  object_class->set_property = kin_presenter_console_set_property;

  properties[PROP_PRESENTER] =
    g_param_spec_object ("presenter", NULL, NULL,
                         KIN_TYPE_PRESENTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KinPresenterConsole::alert:
   *
   * The last minute of a timebox has begun, or its time is up, while the
   * timer runs and the sound is switched on. The default handler plays
   * the desktop's alert sound.
   */
  signals[ALERT] = g_signal_new_class_handler ("alert", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               G_CALLBACK (kin_presenter_console_real_alert),
                                               NULL, NULL, NULL, G_TYPE_NONE, 0);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, presenter_action);

  g_type_ensure (KIN_TYPE_COLUMNS);
  g_type_ensure (KIN_TYPE_ACTION_LIST);
  g_type_ensure (KIN_TYPE_PROJECTOR_VIEW);
  g_type_ensure (KIN_TYPE_CONSOLE_BOARD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/kin-presenter-console.ui");
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, window_title);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, board_pane);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, blank_button);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, position_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, item_title_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, notes_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, forward_content);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, timer_content);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, item_progress_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, session_progress_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, next_item_row);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, next_card_row);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, preview);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, cards_group);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, cards_left_label);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, history_list);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, captures_list);
  gtk_widget_class_bind_template_child (widget_class, KinPresenterConsole, action_list);
  gtk_widget_class_bind_template_callback (widget_class, blank_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, capture_activate_cb);
}

static void
kin_presenter_console_init (KinPresenterConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APPLICATION_ID);
  g_settings_bind (self->settings, "presenter-sound", self->sound_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  update_actions (self);
}

/**
 * kin_presenter_console_new:
 * @presenter: the session being presented
 *
 * Returns: a new presenter console; while it exists it keeps the
 *   presenter's clock ticking
 */
GtkWidget *
kin_presenter_console_new (KinPresenter *presenter)
{
  g_return_val_if_fail (KIN_IS_PRESENTER (presenter), NULL);

  return g_object_new (KIN_TYPE_PRESENTER_CONSOLE, "presenter", presenter, NULL);
}

/**
 * kin_presenter_console_get_presenter:
 *
 * Returns: (transfer none): the presenter shown
 */
KinPresenter *
kin_presenter_console_get_presenter (KinPresenterConsole *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER_CONSOLE (self), NULL);

  return self->presenter;
}

/**
 * kin_presenter_console_get_preview:
 *
 * Returns: (transfer none): the small copy of the projector's slide
 */
KinProjectorView *
kin_presenter_console_get_preview (KinPresenterConsole *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER_CONSOLE (self), NULL);

  return self->preview;
}

/**
 * kin_presenter_console_get_capture_entry:
 *
 * Returns: (transfer none): the entry where what the room says is typed
 */
GtkWidget *
kin_presenter_console_get_capture_entry (KinPresenterConsole *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER_CONSOLE (self), NULL);

  return GTK_WIDGET (self->capture_entry);
}

/**
 * kin_presenter_console_get_action_list:
 *
 * Returns: (transfer none): the session's actions, to add to while
 *   presenting
 */
KinActionList *
kin_presenter_console_get_action_list (KinPresenterConsole *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER_CONSOLE (self), NULL);

  return self->action_list;
}

/**
 * kin_presenter_console_get_board:
 *
 * Returns: (transfer none): the board shown for a board item; it is
 *   hidden for other items
 */
KinConsoleBoard *
kin_presenter_console_get_board (KinPresenterConsole *self)
{
  g_return_val_if_fail (KIN_IS_PRESENTER_CONSOLE (self), NULL);

  return self->board_pane;
}

/**
 * kin_presenter_console_focus_capture:
 *
 * Puts the keyboard focus in the capture box, ready to type.
 */
void
kin_presenter_console_focus_capture (KinPresenterConsole *self)
{
  g_return_if_fail (KIN_IS_PRESENTER_CONSOLE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->capture_entry));
}
