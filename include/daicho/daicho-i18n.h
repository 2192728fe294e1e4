/* daicho-i18n.h — translations for both programs, installed or not */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds the "daicho" text domain:
 * to the installed translations, or, when the program runs from its build
 * directory and those are missing, to the build's own. */
void daicho_i18n_init (void);

G_END_DECLS
