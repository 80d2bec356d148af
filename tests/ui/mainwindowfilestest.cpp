// The File menu's work in the real main window, offscreen: save and reopen, files that cannot be
// read or written, the question before unsaved work is dropped, revert, the chart and data
// exports, the yearly table's copy, and the status bar's word after each.
#include "fulldisk.h"
#include "mainwindowfixture.h"
#include "openfilelock.h"
#include "scenariofile.h"
#include "yearlytableview.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLockFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/stat.h>

using namespace pledgecheck;

class MainWindowFilesTest : public MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { forgetSettings(); }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void shouldSaveAndReopenWhatWasEdited()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("mine.json");
        typeInto(child<QDoubleSpinBox>("value_hires_per_seller"), "3");
        QVERIFY(m_window->controller()->saveTo(path));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains("(mine.json)"));
        QCOMPARE(m_window->controller()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        QVERIFY(m_window->controller()->newFromPreset("sceptic"));
        QVERIFY(m_window->controller()->openFile(path));
        QCOMPARE(value(ParameterId::HiresPerSeller), 3.0);
        QCOMPARE(child<QDoubleSpinBox>("value_hires_per_seller")->value(), 3.0);
    }

    void shouldKeepTheOpenDocumentWhenAFileCannotBeRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("broken.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"pledgecheck-scenario\", \"version\": 1}");
        file.close();
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->openFile(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].contains("missing key \"name\""));
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
        QVERIFY(m_window->isWindowModified());
    }

    void shouldSayWhyASaveFailedAndKeepTheChanges()
    {
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->saveTo("/nonexistent-folder/x.json"));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].contains("cannot write /nonexistent-folder/x.json"));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
    }

    void shouldKeepTheSavedFileWholeWhenTheDiskIsFull()
    {
        // The what-happened story saved on a 64 KiB disk, edited, then saved again once the disk
        // is full, and with a page free: each save fails naming the reason, the file on disk is the
        // one saved before, byte for byte, and the edits stay open and unsaved.
        FullDisk disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.filePath("story.pledgecheck");
        QVERIFY(m_window->controller()->newFromPreset("what-happened"));
        QVERIFY(m_window->controller()->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray before = saved.readAll();
        saved.close();
        QVERIFY(document()->removeEvent(0));
        QVERIFY(document()->changeParameter(ParameterId::HiresPerSeller, 4));
        for (const qint64 spare : {qint64{0}, qint64{4096}}) {
            QVERIFY(disk.fill(spare));
            m_errors.clear();
            QVERIFY(!m_window->controller()->save());
            QCOMPARE(m_errors.size(), 1);
            QVERIFY2(m_errors[0].contains("cannot write " + path + ": No space left on device"), qPrintable(m_errors[0]));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.readAll(), before);
            saved.close();
            QVERIFY(m_window->isWindowModified());
            QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
        }
        m_errors.clear();
    }

    void shouldRefuseToSaveOrExportOverAPipeSayingWhy()
    {
        QTemporaryDir folder;
        const QString pipe = folder.filePath("pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->saveTo(pipe));
        QVERIFY(!m_window->controller()->exportDataTo(pipe));
        QVERIFY(!m_window->controller()->exportChartTo(ChartKind::Jobs, pipe, QSize(800, 450)));
        QCOMPARE(m_errors.size(), 3);
        for (const QString &message : std::as_const(m_errors))
            QVERIFY2(message.startsWith("cannot write " + pipe
                                        + ": it is a named pipe (FIFO), not a regular file"),
                     qPrintable(message));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(pipe).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QVERIFY(m_window->isWindowModified());
    }

    void shouldAskBeforeDroppingUnsavedChanges()
    {
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        m_answer = QMessageBox::Cancel;
        QVERIFY(!m_window->controller()->maybeSave());
        QVERIFY(!m_window->close());
        QCOMPARE(m_questions, 2);
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->close());
    }

    void shouldRevertToTheSavedFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("saved.json");
        QVERIFY(m_window->controller()->saveTo(path));
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(m_window->controller()->revert());
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.0);
        QVERIFY(!m_window->isWindowModified());
    }

    void shouldSayWhileAnotherWindowHasTheFileOpen()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("shared.pledgecheck");
        QVERIFY(m_window->controller()->saveTo(path));
        auto *notice = m_window->findChild<QLabel *>("openElsewhereNotice");
        QVERIFY(notice);
        QVERIFY(!m_window->controller()->isOpenElsewhere());
        QVERIFY(notice->isHidden());
        // The window holds the file's lock: another holder is refused it.
        QLockFile probe(OpenFileLock::lockPathOf(path));
        probe.setStaleLockTime(0);
        QVERIFY(!probe.tryLock(0));

        // A second window opens the same file, by another name for it (a link): it says so, in
        // words, for as long as the first has the file, and opens it all the same.
        const QString link = folder.filePath("link.pledgecheck");
        QVERIFY(QFile::link(path, link));
        auto second = std::make_unique<MainWindow>();
        second->controller()->setErrorReporter([this](const QString &, const QString &message) { m_errors << message; });
        second->show();
        QVERIFY(second->controller()->openFile(link));
        QVERIFY(second->controller()->isOpenElsewhere());
        auto *secondNotice = second->findChild<QLabel *>("openElsewhereNotice");
        QVERIFY(secondNotice->isVisible());
        QCOMPARE(secondNotice->text(), QString("Also open in another PledgeCheck window"));
        QVERIFY(m_errors.isEmpty());

        // The first lets it go (a preset opened in its place): the second takes the lock when it
        // looks again, at its next save here, and the notice goes.
        QVERIFY(m_window->controller()->newFromPreset("sceptic"));
        QVERIFY(second->controller()->saveTo(link));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!second->controller()->isOpenElsewhere());
        QVERIFY(secondNotice->isHidden());
        QVERIFY(!probe.tryLock(0));

        // Gone, it lets go: the lock is free.
        second.reset();
        QVERIFY(probe.tryLock(0));
    }

    void shouldExportTheMonthlyDataAsCsv()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("data.csv");
        QVERIFY(m_window->controller()->exportDataTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 62);
        QVERIFY(lines[1].startsWith("2017-01,7000,"));
    }

    void shouldExportTheChartAsPngAtTheChosenSize()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("jobs.png");
        QVERIFY(m_window->controller()->exportChartTo(ChartKind::Jobs, path, QSize(1600, 900)));
        QCOMPARE(QImage(path).size(), QSize(1600, 900));
        QVERIFY(!m_window->controller()->exportChartTo(ChartKind::Jobs, folder.filePath("no/x.png"),
                                                      QSize(800, 600)));
        QCOMPARE(m_errors.size(), 1);
    }

    void shouldCopyTheYearlyTableAsTabSeparatedNumbers()
    {
        auto *table = child<YearlyTableView>("yearlyTable");
        QCOMPARE(table->model()->rowCount(), 6);
        table->selectAll();
        const QStringList lines = table->selectionAsText().trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        // The jobs column counts the jobs created since the start: none in 2017-01, of the 1,233.75
        // linked ((1120 + 525) x 0.75).
        QCOMPARE(lines[0], QString("Month\tSellers\tHiring sellers\tDirect jobs\tService jobs\tJobs created\t"
                                   "Export-supported jobs"));
        QVERIFY(lines[1].startsWith("2017-01\t7000\t1120\t1120\t525\t0\t"));
        document()->changeParameter(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
        const QStringList linked = table->selectionAsText().trimmed().split('\n');
        QVERIFY(linked[0].contains("\tJobs linked\t"));
        QVERIFY(linked[1].startsWith("2017-01\t7000\t1120\t1120\t525\t1233.75\t"));
        document()->changeParameter(ParameterId::HorizonYears, 10);
        QCOMPARE(table->model()->rowCount(), 11);
    }

    // Issue 12, item 9: a word in the status bar after Save, Export and Copy.
    void shouldConfirmSavesExportsAndCopiesInTheStatusBar()
    {
        QStatusBar *status = m_window->statusBar();
        QTemporaryDir folder;
        const QString scenario = QFileInfo(folder.filePath("mine.json")).absoluteFilePath();
        QVERIFY(m_window->controller()->saveTo(scenario));
        QCOMPARE(status->currentMessage(), "Saved " + scenario);
        const QString csv = QFileInfo(folder.filePath("data.csv")).absoluteFilePath();
        QVERIFY(m_window->controller()->exportDataTo(csv));
        QCOMPARE(status->currentMessage(), "Exported the data to " + csv);
        const QString png = QFileInfo(folder.filePath("jobs.png")).absoluteFilePath();
        QVERIFY(m_window->controller()->exportChartTo(ChartKind::Jobs, png, QSize(800, 450)));
        QCOMPARE(status->currentMessage(), "Exported the jobs chart to " + png);

        auto *table = child<YearlyTableView>("yearlyTable");
        QAction *copy = table->actions().value(0); // Ctrl+C on the table, and its context menu
        QVERIFY(copy && copy->shortcut() == QKeySequence(QKeySequence::Copy));
        table->clearSelection();
        copy->trigger();
        QCOMPARE(status->currentMessage(),
                 QString("Nothing copied: select rows or cells of the yearly table first"));
        table->selectAll();
        copy->trigger();
        QCOMPARE(status->currentMessage(), QString("Copied 6 rows of the yearly table"));

        // Gone after five seconds, so it never speaks of an older save.
        QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().isEmpty(), 7000);

        // A failed save says nothing here: its message box said why.
        QVERIFY(!m_window->controller()->saveTo("/nonexistent-folder/x.json"));
        QVERIFY(status->currentMessage().isEmpty());
    }

    // Two windows on one file with events and reports (format 4): both edit, one saves, then the
    // other. Before, the second save replaced the first without a word and its edit was lost.
    void shouldAskBeforeASaveReplacesWhatAnotherWindowSaved()
    {
        QTemporaryDir folder;
        const QString path = QFileInfo(folder.filePath("story.pledgecheck")).absoluteFilePath();
        QVERIFY(m_window->controller()->newFromPreset("what-happened"));
        QVERIFY(!document()->scenario().events.empty());
        QVERIFY(!document()->scenario().observations.empty());
        QVERIFY(m_window->controller()->saveTo(path));

        MainWindow other;
        other.controller()->setErrorReporter([this](const QString &, const QString &message) { m_errors << message; });
        QStringList otherQuestions;
        other.controller()->setOverwriteQuestion([&](const QString &question) {
            otherQuestions << question;
            return true;
        });
        QVERIFY(other.controller()->openFile(path));
        QStringList questions;
        bool overwrite = false;
        m_window->controller()->setOverwriteQuestion([&](const QString &question) {
            questions << question;
            return overwrite;
        });

        // Each window drops something different: the other an observation, this one an event.
        QVERIFY(other.document()->removeObservation(0));
        QVERIFY(document()->removeEvent(0));
        QVERIFY(other.controller()->save()); // the file as the other window opened it: no question
        QVERIFY(otherQuestions.isEmpty());
        const Scenario othersVersion = other.document()->scenario();
        const QByteArray othersBytes = scenariofile::serialize(othersVersion);

        // Declined: nothing written, this window's work still open and unsaved.
        QVERIFY(!m_window->controller()->save());
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions[0].startsWith(path + " has changed on disk since this window opened or saved it"),
                 qPrintable(questions[0]));
        QCOMPARE(*scenariofile::read(path, nullptr), othersVersion);
        QVERIFY(m_window->isWindowModified());
        // Closing asks to save; Save meets the same question, so the window stays open.
        m_answer = QMessageBox::Save;
        QVERIFY(!m_window->close());
        QCOMPARE(questions.size(), 2);
        QCOMPARE(*scenariofile::read(path, nullptr), othersVersion);

        // Accepted: this window's version replaces it, and the next save asks no more.
        overwrite = true;
        QVERIFY(m_window->controller()->save());
        QCOMPARE(questions.size(), 3);
        QCOMPARE(*scenariofile::read(path, nullptr), document()->scenario());
        QVERIFY(scenariofile::serialize(document()->scenario()) != othersBytes);
        QVERIFY(document()->changeParameter(ParameterId::HiresPerSeller, 4));
        QVERIFY(m_window->controller()->save());
        QCOMPARE(questions.size(), 3);

        // The other window is asked in turn (this one wrote the file since), and overwrites.
        // A revert here then reads its version, which this window may save over unasked.
        QVERIFY(other.document()->changeParameter(ParameterId::HiresPerSeller, 5));
        QVERIFY(other.controller()->save());
        QCOMPARE(otherQuestions.size(), 1);
        QVERIFY(m_window->controller()->revert());
        QCOMPARE(value(ParameterId::HiresPerSeller), 5.0);
        QVERIFY(document()->changeParameter(ParameterId::HiresPerSeller, 6));
        QVERIFY(m_window->controller()->save());
        QCOMPARE(questions.size(), 3);
        QVERIFY(m_errors.isEmpty());
    }

    void shouldSaveAsOnThePlatformsSaveAsKeys()
    {
        auto *saveAs = m_window->findChild<QAction *>("saveAsAction");
        QVERIFY(saveAs);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::SaveAs);
        // The platform's own keys where it has them; Ctrl+Shift+S (GNOME's, KDE's, macOS's)
        // where it has none, as the offscreen platform and plain X11 do.
        QCOMPARE(saveAs->shortcuts(), platform.isEmpty() ? QList{QKeySequence("Ctrl+Shift+S")} : platform);

        // The keys open the Save As dialog: cancelled, nothing is saved.
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            QWidget *dialog = QApplication::activeModalWidget();
            asked = dialog && dialog->windowTitle() == "Save Scenario As";
            if (dialog)
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), saveAs->shortcuts().constFirst());
        QVERIFY(asked);
    }
};

QTEST_MAIN(MainWindowFilesTest)
#include "mainwindowfilestest.moc"
