/* daicho-csv.c — reading CSV files as Excel on Windows writes them
 *
 * The file is decoded to UTF-8 first, then split byte by byte: everything
 * that means something to CSV (comma, quote, CR, LF) is ASCII, and in UTF-8
 * an ASCII byte is never part of a longer character. The files come from
 * outside, so the parser refuses rather than guesses, naming the line.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "daicho/daicho-csv.h"
#include "daicho/daicho-error.h"

/* Limits against hostile or broken files. 64 KiB is far beyond any real
 * name or address; Excel itself stops at 16,384 columns; a ward office has
 * nowhere near a million staff or places. */
#define MAX_FIELD_BYTES (64 * 1024)
#define MAX_FIELDS      16384
#define MAX_RECORDS     1000000

#define UTF8_BOM          "\xEF\xBB\xBF"
#define IDEOGRAPHIC_SPACE "\xE3\x80\x80"   /* U+3000 in UTF-8 */
/* Old DOS tools still end text files with Ctrl-Z. */
#define DOS_EOF           '\x1A'

typedef struct {
  char **fields;    /* NULL-terminated */
  guint  n_fields;
  guint  line;
} Record;

struct _DaichoCsv {
  const char *encoding;   /* a static string */
  GArray     *records;    /* of Record */
};

typedef struct {
  const char *text;
  gsize       len;
  gsize       pos;
  guint       line;       /* physical line of text[pos], 1-based */
  GString    *field;      /* the field being read, untrimmed */
} Parser;

static void
record_clear (gpointer data)
{
  Record *record = data;

  g_strfreev (record->fields);
}

/* Physical line of byte @upto. CR and LF never occur inside a multi-byte
 * character in UTF-8 or in CP932 (trail bytes start at 0x40), so this works
 * on the raw bytes of either encoding. */
static guint
line_at (const char *data, gsize upto)
{
  guint line = 1;
  gsize i;

  for (i = 0; i < upto; i++)
    {
      if (data[i] == '\r')
        {
          line++;
          if (i + 1 < upto && data[i + 1] == '\n')
            i++;
        }
      else if (data[i] == '\n')
        line++;
    }
  return line;
}

/* Length of the blank (space, tab, U+3000) starting at @pos, or 0. */
static gsize
blank_at (const char *s, gsize len, gsize pos)
{
  if (pos >= len)
    return 0;
  if (s[pos] == ' ' || s[pos] == '\t')
    return 1;
  if (len - pos >= 3 && memcmp (s + pos, IDEOGRAPHIC_SPACE, 3) == 0)
    return 3;
  return 0;
}

/* The text is valid UTF-8, so E3 80 80 at the end is always a whole U+3000
 * and stepping back over it is safe. */
static void
trim_range (const char **s, gsize *len)
{
  gsize n;

  while ((n = blank_at (*s, *len, 0)) > 0)
    {
      *s += n;
      *len -= n;
    }
  for (;;)
    {
      if (*len >= 1 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        *len -= 1;
      else if (*len >= 3 && memcmp (*s + *len - 3, IDEOGRAPHIC_SPACE, 3) == 0)
        *len -= 3;
      else
        break;
    }
}

/* C0 controls but tab/CR/LF, DEL, and the C1 controls U+0080–U+009F (which
 * UTF-8 writes as C2 80–C2 9F). None belongs in a name or an address, and
 * they are the usual tools for hiding text or confusing a terminal. */
static gboolean
is_control_at (const Parser *p)
{
  guchar c = (guchar) p->text[p->pos];

  if (c == 0x7F || (c < 0x20 && c != '\t' && c != '\r' && c != '\n'))
    return TRUE;
  return c == 0xC2 && p->pos + 1 < p->len
         && (guchar) p->text[p->pos + 1] >= 0x80
         && (guchar) p->text[p->pos + 1] <= 0x9F;
}

/* Every refusal is DAICHO_ERROR_INVALID; returns FALSE for tail calls. */
static gboolean invalid (GError **error, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError **error, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (DAICHO_ERROR, DAICHO_ERROR_INVALID,
                                                format, args));
  va_end (args);
  return FALSE;
}

