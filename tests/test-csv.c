/* test-csv.c — decoding and splitting CSV files as Excel writes them */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib.h>

#include "daicho/daicho-csv.h"
#include "daicho/daicho-error.h"

/* Parses a NUL-terminated string and insists on success. */
static DaichoCsv *
parse_ok (const char *data)
{
  g_autoptr (GError) error = NULL;
  DaichoCsv *csv = daicho_csv_parse (data, strlen (data), &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

/* Asserts record @index has exactly the fields of @expected. */
static void
assert_record (DaichoCsv *csv, guint index, const char * const *expected)
{
  const char * const *fields;
  guint n_fields = 0;
  guint i;

  fields = daicho_csv_get_record (csv, index, &n_fields);
  g_assert_nonnull (fields);
  g_assert_cmpuint (n_fields, ==, g_strv_length ((char **) expected));
  for (i = 0; i < n_fields; i++)
    g_assert_cmpstr (fields[i], ==, expected[i]);
  g_assert_null (fields[n_fields]);
}

/* Asserts parsing fails with DAICHO_ERROR_INVALID and the message names
 * @line (0: any line). The number is looked for as " N" followed by a
 * non-digit, which holds for the English text and would survive a
 * translation. */
static void
assert_invalid (const char *data, gsize len, guint line)
{
  g_autoptr (GError) error = NULL;
  DaichoCsv *csv = daicho_csv_parse (data, len, &error);

  g_assert_null (csv);
  g_assert_error (error, DAICHO_ERROR, DAICHO_ERROR_INVALID);
  if (line > 0)
    {
      g_autofree char *needle = g_strdup_printf (" %u", line);
      const char *at = strstr (error->message, needle);

      g_assert_nonnull (at);
      g_assert_false (g_ascii_isdigit (at[strlen (needle)]));
    }
}

static void
test_utf8_bom (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("\xEF\xBB\xBF職員番号,氏名\r\n001,山田 太郎\r\n");
  const char * const names[] = { "職員番号", NULL };

  g_assert_cmpstr (daicho_csv_get_encoding (csv), ==, "UTF-8 (BOM)");
  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 2);
  assert_record (csv, 0, (const char *[]) { "職員番号", "氏名", NULL });
  assert_record (csv, 1, (const char *[]) { "001", "山田 太郎", NULL });
  g_assert_cmpint (daicho_csv_find_column (csv, names), ==, 0);
}

static void
test_utf8_plain (void)
{
  g_autoptr (DaichoCsv) csv = parse_ok ("職員番号,氏名\n001,佐藤 花子\n");

  g_assert_cmpstr (daicho_csv_get_encoding (csv), ==, "UTF-8");
  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 2);
  assert_record (csv, 1, (const char *[]) { "001", "佐藤 花子", NULL });
}

static void
test_ascii_is_utf8 (void)
{
  g_autoptr (DaichoCsv) csv = parse_ok ("a,b\n1,2\n");

  g_assert_cmpstr (daicho_csv_get_encoding (csv), ==, "UTF-8");
}

static void
test_bom_then_bad_utf8 (void)
{
  /* A BOM promises UTF-8: bytes that are not are an error, not Shift_JIS. */
  static const char data[] = "\xEF\xBB\xBF" "a\nb\n\x82\xA0\n";

  assert_invalid (data, sizeof data - 1, 3);
}

static void
test_cp932 (void)
{
  /* Built with iconv so the test states the text, not the bytes: 髙 is an
   * IBM extension, ① and ㈱ NEC specials, ｶﾀｶﾅ single-byte half-width. */
  static const char utf8[] =
    "職員番号,氏名,カナ,所属\r\n"
    "001,髙橋 ①,ｶﾀｶﾅ,㈱台帳～\r\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DaichoCsv) csv = NULL;
  g_autofree char *sjis = NULL;
  gsize sjis_len = 0;

  sjis = g_convert (utf8, -1, "CP932", "UTF-8", NULL, &sjis_len, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate_len (sjis, sjis_len, NULL));

  csv = daicho_csv_parse (sjis, sjis_len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_csv_get_encoding (csv), ==, "Shift_JIS");
  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 2);
  assert_record (csv, 0,
                 (const char *[]) { "職員番号", "氏名", "カナ", "所属", NULL });
  assert_record (csv, 1,
                 (const char *[]) { "001", "髙橋 ①", "ｶﾀｶﾅ", "㈱台帳～", NULL });
  g_assert_cmpuint (daicho_csv_get_line (csv, 1), ==, 2);
}

