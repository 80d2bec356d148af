// The window's German: the committed catalogue is complete and covers every string the sources
// mark, its translations keep their placeholders, and the window built under it shows no English
// text left over (a string the sources forgot to mark), with German numbers and months.
#include "distributiondialog.h"
#include "exportchartdialog.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "windowlanguage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace pledgecheck;

namespace {

// One message of a catalogue: where it is and what it says.
struct CatalogueEntry {
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations; // one, or one per plural form
};

QList<CatalogueEntry> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<CatalogueEntry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText(); // the context's name: messages have none
        } else if (xml.name() == QLatin1String("message")) {
            CatalogueEntry entry{context, {}, {}, {}, {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    entry.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    entry.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    entry.type = xml.attributes().value(QLatin1String("type")).toString();
                    // Plain text, or one <numerusform> per plural form.
                    QString text;
                    while (xml.readNext() != QXmlStreamReader::EndElement && !xml.hasError()) {
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement())
                            entry.translations << xml.readElementText();
                    }
                    if (entry.translations.isEmpty())
                        entry.translations << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            entries << entry;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 is not a catalogue: %2 (line %3)")
                     .arg(path, xml.errorString())
                     .arg(xml.lineNumber());
        return {};
    }
    return entries;
}

QString describe(const CatalogueEntry &entry)
{
    return QStringLiteral("[%1] \"%2\"").arg(entry.context, entry.source);
}

// The %1, %2 ... (and %n) a text fills in, each once however often it appears.
QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Every text the window shows a reader, in a fixed order (the same for two windows built alike):
// labels, buttons, group and tab titles, combo box items, menus and their actions, table headers,
// tooltips, and the words drawn in the charts' scenes.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts {root->windowTitle()};
    QList<QWidget *> widgets {root};
    widgets << root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            texts << spin->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
        }
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip();
        if (auto *graphics = qobject_cast<QGraphicsView *>(widget); graphics && graphics->scene()) {
            for (QGraphicsItem *item : graphics->scene()->items(Qt::AscendingOrder)) {
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                    texts << text->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    texts << simple->text();
            }
        }
    }
    return texts;
}

// Texts that read the same in German, each with its reason; anything else found unchanged under
// the German catalogue is a string the sources do not mark for translation.
const QSet<QString> &sameInGerman()
{
    static const QSet<QString> same {
        QStringLiteral("PledgeCheck"), // the name
        QStringLiteral("Parameter"), // German too (the tab)
        QStringLiteral("Median"), // German too
        QStringLiteral("linear"), // German too (growth curve)
        QStringLiteral("Li&near"), // German too (jobs axis)
        QStringLiteral("Linear"), // the same action's tooltip
        QStringLiteral("OK"), // German too (Qt's own button)
        QStringLiteral("&Name"), // German too
    };
    return same;
}

