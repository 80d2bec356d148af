// Scenario files as the desktop hands them over: a file given on the command line (the desktop
// entry's Exec=pledgecheck %F) opens in the window, with either extension, and the file dialogs
// offer the scenarios' own extension, .pledgecheck, first while .json keeps opening.
#include "commandlineoptions.h"
#include "documentcontroller.h"
#include "guirun.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "scenariofile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pledgecheck;

namespace {

// Runs @p handle on the file dialog that @p open brings up, while it is up.
void withFileDialog(const std::function<void()> &open, const std::function<void(QFileDialog *)> &handle)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog)
            handle(dialog);
    });
    open();
    QVERIFY2(seen, "no file dialog came up");
}

} // namespace

class ScenarioFileTypeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings, recent files and recovery files of a test never meet the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckFileTypeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("PledgeCheck"));
    }

    void shouldOpenTheScenarioFileGivenOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("own extension") << "From the file manager.pledgecheck";
        QTest::newRow("older .json") << "From the file manager.json";
    }

    void shouldOpenTheScenarioFileGivenOnTheCommandLine()
    {
        QFETCH(QString, fileName);
        QTemporaryDir folder;
        const QString path = folder.filePath(fileName);
        Scenario scenario;
        scenario.name = "Opened by a double click";
        scenario.setParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(scenariofile::write(path, scenario, nullptr));

        // As the desktop starts it: the program, then the file.
        QString error;
        const auto options = CommandLineOptions::parse({QStringLiteral("pledgecheck"), path}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(!options->headless());
        MainWindow window;
        startWindow(window, *options);
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.document()->scenario(), scenario);
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.windowTitle().contains(QFileInfo(path).fileName()));
        window.close();
    }

    void shouldOpenEachOfSeveralFilesInAWindowOfItsOwn()
    {
        QTemporaryDir folder;
        QStringList arguments{QStringLiteral("pledgecheck")};
        QList<Scenario> scenarios;
        for (const char *name : {"first.pledgecheck", "second.json", "third.pledgecheck"}) {
            Scenario scenario;
            scenario.name = name;
            QVERIFY(scenariofile::write(folder.filePath(name), scenario, nullptr));
            arguments << folder.filePath(name);
            scenarios << scenario;
        }
        QString error;
        const auto options = CommandLineOptions::parse(arguments, &error);
        QVERIFY2(options, qPrintable(error));
        const auto windows = startWindows(*options);
        QCOMPARE(windows.size(), size_t(3));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(windows[i]->isVisible());
            QCOMPARE(windows[i]->document()->scenario(), scenarios[i]);
            QCOMPARE(windows[i]->document()->filePath(), QFileInfo(arguments[i + 1]).absoluteFilePath());
        }
    }

    void shouldOfferTheScenarioExtensionFirstWhenSaving()
    {
        QTemporaryDir folder;
        MainWindow window;
        window.show();
        DocumentController *controller = window.controller();

        // A name typed without an extension is saved as a .pledgecheck file.
        withFileDialog([&] { QVERIFY(controller->saveAs()); }, [&](QFileDialog *dialog) {
            QCOMPARE(dialog->nameFilters().value(0), QString("PledgeCheck scenarios (*.pledgecheck)"));
            QVERIFY(dialog->nameFilters().value(1).contains("(*.json)"));
            QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).suffix(), QString("pledgecheck"));
            dialog->selectFile(folder.filePath("typed"));
            QMetaObject::invokeMethod(dialog, "accept"); // a protected slot: as the Save button does
        });
        QCOMPARE(window.document()->filePath(), QFileInfo(folder.filePath("typed.pledgecheck")).absoluteFilePath());
        QVERIFY(QFile::exists(folder.filePath("typed.pledgecheck")));

        // With the JSON filter chosen, the same gets .json.
        withFileDialog([&] { QVERIFY(controller->saveAs()); }, [&](QFileDialog *dialog) {
            dialog->selectNameFilter(dialog->nameFilters().value(1));
            dialog->selectFile(folder.filePath("as json"));
            QMetaObject::invokeMethod(dialog, "accept"); // a protected slot: as the Save button does
        });
        QVERIFY(QFile::exists(folder.filePath("as json.json")));
        QVERIFY(scenariofile::read(folder.filePath("as json.json"), nullptr));
        window.close();
    }

    void shouldAcceptBothExtensionsWhenOpening()
    {
        MainWindow window;
        window.show();
        withFileDialog([&] { window.controller()->open(); }, [](QFileDialog *dialog) {
            const QString scenarios = dialog->nameFilters().value(0);
            QVERIFY(scenarios.contains("*.pledgecheck"));
            QVERIFY(scenarios.contains("*.json"));
            dialog->reject();
        });
        window.close();
    }
};

QTEST_MAIN(ScenarioFileTypeTest)
#include "scenariofiletypetest.moc"
