/* daicho-validate.c — checks every typed text field goes through */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"

#define IDEOGRAPHIC_SPACE 0x3000

static gboolean
is_blank_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == IDEOGRAPHIC_SPACE;
}

char *
daicho_text_strip (const char *value)
{
  const char *start;
  const char *end;

  if (value == NULL)
    return NULL;
  if (!g_utf8_validate (value, -1, NULL))
    return g_strdup (value);

  start = value;
  while (*start && is_blank_char (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !is_blank_char (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

gboolean
daicho_text_is_blank (const char *value)
{
  g_autofree char *stripped = daicho_text_strip (value);

  return stripped == NULL || *stripped == '\0';
}

gboolean
daicho_validate_text (const char  *label,
                      const char  *value,
                      guint        max_chars,
                      gboolean     required,
                      gboolean     multiline,
                      GError     **error)
{
  if (value == NULL)
    value = "";

  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%s is not valid text. Retype it or paste it from another source."), label);
      return FALSE;
    }

  if (required && daicho_text_is_blank (value))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID, _("%s is required."), label);
      return FALSE;
    }

  if (g_utf8_strlen (value, -1) > (glong) max_chars)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("%s is too long: at most %u characters."), label, max_chars);
      return FALSE;
    }

  for (const char *p = value; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean allowed_space = multiline && (c == '\n' || c == '\r' || c == '\t');

      if ((g_unichar_iscntrl (c) && !allowed_space) || c == 0x2028 || c == 0x2029)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("%s holds a control character. Remove it and try again."), label);
          return FALSE;
        }
    }

  return TRUE;
}