// Whether @p text has words in it (two letters in a row), not only numbers, signs and units
// that German writes alike ("1200 px").
bool hasWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}\\p{L}"));
    static const QRegularExpression pixels(QStringLiteral("\\bpx\\b"));
    return word.match(QString(text).remove(pixels)).hasMatch();
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        QSettings().clear();
    }

    // Every entry of the committed catalogue is translated: none unfinished (new or changed in
    // the sources and not yet translated), vanished or obsolete (gone from the sources), or empty.
    void catalogueIsComplete()
    {
        QString error;
        const auto entries = readCatalogue(QStringLiteral(PLEDGECHECK_GERMAN_CATALOGUE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 400); // the window's strings; fewer would mean lupdate lost most
        QStringList problems;
        for (const CatalogueEntry &entry : entries) {
            if (!entry.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(describe(entry), entry.type);
            else if (entry.translations.contains(QString()))
                problems << QStringLiteral("%1 has an empty translation").arg(describe(entry));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A translation fills in the same placeholders as its source: a lost %2 would drop a number.
    void translationsKeepTheirPlaceholders()
    {
        QString error;
        const auto entries = readCatalogue(QStringLiteral(PLEDGECHECK_GERMAN_CATALOGUE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const CatalogueEntry &entry : entries) {
            for (const QString &translation : entry.translations) {
                if (placeholders(translation) != placeholders(entry.source))
                    problems << QStringLiteral("%1 -> \"%2\"").arg(describe(entry), translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate run on the sources today finds nothing the committed catalogue lacks: a string
    // added or reworded in the sources without refreshing the catalogue fails here.
    void catalogueCoversTheSources()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString copy = folder.filePath(QStringLiteral("pledgecheck_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(PLEDGECHECK_GERMAN_CATALOGUE), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile list(QStringLiteral(PLEDGECHECK_TRANSLATED_SOURCES_LIST));
        QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(list.fileName()));
        QStringList arguments
            = QString::fromUtf8(list.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(!arguments.isEmpty());
        arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts")
                  << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(PLEDGECHECK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

        QString error;
        const auto committed = readCatalogue(QStringLiteral(PLEDGECHECK_GERMAN_CATALOGUE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto refreshed = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const CatalogueEntry &entry : committed)
            known.insert(entry.context + QChar(0) + entry.source + QChar(0) + entry.comment);
        QStringList problems;
        for (const CatalogueEntry &entry : refreshed) {
            const QString key = entry.context + QChar(0) + entry.source + QChar(0) + entry.comment;
            if (!known.contains(key))
                problems << QStringLiteral("%1 is in the sources, not in the catalogue")
                                .arg(describe(entry));
            else if (entry.type == QLatin1String("vanished")
                     || entry.type == QLatin1String("obsolete"))
                problems << QStringLiteral("%1 is in the catalogue, no longer in the sources")
                                .arg(describe(entry));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     problems.join(QLatin1Char('\n'))
                     + QStringLiteral(
                         "\nRefresh it: cmake --build <build dir> --target update_translations")));
    }

    // The catalogue the program carries is found for German, not for English (which needs none).
    void theProgramCarriesTheGermanCatalogue()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany),
                                QStringLiteral("pledgecheck"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("pledgecheck::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        // A model word, translated through its table's context.
        QCOMPARE(translator.translate("Parameter", "Yearly seller growth"),
                 QStringLiteral("Jährliches Händlerwachstum"));
        QVERIFY(!translator.load(QLocale(QLocale::English, QLocale::UnitedStates),
                                 QStringLiteral("pledgecheck"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")));
    }

    // The app's start (installWindowLanguage with the system locale) picks the catalogue by the
    // environment: German under LC_ALL=de_DE.UTF-8 (the translations_system_locale_tests run),
    // none under the tests' usual C.UTF-8, where the window stays English.
    void systemLocaleChoosesTheCatalogue()
    {
        const bool germanRun = qEnvironmentVariable("LC_ALL").startsWith(QLatin1String("de"));
        if (germanRun)
            QCOMPARE(QLocale::system().language(), QLocale::German);
        const bool german = QLocale::system().language() == QLocale::German;
        QCOMPARE(installWindowLanguage(*QCoreApplication::instance()), german);
        QCOMPARE(QCoreApplication::translate("pledgecheck::MainWindow", "&File"),
                 german ? QStringLiteral("&Datei") : QStringLiteral("&File"));
        // Numbers follow the language: "1.000.000" in German.
        QCOMPARE(QLocale().toString(1000000),
                 german ? QStringLiteral("1.000.000") : QLocale::system().toString(1000000));
    }

    // The window and its two dialogs built under the German catalogue: every text with words in
    // it differs from the same window's text in English, unless German writes it alike
    // (sameInGerman). A literal the sources forgot to pass through tr() fails here, by name.
    void windowShowsNoEnglishLeftOver()
    {
        const auto build = [] {
            QStringList texts;
            MainWindow window;
            window.resize(1366, 768);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return texts;
            texts << visibleTexts(&window);
            const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
            DistributionDialog distribution(growth, Distribution::triangular(0.30, 0.35, 0.40),
                                            0.35, &window);
            texts << visibleTexts(&distribution);
            ExportChartDialog exportDialog(ChartKind::Jobs, QSize(1200, 800), true, &window);
            texts << visibleTexts(&exportDialog);
            return texts;
        };
        const QStringList english = build();
        QVERIFY(english.size() > 200);
        QVERIFY(installWindowLanguage(*QCoreApplication::instance(),
                                      QLocale(QLocale::German, QLocale::Germany)));
        const QStringList german = build();
        QVERIFY(german.size() > 200);

        // The same text in both windows: English the catalogue did not reach. (Not paired widget by
        // widget: a chart lays out as many axis labels as its longer German words leave room for.)
        const QSet<QString> englishTexts(english.begin(), english.end());
        QStringList leftOver;
        for (const QString &text : german) {
            if (englishTexts.contains(text) && hasWords(text) && !sameInGerman().contains(text))
                leftOver << text;
        }
        leftOver.removeDuplicates();
        QVERIFY2(leftOver.isEmpty(), qPrintable(QStringLiteral("English under the German catalogue:\n")
                                                + leftOver.join(QLatin1Char('\n'))));

        // Numbers and months in German: the central estimate's 5,744 jobs per $1 billion of
        // exports, its horizon 2022-01.
        QVERIFY2(german.contains(QStringLiteral("5.744 Arbeitsplätze")),
                 "no \"5.744 Arbeitsplätze\"");
        QVERIFY2(german.contains(QStringLiteral("Neue Arbeitsplätze bis 01.2022")),
                 "no \"Neue Arbeitsplätze bis 01.2022\"");
    }
};

QTEST_MAIN(TranslationsTest)
#include "translationstest.moc"
