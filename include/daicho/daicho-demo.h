/* daicho-demo.h — a realistic demo data set, for trying Daicho and for tests */
#pragma once

#include "daicho/daicho-db.h"

G_BEGIN_DECLS

typedef enum {
  DAICHO_DEMO_SMALL,  /* a few offices, about 50 staff */
  DAICHO_DEMO_CITY,   /* a whole city: the benchmark size */
} DaichoDemoScale;

/* Parses "small" or "city". */
gboolean daicho_demo_scale_parse (const char *text, DaichoDemoScale *scale, GError **error);

/* Fills an empty database (no office yet) with offices, staff, posts with a
 * personnel change on 1 April of the current fiscal year, storage places
 * (one that does not lock) and retention classes, in one transaction, and
 * makes the first staff member the operator. Deterministic for a given
 * today. Refused on a database that already holds offices. */
gboolean daicho_demo_fill (DaichoDb *db, DaichoDemoScale scale, GError **error);

G_END_DECLS
