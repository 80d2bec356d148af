// The key figures on their own, offscreen: the verdict, the values as set beside the draws' median,
// what the solver found in words, and a warning for each plausibility check the projection crosses.
#include "charttheme.h"
#include "figuretext.h"
#include "keyfiguresview.h"
#include "parametertable.h"
#include "presetlibrary.h"
#include "scenariodocument.h"
#include "uncertaintyresults.h"

#include <QApplication>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace pledgecheck;

class KeyFiguresViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScenarioDocument> m_document;
    std::unique_ptr<KeyFiguresView> m_view;

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qFatal("no widget called %s", qPrintable(name));
        return widget;
    }

    QString text(const QString &name) const { return child<QLabel>(name)->text(); }

    // The mean lightness (0 to 255) of @p widget as drawn: its tint, whatever the words on it.
    static double meanLightness(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        double sum = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return sum / (static_cast<double>(image.width()) * image.height());
    }

    // Shown as far as the view goes: the view itself is shown, so this is what a user sees.
    bool shown(QWidget *widget) const { return widget->isVisibleTo(m_view.get()); }

    void open(const QString &preset)
    {
        QString error;
        const auto scenario = presetlibrary::load(preset, &error);
        QVERIFY2(scenario, qPrintable(error));
        m_document->reset(*scenario, QString());
    }

