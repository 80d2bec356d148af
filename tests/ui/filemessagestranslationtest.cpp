// Files the window cannot read or write, under the German catalogue: the message names the file
// and says why in German. Expected texts are put together here by hand from the catalogue's
// entries (translations/pledgecheck_de.ts: the "ModelMessage" templates and terms, the
// parameters' labels and units, the "SystemReason" words, German numbers with a point between
// thousands, months as MM.yyyy), never read off the window. The command line's English words
// for the same files are pinned by tests/model/scenariofiletest.cpp and tests/cli.
#include "fulldisk.h"
#include "leftoverrecovery.h"
#include "mainwindowfixture.h"
#include "messagetext.h"
#include "scenariofile.h"
#include "windowlanguage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cerrno>

using namespace pledgecheck;

class FileMessagesTranslationTest : public MainWindowFixture
{
    Q_OBJECT

    QTemporaryDir m_folder;

    // A file of @p bytes in the test's folder, named @p name.
    QString fileHolding(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The default scenario as a file holds it, to be spoiled by each test.
    static QJsonObject goodScenario()
    {
        return QJsonDocument::fromJson(scenariofile::serialize(Scenario{})).object();
    }

    // The default scenario with its parameter @p key set to @p value, as the file @p name.
    QString fileWithParameter(const QString &name, const QString &key, const QJsonValue &value)
    {
        QJsonObject root = goodScenario();
        QJsonObject parameters = root["parameters"].toObject();
        parameters[key] = value;
        root["parameters"] = parameters;
        return fileHolding(name, QJsonDocument(root).toJson());
    }

    // The default scenario with @p entry as the one entry of its array @p key.
    QString fileWithEntry(const QString &name, const QString &key, const QJsonObject &entry)
    {
        QJsonObject root = goodScenario();
        root[key] = QJsonArray{entry};
        return fileHolding(name, QJsonDocument(root).toJson());
    }

    // What the window said on opening @p path: the one error reported, the document untouched.
    QString refusalOf(const QString &path)
    {
        const Scenario before = document()->scenario();
        m_errors.clear();
        if (m_window->controller()->openFile(path))
            return QStringLiteral("(opened)");
        if (m_errors.size() != 1 || !(document()->scenario() == before))
            return QStringLiteral("(%1 errors, document changed: %2)")
                .arg(m_errors.size())
                .arg(!(document()->scenario() == before));
        return m_errors.first();
    }

private slots:
    void initTestCase()
    {
        forgetSettings();
        QVERIFY(m_folder.isValid());
        QVERIFY(installWindowLanguage(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    }

    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    // Not JSON at all: the place as line and column, in German, and Qt's reason from Qt's own
    // German catalogue. "{\n  \"name\" 1" lacks the colon after the key; Qt stops past the 1,
    // which stands in column 10 of line 2: column 11.
    void notJson()
    {
        const QString path = fileHolding("broken.pledgecheck", "{\n  \"name\" 1");
        QCOMPARE(refusalOf(path), path + ": Fehlerhaftes JSON in Zeile 2, Spalte 11: Trennzeichen für Namen fehlt");
    }

    // Valid JSON, but not a scenario: the top level an array.
    void notAScenario()
    {
        const QString path = fileHolding("list.json", "[1, 2]");
        QCOMPARE(refusalOf(path), path + ": Kein PledgeCheck-Szenario: die oberste Ebene ist kein JSON-Objekt");
    }

    // Growth of 2,000 % a year, past the table's 1,000 %: the parameter by its label, the value
    // and range in German numbers with the unit.
    void valueOutOfRange()
    {
        const QString path = fileWithParameter("fast.pledgecheck", "annual_growth_rate", 20);
        QCOMPARE(refusalOf(path),
                 path + ": parameters.annual_growth_rate: Jährliches Händlerwachstum = 2.000 % pro Jahr ist "
                        "ungültig: der gültige Bereich ist -50 bis 1.000 % pro Jahr");
    }

    // A parameter this version does not know: the key as the file writes it.
    void unknownParameter()
    {
        const QString path = fileWithParameter("extra.pledgecheck", "speed_of_light", 1);
        QCOMPARE(refusalOf(path), path + ": Unbekannter Schlüssel „parameters.speed_of_light“");
    }

    // A parameter of the wrong type: the JSON types named in German.
    void wrongType()
    {
        const QString path = fileWithParameter("typed.pledgecheck", "hires_per_seller", "two");
        QCOMPARE(refusalOf(path), path + ": parameters.hires_per_seller: erwartet eine Zahl, gefunden eine Zeichenkette");
    }

    // An event after the horizon. The default scenario starts in 2017-01 and runs five years:
    // events fall from 2017-02 to 2022-01 (docs/scenario-format.md); one in 2030-01 is outside.
    void eventOutsideTheScenario()
    {
        const QString path = fileWithEntry(
            "late.pledgecheck", "events",
            {{"month", "2030-01"}, {"parameter", "annual_growth_rate"}, {"value", 0.1}, {"note", ""}});
        QCOMPARE(refusalOf(path),
                 path + ": events[0]: Ein Ereignis für Jährliches Händlerwachstum im 01.2030 liegt außerhalb des "
                        "Szenarios: Ereignisse liegen zwischen 02.2017 und 01.2022");
    }

    // A report of 0 sellers in 2018-01: the model's message in German, inside the file's place.
    void reportNotPositive()
    {
        const QString path = fileWithEntry("zero.pledgecheck", "observations",
                                           {{"month", "2018-01"}, {"metric", "sellers"}, {"value", 0}, {"source", ""}});
        QCOMPARE(refusalOf(path), path + ": observations[0]: Eine gemeldete Zahl (Händler) im 01.2018 ist 0: eine "
                                         "gemeldete Anzahl muss über 0 liegen");
    }

    // A folder, a file that is not there (Qt words ENOENT from its own catalogue), and one of
    // more than 16 MiB (16,777,216 bytes).
    void notAFile()
    {
        QCOMPARE(refusalOf(m_folder.path()),
                 m_folder.path() + ": Keine Szenariodatei: der Pfad ist ein Ordner, keine gewöhnliche Datei");
        const QString missing = m_folder.filePath("gone.pledgecheck");
        QCOMPARE(refusalOf(missing),
                 missing + ": Kann nicht geöffnet werden: Die Datei oder das Verzeichnis konnte nicht gefunden werden");
        const QString huge = fileHolding("huge.json", QByteArray(16 * 1024 * 1024 + 1, ' '));
        QCOMPARE(refusalOf(huge),
                 huge + ": Kein PledgeCheck-Szenario: größer als 16.777.216 Byte (16 MiB), das Höchste, was eine "
                        "Szenariodatei enthalten darf");
    }

    // A key given twice: the strict reader's place in German.
    void duplicateKey()
    {
        const QString path = fileHolding("twice.json", "{\"name\": \"a\",\n \"name\": \"b\"}");
        QCOMPARE(refusalOf(path), path + ": Doppelter Schlüssel „name“ in Zeile 2, Spalte 2");
    }

    // Save on a full disk (a 64 KiB tmpfs, as root): the file, the reason in German (ENOSPC,
    // from Qt's catalogue), and the edits kept open.
    void diskFullOnSave()
    {
        FullDisk disk;
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.filePath("story.pledgecheck");
        QVERIFY(disk.fill(0));
        QVERIFY(document()->changeParameter(ParameterId::HiresPerSeller, 4));
        m_errors.clear();
        QVERIFY(!m_window->controller()->saveTo(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].startsWith(path + " kann nicht geschrieben werden: Kein freier Speicherplatz auf dem Gerät vorhanden\n\n"),
                 qPrintable(m_errors[0]));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
    }

    // Exports over a folder: the chart and the data refused, the kind of file named in German.
    void exportOverAFolder()
    {
        const QString folder = m_folder.filePath("charts");
        QVERIFY(QDir().mkpath(folder));
        const QString refused = folder + " kann nicht geschrieben werden: es ist ein Ordner, keine gewöhnliche Datei";
        m_errors.clear();
        QVERIFY(!m_window->controller()->exportDataTo(folder));
        QVERIFY(!m_window->controller()->exportChartTo(ChartKind::Jobs, folder, QSize(800, 450)));
        QCOMPARE(m_errors, QStringList({refused, refused}));
    }

    // Recovery files left by a crash that cannot be read: the offer names each and says why in
    // German, a scenario inside one by the model's message.
    void unreadableRecoveryFiles()
    {
        QTemporaryDir recovery;
        QVERIFY(recovery.isValid());
        const QString other = recovery.filePath("other.json");
        {
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format": "something-else", "version": 1})");
        }
        const QString spoiled = recovery.filePath("spoiled.json");
        {
            QJsonObject scenario = goodScenario();
            scenario.remove("name");
            QFile file(spoiled);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{"format", "pledgecheck-recovery"},
                                                 {"version", 1},
                                                 {"autosavedAt", "2026-12-03T07:00:00.000Z"},
                                                 {"originalPath", ""},
                                                 {"scenario", scenario}})
                           .toJson());
        }
        QStringList problems;
        for (const auto &leftover : LeftoverRecovery::claimAll(recovery.path()))
            problems << leftover->problem();
        problems.sort();
        QCOMPARE(problems, QStringList({other + ": keine PledgeCheck-Wiederherstellungsdatei („format“ ist nicht "
                                                "„pledgecheck-recovery“)",
                                        spoiled + ": Szenario: Schlüssel „name“ fehlt"}));
    }

    // The reasons Qt leaves in the C library's English, worded from the program's catalogue when
    // the system gave the words the table expects; other words (another libc's) stay as given.
    void systemReasonsQtLeavesInEnglish()
    {
        QCOMPARE(messageArgText(messagearg::SystemReason{EROFS, "Read-only file system"}),
                 QString("Nur lesbares Dateisystem"));
        QCOMPARE(messageArgText(messagearg::SystemReason{EDQUOT, "Disk quota exceeded"}),
                 QString("Speicherplatzkontingent überschritten"));
        QCOMPARE(messageArgText(messagearg::SystemReason{EROFS, "Read-only filesystem"}),
                 QString("Read-only filesystem"));
        const ModelMessage unwritable(MessageId::CannotWrite,
                                      {messagearg::Text{"/media/stick/a.csv"},
                                       messagearg::SystemReason{EROFS, "Read-only file system"}});
        QCOMPARE(unwritable.text(), std::string("cannot write /media/stick/a.csv: Read-only file system"));
        QCOMPARE(messageText(unwritable),
                 QString("/media/stick/a.csv kann nicht geschrieben werden: Nur lesbares Dateisystem"));
    }
};

QTEST_MAIN(FileMessagesTranslationTest)
#include "filemessagestranslationtest.moc"