static void
test_cp932_quoted_newline (void)
{
  static const char utf8[] = "住所,備考\r\n\"東京都\r\n千代田区\",\"ｶﾅ,ｶﾅ\"\r\n次,行\r\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (DaichoCsv) csv = NULL;
  g_autofree char *sjis = NULL;
  gsize sjis_len = 0;

  sjis = g_convert (utf8, -1, "CP932", "UTF-8", NULL, &sjis_len, &error);
  g_assert_no_error (error);
  csv = daicho_csv_parse (sjis, sjis_len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_csv_get_encoding (csv), ==, "Shift_JIS");
  assert_record (csv, 1, (const char *[]) { "東京都\n千代田区", "ｶﾅ,ｶﾅ", NULL });
  g_assert_cmpuint (daicho_csv_get_line (csv, 2), ==, 4);
}

static void
test_japanese_headers (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("職員番号,氏名,氏名カナ,生年月日\n1,鈴木 一郎,スズキ イチロウ,1980-04-01\n");
  const char * const kana[] = { "kana", "氏名カナ", NULL };
  const char * const birth[] = { "birth_date", "生年月日", NULL };

  g_assert_cmpint (daicho_csv_find_column (csv, kana), ==, 2);
  g_assert_cmpint (daicho_csv_find_column (csv, birth), ==, 3);
}

static void
test_quoted_commas (void)
{
  g_autoptr (DaichoCsv) csv = parse_ok ("a,\"b,c\",d\n\"\",\",\",\"x,y,z\"\n");

  assert_record (csv, 0, (const char *[]) { "a", "b,c", "d", NULL });
  assert_record (csv, 1, (const char *[]) { "", ",", "x,y,z", NULL });
}

static void
test_doubled_quotes (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("\"say \"\"hi\"\"\",\"\"\"\"\n\"a\"\"\",b\"c\n");

  assert_record (csv, 0, (const char *[]) { "say \"hi\"", "\"", NULL });
  /* A quote inside an unquoted field is kept literally, as Excel does. */
  assert_record (csv, 1, (const char *[]) { "a\"", "b\"c", NULL });
}

static void
test_embedded_newline (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("h1,h2\n\"line1\nline2\",x\nnext,y\n\"a\r\n\r\nb\",\"c\rd\"\nlast,z\n");

  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 5);
  assert_record (csv, 1, (const char *[]) { "line1\nline2", "x", NULL });
  /* Line breaks inside cells are stored as LF whatever the file used. */
  assert_record (csv, 3, (const char *[]) { "a\n\nb", "c\nd", NULL });
  g_assert_cmpuint (daicho_csv_get_line (csv, 0), ==, 1);
  g_assert_cmpuint (daicho_csv_get_line (csv, 1), ==, 2);
  g_assert_cmpuint (daicho_csv_get_line (csv, 2), ==, 4);
  g_assert_cmpuint (daicho_csv_get_line (csv, 3), ==, 5);
  g_assert_cmpuint (daicho_csv_get_line (csv, 4), ==, 9);
}

static void
test_line_ends (void)
{
  static const char * const inputs[] = {
    "h,i\r\na,b\r\n\r\nc,d\r\n",
    "h,i\na,b\n\nc,d\n",
    "h,i\ra,b\r\rc,d\r",
    "h,i\r\na,b\n\rc,d\r",      /* mixed: CRLF, LF, CR, CR */
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (DaichoCsv) csv = parse_ok (inputs[i]);

      g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 3);
      assert_record (csv, 0, (const char *[]) { "h", "i", NULL });
      assert_record (csv, 1, (const char *[]) { "a", "b", NULL });
      assert_record (csv, 2, (const char *[]) { "c", "d", NULL });
      g_assert_cmpuint (daicho_csv_get_line (csv, 1), ==, 2);
      g_assert_cmpuint (daicho_csv_get_line (csv, 2), ==, 4);
    }
}

static void
test_trailing_newline (void)
{
  static const char * const inputs[] = { "a,b", "a,b\n", "a,b\r\n", "a,b\r" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (DaichoCsv) csv = parse_ok (inputs[i]);

      g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 1);
      assert_record (csv, 0, (const char *[]) { "a", "b", NULL });
    }
}

static void
test_trailing_separator (void)
{
  g_autoptr (DaichoCsv) csv = parse_ok ("a,\nb,\"\"");

  assert_record (csv, 0, (const char *[]) { "a", "", NULL });
  assert_record (csv, 1, (const char *[]) { "b", "", NULL });
}

static void
test_blank_lines (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("\n\nh,i\n\n\r\nv,w\n,,\n \t　\n\"\",\"  \"\n\nx,y\n\n\n");

  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 3);
  assert_record (csv, 0, (const char *[]) { "h", "i", NULL });
  assert_record (csv, 1, (const char *[]) { "v", "w", NULL });
  assert_record (csv, 2, (const char *[]) { "x", "y", NULL });
  g_assert_cmpuint (daicho_csv_get_line (csv, 0), ==, 3);
  g_assert_cmpuint (daicho_csv_get_line (csv, 1), ==, 6);
  g_assert_cmpuint (daicho_csv_get_line (csv, 2), ==, 11);
}

