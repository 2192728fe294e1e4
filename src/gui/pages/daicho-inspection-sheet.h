/* daicho-inspection-sheet.h — one 点検シート, filled in with the keyboard */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_INSPECTION_SHEET (daicho_inspection_sheet_get_type ())
G_DECLARE_FINAL_TYPE (DaichoInspectionSheet, daicho_inspection_sheet, DAICHO, INSPECTION_SHEET,
                      AdwBin)

GtkWidget *daicho_inspection_sheet_new  (DaichoContext *context);

/* Shows inspection @id (and keeps it current as the records change). */
void       daicho_inspection_sheet_show (DaichoInspectionSheet *self, gint64 id);
gint64     daicho_inspection_sheet_get_id (DaichoInspectionSheet *self);

/* Moves the keyboard focus to the first item not answered yet (or the first). */
void       daicho_inspection_sheet_focus_first_open (DaichoInspectionSheet *self);

G_END_DECLS
