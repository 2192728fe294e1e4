/* daicho-committee-store.c — the committee's posts, its name, its labels
 *
 * Committee posts are rows of `post` with role 'committee'; holders are
 * written by the post store. Here: the roster with the part each post plays
 * (from its code, see daicho-meeting-private.h), member posts added,
 * renamed, moved and retired, and the committee's name kept in `setting`.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "daicho/daicho-date.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-validate.h"
#include "daicho-label-private.h"
#include "daicho-meeting-private.h"
#include "daicho-records-private.h"

#define SETTING_COMMITTEE_NAME "committee_name"

DEFINE_RECORD (DaichoCommitteePost, daicho_committee_post,
               FIELD (DaichoCommitteePost, id, INT64),
               FIELD (DaichoCommitteePost, code, STRING),
               FIELD (DaichoCommitteePost, name, STRING),
               FIELD (DaichoCommitteePost, function, STRING),
               FIELD (DaichoCommitteePost, sort_order, INT64),
               FIELD (DaichoCommitteePost, active, BOOLEAN),
               FIELD (DaichoCommitteePost, holder_id, INT64),
               FIELD (DaichoCommitteePost, holder_emp_no, STRING),
               FIELD (DaichoCommitteePost, holder_name, STRING),
               FIELD (DaichoCommitteePost, holder_title, STRING),
               FIELD (DaichoCommitteePost, holder_office_name, STRING),
               FIELD (DaichoCommitteePost, holder_from, STRING))

/* ?1 is the date the holders are read on. */
#define ROSTER_QUERY                                                                             \
  "SELECT p.id, p.code, p.name, " DAICHO_COMMITTEE_FUNCTION_SQL ("p") " AS function,"           \
  "       p.sort_order, p.active, coalesce (s.id, 0) AS holder_id,"                              \
  "       s.emp_no AS holder_emp_no, s.name AS holder_name, s.title AS holder_title,"            \
  "       o.name AS holder_office_name, h.from_date AS holder_from "                             \
  "FROM post p"                                                                                  \
  " LEFT JOIN post_holder h ON h.post_id = p.id AND h.from_date <= ?1"                           \
  "  AND (h.to_date IS NULL OR h.to_date >= ?1)"                                                 \
  " LEFT JOIN staff s ON s.id = h.staff_id"                                                      \
  " LEFT JOIN office o ON o.id = s.office_id "                                                   \
  "WHERE p.role = 'committee' "

#define ROSTER_ORDER                                                                             \
  " ORDER BY CASE p.code WHEN 'committee-chair' THEN 0 WHEN 'committee-vice-chair' THEN 1"      \
  "  WHEN 'committee-secretariat' THEN 3 ELSE 2 END, p.sort_order, p.id"

/* Labels */

static const DaichoLabel functions[] = {
  { "chair", N_("Chair (会長)"), "会長" },
  { "vice_chair", N_("Vice-chair (副会長)"), "副会長" },
  { "member", N_("Member (委員)"), "委員" },
  { "secretariat", N_("Secretariat (庶務)"), "庶務" },
};

/* 第5条第2項, numbered (1)–(7): the UI name, the rule's wording, a short name. */
static const struct
{
  const char *ui;
  const char *wording;
  const char *short_name;
} areas[] = {
  { N_("(1) Keeping identity data current and accurate: consistency between the communication "
       "server and the resident register"),
    "コミュニケーションサーバと既存住民基本台帳システムとの本人確認情報の整合性の確認等、"
    "常に最新かつ正確な状態を保つための対策に関すること",
    "本人確認情報の整合性の確認" },
  { N_("(2) Preventing unauthorised connection and intrusion; managing hardware, software, "
       "networks and other information assets"),
    "不正な接続、侵入等を防止し、ハードウェア等、ソフトウェア、ネットワーク等の情報資産を"
    "適正に管理するための対策に関すること",
    "不正接続・侵入の防止、情報資産の管理" },
  { N_("(3) Limiting the scope of operators' work; managing passwords"),
    "住基ネットの操作者の事務処理範囲の制限及びパスワードの管理等に関すること",
    "操作者の事務処理範囲・パスワード管理" },
  { N_("(4) What present and former 住基ネット staff must observe"),
    "住基ネット関係者及び住基ネット関係者であった者が守るべき事項に関すること",
    "関係者が守るべき事項" },
  { N_("(5) Entry to and exit from the server room"),
    "サーバ設置室の入退室の管理に関すること",
    "サーバ設置室の入退室管理" },
  { N_("(6) Evaluating the security of 住基ネット"),
    "住基ネットに係るセキュリティの評価に関すること",
    "セキュリティの評価" },
  { N_("(7) Other security matters of 住基ネット"),
    "前各号に掲げるもののほか、住基ネットのセキュリティについて必要な事項に関すること",
    "その他必要な事項" },
};