static void
test_trimming (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("　山田　太郎　, x ,\t\"q,r\"  ,  \"　 inner 　\" \n"
              "　　,a　b,\t\n");

  assert_record (csv, 0,
                 (const char *[]) { "山田　太郎", "x", "q,r", "inner", NULL });
  /* Only the ends are trimmed; the row is not blank. */
  assert_record (csv, 1, (const char *[]) { "", "a　b", "", NULL });
}

static void
test_tab_kept (void)
{
  g_autoptr (DaichoCsv) csv = parse_ok ("a\tb,\"c\td\"\n");

  assert_record (csv, 0, (const char *[]) { "a\tb", "c\td", NULL });
}

static void
test_unclosed_quote (void)
{
  static const char data[] = "h\nv\n\"abc,\nd\ne\n";

  /* The line named is where the quote opens, not the end of the file. */
  assert_invalid (data, sizeof data - 1, 3);
  assert_invalid ("\"", 1, 1);
  assert_invalid ("a,\"b\"\"", 6, 1);
}

static void
test_text_after_quote (void)
{
  static const char data[] = "h\nok\n\"a\"b,c\n";
  static const char multi[] = "h\n\"a\nb\"x\n";

  assert_invalid (data, sizeof data - 1, 3);
  /* After an embedded line break the error names the line the garbage is on. */
  assert_invalid (multi, sizeof multi - 1, 3);
}

static void
test_nul (void)
{
  static const char data[] = "h\nv\nw\x00x\n";
  static const char quoted[] = "h\n\"a\n\x00\"\n";
  static const char utf16[] = "\xFF\xFEh\x00,\x00i\x00";

  assert_invalid (data, sizeof data - 1, 3);
  assert_invalid (quoted, sizeof quoted - 1, 3);
  assert_invalid (utf16, sizeof utf16 - 1, 1);
}

static void
test_control_chars (void)
{
  static const char * const inputs[] = {
    "h\nv\nw\x01x\n",
    "h\nv\nw\x1B[31m\n",
    "h\nv\n\"a\x07\"\n",
    "h\nv\nw\x7F\n",
    "h\nv\nw\xC2\x85x\n",           /* U+0085, a C1 control */
    "h\nv\nw\x0Cx\n",              /* form feed */
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_invalid (inputs[i], strlen (inputs[i]), 3);
}

static void
test_dos_eof (void)
{
  /* A single Ctrl-Z ends the file on old DOS tools; it is not data. */
  g_autoptr (DaichoCsv) csv = parse_ok ("a,b\r\nc,d\r\n\x1A");

  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, 2);
  assert_invalid ("a,b\x1A\x1A", 5, 1);
}

static void
test_undecodable (void)
{
  static const char late[] = "a\nb\n\x81\x20\xff\n";
  /* Valid Shift_JIS for two lines (あ), then a byte neither accepts. */
  static const char sjis_late[] = "\x82\xA0\n\x82\xA0\n\x82\xA0\xFF\n";

  assert_invalid ("\x81\x20\xff", 3, 1);
  assert_invalid (late, sizeof late - 1, 3);
  assert_invalid (sjis_late, sizeof sjis_late - 1, 3);
  /* A lead byte cut off by the end of the file. */
  assert_invalid ("a\n\x82", 3, 2);
}

