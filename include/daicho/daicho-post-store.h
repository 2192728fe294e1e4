/* daicho-post-store.h — 職: posts and who held them from when to when
 *
 * Posts: 情報資産管理責任者 and システム管理責任者 for the whole city, one
 * システム利用責任者 per office (made with the office). A holding runs from a
 * day to a day (or is open); the holdings of one post never overlap, so
 * "who held post P on date D" has one answer.
 */
#pragma once

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"
#include <gio/gio.h>

G_BEGIN_DECLS

/* Every active post, each with its holder on @on (ISO date; NULL = today). */
GListStore *daicho_post_store_list (DaichoDb *db, const char *on, GError **error);

DaichoPost *daicho_post_store_get_by_code (DaichoDb *db, const char *code, GError **error);

/* The システム利用責任者 post of an office. */
DaichoPost *daicho_post_store_get_usage_manager (DaichoDb *db, gint64 office_id, GError **error);

/* The first post with @role (asset_manager, system_admin). */
DaichoPost *daicho_post_store_get_by_role (DaichoDb *db, const char *role, GError **error);

/* Who held @post_id on @on (ISO date), or NULL (no @error) when nobody did. */
DaichoPostHolder *daicho_post_store_holder_on (DaichoDb *db, gint64 post_id, const char *on,
                                               GError **error);

/* The staff id of whoever held the first post with @role (usage_manager,
 * asset_manager, …; of @office_id, or any office when 0) on @on (ISO);
 * 0 when vacant. */
gboolean daicho_post_store_holder_id_on (DaichoDb *db, const char *role, gint64 office_id,
                                         const char *on, gint64 *staff_id, GError **error);

/* Every holding of @post_id, newest first. */
GListStore *daicho_post_store_history (DaichoDb *db, gint64 post_id, GError **error);

typedef struct
{
  gint64 post_id;
  gint64 staff_id;
} DaichoPostAssignment;

/* A personnel change: from @from (ISO date) each post in @assignments is
 * held by its staff member. The holdings they replace end the day before.
 * One transaction: all change, or none. Refused when a post's current
 * holding began on or after @from (that would rewrite history; end it with
 * a correction instead), or when a staff member has left by @from. */
gboolean daicho_post_store_assign (DaichoDb                   *db,
                                   const DaichoPostAssignment *assignments,
                                   guint                       n_assignments,
                                   const char                 *from,
                                   GError                    **error);

/* Ends the holding of @post_id on @to (ISO date) without a successor. */
gboolean daicho_post_store_vacate (DaichoDb *db, gint64 post_id, const char *to, GError **error);

G_END_DECLS
