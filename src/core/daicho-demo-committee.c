/* daicho-demo-committee.c — the security committee in the demo data
 *
 * The committee's members by post (Sumida 第5条), two of them replaced on
 * 1 April; meetings every three months up to about two months ago, each
 * with two or three agenda items across the seven deliberation areas,
 * attendance (a member absent now and then, one by proxy, and once the
 * chair absent so that the vice-chair presides), discussion and decisions,
 * and action items: the older ones done, the two latest meetings' still
 * open, one of them overdue. Every meeting's minutes are final but the
 * latest held one's, and the first has a revision. The next meeting, a
 * month ahead, is in preparation with its agenda and an invited guest.
 *
 * Written through the stores' own rules (inside the demo's transaction),
 * so the demo is what a secretariat could have entered.
 */
#include "config.h"

#include "daicho/daicho-date.h"
#include "daicho-demo-private.h"
#include "daicho-meeting-private.h"
#include "daicho-staff-private.h"

/* Who holds each committee post: from the demo's first April, and for two
 * posts a successor from this April. */
static const struct
{
  const char *code;
  const char *emp_no;
  const char *name;
  const char *kana;
  const char *title;
  const char *successor_emp_no;   /* NULL: no change */
  const char *successor_name;
  const char *successor_kana;
} holders[] = {
  { "committee-chair", "900001", "大野 正樹", "おおの まさき", "副区長" },
  { "committee-vice-chair", "900002", "石田 久美子", "いしだ くみこ", "企画経営室長" },
  { "committee-member-1", "900003", "村上 浩", "むらかみ ひろし", "ICT推進担当課長" },
  { "committee-member-2", "900004", "近藤 彩", "こんどう あや", "ICT推進担当主査" },
  { "committee-member-3", "900005", "藤田 誠", "ふじた まこと", "総務課長" },
  { "committee-member-4", "900006", "後藤 隆", "ごとう たかし", "区民部長",
    "900011", "岡田 直樹", "おかだ なおき" },
  { "committee-member-5", "900007", "長谷川 智子", "はせがわ ともこ", "窓口課長",
    "900012", "前田 恵子", "まえだ けいこ" },
  { "committee-member-6", "900008", "坂本 亮", "さかもと りょう", "住民異動係長" },
  { "committee-member-7", "900009", "遠藤 明美", "えんどう あけみ", "住民異動係主査" },
  { "committee-secretariat", "900010", "青木 翔太", "あおき しょうた", "主事" },
};

/* Agenda topics, taken in turn; the owner of the action is the holder of
 * @owner on the meeting's date. */
static const struct
{
  const char *title;
  int         area;
  const char *presenter;
  int         minutes;
  const char *materials;
  const char *discussion;
  const char *decision;
  const char *action;
  const char *owner;
} topics[] = {
  { "本人確認情報の整合性確認の結果について", 1, "区民部窓口課長", 20,
    "資料1 整合性確認結果一覧",
    "コミュニケーションサーバと既存住民基本台帳システムの本人確認情報を突合した結果、"
    "不整合3件を確認した。いずれも住民異動届の入力遅延によるものであり、既に是正済みで"
    "あるとの報告があった。委員から、入力遅延が生じる時期の傾向について質問があり、"
    "3月・4月の繁忙期に集中しているとの回答があった。",
    "繁忙期の入力体制を見直し、入力遅延の防止策を次回会議で報告する。",
    "住民異動届の処理期限の管理方法を見直し、次回会議で報告すること", "committee-member-5" },
  { "住基ネット端末の利用者ID・パスワードの管理状況について", 3, "企画経営室ICT推進担当課長",
    15, "資料2 利用者ID棚卸し結果",
    "利用者IDの棚卸しを実施した結果、異動者のIDが2件削除されていなかったことが報告された。"
    "パスワードの定期変更は全端末で実施済みである。",
    "人事異動に伴う利用者IDの削除は、異動日当日に行う手順とする。",
    "異動者の利用者IDを異動日当日に削除する手順書を作成し、各課に周知すること",
    "committee-member-1" },
  { "サーバ設置室の入退室記録の点検について", 5, "企画経営室ICT推進担当主査", 10,
    "資料3 入退室記録簿（写）",
    "入退室記録簿を点検した結果、保守業者の同行者の記載漏れが1件あった。"
    "鍵の貸出し記録との突合では不一致はなかった。",
    "入退室記録簿に同行者欄を設け、記載漏れを防ぐ。",
    "入退室記録簿の様式を改め、同行者欄を追加すること", "committee-member-2" },
  { "住基ネット関係職員のセキュリティ研修について", 4, "区民部窓口課住民異動係長", 15,
    "資料4 研修実施計画（案）",
    "新規配属職員及び異動予定職員を対象とした研修の実施計画案が示された。"
    "退職・異動後も守秘義務が続くことを研修内容に明記すべきとの意見があった。",
    "意見を反映のうえ、計画案のとおり実施する。",
    "研修資料に退職・異動後の守秘義務を明記し、受講記録を整備すること",
    "committee-member-6" },
  { "不正接続の監視状況及びファイアウォール設定の確認について", 2,
    "企画経営室ICT推進担当課長", 15, "資料5 監視ログ集計",
    "ファイアウォールのログ集計結果が報告され、不正な接続の試行は確認されなかった。"
    "保守用端末の接続記録の保存期間について確認があった。",
    "保守用端末の接続記録を1年間保存する。",
    "保守用端末の接続記録の保存設定を1年に改め、設定結果を報告すること",
    "committee-member-1" },
  { "セキュリティ対策の自己評価結果について", 6, "総務部総務課長", 20,
    "資料6 自己評価チェックリスト",
    "自己評価チェックリストによる評価結果が報告された。評価項目のうち「媒体の管理」が"
    "一部不十分と評価された。",
    "媒体管理簿による管理を徹底する。",
    "媒体管理簿の記載状況を点検し、結果を報告すること", "committee-member-3" },
  { "窓口業務の運用変更に伴うセキュリティ対策について", 7, "区民部長", 10,
    "資料7 運用変更の概要",
    "窓口の受付方法の変更に伴い、端末の配置と画面の覗き見防止対策について説明があった。",
    "覗き見防止フィルタを全端末に設置する。",
    "窓口端末への覗き見防止フィルタの設置を完了すること", "committee-member-4" },
};