DAICHO_DEFINE_LABEL_FUNCTIONS (daicho_committee_function, functions)

const char *
daicho_committee_area_label (int area)
{
  return area >= 1 && area <= 7 ? _(areas[area - 1].ui) : "";
}

const char *
daicho_committee_area_form_label (int area)
{
  return area >= 1 && area <= 7 ? areas[area - 1].wording : "";
}

const char *
daicho_committee_area_short_label (int area)
{
  return area >= 1 && area <= 7 ? areas[area - 1].short_name : "";
}

gboolean
daicho_committee_area_parse (const char *text, int *area)
{
  g_autofree char *norm = daicho_text_normalize_width (text);
  GString *digits;
  gboolean ok;

  if (norm == NULL)
    return FALSE;
  /* Keep the digits; allow only the wrapping of "(2)", "第2号". */
  digits = g_string_new (NULL);
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        g_string_append_c (digits, (char) c);
      else if (!(c == ' ' || c == '(' || c == ')' || c == 0x7B2C /* 第 */ ||
                 c == 0x53F7 /* 号 */))
        {
          g_string_free (digits, TRUE);
          return FALSE;
        }
    }
  ok = digits->len == 1 && digits->str[0] >= '1' && digits->str[0] <= '7';
  if (ok)
    *area = digits->str[0] - '0';
  g_string_free (digits, TRUE);
  return ok;
}

/* Roster */

GListStore *
daicho_committee_roster (DaichoDb *db, const char *on, gboolean include_retired, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_records (db, DAICHO_TYPE_COMMITTEE_POST, error,
                                  ROSTER_QUERY "AND (?2 OR p.active = 1)" ROSTER_ORDER,
                                  "tb", on ? on : today, include_retired);
}

DaichoCommitteePost *
daicho_committee_post_get (DaichoDb *db, gint64 post_id, GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_COMMITTEE_POST,
                                 _("The committee post does not exist."), error,
                                 ROSTER_QUERY "AND p.id = ?2", "tI", today, post_id);
}

DaichoCommitteePost *
daicho_committee_post_by_function (DaichoDb *db, const char *function, const char *on,
                                   GError **error)
{
  g_autofree char *today = daicho_date_today_iso ();

  return daicho_db_query_record (db, DAICHO_TYPE_COMMITTEE_POST,
                                 _("The committee has no such post."), error,
                                 ROSTER_QUERY "AND " DAICHO_COMMITTEE_FUNCTION_SQL ("p") " = ?2"
                                 ROSTER_ORDER,
                                 "tt", on ? on : today, function);
}

gboolean
daicho_committee_holder_on (DaichoDb *db, const char *code, const char *on, gint64 *staff_id,
                            GError **error)
{
  return daicho_db_query_int (db, staff_id, 0, error,
                              "SELECT h.staff_id FROM post_holder h JOIN post p ON p.id = h.post_id"
                              " WHERE p.code = ?1 AND h.from_date <= ?2"
                              "   AND (h.to_date IS NULL OR h.to_date >= ?2)",
                              "tt", code, on);
}

/* A committee post's name: not blank, not the name of another active one. */
static gboolean
check_post_name (DaichoDb *db, const char *name, gint64 except_id, GError **error)
{
  gint64 taken = 0;

  if (!daicho_validate_text (_("Post name"), name, DAICHO_TEXT_SHORT, TRUE, FALSE, error) ||
      !daicho_db_query_int (db, &taken, 0, error,
                            "SELECT count (*) FROM post WHERE role = 'committee' AND active = 1"
                            " AND name = ? AND id <> ?", "tI", name, except_id))
    return FALSE;
  if (taken > 0)
    return daicho_set_invalid (error, _("The committee already has a post named %s."), name);
  return TRUE;
}

gint64
daicho_committee_add_member_post (DaichoDb *db, const char *name, GError **error)
{
  g_autofree char *clean = daicho_text_strip (name);
  gint64 n = 0, order = 0, id = 0;
  g_autofree char *code = NULL;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return 0;
  ok = check_post_name (db, clean, 0, error) &&
       daicho_db_query_int (db, &n, 0, error,
                            "SELECT count (*) FROM post WHERE code LIKE 'committee-member-%'",
                            NULL) &&
       daicho_db_query_int (db, &order, 100, error,
                            "SELECT max (sort_order) FROM post WHERE role = 'committee'"
                            " AND code NOT IN ('committee-chair', 'committee-vice-chair',"
                            "                  'committee-secretariat')", NULL);
  /* Codes of retired posts stay taken: count on until one is free. */
  while (ok)
    {
      gint64 taken = 0;

      g_free (code);
      code = g_strdup_printf ("committee-member-%lld", (long long) ++n);
      ok = daicho_db_query_int (db, &taken, 0, error,
                                "SELECT count (*) FROM post WHERE code = ?", "t", code);
      if (ok && taken == 0)
        break;
    }
  ok = ok && daicho_db_exec (db, error,
                             "INSERT INTO post (code, name, role, sort_order)"
                             " VALUES (?, ?, 'committee', ?)", "ttI", code, clean, order + 1);
  id = ok ? daicho_db_last_insert_id (db) : 0;
  return daicho_db_finish_write (db, ok, error) ? id : 0;
}

