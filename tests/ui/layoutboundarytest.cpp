// LayoutBoundary: a text that changes within the content is laid out there, and the window
// around it hears only of a change in the content's height or minimum size.
#include "layoutboundary.h"
#include "layoutrequests.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace pledgecheck;

namespace {

// A window like the main one: a block of figures on top, with or without a boundary, and below
// it a widget that takes whatever height is left, as the charts do.
struct Window {
    std::unique_ptr<QWidget> top = std::make_unique<QWidget>();
    QWidget *content = new QWidget;
    QLabel *figure = new QLabel(QStringLiteral("8,400"), content);
    QLabel *warning = new QLabel(content);
    LayoutBoundary *boundary = nullptr;
    QWidget *below = new QWidget;

    explicit Window(bool withBoundary)
    {
        auto *contentLayout = new QVBoxLayout(content);
        // A figure's least width is set, as the key figures' are, not its text's.
        figure->setMinimumWidth(80);
        contentLayout->addWidget(figure);
        warning->setWordWrap(true);
        warning->hide();
        contentLayout->addWidget(warning);
        auto *layout = new QVBoxLayout(top.get());
        if (withBoundary) {
            boundary = new LayoutBoundary(content);
            layout->addWidget(boundary);
        } else {
            layout->addWidget(content);
        }
        below->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        layout->addWidget(below, 1);
        top->resize(400, 300);
        top->show();
    }
};

// Lets the requests each layout posts to the next run to their end, as the event loop would.
void settle()
{
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
}

} // namespace

class LayoutBoundaryTest : public QObject
{
    Q_OBJECT

private slots:
    // What it stops: without it, a figure's new text asks the whole window to lay out again.
    void shouldLetAFiguresNewTextReachTheWindowWithoutIt()
    {
        Window window(false);
        QVERIFY(QTest::qWaitForWindowExposed(window.top.get()));
        LayoutRequests requests;
        window.top->installEventFilter(&requests);
        window.figure->setText(QStringLiteral("12,300,000 jobs created"));
        settle();
        QVERIFY(requests.count >= 1);
    }

    void shouldLayAFiguresNewTextOutWithinItselfAndLeaveTheWindowAlone()
    {
        Window window(true);
        QVERIFY(QTest::qWaitForWindowExposed(window.top.get()));
        settle();
        const QRect boundaryBefore = window.boundary->geometry();
        const QRect belowBefore = window.below->geometry();
        LayoutRequests requests;
        window.top->installEventFilter(&requests);

        window.figure->setText(QStringLiteral("12,300,000 jobs created"));
        settle();

        QCOMPARE(requests.count, 0);
        QCOMPARE(window.boundary->geometry(), boundaryBefore);
        QCOMPARE(window.below->geometry(), belowBefore);
        // The figure itself was laid out again: wide enough for its whole new text.
        QVERIFY2(window.figure->width() >= window.figure->sizeHint().width(),
                 qPrintable(QString::number(window.figure->width())));
        QCOMPARE(window.content->geometry(), window.boundary->rect());
    }

    void shouldGiveTheWindowTheContentsNewMinimum()
    {
        Window window(true);
        QVERIFY(QTest::qWaitForWindowExposed(window.top.get()));
        settle();
        LayoutRequests requests;
        window.top->installEventFilter(&requests);

        window.figure->setMinimumWidth(600);
        settle();

        QVERIFY(requests.count >= 1);
        QVERIFY2(window.top->minimumSizeHint().width() >= 600,
                 qPrintable(QString::number(window.top->minimumSizeHint().width())));
    }

    void shouldGiveTheWindowTheContentsNewHeightBothWays()
    {
        Window window(true);
        QVERIFY(QTest::qWaitForWindowExposed(window.top.get()));
        settle();
        const int heightBefore = window.boundary->height();
        const int belowBefore = window.below->height();

        window.warning->setText(QStringLiteral(
            "Sales to China 16 times all US goods exports to China, from 2019-03 on; a warning "
            "long enough to wrap onto more than one line in a window 400 pixels wide."));
        window.warning->show();
        settle();

        QVERIFY2(window.boundary->height() > heightBefore,
                 qPrintable(QString::number(window.boundary->height())));
        QCOMPARE(window.below->height(), belowBefore - (window.boundary->height() - heightBefore));
        QCOMPARE(window.content->geometry(), window.boundary->rect());
        // The whole warning shows, on as many lines as it needs.
        QVERIFY(window.warning->geometry().bottom() <= window.content->rect().bottom());
        QVERIFY(window.warning->height()
                >= window.warning->heightForWidth(window.warning->width()));

        window.warning->hide();
        settle();
        QCOMPARE(window.boundary->height(), heightBefore);
        QCOMPARE(window.below->height(), belowBefore);
    }

    // A narrower window wraps the warning onto more lines: the boundary passes its height for
    // the new width on, and the content fills the room it is given.
    void shouldKeepTheContentWholeWhenTheWindowNarrows()
    {
        Window window(true);
        window.warning->setText(QStringLiteral(
            "Sales to China 16 times all US goods exports to China, from 2019-03 on."));
        window.warning->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.top.get()));
        settle();
        const int wideHeight = window.boundary->height();

        window.top->resize(150, 300);
        settle();

        QVERIFY2(window.boundary->height() > wideHeight,
                 qPrintable(QString::number(window.boundary->height())));
        QCOMPARE(window.content->geometry(), window.boundary->rect());
        QVERIFY(window.warning->height() >= window.warning->heightForWidth(window.warning->width()));
    }
};

QTEST_MAIN(LayoutBoundaryTest)
#include "layoutboundarytest.moc"
