/* test-hostile-gui.c — hostile text typed into a dialog of each tab, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every case of text.cases that a keyboard or a paste can produce (valid
 * UTF-8) is typed into a text row of a dialog of each tab — an agenda item's
 * title (セキュリティ会議), the reason for voiding a ledger entry (帳票等管理台帳),
 * the note when ending a designation (指定) — and every case of dates.cases
 * into the date of a new inspection (点検). Either the dialog closes and
 * the text is stored exactly as the corpus says, or it stays open with a
 * readable message under the form and the database is exactly as before.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "daicho/daicho.h"
#include "daicho-application.h"
#include "daicho-window.h"
#include "dialogs/daicho-designation-dialogs.h"
#include "dialogs/daicho-inspection-dialogs.h"
#include "dialogs/daicho-ledger-dialogs.h"
#include "dialogs/daicho-meeting-dialogs.h"
#include "gui-test-util.h"
#include "hostile-cases.h"
#include "test-util.h"
#include "widgets/daicho-form-dialog.h"

#define MIN_TABLES 20

typedef struct
{
  char          *dir;
  char          *path;
  DaichoDb      *db;
  GSettings     *settings;
  GtkWidget     *window;
  DaichoContext *context;
} Fixture;

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
fixture_setup (Fixture *f, gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) clerk = NULL;
  g_autoptr(DaichoOffice) office = NULL;

  f->db = test_open_tmp_db ("hostile-gui", &f->dir, &f->path);
  g_assert_true (daicho_demo_fill (f->db, DAICHO_DEMO_SMALL, &error));
  g_assert_no_error (error);
  daicho_db_set_operator (f->db, 0);
  f->settings = daicho_application_create_settings ();
  g_settings_reset (f->settings, "operator");
  g_settings_reset (f->settings, "office");
  g_settings_reset (f->settings, "page");
  f->window = GTK_WIDGET (daicho_window_new (NULL, f->settings, f->db, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gui_wait (is_mapped, f->window, 5000));
  f->context = daicho_window_get_context (DAICHO_WINDOW (f->window));
  clerk = daicho_staff_store_get_by_emp_no (f->db, "100012", NULL);
  daicho_context_set_operator (f->context, clerk);
  office = daicho_office_store_get_by_code (f->db, "131", NULL);
  daicho_context_set_office (f->context, office);
  gui_flush ();
}

static void
fixture_teardown (Fixture *f, gconstpointer unused)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_flush ();
  g_clear_object (&f->settings);
  test_close_tmp_db (&f->db, &f->dir, &f->path);
}

static GtkWidget *
find_form_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (DAICHO_IS_FORM_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
form_dialog_shown (gpointer unused)
{
  GtkWidget *dialog = find_form_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
is_error_label (GtkWidget *widget, gconstpointer unused)
{
  return gtk_widget_get_visible (widget) && gtk_widget_has_css_class (widget, "error") &&
         *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

/* Saved (the dialog closed) or refused (an error under the form). */
static gboolean
settled (gpointer dialog)
{
  return find_form_dialog () == NULL || gui_find (dialog, GTK_TYPE_LABEL, is_error_label, NULL);
}

/* Types @value into the row @row_title of the open form dialog and accepts.
 * Returns TRUE when it saved; else checks the message shown, closes the
 * dialog and returns FALSE. */
