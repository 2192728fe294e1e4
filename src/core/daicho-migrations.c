/* daicho-migrations.c — the schema, one numbered step at a time
 *
 * Step N brings a database from user_version N-1 to N inside one
 * transaction; a failed step leaves the file at N-1. Steps are never edited
 * once released: a change to the schema is a new step.
 *
 * Every table gets audit triggers: an insert or update writes a row to
 * audit_log with the operator (daicho_operator(), set by the program), the
 * OS user, the UTC time and the old and new values as JSON. Records are
 * never deleted: a delete is refused by a trigger, and the audit log itself
 * cannot be changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "daicho/daicho-error.h"
#include "daicho-audit-chain-private.h"
#include "daicho-db-private.h"


static const char schema_v1[] =
  "CREATE TABLE daicho_meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE audit_log ("
  "  id          INTEGER PRIMARY KEY,"
  "  table_name  TEXT NOT NULL,"
  "  row_id      INTEGER NOT NULL,"
  "  action      TEXT NOT NULL CHECK (action IN ('insert', 'update')),"
  "  operator_id INTEGER,"
  "  os_user     TEXT,"
  "  at_utc      TEXT NOT NULL,"
  "  old_json    TEXT,"
  "  new_json    TEXT"
  ") STRICT;"
  "CREATE INDEX audit_log_row ON audit_log (table_name, row_id);"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log cannot be changed');"
  "END;"

  "CREATE TABLE office ("
  "  id     INTEGER PRIMARY KEY,"
  "  code   TEXT NOT NULL UNIQUE,"
  "  name   TEXT NOT NULL,"
  "  kind   TEXT NOT NULL CHECK (kind IN ('kuminka', 'shisho', 'shutchojo', 'other')),"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ") STRICT;"

  "CREATE TABLE staff ("
  "  id          INTEGER PRIMARY KEY,"
  "  emp_no      TEXT NOT NULL UNIQUE,"
  "  name        TEXT NOT NULL,"
  "  kana        TEXT NOT NULL DEFAULT '',"
  "  office_id   INTEGER NOT NULL REFERENCES office (id),"
  "  title       TEXT NOT NULL DEFAULT '',"
  "  login       TEXT,"
  "  left_on     TEXT,"
  "  left_reason TEXT"
  ") STRICT;"
  "CREATE UNIQUE INDEX staff_login ON staff (login) WHERE login IS NOT NULL;"
  "CREATE INDEX staff_office ON staff (office_id);"

  "CREATE TABLE place ("
  "  id        INTEGER PRIMARY KEY,"
  "  office_id INTEGER NOT NULL REFERENCES office (id),"
  "  name      TEXT NOT NULL,"
  "  locks     INTEGER NOT NULL CHECK (locks IN (0, 1)),"
  "  active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
  "  UNIQUE (office_id, name)"
  ") STRICT;"

  /* years NULL = 永年 (kept permanently) */
  "CREATE TABLE retention_class ("
  "  id     INTEGER PRIMARY KEY,"
  "  code   TEXT NOT NULL UNIQUE,"
  "  name   TEXT NOT NULL,"
  "  years  INTEGER CHECK (years IS NULL OR years BETWEEN 1 AND 100),"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ") STRICT;"

  "CREATE TABLE post ("
  "  id         INTEGER PRIMARY KEY,"
  "  code       TEXT NOT NULL UNIQUE,"
  "  name       TEXT NOT NULL,"
  "  role       TEXT NOT NULL CHECK (role IN ('asset_manager', 'system_admin',"
  "                                           'usage_manager', 'committee')),"
  "  office_id  INTEGER REFERENCES office (id),"
  "  sort_order INTEGER NOT NULL DEFAULT 0,"
  "  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
  "  CHECK (role <> 'usage_manager' OR office_id IS NOT NULL)"
  ") STRICT;"
  "CREATE UNIQUE INDEX post_usage_manager ON post (office_id) WHERE role = 'usage_manager';"

  "CREATE TABLE post_holder ("
  "  id        INTEGER PRIMARY KEY,"
  "  post_id   INTEGER NOT NULL REFERENCES post (id),"
  "  staff_id  INTEGER NOT NULL REFERENCES staff (id),"
  "  from_date TEXT NOT NULL,"
  "  to_date   TEXT,"
  "  CHECK (to_date IS NULL OR to_date >= from_date)"
  ") STRICT;"
  "CREATE INDEX post_holder_post ON post_holder (post_id, from_date);";

static const char seed_v1[] =
  "INSERT INTO daicho_meta (key, value) VALUES ('application', 'daicho');"
  "INSERT INTO daicho_meta (key, value)"
  "  VALUES ('created_at', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  "INSERT INTO post (code, name, role, sort_order) VALUES"
  "  ('asset-manager', '情報資産管理責任者', 'asset_manager', 1),"
  "  ('system-admin', 'システム管理責任者', 'system_admin', 2);"
  "INSERT INTO retention_class (code, name, years) VALUES"
  "  ('1', '1年保存', 1), ('3', '3年保存', 3), ('5', '5年保存', 5),"
  "  ('10', '10年保存', 10), ('30', '30年保存', 30), ('P', '永年保存', NULL);";

