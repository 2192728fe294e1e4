/* bench-tabs.c — the queries each tab of the window runs when it opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same core calls, with the same arguments, as the pages in
 * src/gui/pages/ make for the office in the header bar and this fiscal
 * year (their drop-downs' first choice). Only the database work: the GUI
 * part of the benchmark (bench-gui.c) times the same tabs in the app,
 * widgets and all.
 */
#include "config.h"

#include "daicho/daicho.h"

#include "bench-table.h"
#include "bench-sections.h"

#define LIST_TARGET_MS 200

typedef struct
{
  DaichoDb     *db;
  DaichoOffice *office;
  int           fiscal_year;
} Tab;

static guint
n_items (GListStore *list, const char *what, GError *error)
{
  if (list == NULL)
    bench_die (what, error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The header bar: the offices in its drop-down and the staff the operator
 * button offers (daicho-window.c, daicho-operator-button.c). */
static guint
op_header (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) offices = daicho_office_store_list (t->db, FALSE, &error);
  g_autoptr(GListStore) staff = NULL;

  n_items (offices, "offices", error);
  staff = daicho_staff_store_list (t->db, 0, FALSE, &error);
  return n_items (staff, "staff", error);
}

/* 所属 (daicho-overview-page.c): posts, places and staff of the office. */
static guint
op_overview (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) posts = daicho_post_store_list (t->db, NULL, &error);
  g_autoptr(GListStore) places = NULL;
  g_autoptr(GListStore) staff = NULL;
  guint n = n_items (posts, "posts", error);

  places = daicho_place_store_list (t->db, t->office->id, FALSE, &error);
  n += n_items (places, "places", error);
  staff = daicho_staff_store_list (t->db, t->office->id, FALSE, &error);
  return n + n_items (staff, "staff", error);
}

/* 指定 (daicho-designation-page.c): the office's designations as of
 * today, and the count on the review button. */
static guint
op_designation (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  DaichoDesignationFilter filter = { .office_id = t->office->id, .on = today, .search = "" };
  g_autoptr(GListStore) list = daicho_designation_store_list (t->db, &filter, &error);
  g_autoptr(GListStore) review = NULL;
  guint n = n_items (list, "designations", error);

  review = daicho_designation_store_review (t->db, t->office->id, &error);
  n_items (review, "designation review", error);
  return n;
}

/* 様式台帳 (daicho-ledger-page.c): the place drop-down, then the office's
 * entries of this fiscal year. */
static guint
op_ledger (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) places = daicho_place_store_list (t->db, t->office->id, TRUE, &error);
  DaichoLedgerFilter filter = { .office_id = t->office->id, .fiscal_year = t->fiscal_year,
                                .search = "" };
  g_autoptr(GListStore) list = NULL;

  n_items (places, "places", error);
  list = daicho_ledger_store_list (t->db, &filter, &error);
  return n_items (list, "ledger", error);
}

/* 点検 (daicho-inspection-page.c): the year's overview of every office,
 * the office's quarters, its open corrective actions and its history. */
static guint
op_inspection (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) cells = daicho_inspection_store_overview (t->db, t->fiscal_year, NULL,
                                                                  &error);
  g_autoptr(GListStore) carried = NULL;
  g_autoptr(GListStore) history = NULL;
  guint n = n_items (cells, "inspection overview", error);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DaichoInspectionCell) cell = g_list_model_get_item (G_LIST_MODEL (cells), i);
      g_autoptr(DaichoInspection) s = NULL;

      if (cell->office_id != t->office->id || cell->inspection_id == 0)
        continue;
      s = daicho_inspection_store_get (t->db, cell->inspection_id, &error);
      if (s == NULL)
        bench_die ("inspection", error);
    }
  carried = daicho_inspection_store_carried (t->db, t->office->id, 9999, 4, NULL, &error);
  n_items (carried, "corrective actions", error);
  history = daicho_inspection_store_list (t->db, t->office->id, 0, &error);
  return n + n_items (history, "inspections", error);
}

/* セキュリティ会議 (daicho-committee-page.c), its first view: the meetings
 * of this fiscal year. */
static guint
op_committee (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = daicho_meeting_store_list (t->db, t->fiscal_year, &error);

  return n_items (list, "meetings", error);
}

/* Its other views: the action-item board (open ones) and the roster. */
static guint
op_action_board (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  DaichoMeetingActionFilter filter = { .state = "open" };
  g_autoptr(GListStore) list = daicho_meeting_store_actions (t->db, &filter, &error);

  return n_items (list, "action items", error);
}

static guint
op_roster (gpointer data)
{
  Tab *t = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) roster = daicho_committee_roster (t->db, NULL, FALSE, &error);
  g_autofree char *name = daicho_committee_get_name (t->db, NULL);

  if (name == NULL)
    bench_die ("committee name", NULL);
  return n_items (roster, "roster", error);
}

void
bench_tabs (DaichoDb *db, DaichoOffice *office, int fiscal_year)
{
  Tab t = { db, office, fiscal_year };
  const struct
  {
    const char *label;
    BenchFunc   func;
  } tabs[] = {
    { "window header: offices, staff", op_header },
    { "Office tab: posts, places, staff", op_overview },
    { "Designations tab: list as of today, review", op_designation },
    { "Form Ledger tab: places, this FY's entries", op_ledger },
    { "Inspections tab: overview, quarters, actions", op_inspection },
    { "Committee tab: this FY's meetings", op_committee },
    { "Committee tab: action board (open)", op_action_board },
    { "Committee tab: roster", op_roster },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    bench_run (tabs[i].label, LIST_TARGET_MS, tabs[i].func, &t);
}
