/* daicho-context.c — what every view of the window shares */
#include "config.h"

#include "daicho-context.h"

struct _DaichoContext
{
  GObject       parent_instance;

  DaichoDb     *db;
  GSettings    *settings;
  DaichoStaff  *operator;
  DaichoOffice *office;
};

G_DEFINE_FINAL_TYPE (DaichoContext, daicho_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DB,
  PROP_SETTINGS,
  PROP_OPERATOR,
  PROP_OFFICE,
  N_PROPS
};

enum {
  DATA_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
daicho_context_dispose (GObject *object)
{
  DaichoContext *self = DAICHO_CONTEXT (object);

  g_clear_object (&self->operator);
  g_clear_object (&self->office);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (daicho_context_parent_class)->dispose (object);
}

static void
daicho_context_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DaichoContext *self = DAICHO_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DB:
      g_value_set_object (value, self->db);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_OPERATOR:
      g_value_set_object (value, self->operator);
      break;
    case PROP_OFFICE:
      g_value_set_object (value, self->office);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
daicho_context_set_property (GObject *object, guint prop_id, const GValue *value,
                             GParamSpec *pspec)
{
  DaichoContext *self = DAICHO_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DB:
      self->db = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_OPERATOR:
      daicho_context_set_operator (self, g_value_get_object (value));
      break;
    case PROP_OFFICE:
      daicho_context_set_office (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_date_style_changed (DaichoContext *self)
{
  daicho_context_data_changed (self, "date-style");
}

static void
daicho_context_constructed (GObject *object)
{
  DaichoContext *self = DAICHO_CONTEXT (object);

  G_OBJECT_CLASS (daicho_context_parent_class)->constructed (object);

  /* Every view that shows dates redraws when the user switches 和暦/西暦. */
  g_signal_connect_object (self->settings, "changed::date-style",
                           G_CALLBACK (on_date_style_changed), self, G_CONNECT_SWAPPED);
}

static void
daicho_context_class_init (DaichoContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = daicho_context_constructed;
  object_class->dispose = daicho_context_dispose;
  object_class->get_property = daicho_context_get_property;
  object_class->set_property = daicho_context_set_property;

  properties[PROP_DB] =
    g_param_spec_object ("db", NULL, NULL, DAICHO_TYPE_DB,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPERATOR] =
    g_param_spec_object ("operator", NULL, NULL, DAICHO_TYPE_STAFF,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFICE] =
    g_param_spec_object ("office", NULL, NULL, DAICHO_TYPE_OFFICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DaichoContext::data-changed:
   * @kind: which records changed, also the signal's detail
   */
  signals[DATA_CHANGED] =
    g_signal_new ("data-changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
daicho_context_init (DaichoContext *self)
{
}

static GQuark
context_offset_quark (void)
{
  return g_quark_from_static_string ("daicho-context-offset");
}

static DaichoContext **
context_field (GObject *object, GParamSpec *pspec)
{
  gsize offset = GPOINTER_TO_SIZE (g_type_get_qdata (pspec->owner_type, context_offset_quark ()));

  return &G_STRUCT_MEMBER (DaichoContext *, object, offset);
}

static void
view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_object (value, *context_field (object, pspec));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == 1)
    *context_field (object, pspec) = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

void
daicho_context_install_property (GObjectClass *klass, gsize offset)
{
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), context_offset_quark (), GSIZE_TO_POINTER (offset));
  klass->get_property = view_get_property;
  klass->set_property = view_set_property;
  g_object_class_install_property (klass, 1,
                                   g_param_spec_object ("context", NULL, NULL, DAICHO_TYPE_CONTEXT,
                                                        G_PARAM_READWRITE |
                                                        G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS));
}

DaichoContext *
daicho_context_new (DaichoDb *db, GSettings *settings)
{
  return g_object_new (DAICHO_TYPE_CONTEXT, "db", db, "settings", settings, NULL);
}

DaichoDb *
daicho_context_get_db (DaichoContext *self)
{
  return self->db;
}

GSettings *
daicho_context_get_settings (DaichoContext *self)
{
  return self->settings;
}

DaichoStaff *
daicho_context_get_operator (DaichoContext *self)
{
  return self->operator;
}

void
daicho_context_set_operator (DaichoContext *self, DaichoStaff *staff)
{
  if (!g_set_object (&self->operator, staff))
    return;

  daicho_db_set_operator (self->db, staff ? staff->id : 0);
  if (staff != NULL)
    g_settings_set_string (self->settings, "operator", staff->emp_no);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATOR]);
}

DaichoOffice *
daicho_context_get_office (DaichoContext *self)
{
  return self->office;
}

void
daicho_context_set_office (DaichoContext *self, DaichoOffice *office)
{
  if (self->office == office ||
      (self->office && office && self->office->id == office->id))
    return;

  g_set_object (&self->office, office);
  if (office != NULL)
    g_settings_set_string (self->settings, "office", office->code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE]);
}

