#include "printabletext.h"

namespace pledgecheck {

QString printableText(QStringView text, qsizetype longest)
{
    const bool cut = text.size() > longest;
    // Never split a surrogate pair: half a character would print as a replacement box.
    qsizetype end = cut ? longest : text.size();
    if (cut && end > 0 && text[end - 1].isHighSurrogate())
        --end;
    QString printable;
    printable.reserve(end + 8);
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n')
            printable += QLatin1String("\\n");
        else if (c == u'\r')
            printable += QLatin1String("\\r");
        else if (c == u'\t')
            printable += QLatin1String("\\t");
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029)
            printable += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            printable += QChar(c);
    }
    if (cut)
        printable += QChar(0x2026);
    return printable;
}

} // namespace pledgecheck
