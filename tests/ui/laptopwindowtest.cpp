// The main window on a 1366x768 laptop screen (the offscreen platform given one such screen by
// tests/ui/laptopscreen.json): it opens inside the screen, can be made narrower than 1000 pixels,
// and shows the verdict, every key figure on one line and a plot at least 300 pixels tall.
#include "chartpanel.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "presetlibrary.h"
#include "screenfit.h"

#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace pledgecheck;

class LaptopWindowTest : public QObject
{
    Q_OBJECT

private:
    const QRect m_laptop{0, 0, 1366, 768};

    static std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was never shown");
        QCoreApplication::processEvents();
        return window;
    }

    // A label that shows all of its text on one line: as wide as its text, and one line tall.
    static bool showsWholeText(const QLabel *label)
    {
        const QFontMetrics metrics(label->font());
        return label->isVisible() && label->width() >= metrics.horizontalAdvance(label->text())
               && label->height() < 2 * metrics.lineSpacing();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckLaptopTests"));
        QSettings().clear();
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry(), m_laptop);
    }

    void cleanup() { QSettings().clear(); }

    void shouldFitAWantedGeometryInsideTheAvailableOne()
    {
        // Too large: the size of the screen, at its corner.
        QCOMPARE(fitInside(QRect(50, 40, 1440, 900), m_laptop), m_laptop);
        // Small enough but off the right and bottom edges: moved back in, size kept.
        QCOMPARE(fitInside(QRect(1000, 500, 800, 600), m_laptop), QRect(566, 168, 800, 600));
        // Off the left and top edges of a screen that does not start at 0, 0.
        QCOMPARE(fitInside(QRect(-30, -30, 800, 600), QRect(1366, 20, 1920, 1040)),
                 QRect(1366, 20, 800, 600));
        // Never below the minimum, unless the screen is smaller still.
        QCOMPARE(fitInside(QRect(0, 0, 200, 100), m_laptop, QSize(900, 500)), QRect(0, 0, 900, 500));
        QCOMPARE(fitInside(QRect(0, 0, 200, 100), m_laptop, QSize(2000, 500)), QRect(0, 0, 1366, 500));
    }

    void shouldOpenInsideTheScreen()
    {
        const auto window = openWindow();
        QVERIFY2(m_laptop.contains(window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(window->frameGeometry().x())
                                .arg(window->frameGeometry().y())
                                .arg(window->frameGeometry().width())
                                .arg(window->frameGeometry().height())));
    }

    void shouldOpenAWindowRememberedFromALargerScreenInsideThisOne()
    {
        {
            const auto window = openWindow();
            window->showNormal();
            window->setGeometry(300, 200, 1800, 1000); // as left on a 1920x1200 screen
            window->close();                        // remembers its geometry
        }
        const auto window = openWindow();
        QVERIFY(m_laptop.contains(window->frameGeometry()));
    }

    void shouldBeNarrowEnoughForALaptop()
    {
        const auto window = openWindow();
        QVERIFY2(window->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY(window->minimumWidth() <= 1000);
        window->showNormal();
        window->resize(1000, 700);
        QCoreApplication::processEvents();
        QCOMPARE(window->width(), 1000);
    }

    void shouldShowTheVerdictEveryKeyFigureAndATallPlot_data()
    {
        QTest::addColumn<QString>("preset");
        for (const PresetInfo &preset : presetlibrary::list())
            QTest::newRow(qPrintable(preset.name)) << preset.name;
    }

    void shouldShowTheVerdictEveryKeyFigureAndATallPlot()
    {
        QFETCH(QString, preset);
        const auto window = openWindow();
        QVERIFY(window->controller()->newFromPreset(preset));
        QCoreApplication::processEvents();
        // On the screen, not merely inside a window that may reach beyond it.
        const auto onScreen = [this](const QWidget *widget) {
            return m_laptop.contains(QRect(widget->mapToGlobal(QPoint()), widget->size()));
        };

        // The plot: the jobs chart's view, measured.
        QWidget *plot = window->charts()->currentWidget();
        QVERIFY2(plot->height() >= 300, qPrintable(QString::number(plot->height())));
        QVERIFY(onScreen(plot));

        auto *figures = window->findChild<QWidget *>(QStringLiteral("keyFigures"));
        QVERIFY(figures && figures->isVisible());
        const QList<QLabel *> labels = figures->findChildren<QLabel *>();
        QVERIFY(labels.size() > 20);
        for (const QLabel *label : labels) {
            if (label->text().isEmpty() || label->isHidden() || label->wordWrap())
                continue; // the plausibility warnings wrap, and are no key figure
            const QString what = label->objectName() + QStringLiteral(": ") + label->text();
            QVERIFY2(showsWholeText(label), qPrintable(what));
            QVERIFY2(onScreen(label), qPrintable(what));
        }
        const auto *verdict = window->findChild<QLabel *>(QStringLiteral("verdictHeadline"));
        QVERIFY(verdict && showsWholeText(verdict) && onScreen(verdict));
    }
};

QTEST_MAIN(LaptopWindowTest)
#include "laptopwindowtest.moc"
