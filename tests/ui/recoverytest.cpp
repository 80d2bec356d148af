// Crash recovery end to end: the real window, started the way the app starts it (app/guirun's
// startWindow), in child processes of this binary that are killed with SIGKILL, then a new start
// that answers the real message boxes. Every process of one run shares temporary XDG folders.
#include "autosaver.h"
#include "documentcontroller.h"
#include "guirun.h"
#include "mainwindow.h"
#include "presetlibrary.h"
#include "recoveryfile.h"
#include "scenariodocument.h"
#include "scenariofile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace pledgecheck;

namespace {

constexpr char kEditAndWaitFlag[] = "--edit-and-wait";

// The edits a child makes through the real editor widgets (and the document, for the
// distribution, whose dialog has its own tests).
void editLikeAUser(MainWindow &window)
{
    const auto typeInto = [&window](const char *name, const QString &text) {
        auto *box = window.findChild<QDoubleSpinBox *>(QLatin1String(name));
        if (!box)
            qFatal("no spin box %s", name);
        QLineEdit *edit = box->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    typeInto("value_hires_per_seller", QStringLiteral("7"));
    typeInto("value_side_business_share", QStringLiteral("40")); // rates are typed in percent
    window.document()->changeDistribution(ParameterId::AnnualGrowthRate,
                                          Distribution::triangular(0.2, 0.3, 0.5));
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("scenarioName"));
    // The scenario's details may be a tab behind another, where they take no keys: to the front.
    window.findChild<QDockWidget *>(QStringLiteral("scenarioDock"))->raise();
    if (!QTest::qWaitFor([name] { return name->isEnabled(); }))
        qFatal("the scenario's details never came to the front");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Crash test"));
    window.findChild<QPlainTextEdit *>(QStringLiteral("scenarioNote"))
        ->setPlainText(QStringLiteral("Assumptions: tester's guess.\nSecond line, ünïcödé."));
}

// Answers every message box that comes up while it lives, as a user would click: with the button
// of the role choose() names for the box's text, or the Escape key for InvalidRole. Records each
// box's text and icon.
class MessageBoxAnswerer : public QObject
{
public:
    struct Seen {
        QString text;
        QMessageBox::Icon icon;
    };

    explicit MessageBoxAnswerer(std::function<QMessageBox::ButtonRole(const QString &)> choose)
        : m_choose(std::move(choose))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] { answer(); });
        m_timer.start(20);
    }

    QList<Seen> seen;
    std::function<void()> onQuestion; ///< runs while a box is up, before it is answered

private:
    void answer()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->property("answered").toBool())
            return;
        box->setProperty("answered", true);
        const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
        seen.append({text, box->icon()});
        if (onQuestion)
            onQuestion();
        const QMessageBox::ButtonRole role = m_choose(text);
        if (role == QMessageBox::InvalidRole) {
            QTest::keyClick(box, Qt::Key_Escape);
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole buttonRole = box->buttonRole(button);
            // A yes is an accept, a no a destructive choice, for older boxes without the roles.
            if (buttonRole == role || (role == QMessageBox::AcceptRole && buttonRole == QMessageBox::YesRole)
                || (role == QMessageBox::DestructiveRole && buttonRole == QMessageBox::NoRole)) {
                button->click();
                return;
            }
        }
        qWarning("no button of role %d on \"%s\"", int(role), qPrintable(text));
        box->reject();
    }

    std::function<QMessageBox::ButtonRole(const QString &)> m_choose;
    QTimer m_timer;
};

QMessageBox::ButtonRole always(QMessageBox::ButtonRole role, const QString &)
{
    return role;
}

