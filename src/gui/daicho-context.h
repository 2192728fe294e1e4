/* daicho-context.h — what every view of the window shares
 *
 * One context per window: the database, the settings, the current operator
 * and the current office. Views take it as a construct-only "context"
 * property and listen to its signals instead of to each other.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_CONTEXT (daicho_context_get_type ())
G_DECLARE_FINAL_TYPE (DaichoContext, daicho_context, DAICHO, CONTEXT, GObject)

DaichoContext *daicho_context_new          (DaichoDb *db, GSettings *settings);
DaichoDb      *daicho_context_get_db       (DaichoContext *self);
GSettings     *daicho_context_get_settings (DaichoContext *self);

/* The staff member making changes (may be NULL). Setting it also sets the
 * database's operator and remembers the choice in the settings. */
DaichoStaff   *daicho_context_get_operator (DaichoContext *self);
void           daicho_context_set_operator (DaichoContext *self, DaichoStaff *staff);

/* The office the window shows (may be NULL); remembered in the settings. */
DaichoOffice  *daicho_context_get_office   (DaichoContext *self);
void           daicho_context_set_office   (DaichoContext *self, DaichoOffice *office);

/* Picks operator and office for a fresh window: the remembered ones if they
 * still exist, else the staff member whose login is the OS user and their
 * office, else the first office. */
void           daicho_context_restore      (DaichoContext *self);

/* Says that records of @kind ("office", "staff", "place", "retention",
 * "post", "date-style" when the user switches 和暦/西暦, …) changed: emits ::data-changed with @kind as detail, so every
 * view showing them reloads. */
void           daicho_context_data_changed (DaichoContext *self, const char *kind);

/* A date (ISO text) as the user chose to see dates: 和暦 (令和7年4月1日) by
 * default, or 西暦. NULL or "" gives "". */
char          *daicho_context_format_date  (DaichoContext *self, const char *iso);
/* A moment stored as UTC ISO 8601 (2025-04-01T00:52:00Z), in local time:
 * 令和7年4月1日 9:52. */
char          *daicho_context_format_timestamp (DaichoContext *self, const char *utc);
/* Same, short form (R7.4.1 or 2025/4/1). */
char          *daicho_context_format_date_short (DaichoContext *self, const char *iso);

/* Whether the user chose to see dates in 西暦 rather than 和暦. */
gboolean       daicho_context_uses_seireki (DaichoContext *self);
/* A fiscal year as the user reads years: 令和7年度 or 2025年度. */
char          *daicho_context_format_fiscal_year (DaichoContext *self, int fiscal_year);

/* Gives a view class its construct-only "context" property, kept in the
 * DaichoContext * field at @offset of its instance struct (which it clears
 * in dispose), with the get_property and set_property that go with it.
 * For views whose only property is the context:
 *   daicho_context_install_property (object_class,
 *                                    G_STRUCT_OFFSET (DaichoThingPage, context)); */
void daicho_context_install_property (GObjectClass *klass, gsize offset);

G_END_DECLS
