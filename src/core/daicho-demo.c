/* daicho-demo.c — a realistic demo data set
 *
 * Offices of a ward-office system as the Kawasaki rules describe them
 * (区民課, 支所, 出張所, and 戸籍住民サービス課 where the information asset
 * manager sits), staff with Japanese names, the posts with a personnel change
 * on 1 April of the current fiscal year, and storage places.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-demo.h"
#include "daicho/daicho-designation-store.h"
#include "daicho/daicho-staff-store.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-office-store.h"
#include "daicho-db-private.h"
#include "daicho-designation-private.h"
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

static gboolean
hold (DaichoDb *db, const char *post_code, gint64 staff_id, const char *from, const char *to,
      GError **error)
{
  return daicho_db_exec (db, error,
                         "INSERT INTO post_holder (post_id, staff_id, from_date, to_date) "
                         "SELECT id, ?, ?, ? FROM post WHERE code = ?",
                         "Itt" "t", staff_id, from, to, post_code);
}

typedef struct
{
  const char *last_april;
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
        .start_date = dates->last_april, .supervised = -1,
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
                           "ORDER BY h.from_date LIMIT 1", "It", office->id, dates->last_april))
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
add_designations (DaichoDb *db, const char *last_april, const char *last_march,
                  const char *this_april, GError **error)
{
  const DemoDates dates = { last_april, last_march, this_april };
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
      .staff_id = lent, .office_id = takatsu->id, .scope = "juki", .start_date = last_april,
      .supervised = -1, .permission_date = last_april, .permission_ref = "情資第12号",
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

static gboolean
fill (DaichoDb *db, const DemoOffice *offices, guint n_offices, guint staff_per_office,
      GError **error)
{
  GDate today, first, last;
  g_autofree char *this_april = NULL;
  g_autofree char *last_april = NULL;
  g_autofree char *last_march = NULL;
  guint n = 0;
  int fy;

  daicho_date_today (&today);
  fy = daicho_fiscal_year_of (&today);
  daicho_fiscal_year_range (fy, &first, &last);
  this_april = daicho_date_to_iso (&first);
  g_date_subtract_days (&first, 1);
  last_march = daicho_date_to_iso (&first);
  daicho_fiscal_year_range (fy - 1, &first, &last);
  last_april = daicho_date_to_iso (&first);

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
              !hold (db, post_code, chief, last_april, last_march, error) ||
              !hold (db, post_code, new_chief, this_april, NULL, error))
            return FALSE;
        }
      else if (!hold (db, post_code, chief, last_april, NULL, error))
        return FALSE;

      if (is_home)
        {
          /* K2-2, K2-3: the head of 戸籍住民サービス課 holds both posts. */
          if (!hold (db, "asset-manager", chief, last_april, NULL, error) ||
              !hold (db, "system-admin", chief, last_april, NULL, error))
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
      if (o == 1 && !daicho_db_exec (db, error,
                                     "INSERT INTO place (office_id, name, locks) "
                                     "VALUES (?, 'カウンター下トレイ', 0)",
                                     "I", office_id))
        return FALSE;
    }

  /* One person has left: their record stays. */
  if (!daicho_db_exec (db, error,
                       "UPDATE staff SET left_on = ?, left_reason = '退職' "
                       "WHERE emp_no = (SELECT max (emp_no) FROM staff)",
                       "t", last_march))
    return FALSE;

  return add_designations (db, last_april, last_march, this_april, error);
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
    ok = fill (db, city_offices, G_N_ELEMENTS (city_offices), 198, error);
  else
    ok = fill (db, small_offices, G_N_ELEMENTS (small_offices), 9, error);

  if (!ok)
    daicho_db_set_operator (db, 0);
  return daicho_db_finish_write (db, ok, error);
}