void
daicho_context_restore (DaichoContext *self)
{
  g_autofree char *emp_no = g_settings_get_string (self->settings, "operator");
  g_autofree char *code = g_settings_get_string (self->settings, "office");
  g_autoptr(DaichoStaff) staff = NULL;
  g_autoptr(DaichoOffice) office = NULL;

  if (*emp_no != '\0')
    staff = daicho_staff_store_get_by_emp_no (self->db, emp_no, NULL);
  if (staff != NULL && !staff->active)
    g_clear_object (&staff);
  if (staff == NULL)
    staff = daicho_staff_store_find_by_login (self->db, g_get_user_name ());
  daicho_context_set_operator (self, staff);

  if (*code != '\0')
    office = daicho_office_store_get_by_code (self->db, code, NULL);
  if (office == NULL && staff != NULL)
    office = daicho_office_store_get (self->db, staff->office_id, NULL);
  if (office == NULL)
    {
      g_autoptr(GListStore) offices = daicho_office_store_list (self->db, FALSE, NULL);
      if (offices != NULL && g_list_model_get_n_items (G_LIST_MODEL (offices)) > 0)
        office = g_list_model_get_item (G_LIST_MODEL (offices), 0);
    }
  daicho_context_set_office (self, office);
}

void
daicho_context_data_changed (DaichoContext *self, const char *kind)
{
  g_signal_emit (self, signals[DATA_CHANGED], g_quark_from_string (kind), kind);
}

gboolean
daicho_context_uses_seireki (DaichoContext *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "date-style");

  return g_strcmp0 (style, "seireki") == 0;
}

char *
daicho_context_format_date (DaichoContext *self, const char *iso)
{
  return daicho_date_format_iso (iso, daicho_context_uses_seireki (self) ? DAICHO_DATE_SEIREKI_LONG
                                                         : DAICHO_DATE_WAREKI_LONG);
}

char *
daicho_context_format_timestamp (DaichoContext *self, const char *utc)
{
  g_autoptr(GDateTime) moment = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = moment ? g_date_time_to_local (moment) : NULL;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;

  if (local == NULL)
    return g_strdup (utc ? utc : "");
  iso = g_date_time_format (local, "%Y-%m-%d");
  date = daicho_context_format_date (self, iso);
  return g_strdup_printf ("%s %d:%02d", date, g_date_time_get_hour (local),
                          g_date_time_get_minute (local));
}

char *
daicho_context_format_date_short (DaichoContext *self, const char *iso)
{
  return daicho_date_format_iso (iso, daicho_context_uses_seireki (self) ? DAICHO_DATE_SEIREKI_SHORT
                                                         : DAICHO_DATE_WAREKI_SHORT);
}

char *
daicho_context_format_fiscal_year (DaichoContext *self, int fiscal_year)
{
  return daicho_fiscal_year_label (fiscal_year, daicho_context_uses_seireki (self));
}