/* Consumes one line end (CRLF, LF or CR) if the position is on one. */
static void
consume_line_end (Parser *p)
{
  if (p->pos >= p->len || (p->text[p->pos] != '\r' && p->text[p->pos] != '\n'))
    return;
  if (p->text[p->pos] == '\r' && p->pos + 1 < p->len && p->text[p->pos + 1] == '\n')
    p->pos++;
  p->pos++;
  p->line++;
}

/* Every byte of a field goes through here, so the size limit is checked
 * before the memory is spent. */
static gboolean
append (Parser *p, const char *bytes, gsize n, GError **error)
{
  if (n > MAX_FIELD_BYTES - p->field->len)
    return invalid (error, _("Line %u: a field is longer than 64 KiB."), p->line);
  g_string_append_len (p->field, bytes, n);
  return TRUE;
}

static gboolean
parse_unquoted (Parser *p, GError **error)
{
  gsize start = p->pos;

  while (p->pos < p->len)
    {
      char c = p->text[p->pos];

      if (c == ',' || c == '\r' || c == '\n')
        break;
      if (is_control_at (p))
        return invalid (error, _("Line %u holds a control character."), p->line);
      p->pos++;
    }
  return append (p, p->text + start, p->pos - start, error);
}

/* Called with p->pos on the opening quote. */
static gboolean
parse_quoted (Parser *p, GError **error)
{
  guint open_line = p->line;
  gsize start;
  gsize n;

  start = ++p->pos;
  for (;;)
    {
      char c;

      /* The opening line, not the end of the file, is where to look. */
      if (p->pos >= p->len)
        return invalid (error, _("Line %u: a quotation mark is never closed."),
                        open_line);
      c = p->text[p->pos];
      if (c == '"')
        {
          gboolean doubled = p->pos + 1 < p->len && p->text[p->pos + 1] == '"';

          /* A doubled quote keeps one of its two characters. */
          if (!append (p, p->text + start, p->pos - start + doubled, error))
            return FALSE;
          p->pos += 1 + doubled;
          if (!doubled)
            break;
          start = p->pos;
        }
      else if (c == '\r' || c == '\n')
        {
          /* A line break inside a cell (Alt+Enter in Excel) is stored as a
           * plain LF whatever the file used, so the data does not depend on
           * which program saved it. */
          if (!append (p, p->text + start, p->pos - start, error))
            return FALSE;
          consume_line_end (p);
          if (!append (p, "\n", 1, error))
            return FALSE;
          start = p->pos;
        }
      else if (is_control_at (p))
        return invalid (error, _("Line %u holds a control character."), p->line);
      else
        p->pos++;
    }

  /* Blanks may follow the closing quote (they would be trimmed anyway);
   * anything else means the quoting is broken and guessing would shift
   * columns silently. */
  while ((n = blank_at (p->text, p->len, p->pos)) > 0)
    p->pos += n;
  if (p->pos < p->len && p->text[p->pos] != ','
      && p->text[p->pos] != '\r' && p->text[p->pos] != '\n')
    return invalid (error, _("Line %u: unexpected text after a closing quotation mark."),
                    p->line);
  return TRUE;
}

/* Reads one field into p->field, leaving p->pos on the separator, the line
 * end or the end of the text. */
static gboolean
parse_field (Parser *p, GError **error)
{
  gsize save = p->pos;
  gsize n;

  g_string_truncate (p->field, 0);

  /* Hand-edited files put a blank before the opening quote ("a, "b,c"");
   * such a field is still a quoted one. */
  while ((n = blank_at (p->text, p->len, p->pos)) > 0)
    p->pos += n;
  if (p->pos < p->len && p->text[p->pos] == '"')
    return parse_quoted (p, error);

  /* A quote anywhere else is kept literally, as Excel does. */
  p->pos = save;
  return parse_unquoted (p, error);
}