/* 2: designations (K5-1, K6), the permissions they rest on, their reviews. */
static const char schema_v2[] =
  "CREATE TABLE permission ("
  "  id              INTEGER PRIMARY KEY,"
  "  staff_id        INTEGER NOT NULL REFERENCES staff (id),"
  "  office_id       INTEGER NOT NULL REFERENCES office (id),"
  "  permission_date TEXT NOT NULL,"
  "  ref             TEXT NOT NULL,"
  "  granted_by      INTEGER NOT NULL REFERENCES staff (id)"
  ") STRICT;"

  "CREATE TABLE designation ("
  "  id                        INTEGER PRIMARY KEY,"
  "  staff_id                  INTEGER NOT NULL REFERENCES staff (id),"
  "  office_id                 INTEGER NOT NULL REFERENCES office (id),"
  "  scope                     TEXT NOT NULL CHECK (scope IN ('juki', 'inkan', 'both')),"
  "  start_date                TEXT NOT NULL,"
  "  end_date                  TEXT,"
  "  end_reason                TEXT CHECK (end_reason IS NULL OR end_reason IN"
  "                              ('transfer', 'retirement', 'duty_change', 'other')),"
  "  end_note                  TEXT,"
  "  ended_by                  INTEGER REFERENCES staff (id),"
  "  manager_id                INTEGER NOT NULL REFERENCES staff (id),"
  "  staff_office_id           INTEGER NOT NULL REFERENCES office (id),"
  "  supervised                INTEGER NOT NULL CHECK (supervised IN (0, 1)),"
  "  supervision_reason        TEXT,"
  "  permission_id             INTEGER REFERENCES permission (id),"
  "  entered_by                INTEGER REFERENCES staff (id),"
  "  entered_at                TEXT NOT NULL,"
  "  checked_by                INTEGER REFERENCES staff (id),"
  "  checked_at                TEXT,"
  "  confirmed_manager_id      INTEGER REFERENCES staff (id),"
  "  confirmed_staff_office_id INTEGER REFERENCES office (id),"
  "  CHECK (end_date IS NULL OR end_date >= start_date),"
  "  CHECK (checked_by IS NULL OR entered_by IS NULL OR checked_by <> entered_by)"
  ") STRICT;"
  "CREATE INDEX designation_staff ON designation (staff_id, office_id);"
  "CREATE INDEX designation_office ON designation (office_id, start_date);"

  "CREATE TABLE designation_review ("
  "  id             INTEGER PRIMARY KEY,"
  "  designation_id INTEGER NOT NULL REFERENCES designation (id),"
  "  action         TEXT NOT NULL CHECK (action IN ('confirm', 'end')),"
  "  flags          TEXT NOT NULL,"
  "  note           TEXT NOT NULL,"
  "  reviewed_by    INTEGER REFERENCES staff (id),"
  "  reviewed_at    TEXT NOT NULL"
  ") STRICT;";

static const DaichoAuditedTable audited_v2[] = {
  { "permission", "staff_id,office_id,permission_date,ref,granted_by" },
  { "designation", "staff_id,office_id,scope,start_date,end_date,end_reason,end_note,ended_by,"
                   "manager_id,staff_office_id,supervised,supervision_reason,permission_id,"
                   "entered_by,entered_at,checked_by,checked_at,confirmed_manager_id,"
                   "confirmed_staff_office_id" },
  { "designation_review", "designation_id,action,flags,note,reviewed_by,reviewed_at" },
};

