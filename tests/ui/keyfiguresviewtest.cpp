// The key figures on their own, offscreen: what the solver found in words, and a warning for each
// plausibility check the projection crosses.
#include "keyfiguresview.h"
#include "presetlibrary.h"
#include "scenariodocument.h"
#include "uncertaintyrunner.h"

#include <QFrame>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace pledgecheck;

class KeyFiguresViewTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScenarioDocument> m_document;
    std::unique_ptr<UncertaintyRunner> m_uncertainty;
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
        m_uncertainty = std::make_unique<UncertaintyRunner>();
        m_view = std::make_unique<KeyFiguresView>(m_document.get(), m_uncertainty.get());
        m_view->resize(1000, 300);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_uncertainty.reset();
        m_document.reset();
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
        QCOMPARE(china->text(), QString::fromUtf8("\u26a0 Sales to China: $2.143 trillion a year "
                                                  "against $130.4 billion, all US goods exports to "
                                                  "China in 2017, from 2019-04"));
        QVERIFY(china->toolTip().contains("Source: USITC, Trade Shifts 2017"));
        QCOMPARE(text("plausibility_sales_vs_all_us_goods_exports"),
                 QString::fromUtf8("\u26a0 Sales to China: $2.143 trillion a year against $1.7 "
                                   "trillion, all US goods exports in 2018, from 2021-11"));
        QCOMPARE(text("plausibility_sellers_vs_small_goods_exporters"),
                 QString::fromUtf8("\u26a0 Sellers: 1 million against 287,835, all US small "
                                   "businesses exporting goods in 2015, from 2020-10"));
        QCOMPARE(text("plausibility_export_jobs_vs_jobs_supported_by_exports"),
                 QString::fromUtf8("\u26a0 Export-supported jobs: 12.31 million against 10.7 "
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
        // The central estimate counts the jobs created: 2,757.4 - 1,233.75 = 1,524, 0.15 %.
        open("central");
        QCOMPARE(text("figureJobsCaption"), QString("Jobs created by 2022-01"));
        QCOMPARE(text("figureJobs"), QString("1,524 (0.15 % of 1,000,000)"));
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains("2,757"));
        QCOMPARE(text("figureJobYearsCaption"), QString("Job-years to 2022-01"));
        QCOMPARE(text("figureJobYears"), QString("3,241"));
        QCOMPARE(text("figureJobsRangeCaption"), QString("Jobs created, 10-90 %"));
        // The pledge as stated counts every linked job: a million, 100 %.
        open("pledge-as-stated");
        QCOMPARE(text("figureJobsCaption"), QString("Jobs linked in 2022-01"));
        QCOMPARE(text("figureJobs"), QString("1,000,000 (100.0 % of 1,000,000)"));
        QVERIFY(child<QLabel>("figureJobs")->toolTip().contains("993,000"));
        QCOMPARE(text("figureJobsRangeCaption"), QString("Jobs linked, 10-90 %"));
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
        QVERIFY(text("figureRequiredSellers").startsWith("2.53"));
        // Created, it needs some growth and five sellers; no hires still create 486 jobs.
        QVERIFY(m_document->changeParameter(ParameterId::JobCountBasis,
                                            static_cast<double>(JobCountBasis::Created)));
        QCOMPARE(text("figureRequiredGrowth"), QString("14.96 % per year"));
        QCOMPARE(text("figureRequiredHires"), QString("met even at 0 workers"));
        QVERIFY(text("figureRequiredSellers").startsWith("4.59"));

        // The sceptic's starting sellers are searched up to its market of 287,835 only.
        open("sceptic");
        QCOMPARE(text("figureRequiredSellers"),
                 QString("out of reach within 1 to 287,835 sellers"));
        QCOMPARE(text("figureRequiredGrowth"),
                 QString("out of reach within -50 to 1,000 % per year"));
    }
};

QTEST_MAIN(KeyFiguresViewTest)
#include "keyfiguresviewtest.moc"
