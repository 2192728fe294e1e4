/* daicho-check-bar.h — the warning shown when the check at start fails */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_CHECK_BAR (daicho_check_bar_get_type ())
G_DECLARE_FINAL_TYPE (DaichoCheckBar, daicho_check_bar, DAICHO, CHECK_BAR, AdwBin)

/* Once the main loop is idle (after the window's first frame), checks the
 * database at @db_path in a thread, on a connection of its own
 * (daicho_db_check); when the check finds problems the bar slides in at the
 * top of the window, its Details… button listing them, the first bad audit
 * entry first. Call once. */
void     daicho_check_bar_start          (DaichoCheckBar *self, const char *db_path);

/* Whether the check has finished (or could not run). */
gboolean daicho_check_bar_is_done        (DaichoCheckBar *self);

/* The problems the check found (0 while it runs, or when all is well). */
guint    daicho_check_bar_get_n_problems (DaichoCheckBar *self);

/* Opens the list of problems: what the Details… button does. */
void     daicho_check_bar_show_details   (DaichoCheckBar *self);

G_END_DECLS
