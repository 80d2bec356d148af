#include "autosaver.h"
#include "leftoverrecovery.h"
#include "recoveryfile.h"
#include "scenariodocument.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace pledgecheck;

class AutosaverTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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

    void shouldMarkARecoveredDocumentModified()
    {
        ScenarioDocument document;
        document.markRecovered();
        QVERIFY(document.isModified());
    }
};

QTEST_MAIN(AutosaverTest)
#include "autosavertest.moc"