/* 3: the form ledger (K5-2, K8, K9), its disposals and corrections. */
static const char schema_v3[] =
  "CREATE TABLE disposal ("
  "  id            INTEGER PRIMARY KEY,"
  "  office_id     INTEGER NOT NULL REFERENCES office (id),"
  "  disposal_date TEXT NOT NULL,"
  "  method        TEXT NOT NULL CHECK (method IN ('incineration', 'dissolution', 'shredding')),"
  "  operator_id   INTEGER NOT NULL REFERENCES staff (id),"
  "  witness_id    INTEGER NOT NULL REFERENCES staff (id),"
  "  recorded_by   INTEGER REFERENCES staff (id),"
  "  recorded_at   TEXT NOT NULL,"
  "  CHECK (operator_id <> witness_id)"
  ") STRICT;"

  "CREATE TABLE ledger_entry ("
  "  id                 INTEGER PRIMARY KEY,"
  "  office_id          INTEGER NOT NULL REFERENCES office (id),"
  "  fiscal_year        INTEGER NOT NULL,"
  "  seq                INTEGER NOT NULL CHECK (seq >= 1),"
  "  form_name          TEXT NOT NULL,"
  "  output_date        TEXT NOT NULL,"
  "  printed_by         INTEGER NOT NULL REFERENCES staff (id),"
  "  copies             INTEGER NOT NULL CHECK (copies >= 1),"
  "  basis              TEXT NOT NULL CHECK (basis IN ('request', 'application', 'notification',"
  "                                                    'ex_officio', 'other')),"
  "  basis_ref          TEXT NOT NULL,"
  "  place_id           INTEGER NOT NULL REFERENCES place (id),"
  "  retention_class_id INTEGER NOT NULL REFERENCES retention_class (id),"
  "  retention_until    TEXT,"
  "  state              TEXT NOT NULL DEFAULT 'kept'"
  "                     CHECK (state IN ('kept', 'delivered', 'disposed')),"
  "  delivered_on       TEXT,"
  "  delivered_by       INTEGER REFERENCES staff (id),"
  "  disposal_id        INTEGER REFERENCES disposal (id),"
  "  note               TEXT,"
  "  entered_by         INTEGER REFERENCES staff (id),"
  "  entered_at         TEXT NOT NULL,"
  "  checked_by         INTEGER REFERENCES staff (id),"
  "  checked_at         TEXT,"
  "  voided_at          TEXT,"
  "  voided_by          INTEGER REFERENCES staff (id),"
  "  void_reason        TEXT,"
  "  UNIQUE (office_id, fiscal_year, seq),"
  "  CHECK (checked_by IS NULL OR entered_by IS NULL OR checked_by <> entered_by),"
  "  CHECK (state <> 'disposed' OR disposal_id IS NOT NULL),"
  "  CHECK (state <> 'delivered' OR delivered_on IS NOT NULL)"
  ") STRICT;"
  "CREATE INDEX ledger_entry_office_date ON ledger_entry (office_id, output_date);"
  "CREATE INDEX ledger_entry_due ON ledger_entry (state, retention_until);"
  "CREATE INDEX ledger_entry_form_name ON ledger_entry (office_id, form_name);"

  "CREATE TABLE ledger_correction ("
  "  id           INTEGER PRIMARY KEY,"
  "  entry_id     INTEGER NOT NULL REFERENCES ledger_entry (id),"
  "  field        TEXT NOT NULL,"
  "  old_value    TEXT,"
  "  new_value    TEXT,"
  "  reason       TEXT NOT NULL,"
  "  corrected_by INTEGER REFERENCES staff (id),"
  "  corrected_at TEXT NOT NULL"
  ") STRICT;";

static const DaichoAuditedTable audited_v3[] = {
  { "disposal", "office_id,disposal_date,method,operator_id,witness_id,recorded_by,recorded_at" },
  { "ledger_entry", "office_id,fiscal_year,seq,form_name,output_date,printed_by,copies,basis,"
                    "basis_ref,place_id,retention_class_id,retention_until,state,delivered_on,"
                    "delivered_by,disposal_id,note,entered_by,entered_at,checked_by,checked_at,"
                    "voided_at,voided_by,void_reason" },
  { "ledger_correction", "entry_id,field,old_value,new_value,reason,corrected_by,corrected_at" },
};

/* 4: the quarterly self-inspection (K5-3): checklist templates, one
 * inspection per office and fiscal quarter, its answers, corrective
 * actions carried until done, and amendments made after finalising. A
 * template change is a new version holding every item again (retired ones
 * marked), so an inspection keeps the items it was made with. */
