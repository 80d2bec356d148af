// The model's messages in the window under the German catalogue: every message id has a German
// template, and values typed into the window are refused in German, naming the valid range in
// German numbers and months. Expected texts are put together here by hand from the catalogue's
// entries (translations/pledgecheck_de.ts: the "ModelMessage" templates, the parameters' labels
// and units, "%1 bis %2", the month format MM.yyyy), never read off the window.
#include "datedentrieseditor.h"
#include "datedentriesproblem.h"
#include "eventstablemodel.h"
#include "mainwindowfixture.h"
#include "modelmessage.h"
#include "windowlanguage.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>

using namespace pledgecheck;

class ModelMessagesTranslationTest : public MainWindowFixture
{
    Q_OBJECT

    // Types @p text over a cell of @p table and presses Enter, as a user would.
    static void typeIntoCell(QTableView *table, int row, int column, const QString &text)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->setFocus();
        table->setCurrentIndex(index);
        table->edit(index);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY2(editor, "the cell opens a line edit");
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits the text queued, after the key
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes
    }

    QString statusShown() const { return m_window->statusBar()->currentMessage(); }

private slots:
    void initTestCase()
    {
        forgetSettings();
        QVERIFY(installWindowLanguage(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    }

    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    // Every id the model gives has its template in the German catalogue: an id added without one
    // (or a template reworded without refreshing the catalogue) fails here, by id.
    void everyMessageIdHasAGermanTemplate()
    {
        QStringList missing;
        for (int i = 0; i < static_cast<int>(MessageId::Count); ++i) {
            const char *english = messageTemplate(static_cast<MessageId>(i));
            const QString german = QCoreApplication::translate("ModelMessage", english);
            // A template of placeholders and stops alone ("%1: %2") reads the same in German.
            const bool wordless = !QString::fromLatin1(english).contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
            if (german.isEmpty() || (german == QLatin1String(english) && !wordless))
                missing << QStringLiteral("%1: %2").arg(i).arg(QLatin1String(english));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // Growth typed as 2,000 % a year into the parameter panel, past the table's 1,000 %.
    void refusesATypedGrowthInGerman()
    {
        auto *growth = child<QDoubleSpinBox>(QStringLiteral("value_annual_growth_rate"));
        typeInto(growth, QStringLiteral("2000"));
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.35);
        QCOMPARE(child<QLabel>(QStringLiteral("message_annual_growth_rate"))->text(),
                 QStringLiteral("2.000 % pro Jahr liegt außerhalb des gültigen Bereichs, -50 bis 1.000 % pro Jahr: "
                                "nicht übernommen."));
    }

    // A logistic market below the starting sellers: a rule across two parameters, the model's
    // Parameters::validate(), shown in the status bar. The central preset starts with 7,000 sellers.
    void refusesAMarketBelowTheSellersInGerman()
    {
        auto *curve = child<QComboBox>(QStringLiteral("value_growth_model"));
        curve->setFocus();
        QTest::keyClick(curve, Qt::Key_Down); // exponential, then logistic
        QCOMPARE(document()->scenario().parameters.growthModel(), GrowthModel::Logistic);
        QCOMPARE(value(ParameterId::InitialSellers), 7000.0);
        typeInto(child<QDoubleSpinBox>(QStringLiteral("value_market_size")), QStringLiteral("5000"));
        QVERIFY(value(ParameterId::MarketSize) != 5000.0);
        QCOMPARE(statusShown(),
                 QStringLiteral("Marktgröße (logistische Obergrenze) = 5.000 Händler liegt unter Händler zu Beginn = "
                                "7.000 Händler: bei logistischem Wachstum muss der Markt mindestens die Händler zu "
                                "Beginn fassen"));
    }

    // An event's new growth typed as 2,000 %, then its month typed past the horizon. The central
    // preset runs from 2017-01 for five years: events fall from 2017-02 to 2022-01; a new event
    // falls a year after the first month, in 2018-01.
    void refusesAnEventsValueAndMonthInGerman()
    {
        auto *dock = child<QWidget>(QStringLiteral("eventsDock"));
        dock->show();
        dock->raise(); // a tab behind the others on a small screen
        auto *editor = dock->findChild<DatedEntriesEditor *>();
        QVERIFY(editor);
        editor->addEntry();
        const ScenarioEvents added = document()->scenario().events;
        QCOMPARE(added.size(), std::size_t{1});
        QCOMPARE(added[0].month, (YearMonth{2018, 1}));

        typeIntoCell(editor->table(), 0, EventsTableModel::Value, QStringLiteral("2000"));
        QCOMPARE(document()->scenario().events, added);
        const QString valueRefused = QStringLiteral(
            "Ereignis im 01.2018: Jährliches Händlerwachstum = 2.000 % pro Jahr ist ungültig: der gültige Bereich "
            "ist -50 bis 1.000 % pro Jahr");
        QCOMPARE(problemShown(*editor), valueRefused);
        QCOMPARE(statusShown(), valueRefused);

        typeIntoCell(editor->table(), 0, EventsTableModel::Month, QStringLiteral("2030-01"));
        QCOMPARE(document()->scenario().events, added);
        QCOMPARE(problemShown(*editor),
                 QStringLiteral("Ein Ereignis für Jährliches Händlerwachstum im 01.2030 liegt außerhalb des "
                                "Szenarios: Ereignisse liegen zwischen 02.2017 und 01.2022"));
    }
};

QTEST_MAIN(ModelMessagesTranslationTest)
#include "modelmessagestranslationtest.moc"
