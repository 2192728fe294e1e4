/* daicho-crash-writer.c — saves ledger records through the core API, and
 * says so only once each save returned success
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   daicho-crash-writer DB TAG [COUNT [BUSY_TIMEOUT_MS]]
 *
 * Works on a demo database (daicho-cli demo), in office 131: enters forms
 * printed by 100016 as the office's chief 100012, has some checked (照合) by
 * 100013 and then corrected by the chief with a reason, and voids others —
 * writes that touch ledger_entry, ledger_correction and the audit log in
 * one transaction each. After each save returned success one line goes to
 * stdout, flushed, and is the writer's promise that the save is on disk:
 *
 *   add ID KEY COPIES     an entry with basis reference KEY and COPIES copies
 *   check ID              entry ID was checked
 *   correct ID COPIES     entry ID was corrected to COPIES copies
 *   void ID               entry ID was voided
 *
 * KEY is "TAG-N", so the records of every run can be told apart. Without
 * COUNT it writes until it is killed (the crash test); with COUNT it makes
 * that many entries and exits 0 (the contention test). On any failed save
 * it prints the message to stderr and exits 1.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#include "daicho/daicho.h"

#define OFFICE    "131"
#define ENTERER   "100012"
#define CHECKER   "100013"
#define PRINTER   "100016"
#define RETENTION "1"

typedef struct
{
  DaichoDb *db;
  gint64    enterer;
  gint64    checker;
} Writer;

static G_GNUC_NORETURN void
fail (const char *what, GError *error)
{
  g_printerr ("daicho-crash-writer: %s: %s\n", what, error ? error->message : "?");
  exit (1);
}

static void ack (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
ack (const char *format, ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  /* The line is the promise: it leaves the process only after the save. */
  fflush (stdout);
}

static gint64
staff_id (DaichoDb *db, const char *emp_no)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoStaff) staff = daicho_staff_store_get_by_emp_no (db, emp_no, &error);

  if (staff == NULL)
    fail (emp_no, error);
  return staff->id;
}

/* The office's first place that locks (the demo's 書庫A). */
static gint64
locking_place (DaichoDb *db, gint64 office_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) places = daicho_place_store_list (db, office_id, FALSE, &error);

  if (places == NULL)
    fail ("places", error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(DaichoPlace) place = g_list_model_get_item (G_LIST_MODEL (places), i);
      if (place->locks)
        return place->id;
    }
  fail ("no place that locks", NULL);
}

/* Entry @n: added; every third checked and corrected, every third voided. */
static void
write_one (Writer *w, DaichoLedgerInput *in, const char *tag, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("%s-%u", tag, n);
  gint64 id;

  in->basis_ref = key;
  in->copies = 1 + n % 5;
  daicho_db_set_operator (w->db, w->enterer);
  id = daicho_ledger_store_add (w->db, in, &error);
  if (id == 0)
    fail ("add", error);
  ack ("add %" G_GINT64_FORMAT " %s %d\n", id, key, in->copies);

  if (n % 3 == 1)
    {
      daicho_db_set_operator (w->db, w->checker);
      if (!daicho_ledger_store_check (w->db, id, &error))
        fail ("check", error);
      ack ("check %" G_GINT64_FORMAT "\n", id);

      in->copies += 10;
      daicho_db_set_operator (w->db, w->enterer);
      if (!daicho_ledger_store_update (w->db, id, in, "部数の訂正（試験）", &error))
        fail ("correct", error);
      ack ("correct %" G_GINT64_FORMAT " %d\n", id, in->copies);
    }
  else if (n % 3 == 2)
    {
      if (!daicho_ledger_store_void (w->db, id, "二重登録（試験）", &error))
        fail ("void", error);
      ack ("void %" G_GINT64_FORMAT "\n", id);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DaichoDb) db = NULL;
  g_autoptr(DaichoOffice) office = NULL;
  g_autoptr(DaichoRetentionClass) retention = NULL;
  g_autofree char *today = NULL;
  DaichoLedgerInput in = { 0 };
  Writer w = { 0 };
  guint64 count = 0;
  guint64 busy_ms = 0;

  if (argc < 3 || argc > 5 ||
      (argc > 3 && !g_ascii_string_to_unsigned (argv[3], 10, 1, G_MAXUINT, &count, NULL)) ||
      (argc > 4 && !g_ascii_string_to_unsigned (argv[4], 10, 0, G_MAXINT, &busy_ms, NULL)))
    {
      g_printerr ("usage: daicho-crash-writer DB TAG [COUNT [BUSY_TIMEOUT_MS]]\n");
      return 2;
    }

  db = daicho_db_open (argv[1], &error);
  if (db == NULL)
    fail ("open", error);
  if (argc > 4)
    daicho_db_set_busy_timeout (db, (int) busy_ms);
  w.db = db;
  w.enterer = staff_id (db, ENTERER);
  w.checker = staff_id (db, CHECKER);

  office = daicho_office_store_get_by_code (db, OFFICE, &error);
  if (office == NULL)
    fail ("office", error);
  retention = daicho_retention_store_get_by_code (db, RETENTION, &error);
  if (retention == NULL)
    fail ("retention class", error);
  today = daicho_date_today_iso ();
  in.office_id = office->id;
  in.form_name = "住民票の写し（耐障害試験）";
  in.output_date = today;
  in.printed_by = staff_id (db, PRINTER);
  in.basis = "request";
  in.place_id = locking_place (db, office->id);
  in.retention_class_id = retention->id;

  for (guint n = 1; count == 0 || n <= count; n++)
    write_one (&w, &in, argv[2], n);
  return 0;
}