static const char schema_v4[] =
  "CREATE TABLE inspection_template ("
  "  id         INTEGER PRIMARY KEY,"
  "  version    INTEGER NOT NULL UNIQUE CHECK (version >= 1),"
  "  note       TEXT NOT NULL,"
  "  created_by INTEGER REFERENCES staff (id),"
  "  created_at TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE inspection_item ("
  "  id          INTEGER PRIMARY KEY,"
  "  template_id INTEGER NOT NULL REFERENCES inspection_template (id),"
  "  item_key    TEXT NOT NULL,"
  "  article     TEXT NOT NULL,"
  "  text        TEXT NOT NULL,"
  "  sort_order  INTEGER NOT NULL,"
  "  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
  "  UNIQUE (template_id, item_key)"
  ") STRICT;"
  "CREATE INDEX inspection_item_template ON inspection_item (template_id, sort_order);"

  "CREATE TABLE inspection ("
  "  id              INTEGER PRIMARY KEY,"
  "  office_id       INTEGER NOT NULL REFERENCES office (id),"
  "  fiscal_year     INTEGER NOT NULL,"
  "  quarter         INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
  "  inspection_date TEXT NOT NULL,"
  "  inspector_id    INTEGER NOT NULL REFERENCES staff (id),"
  "  template_id     INTEGER NOT NULL REFERENCES inspection_template (id),"
  "  state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),"
  "  finalized_by    INTEGER REFERENCES staff (id),"
  "  finalized_at    TEXT,"
  "  confirmed_by    INTEGER REFERENCES staff (id),"
  "  confirmed_at    TEXT,"
  "  entered_by      INTEGER REFERENCES staff (id),"
  "  entered_at      TEXT NOT NULL,"
  "  UNIQUE (office_id, fiscal_year, quarter),"
  "  CHECK (state <> 'final' OR finalized_at IS NOT NULL),"
  "  CHECK (confirmed_at IS NULL OR state = 'final')"
  ") STRICT;"
  "CREATE INDEX inspection_year ON inspection (fiscal_year, office_id);"

  "CREATE TABLE inspection_answer ("
  "  id            INTEGER PRIMARY KEY,"
  "  inspection_id INTEGER NOT NULL REFERENCES inspection (id),"
  "  item_id       INTEGER NOT NULL REFERENCES inspection_item (id),"
  "  result        TEXT NOT NULL CHECK (result IN ('ok', 'ng', 'na')),"
  "  finding       TEXT,"
  "  answered_by   INTEGER REFERENCES staff (id),"
  "  answered_at   TEXT NOT NULL,"
  "  UNIQUE (inspection_id, item_id),"
  "  CHECK (result <> 'ng' OR finding IS NOT NULL)"
  ") STRICT;"

  "CREATE TABLE inspection_action ("
  "  id            INTEGER PRIMARY KEY,"
  "  inspection_id INTEGER NOT NULL REFERENCES inspection (id),"
  "  item_id       INTEGER NOT NULL REFERENCES inspection_item (id),"
  "  what          TEXT NOT NULL,"
  "  owner_id      INTEGER NOT NULL REFERENCES staff (id),"
  "  due_date      TEXT NOT NULL,"
  "  done_date     TEXT,"
  "  voided_at     TEXT,"
  "  entered_by    INTEGER REFERENCES staff (id),"
  "  entered_at    TEXT NOT NULL,"
  "  CHECK (done_date IS NULL OR voided_at IS NULL)"
  ") STRICT;"
  "CREATE INDEX inspection_action_open ON inspection_action (inspection_id, done_date);"

  "CREATE TABLE inspection_amendment ("
  "  id            INTEGER PRIMARY KEY,"
  "  inspection_id INTEGER NOT NULL REFERENCES inspection (id),"
  "  item_id       INTEGER REFERENCES inspection_item (id),"
  "  field         TEXT NOT NULL,"
  "  old_value     TEXT,"
  "  new_value     TEXT,"
  "  reason        TEXT NOT NULL,"
  "  amended_by    INTEGER REFERENCES staff (id),"
  "  amended_at    TEXT NOT NULL"
  ") STRICT;";

/* The default checklist, version 1, drawn from 第5条 to 第10条. Keys are
 * stable across versions: evidence from the records finds its items by them. */
static const char seed_v4[] =
  "INSERT INTO inspection_template (id, version, note, created_at)"
  "  VALUES (1, 1, '初版（要綱第5条から第10条まで）', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  "INSERT INTO inspection_item (template_id, item_key, article, text, sort_order) VALUES"
  "  (1, 'designation_current', '第5条・第6条',"
  "   '取扱者を指定し、指定者の一覧を最新の状態に保っているか', 10),"
  "  (1, 'outside_permission', '第5条・第6条',"
  "   '所管外の職員を取扱者に指定する場合は、あらかじめ情報資産管理責任者の許可を得ているか', 20),"
  "  (1, 'ledger_current', '第5条・第6条',"
  "   '帳票等管理台帳（第1号様式）に記載し、最新の状態に保っているか', 30),"
  "  (1, 'terminal_off', '第7条', '業務終了後、端末の電源を切断しているか', 40),"
  "  (1, 'outside_hours', '第7条', '勤務時間外に端末を使用していないか', 50),"
  "  (1, 'no_intrusion', '第7条', '不正な侵入又はなりすましによる使用を行っていないか', 60),"
  "  (1, 'id_password', '第7条', '利用者ID及びパスワードを適正に管理しているか', 70),"
  "  (1, 'screen_minimum', '第8条', '業務上必要のない情報を画面に表示していないか', 80),"
  "  (1, 'screen_time', '第8条', '必要以上に長く情報を画面に表示したままにしていないか', 90),"
  "  (1, 'screen_copy', '第8条',"
  "   '業務上の必要なく画面の複写又は電磁的記録媒体への出力を行っていないか', 100),"
  "  (1, 'checked_by_other', '第8条',"
  "   '入力、削除及び訂正の内容を、処理を行った者以外の者が確認しているか', 110),"
  "  (1, 'input_forms', '第8条', '入力に用いた帳票等を適正に廃棄し、又は保管しているか', 120),"
  "  (1, 'search_minimum', '第8条', '業務上必要のない検索又は抽出を行っていないか', 130),"
  "  (1, 'print_minimum', '第8条', '業務上必要のない帳票等の出力を行っていないか', 140),"
  "  (1, 'output_basis', '第9条',"
  "   '帳票等の出力は、請求書、申請書、届書、職権記録書等に基づいて行っているか', 150),"
  "  (1, 'lockable', '第9条', '保管する帳票等を施錠のできる書庫等に保管しているか', 160),"
  "  (1, 'disposal_method', '第9条',"
  "   '帳票等の廃棄は、焼却、溶解又は裁断により判読できないように行っているか', 170),"
  "  (1, 'retention', '第9条', '帳票等の保存期間は、文書分類表に従っているか', 180),"
  "  (1, 'emergency_contacts', '第10条', '緊急時連絡網を最新の状態に保っているか', 190),"
  "  (1, 'failure_report', '第10条',"
  "   '障害発生時の報告の方法を職員に周知しているか', 200);";

