#include "autosaver.h"
#include "scenariodocument.h"

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
        Autosaver::discardRecovery();
    }

    void shouldKeepUnsavedChangesForTheNextSession()
    {
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 7);
        document.changeName("Unsaved work");
        autosaver.saveNow();

        QString originalPath = "not set";
        const auto recovered = Autosaver::recoverable(&originalPath);
        QVERIFY(recovered);
        QCOMPARE(recovered->parameters, document.scenario().parameters);
        QCOMPARE(recovered->name, std::string("Unsaved work"));
        QCOMPARE(originalPath, QString());
    }

    void shouldWriteAfterAPauseInEditing()
    {
        Autosaver::discardRecovery();
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 3);
        QVERIFY2(!QFile::exists(Autosaver::recoveryPath()), "not on every step");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(Autosaver::recoveryPath()), 5000);
    }

    void shouldForgetTheRecoveryOnceSaved()
    {
        ScenarioDocument document;
        Autosaver autosaver(&document);
        document.changeParameter(ParameterId::HiresPerSeller, 7);
        autosaver.saveNow();
        QVERIFY(QFile::exists(Autosaver::recoveryPath()));
        document.markSaved("/tmp/somewhere.json");
        QVERIFY(!QFile::exists(Autosaver::recoveryPath()));
        QVERIFY(!Autosaver::recoverable(nullptr));
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
