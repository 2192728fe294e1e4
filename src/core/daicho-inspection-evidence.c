/* daicho-inspection-evidence.c — what Daicho's records say for a 点検シート
 *
 * For one office and one quarter the designations and the form ledger
 * show facts the checklist asks about: designations without the prior
 * permission (第6条), designations needing review, forms past their
 * retention and not destroyed (第9条第4項), forms kept in places that do not
 * lock (第9条第2項), entries not checked by a second person (第8条). Each
 * fact names the items it speaks to by key and, when it is a breach,
 * proposes 否. The inspector decides.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-inspection-store.h"
#include "daicho-db-private.h"
#include "daicho-records-private.h"

DEFINE_RECORD (DaichoInspectionEvidence, daicho_inspection_evidence,
               FIELD (DaichoInspectionEvidence, kind, STRING),
               FIELD (DaichoInspectionEvidence, item_keys, STRING),
               FIELD (DaichoInspectionEvidence, count, INT64),
               FIELD (DaichoInspectionEvidence, text, STRING),
               FIELD (DaichoInspectionEvidence, proposed_result, STRING))

static void
add_evidence (GListStore *list, const char *kind, const char *item_keys, gint64 count,
              char *text)
{
  g_autoptr(DaichoInspectionEvidence) e = g_object_new (DAICHO_TYPE_INSPECTION_EVIDENCE, NULL);

  e->kind = g_strdup (kind);
  e->item_keys = g_strdup (item_keys);
  e->count = count;
  e->text = text;
  e->proposed_result = count > 0 ? g_strdup ("ng") : NULL;
  g_list_store_append (list, e);
}

/* Designations of the office in effect at some time in [@first, @on] whose
 * person is outside the manager's line and had no permission dated on or
 * before the start: the rule of daicho-designation-store.c. */
static gboolean
count_no_permission (DaichoDb *db, gint64 office_id, const char *first, const char *on,
                     gint64 *n, GError **error)
{
  return daicho_db_query_int (db, n, 0, error,
                              "SELECT count (*) FROM designation d"
                              " LEFT JOIN permission p ON p.id = d.permission_id"
                              " WHERE d.office_id = ? AND d.start_date <= ?3"
                              "   AND (d.end_date IS NULL OR d.end_date >= ?2)"
                              "   AND d.supervised = 0"
                              "   AND (p.id IS NULL OR p.permission_date > d.start_date)",
                              "Itt", office_id, first, on);
}

/* Designations in effect on @on with a review flag other than the missing
 * permission (counted above): moved, left, manager changed. The flags are
 * those of today, as the designation tab shows them. */
static gboolean
count_review (DaichoDb *db, gint64 office_id, const char *on, gint64 *n, GError **error)
{
  DaichoDesignationFilter filter = { .office_id = office_id, .on = on };
  g_autoptr(GListStore) list = daicho_designation_store_list (db, &filter, error);

  if (list == NULL)
    return FALSE;
  *n = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(DaichoDesignation) d = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_auto(GStrv) flags = NULL;

      if (g_str_equal (d->state, "ended") || g_str_equal (d->state, "future") ||
          d->review_flags == NULL)
        continue;
      flags = g_strsplit (d->review_flags, " ", -1);
      for (guint f = 0; flags[f] != NULL; f++)
        if (*flags[f] != '\0' && !g_str_equal (flags[f], "permission"))
          {
            (*n)++;
            break;
          }
    }
  return TRUE;
}

/* Entries of the office still kept on ?2: printed by then, not voided,
 * neither handed over nor destroyed by then. */
#define KEPT_ON                                                                                  \
  " FROM ledger_entry e"                                                                         \
  " JOIN place p ON p.id = e.place_id"                                                           \
  " LEFT JOIN disposal d ON d.id = e.disposal_id"                                                \
  " WHERE e.office_id = ?1 AND e.output_date <= ?2 AND e.voided_at IS NULL"                      \
  "   AND (e.delivered_on IS NULL OR e.delivered_on > ?2)"                                       \
  "   AND (d.disposal_date IS NULL OR d.disposal_date > ?2)"