static void
test_empty (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (DaichoCsv) empty = daicho_csv_parse ("", 0, &error);
  g_autoptr (DaichoCsv) null = NULL;
  g_autoptr (DaichoCsv) bom = NULL;
  g_autoptr (DaichoCsv) blank = NULL;
  const char * const names[] = { "a", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (daicho_csv_get_n_records (empty), ==, 0);
  g_assert_cmpstr (daicho_csv_get_encoding (empty), ==, "UTF-8");
  g_assert_cmpint (daicho_csv_find_column (empty, names), ==, -1);

  null = daicho_csv_parse (NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daicho_csv_get_n_records (null), ==, 0);

  bom = daicho_csv_parse ("\xEF\xBB\xBF", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (daicho_csv_get_encoding (bom), ==, "UTF-8 (BOM)");
  g_assert_cmpuint (daicho_csv_get_n_records (bom), ==, 0);

  blank = parse_ok ("\r\n\r\n");
  g_assert_cmpuint (daicho_csv_get_n_records (blank), ==, 0);
}

static void
test_find_column (void)
{
  g_autoptr (DaichoCsv) csv =
    parse_ok ("\xEF\xBB\xBF" "Employee_No , 氏名,\"E-Mail\",EMAIL\n1,a,b,c\n");
  g_autoptr (DaichoCsv) double_bom =
    parse_ok ("\xEF\xBB\xBF\xEF\xBB\xBF" "ID,name\n");
  const char * const number[] = { "職員番号", "employee_no", NULL };
  const char * const name[] = { "  氏名　", NULL };
  const char * const mail[] = { "email", "e-mail", NULL };
  const char * const missing[] = { "address", "住所", "", NULL };
  const char * const none[] = { NULL };
  const char * const id[] = { "id", NULL };

  g_assert_cmpint (daicho_csv_find_column (csv, number), ==, 0);
  g_assert_cmpint (daicho_csv_find_column (csv, name), ==, 1);
  /* The first alias that matches wins, not the first column. */
  g_assert_cmpint (daicho_csv_find_column (csv, mail), ==, 3);
  g_assert_cmpint (daicho_csv_find_column (csv, missing), ==, -1);
  g_assert_cmpint (daicho_csv_find_column (csv, none), ==, -1);
  /* A second BOM is dropped too, not glued to the first name. */
  assert_record (double_bom, 0, (const char *[]) { "ID", "name", NULL });
  g_assert_cmpint (daicho_csv_find_column (double_bom, id), ==, 0);
}

static void
test_long_field (void)
{
  const gsize limit = 64 * 1024;
  g_autoptr (GString) fits = g_string_new ("h\n");
  g_autoptr (GString) over = g_string_new ("h\nv\n");
  g_autoptr (GString) quoted = g_string_new ("h\n\"");
  g_autoptr (DaichoCsv) csv = NULL;
  guint n_fields = 0;
  const char * const *record;

  while (fits->len < 2 + limit)
    g_string_append_c (fits, 'x');
  g_string_append (fits, ",y\n");
  csv = parse_ok (fits->str);
  record = daicho_csv_get_record (csv, 1, &n_fields);
  g_assert_cmpuint (strlen (record[0]), ==, limit);

  while (over->len < 4 + limit + 1)
    g_string_append_c (over, 'x');
  assert_invalid (over->str, over->len, 3);

  /* Doubled quotes count once, as stored; the limit still bites. */
  while (quoted->len < 3 + 2 * limit + 2)
    g_string_append (quoted, "\"\"");
  g_string_append (quoted, "\"\n");
  assert_invalid (quoted->str, quoted->len, 2);
}

static void
test_too_many_fields (void)
{
  g_autoptr (GString) data = g_string_new ("h\n");
  guint i;

  for (i = 0; i < 16384; i++)
    g_string_append (data, "a,");
  assert_invalid (data->str, data->len, 2);
}

static void
test_too_many_records (void)
{
  const guint limit = 1000000;
  g_autoptr (GString) data = g_string_sized_new (2 * (limit + 1));
  g_autoptr (DaichoCsv) csv = NULL;
  guint i;

  for (i = 0; i < limit; i++)
    g_string_append (data, "x\n");
  csv = parse_ok (data->str);
  g_assert_cmpuint (daicho_csv_get_n_records (csv), ==, limit);
  g_assert_cmpuint (daicho_csv_get_line (csv, limit - 1), ==, limit);

  g_string_append (data, "x\n");
  assert_invalid (data->str, data->len, limit + 1);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv/utf8-plain", test_utf8_plain);
  g_test_add_func ("/csv/ascii-is-utf8", test_ascii_is_utf8);
  g_test_add_func ("/csv/bom-then-bad-utf8", test_bom_then_bad_utf8);
  g_test_add_func ("/csv/cp932", test_cp932);
  g_test_add_func ("/csv/cp932-quoted-newline", test_cp932_quoted_newline);
  g_test_add_func ("/csv/japanese-headers", test_japanese_headers);
  g_test_add_func ("/csv/quoted-commas", test_quoted_commas);
  g_test_add_func ("/csv/doubled-quotes", test_doubled_quotes);
  g_test_add_func ("/csv/embedded-newline", test_embedded_newline);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/trailing-newline", test_trailing_newline);
  g_test_add_func ("/csv/trailing-separator", test_trailing_separator);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/trimming", test_trimming);
  g_test_add_func ("/csv/tab-kept", test_tab_kept);
  g_test_add_func ("/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/text-after-quote", test_text_after_quote);
  g_test_add_func ("/csv/nul", test_nul);
  g_test_add_func ("/csv/control-chars", test_control_chars);
  g_test_add_func ("/csv/dos-eof", test_dos_eof);
  g_test_add_func ("/csv/undecodable", test_undecodable);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/find-column", test_find_column);
  g_test_add_func ("/csv/long-field", test_long_field);
  g_test_add_func ("/csv/too-many-fields", test_too_many_fields);
  g_test_add_func ("/csv/too-many-records", test_too_many_records);

  return g_test_run ();
}