static const DaichoAuditedTable audited_v4[] = {
  { "inspection_template", "version,note,created_by,created_at" },
  { "inspection_item", "template_id,item_key,article,text,sort_order,retired" },
  { "inspection", "office_id,fiscal_year,quarter,inspection_date,inspector_id,template_id,state,"
                  "finalized_by,finalized_at,confirmed_by,confirmed_at,entered_by,entered_at" },
  { "inspection_answer", "inspection_id,item_id,result,finding,answered_by,answered_at" },
  { "inspection_action", "inspection_id,item_id,what,owner_id,due_date,done_date,voided_at,"
                         "entered_by,entered_at" },
  { "inspection_amendment", "inspection_id,item_id,field,old_value,new_value,reason,amended_by,"
                            "amended_at" },
};

/* 5: the security committee (Sumida 第4条, 第5条). Its posts are rows of
 * `post` with role 'committee', sharing the post history; three codes are
 * fixed because the rule gives those posts a part: committee-chair (会長,
 * the 統括責任者, 第5条第4項), committee-vice-chair (副会長, presides when
 * the chair is absent, 第5条第5項) and committee-secretariat (庶務, 第5条第8項);
 * every other committee post is a member's (第5条第6項). Meetings are numbered
 * per fiscal year; their agenda items carry one of the seven deliberation
 * areas of 第5条第2項; attendance is kept per member post; action items
 * (指示・要請, 第4条第3項第6号) keep every change of state; a change to final
 * minutes is a revision, field by field, with its reason. Settings hold the
 * committee's name, among others. */