static gboolean
submit (const char *row_title, const char *value)
{
  GtkWidget *dialog;
  GtkWidget *label;
  const char *message;

  g_assert_true (gui_wait (form_dialog_shown, NULL, 5000));
  dialog = find_form_dialog ();
  gui_type (gui_find_entry_row (dialog, row_title), value);
  g_assert_true (gtk_widget_activate_action (dialog, "form.accept", NULL));
  g_assert_true (gui_wait (settled, dialog, 5000));
  if (find_form_dialog () == NULL)
    return TRUE;

  label = gui_find (dialog, GTK_TYPE_LABEL, is_error_label, NULL);
  message = gtk_label_get_text (GTK_LABEL (label));
  g_assert_true (g_utf8_validate (message, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (message, -1), <=, 300);
  for (const char *p = message; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        g_error ("the message shown holds U+%04X: %s", c, message);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_flush ();
  return FALSE;
}

/* One text case in one dialog: @open opens it; @read gives the stored text
 * after a save (NULL counts as ""). */
typedef struct
{
  const char *row_title;
  HostileField field;
  void (*open) (Fixture *f, gpointer dialog);
  char *(*read) (Fixture *f);
} TextDialog;

static void
check_text_case (Fixture *f, TextDialog *d, const HostileCase *c)
{
  g_autofree char *before = NULL;
  g_autofree char *want = NULL;
  gboolean stored;
  gboolean saved;

  /* Opening may write what the dialog works on (a ledger entry to void)
   * and may set the row's title and rules (a review note is required). */
  d->open (f, d);
  stored = hostile_text_expect (c, &d->field, &want);
  before = test_snapshot (f->path, MIN_TABLES);
  saved = submit (d->row_title, c->value);
  if (saved != stored)
    {
      g_test_fail_printf ("%s: case %s was %s but must be %s", d->row_title, c->id,
                          saved ? "saved" : "refused", stored ? "saved" : "refused");
      return;
    }
  if (saved)
    {
      g_autofree char *got = d->read (f);

      g_assert_cmpstr (got ? got : "", ==, want);
      test_assert_check_clean (f->db);
    }
  else
    test_assert_unchanged (f->db, f->path, MIN_TABLES, before);
}

/* Cases a person can type or paste: valid UTF-8. The others cannot reach a
 * text row (GTK takes only UTF-8) and are covered by the CLI and CSV runs. */
static gboolean
typeable (const HostileCase *c)
{
  return g_utf8_validate (c->value, c->len, NULL);
}

/* セキュリティ会議: the title of a new agenda item of the planned meeting. */

static DaichoMeeting *
planned_meeting (Fixture *f)
{
  g_autoptr(GListStore) meetings = daicho_meeting_store_list (f->db, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (meetings)); i++)
    {
      g_autoptr(DaichoMeeting) m = g_list_model_get_item (G_LIST_MODEL (meetings), i);

      if (g_str_equal (m->state, "planned"))
        return g_steal_pointer (&m);
    }
  g_assert_not_reached ();
}

static void
open_agenda_item (Fixture *f, gpointer unused)
{
  g_autoptr(DaichoMeeting) meeting = planned_meeting (f);

  daicho_meeting_dialog_item (f->window, f->context, meeting, NULL);
}

static char *
read_agenda_title (Fixture *f)
{
  g_autoptr(DaichoMeeting) meeting = planned_meeting (f);
  g_autoptr(GListStore) items = daicho_meeting_store_items (f->db, meeting->id, FALSE, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (items));
  g_autoptr(DaichoAgendaItem) last = g_list_model_get_item (G_LIST_MODEL (items), n - 1);

  return g_strdup (last->title);
}

/* 帳票等管理台帳: the reason for voiding an entry, made for each case. */

static gint64 void_entry;

static void
open_void (Fixture *f, gpointer unused)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "131", NULL);
  g_autoptr(DaichoStaff) printer = daicho_staff_store_get_by_emp_no (f->db, "100013", NULL);
  g_autoptr(DaichoRetentionClass) class = daicho_retention_store_get_by_code (f->db, "5", NULL);
  g_autoptr(GListStore) places = daicho_place_store_list (f->db, office->id, FALSE, NULL);
  g_autoptr(DaichoLedgerEntry) entry = NULL;
  g_autofree char *today = daicho_date_today_iso ();
  g_autoptr(GError) error = NULL;
  DaichoLedgerInput in = {
    .office_id = office->id, .form_name = "住民票の写し", .output_date = today,
    .printed_by = printer->id, .copies = 1, .basis = "request", .basis_ref = "HX-GUI",
    .retention_class_id = class->id,
  };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) place = g_list_model_get_item (G_LIST_MODEL (places), i);

      if (place->locks)
        in.place_id = place->id;
    }

  void_entry = daicho_ledger_store_add (f->db, &in, &error);
  g_assert_no_error (error);
  entry = daicho_ledger_store_get (f->db, void_entry, &error);
  g_assert_no_error (error);
  daicho_ledger_dialog_void (f->window, f->context, entry);
}

static char *
read_void_reason (Fixture *f)
{
  g_autoptr(DaichoLedgerEntry) entry = daicho_ledger_store_get (f->db, void_entry, NULL);

  return g_strdup (entry->void_reason);
}

/* 指定: the note when ending an open designation; when the
 * designation is flagged for review the note is the required review note. */

static gint64 ended;

static void
open_end_designation (Fixture *f, gpointer dialog)
{
  TextDialog *d = dialog;
  gboolean review = FALSE;
  DaichoDesignationFilter filter = { .office_id = 0 };
  g_autoptr(GListStore) list = daicho_designation_store_list (f->db, &filter, NULL);
  GtkWidget *details = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  ended = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)) && ended == 0; i++)
    {
      g_autoptr(DaichoDesignation) des = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (des->end_date == NULL &&
          (g_strcmp0 (des->state, "active") == 0 || g_strcmp0 (des->state, "review") == 0))
        {
          ended = des->id;
          review = *des->review_flags != '\0';
        }
    }
  g_assert_cmpint (ended, !=, 0);
  d->row_title = review ? "Review note (required)" : "Note";
  d->field.required = review;
  daicho_designation_dialog_details (f->window, f->context, ended);
  gui_flush ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && details == NULL; i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (w != f->window && gtk_widget_get_visible (w) &&
          gui_find_button (w, "End…") != NULL)
        details = w;
    }
  g_assert_nonnull (details);
  g_signal_emit_by_name (gui_find_button (details, "End…"), "clicked");
  gui_flush ();
}

