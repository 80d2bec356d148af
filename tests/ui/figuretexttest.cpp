// The key figures' numbers: three significant figures for every count and rate, exact in tooltips.
#include "figuretext.h"
#include "parametertable.h"
#include "valuetext.h"

#include <QTest>

using namespace pledgecheck;

class FigureTextTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundCountsToThreeSignificantFigures()
    {
        QCOMPARE(roundedCountText(4777.94), QString("4,780"));
        QCOMPARE(roundedCountText(834.2), QString("834"));
        QCOMPARE(roundedCountText(10091.3), QString("10,100"));
        QCOMPARE(roundedCountText(199800), QString("200,000"));
        QCOMPARE(roundedCountText(2.5399), QString("2.54"));
        QCOMPARE(roundedCountText(0.5), QString("0.5")); // trailing zeros dropped
        QCOMPARE(roundedCountText(0), QString("0"));
        QCOMPARE(roundedCountText(-1234), QString("-1,230")); // jobs lost under the created basis
        // 999.6 to three figures is 1,000: the extra digit before the point takes no decimal.
        QCOMPARE(roundedCountText(999.6), QString("1,000"));
    }

    void shouldWriteMillionsAndBillionsInWords()
    {
        QCOMPARE(roundedCountText(2606625), QString("2.61 million"));
        QCOMPARE(roundedCountText(1000000), QString("1 million"));
        QCOMPARE(roundedCountText(12308571), QString("12.3 million"));
        QCOMPARE(roundedCountText(1465083), QString("1.47 million"));
        // 999,999 rounds to a million, and reads so rather than "1,000,000".
        QCOMPARE(roundedCountText(999999), QString("1 million"));
        QCOMPARE(roundedCountText(-2.5e6), QString("-2.5 million"));
        QCOMPARE(roundedCountText(1.234e9), QString("1.23 billion"));
    }

    void shouldWriteSharesAsPercentagesToThreeSignificantFigures()
    {
        // 4,777.94 / 1,000,000 = 0.00477794 = 0.477794 % -> 0.478 %
        QCOMPARE(roundedPercentText(0.00477794), QString("0.478 %"));
        QCOMPARE(roundedPercentText(2.606625), QString("261 %"));
        QCOMPARE(roundedPercentText(1.0), QString("100 %"));
        QCOMPARE(roundedPercentText(0.6423), QString("64.2 %"));
        QCOMPARE(roundedPercentText(0), QString("0 %"));
    }

    void shouldWriteParameterValuesWithTheirUnits()
    {
        QCOMPARE(roundedValueText(descriptor(ParameterId::AnnualGrowthRate), 2.5399),
                 QString("254 % per year"));
        QCOMPARE(roundedValueText(descriptor(ParameterId::HiresPerSeller), 758.26),
                 QString("758 workers"));
        QCOMPARE(roundedValueText(descriptor(ParameterId::InitialSellers), 1465083),
                 QString("1.47 million sellers"));
    }

    void shouldWriteTheUnitInTheSingularAfterExactlyOne()
    {
        const ParameterDescriptor &hires = descriptor(ParameterId::HiresPerSeller);
        QCOMPARE(valueText(hires, 1), QString("1 worker"));
        QCOMPARE(valueText(hires, 1.5), QString("1.5 workers"));
        QCOMPARE(valueText(hires, 0), QString("0 workers"));
        QCOMPARE(valueText(hires, 0.999), QString("0.999 workers"));
        QCOMPARE(valueText(hires, 0.99999), QString("1 worker")); // the unit as the number is shown
        QCOMPARE(roundedValueText(hires, 1.0004), QString("1 worker")); // as shown, three figures
        QCOMPARE(valueText(descriptor(ParameterId::HorizonYears), 1), QString("1 year"));
        QCOMPARE(valueText(descriptor(ParameterId::HiringLagMonths), 1), QString("1 month"));
        // A range names its unit once, at its end, in the plural.
        QCOMPARE(rangeText(descriptor(ParameterId::InitialSellers)).section(' ', 1, 1), QString("to"));
        QVERIFY(rangeText(descriptor(ParameterId::InitialSellers)).endsWith(" sellers"));
        // A rate's unit has no singular: 1 % per year.
        QCOMPARE(valueText(descriptor(ParameterId::AnnualGrowthRate), 0.01), QString("1 % per year"));
    }

    void shouldGiveExactCountsToTwoDecimals()
    {
        QCOMPARE(exactCountText(4777.9412), QString("4,777.94"));
        QCOMPARE(exactCountText(2606625.0000000014), QString("2,606,625"));
        QCOMPARE(exactCountText(8400.4), QString("8,400.4"));
    }
};

QTEST_MAIN(FigureTextTest)
#include "figuretexttest.moc"