static const char schema_v5[] =
  "CREATE TABLE setting ("
  "  id         INTEGER PRIMARY KEY,"
  "  key        TEXT NOT NULL UNIQUE,"
  "  value      TEXT NOT NULL,"
  "  changed_by INTEGER REFERENCES staff (id),"
  "  changed_at TEXT NOT NULL"
  ") STRICT;"

  "CREATE TABLE meeting ("
  "  id                INTEGER PRIMARY KEY,"
  "  fiscal_year       INTEGER NOT NULL,"
  "  number            INTEGER NOT NULL CHECK (number >= 1),"
  "  meeting_date      TEXT NOT NULL,"
  "  start_time        TEXT,"
  "  end_time          TEXT,"
  "  place             TEXT NOT NULL DEFAULT '',"
  "  state             TEXT NOT NULL DEFAULT 'planned'"
  "                    CHECK (state IN ('planned', 'held', 'final', 'cancelled')),"
  "  presiding_post_id INTEGER REFERENCES post (id),"
  "  presided_by       INTEGER REFERENCES staff (id),"
  "  next_meeting      TEXT,"
  "  recorder_id       INTEGER REFERENCES staff (id),"
  "  cancel_reason     TEXT,"
  "  held_by           INTEGER REFERENCES staff (id),"
  "  held_at           TEXT,"
  "  finalized_by      INTEGER REFERENCES staff (id),"
  "  finalized_at      TEXT,"
  "  entered_by        INTEGER REFERENCES staff (id),"
  "  entered_at        TEXT NOT NULL,"
  "  UNIQUE (fiscal_year, number),"
  "  CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time),"
  "  CHECK ((presiding_post_id IS NULL) = (presided_by IS NULL)),"
  "  CHECK (state <> 'final' OR finalized_at IS NOT NULL),"
  "  CHECK (state <> 'cancelled' OR cancel_reason IS NOT NULL)"
  ") STRICT;"
  "CREATE INDEX meeting_date ON meeting (meeting_date);"

  "CREATE TABLE agenda_item ("
  "  id              INTEGER PRIMARY KEY,"
  "  meeting_id      INTEGER NOT NULL REFERENCES meeting (id),"
  "  sort_order      INTEGER NOT NULL,"
  "  title           TEXT NOT NULL,"
  "  area            INTEGER NOT NULL CHECK (area BETWEEN 1 AND 7),"
  "  presenter       TEXT,"
  "  planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes BETWEEN 0 AND 600),"
  "  materials       TEXT,"
  "  discussion      TEXT,"
  "  decision        TEXT,"
  "  withdrawn_at    TEXT,"
  "  withdrawn_by    INTEGER REFERENCES staff (id),"
  "  withdraw_reason TEXT,"
  "  entered_by      INTEGER REFERENCES staff (id),"
  "  entered_at      TEXT NOT NULL,"
  "  CHECK (withdrawn_at IS NULL OR withdraw_reason IS NOT NULL)"
  ") STRICT;"
  "CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, sort_order);"

  "CREATE TABLE meeting_invitee ("
  "  id           INTEGER PRIMARY KEY,"
  "  meeting_id   INTEGER NOT NULL REFERENCES meeting (id),"
  "  name         TEXT NOT NULL,"
  "  affiliation  TEXT NOT NULL,"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  attendance   TEXT CHECK (attendance IS NULL OR attendance IN ('present', 'absent')),"
  "  withdrawn_at TEXT,"
  "  withdrawn_by INTEGER REFERENCES staff (id),"
  "  entered_by   INTEGER REFERENCES staff (id),"
  "  entered_at   TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX meeting_invitee_meeting ON meeting_invitee (meeting_id);"

  "CREATE TABLE meeting_attendance ("
  "  id          INTEGER PRIMARY KEY,"
  "  meeting_id  INTEGER NOT NULL REFERENCES meeting (id),"
  "  post_id     INTEGER NOT NULL REFERENCES post (id),"
  "  staff_id    INTEGER NOT NULL REFERENCES staff (id),"
  "  attendance  TEXT NOT NULL CHECK (attendance IN ('present', 'absent', 'proxy')),"
  "  proxy_name  TEXT,"
  "  recorded_by INTEGER REFERENCES staff (id),"
  "  recorded_at TEXT NOT NULL,"
  "  UNIQUE (meeting_id, post_id),"
  "  CHECK ((attendance = 'proxy') = (proxy_name IS NOT NULL))"
  ") STRICT;"

  "CREATE TABLE meeting_action ("
  "  id              INTEGER PRIMARY KEY,"
  "  meeting_id      INTEGER NOT NULL REFERENCES meeting (id),"
  "  agenda_item_id  INTEGER REFERENCES agenda_item (id),"
  "  text            TEXT NOT NULL,"
  "  owner_id        INTEGER NOT NULL REFERENCES staff (id),"
  "  due_date        TEXT NOT NULL,"
  "  state           TEXT NOT NULL DEFAULT 'todo' CHECK (state IN ('todo', 'doing', 'done')),"
  "  done_date       TEXT,"
  "  withdrawn_at    TEXT,"
  "  withdrawn_by    INTEGER REFERENCES staff (id),"
  "  withdraw_reason TEXT,"
  "  entered_by      INTEGER REFERENCES staff (id),"
  "  entered_at      TEXT NOT NULL,"
  "  CHECK ((state = 'done') = (done_date IS NOT NULL)),"
  "  CHECK (withdrawn_at IS NULL OR withdraw_reason IS NOT NULL)"
  ") STRICT;"
  "CREATE INDEX meeting_action_meeting ON meeting_action (meeting_id);"
  "CREATE INDEX meeting_action_due ON meeting_action (state, due_date);"

  "CREATE TABLE meeting_action_change ("
  "  id         INTEGER PRIMARY KEY,"
  "  action_id  INTEGER NOT NULL REFERENCES meeting_action (id),"
  "  old_state  TEXT,"
  "  new_state  TEXT NOT NULL,"
  "  changed_on TEXT NOT NULL,"
  "  note       TEXT,"
  "  changed_by INTEGER REFERENCES staff (id),"
  "  changed_at TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX meeting_action_change_action ON meeting_action_change (action_id);"

  "CREATE TABLE meeting_revision ("
  "  id         INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id),"
  "  target     TEXT NOT NULL"
  "             CHECK (target IN ('meeting', 'item', 'invitee', 'attendance', 'action')),"
  "  target_id  INTEGER NOT NULL,"
  "  field      TEXT NOT NULL,"
  "  old_value  TEXT,"
  "  new_value  TEXT,"
  "  reason     TEXT NOT NULL,"
  "  revised_by INTEGER REFERENCES staff (id),"
  "  revised_at TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX meeting_revision_meeting ON meeting_revision (meeting_id);";

/* The default roster, as 第4条第2項 and 第5条第3項 to 第8項 name it. */
static const char seed_v5[] =
  "INSERT INTO post (code, name, role, sort_order) VALUES"
  "  ('committee-chair', '統括責任者（副区長）', 'committee', 101),"
  "  ('committee-vice-chair', '企画経営室長', 'committee', 102),"
  "  ('committee-member-1', '企画経営室ICT推進担当課長', 'committee', 103),"
  "  ('committee-member-2', '企画経営室ICT推進担当主査', 'committee', 104),"
  "  ('committee-member-3', '総務部総務課長', 'committee', 105),"
  "  ('committee-member-4', '区民部長', 'committee', 106),"
  "  ('committee-member-5', '区民部窓口課長', 'committee', 107),"
  "  ('committee-member-6', '区民部窓口課住民異動係長', 'committee', 108),"
  "  ('committee-member-7', '区民部窓口課住民異動係主査', 'committee', 109),"
  "  ('committee-secretariat', '庶務（区民部窓口課）', 'committee', 110);";

