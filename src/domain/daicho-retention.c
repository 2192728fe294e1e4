/* daicho-retention.c — how long a record is kept (K9-4) */
#include "config.h"

#include <string.h>

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

char *
daicho_retention_class_text (const char *name, gint64 years)
{
  g_autofree char *period = years > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT "年", years)
                                      : g_strdup ("永年");

  if (name == NULL)
    return g_strdup (period);
  if (strstr (name, period) != NULL)
    return g_strdup (name);
  return g_strdup_printf ("%s（%s）", name, period);
}
