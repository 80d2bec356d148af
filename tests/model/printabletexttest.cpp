#include "printabletext.h"

#include <gtest/gtest.h>

using namespace pledgecheck;

TEST(PrintableText, LeavesOrdinaryTextAlone)
{
    EXPECT_EQ(printableText(u"hires_per_seller = 2, é ✓"), u"hires_per_seller = 2, é ✓");
}

TEST(PrintableText, WritesLineBreaksAndTabsAsTheirEscapes)
{
    EXPECT_EQ(printableText(u"a\nb\rc\td"), QStringLiteral("a\\nb\\rc\\td"));
}

TEST(PrintableText, WritesOtherControlCharactersAsUnicodeEscapes)
{
    // ESC, NUL, DEL, the C1 CSI and the Unicode line separator: all can upset a terminal or a log.
    const QString text = QStringLiteral("\x1b[31mred") + QChar(0) + QChar(0x7f) + QChar(0x9b) + QChar(0x2028);
    EXPECT_EQ(printableText(text), QStringLiteral("\\u001b[31mred\\u0000\\u007f\\u009b\\u2028"));
}

TEST(PrintableText, IsAlwaysOneLine)
{
    QString everyControl;
    for (char16_t c = 0; c < 0xa0; ++c)
        everyControl += QChar(c);
    const QString printable = printableText(everyControl, 10000);
    for (const QChar c : printable)
        EXPECT_FALSE(c.category() == QChar::Other_Control) << int(c.unicode());
}

TEST(PrintableText, CutsLongTextWithAnEllipsis)
{
    EXPECT_EQ(printableText(QString(150, u'x'), 100), QString(100, u'x') + QChar(0x2026));
    EXPECT_EQ(printableText(QString(100, u'x'), 100), QString(100, u'x'));
}

TEST(PrintableText, NeverCutsACharacterInHalf)
{
    const QString text = QString(99, u'x') + QStringLiteral("\U0001F600") + QStringLiteral("tail");
    const QString printable = printableText(text, 100);
    EXPECT_EQ(printable, QString(99, u'x') + QChar(0x2026));
}
