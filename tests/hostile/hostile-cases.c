/* hostile-cases.c — the hostile-input corpus (text.cases, dates.cases, csv.cases)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "daicho/daicho-validate.h"
#include "hostile-cases.h"

static void
hostile_case_free (gpointer data)
{
  HostileCase *c = data;

  g_free (c->id);
  g_free (c->expect);
  g_free (c->extra);
  g_free (c->value);
  g_free (c);
}

char *
hostile_corpus_path (const char *name, ...)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) (srcdir ? srcdir : "."));
  va_start (args, name);
  for (const char *p = name; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

/* Decodes the escapes of a VALUE field into @out; FALSE on a bad escape. */
static gboolean
decode_value (const char *s, GByteArray *out)
{
  while (*s)
    {
      guint8 byte;

      if (*s != '\\')
        {
          g_byte_array_append (out, (const guint8 *) s++, 1);
          continue;
        }
      s++;
      switch (*s)
        {
        case '\\': byte = '\\'; break;
        case 't': byte = '\t'; break;
        case 'n': byte = '\n'; break;
        case 'r': byte = '\r'; break;
        case 'x':
          if (hex_value (s[1]) < 0 || hex_value (s[2]) < 0 || (s[1] == '0' && s[2] == '0'))
            return FALSE;
          byte = (guint8) (hex_value (s[1]) * 16 + hex_value (s[2]));
          s += 2;
          break;
        case 'u':
          {
            gunichar c = 0;
            char utf8[6];
            int n;

            if (s[1] != '{')
              return FALSE;
            for (s += 2; *s != '}'; s++)
              {
                if (hex_value (*s) < 0)
                  return FALSE;
                c = c * 16 + (gunichar) hex_value (*s);
              }
            if (c == 0 || c > 0x10FFFF)
              return FALSE;
            n = g_unichar_to_utf8 (c, utf8);
            g_byte_array_append (out, (const guint8 *) utf8, n);
            s++;
            continue;
          }
        default:
          return FALSE;
        }
      g_byte_array_append (out, &byte, 1);
      s++;
    }
  return TRUE;
}

GPtrArray *
hostile_cases_load (const char *name)
{
  g_autofree char *path = hostile_corpus_path (name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (hostile_case_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      HostileCase *c;
      guint n;
      guint64 repeat = 1;
      gboolean csv = g_str_equal (name, "csv.cases");

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      n = g_strv_length (fields);
      if (n < 3 || n > 4 || (csv && n != 3))
        g_error ("%s:%u: expected 3 or 4 tab-separated fields", name, i + 1);
      if (n == 4 && !(g_str_has_prefix (fields[3], "×") &&
                      g_ascii_string_to_unsigned (fields[3] + strlen ("×"), 10, 1, 100000,
                                                  &repeat, NULL)))
        g_error ("%s:%u: the fourth field is ×N", name, i + 1);

      c = g_new0 (HostileCase, 1);
      c->id = g_strdup (fields[0]);
      c->expect = g_strdup (fields[1]);
      if (csv)
        {
          c->extra = g_strdup (fields[2]);
          c->value = g_strdup ("");
          g_ptr_array_add (cases, c);
          continue;
        }
      if (!decode_value (fields[2], bytes))
        g_error ("%s:%u: bad escape in the value", name, i + 1);
      c->len = bytes->len * repeat;
      c->value = g_malloc (c->len + 1);
      /* An empty value: data is NULL then, which memcpy must not get. */
      for (guint64 r = 0; r < repeat && bytes->len > 0; r++)
        memcpy (c->value + r * bytes->len, bytes->data, bytes->len);
      c->value[c->len] = '\0';
      g_ptr_array_add (cases, c);
    }
  g_assert_cmpuint (cases->len, >, 0);
  return cases;
}

gboolean
hostile_text_expect (const HostileCase *c, const HostileField *field, char **stored)
{
  g_autofree char *clean = NULL;

  *stored = NULL;
  if (g_str_equal (c->expect, "refuse"))
    return FALSE;
  g_assert_true (g_utf8_validate (c->value, c->len, NULL));
  clean = daicho_text_strip (c->value);

  if (g_str_equal (c->expect, "blank"))
    {
      if (field->required)
        return FALSE;
      *stored = g_strdup ("");
      return TRUE;
    }
  if (g_utf8_strlen (clean, -1) > (glong) field->max_chars)
    return FALSE;
  if (g_str_equal (c->expect, "multiline") && !field->multiline)
    return FALSE;
  if (g_str_equal (c->expect, "trim"))
    *stored = g_steal_pointer (&clean);
  else if (g_str_equal (c->expect, "keep") || g_str_equal (c->expect, "multiline"))
    *stored = g_strdup (c->value);
  else
    g_error ("text case %s: unknown kind %s", c->id, c->expect);
  return TRUE;
}