static gboolean
parse_records (DaichoCsv *csv, const char *text, gsize len, GError **error)
{
  Parser p = { text, len, 0, 1, NULL };
  gboolean ok = TRUE;

  p.field = g_string_sized_new (256);
  while (ok && p.pos < p.len)
    {
      GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
      guint start_line = p.line;
      gboolean blank = TRUE;
      Record record;

      for (;;)
        {
          const char *value;
          gsize value_len;

          ok = parse_field (&p, error);
          if (ok && fields->len >= MAX_FIELDS)
            ok = invalid (error, _("Line %u holds more than %u fields."),
                          start_line, (guint) MAX_FIELDS);
          if (!ok)
            break;
          value = p.field->str;
          value_len = p.field->len;
          trim_range (&value, &value_len);
          if (value_len > 0)
            blank = FALSE;
          g_ptr_array_add (fields, g_strndup (value, value_len));

          if (p.pos < p.len && p.text[p.pos] == ',')
            {
              p.pos++;
              continue;
            }
          consume_line_end (&p);
          break;
        }

      /* Excel writes ",,,," for empty rows inside the used range; those
       * are blank lines too, not records with empty fields. */
      if (!ok || blank)
        {
          g_ptr_array_unref (fields);
          continue;
        }
      if (csv->records->len >= MAX_RECORDS)
        {
          g_ptr_array_unref (fields);
          ok = invalid (error, _("The file holds more than %u records (line %u)."),
                        (guint) MAX_RECORDS, start_line);
          break;
        }

      record.n_fields = fields->len;
      record.line = start_line;
      g_ptr_array_add (fields, NULL);
      record.fields = (char **) g_ptr_array_free (fields, FALSE);
      g_array_append_val (csv->records, record);
    }

  g_string_free (p.field, TRUE);
  return ok;
}

/* Sets *@text to the UTF-8 text of @data: either inside @data itself or in
 * *@owned, which the caller frees. */
static gboolean
decode (const char  *data,
        gsize        len,
        const char **encoding,
        const char **text,
        gsize       *text_len,
        char       **owned,
        GError     **error)
{
  const char *nul;
  const char *bad_utf8 = NULL;
  GError *local = NULL;
  gsize bytes_read = 0;
  gsize bytes_written = 0;
  gsize bad;

  *owned = NULL;
  *encoding = "UTF-8";
  *text = data;
  *text_len = len;
  if (len == 0)
    return TRUE;

  /* A zero byte is a NUL in both UTF-8 and CP932 (trail bytes start at
   * 0x40), so it can be found before the encoding is known. Looking first
   * also keeps a UTF-16 file from being misreported as an encoding error. */
  nul = memchr (data, '\0', len);
  if (nul != NULL)
    return invalid (error, _("Line %u holds a NUL character."),
                    line_at (data, (gsize) (nul - data)));

  if (len >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      /* The BOM settles the encoding: no fallback to Shift_JIS. A file
       * passed twice through a BOM-adding tool carries two; the second would
       * end up glued to the first column name. */
      *encoding = "UTF-8 (BOM)";
      while (*text_len >= 3 && memcmp (*text, UTF8_BOM, 3) == 0)
        {
          *text += 3;
          *text_len -= 3;
        }
      if (g_utf8_validate_len (*text, *text_len, &bad_utf8))
        return TRUE;
      return invalid (error, _("Line %u holds bytes that are not UTF-8."),
                      line_at (data, (gsize) (bad_utf8 - data)));
    }

  if (g_utf8_validate_len (data, len, &bad_utf8))
    return TRUE;

  /* CP932 is what Windows actually writes as "Shift_JIS": plain SHIFT_JIS
   * lacks the NEC and IBM extensions (①, ㈱, 髙). The plain codeset is only
   * a fallback for an iconv without CP932. */
  *owned = g_convert (data, (gssize) len, "UTF-8", "CP932",
                      &bytes_read, &bytes_written, &local);
  if (*owned == NULL
      && g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    {
      g_clear_error (&local);
      bytes_read = 0;
      *owned = g_convert (data, (gssize) len, "UTF-8", "SHIFT_JIS",
                          &bytes_read, &bytes_written, &local);
    }
  /* Given bytes_read, g_convert() reports a character cut off at the end
   * as success and just stops short: that is an error here. */
  if (*owned != NULL && bytes_read != len)
    g_clear_pointer (owned, g_free);
  if (*owned != NULL)
    {
      *encoding = "Shift_JIS";
      *text = *owned;
      *text_len = bytes_written;
      return TRUE;
    }

  /* Neither decoding works. The one that got further is more likely the
   * encoding the file was meant to have, so its stopping point is the line
   * worth showing. */
  bad = (gsize) (bad_utf8 - data);
  if (local == NULL
      || g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE)
      || g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT))
    bad = MAX (bad, MIN (bytes_read, len));
  g_clear_error (&local);
  return invalid (error, _("The file is neither UTF-8 nor Shift_JIS (line %u)."),
                  line_at (data, bad));
}

