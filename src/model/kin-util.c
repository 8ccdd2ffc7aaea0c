/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kindling-model"

#include "config.h"

#include <string.h>

#include "kin-util.h"

/**
 * kin_timestamp_now:
 *
 * Returns: (transfer full): the current time as an ISO 8601 UTC timestamp
 *   with whole seconds, such as "2026-11-22T10:15:00Z"
 */
char *
kin_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * kin_date_today:
 *
 * Returns: (transfer full): today's local date, such as "2026-11-22"
 */
char *
kin_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Reads exactly @n_digits ASCII digits. Returns FALSE if any is missing. */
static gboolean
read_digits (const char *text,
             guint       n_digits,
             guint      *result)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *result = value;

  return TRUE;
}

/* Checks "YYYY-MM-DD" at the start of @text, without looking further. */
static gboolean
is_valid_date_prefix (const char *text)
{
  guint year, month, day;

  if (!read_digits (text, 4, &year) || text[4] != '-' ||
      !read_digits (text + 5, 2, &month) || text[7] != '-' ||
      !read_digits (text + 8, 2, &day))
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Checks "HH:MM" at the start of @text. */
static gboolean
is_valid_hhmm_prefix (const char *text)
{
  guint hours, minutes;

  return read_digits (text, 2, &hours) && text[2] == ':' &&
         read_digits (text + 3, 2, &minutes) &&
         hours < 24 && minutes < 60;
}

/**
 * kin_is_valid_date:
 * @text: (nullable): the text to check
 *
 * Checks for a date in the form "YYYY-MM-DD" that exists in the
 * calendar: "2026-02-30" is not valid.
 *
 * Returns: %TRUE if @text is a valid date
 */
gboolean
kin_is_valid_date (const char *text)
{
  return text != NULL && strlen (text) == 10 && is_valid_date_prefix (text);
}

/**
 * kin_is_valid_timestamp:
 * @text: (nullable): the text to check
 *
 * Checks for an ISO 8601 UTC timestamp such as "2026-11-22T10:15:00Z",
 * optionally with fractions of a second ("2026-11-22T10:15:00.250Z").
 *
 * Returns: %TRUE if @text is a valid timestamp
 */
gboolean
kin_is_valid_timestamp (const char *text)
{
  guint seconds;
  const char *p;

  if (text == NULL || strlen (text) < 20)
    return FALSE;

  if (!is_valid_date_prefix (text) || text[10] != 'T' ||
      !is_valid_hhmm_prefix (text + 11) || text[16] != ':' ||
      !read_digits (text + 17, 2, &seconds) || seconds > 59)
    return FALSE;

  p = text + 19;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return p[0] == 'Z' && p[1] == '\0';
}

/**
 * kin_is_valid_color:
 * @text: (nullable): the text to check
 *
 * Checks for a colour in the form "#rrggbb" (hexadecimal digits in either
 * case).
 *
 * Returns: %TRUE if @text is a valid colour
 */
gboolean
kin_is_valid_color (const char *text)
{
  if (text == NULL || text[0] != '#' || strlen (text) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;

  return TRUE;
}

/**
 * kin_is_valid_hhmm:
 * @text: (nullable): the text to check
 *
 * Checks for a time of day in the form "HH:MM", from "00:00" to "23:59".
 *
 * Returns: %TRUE if @text is a valid time
 */
gboolean
kin_is_valid_hhmm (const char *text)
{
  return text != NULL && strlen (text) == 5 && is_valid_hhmm_prefix (text);
}

/**
 * kin_hhmm_parse:
 * @text: (nullable): a time of day written "HH:MM"
 *
 * Reads a time of day in the same strict form that kin_is_valid_hhmm()
 * accepts, so that a value the file would refuse is never taken.
 *
 * Returns: the minutes after midnight (0 to 1439), or -1 when @text is not
 *   a valid time
 */
int
kin_hhmm_parse (const char *text)
{
  if (!kin_is_valid_hhmm (text))
    return -1;

  return ((text[0] - '0') * 10 + (text[1] - '0')) * 60 +
         (text[3] - '0') * 10 + (text[4] - '0');
}

/**
 * kin_hhmm_format:
 * @minutes: minutes after midnight, any value
 *
 * Writes a time of day. Values outside one day wrap around: 1455 (00:15 on
 * the next day) is "00:15" and -30 is "23:30".
 *
 * Returns: (transfer full): the time written "HH:MM"
 */
char *
kin_hhmm_format (int minutes)
{
  /* Widened so that G_MININT cannot overflow on negation. */
  gint64 wrapped = (gint64) minutes % 1440;

  if (wrapped < 0)
    wrapped += 1440;

  return g_strdup_printf ("%02d:%02d", (int) (wrapped / 60), (int) (wrapped % 60));
}
