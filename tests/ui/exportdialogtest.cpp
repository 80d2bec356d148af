// File > Export Chart as a user goes through it: the dialog's source-line checkbox, on at first,
// remembered once turned off, and the picture drawn with or without the line; its colours, light
// (on white) unless dark is chosen, whatever the window's palette, and remembered.
#include "documentcontroller.h"
#include "exportchartdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QFile>
#include <QFileDialog>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pledgecheck;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    // Goes through File > Export Chart: in the chart dialog sets the checkbox to @p footer and
    // presses OK, then saves as @p path. Returns whether the dialog's box was ticked on opening.
    bool exportThroughTheDialogs(MainWindow &window, bool footer, const QString &path,
                                 std::optional<ChartThemeName> theme = std::nullopt,
                                 ChartThemeName *themeOnOpening = nullptr)
    {
        bool tickedOnOpening = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportChartDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *box = dialog->findChild<QCheckBox *>("exportFooter");
            QVERIFY(box);
            tickedOnOpening = box->isChecked();
            box->setChecked(footer);
            QVERIFY(dialog->findChild<QComboBox *>("exportTheme"));
            if (themeOnOpening)
                *themeOnOpening = dialog->theme();
            if (theme)
                dialog->setTheme(*theme);
            // The file dialog opens once this one closes.
            QTimer::singleShot(0, this, [path] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(files);
                files->selectFile(path);
                QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog, a slot all the same
            });
            dialog->accept();
        });
        window.findChild<QAction *>("exportChartAction")->trigger();
        return tickedOnOpening;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ExportDialogTest"));
        QSettings().clear();
        // Qt's own file dialog, which a test can drive, whatever the platform's.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void shouldStartWithTheSourceLineOnAndTellWhatItHolds()
    {
        const ExportChartDialog dialog(ChartKind::Jobs, QSize(1920, 1080), true);
        auto *box = dialog.findChild<QCheckBox *>("exportFooter");
        QVERIFY(box);
        QVERIFY(box->isChecked());
        QVERIFY(dialog.footer());
        QVERIFY(box->text().contains("ource line"));
        box->setChecked(false);
        QVERIFY(!dialog.footer());
        QVERIFY(!ExportChartDialog(ChartKind::Jobs, QSize(1920, 1080), false).footer());
    }

    void shouldRememberTheSourceLineChoiceAndDrawAsChosen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir folder;
        const QString without = folder.filePath("without.svg"), with = folder.filePath("with.svg");

        QVERIFY(exportThroughTheDialogs(window, false, without)); // on, the first time
        QVERIFY(QFile::exists(without));
        QCOMPARE(QSettings().value("export/footer").toBool(), false);
        QVERIFY(!exportThroughTheDialogs(window, true, with)); // remembered off
        QCOMPARE(QSettings().value("export/footer").toBool(), true);

        QFile a(without), b(with);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray withoutLine = a.readAll(), withLine = b.readAll();
        QVERIFY(!withoutLine.contains("Sources of the defaults:"));
        QVERIFY(withLine.contains("Sources of the defaults:"));
    }

    void shouldExportOnWhiteUnderADarkPaletteUntilDarkIsChosen()
    {
        QApplication::setPalette(ChartTheme::darkPalette());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir folder;
        const QString first = folder.filePath("first.png"), dark = folder.filePath("dark.png"),
                      again = folder.filePath("again.png");
        ChartThemeName opened = ChartThemeName::Dark;
        exportThroughTheDialogs(window, true, first, std::nullopt, &opened);
        QCOMPARE(opened, ChartThemeName::Light);
        QCOMPARE(QImage(first).pixel(1, 1), qRgb(255, 255, 255));
        exportThroughTheDialogs(window, true, dark, ChartThemeName::Dark);
        QCOMPARE(QSettings().value("export/theme").toString(), QString("dark"));
        QCOMPARE(QImage(dark).pixel(1, 1), ChartTheme::dark().background.rgb());
        exportThroughTheDialogs(window, true, again, std::nullopt, &opened);
        QCOMPARE(opened, ChartThemeName::Dark); // remembered
        // A setting this version does not know reads as light.
        QSettings().setValue("export/theme", "sepia");
        exportThroughTheDialogs(window, true, folder.filePath("sepia.png"), std::nullopt, &opened);
        QCOMPARE(opened, ChartThemeName::Light);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(ExportDialogTest)
#include "exportdialogtest.moc"
