/* daicho-ledger-store.h — 帳票等管理台帳: the form ledger (K5-2, K8, K9)
 *
 * Every printed form holding resident-register information is entered:
 * number (per office and fiscal year, R7-0001), form name, output date, who
 * printed it (a staff member designated for the office that day, 第5条・第6条),
 * copies, the basis it was printed on (K9-1), where it is kept (a place that
 * locks, K9-2), its retention class and the date from which it may be
 * destroyed (K9-4), and what became of it: 保管中, 交付 (handed over) or 廃棄
 * (destroyed by 焼却, 溶解 or 裁断, by one person and confirmed by another,
 * K9-3).
 *
 * Entries are checked (照合) by someone other than the person who entered
 * them (K8(2)ア); a change after the check is a correction with a reason;
 * an entry is voided, never deleted.
 */
#pragma once

#include <gio/gio.h>

#include "daicho/daicho-db.h"
#include "daicho/daicho-records.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_LEDGER_ENTRY (daicho_ledger_entry_get_type ())
G_DECLARE_FINAL_TYPE (DaichoLedgerEntry, daicho_ledger_entry, DAICHO, LEDGER_ENTRY, DaichoRecord)
struct _DaichoLedgerEntry
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       office_id;
  char        *office_name;
  gint64       fiscal_year;
  gint64       seq;
  char        *number;            /* R7-0001 */
  char        *form_name;         /* 帳票名 */
  char        *output_date;       /* ISO */
  gint64       printed_by;
  char        *printed_by_name;
  gint64       copies;
  char        *basis;             /* request | application | notification | ex_officio | other */
  char        *basis_ref;         /* the basis document's reference */
  gint64       place_id;
  char        *place_name;
  gboolean     place_locks;
  gint64       retention_class_id;
  char        *retention_name;    /* 文書分類 */
  gint64       retention_years;   /* 0 = 永年 */
  char        *retention_until;   /* may be destroyed after this day; NULL = 永年 */
  char        *state;             /* kept | delivered | disposed */
  char        *delivered_on;
  char        *delivered_by_name;
  gint64       disposal_id;
  char        *disposal_date;
  char        *disposal_method;   /* incineration | dissolution | shredding */
  char        *disposal_operator_name;
  char        *disposal_witness_name;
  char        *note;
  char        *entered_by_name;
  char        *entered_at;
  char        *checked_by_name;   /* 照合; NULL until checked */
  char        *checked_at;
  char        *voided_at;         /* NULL unless voided */
  char        *voided_by_name;
  char        *void_reason;
  gboolean     due;               /* kept, not voided, retention passed (as of the list's date) */
  gboolean     unlocked;          /* kept, not voided, in a place that does not lock */
};

/* One correction made to an entry after it was checked. */
#define DAICHO_TYPE_LEDGER_CORRECTION (daicho_ledger_correction_get_type ())
G_DECLARE_FINAL_TYPE (DaichoLedgerCorrection, daicho_ledger_correction, DAICHO, LEDGER_CORRECTION,
                      DaichoRecord)
struct _DaichoLedgerCorrection
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       entry_id;
  char        *field;             /* form_name, output_date, printed_by, copies, basis, … */
  char        *old_value;         /* as shown: names, not ids */
  char        *new_value;
  char        *reason;
  char        *corrected_by_name;
  char        *corrected_at;      /* UTC ISO 8601 */
};

/* What a person types for an entry. Strings are borrowed. */
typedef struct
{
  gint64      office_id;
  const char *form_name;
  const char *output_date;        /* ISO */
  gint64      printed_by;         /* staff id */
  int         copies;             /* ≥ 1 */
  const char *basis;
  const char *basis_ref;
  gint64      place_id;
  gint64      retention_class_id;
  const char *note;
} DaichoLedgerInput;

typedef struct
{
  gint64      office_id;     /* 0: every office */
  int         fiscal_year;   /* 0: every year */
  const char *from;          /* output date range (ISO), either may be NULL */
  const char *to;
  const char *state;         /* NULL/"all", kept, delivered, disposed, voided, unchecked */
  gboolean    due_only;      /* the "due" view: past retention or in an unlocked place */
  gint64      place_id;      /* 0: every place */
  const char *search;        /* number, form name, basis reference, printer, note */
  const char *on;            /* "due" is judged as of this date; NULL: today */
  gint64      disposal_id;   /* 0: any; else the entries of one disposal */
} DaichoLedgerFilter;