// Child: starts the window on the scenario file in argv (or the default preset), edits, waits for
// the autosave, prints its recovery file's path, the scenario and "ready", then idles until it
// is killed.
int editAndWait(const QStringList &arguments)
{
    CommandLineOptions options;
    if (arguments.size() > 2)
        options.scenarioFile = arguments.at(2);
    MainWindow window;
    {
        // Work left by a window killed before this one is kept for the parent to find.
        MessageBoxAnswerer notNow(std::bind_front(always, QMessageBox::RejectRole));
        startWindow(window, options);
    }
    editLikeAUser(window);
    if (!QTest::qWaitFor([&] { return QFile::exists(window.autosaver()->recoveryFilePath()); },
                         15000)) {
        std::fputs("no recovery file after 15 s\n", stderr);
        return 1;
    }
    std::fputs(QFile::encodeName(window.autosaver()->recoveryFilePath()).constData(), stdout);
    std::fputs("\n", stdout);
    std::fputs(scenariofile::serialize(window.document()->scenario()).constData(), stdout);
    std::fputs("\nready\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    std::vector<std::unique_ptr<QProcess>> m_children;

    QString recoveryFolder() const { return Autosaver::recoveryFolder(); }

    QStringList recoveryFiles() const
    {
        return QDir(recoveryFolder()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

    struct ChildWork {
        Scenario scenario;
        QString recoveryFile;
    };

    // A child that opened @p scenarioFile (or the default preset), edited and autosaved, and is
    // still running: the scenario it holds and its recovery file.
    ChildWork startEditingChild(QProcess *&child, const QString &scenarioFile = QString())
    {
        m_children.push_back(std::make_unique<QProcess>());
        child = m_children.back().get();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QString::fromLatin1(kEditAndWaitFlag)};
        if (!scenarioFile.isEmpty())
            arguments << scenarioFile;
        child->start(QCoreApplication::applicationFilePath(), arguments);
        QByteArray output;
        while (!output.endsWith("\nready\n")) {
            if (!child->waitForReadyRead(30000)) {
                qWarning("child said: %s", output.constData());
                return {};
            }
            output += child->readAllStandardOutput();
        }
        output.chop(int(qstrlen("\nready\n")));
        const qsizetype endOfPath = output.indexOf('\n');
        const auto scenario = scenariofile::parse(output.mid(endOfPath + 1), nullptr);
        return {scenario ? *scenario : Scenario{}, QFile::decodeName(output.left(endOfPath))};
    }

    static void kill(QProcess *child)
    {
        child->kill(); // SIGKILL: no destructor, no closeEvent, the lock file left behind
        child->waitForFinished(10000);
    }

    // Closes @p window discarding its changes, as a user answering "Discard" would.
    static void closeDiscarding(MainWindow &window)
    {
        window.controller()->setSaveQuestion([](const QString &) { return QMessageBox::Discard; });
        window.close();
    }

    Scenario editedDefaultPreset() const
    {
        Scenario scenario = *presetlibrary::load(QString::fromLatin1(presetlibrary::kDefaultPreset), nullptr);
        scenario.setParameter(ParameterId::HiresPerSeller, 7);
        scenario.setParameter(ParameterId::SideBusinessShare, 0.4);
        scenario.setParameter(ParameterId::AnnualGrowthRate, 0.3);
        scenario.uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.2, 0.3, 0.5));
        scenario.name = "Crash test";
        scenario.note = "Assumptions: tester's guess.\nSecond line, ünïcödé.";
        return scenario;
    }

private slots:
    void init() { QDir(recoveryFolder()).removeRecursively(); }

    void cleanup()
    {
        for (const auto &child : m_children)
            kill(child.get());
        m_children.clear();
    }

    void shouldOfferTheWorkOfAKilledWindowBackExactlyAsItWas()
    {
        const QString original = m_files.filePath(QStringLiteral("original.json"));
        QVERIFY(scenariofile::write(
            original, *presetlibrary::load(QString::fromLatin1(presetlibrary::kDefaultPreset), nullptr),
            nullptr));
        QProcess *child = nullptr;
        const auto [edited, leftover] = startEditingChild(child, original);
        QCOMPARE(edited.parameters[ParameterId::HiresPerSeller], 7.0);
        QCOMPARE(edited.parameters[ParameterId::SideBusinessShare], 0.4);
        QCOMPARE(edited.uncertainty[ParameterId::AnnualGrowthRate],
                 Distribution::triangular(0.2, 0.3, 0.5));
        QCOMPARE(edited.name, std::string("Crash test"));
        QCOMPARE(edited.note, std::string("Assumptions: tester's guess.\nSecond line, ünïcödé."));
        QCOMPARE(edited, editedDefaultPreset());
        kill(child);
        QVERIFY2(QFile::exists(leftover), "a killed window leaves its work behind");
        const auto written = recoveryfile::read(leftover, nullptr);
        QVERIFY(written);

        // The next start, as guirun does it: the default preset opened (a reset), then the offer.
        MainWindow window;
        MessageBoxAnswerer answerer(
            [](const QString &) { return QMessageBox::AcceptRole; }); // Restore
        bool leftoverThereWhenAsked = false;
        answerer.onQuestion = [&] { leftoverThereWhenAsked = QFile::exists(leftover); };
        startWindow(window, CommandLineOptions{});

        QCOMPARE(answerer.seen.size(), 1);
        const QString question = answerer.seen.constFirst().text;
        QVERIFY2(question.contains(QFileInfo(original).absoluteFilePath()), qPrintable(question));
        QVERIFY2(question.contains(QLocale().toString(written->autosavedAt.toLocalTime(),
                                                      QLocale::ShortFormat)),
                 qPrintable(question));
        QVERIFY2(leftoverThereWhenAsked, "the start-up deleted the work before offering it");
        QCOMPARE(window.document()->scenario(), edited);
        QVERIFY(window.document()->isModified());
        QVERIFY2(window.document()->filePath().isEmpty(), "restored work opens untitled");
        QVERIFY(window.isWindowModified());
        // The restored work is this window's now: in its own file, the old one gone.
        QVERIFY(!QFile::exists(leftover));
        const auto own = recoveryfile::read(window.autosaver()->recoveryFilePath(), nullptr);
        QVERIFY(own);
        QCOMPARE(own->scenario, edited);
        closeDiscarding(window);
        QVERIFY(recoveryFiles().isEmpty());
    }

    // Format 4: a killed window's scenario held events and reports; the restored work holds
    // them all, with the edits made after they were opened.
    void shouldBringBackTheEventsAndReportsOfAKilledWindow()
    {
        const QString original = m_files.filePath(QStringLiteral("what-happened.pledgecheck"));
        const Scenario story = *presetlibrary::load(QStringLiteral("what-happened"), nullptr);
        QVERIFY(!story.events.empty() && !story.observations.empty());
        QVERIFY(scenariofile::write(original, story, nullptr));
        QProcess *child = nullptr;
        const auto [edited, leftover] = startEditingChild(child, original);
        QCOMPARE(edited.parameters[ParameterId::HiresPerSeller], 7.0);
        QCOMPARE(edited.events, story.events);
        QCOMPARE(edited.observations, story.observations);
        kill(child);

        MainWindow window;
        MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::AcceptRole)); // Restore
        startWindow(window, CommandLineOptions{});
        QCOMPARE(answerer.seen.size(), 1);
        QCOMPARE(window.document()->scenario(), edited);
        QVERIFY(!QFile::exists(leftover));
        closeDiscarding(window);
        QVERIFY(recoveryFiles().isEmpty());
    }

    void shouldKeepTheWorkOfAKilledWindowUntilTheUserChooses()
    {
        QProcess *child = nullptr;
        const QString leftover = startEditingChild(child).recoveryFile;
        kill(child);
        QCOMPARE(recoveryFiles(), QStringList{QFileInfo(leftover).fileName()});

        // A start opening a file on the command line: a reset, then the offer. "Not Now" keeps it.
        const QString file = m_files.filePath(QStringLiteral("opened.json"));
        QVERIFY(scenariofile::write(file, Scenario{}, nullptr));
        CommandLineOptions options;
        options.scenarioFile = file;
        {
            MainWindow window;
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::RejectRole));
            startWindow(window, options);
            QCOMPARE(answerer.seen.size(), 1);
            QVERIFY(answerer.seen.constFirst().text.contains("an untitled scenario (\"Crash test\")"));
            QCOMPARE(window.document()->filePath(), QFileInfo(file).absoluteFilePath());
            QVERIFY(!window.document()->isModified());
            window.close();
        }
        QVERIFY2(QFile::exists(leftover), "not now keeps the work");

        {
            MainWindow window;
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::InvalidRole));
            startWindow(window, options);
            QCOMPARE(answerer.seen.size(), 1);
            window.close();
        }
        QVERIFY2(QFile::exists(leftover), "closing the question with Escape keeps the work");

        {
            MainWindow window;
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::DestructiveRole));
            startWindow(window, options);
            QCOMPARE(answerer.seen.size(), 1);
            QVERIFY(!window.document()->isModified());
            window.close();
        }
        QVERIFY2(!QFile::exists(leftover), "discarded work is gone");
        QVERIFY(recoveryFiles().isEmpty());
    }

    void shouldNeverOfferOrTouchTheWorkOfALiveWindow()
    {
        QProcess *child = nullptr;
        const auto [edited, live] = startEditingChild(child);
        QCOMPARE(recoveryFiles(), QStringList{QFileInfo(live).fileName()});
        QFile liveFile(live);
        QVERIFY(liveFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = liveFile.readAll();
        liveFile.close();
        // A lock an hour old is still a live window's: only a dead process makes it stale.
        QFile lock(live + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
        lock.close();

        {
            MainWindow window;
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::DestructiveRole));
            startWindow(window, CommandLineOptions{});
            QCOMPARE(answerer.seen.size(), 0);
            closeDiscarding(window);
        }
        QVERIFY(liveFile.open(QIODevice::ReadOnly));
        QCOMPARE(liveFile.readAll(), bytes);
        liveFile.close();

        // Once its process has died, the same work is offered.
        kill(child);
        MainWindow window;
        MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::AcceptRole));
        startWindow(window, CommandLineOptions{});
        QCOMPARE(answerer.seen.size(), 1);
        QCOMPARE(window.document()->scenario(), edited);
        closeDiscarding(window);
    }

    void shouldKeepEveryWindowsRecoveryFileApart()
    {
        MainWindow first;
        startWindow(first, CommandLineOptions{});
        first.document()->changeParameter(ParameterId::HiresPerSeller, 7);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(first.autosaver()->recoveryFilePath()), 10000);

        // A second window starting (a reset, an offer) neither offers nor deletes the first's.
        auto second = std::make_unique<MainWindow>();
        {
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::DestructiveRole));
            startWindow(*second, CommandLineOptions{});
            QCOMPARE(answerer.seen.size(), 0);
        }
        QVERIFY(QFile::exists(first.autosaver()->recoveryFilePath()));
        second->document()->changeParameter(ParameterId::HiresPerSeller, 9);
        QVERIFY(second->autosaver()->saveNow());
        QVERIFY(second->autosaver()->recoveryFilePath() != first.autosaver()->recoveryFilePath());
        QCOMPARE(recoveryFiles().size(), 2);
        QCOMPARE(recoveryfile::read(first.autosaver()->recoveryFilePath(), nullptr)
                     ->scenario.parameters[ParameterId::HiresPerSeller],
                 7.0);

        // Closing one (discarding its work) removes its own file only.
        const QString secondFile = second->autosaver()->recoveryFilePath();
        closeDiscarding(*second);
        second.reset();
        QVERIFY(!QFile::exists(secondFile));
        QVERIFY(QFile::exists(first.autosaver()->recoveryFilePath()));

        // A save that fails keeps the work recoverable; one that succeeds removes the file.
        QStringList errors;
        first.controller()->setErrorReporter(
            [&errors](const QString &, const QString &message) { errors << message; });
        QVERIFY(!first.controller()->saveTo(m_files.filePath(QStringLiteral("no/such/folder/a.json"))));
        QCOMPARE(errors.size(), 1);
        QVERIFY(QFile::exists(first.autosaver()->recoveryFilePath()));
        QVERIFY(first.controller()->saveTo(m_files.filePath(QStringLiteral("saved.json"))));
        QVERIFY(!QFile::exists(first.autosaver()->recoveryFilePath()));
        QVERIFY(recoveryFiles().isEmpty());
    }

    void shouldOfferSeveralLeftoversNewestFirst()
    {
        const QString olderOriginal = m_files.filePath(QStringLiteral("older.json"));
        const QString newerOriginal = m_files.filePath(QStringLiteral("newer.json"));
        QVERIFY(scenariofile::write(olderOriginal, Scenario{}, nullptr));
        QVERIFY(scenariofile::write(newerOriginal, Scenario{}, nullptr));
        QProcess *older = nullptr;
        QProcess *newer = nullptr;
        const QString olderFile = startEditingChild(older, olderOriginal).recoveryFile;
        kill(older);
        startEditingChild(newer, newerOriginal);
        kill(newer);
        QCOMPARE(recoveryFiles().size(), 2);

        MainWindow window;
        int asked = 0;
        MessageBoxAnswerer answerer([&asked](const QString &) {
            // The newest is discarded; the older one behind it is restored.
            return ++asked == 1 ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole;
        });
        startWindow(window, CommandLineOptions{});
        QCOMPARE(answerer.seen.size(), 2);
        const QString first = answerer.seen.at(0).text;
        const QString second = answerer.seen.at(1).text;
        QVERIFY2(first.contains(newerOriginal) && first.contains("1 more"), qPrintable(first));
        QVERIFY2(second.contains(olderOriginal) && !second.contains("more"), qPrintable(second));
        QVERIFY(window.document()->isModified());
        QVERIFY2(!QFile::exists(olderFile), "the restored one is this window's now");
        QCOMPARE(recoveryFiles(),
                 QStringList{QFileInfo(window.autosaver()->recoveryFilePath()).fileName()});
        closeDiscarding(window);
    }

    void shouldSayWhereAnUnreadableRecoveryFileIsKept()
    {
        QVERIFY(QDir().mkpath(recoveryFolder()));
        const QString path = recoveryFolder() + QStringLiteral("/from-a-newer-version.json");
        const QByteArray bytes = R"({"format": "pledgecheck-recovery", "version": 99})";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        {
            MainWindow window;
            MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::AcceptRole));
            startWindow(window, CommandLineOptions{});
            QCOMPARE(answerer.seen.size(), 1);
            const QString message = answerer.seen.constFirst().text;
            QCOMPARE(answerer.seen.constFirst().icon, QMessageBox::Warning);
            QVERIFY2(message.contains("newer"), qPrintable(message));
            const QString keptAt = recoveryFolder() + QStringLiteral("/unreadable/from-a-newer-version.json");
            QVERIFY2(message.contains(keptAt), qPrintable(message));
            QFile kept(keptAt);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), bytes);
            QVERIFY(!window.document()->isModified());
            window.close();
        }
        // Said once: the next start does not ask again.
        MainWindow window;
        MessageBoxAnswerer answerer(std::bind_front(always, QMessageBox::AcceptRole));
        startWindow(window, CommandLineOptions{});
        QCOMPARE(answerer.seen.size(), 0);
        QVERIFY(QFile::exists(recoveryFolder() + QStringLiteral("/unreadable/from-a-newer-version.json")));
    }
};

int main(int argc, char **argv)
{
    const bool child = argc > 1 && qstrcmp(argv[1], kEditAndWaitFlag) == 0;
    // The parent's folders, inherited by its children: nothing touches the user's own.
    std::unique_ptr<QTemporaryDir> home;
    if (!child) {
        home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", QFile::encodeName(home->filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home->filePath(QStringLiteral("config"))));
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("RecoveryTests"));
    if (child)
        return editAndWait(QCoreApplication::arguments());
    RecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "recoverytest.moc"
