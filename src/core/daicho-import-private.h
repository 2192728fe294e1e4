/* daicho-import-private.h — the bad lines of an all-or-nothing CSV import
 *
 * Both importers check every line and, if any is bad, import nothing and
 * report each bad line by number and reason in one message.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GString *text;
  guint    n_bad;
} DaichoLineErrors;

/* Notes that line @line was refused for @reason. */
void     daicho_line_errors_add    (DaichoLineErrors *errors, guint line, const GError *reason);

/* When any line was bad, sets @error to "Nothing was imported: N lines have
 * problems." followed by the lines, and returns TRUE. */
gboolean daicho_line_errors_report (DaichoLineErrors *errors, GError **error);

void     daicho_line_errors_clear  (DaichoLineErrors *errors);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DaichoLineErrors, daicho_line_errors_clear)

G_END_DECLS
