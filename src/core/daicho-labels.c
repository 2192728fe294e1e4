/* daicho-labels.c — codes stored in the database and their names */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-validate.h"
#include "daicho-label-private.h"

const DaichoLabel *
daicho_label_find (const DaichoLabel *labels, guint n, const char *code)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (labels[i].code, code) == 0)
      return &labels[i];
  return NULL;
}

gboolean
daicho_label_parse (const DaichoLabel *labels, guint n, const char *text, const char **code)
{
  g_autofree char *clean = daicho_text_strip (text);

  for (guint i = 0; clean && i < n; i++)
    if (g_str_equal (clean, labels[i].code) || g_str_equal (clean, labels[i].form) ||
        g_str_equal (clean, _(labels[i].ui)))
      {
        *code = labels[i].code;
        return TRUE;
      }
  return FALSE;
}

const char *
daicho_label_ui (const DaichoLabel *labels, guint n, const char *code)
{
  const DaichoLabel *l = daicho_label_find (labels, n, code);
  return l ? _(l->ui) : "";
}

const char *
daicho_label_form (const DaichoLabel *labels, guint n, const char *code)
{
  const DaichoLabel *l = daicho_label_find (labels, n, code);
  return l ? l->form : "";
}
