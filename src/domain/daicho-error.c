/* daicho-error.c — the DAICHO_ERROR domain */
#include "config.h"

#include "daicho/daicho-error.h"

G_DEFINE_QUARK (daicho-error-quark, daicho_error)