static const DaichoAuditedTable audited_v5[] = {
  { "setting", "key,value,changed_by,changed_at" },
  { "meeting", "fiscal_year,number,meeting_date,start_time,end_time,place,state,"
               "presiding_post_id,presided_by,next_meeting,recorder_id,cancel_reason,held_by,"
               "held_at,finalized_by,finalized_at,entered_by,entered_at" },
  { "agenda_item", "meeting_id,sort_order,title,area,presenter,planned_minutes,materials,"
                   "discussion,decision,withdrawn_at,withdrawn_by,withdraw_reason,entered_by,"
                   "entered_at" },
  { "meeting_invitee", "meeting_id,name,affiliation,title,attendance,withdrawn_at,withdrawn_by,"
                       "entered_by,entered_at" },
  { "meeting_attendance", "meeting_id,post_id,staff_id,attendance,proxy_name,recorded_by,"
                          "recorded_at" },
  { "meeting_action", "meeting_id,agenda_item_id,text,owner_id,due_date,state,done_date,"
                      "withdrawn_at,withdrawn_by,withdraw_reason,entered_by,entered_at" },
  { "meeting_action_change", "action_id,old_state,new_state,changed_on,note,changed_by,"
                             "changed_at" },
  { "meeting_revision", "meeting_id,target,target_id,field,old_value,new_value,reason,"
                        "revised_by,revised_at" },
};

/* 6: the audit log's hash chain. Each entry gets `hash`, the SHA-256 of the
 * previous entry's hash and of its own values (daicho_audit_hash, see
 * daicho-audit-chain.c), filled in by audit_log_chain in the transaction of
 * the change: the chain never lags behind a commit. Updates of the log stay
 * refused except that one, which audit_log_sealed allows once per entry.
 * Entries that exist are chained between the two halves. */
static const char schema_v6_open[] =
  "ALTER TABLE audit_log ADD COLUMN hash BLOB;"
  "DROP TRIGGER audit_log_no_update;";

static const char schema_v6_close[] =
  "CREATE TRIGGER audit_log_no_update"
  "  BEFORE UPDATE OF id, table_name, row_id, action, operator_id, os_user, at_utc, old_json,"
  "                   new_json ON audit_log BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_log_sealed BEFORE UPDATE OF hash ON audit_log"
  "  WHEN OLD.hash IS NOT NULL BEGIN"
  "  SELECT RAISE (ABORT, 'the audit log cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log BEGIN"
  "  UPDATE audit_log SET hash = daicho_audit_hash ("
  "      (SELECT p.hash FROM audit_log p WHERE p.id < NEW.id ORDER BY p.id DESC LIMIT 1),"
  "      NEW.id, NEW.table_name, NEW.row_id, NEW.action, NEW.operator_id, NEW.os_user,"
  "      NEW.at_utc, NEW.old_json, NEW.new_json)"
  "    WHERE id = NEW.id;"
  "END;";

static const DaichoAuditedTable audited_v1[] = {
  { "office", "code,name,kind,active" },
  { "staff", "emp_no,name,kana,office_id,title,login,left_on,left_reason" },
  { "place", "office_id,name,locks,active" },
  { "retention_class", "code,name,years,active" },
  { "post", "code,name,role,office_id,sort_order,active" },
  { "post_holder", "post_id,staff_id,from_date,to_date" },
};

const DaichoAuditedTable *
daicho_migrations_audited_tables (guint *n_tables)
{
  static GArray *all = NULL;

  /* Every audited table of every step, in the order they were added. */
  if (g_once_init_enter (&all))
    {
      GArray *tables = g_array_new (FALSE, FALSE, sizeof (DaichoAuditedTable));

      g_array_append_vals (tables, audited_v1, G_N_ELEMENTS (audited_v1));
      g_array_append_vals (tables, audited_v2, G_N_ELEMENTS (audited_v2));
      g_array_append_vals (tables, audited_v3, G_N_ELEMENTS (audited_v3));
      g_array_append_vals (tables, audited_v4, G_N_ELEMENTS (audited_v4));
      g_array_append_vals (tables, audited_v5, G_N_ELEMENTS (audited_v5));
      g_once_init_leave (&all, tables);
    }
  *n_tables = all->len;
  return (const DaichoAuditedTable *) (gpointer) all->data;
}

