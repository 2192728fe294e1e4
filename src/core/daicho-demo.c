/* daicho-demo.c — a realistic demo data set
 *
 * Offices of a ward-office system as the Kawasaki rules describe them
 * (区民課, 支所, 出張所, and 戸籍住民サービス課 where the information asset
 * manager sits), staff with Japanese names, the posts with a personnel change
 * on 1 April of the current fiscal year, and storage places; the security
 * committee's year of meetings comes from daicho-demo-committee.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-demo.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-staff-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-inspection-store.h"
#include "daicho/daicho-ledger-store.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-place-store.h"
#include "daicho-db-private.h"
#include "daicho-demo-private.h"
#include "daicho-designation-private.h"
#include "daicho-ledger-private.h"
#include "daicho-staff-private.h"

typedef struct
{
  const char *code;
  const char *name;
  const char *kind;
} DemoOffice;

static const DemoOffice small_offices[] = {
  { "100", "市民文化局戸籍住民サービス課", "other" },
  { "131", "中原区役所区民課", "kuminka" },
  { "132", "高津区役所区民課", "kuminka" },
  { "133", "川崎区役所大師支所", "shisho" },
  { "134", "幸区役所日吉出張所", "shutchojo" },
};

static const DemoOffice city_offices[] = {
  { "100", "市民文化局戸籍住民サービス課", "other" },
  { "131", "中原区役所区民課", "kuminka" },
  { "132", "高津区役所区民課", "kuminka" },
  { "133", "川崎区役所大師支所", "shisho" },
  { "134", "幸区役所日吉出張所", "shutchojo" },
  { "135", "川崎区役所区民課", "kuminka" },
  { "136", "幸区役所区民課", "kuminka" },
  { "137", "宮前区役所区民課", "kuminka" },
  { "138", "多摩区役所区民課", "kuminka" },
  { "139", "麻生区役所区民課", "kuminka" },
};

static const char * const surnames[] = {
  "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
  "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
};
static const char * const surnames_kana[] = {
  "さとう", "すずき", "たかはし", "たなか", "いとう", "わたなべ", "やまもと", "なかむら",
  "こばやし", "かとう", "よしだ", "やまだ", "ささき", "やまぐち", "まつもと", "いのうえ",
  "きむら", "はやし", "さいとう", "しみず",
};
static const char * const given[] = {
  "太郎", "花子", "健一", "美咲", "大輔", "由美", "翔太", "恵子", "直樹", "真由美",
  "誠", "陽子", "拓也", "明美", "浩二", "彩", "隆", "智子", "亮", "久美子",
};
static const char * const given_kana[] = {
  "たろう", "はなこ", "けんいち", "みさき", "だいすけ", "ゆみ", "しょうた", "けいこ",
  "なおき", "まゆみ", "まこと", "ようこ", "たくや", "あけみ", "こうじ", "あや", "たかし",
  "ともこ", "りょう", "くみこ",
};

gboolean
daicho_demo_scale_parse (const char *text, DaichoDemoScale *scale, GError **error)
{
  if (g_strcmp0 (text, "small") == 0)
    *scale = DAICHO_DEMO_SMALL;
  else if (g_strcmp0 (text, "city") == 0)
    *scale = DAICHO_DEMO_CITY;
  else
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID,
                   _("The demo scale is “small” or “city”, not “%s”."), text);
      return FALSE;
    }
  return TRUE;
}

/* Adds one staff member; the n-th of the whole data set picks the name. */
static gint64
add_person (DaichoDb *db, guint n, gint64 office_id, const char *title, GError **error)
{
  guint s = n % G_N_ELEMENTS (surnames);
  guint g = (n / G_N_ELEMENTS (surnames) + n * 7) % G_N_ELEMENTS (given);
  g_autofree char *emp_no = g_strdup_printf ("%06u", 100001 + n);
  g_autofree char *name = g_strdup_printf ("%s %s", surnames[s], given[g]);
  g_autofree char *kana = g_strdup_printf ("%s %s", surnames_kana[s], given_kana[g]);
  DaichoStaffInput input = {
    .emp_no = emp_no, .name = name, .kana = kana, .office_id = office_id, .title = title,
  };

  return daicho_staff_insert (db, &input, error);
}