DaichoCsv *
daicho_csv_parse (const char *data, gsize len, GError **error)
{
  g_autoptr (DaichoCsv) csv = NULL;
  g_autofree char *owned = NULL;
  const char *encoding;
  const char *text;
  gsize text_len;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!decode (data, len, &encoding, &text, &text_len, &owned, error))
    return NULL;
  if (text_len > 0 && text[text_len - 1] == DOS_EOF)
    text_len--;

  csv = g_new0 (DaichoCsv, 1);
  csv->encoding = encoding;
  csv->records = g_array_new (FALSE, FALSE, sizeof (Record));
  g_array_set_clear_func (csv->records, record_clear);

  if (!parse_records (csv, text, text_len, error))
    return NULL;
  return g_steal_pointer (&csv);
}

void
daicho_csv_free (DaichoCsv *csv)
{
  if (csv == NULL)
    return;
  g_array_unref (csv->records);
  g_free (csv);
}

const char *
daicho_csv_get_encoding (DaichoCsv *csv)
{
  g_return_val_if_fail (csv != NULL, NULL);

  return csv->encoding;
}

guint
daicho_csv_get_n_records (DaichoCsv *csv)
{
  g_return_val_if_fail (csv != NULL, 0);

  return csv->records->len;
}

const char * const *
daicho_csv_get_record (DaichoCsv *csv, guint index, guint *n_fields)
{
  const Record *record;

  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (index < csv->records->len, NULL);

  record = &g_array_index (csv->records, Record, index);
  if (n_fields != NULL)
    *n_fields = record->n_fields;
  return (const char * const *) record->fields;
}

guint
daicho_csv_get_line (DaichoCsv *csv, guint index)
{
  g_return_val_if_fail (csv != NULL, 0);
  g_return_val_if_fail (index < csv->records->len, 0);

  return g_array_index (csv->records, Record, index).line;
}

int
daicho_csv_find_column (DaichoCsv *csv, const char * const *names)
{
  const Record *header;
  guint i, j;

  g_return_val_if_fail (csv != NULL, -1);
  g_return_val_if_fail (names != NULL, -1);

  if (csv->records->len == 0)
    return -1;
  header = &g_array_index (csv->records, Record, 0);

  /* Aliases are tried in the order given, so the caller's first, preferred
   * name wins when a file happens to carry two of them. */
  for (i = 0; names[i] != NULL; i++)
    {
      const char *name = names[i];
      gsize name_len = strlen (name);

      trim_range (&name, &name_len);
      if (name_len == 0)
        continue;
      for (j = 0; j < header->n_fields; j++)
        {
          /* Header fields are trimmed already, and free of any BOM. */
          if (strlen (header->fields[j]) == name_len
              && g_ascii_strncasecmp (header->fields[j], name, name_len) == 0)
            return (int) j;
        }
    }
  return -1;
}