GListStore *
daicho_inspection_store_evidence (DaichoDb *db, gint64 office_id, int fiscal_year, int quarter,
                                  const char *on, GError **error)
{
  g_autoptr(GListStore) list = g_list_store_new (DAICHO_TYPE_INSPECTION_EVIDENCE);
  g_autofree char *first = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  g_autofree char *shown = NULL;
  gint64 no_permission = 0, review = 0, past = 0, unlocked = 0, unchecked_entries = 0;
  gint64 unchecked_designations = 0;
  GDate start, end;

  daicho_fiscal_quarter_range (fiscal_year, quarter, &start, &end);
  first = daicho_date_to_iso (&start);
  if (on != NULL)
    as_of = g_strdup (on);
  else
    {
      as_of = daicho_date_to_iso (&end);
      if (g_strcmp0 (as_of, today) > 0)
        g_free (as_of), as_of = g_strdup (today);
    }
  shown = daicho_date_format_iso (as_of, DAICHO_DATE_WAREKI_LONG);

  if (!count_no_permission (db, office_id, first, as_of, &no_permission, error) ||
      !count_review (db, office_id, as_of, &review, error) ||
      !daicho_db_query_int (db, &past, 0, error,
                            "SELECT count (*)" KEPT_ON
                            "   AND e.retention_until IS NOT NULL AND e.retention_until < ?2",
                            "It", office_id, as_of) ||
      !daicho_db_query_int (db, &unlocked, 0, error,
                            "SELECT count (*)" KEPT_ON " AND p.locks = 0",
                            "It", office_id, as_of) ||
      !daicho_db_query_int (db, &unchecked_entries, 0, error,
                            "SELECT count (*) FROM ledger_entry WHERE office_id = ?"
                            " AND output_date BETWEEN ? AND ? AND voided_at IS NULL"
                            " AND checked_by IS NULL",
                            "Itt", office_id, first, as_of) ||
      !daicho_db_query_int (db, &unchecked_designations, 0, error,
                            "SELECT count (*) FROM designation WHERE office_id = ?"
                            " AND start_date BETWEEN ? AND ? AND checked_by IS NULL",
                            "Itt", office_id, first, as_of))
    return NULL;

  add_evidence (list, "no_permission", "outside_permission", no_permission,
                no_permission > 0
                  ? g_strdup_printf (_("%d designations of staff outside the manager's line have "
                                       "no prior permission of the 情報資産管理責任者 (第6条)."),
                                     (int) no_permission)
                  : g_strdup (_("Every designation of staff outside the manager's line has its "
                                "prior permission (第6条).")));
  add_evidence (list, "review", "designation_current", review,
                review > 0
                  ? g_strdup_printf (_("%d designations need a review: the person moved or left, "
                                       "or the manager changed, and the list was not brought up "
                                       "to date."), (int) review)
                  : g_strdup (_("No designation needs a review.")));
  add_evidence (list, "past_retention", "retention", past,
                past > 0
                  ? g_strdup_printf (_("%d forms were still kept on %s after their retention "
                                       "period ended (第9条第4項)."), (int) past, shown)
                  : g_strdup (_("No form was kept past its retention period (第9条第4項).")));
  add_evidence (list, "unlocked", "lockable", unlocked,
                unlocked > 0
                  ? g_strdup_printf (_("%d forms were kept on %s in places that do not lock "
                                       "(第9条第2項)."), (int) unlocked, shown)
                  : g_strdup (_("Every kept form is in a place that locks (第9条第2項).")));
  add_evidence (list, "unchecked", "checked_by_other", unchecked_entries + unchecked_designations,
                unchecked_entries + unchecked_designations > 0
                  ? g_strdup_printf (_("%d ledger entries and %d designations of the quarter were "
                                       "not checked by a second person (第8条)."),
                                     (int) unchecked_entries, (int) unchecked_designations)
                  : g_strdup (_("Every entry of the quarter was checked by a second person "
                                "(第8条).")));
  return g_steal_pointer (&list);
}

const char *
daicho_inspection_evidence_proposal (GListModel *evidence, const char *item_key, char **reason)
{
  g_autoptr(GString) why = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(DaichoInspectionEvidence) e = g_list_model_get_item (evidence, i);
      g_auto(GStrv) keys = NULL;

      if (e->proposed_result == NULL || e->item_keys == NULL)
        continue;
      keys = g_strsplit (e->item_keys, " ", -1);
      if (!g_strv_contains ((const char * const *) keys, item_key))
        continue;
      if (why->len > 0)
        g_string_append_c (why, ' ');
      g_string_append (why, e->text);
    }
  if (why->len == 0)
    {
      if (reason != NULL)
        *reason = NULL;
      return NULL;
    }
  if (reason != NULL)
    *reason = g_strdup (why->str);
  return "ng";
}
