// The Events and Observations editors over a real document: each add, edit and removal one undo
// step, a refused value kept out with its reason shown, and the keys. Expected values are worked
// out here or asked of the rules (model/scenarioeventrules.h), never read off the editor.
#include "datedentrieseditor.h"
#include "datedentriesproblem.h"
#include "eventstablemodel.h"
#include "messagetext.h"
#include "observationstablemodel.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "scenarioeventrules.h"
#include "scenariofile.h"

#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace pledgecheck;

namespace {

// The central estimate from 2017-01 over five years: events fall from 2017-02 to 2022-01.
Scenario centralFrom2017()
{
    Scenario scenario;
    scenario.parameters.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
    scenario.parameters.set(ParameterId::HorizonYears, 5);
    return scenario;
}

} // namespace

class DatedEntriesEditorTest : public QObject
{
    Q_OBJECT

private:
    ScenarioDocument m_document;
    EventsTableModel *m_events = nullptr;
    ObservationsTableModel *m_observations = nullptr;
    std::unique_ptr<DatedEntriesEditor> m_eventsEditor;
    std::unique_ptr<DatedEntriesEditor> m_observationsEditor;

    QUndoStack *undo() const { return m_document.undoStack(); }
    const ScenarioEvents &events() const { return m_document.scenario().events; }
    const Observations &observations() const { return m_document.scenario().observations; }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document.reset(centralFrom2017(), QString());
        m_events = new EventsTableModel(&m_document);
        m_observations = new ObservationsTableModel(&m_document);
        m_eventsEditor = std::make_unique<DatedEntriesEditor>(m_events, QStringLiteral("Events"),
                                                              QStringLiteral("&Add event"));
        m_observationsEditor = std::make_unique<DatedEntriesEditor>(
            m_observations, QStringLiteral("Observations"), QStringLiteral("&Add observation"));
        m_eventsEditor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_eventsEditor.get()));
    }

    void cleanup()
    {
        m_eventsEditor.reset();
        m_observationsEditor.reset();
    }

    void shouldAddAnEventAYearInAtTheGrowthAsSetAsOneUndoStep()
    {
        m_eventsEditor->addEntry();
        QCOMPARE(events().size(), std::size_t(1));
        // A year after the first month an event may fall in (2017-02): 2018-01, growth as set.
        QCOMPARE(events()[0].month, (YearMonth{2018, 1}));
        QCOMPARE(events()[0].parameter, ParameterId::AnnualGrowthRate);
        QCOMPARE(events()[0].value, 0.35);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Add event"));
        QCOMPARE(m_events->rowCount(), 1);
        QCOMPARE(m_eventsEditor->table()->currentIndex().row(), 0);
        // A second one goes to the next month: two changes of growth in one month are refused.
        m_eventsEditor->addEntry();
        QCOMPARE(events().size(), std::size_t(2));
        QCOMPARE(events()[1].month, (YearMonth{2018, 2}));
        undo()->undo();
        undo()->undo();
        QVERIFY(events().empty());
        QCOMPARE(m_events->rowCount(), 0);
    }

    void shouldEditEachCellInTheParametersUnitsAsOneUndoStepEach()
    {
        m_eventsEditor->addEntry();
        // Percent as shown: "5" is 5 % a year, 0.05 in the model.
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Value), QStringLiteral("5")));
        QCOMPARE(events()[0].value, 0.05);
        QCOMPARE(undo()->undoText(), QStringLiteral("Edit event"));
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Month), QStringLiteral("2018-09")));
        QCOMPARE(events()[0].month, (YearMonth{2018, 9}));
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Note), QStringLiteral("withdrawn")));
        QCOMPARE(events()[0].note, std::string("withdrawn"));
        QCOMPARE(undo()->count(), 4); // the add and three edits
        QCOMPARE(m_events->index(0, EventsTableModel::Value).data().toString(), QStringLiteral("5 % per year"));
        undo()->undo();
        undo()->undo();
        QCOMPARE(events()[0].month, (YearMonth{2018, 1}));
        QCOMPARE(events()[0].value, 0.05);
        QCOMPARE(m_events->index(0, EventsTableModel::Month).data().toString(), QStringLiteral("2018-01"));
        undo()->redo();
        QCOMPARE(events()[0].month, (YearMonth{2018, 9}));
    }

    void shouldOfferOnlyTheParametersAnEventMayChangeAndStartANewOneAtItsValueAsSet()
    {
        m_eventsEditor->addEntry();
        const auto choices = m_events->choices(m_events->index(0, EventsTableModel::Parameter));
        int changeable = 0;
        for (const ParameterDescriptor &d : parameterTable())
            changeable += d.changesByEvent ? 1 : 0;
        QCOMPARE(choices.size(), changeable);
        for (const auto &[text, id] : choices)
            QVERIFY(descriptor(static_cast<ParameterId>(id.toInt())).changesByEvent);
        // Hires as set in the central estimate: 1 a hiring seller.
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Parameter),
                                  static_cast<int>(ParameterId::HiresPerSeller)));
        QCOMPARE(events()[0].parameter, ParameterId::HiresPerSeller);
        QCOMPARE(events()[0].value, m_document.scenario().parameters[ParameterId::HiresPerSeller]);
        // The growth curve is picked by name.
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Parameter),
                                  static_cast<int>(ParameterId::GrowthModel)));
        const auto curves = m_events->choices(m_events->index(0, EventsTableModel::Value));
        QCOMPARE(curves.size(), 3);
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Value), curves[2].second));
        QCOMPARE(events()[0].value, 2.0);
        QCOMPARE(m_events->index(0, EventsTableModel::Value).data().toString(), curves[2].first);
    }

    void shouldRefuseAValueOutOfRangeKeepTheOldOneAndSayWhy()
    {
        m_eventsEditor->addEntry();
        const ScenarioEvent before = events()[0];
        const int steps = undo()->count();
        // 2,000 % a year is past the 1,000 % the parameter table allows.
        QVERIFY(!m_events->setData(m_events->index(0, EventsTableModel::Value), QStringLiteral("2000")));
        QCOMPARE(events()[0], before);
        QCOMPARE(undo()->count(), steps);
        ScenarioEvent refused = before;
        refused.value = 20;
        const auto expected = eventrules::eventProblem(refused, m_document.scenario().parameters);
        QVERIFY(expected);
        QCOMPARE(problemShown(*m_eventsEditor), messageText(*expected));
        // A month before the start: the rules' own words again.
        QVERIFY(!m_events->setData(m_events->index(0, EventsTableModel::Month), QStringLiteral("2016-12")));
        refused = before;
        refused.month = YearMonth{2016, 12};
        QCOMPARE(problemShown(*m_eventsEditor),
                 messageText(*eventrules::eventProblem(refused, m_document.scenario().parameters)));
        // Text that is no month or number says so, naming what was typed.
        QVERIFY(!m_events->setData(m_events->index(0, EventsTableModel::Month), QStringLiteral("Sept")));
        QVERIFY(problemShown(*m_eventsEditor).contains(QStringLiteral("\"Sept\" is not a month")));
        QVERIFY(!m_events->setData(m_events->index(0, EventsTableModel::Value), QStringLiteral("lots")));
        QVERIFY(problemShown(*m_eventsEditor).contains(QStringLiteral("\"lots\" is not a number")));
        QCOMPARE(events()[0], before);
        // The next edit that goes through clears the message.
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Value), QStringLiteral("10")));
        QVERIFY(problemShown(*m_eventsEditor).isEmpty());
    }

    void shouldRefuseASecondChangeOfOneParameterInOneMonth()
    {
        m_eventsEditor->addEntry();
        m_eventsEditor->addEntry();
        QVERIFY(!m_events->setData(m_events->index(1, EventsTableModel::Month), QStringLiteral("2018-01")));
        QCOMPARE(events()[1].month, (YearMonth{2018, 2}));
        QVERIFY(problemShown(*m_eventsEditor).contains(QStringLiteral("two events change Yearly seller growth in 2018-01")));
    }

    void shouldTypeIntoACellAndAddAndRemoveRowsByKeyboard()
    {
        QTableView *table = m_eventsEditor->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(events().size(), std::size_t(1));
        // F2 edits the current cell; Enter commits it.
        table->setCurrentIndex(m_events->index(0, EventsTableModel::Value));
        QTest::keyClick(table, Qt::Key_F2);
        auto *line = table->findChild<QLineEdit *>();
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("35"));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("-20"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(events()[0].value, -0.2); // the delegate commits once back in the event loop
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(events().empty());
        QCOMPARE(undo()->undoText(), QStringLiteral("Remove event"));
        undo()->undo();
        QCOMPARE(events().size(), std::size_t(1));
        QCOMPARE(events()[0].value, -0.2);
        QVERIFY(!table->accessibleName().isEmpty());
    }

    void shouldEditAReportedFigureAndItsRangeAsOneUndoStepEach()
    {
        m_observationsEditor->addEntry();
        QCOMPARE(observations().size(), std::size_t(1));
        QCOMPARE(undo()->undoText(), QStringLiteral("Add observation"));
        // A year after the start, sellers, at the projection's count there.
        QCOMPARE(observations()[0].month, (YearMonth{2018, 1}));
        QCOMPARE(observations()[0].metric, ObservedMetric::Sellers);
        QCOMPARE(observations()[0].value, std::round(m_document.results().projection.sellers(12)));
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Value), QStringLiteral("19,000")));
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Low), QStringLiteral("1000")));
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::High), QStringLiteral("30000")));
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Metric),
                                        static_cast<int>(ObservedMetric::Jobs)));
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Source),
                                        QStringLiteral("Tmall Global, 2018")));
        const Observation expected{YearMonth{2018, 1}, ObservedMetric::Jobs, 19000, 1000.0, 30000.0,
                                   "Tmall Global, 2018"};
        QCOMPARE(observations()[0], expected);
        QCOMPARE(undo()->count(), 6);
        QCOMPARE(undo()->undoText(), QStringLiteral("Edit observation"));
        QCOMPARE(m_observations->index(0, ObservationsTableModel::Value).data().toString(), QStringLiteral("19,000"));
        // An empty low is no low: a single figure's range.
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Low), QString()));
        QVERIFY(!observations()[0].low.has_value());
        undo()->undo();
        QCOMPARE(observations()[0].low, std::optional<double>(1000));
    }

    void shouldGiveTheSourceTheWidthTheShortColumnsLeave()
    {
        // In a 600-pixel dock the month, metric and three figures take what their contents need
        // and the source the rest: at Qt's 100 pixels a column it had 85 and a scroll bar.
        m_observationsEditor->resize(600, 300);
        m_observationsEditor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_observationsEditor.get()));
        m_observationsEditor->addEntry();
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Source),
                                        QStringLiteral("A proxy, not a count of US sellers: foreign brands on Tmall Global")));
        QCoreApplication::processEvents();
        auto *table = m_observationsEditor->findChild<QTableView *>();
        QVERIFY(table);
        const QHeaderView *header = table->horizontalHeader();
        const int source = header->sectionSize(ObservationsTableModel::Source);
        QVERIFY2(source >= table->viewport()->width() / 3, qPrintable(QString::number(source)));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void shouldRefuseALowAboveTheValueAndKeepTheOldLow()
    {
        m_observationsEditor->addEntry();
        QVERIFY(m_observations->setData(m_observations->index(0, ObservationsTableModel::Value), QStringLiteral("5000")));
        QVERIFY(!m_observations->setData(m_observations->index(0, ObservationsTableModel::Low), QStringLiteral("6000")));
        QVERIFY(!observations()[0].low.has_value());
        Observation refused = observations()[0];
        refused.low = 6000;
        QCOMPARE(problemShown(*m_observationsEditor),
                 messageText(*eventrules::observationProblem(refused, m_document.scenario().parameters)));
        QVERIFY(!m_observations->setData(m_observations->index(0, ObservationsTableModel::Value), QStringLiteral("0")));
        QCOMPARE(observations()[0].value, 5000.0);
    }

    void shouldFollowTheDocumentWhenItIsReplaced()
    {
        Scenario scenario = centralFrom2017();
        scenario.events = {{YearMonth{2018, 3}, ParameterId::AnnualGrowthRate, 0.1, "trade war"},
                           {YearMonth{2018, 9}, ParameterId::HiresPerSeller, 0.5, "withdrawn"}};
        scenario.observations = {{YearMonth{2020, 1}, ObservedMetric::Sellers, 5000, 1000, 9000, "thousands"}};
        m_document.reset(scenario, QString());
        QCOMPARE(m_events->rowCount(), 2);
        QCOMPARE(m_observations->rowCount(), 1);
        QCOMPARE(m_events->index(1, EventsTableModel::Note).data().toString(), QStringLiteral("withdrawn"));
        QCOMPARE(m_observations->index(0, ObservationsTableModel::Low).data().toString(), QStringLiteral("1,000"));
        // A horizon of one year would leave every entry outside the scenario: refused, and no
        // row has a problem to show.
        QVERIFY(!m_document.changeParameter(ParameterId::HorizonYears, 1));
        QVERIFY(m_events->index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(m_observations->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(m_events->setData(m_events->index(0, EventsTableModel::Month), QStringLiteral("2017-06")));
    }

    // The rule of model/strandedentries.h, wherever the window changes the start or the horizon:
    // a value, a slider drag, several values at once (a fit); undo and redo step through kept
    // states only, and the scenario can always be written and read back (save, autosave).
    void shouldRefuseAStartOrHorizonThatWouldLeaveAnEntryOutside()
    {
        Scenario scenario = centralFrom2017();
        scenario.events = {{YearMonth{2021, 3}, ParameterId::AnnualGrowthRate, 0.1, "late"}};
        scenario.observations = {{YearMonth{2018, 9}, ObservedMetric::Sellers, 5000, std::nullopt, std::nullopt, "report"}};
        m_document.reset(scenario, QString());
        const auto horizon = [this] { return m_document.scenario().parameters[ParameterId::HorizonYears]; };
        const auto start = [this] { return m_document.scenario().parameters[ParameterId::Start]; };
        QSignalSpy refused(&m_document, &ScenarioDocument::editRefused);

        // 2017-01 + 4 years ends in 2021-01, two months short of the event (5 years reach it).
        QVERIFY(!m_document.changeParameter(ParameterId::HorizonYears, 4));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.last().at(0).toString(),
                 QStringLiteral("Horizon = 4 years is not valid: an event on Yearly seller growth in 2021-03 "
                                "falls outside the scenario: events fall from 2017-02 to 2021-01; with the events "
                                "and reports as they are, the valid range is 5 years to 30 years; move or remove "
                                "the entry first"));
        QCOMPARE(horizon(), 5.0);
        QCOMPARE(undo()->count(), 0);

        // A slider drag up and back down past the edge: the steps up to it kept, as one undo step.
        const int drag = ScenarioDocument::beginEditSession();
        QVERIFY(m_document.changeParameter(ParameterId::HorizonYears, 7, drag));
        QVERIFY(m_document.changeParameter(ParameterId::HorizonYears, 6, drag));
        QVERIFY(!m_document.changeParameter(ParameterId::HorizonYears, 4, drag));
        QCOMPARE(horizon(), 6.0);
        QCOMPARE(undo()->count(), 1);

        // The start: at most the report's month, 2018-09.
        QVERIFY(!m_document.changeParameter(ParameterId::Start, YearMonth{2018, 10}.toIndex()));
        QVERIFY2(refused.last().at(0).toString().startsWith(
                     QStringLiteral("Start month = 2018-10 is not valid: a reported sellers figure in 2018-09")),
                 qPrintable(refused.last().at(0).toString()));
        QVERIFY(m_document.changeParameter(ParameterId::Start, YearMonth{2018, 9}.toIndex()));
        // Several values at once: 2015-01 and six years end in 2021-01, before the event; nothing
        // of it applied.
        QVERIFY(!m_document.changeParameters({{ParameterId::AnnualGrowthRate, 0.3},
                                              {ParameterId::Start, YearMonth{2015, 1}.toIndex()}},
                                             QStringLiteral("Fit")));
        QCOMPARE(start(), static_cast<double>(YearMonth{2018, 9}.toIndex()));
        QCOMPARE(undo()->count(), 2);

        // Every state undo and redo pass through keeps the entries, and reads back from a file.
        const auto keptAndReadable = [this] {
            const Scenario &now = m_document.scenario();
            QString error;
            return !eventrules::entriesProblem(now.events, now.observations, now.parameters)
                   && scenariofile::parse(scenariofile::serialize(now), &error).has_value();
        };
        QVERIFY(keptAndReadable());
        while (undo()->canUndo()) {
            undo()->undo();
            QVERIFY(keptAndReadable());
        }
        while (undo()->canRedo()) {
            undo()->redo();
            QVERIFY(keptAndReadable());
        }
        // Other parameters are not asked about the entries.
        QVERIFY(m_document.changeParameter(ParameterId::AnnualGrowthRate, 0.2));
    }

    void shouldCountTheReportsOfTheScenarioAsOpenedOrSaved()
    {
        Scenario scenario = centralFrom2017();
        scenario.observations = {{YearMonth{2018, 9}, ObservedMetric::Sellers, 5000, std::nullopt, std::nullopt, "a"},
                                 {YearMonth{2019, 9}, ObservedMetric::Sellers, 6000, std::nullopt, std::nullopt, "b"}};
        m_document.reset(scenario, QString());
        QCOMPARE(m_document.baselineObservations(), std::size_t(2));
        QVERIFY(m_document.removeObservation(0));
        QCOMPARE(m_document.baselineObservations(), std::size_t(2)); // until saved
        m_document.markSaved(QStringLiteral("/nowhere/saved.pledgecheck"));
        QCOMPARE(m_document.baselineObservations(), std::size_t(1));
    }
};

QTEST_MAIN(DatedEntriesEditorTest)
#include "datedentrieseditortest.moc"
