/* daicho-demo-private.h — what the demo's files share
 *
 * The demo fills an empty database in one transaction; these write inside
 * it.
 */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

/* @staff_id holds the post with @post_code from @from to @to (NULL: open). */
gboolean daicho_demo_hold (DaichoDb *db, const char *post_code, gint64 staff_id,
                           const char *from, const char *to, GError **error);

/* The security committee (daicho-demo-committee.c): its post holders, in
 * office @office_id, from @first_april (two replaced from @this_april, their
 * predecessors ending on @last_march), @n_meetings - 1 meetings held up to
 * about two months ago and one in preparation a month ahead. */
gboolean daicho_demo_committee (DaichoDb *db, gint64 office_id, guint n_meetings,
                                const char *first_april, const char *last_march,
                                const char *this_april, GError **error);

G_END_DECLS
