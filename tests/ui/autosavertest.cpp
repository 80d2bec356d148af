#include "autosaver.h"
#include "leftoverrecovery.h"
#include "recoveryfile.h"
#include "scenariodocument.h"
#include "yearmonth.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pledgecheck;

class AutosaverTest : public QObject
{
    Q_OBJECT

    // A data folder of this run's own: a run of these tests from another build at the same moment
    // (init() empties the recovery folder) must not delete this run's files, as the shared
    // ~/.qttest of QStandardPaths' test mode let it.
    QTemporaryDir m_home;

    static QString writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
    }

    void init() { QDir(Autosaver::recoveryFolder()).removeRecursively(); }

    void shouldKeepUnsavedChangesForTheNextSession()
    {
        ScenarioDocument document;
        document.reset(document.scenario(), "/tmp/original.json");
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 7);
        document.changeName("Unsaved work");
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(autosaver.saveNow());

        QString error;
        const auto recovered = recoveryfile::read(autosaver.recoveryFilePath(), &error);
        QVERIFY2(recovered, qPrintable(error));
        QCOMPARE(recovered->scenario, document.scenario());
        QCOMPARE(recovered->scenario.name, std::string("Unsaved work"));
        QCOMPARE(recovered->originalPath, QString("/tmp/original.json"));
        QVERIFY(recovered->autosavedAt >= before.addMSecs(-1));
        QVERIFY(recovered->autosavedAt <= QDateTime::currentDateTimeUtc());
    }

    void shouldWriteAfterAPauseInEditing()
    {
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 3);
        QVERIFY2(!QFile::exists(autosaver.recoveryFilePath()), "not on every step");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.recoveryFilePath()), 5000);
    }

    // Issue 13: an edit of the events or of the reported figures alone is unsaved work too.
    void shouldWriteAfterAnEditOfTheEventsOrTheReportedFigures()
    {
        for (const bool event : {true, false}) {
            ScenarioDocument document;
            Autosaver autosaver(&document);
            const YearMonth month = YearMonth::fromIndex(
                static_cast<int>(document.scenario().parameters[ParameterId::Start]) + 12);
            QVERIFY(event ? document.addEvent({month, ParameterId::AnnualGrowthRate, 0.1, "trade war"})
                          : document.addObservation({month, ObservedMetric::Sellers, 9000, {}, {}, "report"}));
            QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.recoveryFilePath()), 5000);
        }
    }

    void shouldForgetTheRecoveryOnceSaved()
    {
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 7);
        autosaver.saveNow();
        QVERIFY(QFile::exists(autosaver.recoveryFilePath()));
        document.markSaved("/tmp/somewhere.json");
        QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));
    }

    void shouldGiveEveryWindowItsOwnFile()
    {
        ScenarioDocument first, second;
        Autosaver firstSaver(&first), secondSaver(&second);
        QVERIFY(firstSaver.recoveryFilePath() != secondSaver.recoveryFilePath());
        first.changeParameter(ParameterId::HiresPerSeller, 7);
        second.changeParameter(ParameterId::HiresPerSeller, 8);
        QVERIFY(firstSaver.saveNow());
        QVERIFY(secondSaver.saveNow());
        second.markSaved("/tmp/second.json");
        QVERIFY(!QFile::exists(secondSaver.recoveryFilePath()));
        QVERIFY2(QFile::exists(firstSaver.recoveryFilePath()), "a save removes its own file only");
    }

    void shouldNeverClaimTheFileOfALiveWindow()
    {
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 7);
        QVERIFY(autosaver.saveNow());
        QVERIFY(LeftoverRecovery::claimAll(Autosaver::recoveryFolder()).empty());
        QVERIFY(QFile::exists(autosaver.recoveryFilePath()));
    }

    void shouldLeaveTheWorkOfAWindowDestroyedUnsavedToBeOffered()
    {
        QString path;
        {
            ScenarioDocument document;
            Autosaver autosaver(&document);
            document.changeParameter(ParameterId::HiresPerSeller, 7);
            QVERIFY(autosaver.saveNow());
            path = autosaver.recoveryFilePath();
        }
        const auto leftovers = LeftoverRecovery::claimAll(Autosaver::recoveryFolder());
        QCOMPARE(leftovers.size(), std::size_t(1));
        QCOMPARE(leftovers.front()->path(), path);
        QVERIFY(leftovers.front()->contents());
        QCOMPARE(leftovers.front()->contents()->scenario.parameters[ParameterId::HiresPerSeller], 7.0);
        // Claimed: another start in the meantime does not offer it twice.
        QVERIFY(LeftoverRecovery::claimAll(Autosaver::recoveryFolder()).empty());
    }

    // The recovery file is read as strictly as a scenario file: only a regular file (a pipe
    // would block the start), and no key twice (the scenario inside was re-serialised before,
    // which dropped the second of two keys without a word).
    void shouldReadARecoveryFileAsStrictlyAsAScenario()
    {
        QTemporaryDir folder;
        const QString pipe = folder.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        QString error;
        QVERIFY(!recoveryfile::read(pipe, &error));
        QCOMPARE(error, pipe + QStringLiteral(": the path is a pipe, not a regular file"));

        recoveryfile::Contents contents;
        contents.autosavedAt = QDateTime::currentDateTimeUtc();
        QByteArray json = recoveryfile::serialize(contents);
        const QString path = folder.filePath(QStringLiteral("twice.json"));
        QVERIFY(recoveryfile::read(writeBytes(path, json), &error));
        json.replace("\"hires_per_seller\": 1,", "\"hires_per_seller\": 1,\n\"hires_per_seller\": 2,");
        QVERIFY(!recoveryfile::read(writeBytes(path, json), &error));
        QVERIFY2(error.contains(QStringLiteral("duplicate key \"scenario.parameters.hires_per_seller\"")),
                 qPrintable(error));
    }

    // The scenario inside is a scenario file's (format 4 on): its events and reports come back.
    void shouldKeepEventsAndObservationsInTheRecoveryFile()
    {
        QTemporaryDir folder;
        recoveryfile::Contents contents;
        contents.autosavedAt = QDateTime::fromSecsSinceEpoch(1537315200, Qt::UTC);
        contents.scenario.events = {{{2018, 9},
                                     ParameterId::GrowthModel,
                                     static_cast<double>(GrowthModel::Linear),
                                     "withdrawn"},
                                    {{2018, 7}, ParameterId::AnnualGrowthRate, 0.1, "trade war"}};
        contents.scenario.observations
            = {{{2020, 6}, ObservedMetric::Sellers, 3000, 1000, 9999, "thousands"}};
        QString error;
        const auto read
            = recoveryfile::read(writeBytes(folder.filePath(QStringLiteral("events.json")),
                                            recoveryfile::serialize(contents)),
                                 &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->scenario.events, contents.scenario.events);
        QCOMPARE(read->scenario.observations, contents.scenario.observations);
        QVERIFY(*read == contents);
    }

    void shouldMarkARecoveredDocumentModified()
    {
        ScenarioDocument document;
        document.markRecovered();
        QVERIFY(document.isModified());
    }
};

QTEST_MAIN(AutosaverTest)
#include "autosavertest.moc"
