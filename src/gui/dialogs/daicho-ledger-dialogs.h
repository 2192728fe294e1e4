/* daicho-ledger-dialogs.h — entering, correcting, checking, handing over,
 * voiding and destroying forms of the 帳票等管理台帳
 *
 * Entering and correcting: daicho-ledger-dialogs.c; the details window and
 * what happens to an entry afterwards: daicho-ledger-details.c. */
#pragma once

#include <adwaita.h>

#include "daicho/daicho-ledger-store.h"
#include "daicho-context.h"

G_BEGIN_DECLS

/* The entry dialog for a form printed by the context's office. Once saved it
 * activates "ledger.reveal" (the new id) on @parent, so the page can show
 * the new row. */
void daicho_ledger_dialog_add     (GtkWidget *parent, DaichoContext *context);

/* The same dialog filled with @entry. After the entry was checked (照合) a
 * change is a correction, and the dialog asks for its reason. */
void daicho_ledger_dialog_edit    (GtkWidget *parent, DaichoContext *context,
                                   DaichoLedgerEntry *entry);

/* One entry with everything recorded about it and its actions: edit, check
 * (照合), hand over (交付), void, destroy, print the 廃棄記録. */
void daicho_ledger_dialog_details (GtkWidget *parent, DaichoContext *context, gint64 id);

/* Asks the reason and voids @entry: it stays in the ledger, marked 取消. */
void daicho_ledger_dialog_void    (GtkWidget *parent, DaichoContext *context,
                                   DaichoLedgerEntry *entry);

/* One disposal (廃棄) of @entries (DaichoLedgerEntry, all of one office):
 * date, method, who destroyed them and who confirmed it; then offers the
 * 廃棄記録 to print. */
void daicho_ledger_dialog_dispose (GtkWidget *parent, DaichoContext *context,
                                   GPtrArray *entries);

/* Prints the 廃棄記録 of @disposal_id (made by @office_name on @date, ISO),
 * or with @save offers to save it as PDF. */
void daicho_ledger_disposal_record (GtkWidget     *parent,
                                    DaichoContext *context,
                                    gint64         disposal_id,
                                    const char    *office_name,
                                    const char    *date,
                                    gboolean       save);

/* Shared by the ledger dialogs: an employee-number row followed, in
 * @group, by a row naming the current staff member that number belongs
 * to. The returned AdwEntryRow emits "changed" after the person is found. */
GtkWidget   *daicho_ledger_person_field_new        (DaichoContext       *context,
                                                    AdwPreferencesGroup *group,
                                                    const char          *title,
                                                    const char          *emp_no);
/* The staff member typed in @field, or NULL (borrowed). */
DaichoStaff *daicho_ledger_person_field_get        (GtkWidget *field);
/* Adds @status (e.g. whether they are designated) under the person's name. */
void         daicho_ledger_person_field_set_status (GtkWidget  *field,
                                                    const char *status,
                                                    gboolean    warning);

/* The employee number of staff member @staff_id (0: none, NULL), whose
 * record is returned in *@staff to keep the string alive. */
const char  *daicho_person_emp_no                  (DaichoContext *context,
                                                    gint64         staff_id,
                                                    DaichoStaff  **staff);

/* 保管中 · 未照合 · 保存期限経過 …: the state and what needs doing. New string. */
char        *daicho_ledger_state_text              (DaichoLedgerEntry *entry);

G_END_DECLS
