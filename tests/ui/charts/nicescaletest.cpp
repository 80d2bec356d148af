// The count axis' round numbers, checked by their properties over many magnitudes and by a few
// worked examples.
#include "nicescale.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pledgecheck;

namespace {

bool isNice(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / magnitude;
    if (std::abs(mantissa - 2.5) < 1e-9)
        return step >= 25; // a count is never labelled 2.5
    for (const double nice : {1.0, 2.0, 5.0}) {
        if (std::abs(mantissa - nice) < 1e-9)
            return true;
    }
    return false;
}

} // namespace

class NiceScaleTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveRoundStepsAboveTheLargestValue()
    {
        // 1.03 apart: every mantissa from 1 to 10 over twenty orders of magnitude, give or take.
        for (double largest = 0.5; largest < 1e18; largest *= 1.03) {
            const NiceScale scale = NiceScale::above(largest);
            const QByteArray what = QByteArray::number(largest, 'g', 17);
            QVERIFY2(isNice(scale.step), what);
            QVERIFY2(scale.steps() >= 4 && scale.steps() <= 8, what);
            QVERIFY2(std::abs(scale.top - scale.steps() * scale.step) < 1e-9 * scale.top, what);
            QVERIFY2(scale.top >= 1.02 * largest * (1 - 1e-12), what);
            QVERIFY2(scale.top >= 10, what);
            // Not wastefully high: never more than one and a half times what is needed, give or
            // take the 2 % headroom.
            QVERIFY2(scale.top <= 1.5 * std::max(1.02 * largest, 10.0) + 1e-9, what);
        }
    }

    void shouldKeepToFewerStepsWhereARoundScaleAllows()
    {
        for (double largest = 0.5; largest < 1e12; largest *= 1.03) {
            const NiceScale scale = NiceScale::above(largest, 5);
            const QByteArray what = QByteArray::number(largest, 'g', 17);
            QVERIFY2(isNice(scale.step), what);
            QVERIFY2(scale.top >= 1.02 * largest * (1 - 1e-12), what);
            // Never more steps than with no limit.
            QVERIFY2(scale.steps() >= 4 && scale.steps() <= NiceScale::above(largest).steps(), what);
        }
        // 7,000 jobs: four steps of 2,000 to 8,000, not eight of 1,000.
        QCOMPARE(NiceScale::above(7000, 5).top, 8000.0);
        QCOMPARE(NiceScale::above(7000, 5).step, 2000.0);
        // 14.5 has no round scale under eight steps (2.5 is not a count): it takes eight of 2.
        QCOMPARE(NiceScale::above(14.5, 5).steps(), 8);
    }

    void shouldReadAsAnAnalystExpects_data()
    {
        QTest::addColumn<double>("largest");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        QTest::newRow("the pledge") << 1e6 << 1.2e6 << 2e5;
        QTest::newRow("a pledge exactly on a step is not on the edge") << 1e5 << 1.2e5 << 2e4;
        QTest::newRow("sellers") << 16236.0 << 17500.0 << 2500.0;
        QTest::newRow("export-supported") << 12308571.0 << 14e6 << 2e6;
        QTest::newRow("few") << 3.0 << 10.0 << 2.0;
        QTest::newRow("just over ten") << 10.2 << 12.0 << 2.0;
        QTest::newRow("nothing") << 0.0 << 10.0 << 2.0;
    }

    void shouldReadAsAnAnalystExpects()
    {
        QFETCH(double, largest);
        QFETCH(double, top);
        QFETCH(double, step);
        const NiceScale scale = NiceScale::above(largest);
        QCOMPARE(scale.top, top);
        QCOMPARE(scale.step, step);
    }

    void shouldFallBackForValuesThatAreNotNumbers()
    {
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::infinity(), -5.0}) {
            const NiceScale scale = NiceScale::above(bad);
            QCOMPARE(scale.top, 10.0);
            QCOMPARE(scale.step, 2.0);
        }
    }
};

QTEST_APPLESS_MAIN(NiceScaleTest)
#include "nicescaletest.moc"
