/* fuzz-date.c — the date parser and the text helpers on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Promises checked: daicho_date_parse either returns a valid date between
 * 1868-01-25 and 9999-12-31 that survives ISO and 和暦 formatting and
 * reading back, or fails with DAICHO_ERROR_INVALID and a one-line readable
 * message, leaving the date invalid. daicho_text_quote always gives short,
 * readable text; daicho_validate_text never accepts what it must refuse.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

static void
check_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  GDate first, last, again;

  if (!daicho_date_parse (text, &date, &error))
    {
      fuzz_assert (error != NULL && error->domain == DAICHO_ERROR &&
                   error->code == DAICHO_ERROR_INVALID, "a refusal is DAICHO_ERROR_INVALID");
      fuzz_assert_readable (error->message);
      fuzz_assert (strchr (error->message, '\n') == NULL, "the message is one line");
      fuzz_assert (g_utf8_strlen (error->message, -1) <= 200, "the message is short");
      fuzz_assert (!g_date_valid (&date), "a refused date is left invalid");
      return;
    }

  fuzz_assert (error == NULL, "no error on success");
  fuzz_assert (g_date_valid (&date), "the date is valid");
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 25, 1, 1868);
  g_date_set_dmy (&last, 31, 12, 9999);
  fuzz_assert (g_date_compare (&date, &first) >= 0 && g_date_compare (&date, &last) <= 0,
               "the date is in the supported range");
  {
    g_autofree char *iso = daicho_date_to_iso (&date);
    g_autofree char *wareki = daicho_date_format (&date, DAICHO_DATE_WAREKI_LONG);
    g_autofree char *shortform = daicho_date_format (&date, DAICHO_DATE_WAREKI_SHORT);
    g_autoptr(GError) again_error = NULL;

    fuzz_assert (daicho_date_from_iso (iso, &again) && g_date_compare (&date, &again) == 0,
                 "the ISO text reads back as the same day");
    fuzz_assert (daicho_date_parse (wareki, &again, &again_error) &&
                 g_date_compare (&date, &again) == 0, "the 和暦 text reads back as the same day");
    fuzz_assert (daicho_date_parse (shortform, &again, &again_error) &&
                 g_date_compare (&date, &again) == 0, "R7.4.1 reads back as the same day");
  }
}

static void
check_text_helpers (const char *text)
{
  g_autofree char *quoted = daicho_text_quote (text);
  g_autofree char *normal = daicho_text_normalize_width (text);
  g_autoptr(GError) error = NULL;

  fuzz_assert (g_utf8_validate (quoted, -1, NULL), "a quote is valid UTF-8");
  fuzz_assert (g_utf8_strlen (quoted, -1) <= DAICHO_QUOTE_MAX + 1, "a quote is short");
  fuzz_assert (strchr (quoted, '\n') == NULL, "a quote is one line");
  fuzz_assert (g_utf8_validate (normal, -1, NULL), "normalised text is valid UTF-8");

  if (daicho_validate_text ("Field", text, DAICHO_TEXT_SHORT, TRUE, FALSE, &error))
    {
      fuzz_assert (g_utf8_validate (text, -1, NULL), "accepted text is valid UTF-8");
      fuzz_assert (!daicho_text_is_blank (text), "accepted required text is not blank");
      fuzz_assert (g_utf8_strlen (text, -1) <= DAICHO_TEXT_SHORT, "accepted text is short");
      fuzz_assert (strpbrk (text, "\n\r\t\x1b") == NULL, "accepted one-line text has no breaks");
    }
  else
    fuzz_assert_readable (error->message);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = fuzz_strndup (data, size);

  check_parse (text);
  check_text_helpers (text);
  return 0;
}
