// Exporting charts to PNG and SVG: sizes, scaling, atomic writes and refusals.
#include "charttesthelpers.h"

#include "filesizelimit.h"

#include <sys/stat.h>

using namespace charttest;

class ChartExportTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;
    ScenarioResults m_current = ScenarioResults::of(doublingScenario());
    ScenarioResults m_baseline = ScenarioResults::of(Parameters());

    // The chart in tab @p name, opened as a user would: charts out of sight update when opened.
    QChart *chart(const QString &name)
    {
        auto *view = m_panel.findChild<QChartView *>(name);
        if (!view)
            qFatal("no chart view %s", qPrintable(name));
        if (m_panel.currentWidget() != view) {
            m_panel.setCurrentWidget(view);
            QCoreApplication::processEvents(); // lets it lay itself out
        }
        return view->chart();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(charttest::showInEnglish(m_panel));
    }

    void init()
    {
        m_panel.setCurrentChart(ChartKind::Jobs);
        m_panel.showResults(QStringLiteral("Doubling"), m_current, m_baseline);
        QCoreApplication::processEvents();
    }

    void shouldExportAPngOfExactlyTheAskedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("chart");
        QTest::newRow("640x360 jobs") << QSize(640, 360) << int(ChartKind::Jobs);
        QTest::newRow("1920x1080 sellers") << QSize(1920, 1080) << int(ChartKind::Sellers);
        QTest::newRow("3840x2160 jobs") << QSize(3840, 2160) << int(ChartKind::Jobs);
        QTest::newRow("1000x1000 sources") << QSize(1000, 1000) << int(ChartKind::Sources);
        QTest::newRow("smallest") << QSize(16, 16) << int(ChartKind::Jobs);
        QTest::newRow("widest") << QSize(8192, 400) << int(ChartKind::Sources);
    }

    void shouldExportAPngOfExactlyTheAskedSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, chart);
        QTemporaryDir folder;
        const QString path = folder.filePath("chart.png");
        QString error;
        QVERIFY2(m_panel.exportChart(ChartKind(chart), path, size, &error), qPrintable(error));
        QVERIFY(contentsOf(path).startsWith("\x89PNG"));
        const QImage image(path);
        QCOMPARE(image.size(), size);
        if (size.width() >= 400 && size.height() >= 300) {
            // Drawn, not blank: lines, labels and text take a few percent of the picture.
            const double inked = inkedShare(image.convertToFormat(QImage::Format_RGB32));
            QVERIFY2(inked > 0.01, qPrintable(QString::number(inked)));
        }
        if (ChartKind(chart) == ChartKind::Jobs && size.width() >= 400)
            QVERIFY(hasColourNear(image, QColor(0xD5, 0x5E, 0x00))); // the pledge line
    }

    void shouldExportWithoutTouchingTheWindowsChart()
    {
        QChart *jobs = chart("jobsChart");
        const QRectF before = jobs->geometry();
        const QFont titleFont = jobs->titleFont();
        QTemporaryDir folder;
        QString error;
        QVERIFY(m_panel.exportChart(ChartKind::Jobs, folder.filePath("a.png"), QSize(2560, 1440), &error));
        QCOMPARE(jobs->geometry(), before);
        QCOMPARE(jobs->titleFont(), titleFont);
    }

    void shouldScaleTextWithTheExportSize()
    {
        QTemporaryDir folder;
        QString error;
        QVERIFY(m_panel.exportChart(ChartKind::Jobs, folder.filePath("1x.svg"), QSize(1280, 720), &error));
        QVERIFY(m_panel.exportChart(ChartKind::Jobs, folder.filePath("3x.svg"), QSize(3840, 2160), &error));
        const double small = largestFontSizeIn(contentsOf(folder.filePath("1x.svg")));
        const double large = largestFontSizeIn(contentsOf(folder.filePath("3x.svg")));
        QVERIFY(small > 10);
        QVERIFY2(std::abs(large / small - 3) < 0.01, qPrintable(QString::number(large / small)));
    }

    void shouldExportAnSvgThatParses()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("sources.SVG");
        QString error;
        QVERIFY2(m_panel.exportChart(ChartKind::Sources, path, QSize(1200, 800), &error), qPrintable(error));
        const QByteArray svg = contentsOf(path);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 1200 800\""));
        QVERIFY(svg.contains("Doubling: where the linked jobs come from"));
        QVERIFY(svg.contains("Displaced (would exist anyway)"));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void shouldReplaceAnOlderExport()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("jobs.png");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older picture");
        }
        QString error;
        QVERIFY(m_panel.exportChart(ChartKind::Jobs, path, QSize(800, 450), &error));
        QCOMPARE(QImage(path).size(), QSize(800, 450));
    }

    void shouldRefuseAPathItCannotWriteAndLeaveNoFile()
    {
        QTemporaryDir folder;
        for (const char *name : {"missing/jobs.png", "missing/jobs.svg"}) {
            const QString path = folder.filePath(name);
            QString error;
            QVERIFY(!m_panel.exportChart(ChartKind::Jobs, path, QSize(800, 600), &error));
            QVERIFY2(error.startsWith("cannot write " + path + ": "), qPrintable(error));
            QVERIFY(error.size() > QString("cannot write " + path + ": ").size()); // and why
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    // Encoded in memory, then written whole or not at all: a write cut short (here by the file-size
    // limit, as by a full disk) keeps the old picture and says why. (libpng's own line, which went
    // to stderr past Qt's message handler, is checked for by the command-line tests.)
    void shouldKeepTheOldPictureWhenTheWriteIsCutShort()
    {
        QTemporaryDir folder;
        for (const char *name : {"jobs.png", "jobs.svg"}) {
            const QString path = folder.filePath(name);
            {
                QFile old(path);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("an older picture");
            }
            QString error;
            bool exported = true;
            {
                const pledgecheck::FileSizeLimit limit(4096);
                QVERIFY(limit.isSet());
                exported = m_panel.exportChart(ChartKind::Jobs, path, QSize(800, 450), &error);
            }
            QVERIFY(!exported);
            QCOMPARE(error, "cannot write " + path + ": File too large");
            QCOMPARE(contentsOf(path), QByteArray("an older picture"));
        }
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden,
                                               QDir::Name),
                 (QStringList{"jobs.png", "jobs.svg"}));
    }

    void shouldRefuseToReplaceAPipe()
    {
        QTemporaryDir folder;
        for (const char *name : {"pipe.png", "pipe.svg"}) {
            const QString path = folder.filePath(name);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
            QString error;
            QVERIFY(!m_panel.exportChart(ChartKind::Jobs, path, QSize(800, 450), &error));
            QCOMPARE(error, "cannot write " + path + ": it is a named pipe (FIFO), not a regular file");
            struct stat info {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QVERIFY(S_ISFIFO(info.st_mode));
        }
    }

    void shouldRefuseASizeOutOfRangeAndLeaveTheOldFileWhole()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("jobs.png");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older picture");
        }
        for (const QSize size : {QSize(15, 600), QSize(800, 15), QSize(8193, 600), QSize(800, 8193),
                                 QSize(0, 0), QSize(-800, 600)}) {
            QString error;
            QVERIFY(!m_panel.exportChart(ChartKind::Jobs, path, size, &error));
            QCOMPARE(error, QString("cannot export at %1x%2: width and height must be 16 to 8192 pixels")
                                .arg(size.width())
                                .arg(size.height()));
        }
        QCOMPARE(contentsOf(path), QByteArray("an older picture"));
    }

    void shouldRefuseToExportBeforeAnyScenarioIsShown()
    {
        const ChartPanel empty;
        QTemporaryDir folder;
        QString error;
        QVERIFY(!empty.exportChart(ChartKind::Jobs, folder.filePath("x.png"), QSize(800, 600), &error));
        QVERIFY(error.contains("no scenario"));
        QVERIFY(!QFile::exists(folder.filePath("x.png")));
    }
};

QTEST_MAIN(ChartExportTest)
#include "chartexporttest.moc"
