// Every key figure and every chart says what it is and how it is computed (issue 14, part 2): a
// tooltip on hover and a What's This text (Shift+F1) that names its section of docs/model.md, a
// section the model's documentation really has. The Help menu reaches the guide and What's This.
#include "chartkind.h"
#include "chartpanel.h"
#include "helpmenu.h"
#include "mainwindowfixture.h"
#include "presetlibrary.h"
#include "scenariodocument.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QWhatsThis>

using namespace pledgecheck;

class SelfExplanationTest : public MainWindowFixture
{
    Q_OBJECT

private:
    QStringList m_modelHeadings;

    /// The sections a text cites as (docs/model.md, "A" and "B"): every quoted name after the file.
    static QStringList citedSections(const QString &text)
    {
        const qsizetype cite = text.indexOf(QLatin1String("docs/model.md"));
        QStringList sections;
        if (cite < 0)
            return sections;
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
        for (const auto &match : quoted.globalMatch(text.mid(cite)))
            sections << match.captured(1);
        return sections;
    }

    /// @p text cites docs/model.md and each section it names is a heading there.
    void verifyCitesTheModel(const QString &what, const QString &text) const
    {
        const QStringList sections = citedSections(text);
        QVERIFY2(!sections.isEmpty(), qPrintable(what + ": names no section of docs/model.md: " + text));
        for (const QString &section : sections)
            QVERIFY2(m_modelHeadings.contains(section),
                     qPrintable(what + ": docs/model.md has no section \"" + section + "\""));
    }

    /// What a hover shows: the widget's own tooltip, or, where it has none, its nearest parent's
    /// (Qt passes an unanswered tooltip event up).
    static QString shownToolTip(const QWidget *widget)
    {
        for (; widget; widget = widget->parentWidget()) {
            if (!widget->toolTip().isEmpty())
                return widget->toolTip();
        }
        return {};
    }

    void verifyEveryShownFigureExplainsItself()
    {
        auto *figures = child<QWidget>("keyFigures");
        int checked = 0;
        for (QLabel *label : figures->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(figures))
                continue;
            const QString name = label->objectName();
            QVERIFY2(!name.isEmpty(), qPrintable("a key figure's label has no name: " + label->text()));
            QVERIFY2(!shownToolTip(label).isEmpty(), qPrintable(name + " has no tooltip"));
            verifyCitesTheModel(name, label->whatsThis());
            ++checked;
        }
        // The verdict's mark and two lines, two row titles, three captions over three figures as
        // set, three figures of the draws, five captions over five figures below: 24 labels, and
        // the warning lines when there are any.
        QVERIFY2(checked >= 24, qPrintable(QString::number(checked)));
    }

private slots:
    void initTestCase()
    {
        forgetSettings();
        QFile model(HelpMenu::documentationFile(QStringLiteral("docs/model.md")));
        QVERIFY(model.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression heading(QStringLiteral("^#+ (.+)$"), QRegularExpression::MultilineOption);
        for (const auto &match : heading.globalMatch(QString::fromUtf8(model.readAll())))
            m_modelHeadings << match.captured(1).trimmed();
        QVERIFY(m_modelHeadings.contains("Jobs J(t): the headline figure"));
    }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void shouldExplainEveryKeyFigureOfTheCentralEstimate()
    {
        // The default preset: the pledge not met, draws on, no plausibility warning.
        verifyEveryShownFigureExplainsItself();
    }

    void shouldExplainThePledgeAsStatedAndItsWarnings()
    {
        QString error;
        const auto scenario = presetlibrary::load("pledge-as-stated", &error);
        QVERIFY2(scenario, qPrintable(error));
        document()->reset(*scenario, QString());
        // Met, and crossing public totals: the verdict turns, the warning lines appear.
        QVERIFY(child<QWidget>("plausibilityWarnings")->isVisibleTo(child<QWidget>("keyFigures")));
        verifyEveryShownFigureExplainsItself();
    }

    void shouldExplainEveryChartOnItsTabAndInItsView()
    {
        auto *panel = child<ChartPanel>("chartPanel");
        QCOMPARE(panel->count(), int(kChartCount));
        for (const ChartEntry &entry : chartRegistry()) {
            const int tab = int(entry.kind);
            const QString name = chartName(entry.kind);
            QCOMPARE(panel->tabText(tab), chartTitle(entry.kind));
            QCOMPARE(panel->tabToolTip(tab), chartExplanation(entry.kind));
            QCOMPARE(panel->tabWhatsThis(tab), chartExplanation(entry.kind));
            verifyCitesTheModel(name, panel->tabWhatsThis(tab));
            for (const char *viewName : entry.viewNames) {
                if (viewName)
                    QCOMPARE(child<QWidget>(viewName)->whatsThis(), chartExplanation(entry.kind));
            }
        }
        // Six different texts: none copied from another chart.
        QStringList texts;
        for (const ChartEntry &entry : chartRegistry())
            texts << chartExplanation(entry.kind);
        texts.removeDuplicates();
        QCOMPARE(texts.size(), int(kChartCount));
    }

    void shouldReachTheGuideAndWhatsThisFromTheHelpMenu()
    {
        auto *whatsThis = child<QAction>("whatsThisAction");
        QVERIFY(child<QMenu>("helpMenu")->actions().contains(whatsThis));
        QCOMPARE(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        whatsThis->trigger();
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();
        QVERIFY(!QWhatsThis::inWhatsThisMode());

        QVERIFY(child<QAction>("userGuideAction")->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
        QFile guide(HelpMenu::documentationFile(QStringLiteral("docs/user-guide.md")));
        QVERIFY(guide.open(QIODevice::ReadOnly | QIODevice::Text));
        QVERIFY(guide.readLine().startsWith("# PledgeCheck user guide"));
    }
};

QTEST_MAIN(SelfExplanationTest)
#include "selfexplanationtest.moc"
