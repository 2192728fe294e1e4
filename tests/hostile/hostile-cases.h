/* hostile-cases.h — the hostile-input corpus (text.cases, dates.cases, csv.cases)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the tab-separated case files of tests/hostile and works out what a
 * text field must do with each text case. The format is described at the
 * top of text.cases; tests/hostile/hostile_cases.py reads the same files.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *expect;   /* KIND (text), ISO date or "error" (dates), or the STAFF column (csv) */
  char  *extra;    /* the LEDGER column of csv.cases, else NULL */
  char  *value;    /* decoded bytes, NUL-terminated; may be invalid UTF-8 */
  gsize  len;
} HostileCase;

/* The cases of @name ("text.cases") in the folder $G_TEST_SRCDIR, in file
 * order; a malformed line fails the test. Free with g_ptr_array_unref. */
GPtrArray *hostile_cases_load (const char *name);

/* The full path of @name in the corpus folder (g_free it). */
char *hostile_corpus_path (const char *name, ...) G_GNUC_NULL_TERMINATED;

/* A text field's rules, as its store checks them. */
typedef struct
{
  guint    max_chars;
  gboolean required;
  gboolean multiline;
} HostileField;

/* What @field must do with text case @c: TRUE when it is stored, with the
 * exact stored bytes in *@stored (g_free it; "" for an optional blank);
 * FALSE when it must be refused. */
gboolean hostile_text_expect (const HostileCase *c, const HostileField *field, char **stored);

G_END_DECLS
