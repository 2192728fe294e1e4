/* daicho-records.h — the record objects the stores hand out
 *
 * Each record is a small immutable GObject whose fields are public for C
 * callers and also exposed as read-only properties (with '-' for '_'), so
 * list views can bind and sort on them. A record is a snapshot: changing a
 * record means calling its store, which writes and audits the change.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DAICHO_TYPE_RECORD (daicho_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (DaichoRecord, daicho_record, DAICHO, RECORD, GObject)

typedef enum {
  DAICHO_FIELD_STRING,
  DAICHO_FIELD_INT64,
  DAICHO_FIELD_BOOLEAN,
} DaichoFieldType;

typedef struct
{
  const char      *name;     /* the SQL column name, e.g. "office_name" */
  DaichoFieldType  type;
  gsize            offset;   /* G_STRUCT_OFFSET in the instance struct */
} DaichoRecordField;

struct _DaichoRecordClass
{
  GObjectClass             parent_class;
  const DaichoRecordField *fields;
  guint                    n_fields;
};

/* Called from a record class's class_init: installs one read-only property
 * per field and makes finalize free the string fields. */
void daicho_record_class_set_fields (DaichoRecordClass       *klass,
                                     const DaichoRecordField *fields,
                                     guint                    n_fields);

/* 所属 */
#define DAICHO_TYPE_OFFICE (daicho_office_get_type ())
G_DECLARE_FINAL_TYPE (DaichoOffice, daicho_office, DAICHO, OFFICE, DaichoRecord)
struct _DaichoOffice
{
  DaichoRecord parent_instance;
  gint64       id;
  char        *code;
  char        *name;
  char        *kind;          /* kuminka | shisho | shutchojo | other */
  gboolean     active;
};

/* 職員 */
#define DAICHO_TYPE_STAFF (daicho_staff_get_type ())
G_DECLARE_FINAL_TYPE (DaichoStaff, daicho_staff, DAICHO, STAFF, DaichoRecord)
struct _DaichoStaff
{
  DaichoRecord parent_instance;
  gint64       id;
  char        *emp_no;
  char        *name;
  char        *kana;
  gint64       office_id;
  char        *office_code;
  char        *office_name;
  char        *title;
  char        *login;         /* NULL when not set */
  char        *left_on;       /* last day of employment (退職日), ISO; NULL while employed */
  char        *left_reason;
  gboolean     active;        /* not left as of today */
};

/* 保管場所 */
#define DAICHO_TYPE_PLACE (daicho_place_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPlace, daicho_place, DAICHO, PLACE, DaichoRecord)
struct _DaichoPlace
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       office_id;
  char        *office_code;
  char        *office_name;
  char        *name;
  gboolean     locks;
  gboolean     active;
};

/* 文書分類 */
#define DAICHO_TYPE_RETENTION_CLASS (daicho_retention_class_get_type ())
G_DECLARE_FINAL_TYPE (DaichoRetentionClass, daicho_retention_class, DAICHO, RETENTION_CLASS,
                      DaichoRecord)
struct _DaichoRetentionClass
{
  DaichoRecord parent_instance;
  gint64       id;
  char        *code;
  char        *name;
  gint64       years;         /* 0 = 永年 */
  gboolean     active;
};

/* 職 */
#define DAICHO_TYPE_POST (daicho_post_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPost, daicho_post, DAICHO, POST, DaichoRecord)
struct _DaichoPost
{
  DaichoRecord parent_instance;
  gint64       id;
  char        *code;
  char        *name;
  char        *role;          /* asset_manager | system_admin | usage_manager | committee */
  gint64       office_id;     /* 0 unless the post belongs to one office */
  char        *office_name;
  gboolean     active;
  /* The holder on the date the list was asked for, if any. */
  gint64       holder_id;
  char        *holder_emp_no;
  char        *holder_name;
  char        *holder_from;
};

/* One holding of a post: who held it from when to when. */
#define DAICHO_TYPE_POST_HOLDER (daicho_post_holder_get_type ())
G_DECLARE_FINAL_TYPE (DaichoPostHolder, daicho_post_holder, DAICHO, POST_HOLDER, DaichoRecord)
struct _DaichoPostHolder
{
  DaichoRecord parent_instance;
  gint64       id;
  gint64       post_id;
  char        *post_code;
  char        *post_name;
  gint64       staff_id;
  char        *emp_no;
  char        *staff_name;
  char        *from_date;
  char        *to_date;       /* NULL while held */
};

/* Office kinds as stored and as shown (区民課, 支所, 出張所, その他). */
const char *daicho_office_kind_label (const char *kind);
gboolean    daicho_office_kind_is_valid (const char *kind);

/* "永年" or "5年". New string. */
char *daicho_retention_years_label (gint64 years);

G_END_DECLS
