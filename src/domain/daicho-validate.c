/* daicho-validate.c — checks every typed text field goes through */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"

#define IDEOGRAPHIC_SPACE 0x3000
#define REPLACEMENT_CHARACTER 0xFFFD

/* Code points Unicode keeps out of interchange: U+FDD0–U+FDEF and the last
 * two of every plane. g_utf8_validate() lets them through. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* Characters that move or hide text without showing themselves: C0 and C1
 * controls, the line and paragraph separators, and the invisible formatting
 * characters (Unicode category Cf: direction marks and overrides, zero-width
 * spaces and joiners, the byte order mark, the soft hyphen). In a name they
 * make two records look alike, or make a list or a terminal show something
 * else than what is stored. */
static gboolean
is_hidden_char (gunichar c)
{
  return g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 ||
         g_unichar_type (c) == G_UNICODE_FORMAT;
}

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

/* Valid UTF-8 in, TRUE when a noncharacter is in it. */
static gboolean
has_noncharacter (const char *value)
{
  for (const char *p = value; *p; p = g_utf8_next_char (p))
    if (is_noncharacter (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

char *
daicho_text_quote (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);
  g_autofree char *clean = daicho_text_strip (valid);
  GString *out = g_string_new (NULL);
  int n = 0;

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n++ == DAICHO_QUOTE_MAX)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_unichar (out, is_hidden_char (c) || is_noncharacter (c)
                                      ? REPLACEMENT_CHARACTER : c);
    }

  return g_string_free (out, FALSE);
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

  if (!g_utf8_validate (value, -1, NULL) || has_noncharacter (value))
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

      if (allowed_space)
        continue;
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("%s holds a control character. Remove it and try again."), label);
          return FALSE;
        }
      if (g_unichar_type (c) == G_UNICODE_FORMAT)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("%s holds an invisible formatting character (such as a text direction "
                         "mark or a zero-width space). Remove it and try again."), label);
          return FALSE;
        }
      if (c == REPLACEMENT_CHARACTER)
        {
          g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                       _("%s holds “�”, a sign of text damaged in copying. Retype it."),
                       label);
          return FALSE;
        }
    }

  return TRUE;
}
