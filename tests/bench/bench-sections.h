/* bench-sections.h — the parts of daicho-bench, one file each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "daicho/daicho.h"

G_BEGIN_DECLS

/* bench-tabs.c: the queries each tab runs when it opens, for @office
 * (the one the header bar shows) and @fiscal_year (its drop-downs' first
 * choice: this one). */
void bench_tabs (DaichoDb *db, DaichoOffice *office, int fiscal_year);

/* bench-forms.c: Form No. 1 of @office_id for @fiscal_year (0: from @from
 * to @to), built, as PDF and as xlsx, written into @dir; @what names it. */
void bench_form1 (DaichoDb *db, const char *dir, const char *what, gint64 office_id,
                  int fiscal_year, const char *from, const char *to);
/* Form No. 2 of the latest inspection of @office_id, and the minutes of
 * the latest meeting that has them, each built, as PDF and as xlsx. */
void bench_form2 (DaichoDb *db, const char *dir, gint64 office_id);
void bench_minutes (DaichoDb *db, const char *dir);

/* bench-gui.c: the app (@app, on @db_path, showing office @office_code)
 * and an empty libadwaita window (@empty_window), each started bench_runs
 * times, alternately: time to the first frame, the ratio of the two, each
 * tab of the app, peak memory. Prints a line and does nothing without a
 * display. */
void bench_gui (const char *app, const char *empty_window, const char *db_path,
                const char *office_code);

/* bench-machine.c: what the figures were measured on. */
void bench_print_machine (void);
/* The time and the load average, after "@what". */
void bench_print_load (const char *what);

G_END_DECLS