gboolean
daicho_demo_hold (DaichoDb *db, const char *post_code, gint64 staff_id, const char *from,
                  const char *to, GError **error)
{
  return daicho_db_exec (db, error,
                         "INSERT INTO post_holder (post_id, staff_id, from_date, to_date) "
                         "SELECT id, ?, ?, ? FROM post WHERE code = ?",
                         "Itt" "t", staff_id, from, to, post_code);
}

typedef struct
{
  const char *first_april;
  const char *last_march;
  const char *this_april;
} DemoDates;

/* Designates, as its chief would, the staff of one office: everyone but
 * the chiefs, checked by the office's 係長 except the last two entries. */
static gboolean
designate_office (DaichoDb *db, DaichoOffice *office, guint index, const DemoDates *dates,
                  GError **error)
{
  g_autoptr(GListStore) staff = daicho_staff_store_list (db, office->id, TRUE, error);
  gint64 checker = 0;
  guint n;

  if (staff == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (staff));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoStaff) s = g_list_model_get_item (G_LIST_MODEL (staff), i);
      DaichoDesignationInput input = {
        .staff_id = s->id, .office_id = office->id, .scope = i % 4 == 3 ? "juki" : "both",
        .start_date = dates->first_april, .supervised = -1,
      };
      gint64 id;
      gint64 entered_by = 0;

      if (g_str_equal (s->title, "課長"))
        continue;
      if (checker == 0 && g_str_equal (s->title, "係長"))
        checker = s->id;

      /* Whoever held the post on the start date enters it. */
      if (!daicho_db_query_int (db, &entered_by, 0, error,
                           "SELECT h.staff_id FROM post_holder h JOIN post p ON p.id = h.post_id "
                           "WHERE p.office_id = ? AND p.role = 'usage_manager' AND h.from_date <= ? "
                           "ORDER BY h.from_date LIMIT 1", "It", office->id, dates->first_april))
        return FALSE;
      daicho_db_set_operator (db, entered_by);
      if ((id = daicho_designation_insert (db, &input, error)) == 0)
        return FALSE;

      if (s->left_on != NULL &&
          !daicho_designation_finish (db, id, s->left_on, "retirement", NULL, error))
        return FALSE;

      /* 大師支所's new chief designates anew from 1 April. */
      if (index == 3 && s->left_on == NULL)
        {
          input.start_date = dates->this_april;
          if (!daicho_designation_finish (db, id, dates->last_march, "other",
                                          "新任のシステム利用責任者による再指定のため", error) ||
              (id = daicho_designation_insert (db, &input, error)) == 0)
            return FALSE;
        }

      if (checker != 0 && checker != s->id && i + 2 < n)
        {
          daicho_db_set_operator (db, checker);
          if (!daicho_db_exec (db, error,
                               "UPDATE designation SET checked_by = ?,"
                               " checked_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                               " WHERE id = ? AND entered_by <> ?",
                               "III", checker, id, checker))
            return FALSE;
        }
    }
  return TRUE;
}

/* Designations of every office; one person from the 戸籍住民サービス課 lent to
 * 高津 with the asset manager's permission, another waiting for one. */
