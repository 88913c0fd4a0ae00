#!/usr/bin/env bash
# Regenerates the office-suite test fixtures under
#   intake/src/test/resources/office/
# using a real LibreOffice Calc running headless.
#
# Usage:  scripts/make-office-fixtures.sh
# Needs:  soffice (Debian: apt-get install -y libreoffice-calc-nogui), python3 (optional check)
#
# What it does:
#   1. writes two Flat-ODS sources (source/vn.fods, source/plain.fods): one sheet, document
#      language vi-VN, 1 header row + 3 data rows, 5 numeric columns as real float cells.
#        vn    : numeric cells use number format "#,##0" in locale vi-VN -> shown as 1.240, 12.500.000
#        plain : numeric cells use the General format               -> shown as 1240, 12500000
#   2. converts them with `soffice --headless --convert-to <ext>:<filter>:<options>`.
#
# CSV filter options ("Text - txt - csv (StarCalc)"), LibreOffice 7.4 token meanings (export):
#   1 field separator (ASCII code: 9 = TAB, 44 = ',', 59 = ';')
#   2 text delimiter  (34 = '"'; only used when a field needs it unless token 7 = true)
#   3 character set   (rtl_TextEncoding: 76 = UTF-8, 65535 = UTF-16 "Unicode", 40 = MS-1258)
#   4 first line (import only)       5 column formats (import only)   6 language (import only)
#   7 quote all text cells           8 save numbers as such (only matters if token 9 = false)
#   9 save cell contents as shown    10 save formulas instead of values   11 trim spaces (import)
#   12 sheet to export (0 = first/active sheet, written to the plain output name)
# LibreOffice 7.4 has NO "include BOM" token (token 14 in 7.6+, tdf#82254). It always writes a
# BOM for UTF-16 and never for UTF-8, so the UTF-8 BOM of the csv-utf8-* files is prepended by
# this script (the only byte-level post-processing done here).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/intake/src/test/resources/office"
SRC="$OUT/source"
mkdir -p "$SRC"