private slots:
    void init()
    {
        m_document = std::make_unique<ScenarioDocument>();
        // The document runs the draws itself: the view reads them there.
        m_view = std::make_unique<KeyFiguresView>(m_document.get());
        m_view->resize(1366, 300);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_document.reset();
    }

    void shouldTintTheVerdictAndWarningsDarkUnderADarkPalette()
    {
        // The pledge as stated crosses checks: the verdict and the amber warnings are both shown.
        // Light tints (#e3f2e6 or #fbe6e3, and #fff4d6: lightness above 225) on a light palette;
        // dark ones (#1e3a24 or #4a1f1c, and #3d3200: below 50) once the palette turns dark, and
        // back. The words on them move the mean a little, not across these bounds.
        open(QStringLiteral("pledge-as-stated"));
        auto *verdict = child<QFrame>(QStringLiteral("verdict"));
        auto *warnings = child<QFrame>(QStringLiteral("plausibilityWarnings"));
        QVERIFY(shown(warnings));
        const QPalette light = QApplication::palette();
        QVERIFY(meanLightness(verdict) > 180);
        QVERIFY(meanLightness(warnings) > 180);
        QApplication::setPalette(ChartTheme::darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(meanLightness(verdict) < 90);
        QVERIFY(meanLightness(warnings) < 90);
        QApplication::setPalette(light);
        QCoreApplication::processEvents();
        QVERIFY(meanLightness(verdict) > 180);
    }

    void shouldShowNoWarningWhenNoCheckIsCrossed()
    {
        open("central");
        QVERIFY(!shown(child<QFrame>("plausibilityWarnings")));
    }

    void shouldWarnOfEachCheckThePledgeAsStatedCrosses()
    {
        open("pledge-as-stated");
        QVERIFY(shown(child<QFrame>("plausibilityWarnings")));
        // 1,000,000 sellers x $2,142,857 = $2.143 trillion a year at the horizon, above 2017's
        // $130.4 billion from month 27 (tests/model/plausibilitytest.cpp).
        auto *china = child<QLabel>("plausibility_sales_vs_us_goods_exports_to_china");
        QVERIFY(shown(china));
        QCOMPARE(china->text(), QString::fromUtf8("\u26a0 Sales to China: $2.14 trillion a year "
                                                  "against $130.4 billion, all US goods exports to "
                                                  "China in 2017, from 2019-04"));
        QVERIFY(china->toolTip().contains("Source: USITC, Trade Shifts 2017"));
        QCOMPARE(text("plausibility_sales_vs_all_us_goods_exports"),
                 QString::fromUtf8("\u26a0 Sales to China: $2.14 trillion a year against $1.7 "
                                   "trillion, all US goods exports in 2018, from 2021-11"));
        QCOMPARE(text("plausibility_sellers_vs_small_goods_exporters"),
                 QString::fromUtf8("\u26a0 Sellers: 1 million against 287,835, all US small "
                                   "businesses exporting goods in 2015, from 2020-10"));
        QCOMPARE(text("plausibility_export_jobs_vs_jobs_supported_by_exports"),
                 QString::fromUtf8("\u26a0 Export-supported jobs: 12.3 million against 10.7 "
                                   "million, all US jobs supported by exports in 2016, from "
                                   "2021-12"));
        // One million sellers are far from 31.7 million small businesses: no warning.
        QVERIFY(!shown(child<QLabel>("plausibility_sellers_vs_small_businesses")));
    }

    void shouldDropTheWarningsOnceAStepBringsTheScenarioBack()
    {
        open("pledge-as-stated");
        // 36 % growth: 7000 x 1.36^5 = 32,571 sellers, $69.8 billion a year: nothing crossed.
        QVERIFY(m_document->changeParameter(ParameterId::AnnualGrowthRate, 0.36));
        QVERIFY(!shown(child<QFrame>("plausibilityWarnings")));
        m_document->undoStack()->undo();
        QVERIFY(shown(child<QFrame>("plausibilityWarnings")));
    }

    void shouldSayWhenACheckCrossedEarlyIsBelowAgainByTheHorizon()
    {
        // 400,000 sellers shrinking linearly at n = (1 + 0)(1 - 0.5) - 1 = -0.5 a year, to none by
        // month 24: above the 287,835 small goods exporters at the start, not at the horizon.
        QVERIFY(m_document->changeParameter(ParameterId::GrowthModel,
                                            static_cast<double>(GrowthModel::Linear)));
        QVERIFY(m_document->changeParameter(ParameterId::InitialSellers, 400000));
        QVERIFY(m_document->changeParameter(ParameterId::AnnualGrowthRate, 0));
        QVERIFY(m_document->changeParameter(ParameterId::AnnualChurnRate, 0.5));
        QCOMPARE(text("plausibility_sellers_vs_small_goods_exporters"),
                 QString::fromUtf8("\u26a0 Sellers: 0 against 287,835, all US small businesses "
                                   "exporting goods in 2015, first crossed in 2017-01, below again "
                                   "by the horizon"));
    }

    void shouldSayWhichJobsTheFiguresCount()
    {
        // The central estimate counts the jobs created: 2,757.4 linked less the 1,233.75 of the
        // start, 1,523.6, 0.152 % of the pledge (tests/model/projectiontest.cpp).
        open("central");
        const KeyFigures &f = m_document->results().figures;
        QCOMPARE(text("figureJobsCaption"), QString("Jobs created by 2022-01"));
        QCOMPARE(text("figureJobs"), QString("%1 (%2)").arg(roundedCountText(f.jobsAtHorizon),
                                                           roundedPercentText(f.shareOfTarget)));
        // The other count and the exact one in the tooltip.
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains(exactCountText(f.jobsLinkedAtHorizon)));
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains(exactCountText(f.jobsAtHorizon)));
        QCOMPARE(text("figureJobYearsCaption"), QString("Job-years to 2022-01"));
        QCOMPARE(text("figureJobYears"), roundedCountText(f.jobYearsToHorizon));
        QCOMPARE(text("figureSellersCaption"), QString("Sellers in 2022-01"));
        QCOMPARE(text("figureSellers"), roundedCountText(f.sellersAtHorizon));
        QCOMPARE(text("figureJobs"), QString("1,520 (0.152 %)"));
        QCOMPARE(text("figureJobYears"), QString("3,240"));
        // The pledge as stated counts every linked job: a million sellers, each with one hire, a
        // million jobs, the pledge exactly.
        open("pledge-as-stated");
        QCOMPARE(text("figureJobsCaption"), QString("Jobs linked in 2022-01"));
        QCOMPARE(text("figureJobs"), QString("1 million (100 %)"));
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains("993,000"));
    }

    void shouldWriteEveryFigureToThreeSignificantFigures()
    {
        // Taobao Villages, every input its own (not the defaults'): 0.75 x (3 + 0.5) x
        // (1,000,000 - 7,000) = 2,606,625 jobs created, 260.66 % of the pledge; a million sellers;
        // 12,308,571 export-supported jobs (docs/model.md); the pledge needs 123.2 % growth, 0.8427
        // hires and 2,685 starting sellers (tests/model/presetlibrarytest.cpp).
        open("taobao-villages");
        QCOMPARE(text("figureJobs"), QString("2.61 million (261 %)"));
        QCOMPARE(text("figureSellers"), QString("1 million"));
        QCOMPARE(text("figureExportJobs"), QString("12.3 million"));
        QCOMPARE(text("figureRequiredGrowth"), QString("123 % per year"));
        QCOMPARE(text("figureRequiredHires"), QString("0.843 workers"));
        QCOMPARE(text("figureRequiredSellers"), QString("2,690 sellers"));
        // Exact in the tooltips.
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains("2,606,625"));
        QVERIFY(child<QLabel>("figureExportJobs")->toolTip().contains("12,308,571.43"));
        QVERIFY(child<QLabel>("figureRequiredSellers")->toolTip().contains("2,685"));
    }

    void shouldSayNotMetInWordsAMarkAndAColourOnBothBases()
    {
        open("central");
        const KeyFigures &f = m_document->results().figures;
        QVERIFY(!f.targetMetMonth);
        auto *verdict = child<QFrame>("verdict");
        QVERIFY(shown(verdict));
        QCOMPARE(verdict->property("met").toBool(), false);
        QCOMPARE(text("verdictMark"), QString::fromUtf8("\u2716"));
        QVERIFY(verdict->styleSheet().contains("#fbe6e3"));
        QCOMPARE(text("verdictHeadline"),
                 QString("Not met: %1 jobs created by 2022-01, %2 of the pledge")
                     .arg(roundedCountText(f.jobsAtHorizon), roundedPercentText(f.shareOfTarget)));
        // The odds from the scenario's whole sample, run on the change itself: not rough.
        const MonteCarloResult &u = m_document->uncertainty()->monteCarlo;
        const Eigen::Index end = u.jobsPercentiles.rows() - 1;
        QCOMPARE(text("verdictDetail"),
                 QString::fromUtf8("%1 of 10,000 draws meet it \u00b7 median %2")
                     .arg(roundedPercentText(u.probabilityTargetMet),
                          roundedCountText(u.jobsPercentiles(end, percentileColumn(0.50)))));

        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Linked)));
        const KeyFigures &linked = m_document->results().figures;
        QVERIFY(!linked.targetMetMonth);
        QCOMPARE(text("verdictHeadline"),
                 QString("Not met: %1 jobs linked in 2022-01, %2 of the pledge")
                     .arg(roundedCountText(linked.jobsAtHorizon),
                          roundedPercentText(linked.shareOfTarget)));
    }

    void shouldSayWhenItIsMetAndHowLongBeforeTheTermEnds()
    {
        // Created: Taobao Villages meets the pledge in 2021-02, month 49; the five-year term from
        // 2017-01 ends in 2021-12, ten months later (60 - 1 - 49 = 10).
        open("taobao-villages");
        auto *verdict = child<QFrame>("verdict");
        QCOMPARE(verdict->property("met").toBool(), true);
        QCOMPARE(text("verdictMark"), QString::fromUtf8("\u2714"));
        QVERIFY(verdict->styleSheet().contains("#e3f2e6"));
        QCOMPARE(text("verdictHeadline"), QString("Met in 2021-02, ten months before the term ends"));
        QCOMPARE(text("verdictDetail"),
                 QString::fromUtf8("2.61 million jobs created by 2022-01, 261 % of the pledge "
                                   "\u00b7 certain: every input is fixed"));

        // Linked: the pledge as stated reaches a million in 2022-01, month 60, as the term ends.
        open("pledge-as-stated");
        QCOMPARE(text("verdictHeadline"), QString("Met in 2022-01, as the term ends"));
        QVERIFY(text("verdictDetail").startsWith("1 million jobs linked in 2022-01, 100 % of the pledge"));

        // Linked, a pledge of one job is met at the start: 60 - 1 - 0 = 59 months before the end.
        open("central");
        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Linked)));
        QVERIFY(m_document->changeParameter(ParameterId::TargetJobs, 1));
        QCOMPARE(text("verdictHeadline"), QString("Met in 2017-01, 59 months before the term ends"));
        QCOMPARE(child<QFrame>("verdict")->property("met").toBool(), true);
    }

    void shouldSayCertainWhenEveryInputIsFixed()
    {
        // Never "none", which reads as no chance for a scenario that meets the pledge.
        open("taobao-villages");
        QCOMPARE(text("figureProbability"), QString("certain: met in 2021-02"));
        QCOMPARE(text("figureJobsDraws"), QString("every input is fixed"));
        open("pledge-as-stated");
        QCOMPARE(text("figureProbability"), QString("certain: met in 2022-01"));

        // Not met, on both bases.
        open("central");
        Scenario fixed = m_document->scenario();
        fixed.uncertainty = Uncertainty{};
        m_document->reset(fixed, QString());
        QCOMPARE(text("figureProbability"), QString("certain: not met"));
        QVERIFY(text("verdictHeadline").startsWith("Not met: "));
        QVERIFY(text("verdictDetail").endsWith("certain: every input is fixed"));
        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Linked)));
        QCOMPARE(text("figureProbability"), QString("certain: not met"));
        QVERIFY(text("verdictHeadline").contains(" jobs linked in 2022-01"));
    }

    void shouldSayWhichFigureIsTheProjectionAndWhichTheMedianOfTheDraws()
    {
        open("central");
        QCOMPARE(text("rowTitleAsSet"), QString("Values as set"));
        QCOMPARE(text("rowTitleDraws"), QString("Draws: median (p10 to p90)"));
        const MonteCarloResult &u = m_document->uncertainty()->monteCarlo;
        const Eigen::Index end = u.jobsPercentiles.rows() - 1;
        const auto medianAndRange = [end](const Eigen::ArrayXXd &p) {
            return QString::fromUtf8("%1 (%2\u2013%3)")
                .arg(roundedCountText(p(end, percentileColumn(0.50))),
                     roundedCountText(p(end, percentileColumn(0.10))),
                     roundedCountText(p(end, percentileColumn(0.90))));
        };
        QCOMPARE(text("figureJobsDraws"), medianAndRange(u.jobsPercentiles));
        QCOMPARE(text("figureSellersDraws"), medianAndRange(u.sellersPercentiles));
        QCOMPARE(text("figureProbability"),
                 QString("%1 of draws").arg(roundedPercentText(u.probabilityTargetMet)));
        // The draws' median is not the projection as set (the central case sits off the middle of
        // its draws), and both are shown.
        QVERIFY(text("figureJobs") != text("figureJobsDraws"));
    }

    void shouldSayToBetweenTwoNegativeCountsNotADash()
    {
        // What happened: jobs were lost (created basis), p10 and p90 both below zero. A dash
        // between them read "-336--93"; the range says "to".
        open("what-happened");
        const MonteCarloResult &u = m_document->uncertainty()->monteCarlo;
        const Eigen::Index end = u.jobsPercentiles.rows() - 1;
        QVERIFY(u.jobsPercentiles(end, percentileColumn(0.90)) < 0);
        QCOMPARE(text("figureJobsDraws"),
                 QString("%1 (%2 to %3)")
                     .arg(roundedCountText(u.jobsPercentiles(end, percentileColumn(0.50))),
                          roundedCountText(u.jobsPercentiles(end, percentileColumn(0.10))),
                          roundedCountText(u.jobsPercentiles(end, percentileColumn(0.90)))));
        QVERIFY(!text("figureJobsDraws").contains(QChar(0x2013)));
    }

    void shouldSayNoSpreadWhereNoUncertainInputMovesTheFigure()
    {
        // What happened draws the hiring and the wider effects, not the growth: every draw has
        // the same sellers, 4,383 by 2022-01.
        open("what-happened");
        const MonteCarloResult &u = m_document->uncertainty()->monteCarlo;
        const Eigen::Index end = u.sellersPercentiles.rows() - 1;
        QCOMPARE(u.sellersPercentiles(end, percentileColumn(0.10)), u.sellersPercentiles(end, percentileColumn(0.90)));
        QCOMPARE(text("figureSellersDraws"), QString("4,380 (no spread)"));
        QVERIFY(!text("figureJobsDraws").contains("no spread"));
    }

    void shouldSayWhatThePledgeNeedsOrThatNothingInRangeWillDo()
    {
        // The central case: found for growth and sellers, out of reach for hires (964 needed).
        open("central");
        QVERIFY(text("figureRequiredGrowth").endsWith("% per year"));
        QCOMPARE(text("figureRequiredHires"), QString("out of reach within 0 to 100 workers"));
        QVERIFY(text("figureRequiredSellers").endsWith(" sellers"));

        // A pledge of one job linked is exceeded even at the low end of growth and hires; one
        // seller links 0.39 jobs, so 2.54 sellers are needed (tests/model/targetsolvertest.cpp).
        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Linked)));
        QVERIFY(m_document->changeParameter(ParameterId::TargetJobs, 1));
        QCOMPARE(text("figureRequiredGrowth"), QString("met even at -50 % per year"));
        QCOMPARE(text("figureRequiredHires"), QString("met even at 0 workers"));
        QCOMPARE(text("figureRequiredSellers"), QString("2.54 sellers"));
        // Created, it needs some growth and five sellers; no hires still create 486 jobs.
        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Created)));
        QCOMPARE(text("figureRequiredGrowth"),
                 roundedValueText(descriptor(ParameterId::AnnualGrowthRate),
                                  *m_document->results().figures.requiredAnnualGrowthRate));
        QCOMPARE(text("figureRequiredHires"), QString("met even at 0 workers"));
        // 1 / (1.23494 x 0.17625) = 4.5944 sellers (tests/model/targetsolvertest.cpp), to three
        // figures; growth 14.961 % (trailing zeros dropped).
        const double sellers = *m_document->results().figures.requiredInitialSellers;
        QVERIFY(sellers > 4.59 && sellers < 4.60);
        QCOMPARE(text("figureRequiredSellers"), QString("4.59 sellers"));
        QCOMPARE(text("figureRequiredGrowth"), QString("15 % per year"));
        QCOMPARE(text("figureRequiredSellers"),
                 roundedValueText(descriptor(ParameterId::InitialSellers), sellers));

        // The sceptic's starting sellers are searched up to its market of 287,835 only.
        open("sceptic");
        QCOMPARE(text("figureRequiredSellers"),
                 QString("out of reach within 1 to 287,835 sellers"));
        QCOMPARE(text("figureRequiredGrowth"),
                 QString("out of reach within -50 to 1,000 % per year"));
    }

    void shouldLetAFigureBeSelectedAndCopiedOnceItIsPressed()
    {
        // Plain text while the figures change (no document laid out on every step), selectable
        // from the press on: the press itself starts the selection.
        QLabel *jobs = child<QLabel>("figureJobs");
        QCOMPARE(jobs->textInteractionFlags(), Qt::NoTextInteraction);
        QTest::mousePress(jobs, Qt::LeftButton, Qt::NoModifier, QPoint(2, jobs->height() / 2));
        QVERIFY(jobs->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseMove(jobs, QPoint(jobs->width() - 2, jobs->height() / 2));
        QTest::mouseRelease(jobs, Qt::LeftButton, Qt::NoModifier, QPoint(jobs->width() - 2, jobs->height() / 2));
        QVERIFY(jobs->hasSelectedText());
        QCOMPARE(jobs->selectedText(), jobs->text());
        // A change keeps a selection the reader made ...
        QVERIFY(m_document->changeParameter(ParameterId::HiresPerSeller, 2));
        QVERIFY(jobs->textInteractionFlags() & Qt::TextSelectableByMouse);
        // ... and makes a label with none plain again.
        jobs->setSelection(0, 0);
        QVERIFY(!jobs->hasSelectedText());
        QVERIFY(m_document->changeParameter(ParameterId::HiresPerSeller, 3));
        QCOMPARE(jobs->textInteractionFlags(), Qt::NoTextInteraction);
        QVERIFY(jobs->text().startsWith(roundedCountText(m_document->results().figures.jobsAtHorizon)));
    }
};

QTEST_MAIN(KeyFiguresViewTest)
#include "keyfiguresviewtest.moc"
