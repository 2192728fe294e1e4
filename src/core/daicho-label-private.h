/* daicho-label-private.h — codes stored in the database and their names
 *
 * A code (e.g. "request") has an English msgid shown in the translated UI
 * and the Japanese term printed on the official forms (請求書). Parsing
 * accepts the code, the form term or the translated UI name.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;
  const char *ui;     /* English msgid, marked N_() */
  const char *form;   /* as printed on Japanese forms */
} DaichoLabel;

const DaichoLabel *daicho_label_find  (const DaichoLabel *labels, guint n, const char *code);
gboolean           daicho_label_parse (const DaichoLabel *labels, guint n, const char *text,
                                       const char **code);

/* The translated UI name of @code, or "" when unknown. */
const char *daicho_label_ui   (const DaichoLabel *labels, guint n, const char *code);
/* The Japanese form term of @code, or "" when unknown. */
const char *daicho_label_form (const DaichoLabel *labels, guint n, const char *code);

/* Defines @prefix_parse, @prefix_label and @prefix_form_label over the
 * static array @labels, as a public header declares them. */
#define DAICHO_DEFINE_LABEL_FUNCTIONS(prefix, labels)                                           \
  gboolean prefix##_parse (const char *text, const char **code)                               \
  {                                                                                           \
    return daicho_label_parse (labels, G_N_ELEMENTS (labels), text, code);                    \
  }                                                                                           \
  const char *prefix##_label (const char *code)                                               \
  {                                                                                           \
    return daicho_label_ui (labels, G_N_ELEMENTS (labels), code);                             \
  }                                                                                           \
  const char *prefix##_form_label (const char *code)                                          \
  {                                                                                           \
    return daicho_label_form (labels, G_N_ELEMENTS (labels), code);                           \
  }

G_END_DECLS