gboolean
daicho_committee_rename_post (DaichoDb *db, gint64 post_id, const char *name, GError **error)
{
  g_autoptr(DaichoCommitteePost) post = NULL;
  g_autofree char *clean = daicho_text_strip (name);
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (post = daicho_committee_post_get (db, post_id, error)) != NULL &&
       check_post_name (db, clean, post_id, error) &&
       daicho_db_exec (db, error, "UPDATE post SET name = ? WHERE id = ?", "tI", clean, post_id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_committee_retire_post (DaichoDb *db, gint64 post_id, GError **error)
{
  g_autoptr(DaichoCommitteePost) post = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  gint64 held = 0;
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (post = daicho_committee_post_get (db, post_id, error)) != NULL;
  if (ok && !g_str_equal (post->function, DAICHO_COMMITTEE_MEMBER))
    ok = daicho_set_invalid (error, _("The posts of the chair, the vice-chair and the secretariat "
                                      "are set by the rule (第5条): rename them instead."));
  else if (ok && !post->active)
    ok = daicho_set_invalid (error, _("The post %s is already retired."), post->name);
  ok = ok && daicho_db_query_int (db, &held, 0, error,
                                  "SELECT count (*) FROM post_holder WHERE post_id = ?"
                                  " AND (to_date IS NULL OR to_date >= ?)",
                                  "It", post_id, today);
  if (ok && held > 0)
    ok = daicho_set_invalid (error, _("Someone holds the post %s today or later: end the holding "
                                      "first."), post->name);
  ok = ok && daicho_db_exec (db, error, "UPDATE post SET active = 0 WHERE id = ?", "I", post_id);
  return daicho_db_finish_write (db, ok, error);
}

gboolean
daicho_committee_move_post (DaichoDb *db, gint64 post_id, guint position, GError **error)
{
  g_autoptr(DaichoCommitteePost) post = NULL;
  g_autoptr(GListStore) roster = NULL;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  if (!daicho_db_begin_write (db, error))
    return FALSE;
  ok = (post = daicho_committee_post_get (db, post_id, error)) != NULL &&
       (roster = daicho_committee_roster (db, NULL, FALSE, error)) != NULL;
  if (ok && (!g_str_equal (post->function, DAICHO_COMMITTEE_MEMBER) || !post->active))
    ok = daicho_set_invalid (error, _("Only the active member posts are ordered: the chair, the "
                                      "vice-chair and the secretariat keep their places."));
  for (guint i = 0; ok && i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(DaichoCommitteePost) p = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (g_str_equal (p->function, DAICHO_COMMITTEE_MEMBER) && p->id != post_id)
        g_array_append_val (members, p->id);
    }
  if (ok && (position < 1 || position > members->len + 1))
    ok = daicho_set_invalid (error, _("The position is 1 to %u."), members->len + 1);
  if (ok)
    g_array_insert_val (members, position - 1, post_id);
  for (guint i = 0; ok && i < members->len; i++)
    ok = daicho_db_exec (db, error, "UPDATE post SET sort_order = ? WHERE id = ?"
                                    " AND sort_order <> ?1",
                         "iI", 103 + (int) i, g_array_index (members, gint64, i));
  return daicho_db_finish_write (db, ok, error);
}

/* The committee's name */

char *
daicho_committee_get_name (DaichoDb *db, GError **error)
{
  g_autoptr(DaichoStmt) stmt = daicho_db_prepare (db, error,
                                                  "SELECT value FROM setting WHERE key = ?",
                                                  "t", SETTING_COMMITTEE_NAME);
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = daicho_stmt_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return rc == SQLITE_DONE ? g_strdup (DAICHO_COMMITTEE_DEFAULT_NAME) : NULL;
}

gboolean
daicho_committee_set_name (DaichoDb *db, const char *name, GError **error)
{
  g_autofree char *clean = daicho_text_strip (name);
  gboolean ok;

  if (!daicho_validate_text (_("Committee name"), clean, DAICHO_TEXT_SHORT, TRUE, FALSE, error) ||
      !daicho_db_begin_write (db, error))
    return FALSE;
  ok = daicho_db_exec (db, error,
                       "INSERT INTO setting (key, value, changed_by, changed_at)"
                       " VALUES (?, ?, ?, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                       "  changed_by = excluded.changed_by, changed_at = excluded.changed_at"
                       " WHERE value <> excluded.value",
                       "ttn", SETTING_COMMITTEE_NAME, clean, daicho_db_get_operator (db));
  return daicho_db_finish_write (db, ok, error);
}