#define N_TOPICS G_N_ELEMENTS (topics)

static gboolean
add_holders (DaichoDb *db, gint64 office_id, const char *first_april, const char *last_march,
             const char *this_april, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (holders); i++)
    {
      DaichoStaffInput input = {
        .emp_no = holders[i].emp_no, .name = holders[i].name, .kana = holders[i].kana,
        .office_id = office_id, .title = holders[i].title,
      };
      gint64 id = daicho_staff_insert (db, &input, error);

      if (id == 0)
        return FALSE;
      if (holders[i].successor_emp_no == NULL)
        {
          if (!daicho_demo_hold (db, holders[i].code, id, first_april, NULL, error))
            return FALSE;
          continue;
        }
      input.emp_no = holders[i].successor_emp_no;
      input.name = holders[i].successor_name;
      input.kana = holders[i].successor_kana;
      if (!daicho_demo_hold (db, holders[i].code, id, first_april, last_march, error) ||
          (id = daicho_staff_insert (db, &input, error)) == 0 ||
          !daicho_demo_hold (db, holders[i].code, id, this_april, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static char *
days_from (const GDate *day, int days)
{
  GDate d = *day;

  if (days >= 0)
    g_date_add_days (&d, (guint) days);
  else
    g_date_subtract_days (&d, (guint) -days);
  return daicho_date_to_iso (&d);
}

/* Plans meeting @k on @date with its topics and, every other meeting and
 * the one in preparation (@next_date NULL), a guest. */
static gint64
plan_meeting (DaichoDb *db, guint k, const char *date, const char *next_date, GError **error)
{
  g_autofree char *next_shown = daicho_date_format_iso (next_date, DAICHO_DATE_WAREKI_LONG);
  g_autofree char *next = next_date ? g_strdup_printf ("%s（予定）", next_shown) : NULL;
  DaichoMeetingInput input = {
    .meeting_date = date, .start_time = k % 2 ? "10:00" : "14:00",
    .end_time = k % 2 ? "11:30" : "15:30",
    .place = k % 3 ? "区役所本庁舎 第1会議室" : "区役所本庁舎 庁議室", .next_meeting = next,
  };
  guint n_items = k % 2 == 0 ? 3 : 2;
  gint64 id = daicho_meeting_new_in (db, &input, error);

  for (guint i = 0; id != 0 && i < n_items; i++)
    {
      guint t = (k * 2 + i) % N_TOPICS;
      DaichoAgendaItemInput item = {
        .title = topics[t].title, .area = topics[t].area, .presenter = topics[t].presenter,
        .planned_minutes = topics[t].minutes, .materials = topics[t].materials,
      };

      if (daicho_meeting_add_item_in (db, id, &item, NULL, error) == 0)
        return 0;
    }
  if (id != 0 && (k % 2 == 0 || next_date == NULL) &&
      daicho_meeting_add_invitee_in (db, id, "石川 誠", "株式会社地域情報システム",
                                     "保守担当主任", NULL, error) == 0)
    return 0;
  return id;
}

/* Records meeting @k as held: attendance, presiding, the items' record,
 * action items and how they went on. @last_held: the two latest held
 * meetings (1 the latest, 2 the one before, 0 older). */
static gboolean
record_meeting (DaichoDb *db, gint64 id, guint k, guint last_held, const GDate *day,
                GError **error)
{
  g_autoptr(GListStore) members = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GListStore) invitees = NULL;
  g_autofree char *date = daicho_date_to_iso (day);
  gboolean chair_absent = k % 10 == 1;

  if (!daicho_meeting_mark_held_in (db, id, error) ||
      (members = daicho_meeting_store_members (db, id, error)) == NULL ||
      (items = daicho_meeting_store_items (db, id, FALSE, error)) == NULL ||
      (invitees = daicho_meeting_store_invitees (db, id, FALSE, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (members)); i++)
    {
      g_autoptr(DaichoMeetingMember) m = g_list_model_get_item (G_LIST_MODEL (members), i);
      const char *attendance = "present";
      const char *proxy = NULL;

      if (g_str_equal (m->post_code, "committee-chair") && chair_absent)
        attendance = "absent";
      else if (g_str_equal (m->post_code, "committee-member-7") && k % 3 == 1)
        attendance = "absent";
      else if (g_str_equal (m->post_code, "committee-member-4") && k % 4 == 2)
        attendance = "proxy", proxy = "区民部副参事 森 健";
      if (!daicho_meeting_attend_in (db, id, m->post_id, attendance, proxy, NULL, error))
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (invitees)); i++)
    {
      g_autoptr(DaichoMeetingInvitee) v = g_list_model_get_item (G_LIST_MODEL (invitees), i);

      if (!daicho_meeting_invitee_attend_in (db, v->id, "present", NULL, error))
        return FALSE;
    }
  if (!daicho_meeting_preside_in (db, id, 0, NULL, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(DaichoAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      guint t = (k * 2 + i) % N_TOPICS;
      g_autofree char *due = NULL;
      gint64 owner = 0, action;
      DaichoMeetingActionInput input = { .text = topics[t].action, .agenda_item_id = item->id };

      if (!daicho_meeting_record_item_in (db, item->id, topics[t].discussion, topics[t].decision,
                                          NULL, error))
        return FALSE;
      /* An action on the first item; on the second too every other meeting. */
      if (i > 1 || (i == 1 && k % 2 == 0))
        continue;
      if (!daicho_committee_holder_on (db, topics[t].owner, date, &owner, error))
        return FALSE;
      due = days_from (day, i == 0 ? 60 : 180);
      input.owner_id = owner;
      input.due_date = due;
      if ((action = daicho_meeting_add_action_in (db, id, &input, NULL, error)) == 0)
        return FALSE;

      /* Older actions were done; the latest meeting's are not started; the
       * one before's first is under way and overdue. */
      if (last_held == 0)
        {
          g_autofree char *doing = days_from (day, i == 0 ? 10 : 20);
          g_autofree char *done = days_from (day, i == 0 ? 40 : 150);

          if (!daicho_meeting_set_action_state_in (db, action, "doing", doing, NULL, error) ||
              !daicho_meeting_set_action_state_in (db, action, "done", done,
                                                   "完了を確認した。", error))
            return FALSE;
        }
      else if (last_held == 2 && i == 0)
        {
          g_autofree char *doing = days_from (day, 14);

          if (!daicho_meeting_set_action_state_in (db, action, "doing", doing,
                                                   "関係課と調整中。", error))
            return FALSE;
        }
    }
  return last_held == 1 || daicho_meeting_finalize_in (db, id, error);
}

gboolean
daicho_demo_committee (DaichoDb *db, gint64 office_id, guint n_meetings, const char *first_april,
                       const char *last_march, const char *this_april, GError **error)
{
  g_autofree char *planned_date = NULL;
  guint n_held = n_meetings - 1;
  gint64 first_id = 0, planned;
  GDate today;

  if (!add_holders (db, office_id, first_april, last_march, this_april, error))
    return FALSE;
  daicho_date_today (&today);

  /* Every 90 days, the latest held 60 days ago. */
  for (guint k = 0; k < n_held; k++)
    {
      int offset = -60 - (int) (n_held - 1 - k) * 90;
      g_autofree char *date = days_from (&today, offset);
      g_autofree char *next = days_from (&today, offset + 90);
      GDate day;
      gint64 id;

      daicho_date_from_iso (date, &day);
      if ((id = plan_meeting (db, k, date, next, error)) == 0 ||
          !record_meeting (db, id, k, n_held - k <= 2 ? n_held - k : 0, &day, error))
        return FALSE;
      if (k == 0)
        first_id = id;
    }

  /* A correction after the first minutes were final. */
  if (first_id != 0)
    {
      g_autoptr(GListStore) items = daicho_meeting_store_items (db, first_id, FALSE, error);
      g_autoptr(DaichoAgendaItem) item = NULL;
      g_autofree char *decision = NULL;

      if (items == NULL)
        return FALSE;
      item = g_list_model_get_item (G_LIST_MODEL (items), 0);
      decision = g_strconcat (item->decision, "あわせて、実施状況を四半期ごとに報告する。", NULL);
      if (!daicho_meeting_record_item_in (db, item->id, item->discussion, decision,
                                          "会長の指示により決定事項の記載を補足", error))
        return FALSE;
    }

  planned_date = days_from (&today, 30);
  planned = plan_meeting (db, n_held, planned_date, NULL, error);
  return planned != 0;
}