static char *
read_end_note (Fixture *f)
{
  g_autoptr(DaichoDesignation) d = daicho_designation_store_get (f->db, ended, NULL);

  g_assert_nonnull (d->end_date);
  return g_strdup (d->end_note);
}

static TextDialog agenda_title = {
  "Title", { DAICHO_TEXT_SHORT, TRUE, FALSE }, open_agenda_item, read_agenda_title
};
static TextDialog void_reason = {
  "Reason", { DAICHO_TEXT_LONG, TRUE, TRUE }, open_void, read_void_reason
};
static TextDialog end_note = {
  "Note", { DAICHO_TEXT_LONG, FALSE, TRUE }, open_end_designation, read_end_note
};

static GPtrArray *text_cases;
static GPtrArray *date_cases;

static void
run_text_dialog (Fixture *f, TextDialog *d, gboolean every)
{
  for (guint i = 0; i < text_cases->len; i++)
    {
      const HostileCase *c = text_cases->pdata[i];
      g_autofree char *want = NULL;

      if (!typeable (c))
        continue;
      /* Each saved note ends one of the demo's designations: enough for the
       * refusals and a sample of what must be kept. */
      if (!every && hostile_text_expect (c, &d->field, &want) &&
          !g_str_has_prefix (c->id, "sql-") && !g_str_has_prefix (c->id, "format-") &&
          !g_str_has_prefix (c->id, "markup-") && !g_str_equal (c->id, "ivs-kanji") &&
          !g_str_equal (c->id, "surrounding-spaces") && !g_str_equal (c->id, "lf-inside"))
        continue;
      g_test_message ("%s: %s", d->row_title, c->id);
      check_text_case (f, d, c);
    }
}

static void
test_agenda_title (Fixture *f, gconstpointer unused)
{
  run_text_dialog (f, &agenda_title, TRUE);
}

static void
test_void_reason (Fixture *f, gconstpointer unused)
{
  run_text_dialog (f, &void_reason, TRUE);
}

static void
test_end_note (Fixture *f, gconstpointer unused)
{
  run_text_dialog (f, &end_note, FALSE);
}

/* 点検: the date of a new inspection for this quarter of office 134. */
static void
test_inspection_date (Fixture *f, gconstpointer unused)
{
  g_autoptr(DaichoOffice) office = daicho_office_store_get_by_code (f->db, "134", NULL);
  GDate today;
  int fiscal_year, quarter;

  daicho_date_today (&today);
  fiscal_year = daicho_fiscal_year_of (&today);
  quarter = daicho_fiscal_quarter_of (&today);
  for (guint i = 0; i < date_cases->len; i++)
    {
      const HostileCase *c = date_cases->pdata[i];
      g_autofree char *before = test_snapshot (f->path, MIN_TABLES);
      g_autoptr(DaichoInspection) made = NULL;

      if (!typeable (c))
        continue;
      g_test_message ("inspection date: %s", c->id);
      daicho_inspection_dialog_new (f->window, f->context, office->id, fiscal_year, quarter);
      if (!submit ("Inspection date", c->value))
        {
          test_assert_unchanged (f->db, f->path, MIN_TABLES, before);
          continue;
        }
      /* Saved: only a date that the parser reads, stored as that day. */
      g_assert_cmpstr (c->expect, !=, "error");
      made = daicho_inspection_store_find (f->db, office->id, fiscal_year, quarter, NULL);
      g_assert_nonnull (made);
      g_assert_cmpstr (made->inspection_date, ==, c->expect);
      test_assert_check_clean (f->db);
      return;
    }
}

int
main (int argc, char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  text_cases = hostile_cases_load ("text.cases");
  date_cases = hostile_cases_load ("dates.cases");

  g_test_add ("/hostile-gui/committee/agenda-title", Fixture, NULL, fixture_setup,
              test_agenda_title, fixture_teardown);
  g_test_add ("/hostile-gui/ledger/void-reason", Fixture, NULL, fixture_setup,
              test_void_reason, fixture_teardown);
  g_test_add ("/hostile-gui/designation/end-note", Fixture, NULL, fixture_setup,
              test_end_note, fixture_teardown);
  g_test_add ("/hostile-gui/inspection/date", Fixture, NULL, fixture_setup,
              test_inspection_date, fixture_teardown);

  status = g_test_run ();
  g_ptr_array_unref (text_cases);
  g_ptr_array_unref (date_cases);
  return status;
}