static gboolean
exec_sql (DaichoDb *db, const char *sql, GError **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (daicho_db_get_handle (db), sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, DAICHO_ERROR, DAICHO_ERROR_STORAGE,
                   _("Updating the database structure failed: %s"), message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

char *
daicho_audit_json_of_columns (const char *columns, const char *prefix)
{
  g_auto(GStrv) names = g_strsplit (columns, ",", -1);
  g_autoptr(GString) out = g_string_new ("json_object (");

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *part = sqlite3_mprintf ("%s'%q', %s.\"%w\"", i ? ", " : "", names[i], prefix, names[i]);
      g_string_append (out, part);
      sqlite3_free (part);
    }
  g_string_append_c (out, ')');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Creates the insert/update audit triggers and the no-delete trigger of
 * one table. Identifiers come from the constant tables above, never from
 * input. */
static gboolean
add_audit_triggers (DaichoDb *db, const DaichoAuditedTable *t, GError **error)
{
  g_autofree char *new_json = daicho_audit_json_of_columns (t->columns, "NEW");
  g_autofree char *old_json = daicho_audit_json_of_columns (t->columns, "OLD");
  char *sql;
  gboolean ok;

  sql = sqlite3_mprintf (
    "CREATE TRIGGER \"%w_audit_insert\" AFTER INSERT ON \"%w\" BEGIN"
    "  INSERT INTO audit_log (table_name, row_id, action, operator_id, os_user, at_utc,"
    "                         old_json, new_json)"
    "  VALUES ('%q', NEW.id, 'insert', daicho_operator (), daicho_os_user (),"
    "          strftime ('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), NULL, %s);"
    "END;"
    "CREATE TRIGGER \"%w_audit_update\" AFTER UPDATE ON \"%w\" BEGIN"
    "  INSERT INTO audit_log (table_name, row_id, action, operator_id, os_user, at_utc,"
    "                         old_json, new_json)"
    "  VALUES ('%q', NEW.id, 'update', daicho_operator (), daicho_os_user (),"
    "          strftime ('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), %s, %s);"
    "END;"
    "CREATE TRIGGER \"%w_no_delete\" BEFORE DELETE ON \"%w\" BEGIN"
    "  SELECT RAISE (ABORT, 'records are never deleted');"
    "END;",
    t->table, t->table, t->table, new_json,
    t->table, t->table, t->table, old_json, new_json,
    t->table, t->table);
  ok = exec_sql (db, sql, error);
  sqlite3_free (sql);
  return ok;
}

/* Creates the tables of one step and their audit triggers. */
static gboolean
create_audited (DaichoDb                 *db,
                const char               *schema,
                const DaichoAuditedTable *tables,
                guint                     n_tables,
                GError                  **error)
{
  if (!exec_sql (db, schema, error))
    return FALSE;
  for (guint i = 0; i < n_tables; i++)
    if (!add_audit_triggers (db, &tables[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
migrate_to_1 (DaichoDb *db, GError **error)
{
  return create_audited (db, schema_v1, audited_v1, G_N_ELEMENTS (audited_v1), error) &&
         exec_sql (db, seed_v1, error);
}

static gboolean
migrate_to_2 (DaichoDb *db, GError **error)
{
  return create_audited (db, schema_v2, audited_v2, G_N_ELEMENTS (audited_v2), error);
}

static gboolean
migrate_to_3 (DaichoDb *db, GError **error)
{
  return create_audited (db, schema_v3, audited_v3, G_N_ELEMENTS (audited_v3), error);
}

static gboolean
migrate_to_4 (DaichoDb *db, GError **error)
{
  return create_audited (db, schema_v4, audited_v4, G_N_ELEMENTS (audited_v4), error) &&
         exec_sql (db, seed_v4, error);
}

static gboolean
migrate_to_5 (DaichoDb *db, GError **error)
{
  return create_audited (db, schema_v5, audited_v5, G_N_ELEMENTS (audited_v5), error) &&
         exec_sql (db, seed_v5, error);
}

static gboolean
migrate_to_6 (DaichoDb *db, GError **error)
{
  return exec_sql (db, schema_v6_open, error) &&
         daicho_audit_chain_seal_existing (db, error) &&
         exec_sql (db, schema_v6_close, error);
}

typedef gboolean (*MigrationStep) (DaichoDb *db, GError **error);

static const MigrationStep steps[] = {
  migrate_to_1,
  migrate_to_2,
  migrate_to_3,
  migrate_to_4,
  migrate_to_5,
  migrate_to_6,
};

int
daicho_migrations_latest (void)
{
  return G_N_ELEMENTS (steps);
}

gboolean
daicho_migrations_run (DaichoDb *db, int from_version, GError **error)
{
  for (int version = from_version + 1; version <= daicho_migrations_latest (); version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
      gint64 current = 0;

      if (!exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      /* Another window opening the same file at the same moment may have
       * made this step while we waited for the lock. */
      if (!daicho_db_query_int (db, &current, 0, error, "PRAGMA user_version", NULL))
        {
          daicho_db_rollback (db);
          return FALSE;
        }
      if (current >= version)
        {
          daicho_db_rollback (db);
          continue;
        }
      if (!steps[version - 1] (db, error) || !exec_sql (db, set_version, error))
        {
          daicho_db_rollback (db);
          return FALSE;
        }
      if (!exec_sql (db, "COMMIT", error))
        {
          daicho_db_rollback (db);
          return FALSE;
        }
    }
  return TRUE;
}