static gboolean
add_designations (DaichoDb *db, const char *first_april, const char *last_march,
                  const char *this_april, GError **error)
{
  const DemoDates dates = { first_april, last_march, this_april };
  g_autoptr(GListStore) offices = daicho_office_store_list (db, FALSE, error);
  g_autoptr(DaichoOffice) home = NULL;
  g_autoptr(DaichoOffice) takatsu = NULL;
  g_autoptr(DaichoOffice) hiyoshi = NULL;
  gint64 operator = daicho_db_get_operator (db);
  gint64 lent = 0;
  gint64 waiting = 0;

  if (offices == NULL)
    return FALSE;
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (offices)); i++)
    {
      g_autoptr(DaichoOffice) office = g_list_model_get_item (G_LIST_MODEL (offices), i);
      if (!designate_office (db, office, i, &dates, error))
        return FALSE;
    }

  home = daicho_office_store_get_by_code (db, "100", error);
  takatsu = daicho_office_store_get_by_code (db, "132", error);
  hiyoshi = daicho_office_store_get_by_code (db, "134", error);
  if (home == NULL || takatsu == NULL || hiyoshi == NULL ||
      !daicho_db_query_int (db, &lent, 0, error,
                            "SELECT id FROM staff WHERE office_id = ? ORDER BY emp_no LIMIT 1 OFFSET 2",
                            "I", home->id) ||
      !daicho_db_query_int (db, &waiting, 0, error,
                            "SELECT id FROM staff WHERE office_id = ? ORDER BY emp_no LIMIT 1 OFFSET 3",
                            "I", home->id))
    return FALSE;

  daicho_db_set_operator (db, operator);
  {
    DaichoDesignationInput with_permission = {
      .staff_id = lent, .office_id = takatsu->id, .scope = "juki", .start_date = first_april,
      .supervised = -1, .permission_date = first_april, .permission_ref = "情資第12号",
    };
    DaichoDesignationInput without = {
      .staff_id = waiting, .office_id = hiyoshi->id, .scope = "inkan", .start_date = this_april,
      .supervised = -1, .pending = TRUE,
    };

    if (daicho_designation_insert (db, &with_permission, error) == 0 ||
        daicho_designation_insert (db, &without, error) == 0)
      return FALSE;
  }
  return TRUE;
}

static const char * const form_names[] = {
  "住民票の写し", "住民票記載事項証明書", "戸籍の附票の写し", "印鑑登録証明書", "除票の写し",
  "転出証明書", "住民票コード通知票", "個人番号通知書控", "住民異動届受理通知", "不在住証明書",
};

static const char * const demo_bases[] = { "request", "application", "notification",
                                            "ex_officio" };

/* Ledger entries of one office over fiscal years @first_fy … @last_fy:
 * @per_year forms a year (fewer in the current year, up to today), printed
 * by its designated staff, kept in its locked places, most for 1 year; some
 * handed over, one voided a year, the last few not yet checked; entries past
 * their retention destroyed in one disposal, except a few left due. */
