#!/bin/sh
# Write the other formats of the multi-format fixtures from their source, with tools anyone can run:
# pandoc (Debian's `pandoc` package) for HTML and Word, headless Chromium (Debian's `chromium`) for
# PDF, printed with its default running header (date, title) and footer (file, page numbers), which
# the PDF reader must drop. See fixtures/README.md. Regenerate expected answers with UPDATE=1 after.
set -eu
cd "$(dirname "$0")/../fixtures"
# a plain page around pandoc's body (its default template embeds a long stylesheet)
template=$(mktemp)
trap 'rm -f "$template"' EXIT
printf '%s\n' '<!DOCTYPE html>' '<html lang="en">' '<head><meta charset="utf-8"><title>$pagetitle$</title></head>' '<body>' '$body$' '</body>' '</html>' > "$template"
pdf() { chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$2" "$1" 2>/dev/null; }

# Markdown source: HTML and Word through pandoc (read as GitHub Markdown, as remark reads it), PDF from the HTML
for name in cloud-numbered cited-nested-lists; do
  title=$(sed -n 's/^# //p' "$name/agreement.md" | head -n 1)
  pandoc -f gfm -s --template="$template" --metadata pagetitle="$title" "$name/agreement.md" -o "$name/agreement.html"
  pandoc -f gfm "$name/agreement.md" -o "$name/agreement.docx"
done
pdf cloud-numbered/agreement.html cloud-numbered/agreement.pdf
pdf cited-nested-lists/agreement.html cited-nested-lists/agreement.pdf

# HTML source (lettered and roman <ol> lists): Word through pandoc keeps them as Word numbering
pandoc -f html html-terms/agreement.html -o html-terms/agreement.docx
pdf html-terms/agreement.html html-terms/agreement.pdf
