/* daicho-retention.c — how long a record is kept (K9-4) */
#include "config.h"

#include "daicho/daicho-date.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-retention.h"

char *
daicho_retention_until (const char *made, int years)
{
  GDate date;

  if (years <= 0 || years > 100 || made == NULL || !daicho_date_from_iso (made, &date))
    return NULL;

  /* Counted from 1 April of the next fiscal year: the record made in fiscal
   * Y is kept through fiscal Y + years, which ends on 31 March of
   * Y + years + 1. */
  return g_strdup_printf ("%04d-03-31", daicho_fiscal_year_of (&date) + years + 1);
}
