/* daicho-validate.h — checks every typed text field goes through
 *
 * Pure functions. @label is the field's name as the user sees it (already
 * translated); messages name it so the user knows which field to fix.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DAICHO_TEXT_CODE  20    /* codes, employee numbers */
#define DAICHO_TEXT_SHORT 100   /* names, titles, places */
#define DAICHO_TEXT_LONG  2000  /* notes, reasons, findings */

/* Checks @value: valid UTF-8 without noncharacters, no control characters
 * (tab and line breaks only when @multiline), no invisible formatting
 * characters (direction overrides, zero-width characters: Unicode category
 * Cf), no U+FFFD (text damaged in copying), at most @max_chars characters,
 * and not blank when @required. A NULL @value counts as empty. Sets
 * DAICHO_ERROR_INVALID. */
gboolean daicho_validate_text (const char  *label,
                               const char  *value,
                               guint        max_chars,
                               gboolean     required,
                               gboolean     multiline,
                               GError     **error);

/* Returns a copy of @value with blanks (ASCII and full-width) trimmed from
 * both ends; NULL gives NULL. */
char *daicho_text_strip (const char *value);

/* Longest quotation of a person's input inside a message, in characters. */
#define DAICHO_QUOTE_MAX 30

/* Returns @value made safe to quote inside a message: any bytes in, valid
 * UTF-8 out, trimmed, control and invisible formatting characters shown as
 * U+FFFD, cut after DAICHO_QUOTE_MAX characters with "…". NULL gives "". */
char *daicho_text_quote (const char *value);

/* TRUE when @value is NULL or only blanks. */
gboolean daicho_text_is_blank (const char *value);

G_END_DECLS