command -v soffice >/dev/null || { echo "soffice not found (apt-get install -y libreoffice-calc-nogui)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# private, throw-away user profile: no interference with a running office or ~/.config
PROFILE="-env:UserInstallation=file://$WORK/profile"
# Profile settings (both are ordinary user options):
#  - locale setting vi-VN (Tools > Options > Language Settings > Languages > Locale setting),
#    like a clerk on a Vietnamese Windows;
#  - no preview image in saved ODF files (File > Properties > "Save preview image"), keeps the ods small.
mkdir -p "$WORK/profile/user"
cat > "$WORK/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU

# ---------------------------------------------------------------- 1. sources
# write_fods <file> <numeric-cell-attributes>
write_fods() {
  local file="$1" na="$2"
  s() { printf '    <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>\n' "$1"; }
  n() { printf '    <table:table-cell%s office:value-type="float" office:value="%s"/>\n' "$na" "$1"; }
  {
  cat <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta><dc:language>vi-VN</dc:language></office:meta>
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties fo:language="vi" fo:country="VN"/>
  </style:default-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
 <office:automatic-styles>
  <number:number-style style:name="N3" number:language="vi" number:country="VN">
   <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
  </number:number-style>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
  <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Trang tính1">
    <table:table-column table:style-name="co1"/>
    <table:table-column table:style-name="co2"/>
    <table:table-column table:style-name="co3" table:number-columns-repeated="5"/>
   <table:table-row>
EOF
  s "Mã đơn vị"; s "Tên đơn vị"; s "Số đoàn viên"; s "Số đoàn viên đăng ký thi đua"
  s "Số sáng kiến đăng ký"; s "Số tiền hỗ trợ Tết (đồng)"; s "Số đoàn viên khó khăn được hỗ trợ"
  echo '   </table:table-row>'
  echo '   <table:table-row>'
  s "BK.TP.001"; s "Công đoàn Trường Tiểu học Đức Xuân 2"; n 1240; n 1100; n 3; n 500000; n 2
  echo '   </table:table-row>'
  echo '   <table:table-row>'
  s "BK.TP.002"; s "Công đoàn Trạm Y tế phường Phùng Chí Kiên"; n 12; n 10; n 0; n 12500000; n 0
  echo '   </table:table-row>'
  echo '   <table:table-row>'
  s "BK.TP.003"; s "Công đoàn Trường Tiểu học Bắc Kạn"; n 35; n 30; n 1; n 1234567; n 1
  echo '   </table:table-row>'
  cat <<'EOF'
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
EOF
  } > "$file"
}

write_fods "$SRC/vn.fods"    ' table:style-name="ce1"'
write_fods "$SRC/plain.fods" ''

# the text above must be NFC (precomposed) UTF-8
if command -v python3 >/dev/null; then
  python3 - "$SRC/vn.fods" "$SRC/plain.fods" <<'EOF'
import sys, unicodedata
for f in sys.argv[1:]:
    t = open(f, encoding="utf-8").read()
    assert t == unicodedata.normalize("NFC", t), f + " is not NFC"
EOF
fi

# ---------------------------------------------------------------- 2. conversions
CSV_FILTER='Text - txt - csv (StarCalc)'
# sep,textdelim,charset,firstline,colfmt,lang,quoteall,numAsSuch,asShown,formulas,trim,sheet
OPT_UNICODE_TXT='9,34,65535,1,,0,false,true,true,false,false,0'
OPT_UTF8_CSV='44,34,76,1,,0,false,true,true,false,false,0'
OPT_1258_COMMA='44,34,40,1,,0,false,true,true,false,false,0'
OPT_1258_SEMI='59,34,40,1,,0,false,true,true,false,false,0'

# convert <ext> <filter[:options]> <target-prefix> <target-ext> <variants...>
convert() {
  local ext="$1" filter="$2" prefix="$3" text="$4"; shift 4
  local dir="$WORK/out-$prefix"
  local srcs=()
  for v in "$@"; do srcs+=("$SRC/$v.fods"); done
  soffice "$PROFILE" --headless --convert-to "$ext:$filter" --outdir "$dir" "${srcs[@]}" >/dev/null 2>"$WORK/err" \
    || { cat "$WORK/err" >&2; exit 1; }
  for v in "$@"; do
    [ -s "$dir/$v.$ext" ] || { echo "missing output $dir/$v.$ext" >&2; cat "$WORK/err" >&2; exit 1; }
    mv "$dir/$v.$ext" "$OUT/$prefix-$v.$text"
  done
}

convert txt  "$CSV_FILTER:$OPT_UNICODE_TXT" unicode-text         txt  vn plain
convert csv  "$CSV_FILTER:$OPT_UTF8_CSV"    csv-utf8             csv  vn plain
convert csv  "$CSV_FILTER:$OPT_1258_COMMA"  csv-1258-comma       csv  vn plain
convert csv  "$CSV_FILTER:$OPT_1258_SEMI"   csv-1258-semicolon   csv  vn plain
convert xlsx 'Calc MS Excel 2007 XML'       xlsx                 xlsx vn
convert ods  'calc8'                        ods                  ods  vn

# "CSV UTF-8" as Excel writes it starts with a UTF-8 BOM; LibreOffice 7.4 cannot emit one.
for v in vn plain; do
  f="$OUT/csv-utf8-$v.csv"
  if [ "$(head -c3 "$f" | od -An -tx1 | tr -d ' ')" != "efbbbf" ]; then
    { printf '\xEF\xBB\xBF'; cat "$f"; } > "$WORK/bom" && mv "$WORK/bom" "$f"
  fi
done

echo "LibreOffice: $(soffice --version 2>/dev/null | head -1)"
ls -l "$OUT"