static gboolean
add_ledger (DaichoDb *db, DaichoOffice *office, int first_fy, int last_fy, guint per_year,
            GError **error)
{
  g_autoptr(GListStore) places = daicho_place_store_list (db, office->id, FALSE, error);
  g_autoptr(GArray) printers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *today = daicho_date_today_iso ();
  g_autoptr(DaichoStmt) stmt = NULL;
  gint64 class_1 = 0, class_5 = 0, class_p = 0, checker = 0, chief = 0;
  guint n_places;
  int rc;

  if (places == NULL ||
      !daicho_db_query_int (db, &class_1, 0, error,
                            "SELECT id FROM retention_class WHERE code = '1'", NULL) ||
      !daicho_db_query_int (db, &class_5, 0, error,
                            "SELECT id FROM retention_class WHERE code = '5'", NULL) ||
      !daicho_db_query_int (db, &class_p, 0, error,
                            "SELECT id FROM retention_class WHERE code = 'P'", NULL))
    return FALSE;
  n_places = g_list_model_get_n_items (G_LIST_MODEL (places));

  /* Printers: designated staff still at work; the checker is their 係長. */
  stmt = daicho_db_prepare (db, error,
                            "SELECT DISTINCT s.id, s.title FROM designation d JOIN staff s"
                            " ON s.id = d.staff_id WHERE d.office_id = ? AND d.supervised = 1"
                            " AND s.office_id = d.office_id AND s.left_on IS NULL ORDER BY s.id",
                            "I", office->id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = daicho_stmt_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (checker == 0 && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "係長") == 0)
        checker = id;
      else
        g_array_append_val (printers, id);
    }
  if (rc != SQLITE_DONE || printers->len == 0 || n_places == 0)
    return rc == SQLITE_DONE;
  g_clear_pointer (&stmt, daicho_stmt_release);
  if (!daicho_db_query_int (db, &chief, 0, error,
                            "SELECT h.staff_id FROM post_holder h JOIN post p ON p.id = h.post_id"
                            " WHERE p.office_id = ? AND p.role = 'usage_manager'"
                            " ORDER BY h.from_date DESC LIMIT 1", "I", office->id))
    return FALSE;

  for (int fy = first_fy; fy <= last_fy; fy++)
    {
      GDate first, last, day;
      guint span;

      daicho_fiscal_year_range (fy, &first, &last);
      {
        GDate now;
        daicho_date_today (&now);
        if (g_date_compare (&last, &now) > 0)
          last = now;
      }
      span = g_date_days_between (&first, &last) + 1;

      for (guint k = 0; k < per_year; k++)
        {
          guint i = (guint) fy * 31 + k;
          g_autoptr(DaichoPlace) place = g_list_model_get_item (G_LIST_MODEL (places),
                                                                 i % n_places);
          g_autofree char *date = NULL;
          g_autofree char *ref = g_strdup_printf ("第%u号", 1000 + k);
          gint64 printer = g_array_index (printers, gint64, i % printers->len);
          DaichoLedgerInput in = {
            .office_id = office->id, .form_name = form_names[i % G_N_ELEMENTS (form_names)],
            .printed_by = printer, .copies = 1 + (int) (k % 3),
            .basis = demo_bases[i % G_N_ELEMENTS (demo_bases)], .basis_ref = ref,
            .place_id = place->id,
            .retention_class_id = k % 17 == 5 ? class_p : (k % 7 == 3 ? class_5 : class_1),
          };
          gint64 id;

          day = first;
          g_date_add_days (&day, (guint) ((guint64) k * span / per_year));
          date = daicho_date_to_iso (&day);
          in.output_date = date;

          daicho_db_set_operator (db, printer);
          if ((id = daicho_ledger_insert (db, &in, error)) == 0)
            return FALSE;

          /* Checked by the 係長, but the last few of the current year. */
          if (checker != 0 && !(fy == last_fy && k + 3 >= per_year) &&
              !daicho_db_exec (db, error,
                               "UPDATE ledger_entry SET checked_by = ?, checked_at = entered_at"
                               " WHERE id = ?", "II", checker, id))
            return FALSE;

          if (k % 5 == 2)
            {
              if (!daicho_db_exec (db, error,
                                   "UPDATE ledger_entry SET state = 'delivered',"
                                   " delivered_on = output_date, delivered_by = printed_by"
                                   " WHERE id = ?", "I", id))
                return FALSE;
            }
          else if (k == per_year / 2 + 1)
            {
              if (!daicho_db_exec (db, error,
                                   "UPDATE ledger_entry SET voided_at = entered_at,"
                                   " voided_by = printed_by, void_reason = '重複して出力したため'"
                                   " WHERE id = ?", "I", id))
                return FALSE;
            }
          else if (in.retention_class_id == class_1 && fy + 2 <= last_fy)
            g_array_append_val (due, id);
        }
    }

  /* The entries past their retention are destroyed on the 20th of April,
   * shredded by the chief and confirmed by the 係長; a few stay due. */
  if (due->len > 3 && checker != 0 && chief != 0)
    {
      GDate april;
      g_autofree char *date = NULL;

      daicho_fiscal_year_range (last_fy, &april, NULL);
      g_date_add_days (&april, 19);
      date = daicho_date_to_iso (&april);
      if (g_strcmp0 (date, today) > 0)
        g_free (date), date = g_strdup (today);
      daicho_db_set_operator (db, chief);
      if (daicho_ledger_dispose (db, (gint64 *) (gpointer) due->data, due->len - 3, date,
                                 "shredding", chief, checker, error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* What the demo's sheets find wrong: an item and the finding written. */
static const struct
{
  const char *item_key;
  const char *finding;
  const char *action;
} demo_findings[] = {
  { "lockable", "施錠できない保管場所（カウンター下トレイ）に帳票が置かれていた",
    "帳票を施錠できる書庫へ移し、トレイの鍵を修理する" },
  { "checked_by_other", "入力者以外による照合が済んでいない台帳の記載があった",
    "未照合の記載を係長が照合し、毎日の照合を徹底する" },
  { "retention", "保存期間を過ぎた帳票が廃棄されずに保管されていた",
    "保存期間満了の帳票を裁断により廃棄する" },
  { "designation_current", "異動した職員の指定が終了されていなかった",
    "指定者一覧を見直し、異動者の指定を終了する" },
};

/* 点検シート (K5-3): every office inspects every quarter that has begun,
 * answered on the current checklist; about one sheet in four finds an
 * item 否 with a corrective action, done unless the sheet is recent.
 * Ended quarters are final (half of them confirmed by the 情報資産管理責任者);
 * in the current quarter every other office has a draft. One office
 * skipped the last ended quarter: the overview shows it missing. */
static gboolean
add_inspections (DaichoDb *db, int first_fy, int last_fy, GError **error)
{
  g_autoptr(GListStore) offices = daicho_office_store_list (db, FALSE, error);
  gint64 operator = daicho_db_get_operator (db);
  gint64 template_id = 0, asset = 0;
  int missing_fy, missing_q;
  GDate now;

  if (offices == NULL ||
      !daicho_db_query_int (db, &template_id, 0, error,
                            "SELECT id FROM inspection_template ORDER BY version DESC LIMIT 1",
                            NULL) ||
      !daicho_db_query_int (db, &asset, 0, error,
                            "SELECT h.staff_id FROM post_holder h JOIN post p ON p.id = h.post_id"
                            " WHERE p.role = 'asset_manager' AND h.to_date IS NULL", NULL))
    return FALSE;
  daicho_date_today (&now);
  missing_fy = daicho_fiscal_year_of (&now);
  missing_q = daicho_fiscal_quarter_of (&now) - 1;
  if (missing_q == 0)
    missing_fy--, missing_q = 4;

  for (int fy = first_fy; fy <= last_fy; fy++)
    for (int q = 1; q <= 4; q++)
      {
        GDate first, last, day;
        gboolean ended;

        daicho_fiscal_quarter_range (fy, q, &first, &last);
        if (g_date_compare (&first, &now) > 0)
          break;
        ended = g_date_compare (&last, &now) < 0;
        day = first;
        g_date_add_days (&day, 45);
        if (g_date_compare (&day, &now) > 0)
          day = now;

        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (offices)); k++)
          {
            g_autoptr(DaichoOffice) office = g_list_model_get_item (G_LIST_MODEL (offices), k);
            g_autofree char *date = daicho_date_to_iso (&day);
            guint seed = (guint) (fy * 4 + q) + k * 3;
            gint64 inspector = 0, id;

            if ((fy == missing_fy && q == missing_q && k == 2) || (!ended && k % 2 == 1))
              continue;
            if (!daicho_db_query_int (db, &inspector, 0, error,
                                      "SELECT h.staff_id FROM post_holder h"
                                      " JOIN post p ON p.id = h.post_id"
                                      " WHERE p.office_id = ? AND p.role = 'usage_manager'"
                                      "   AND h.from_date <= ?2"
                                      "   AND (h.to_date IS NULL OR h.to_date >= ?2)",
                                      "It", office->id, date))
              return FALSE;
            if (inspector == 0)
              continue;
            daicho_db_set_operator (db, inspector);
            if (!daicho_db_exec (db, error,
                                 "INSERT INTO inspection (office_id, fiscal_year, quarter,"
                                 " inspection_date, inspector_id, template_id, entered_by,"
                                 " entered_at) VALUES (?, ?, ?, ?, ?, ?, ?5, ?4 || 'T00:00:00Z')",
                                 "IiitII", office->id, fy, q, date, inspector, template_id))
              return FALSE;
            id = daicho_db_last_insert_id (db);
            if (!daicho_db_exec (db, error,
                                 "INSERT INTO inspection_answer (inspection_id, item_id, result,"
                                 " answered_by, answered_at)"
                                 " SELECT ?, id, 'ok', ?, ? || 'T00:00:00Z' FROM inspection_item"
                                 " WHERE template_id = ? AND retired = 0",
                                 "IItI", id, inspector, date, template_id))
              return FALSE;

            if (seed % 4 == 0)
              {
                guint f = (seed / 4) % G_N_ELEMENTS (demo_findings);
                GDate due = day, done = day;
                g_autofree char *due_iso = NULL;
                g_autofree char *done_iso = NULL;

                g_date_add_days (&due, 30);
                g_date_add_days (&done, 20);
                due_iso = daicho_date_to_iso (&due);
                /* Recent sheets (this fiscal year) leave their actions open. */
                if (fy < last_fy && g_date_compare (&done, &now) <= 0)
                  done_iso = daicho_date_to_iso (&done);
                if (!daicho_db_exec (db, error,
                                     "UPDATE inspection_answer SET result = 'ng', finding = ?"
                                     " WHERE inspection_id = ? AND item_id = (SELECT id FROM"
                                     "   inspection_item WHERE template_id = ? AND item_key = ?)",
                                     "tIIt", demo_findings[f].finding, id, template_id,
                                     demo_findings[f].item_key) ||
                    !daicho_db_exec (db, error,
                                     "INSERT INTO inspection_action (inspection_id, item_id, what,"
                                     " owner_id, due_date, done_date, entered_by, entered_at)"
                                     " SELECT ?, id, ?, ?, ?, ?, ?3, ? || 'T00:00:00Z'"
                                     " FROM inspection_item WHERE template_id = ? AND item_key = ?",
                                     "ItItttIt", id, demo_findings[f].action, inspector, due_iso,
                                     done_iso, date, template_id, demo_findings[f].item_key))
                  return FALSE;
              }
            if (ended &&
                !daicho_db_exec (db, error,
                                 "UPDATE inspection SET state = 'final', finalized_by = ?,"
                                 " finalized_at = ? || 'T00:00:00Z',"
                                 " confirmed_by = CASE WHEN ?3 THEN nullif (?4, 0) END,"
                                 " confirmed_at = CASE WHEN ?3 AND ?4 <> 0"
                                 "   THEN ?2 || 'T00:00:00Z' END WHERE id = ?5",
                                 "ItbII", inspector, date, (k + (guint) q) % 2 == 0, asset, id))
              return FALSE;
          }
      }
  daicho_db_set_operator (db, operator);
  return TRUE;
}

static gboolean
fill (DaichoDb *db, const DemoOffice *offices, guint n_offices, guint staff_per_office,
      guint years, guint per_year, guint n_meetings, GError **error)
{
  g_autoptr(DaichoOffice) home = NULL;
  GDate today, first, last;
  g_autofree char *this_april = NULL;
  g_autofree char *first_april = NULL;
  g_autofree char *last_march = NULL;
  guint n = 0;
  int fy;

  daicho_date_today (&today);
  fy = daicho_fiscal_year_of (&today);
  daicho_fiscal_year_range (fy, &first, &last);
  this_april = daicho_date_to_iso (&first);
  g_date_subtract_days (&first, 1);
  last_march = daicho_date_to_iso (&first);
  daicho_fiscal_year_range (fy - (int) years + 1, &first, &last);
  first_april = daicho_date_to_iso (&first);

  for (guint o = 0; o < n_offices; o++)
    {
      const DemoOffice *office = &offices[o];
      g_autofree char *post_code = g_strconcat ("usage-", office->code, NULL);
      g_autofree char *post_name = g_strdup_printf ("システム利用責任者（%s）", office->name);
      gint64 office_id;
      gint64 chief, new_chief = 0;
      gboolean is_home = g_str_equal (office->kind, "other");

      if (!daicho_db_exec (db, error, "INSERT INTO office (code, name, kind) VALUES (?, ?, ?)",
                           "ttt", office->code, office->name, office->kind))
        return FALSE;
      office_id = daicho_db_last_insert_id (db);
      if (!daicho_db_exec (db, error,
                           "INSERT INTO post (code, name, role, office_id, sort_order) "
                           "VALUES (?, ?, 'usage_manager', ?, 10)",
                           "ttI", post_code, post_name, office_id))
        return FALSE;

      chief = add_person (db, n++, office_id, "課長", error);
      if (chief == 0)
        return FALSE;
      /* The very first person runs the demo: every later write names them. */
      if (daicho_db_get_operator (db) == 0)
        daicho_db_set_operator (db, chief);

      /* Every other office gets a new chief on 1 April (人事異動). */
      if (o % 2 == 1)
        {
          new_chief = add_person (db, n++, office_id, "課長", error);
          if (new_chief == 0 ||
              !daicho_demo_hold (db, post_code, chief, first_april, last_march, error) ||
              !daicho_demo_hold (db, post_code, new_chief, this_april, NULL, error))
            return FALSE;
        }
      else if (!daicho_demo_hold (db, post_code, chief, first_april, NULL, error))
        return FALSE;

      if (is_home)
        {
          /* K2-2, K2-3: the head of 戸籍住民サービス課 holds both posts. */
          if (!daicho_demo_hold (db, "asset-manager", chief, first_april, NULL, error) ||
              !daicho_demo_hold (db, "system-admin", chief, first_april, NULL, error))
            return FALSE;
        }

      for (guint i = 0; i < staff_per_office; i++)
        {
          const char *title = i == 0 ? "係長" : (i % 3 == 0 ? "主任" : "主事");
          if (add_person (db, n++, office_id, title, error) == 0)
            return FALSE;
        }

      if (!daicho_db_exec (db, error,
                           "INSERT INTO place (office_id, name, locks) VALUES "
                           "(?1, '書庫A（施錠）', 1), (?1, '窓口キャビネット1', 1)",
                           "I", office_id))
        return FALSE;
      /* Its lock breaks later (see below): forms kept there show up as a risk. */
      if (o == 1 && !daicho_db_exec (db, error,
                                     "INSERT INTO place (office_id, name, locks) "
                                     "VALUES (?, 'カウンター下トレイ', 1)",
                                     "I", office_id))
        return FALSE;
    }

  /* One person has left: their record stays. */
  if (!daicho_db_exec (db, error,
                       "UPDATE staff SET left_on = ?, left_reason = '退職' "
                       "WHERE emp_no = (SELECT max (emp_no) FROM staff)",
                       "t", last_march))
    return FALSE;

  if (!add_designations (db, first_april, last_march, this_april, error))
    return FALSE;

  for (guint o = 0; o < n_offices; o++)
    {
      g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (db, offices[o].code,
                                                                        error);
      if (office == NULL || !add_ledger (db, office, fy - (int) years + 1, fy, per_year, error))
        return FALSE;
    }

  if (!add_inspections (db, fy - (int) years + 1, fy, error))
    return FALSE;

  /* The committee's members sit in the first office (its staff are not
   * designated, so the ledger and inspections are as before). */
  home = daicho_office_store_get_by_code (db, offices[0].code, error);
  if (home == NULL ||
      !daicho_demo_committee (db, home->id, n_meetings, first_april, last_march, this_april,
                              error))
    return FALSE;

  /* The tray's lock broke: it no longer locks. */
  return daicho_db_exec (db, error,
                         "UPDATE place SET locks = 0 WHERE name = 'カウンター下トレイ'", NULL);
}

gboolean
daicho_demo_fill (DaichoDb *db, DaichoDemoScale scale, GError **error)
{
  gboolean ok;

  if (!daicho_db_is_empty (db))
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_EXISTS,
                   _("The demo data goes into an empty database only; this one already holds "
                     "offices. Use a new file (--db PATH)."));
      return FALSE;
    }
  if (!daicho_db_begin_write (db, error))
    return FALSE;

  if (scale == DAICHO_DEMO_CITY)
    ok = fill (db, city_offices, G_N_ELEMENTS (city_offices), 198, 10, 1112, 40, error);
  else
    ok = fill (db, small_offices, G_N_ELEMENTS (small_offices), 9, 3, 24, 5, error);

  if (!ok)
    daicho_db_set_operator (db, 0);
  return daicho_db_finish_write (db, ok, error);
}
