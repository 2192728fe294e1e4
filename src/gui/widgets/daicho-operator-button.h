/* daicho-operator-button.h — who is making changes, chosen in the header bar */
#pragma once

#include <adwaita.h>

#include "daicho-context.h"

G_BEGIN_DECLS

#define DAICHO_TYPE_OPERATOR_BUTTON (daicho_operator_button_get_type ())
G_DECLARE_FINAL_TYPE (DaichoOperatorButton, daicho_operator_button, DAICHO, OPERATOR_BUTTON,
                      AdwBin)

GtkWidget *daicho_operator_button_new (DaichoContext *context);

/* Reloads the staff offered (after staff were added, changed or left). */
void daicho_operator_button_reload (DaichoOperatorButton *self);

/* How many staff can be chosen. */
guint daicho_operator_button_get_n_choices (DaichoOperatorButton *self);

G_END_DECLS