/* Entries matching @filter in number order (office, fiscal year, seq). */
GListStore        *daicho_ledger_store_list (DaichoDb *db, const DaichoLedgerFilter *filter,
                                             GError **error);
DaichoLedgerEntry *daicho_ledger_store_get  (DaichoDb *db, gint64 id, GError **error);

/* The corrections of entry @id, oldest first (DaichoLedgerCorrection). */
GListStore *daicho_ledger_store_corrections (DaichoDb *db, gint64 id, GError **error);

/* Up to @limit distinct earlier form names of @office_id starting with
 * @prefix (most used first), for completing what is typed. */
GStrv daicho_ledger_store_form_names (DaichoDb *db, gint64 office_id, const char *prefix,
                                      guint limit, GError **error);

/* Checks @input against the rules without writing. */
gboolean daicho_ledger_input_validate (DaichoDb *db, const DaichoLedgerInput *input,
                                       GError **error);

/* Adds an entry and gives it the next number of its office and fiscal year.
 * Refused (DAICHO_ERROR_INVALID): a printer not designated for the office on
 * the output date (第5条・第6条), a place of another office or one that does
 * not lock (第9条第2項), a basis other than the five (第9条第1項), a missing
 * basis reference, no retention class, copies below 1. Returns the id or 0. */
gint64 daicho_ledger_store_add (DaichoDb *db, const DaichoLedgerInput *input, GError **error);

/* Changes an entry. Before it is checked, a plain edit; after, a correction:
 * @reason is required and each changed field is recorded with it. The office
 * and number never change. Voided or disposed entries cannot be changed. */
gboolean daicho_ledger_store_update (DaichoDb *db, gint64 id, const DaichoLedgerInput *input,
                                     const char *reason, GError **error);

/* 照合 by the current operator; refused when they entered the entry. */
gboolean daicho_ledger_store_check   (DaichoDb *db, gint64 id, GError **error);

/* 交付: handed to the requester on @date (ISO, not before the output date). */
gboolean daicho_ledger_store_deliver (DaichoDb *db, gint64 id, const char *date,
                                      GError **error);

/* Voids an entry (printed by mistake, entered twice …) for @reason. It stays
 * in the ledger, marked void. */
gboolean daicho_ledger_store_void    (DaichoDb *db, gint64 id, const char *reason,
                                      GError **error);

/* One disposal closes several entries at once: @date, @method (焼却 |
 * 溶解 | 裁断: incineration | dissolution | shredding, 第9条第3項), done by
 * @operator_id and confirmed by @witness_id (two different current staff).
 * Every entry must be kept, not voided, of one office, and past its
 * retention on @date (or kept in a place that does not lock). One
 * transaction: all close, or none. Returns the disposal's id or 0. */
gint64 daicho_ledger_store_dispose (DaichoDb *db, const gint64 *entry_ids, guint n_entries,
                                    const char *date, const char *method, gint64 operator_id,
                                    gint64 witness_id, GError **error);

/* Parsing and labels. Forms print the Japanese ones. */
gboolean    daicho_ledger_basis_parse      (const char *text, const char **basis);
const char *daicho_ledger_basis_label      (const char *basis);   /* translated */
const char *daicho_ledger_basis_form_label (const char *basis);   /* 請求書 … */
gboolean    daicho_ledger_method_parse     (const char *text, const char **method);
const char *daicho_ledger_method_label     (const char *method);  /* translated */
const char *daicho_ledger_method_form_label (const char *method); /* 焼却 溶解 裁断 */
const char *daicho_ledger_state_label      (const char *state);   /* translated */
const char *daicho_ledger_state_form_label (const char *state);   /* 保管中 交付 廃棄 */

/* The entry number: era letter and year of the fiscal year, then the
 * sequence, e.g. (2025, 1) → "R7-0001", (2019, 12) → "R1-0012". New string. */
char *daicho_ledger_number (int fiscal_year, gint64 seq);

G_END_DECLS
