/* daicho.h — the Daicho core: everything with no GTK */
#pragma once

#include "daicho/daicho-check.h"
#include "daicho/daicho-csv.h"
#include "daicho/daicho-date.h"
#include "daicho/daicho-db.h"
#include "daicho/daicho-demo.h"
#include "daicho/daicho-error.h"
#include "daicho/daicho-fiscal.h"
#include "daicho/daicho-office-store.h"
#include "daicho/daicho-place-store.h"
#include "daicho/daicho-post-store.h"
#include "daicho/daicho-records.h"
#include "daicho/daicho-retention-store.h"
#include "daicho/daicho-setup.h"
#include "daicho/daicho-staff-import.h"
#include "daicho/daicho-staff-store.h"
#include "daicho/daicho-validate.h"
